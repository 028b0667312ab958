//! Findings and engagements as pages show them: labels in the reader's language.

use weerbaar_core::engagement::Engagement;
use weerbaar_core::findings::{Finding, Severity, Status};

use crate::i18n::Lang;

pub fn severity(lang: Lang, s: Severity) -> String {
    lang.t(&format!("finding-severity-{}", s.as_str()))
}

pub fn status(lang: Lang, s: Status) -> String {
    lang.t(&format!("finding-status-{}", s.as_str().replace('_', "-")))
}

pub fn options<T: Copy>(
    lang: Lang,
    all: &[T],
    key: impl Fn(T) -> &'static str,
    prefix: &str,
    any: bool,
) -> Vec<(String, String)> {
    let mut v = Vec::new();
    if any {
        v.push((String::new(), lang.t("findings-any")));
    }
    v.extend(all.iter().map(|x| (key(*x).to_string(), lang.t(&format!("{prefix}{}", key(*x).replace('_', "-"))))));
    v
}

pub fn severities(lang: Lang, any: bool) -> Vec<(String, String)> {
    options(lang, Severity::ALL, Severity::as_str, "finding-severity-", any)
}

pub fn statuses(lang: Lang, any: bool) -> Vec<(String, String)> {
    options(lang, Status::ALL, Status::as_str, "finding-status-", any)
}

/// One line of the register.
pub struct Row {
    pub id: String,
    pub title: String,
    pub severity_code: &'static str,
    pub severity: String,
    pub score: String,
    pub status: String,
    pub due: String,
    pub overdue: bool,
    pub engagement: String,
    pub owner: String,
    pub not_seen: bool,
}

pub fn rows(lang: Lang, items: &[Finding], engagements: &[Engagement]) -> Vec<Row> {
    let today = weerbaar_core::today();
    items
        .iter()
        .map(|f| Row {
            id: f.id.clone(),
            title: f.title.clone(),
            severity_code: f.severity.as_str(),
            severity: severity(lang, f.severity),
            score: f.cvss.as_ref().map(|c| format!("{:.1}", c.score)).unwrap_or_default(),
            status: status(lang, f.status),
            due: f.due.map(|d| lang.day(d)).unwrap_or_default(),
            overdue: f.is_overdue(today),
            engagement: f
                .engagement_id
                .as_ref()
                .and_then(|e| engagements.iter().find(|x| &x.id == e))
                .map(|e| e.title.clone())
                .unwrap_or_default(),
            owner: f.owner_email.clone(),
            not_seen: f.not_seen,
        })
        .collect()
}

/// The summary figures as a page shows them.
pub struct Figures {
    /// (severity code, label, open count)
    pub open: Vec<(&'static str, String, usize)>,
    pub open_total: usize,
    pub overdue: usize,
    pub accepted: usize,
    pub expiring: usize,
    /// (label, median days or "—")
    pub median: Vec<(String, String)>,
}

pub fn figures(lang: Lang, s: &weerbaar_core::findings::summary::Summary) -> Figures {
    Figures {
        open: Severity::ALL.iter().zip(s.open).map(|(sv, n)| (sv.as_str(), severity(lang, *sv), n)).collect(),
        open_total: s.open_total(),
        overdue: s.overdue,
        accepted: s.accepted,
        expiring: s.expiring,
        median: Severity::ALL
            .iter()
            .zip(s.median_days_to_fix)
            .take(4)
            .map(|(sv, d)| (severity(lang, *sv), d.map(|d| d.to_string()).unwrap_or_else(|| "—".into())))
            .collect(),
    }
}
