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

fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "—".into(),
        other => other.to_string(),
    }
}

/// "field: before → after" lines for the fields that differ.
pub fn changes(before: Option<&serde_json::Value>, after: Option<&serde_json::Value>) -> Vec<String> {
    let empty = serde_json::Map::new();
    let b = before.and_then(|v| v.as_object()).unwrap_or(&empty);
    let a = after.and_then(|v| v.as_object()).unwrap_or(&empty);
    let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| b.get(*k) != a.get(*k))
        .map(|k| match (b.get(k), a.get(k)) {
            (Some(x), Some(y)) => format!("{k}: {} → {}", value_text(x), value_text(y)),
            (None, Some(y)) => format!("{k}: {}", value_text(y)),
            (Some(x), None) => format!("{k}: {} → —", value_text(x)),
            (None, None) => String::new(),
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
            target: e.target.clone().unwrap_or_default(),
            changes: changes(e.before.as_ref(), e.after.as_ref()),
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
    fn change_lines() {
        let c = changes(
            Some(&json!({"role": "viewer", "same": 1})),
            Some(&json!({"role": "editor", "same": 1, "new": true})),
        );
        assert_eq!(c, vec!["new: true".to_string(), "role: viewer → editor".to_string()]);
        assert_eq!(changes(None, None), Vec::<String>::new());
        assert_eq!(changes(Some(&json!({"a": "x"})), None), vec!["a: x → —".to_string()]);
    }

    #[test]
    fn dates_parse_in_brussels() {
        assert_eq!(day_start_ms("2026-01-15"), Some(1_768_431_600_000));
        assert_eq!(day_start_ms("15/01/2026"), None);
        assert_eq!(day_start_ms(""), None);
    }
}
