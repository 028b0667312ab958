//! The organisation's audit log, readable and filterable by its administrators.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::audit::AuditAction;
use weerbaar_store::audit::{self, AuditEntry, AuditFilter};

use crate::AppState;
use crate::error::AppResult;
use crate::forms::FormState;
use crate::http::render;
use crate::i18n::Lang;
use crate::page::{Member, Page, ReadAuditLog};

pub const PAGE_SIZE: i64 = 50;

/// An entry ready to show.
#[derive(Debug, Clone)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub changes: Vec<String>,
    pub ip: String,
}

/// The label a field has on its form, for the fields audit entries record.
const FIELD_LABELS: &[(&str, &str)] = &[
    ("department", "bcp-field-department"),
    ("name", "field-name"),
    ("description", "bcp-field-description"),
    ("owner", "bcp-field-owner"),
    ("deputy", "bcp-field-deputy"),
    ("legal_deadlines", "bcp-field-legal-deadlines"),
    ("peak_periods", "bcp-field-peak-periods"),
    ("min_staff", "bcp-field-min-staff"),
    ("min_workplaces", "bcp-field-min-workplaces"),
    ("impacts", "audit-field-impacts"),
    ("rto_hours", "bcp-field-rto"),
    ("rpo_hours", "bcp-field-rpo"),
    ("mbco", "bcp-field-mbco"),
    ("workaround", "bcp-field-workaround"),
    ("alternate_location", "bcp-field-alternate-location"),
    ("alternate_supplier", "bcp-field-alternate-supplier"),
    ("mutual_aid", "bcp-field-mutual-aid"),
    ("paper_backlog", "bcp-field-paper-backlog"),
    ("scenario", "bcp-scenario"),
    ("channel", "bcp-field-channel"),
    ("subject", "bcp-field-subject"),
    ("body", "bcp-field-body"),
    ("tasks", "bcp-field-tasks"),
    ("primary", "audit-field-primary"),
    ("kind", "bcp-field-kind"),
    ("title", "bcp-field-title"),
    ("planned_on", "bcp-field-planned-on"),
    ("done_on", "bcp-field-done-on"),
    ("participants", "bcp-field-participants"),
    ("result", "bcp-field-result"),
    ("actions", "bcp-field-actions"),
    ("scope", "bcp-field-scope"),
    ("objectives", "bcp-field-objectives"),
    ("assumptions", "bcp-field-assumptions"),
    ("owner_name", "bcp-field-owner-name"),
    ("owner_email", "bcp-field-owner-email"),
    ("classification", "bcp-field-classification"),
    ("next_review", "bcp-field-next-review"),
    ("own_domains", "bcp-field-own-domains"),
    ("summary", "bcp-field-summary"),
    ("signals", "bcp-field-signals"),
    ("first_hour", "bcp-field-first-hour"),
    ("decisions", "audit-field-decisions"),
    ("recovery", "bcp-field-recovery-steps"),
    ("return_to_normal", "bcp-field-return-to-normal"),
    ("clocks", "audit-field-clocks"),
    ("contract_ref", "bcp-field-contract-ref"),
    ("sla_hours", "bcp-field-sla-hours"),
    ("recovery_hours", "bcp-field-recovery-hours"),
    ("recovery_basis", "bcp-field-recovery-basis"),
    ("backup_interval_hours", "bcp-field-backup-interval"),
    ("backup_type", "bcp-field-backup-type"),
    ("last_restore_test", "bcp-field-last-restore-test"),
    ("role", "field-role"),
    ("email", "field-email"),
    ("status", "audit-field-status"),
    ("decision_date", "bcp-field-decision-date"),
    ("reference", "bcp-field-reference"),
];

/// Fields whose values are codes with a label of their own ("online" is "online
/// reachable back-up").
const VALUE_LABELS: &[(&str, &str)] =
    &[("kind", "resource-kind-"), ("backup_type", "backup-"), ("status", "plan-status-"), ("role", "role-")];

fn field_label(lang: Lang, field: &str) -> String {
    FIELD_LABELS
        .iter()
        .find(|(f, _)| *f == field)
        .and_then(|(_, key)| lang.maybe(key))
        .unwrap_or_else(|| field.replace('_', " "))
}

