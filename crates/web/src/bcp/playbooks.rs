//! Step 7: the playbooks per scenario: signals, the first hour, decisions,
//! communication, recovery, return to normal, and the notification clocks.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::{FieldError, FieldErrors, required_line};
use weerbaar_store::bcp as db;

use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::page::{Edit, Member, Page, Read};

pub struct PlaybookRow {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub first_hour: usize,
}

#[derive(Template)]
#[template(path = "bcp/playbooks.html")]
struct ListPage {
    page: Page,
    steps: Vec<Step>,
    rows: Vec<PlaybookRow>,
}

pub(super) async fn list(State(st): State<AppState>, m: Member<Read>) -> AppResult<Response> {
    if let Err(r) = header_of(&st, &m).await? {
        return Ok(r);
    }
    let mut c = st.store.conn().await?;
    let rows = db::playbooks(&mut c, m.org_id())
        .await?
        .into_iter()
        .map(|p| PlaybookRow { id: p.id, title: p.title, summary: p.summary, first_hour: p.first_hour.len() })
        .collect();
    render(&ListPage { page: m.page("plan"), steps: steps(m.ctx.lang, &m.org.id, "playbooks"), rows })
}

pub struct DecisionRow {
    pub i: usize,
    pub question: String,
    pub who: String,
}
pub struct CommRow {
    pub i: usize,
    pub audience: String,
    pub when: String,
    pub who: String,
    pub message: String,
}
pub struct ClockRow {
    pub i: usize,
    pub name: String,
    pub hours: String,
    pub applies: String,
}

#[derive(Template)]
#[template(path = "bcp/playbook.html")]
struct EditPage {
    page: Page,
    steps: Vec<Step>,
    playbook: Playbook,
    form: FormState,
    decisions: Vec<DecisionRow>,
    comms: Vec<CommRow>,
    clocks: Vec<ClockRow>,
    audiences: Vec<(String, String)>,
    can_edit: bool,
    conflict: Vec<ConflictRow>,
}

/// The repeating rows as the person typed them, so a rejected form keeps them.
type RawRows = (Vec<DecisionRow>, Vec<CommRow>, Vec<ClockRow>);

fn audiences(lang: crate::i18n::Lang) -> Vec<(String, String)> {
    AUDIENCES.iter().map(|a| (a.to_string(), lang.t(&format!("audience-{a}")))).collect()
}

fn view(
    m: &Member<impl crate::page::OrgPermission>,
    h: &PlanHeader,
    p: Playbook,
    form: Option<FormState>,
    raw: Option<RawRows>,
    conflict: Vec<ConflictRow>,
) -> EditPage {
    let lang = m.ctx.lang;
    let (decisions, comms, clocks) = raw.unwrap_or_else(|| rows_of(&p));
    let form = form.unwrap_or_else(|| {
        FormState::new(lang)
            .value_of("title", &p.title)
            .value_of("summary", &p.summary)
            .value_of("signals", p.signals.join("\n"))
            .value_of("first_hour", p.first_hour.join("\n"))
            .value_of("recovery", p.recovery.join("\n"))
            .value_of("return_to_normal", p.return_to_normal.join("\n"))
    });
    EditPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "playbooks"),
        form,
        decisions,
        comms,
        clocks,
        audiences: audiences(lang),
        can_edit: can_edit(m, h),
        playbook: p,
        conflict,
    }
}

/// The stored rows plus one empty row of each kind to add to.
fn rows_of(p: &Playbook) -> RawRows {
    let mut decisions: Vec<DecisionRow> = p
        .decisions
        .iter()
        .enumerate()
        .map(|(i, d)| DecisionRow { i, question: d.question.clone(), who: d.who.clone() })
        .collect();
    decisions.push(DecisionRow { i: decisions.len(), question: String::new(), who: String::new() });
    let mut comms: Vec<CommRow> = p
        .communication
        .iter()
        .enumerate()
        .map(|(i, c)| CommRow {
            i,
            audience: c.audience.clone(),
            when: c.when.clone(),
            who: c.who.clone(),
            message: c.message.clone(),
        })
        .collect();
    comms.push(CommRow {
        i: comms.len(),
        audience: "citizens".into(),
        when: String::new(),
        who: String::new(),
        message: String::new(),
    });
    let mut clocks: Vec<ClockRow> = p
        .clocks
        .iter()
        .enumerate()
        .map(|(i, c)| ClockRow { i, name: c.name.clone(), hours: c.hours.to_string(), applies: c.applies.clone() })
        .collect();
    clocks.push(ClockRow { i: clocks.len(), name: String::new(), hours: String::new(), applies: String::new() });
    (decisions, comms, clocks)
}

