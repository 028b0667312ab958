//! What an assessment hands on: the council report (one page of summary first, then
//! maturity per theme with the radar, key measures not met, the ten largest gaps with
//! their actions, and where the organisation has them audit findings, the continuity
//! plan and toolkit adoption), the answers as CSV and as OSCAL assessment results.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use weerbaar_core::assessment::rollup::roll_up;
use weerbaar_core::catalogue::adoption::AdoptionStatus;
use weerbaar_core::catalogue::round::csv_line;
use weerbaar_core::findings::Severity;
use weerbaar_render::chart::png;
use weerbaar_render::doc::{Block, Cell, Document};
use weerbaar_render::{Format, file_stem};
use weerbaar_store::assessments as db;

use super::pages::{history, visible};
use super::service::Loaded;
use super::views;
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::page::{Member, Read};

/// What the report says beside the assessment, read once.
pub struct Context {
    pub findings: weerbaar_core::findings::summary::Summary,
    pub plan: Option<std::sync::Arc<weerbaar_core::bcp::summary::Summary>>,
    pub plan_approved: Option<jiff::civil::Date>,
    /// Adopted toolkit resources: done, in progress.
    pub adoption: (usize, usize),
    /// Per gap's requirement: the action's status, owner and due date.
    pub actions: Vec<(String, String, String, String)>,
}

pub async fn context(st: &AppState, org: &weerbaar_core::OrgId, l: &Loaded, lang: Lang) -> AppResult<Context> {
    let today = weerbaar_core::today();
    let mut c = st.store.conn().await?;
    let findings =
        weerbaar_core::findings::summary::summarise(&weerbaar_store::findings::figures(&mut c, org).await?, today);
    let plan = weerbaar_store::bcp::summary(&mut c, org, today).await?;
    let plan_approved = plan.as_ref().and_then(|p| p.header.approval.as_ref().map(|a| a.decision_date));
    let adopted = weerbaar_store::adoption::list(&mut c, org).await?;
    let adoption = (
        adopted.iter().filter(|r| r.adoption.status == AdoptionStatus::Done).count(),
        adopted.iter().filter(|r| r.adoption.status == AdoptionStatus::InProgress).count(),
    );
    let mut actions = Vec::new();
    for (f, req) in db::actions(&mut c, org, &l.a.id).await? {
        if let Some(x) = weerbaar_store::findings::get(&mut c, org, &f).await? {
            let status = lang.t(&format!("finding-status-{}", x.status.as_str().replace('_', "-")));
            actions.push((req, status, x.owner_email.clone(), x.due.map(|d| lang.day(d)).unwrap_or_default()));
        }
    }
    Ok(Context { findings, plan, plan_approved, adoption, actions })
}

fn table(head: Vec<String>, rows: Vec<Vec<String>>) -> Block {
    let n = head.len().max(1);
    let mut widths = vec![1u16; n];
    widths[0] = 3;
    Block::Table { head, rows: rows.into_iter().map(|r| r.into_iter().map(Cell::new).collect()).collect(), widths }
}