/// An internal id (a UUID): nobody reads these.
fn is_id(s: &str) -> bool {
    s.len() == 36
        && s.bytes()
            .enumerate()
            .all(|(i, b)| if [8, 13, 18, 23].contains(&i) { b == b'-' } else { b.is_ascii_hexdigit() })
}

/// A recorded value in words: codes by their label, yes and no, lists joined, ids and
/// grids counted rather than shown.
fn value_text(lang: Lang, field: &str, v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => "—".into(),
        Value::Bool(b) => lang.t(if *b { "audit-value-yes" } else { "audit-value-no" }),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.is_empty() => "—".into(),
        Value::String(s) if is_id(s) => lang.t("audit-value-linked"),
        Value::String(s) => VALUE_LABELS
            .iter()
            .find(|(f, _)| *f == field)
            .and_then(|(_, family)| lang.maybe(&format!("{family}{s}")))
            .unwrap_or_else(|| s.clone()),
        Value::Array(items) if items.is_empty() => "—".into(),
        Value::Array(items) if items.iter().all(|x| x.as_str().is_some_and(|s| !is_id(s))) => {
            items.iter().filter_map(|x| x.as_str()).collect::<Vec<_>>().join("; ")
        }
        Value::Array(items) => lang.t_args("audit-value-items", &[("count", items.len().to_string())]),
        Value::Object(_) => lang.t("audit-value-changed"),
    }
}

/// "field: before → after" lines for the fields that differ, in the reader's words.
pub fn changes(lang: Lang, before: Option<&serde_json::Value>, after: Option<&serde_json::Value>) -> Vec<String> {
    let empty = serde_json::Map::new();
    let b = before.and_then(|v| v.as_object()).unwrap_or(&empty);
    let a = after.and_then(|v| v.as_object()).unwrap_or(&empty);
    let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| b.get(*k) != a.get(*k))
        .filter_map(|k| {
            let label = field_label(lang, k);
            let text = |v| value_text(lang, k, v);
            match (b.get(k), a.get(k)) {
                // A grid or list of links: say that it changed, not how.
                (Some(x), Some(y)) if x.is_object() || y.is_object() => {
                    Some(format!("{label}: {}", lang.t("audit-value-changed")))
                }
                (Some(x), Some(y)) => Some(format!("{label}: {} → {}", text(x), text(y))),
                (None, Some(y)) => Some(format!("{label}: {}", text(y))),
                (Some(x), None) => Some(format!("{label}: {} → —", text(x))),
                (None, None) => None,
            }
        })
        .collect()
}