pub(super) async fn edit(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let h = match header_of(&st, &m).await? {
        Ok(h) => h,
        Err(r) => return Ok(r),
    };
    let mut c = st.store.conn().await?;
    let p = db::playbooks(&mut c, m.org_id()).await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
    render(&view(&m, &h, p, None, None, vec![]))
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    Form(f): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let get = |k: &str| f.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut errs = FieldErrors::new();
    let title = errs.check(required_line("title", &get("title"), LINE_MAX));
    let summary = errs.check(text("summary", &get("summary"), TEXT_MAX));
    let signals = errs.check(lines("signals", &get("signals")));
    let first_hour = errs.check(lines("first_hour", &get("first_hour")));
    let recovery = errs.check(lines("recovery", &get("recovery")));
    let back_to_normal = errs.check(lines("return_to_normal", &get("return_to_normal")));
    let mut decisions = Vec::new();
    let (mut raw_d, mut raw_c, mut raw_k) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..=LIST_MAX {
        let (q, w) = (get(&format!("decision_q_{i}")), get(&format!("decision_who_{i}")));
        if f.iter().all(|(k, _)| k != &format!("decision_q_{i}")) {
            break;
        }
        raw_d.push(DecisionRow { i, question: q.clone(), who: w.clone() });
        if !q.trim().is_empty() {
            match (text("decisions", &q, TEXT_MAX), text("decisions", &w, LINE_MAX)) {
                (Ok(q), Ok(w)) => decisions.push(Decision { question: q, who: w }),
                (Err(e), _) | (_, Err(e)) => errs.push(e),
            }
        }
    }
    let mut communication = Vec::new();
    for i in 0..=LIST_MAX {
        if f.iter().all(|(k, _)| k != &format!("comm_message_{i}")) {
            break;
        }
        let message = get(&format!("comm_message_{i}"));
        let audience = get(&format!("comm_audience_{i}"));
        raw_c.push(CommRow {
            i,
            audience: audience.clone(),
            when: get(&format!("comm_when_{i}")),
            who: get(&format!("comm_who_{i}")),
            message: message.clone(),
        });
        if message.trim().is_empty() {
            continue;
        }
        if !AUDIENCES.contains(&audience.as_str()) {
            errs.push(FieldError::new("communication", "error-choose-option"));
            continue;
        }
        match (
            text("communication", &get(&format!("comm_when_{i}")), LINE_MAX),
            text("communication", &get(&format!("comm_who_{i}")), LINE_MAX),
            text("communication", &message, TEXT_MAX),
        ) {
            (Ok(when), Ok(who), Ok(message)) => communication.push(Communication { audience, when, who, message }),
            (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => errs.push(e),
        }
    }
    let mut clocks = Vec::new();
    for i in 0..=LIST_MAX {
        if f.iter().all(|(k, _)| k != &format!("clock_name_{i}")) {
            break;
        }
        let name = get(&format!("clock_name_{i}"));
        raw_k.push(ClockRow {
            i,
            name: name.clone(),
            hours: get(&format!("clock_hours_{i}")),
            applies: get(&format!("clock_applies_{i}")),
        });
        if name.trim().is_empty() {
            continue;
        }
        match (
            text("clocks", &name, LINE_MAX),
            parse_hours("clocks", &get(&format!("clock_hours_{i}"))),
            text("clocks", &get(&format!("clock_applies_{i}")), TEXT_MAX),
        ) {
            (Ok(name), Ok(h), Ok(applies)) => clocks.push(Clock { name, hours: h.unwrap_or(0), applies }),
            (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => errs.push(e),
        }
    }
    let mut form = FormState::new(lang);
    for k in ["title", "summary", "signals", "first_hour", "recovery", "return_to_normal"] {
        form.set(k, get(k));
    }
    let back = format!("/o/{}/plan/playbooks/{id}", m.org.id);
    let mut tx = st.store.begin().await?;
    let h = db::header(&mut tx, m.org_id()).await?.ok_or(AppError::NotFound)?;
    let current =
        db::playbooks(&mut tx, m.org_id()).await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
    let version: i64 = get("version").parse().unwrap_or(0);
    let with_blank = |(mut d, mut c, mut k): RawRows| -> RawRows {
        if d.last().is_none_or(|x| !x.question.trim().is_empty()) {
            d.push(DecisionRow { i: d.len(), question: String::new(), who: String::new() });
        }
        if c.last().is_none_or(|x| !x.message.trim().is_empty()) {
            c.push(CommRow {
                i: c.len(),
                audience: "citizens".into(),
                when: String::new(),
                who: String::new(),
                message: String::new(),
            });
        }
        if k.last().is_none_or(|x| !x.name.trim().is_empty()) {
            k.push(ClockRow { i: k.len(), name: String::new(), hours: String::new(), applies: String::new() });
        }
        (d, c, k)
    };
    let raw = with_blank((raw_d, raw_c, raw_k));
    let (Some(title), Some(summary), Some(signals), Some(first_hour), Some(recovery), Some(back_to_normal)) =
        (title, summary, signals, first_hour, recovery, back_to_normal)
    else {
        tx.rollback().await?;
        return render_status(
            &view(&m, &h, Playbook { version, ..current }, Some(form.with_errors(errs)), Some(raw), vec![]),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    if !errs.is_empty() {
        tx.rollback().await?;
        return render_status(
            &view(&m, &h, Playbook { version, ..current }, Some(form.with_errors(errs)), Some(raw), vec![]),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if let Err(e) = db::begin_edit(&mut tx, m.org_id()).await {
        return edit_error(&st, &m, e, &back);
    }
    let updated = Playbook {
        title,
        summary,
        signals,
        first_hour,
        decisions,
        communication,
        recovery,
        return_to_normal: back_to_normal,
        clocks,
        version,
        ..current.clone()
    };
    match db::update_playbook(&mut tx, m.org_id(), &updated).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            tx.rollback().await?;
            let rows = conflict_rows(
                lang,
                &[
                    ("bcp-field-title", current.title.clone(), get("title")),
                    ("bcp-field-summary", current.summary.clone(), get("summary")),
                    ("bcp-field-signals", current.signals.join("\n"), get("signals")),
                    ("bcp-field-first-hour", current.first_hour.join("\n"), get("first_hour")),
                    ("bcp-field-recovery-steps", current.recovery.join("\n"), get("recovery")),
                    ("bcp-field-return-to-normal", current.return_to_normal.join("\n"), get("return_to_normal")),
                ],
            );
            form.add_general("conflict-explained");
            return render_status(&view(&m, &h, current, Some(form), Some(raw), rows), StatusCode::CONFLICT);
        }
        Err(e) => return edit_error(&st, &m, e, &back),
    }
    audit_edit(&mut tx, &m, AuditAction::PlaybookUpdated, &updated.title, Some(&current), Some(&updated)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls()))
}
