//! Step 7: the playbooks per scenario: signals, the first hour, decisions,
//! communication, recovery, return to normal, and the notification clocks.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::bcp::edit::{playbook, split_lines};
use weerbaar_core::bcp::model::*;
use weerbaar_core::validation::Num;
use weerbaar_store::bcp as db;

use super::save::{Change, Outcome, save_part};
use super::*;
use crate::forms::{FormState, Pairs};
use crate::http::render;
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

/// The playbook as the crisis team reads it (and prints it): every part in order, the
/// first hour as boxes to tick, decisions and messages as tables.
#[derive(Template)]
#[template(path = "bcp/playbook_read.html")]
struct ReadPage {
    page: Page,
    steps: Vec<Step>,
    playbook: Playbook,
    /// (audience label, when, who, message)
    communication: Vec<(String, String, String, String)>,
    /// (name, deadline in words, applies to)
    clocks: Vec<(String, String, String)>,
}

pub(super) async fn read(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    if let Err(r) = header_of(&st, &m).await? {
        return Ok(r);
    }
    let lang = m.ctx.lang;
    let mut c = st.store.conn().await?;
    let p = db::playbooks(&mut c, m.org_id()).await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
    let communication = p
        .communication
        .iter()
        .map(|x| (lang.t(&format!("audience-{}", x.audience)), x.when.clone(), x.who.clone(), x.message.clone()))
        .collect();
    let clocks = p
        .clocks
        .iter()
        .map(|k| {
            let when = if k.hours == 0 { lang.t("bcp-clock-asap") } else { hours_label(lang, k.hours) };
            (k.name.clone(), when, k.applies.clone())
        })
        .collect();
    render(&ReadPage {
        page: m.page("plan"),
        steps: steps(lang, &m.org.id, "playbooks"),
        playbook: p,
        communication,
        clocks,
    })
}

const FIELDS: [&str; 6] = ["title", "summary", "signals", "first_hour", "recovery", "return_to_normal"];

/// The form's table rows as typed, plus a spare row of each kind to add to.
fn raw_rows(f: &Pairs) -> RawRows {
    let rows = |key: &str| (0..=LIST_MAX).take_while(|i| f.has(&format!("{key}_{i}"))).collect::<Vec<usize>>();
    let g = |k: String| f.get(&k).to_string();
    let mut d: Vec<DecisionRow> = rows("decision_q")
        .into_iter()
        .map(|i| DecisionRow { i, question: g(format!("decision_q_{i}")), who: g(format!("decision_who_{i}")) })
        .collect();
    let mut c: Vec<CommRow> = rows("comm_message")
        .into_iter()
        .map(|i| CommRow {
            i,
            audience: g(format!("comm_audience_{i}")),
            when: g(format!("comm_when_{i}")),
            who: g(format!("comm_who_{i}")),
            message: g(format!("comm_message_{i}")),
        })
        .collect();
    let mut k: Vec<ClockRow> = rows("clock_name")
        .into_iter()
        .map(|i| ClockRow {
            i,
            name: g(format!("clock_name_{i}")),
            hours: g(format!("clock_hours_{i}")),
            applies: g(format!("clock_applies_{i}")),
        })
        .collect();
    if d.last().is_none_or(|x| !x.question.trim().is_empty()) {
        d.push(DecisionRow { i: d.len(), question: String::new(), who: String::new() });
    }
    if c.last().is_none_or(|x| !x.message.trim().is_empty()) {
        let i = c.len();
        c.push(CommRow {
            i,
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
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_, id)): Path<(String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let raw = raw_rows(&f);
    let (h, current) = {
        let mut c = st.store.conn().await?;
        let h = db::header(&mut c, m.org_id()).await?.ok_or(AppError::NotFound)?;
        let p = db::playbooks(&mut c, m.org_id()).await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
        (h, p)
    };
    let draft = playbook::Draft {
        scenario: current.scenario.clone(),
        title: f.get("title").into(),
        summary: f.get("summary").into(),
        signals: split_lines(f.get("signals")),
        first_hour: split_lines(f.get("first_hour")),
        decisions: raw.0.iter().map(|r| Decision { question: r.question.clone(), who: r.who.clone() }).collect(),
        communication: raw
            .1
            .iter()
            .map(|r| Communication {
                audience: r.audience.clone(),
                when: r.when.clone(),
                who: r.who.clone(),
                message: r.message.clone(),
            })
            .collect(),
        recovery: split_lines(f.get("recovery")),
        return_to_normal: split_lines(f.get("return_to_normal")),
        clocks: raw
            .2
            .iter()
            .map(|r| playbook::ClockDraft {
                name: r.name.clone(),
                hours: Num::text(&r.hours),
                applies: r.applies.clone(),
            })
            .collect(),
    };
    let back = format!("/o/{}/plan/playbooks/{id}", m.org.id);
    let fields = match playbook::check(&draft) {
        Ok(v) => v,
        Err(errs) => {
            let p = Playbook { version: f.version(), ..current };
            return invalid(&view(&m, &h, p, Some(f.shown(lang, &FIELDS).with_errors(errs)), Some(raw), vec![]));
        }
    };
    let mut updated = Playbook { version: f.version(), ..current.clone() };
    fields.apply(&mut updated);
    let outcome = save_part(&st, &m, async |tx| {
        db::update_playbook(tx, m.org_id(), &updated).await?;
        Change::new(AuditAction::PlaybookUpdated, &updated.title).values(Some(&current), Some(&updated))
    })
    .await?;
    if outcome != Outcome::Conflict {
        return Ok(after_save(&st, outcome, &back));
    }
    let fresh = {
        let mut c = st.store.conn().await?;
        db::playbooks(&mut c, m.org_id()).await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?
    };
    let rows = conflict_rows(
        lang,
        &[
            ("bcp-field-title", fresh.title.clone(), f.get("title").into()),
            ("bcp-field-summary", fresh.summary.clone(), f.get("summary").into()),
            ("bcp-field-signals", fresh.signals.join("\n"), f.get("signals").into()),
            ("bcp-field-first-hour", fresh.first_hour.join("\n"), f.get("first_hour").into()),
            ("bcp-field-recovery-steps", fresh.recovery.join("\n"), f.get("recovery").into()),
            ("bcp-field-return-to-normal", fresh.return_to_normal.join("\n"), f.get("return_to_normal").into()),
        ],
    );
    let mut form = f.shown(lang, &FIELDS);
    form.add_general("conflict-explained");
    conflicted(&view(&m, &h, fresh, Some(form), Some(raw), rows))
}