pub fn audit_rows(lang: Lang, entries: Vec<AuditEntry>) -> Vec<AuditRow> {
    entries
        .into_iter()
        .map(|e| AuditRow {
            at: lang.datetime(e.at),
            actor: e.actor_label.clone(),
            action: e.action().map(|a| lang.t(&a.label_key())).unwrap_or_else(|| e.action.clone()),
            target: e.target.clone().filter(|t| !is_id(t)).unwrap_or_default(),
            changes: changes(lang, e.before.as_ref(), e.after.as_ref()),
            ip: e.ip.clone().unwrap_or_default(),
        })
        .collect()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct AuditQuery {
    action: String,
    actor: String,
    from: String,
    to: String,
    page: String,
}

#[derive(Template)]
#[template(path = "org/audit.html")]
struct AuditPage {
    page: Page,
    form: FormState,
    actions: Vec<(String, String)>,
    rows: Vec<AuditRow>,
    total: i64,
    current: i64,
    pages: i64,
    query: String,
}

/// A date from a `<input type="date">` as the start of that day in Brussels.
fn day_start_ms(s: &str) -> Option<i64> {
    let d: jiff::civil::Date = s.trim().parse().ok()?;
    let tz = jiff::tz::TimeZone::get("Europe/Brussels").ok()?;
    Some(d.to_zoned(tz).ok()?.timestamp().as_millisecond())
}

pub(super) async fn page(
    State(st): State<AppState>,
    m: Member<ReadAuditLog>,
    Query(q): Query<AuditQuery>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let mut form = FormState::new(lang)
        .value_of("action", &q.action)
        .value_of("actor", &q.actor)
        .value_of("from", &q.from)
        .value_of("to", &q.to);
    let action = AuditAction::parse(q.action.trim()).map(|a| a.code().to_string());
    let from_ms = if q.from.trim().is_empty() {
        None
    } else {
        let v = day_start_ms(&q.from);
        if v.is_none() {
            form.add_error(weerbaar_core::validation::FieldError::new("from", "error-date"));
        }
        v
    };
    let to_ms = if q.to.trim().is_empty() {
        None
    } else {
        let v = day_start_ms(&q.to).map(|t| t + 86_400_000);
        if v.is_none() {
            form.add_error(weerbaar_core::validation::FieldError::new("to", "error-date"));
        }
        v
    };
    let current = q.page.parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    let actor: String = q.actor.trim().chars().take(200).collect();
    let filter = AuditFilter {
        action,
        actor: (!actor.is_empty()).then_some(actor),
        from_ms,
        to_ms,
        limit: PAGE_SIZE,
        offset: (current - 1) * PAGE_SIZE,
    };
    let (entries, total) = {
        let mut c = st.store.conn().await?;
        audit::list(&mut c, m.org_id(), &filter).await?
    };
    let mut actions: Vec<(String, String)> = vec![(String::new(), lang.t("audit-filter-any"))];
    actions.extend(AuditAction::ALL.iter().map(|a| (a.code().to_string(), lang.t(&a.label_key()))));
    let query = format!(
        "action={}&actor={}&from={}&to={}",
        crate::page::urlencode(&q.action),
        crate::page::urlencode(&q.actor),
        crate::page::urlencode(&q.from),
        crate::page::urlencode(&q.to)
    );
    render(&AuditPage {
        page: m.page("audit"),
        form,
        actions,
        rows: audit_rows(lang, entries),
        total,
        current,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        query,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn change_lines_in_words() {
        let nl = Lang::Nl;
        let c = changes(
            nl,
            Some(&json!({"role": "viewer", "same": 1, "rto_hours": 24})),
            Some(&json!({"role": "editor", "same": 1, "new_thing": true, "rto_hours": 8})),
        );
        assert_eq!(
            c,
            vec![
                format!("new thing: {}", nl.t("audit-value-yes")),
                format!("{}: {} → {}", nl.t("field-role"), nl.t("role-viewer"), nl.t("role-editor")),
                format!("{}: 24 → 8", nl.t("bcp-field-rto")),
            ]
        );
        assert_eq!(changes(nl, None, None), Vec::<String>::new());
        assert_eq!(changes(nl, Some(&json!({"a": "x"})), None), vec!["a: x → —".to_string()]);
        // No JSON and no ids: a grid is "changed", links are counted.
        let grid = changes(
            nl,
            Some(&json!({"impacts": {"financial": [null, 1]}})),
            Some(&json!({"impacts": {"financial": [2, 3]}})),
        );
        assert_eq!(grid, vec![format!("{}: {}", nl.t("audit-field-impacts"), nl.t("audit-value-changed"))]);
        let ids = changes(nl, None, Some(&json!({"depends_on": ["0192f8a4-6f1e-7cc0-9d5e-0123456789ab"]})));
        assert!(!ids[0].contains("0192f8a4") && !ids[0].contains('['), "{ids:?}");
        let kinds = changes(nl, Some(&json!({"kind": "data"})), Some(&json!({"kind": "paper"})));
        assert_eq!(
            kinds,
            vec![format!(
                "{}: {} → {}",
                nl.t("bcp-field-kind"),
                nl.t("resource-kind-data"),
                nl.t("resource-kind-paper")
            )]
        );
    }

    #[test]
    fn dates_parse_in_brussels() {
        assert_eq!(day_start_ms("2026-01-15"), Some(1_768_431_600_000));
        assert_eq!(day_start_ms("15/01/2026"), None);
        assert_eq!(day_start_ms(""), None);
    }
}