/// The council report's blocks. `earlier`: the previous assessment's roll-up and date.
pub fn blocks(
    lang: Lang,
    l: &Loaded,
    earlier: Option<(&str, &weerbaar_core::assessment::rollup::RollUp)>,
    cx: &Context,
) -> Vec<Block> {
    let fw = &l.fw;
    let now = roll_up(fw, l.level(), l.plain());
    let keys = views::key_rows(lang, l);
    let gaps = views::gap_rows(lang, l, &[], 10);
    let t = |k: &str| lang.t(k);
    let mut b = vec![Block::Heading { level: 1, text: t("council-summary") }];
    let change = match (now.total.value, earlier.and_then(|(_, r)| r.total.value)) {
        (Some(_), Some(e)) => lang.t_args(
            "council-change",
            &[
                ("before", views::value(lang, fw, Some(e))),
                ("date", earlier.map(|x| x.0.to_string()).unwrap_or_default()),
            ],
        ),
        _ => String::new(),
    };
    b.push(Block::Paragraph {
        text: lang.t_args(
            "council-summary-text",
            &[
                ("framework", fw.name.get(lang.code()).to_string()),
                ("total", views::value(lang, fw, now.total.value)),
                ("answered", now.total.answered.to_string()),
                ("count", now.total.total.to_string()),
                ("keys", keys.len().to_string()),
                ("gaps", now.total.gaps.to_string()),
            ],
        ) + if change.is_empty() { "" } else { " " }
            + &change,
    });
    let mut facts = Vec::new();
    if cx.findings.total > 0 {
        facts.push(lang.t_args(
            "council-fact-findings",
            &[
                ("critical", cx.findings.open[0].to_string()),
                ("high", cx.findings.open[1].to_string()),
                ("overdue", cx.findings.overdue.to_string()),
            ],
        ));
    }
    match (&cx.plan, cx.plan_approved) {
        (Some(_), Some(d)) => facts.push(lang.t1("council-fact-plan-approved", "date", lang.day(d))),
        (Some(_), None) => facts.push(t("council-fact-plan-draft")),
        (None, _) => facts.push(t("council-fact-plan-none")),
    }
    if cx.adoption.0 + cx.adoption.1 > 0 {
        facts.push(lang.t_args(
            "council-fact-toolkit",
            &[("done", cx.adoption.0.to_string()), ("busy", cx.adoption.1.to_string())],
        ));
    }
    b.push(Block::List { items: facts });
    b.push(Block::Paragraph { text: t("council-reading") });
    b.push(Block::PageBreak);

    b.push(Block::Heading { level: 1, text: t("council-maturity") });
    b.push(Block::Paragraph {
        text: t(if fw.scale.is_some() { "council-maturity-scored" } else { "council-maturity-results" }),
    });
    let radar = views::radar(lang, l, earlier);
    let (min, max) = views::bounds(fw);
    let svg = weerbaar_render::chart::radar(&radar, min, max);
    b.push(Block::Chart { title: radar.title.clone(), png: png(&svg).unwrap_or_default(), svg });
    let mut head = vec![t("council-theme"), t("council-now")];
    if let Some((d, _)) = earlier {
        head.push(d.to_string());
    }
    let rows = fw
        .roots()
        .into_iter()
        .filter(|i| now.of(*i).total > 0)
        .map(|i| {
            let mut r = vec![views::node_title(fw, i, lang), views::value(lang, fw, now.of(i).value)];
            if let Some((_, e)) = earlier {
                r.push(views::value(lang, fw, e.of(i).value));
            }
            r
        })
        .collect();
    b.push(table(head, rows));

    b.push(Block::Heading { level: 1, text: t("assessment-keys") });
    if keys.is_empty() {
        b.push(Block::Paragraph { text: t("assessment-keys-none") });
    } else {
        b.push(Block::List { items: keys.iter().map(|(_, title, v)| format!("{title} ({v})")).collect() });
    }

    b.push(Block::Heading { level: 1, text: t("council-gaps") });
    if gaps.is_empty() {
        b.push(Block::Paragraph { text: t("assessment-gaps-none") });
    } else {
        let rows = gaps
            .iter()
            .map(|g| {
                let a = cx.actions.iter().find(|x| x.0 == g.id);
                vec![
                    g.title.clone(),
                    g.value.clone(),
                    g.target.clone(),
                    a.map(|a| format!("{} – {} {}", a.1, a.2, a.3).trim().to_string())
                        .unwrap_or_else(|| t("council-no-action")),
                ]
            })
            .collect();
        b.push(table(
            vec![t("assessment-requirement"), t("assessment-score"), t("assessment-target"), t("assessment-action")],
            rows,
        ));
    }

    if cx.findings.total > 0 {
        b.push(Block::Heading { level: 1, text: t("council-findings") });
        let rows = Severity::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| vec![crate::findings::views::severity(lang, *s), cx.findings.open[i].to_string()])
            .collect();
        b.push(table(vec![t("finding-field-severity"), t("council-open")], rows));
        b.push(Block::Paragraph { text: lang.t1("council-overdue", "count", cx.findings.overdue) });
    }
    b.push(Block::Heading { level: 1, text: t("council-plan") });
    match &cx.plan {
        None => b.push(Block::Paragraph { text: t("council-fact-plan-none") }),
        Some(p) => {
            let status = lang.t(&format!("plan-status-{}", p.header.status.as_str()));
            b.push(Block::Labelled {
                label: t("assessment-status"),
                text: format!("{status} ({})", p.header.version_label),
            });
            if let Some(d) = cx.plan_approved {
                b.push(Block::Labelled { label: t("assessment-approved-by"), text: lang.day(d) });
            }
            b.push(Block::Labelled {
                label: t("council-last-exercise"),
                text: p.last_exercise.map(|d| lang.day(d)).unwrap_or_else(|| t("council-never")),
            });
            b.push(Block::Labelled { label: t("council-failing-checks"), text: p.errors.to_string() });
        }
    }
    if cx.adoption.0 + cx.adoption.1 > 0 {
        b.push(Block::Heading { level: 1, text: t("council-toolkit") });
        b.push(Block::Paragraph {
            text: lang.t_args(
                "council-fact-toolkit",
                &[("done", cx.adoption.0.to_string()), ("busy", cx.adoption.1.to_string())],
            ),
        });
    }
    if !fw.copyright.is_empty() {
        b.push(Block::Note { text: format!("{} {}", t("assessment-licence"), fw.copyright) });
    }
    b
}

/// The answers as CSV, one row per requirement in the level; formula-safe.
pub fn csv(lang: Lang, l: &Loaded) -> String {
    let fw = &l.fw;
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(
        &[
            "ref_id",
            "name",
            "section",
            "documentation",
            "implementation",
            "result",
            "reason",
            "target",
            "gap",
            "comment",
            "evidence",
        ]
        .map(String::from),
    ));
    let answers = l.plain();
    for (i, n) in fw.requirements(l.level()) {
        let a = answers.get(&n.id).cloned().unwrap_or_default();
        let target = fw.target_of(n).map(|t| a.target.unwrap_or(t));
        let s = fw.section_of(i).unwrap_or(i);
        let num = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_default();
        out.push_str(&csv_line(&[
            n.id.clone(),
            n.title(lang.code()),
            fw.nodes[s].id.clone(),
            num(a.documentation),
            num(a.implementation),
            a.verdict.map(|v| v.as_str().to_string()).unwrap_or_default(),
            a.reason.clone(),
            num(target),
            if a.is_gap(target) { "yes".into() } else { String::new() },
            a.comment.clone(),
            a.evidence.iter().map(|e| e.code()).collect::<Vec<_>>().join(" "),
        ]));
    }
    out
}

/// OSCAL assessment results (JSON): one result, one finding per answered requirement.
pub fn oscal(lang: Lang, l: &Loaded, org: &str) -> serde_json::Value {
    let fw = &l.fw;
    let answers = l.plain();
    let now = jiff::Timestamp::now().to_string();
    let id = || uuid::Uuid::new_v4().to_string();
    let findings: Vec<serde_json::Value> = fw
        .requirements(l.level())
        .filter_map(|(_, n)| {
            let a = answers.get(&n.id)?;
            if !a.answered() {
                return None;
            }
            let target = fw.target_of(n).map(|t| a.target.unwrap_or(t));
            let state = if a.not_applicable() || !a.is_gap(target) { "satisfied" } else { "not-satisfied" };
            let mut remarks = Vec::new();
            if let Some(d) = a.documentation {
                remarks.push(format!("{}: {d}", lang.t("assessment-documentation")));
            }
            if let Some(i) = a.implementation {
                remarks.push(format!("{}: {i}", lang.t("assessment-implementation")));
            }
            if let Some(t) = target {
                remarks.push(format!("{}: {t}", lang.t("assessment-target")));
            }
            if let Some(v) = a.verdict {
                remarks.push(lang.t(&format!("assessment-verdict-{}", v.as_str().replace('_', "-"))));
            }
            for x in [&a.reason, &a.comment] {
                if !x.is_empty() {
                    remarks.push(x.clone());
                }
            }
            Some(serde_json::json!({
                "uuid": id(),
                "title": format!("{} {}", n.ref_id, n.title(lang.code())).trim(),
                "description": n.description.get(lang.code()),
                "target": {"type": "objective-id", "target-id": n.id, "status": {"state": state}},
                "remarks": remarks.join("\n"),
            }))
        })
        .collect();
    serde_json::json!({"assessment-results": {
        "uuid": id(),
        "metadata": {"title": format!("{} – {}", l.a.title, org), "last-modified": now, "version": l.a.version_label, "oscal-version": "1.1.2"},
        "import-ap": {"href": "#assessment-plan"},
        "results": [{
            "uuid": id(),
            "title": l.a.title,
            "description": format!("{} {} ({})", fw.name.get(lang.code()), fw.version, l.a.level.clone().unwrap_or_default()).trim(),
            "start": jiff::Timestamp::from_millisecond(l.a.created_at).map(|t| t.to_string()).unwrap_or_else(|_| now.clone()),
            "reviewed-controls": {"control-selections": [{"include-all": {}}]},
            "findings": findings,
        }],
    }})
}

/// The council report as a document.
pub async fn document(
    st: &AppState,
    org: &weerbaar_core::OrgId,
    org_name: &str,
    l: &Loaded,
    lang: Lang,
) -> AppResult<Document> {
    let hist = history(st, org, l, lang).await?;
    let earlier = hist.len().checked_sub(2).and_then(|i| hist.get(i)).map(|(d, r)| (d.as_str(), r));
    let cx = context(st, org, l, lang).await?;
    let mut d = crate::findings::reports::base(lang, lang.t("council-title"), l.a.title.clone(), org_name);
    d.version = l.a.version_label.clone();
    d.blocks = blocks(lang, l, earlier, &cx);
    Ok(d)
}

/// Exports of one assessment: `oscal`, `csv`, or the council report as `pdf`, `docx`, `odt`.
pub async fn export(st: &AppState, m: &Member<Read>, id: &str, format: &str) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let (l, scope) = visible(st, m, id).await?;
    if !scope.sees_all() {
        return Err(AppError::NotFound);
    }
    let stem = file_stem(&l.a.title);
    match format {
        "csv" => Ok(crate::documents::attachment(
            csv(lang, &l).into_bytes(),
            "text/csv; charset=utf-8",
            &format!("{stem}.csv"),
        )),
        "oscal" => {
            let body =
                serde_json::to_vec_pretty(&oscal(lang, &l, &m.org.profile.name)).map_err(crate::http::internal)?;
            Ok(crate::documents::attachment(body, "application/json", &format!("{stem}-oscal.json")))
        }
        f => {
            let f = match Format::parse(f) {
                Some(x @ (Format::Pdf | Format::Docx | Format::Odt)) => x,
                _ => return Err(AppError::NotFound),
            };
            let d = document(st, m.org_id(), &m.org.profile.name, &l, lang).await?;
            crate::documents::download(st, d, f, format!("{stem}.{}", f.ext())).await
        }
    }
}

pub(super) async fn page_export(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id, format)): Path<(String, String, String)>,
) -> AppResult<Response> {
    Ok(export(&st, &m, &id, &format).await?.into_response())
}
