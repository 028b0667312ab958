//! Documents: the authorisation letter (in Dutch, for the general director to sign),
//! the engagement report and the register's follow-up report for management and the
//! council, each in PDF, Word and OpenDocument through crates/render. A report keeps
//! its figures, so the next one shows the trend since (a chart with its data table).

use axum::extract::{Path, State};
use axum::response::Response;
use weerbaar_core::engagement::Engagement;
use weerbaar_core::findings::summary::{Summary, summarise};
use weerbaar_core::findings::{Finding, Severity, Status};
use weerbaar_render::chart::{Chart, Series, png, stacked_bars};
use weerbaar_render::doc::{Block, Cell, Document};
use weerbaar_render::{Format, file_stem};
use weerbaar_store::findings as db;

use super::access::EngagementCaller;
use super::service::{Actor, log};
use super::views;
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::page::{Member, Read};

/// The formats these documents come in.
pub(crate) fn format_of(s: &str) -> AppResult<Format> {
    match Format::parse(s) {
        Some(f @ (Format::Pdf | Format::Docx | Format::Odt)) => Ok(f),
        _ => Err(AppError::NotFound),
    }
}

pub(crate) fn base(lang: Lang, title: String, subtitle: String, org: &str) -> Document {
    Document {
        lang: lang.content().as_str().to_string(),
        title,
        subtitle,
        organisation: org.to_string(),
        version: String::new(),
        classification: lang.t("report-classification"),
        date: lang.day(weerbaar_core::today()),
        cover: vec![],
        toc_title: None,
        page_label: lang.t("doc-page"),
        compact: false,
        logo: None,
        blocks: vec![],
    }
}

fn yes_no(lang: Lang, b: bool) -> String {
    lang.t(if b { "letter-yes" } else { "letter-no" })
}

/// The authorisation letter, made from the engagement's fields.
pub fn letter_document(e: &Engagement, org: &str) -> Document {
    let l = Lang::Nl;
    let d = &e.details;
    let or_dash = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.to_string() };
    let mut doc = base(l, l.t("letter-title"), e.title.clone(), org);
    let window = match (d.window_start, d.window_end) {
        (Some(a), Some(b)) => l.t_args("letter-window", &[("from", l.day(a)), ("to", l.day(b))]),
        _ => "—".into(),
    };
    let b = &mut doc.blocks;
    b.push(Block::Paragraph {
        text: l.t_args(
            "letter-intro",
            &[
                ("org", org.to_string()),
                ("tester", or_dash(&d.tester_org)),
                ("lead", or_dash(&d.tester_lead)),
                ("kind", l.t(&format!("engagement-kind-{}", e.kind.as_str()))),
            ],
        ),
    });
    b.push(Block::Heading { level: 1, text: l.t("letter-scope") });
    b.push(if d.scope.is_empty() {
        Block::Paragraph { text: "—".into() }
    } else {
        Block::List { items: d.scope.clone() }
    });
    b.push(Block::Heading { level: 1, text: l.t("letter-out-of-scope") });
    b.push(if d.out_of_scope.is_empty() {
        Block::Paragraph { text: l.t("letter-nothing-excluded") }
    } else {
        Block::List { items: d.out_of_scope.clone() }
    });
    b.push(Block::Heading { level: 1, text: l.t("letter-when") });
    b.push(Block::Labelled { label: l.t("letter-period"), text: window });
    b.push(Block::Labelled { label: l.t("letter-hours"), text: or_dash(&d.hours) });
    b.push(Block::Heading { level: 1, text: l.t("letter-rules") });
    b.push(Block::Table {
        head: vec![l.t("letter-rule"), l.t("letter-agreed")],
        rows: vec![
            vec![Cell::new(l.t("letter-rule-social")), Cell::new(yes_no(l, d.rules.social_engineering))],
            vec![Cell::new(l.t("letter-rule-dos")), Cell::new(yes_no(l, d.rules.denial_of_service_forbidden))],
            vec![Cell::new(l.t("letter-rule-destroy")), Cell::new(yes_no(l, d.rules.data_destroyed_after))],
            vec![Cell::new(l.t("letter-rule-production")), Cell::new(or_dash(&d.rules.production_data))],
            vec![Cell::new(l.t("letter-rule-accounts")), Cell::new(or_dash(&d.rules.test_accounts))],
        ],
        widths: vec![3, 2],
    });
    b.push(Block::Heading { level: 1, text: l.t("letter-stop") });
    b.push(Block::Paragraph {
        text: if d.rules.stop_procedure.trim().is_empty() {
            l.t("letter-stop-default")
        } else {
            d.rules.stop_procedure.clone()
        },
    });
    b.push(Block::Heading { level: 1, text: l.t("letter-contacts") });
    b.push(Block::Table {
        head: vec![String::new(), l.t("letter-name"), l.t("letter-email"), l.t("letter-phone")],
        rows: vec![
            vec![
                Cell::new(l.t("letter-tester")),
                Cell::new(or_dash(&format!("{} ({})", d.tester_lead, d.tester_org))),
                Cell::new(or_dash(&d.tester_email)),
                Cell::new(or_dash(&d.tester_phone)),
            ],
            vec![
                Cell::new(l.t("letter-our-contact")),
                Cell::new(or_dash(&d.contact_name)),
                Cell::new(or_dash(&d.contact_email)),
                Cell::new(or_dash(&d.contact_phone)),
            ],
        ],
        widths: vec![2, 3, 3, 2],
    });
    b.push(Block::Paragraph { text: l.t("letter-law") });
    b.push(Block::Heading { level: 1, text: l.t("letter-signatures") });
    b.push(Block::FillIn {
        fields: vec![l.t("letter-sign-director"), l.t("letter-sign-date"), l.t("letter-sign-signature")],
        lines: 1,
    });
    b.push(Block::FillIn {
        fields: vec![l.t("letter-sign-tester"), l.t("letter-sign-date"), l.t("letter-sign-signature")],
        lines: 1,
    });
    doc
}

pub(super) async fn letter(
    State(st): State<AppState>,
    m: EngagementCaller<Read>,
    Path((_, _, format)): Path<(String, String, String)>,
) -> AppResult<Response> {
    if m.is_guest() {
        return Err(AppError::Forbidden);
    }
    let format = format_of(&format)?;
    let d = letter_document(&m.engagement, &m.org.profile.name);
    let file = format!("toestemming-{}.{}", file_stem(&m.engagement.title), format.ext());
    crate::documents::download(&st, d, format, file).await
}

const COLOURS: [&str; 5] = ["#7a0000", "#c2410c", "#a16207", "#2563eb", "#6b7280"];

fn figures_json(s: &Summary) -> serde_json::Value {
    serde_json::json!({"open": s.open, "overdue": s.overdue, "accepted": s.accepted})
}

/// The trend chart: open findings per severity at each earlier report and now.
pub fn trend(lang: Lang, earlier: &[(i64, serde_json::Value)], now: &Summary) -> (Chart, Vec<Vec<Cell>>) {
    let mut cats: Vec<String> = earlier.iter().map(|(at, _)| lang.date(*at)).collect();
    let mut cols: Vec<[f64; 5]> = earlier
        .iter()
        .map(|(_, v)| {
            let mut a = [0.0; 5];
            if let Some(arr) = v.get("open").and_then(|x| x.as_array()) {
                for (i, n) in arr.iter().take(5).enumerate() {
                    a[i] = n.as_f64().unwrap_or(0.0);
                }
            }
            a
        })
        .collect();
    cats.push(lang.t("report-now"));
    cols.push(now.open.map(|n| n as f64));
    let series = Severity::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| Series {
            name: views::severity(lang, *s),
            colour: COLOURS[i].into(),
            values: cols.iter().map(|c| c[i]).collect(),
        })
        .collect();
    let rows = cats
        .iter()
        .zip(&cols)
        .map(|(c, v)| {
            let mut r = vec![Cell::new(c.clone())];
            r.extend(v.iter().map(|n| Cell::new((*n as i64).to_string())));
            r.push(Cell::new((v.iter().sum::<f64>() as i64).to_string()));
            r
        })
        .collect();
    (Chart { title: lang.t("report-trend-title"), categories: cats, series }, rows)
}

/// The report's blocks: summary, trend, overdue, accepted risks, every finding with advice.
pub fn report_blocks(
    lang: Lang,
    items: &[Finding],
    earlier: &[(i64, serde_json::Value)],
    engagements: &[Engagement],
) -> Vec<Block> {
    let today = weerbaar_core::today();
    let s = summarise(items, today);
    let mut b = Vec::new();
    b.push(Block::Heading { level: 1, text: lang.t("report-summary") });
    b.push(Block::Paragraph {
        text: lang.t_args(
            "report-summary-text",
            &[
                ("open", s.open_total().to_string()),
                ("overdue", s.overdue.to_string()),
                ("accepted", s.accepted.to_string()),
                ("expiring", s.expiring.to_string()),
            ],
        ),
    });
    let mut head = vec![lang.t("finding-field-severity")];
    head.extend(Status::ALL.iter().map(|st| views::status(lang, *st)));
    let rows = Severity::ALL
        .iter()
        .map(|sev| {
            let mut r = vec![Cell::new(views::severity(lang, *sev))];
            r.extend(Status::ALL.iter().map(|st| {
                Cell::new(items.iter().filter(|f| f.severity == *sev && f.status == *st).count().to_string())
            }));
            r
        })
        .collect();
    b.push(Block::Table { head, rows, widths: vec![3, 2, 2, 2, 2, 2, 2, 2, 2] });
    b.push(Block::Heading { level: 1, text: lang.t("report-trend") });
    let (chart, rows) = trend(lang, earlier, &s);
    let svg = stacked_bars(&chart);
    b.push(Block::Chart { title: chart.title.clone(), png: png(&svg).unwrap_or_default(), svg });
    let mut head = vec![lang.t("report-when")];
    head.extend(Severity::ALL.iter().map(|x| views::severity(lang, *x)));
    head.push(lang.t("report-total"));
    b.push(Block::Table { head, rows, widths: vec![3, 2, 2, 2, 2, 2, 2] });
    let overdue: Vec<&Finding> = items.iter().filter(|f| f.is_overdue(today)).collect();
    b.push(Block::Heading { level: 1, text: lang.t("report-overdue") });
    if overdue.is_empty() {
        b.push(Block::Paragraph { text: lang.t("report-none") });
    } else {
        b.push(Block::Table {
            head: vec![
                lang.t("finding-field-title"),
                lang.t("finding-field-severity"),
                lang.t("finding-field-due"),
                lang.t("finding-field-owner-email"),
            ],
            rows: overdue
                .iter()
                .map(|f| {
                    vec![
                        Cell::new(f.title.clone()),
                        Cell::new(views::severity(lang, f.severity)),
                        Cell::new(f.due.map(|d| lang.day(d)).unwrap_or_default()),
                        Cell::new(f.owner_email.clone()),
                    ]
                })
                .collect(),
            widths: vec![5, 2, 2, 3],
        });
    }
    b.push(Block::Heading { level: 1, text: lang.t("report-accepted") });
    let accepted: Vec<&Finding> = items.iter().filter(|f| f.status == Status::RiskAccepted).collect();
    if accepted.is_empty() {
        b.push(Block::Paragraph { text: lang.t("report-none") });
    } else {
        b.push(Block::Table {
            head: vec![
                lang.t("finding-field-title"),
                lang.t("finding-field-approver-email"),
                lang.t("finding-field-expires"),
                lang.t("finding-field-reason"),
            ],
            rows: accepted
                .iter()
                .map(|f| {
                    let a = f.acceptance.as_ref();
                    vec![
                        Cell::new(f.title.clone()),
                        Cell::new(a.map(|a| a.approver_email.clone()).unwrap_or_default()),
                        Cell::new(a.map(|a| lang.day(a.until)).unwrap_or_default()),
                        Cell::new(a.map(|a| a.reason.clone()).unwrap_or_default()),
                    ]
                })
                .collect(),
            widths: vec![4, 3, 2, 4],
        });
    }
    b.push(Block::Heading { level: 1, text: lang.t("report-findings") });
    for f in items.iter().filter(|f| !matches!(f.status, Status::FalsePositive | Status::Duplicate)) {
        b.push(Block::Heading { level: 2, text: f.title.clone() });
        let mut line = format!("{} · {}", views::severity(lang, f.severity), views::status(lang, f.status));
        if let Some(c) = &f.cvss {
            line.push_str(&format!(" · CVSS {} {:.1}", c.version, c.score));
        }
        b.push(Block::Paragraph { text: line });
        if let Some(e) = f.engagement_id.as_ref().and_then(|e| engagements.iter().find(|x| &x.id == e)) {
            b.push(Block::Labelled { label: lang.t("finding-field-engagement"), text: e.title.clone() });
        }
        if !f.assets.is_empty() {
            b.push(Block::Labelled {
                label: lang.t("finding-field-assets"),
                text: f.assets.iter().map(|a| a.label()).collect::<Vec<_>>().join(", "),
            });
        }
        if let Some(d) = f.due {
            b.push(Block::Labelled { label: lang.t("finding-field-due"), text: lang.day(d) });
        }
        if !f.description.is_empty() {
            b.push(Block::Paragraph { text: f.description.clone() });
        }
        b.push(Block::Labelled {
            label: lang.t("finding-field-remediation"),
            text: if f.remediation.is_empty() { "—".into() } else { f.remediation.clone() },
        });
        if !f.references.is_empty() {
            b.push(Block::Labelled { label: lang.t("finding-field-references"), text: f.references.join(", ") });
        }
    }
    b
}

async fn report(
    st: &AppState,
    org: &weerbaar_core::OrgId,
    org_name: &str,
    lang: Lang,
    engagement: Option<&Engagement>,
    actor: &Actor,
    format: Format,
) -> AppResult<Response> {
    let scope = engagement.map(|e| e.id.clone()).unwrap_or_default();
    let (items, earlier, engagements) = {
        let mut c = st.store.conn().await?;
        let items = db::all(&mut c, org, engagement.map(|e| e.id.as_str())).await?;
        let earlier = db::reports(&mut c, org, &scope, 6).await?;
        let engagements = weerbaar_store::engagements::list(&mut c, org).await?;
        (items, earlier, engagements)
    };
    let (title, sub) = match engagement {
        Some(e) => (lang.t("report-engagement-title"), e.title.clone()),
        None => (lang.t("report-follow-up-title"), String::new()),
    };
    let mut d = base(lang, title, sub, org_name);
    d.blocks = report_blocks(lang, &items, &earlier, &engagements);
    let s = summarise(&items, weerbaar_core::today());
    let mut tx = st.store.begin().await?;
    db::record_report(&mut tx, org, &scope, &figures_json(&s)).await?;
    log(
        &mut tx,
        org,
        actor,
        weerbaar_core::audit::AuditAction::FindingsReported,
        engagement.map(|e| e.title.as_str()).unwrap_or(""),
        None::<&()>,
        Some(&figures_json(&s)),
    )
    .await?;
    tx.commit().await?;
    let stem = engagement.map(|e| file_stem(&e.title)).unwrap_or_else(|| "opvolging-bevindingen".into());
    crate::documents::download(st, d, format, format!("{stem}.{}", format.ext())).await
}

pub(super) async fn engagement_report(
    State(st): State<AppState>,
    m: EngagementCaller<Read>,
    Path((_, _, format)): Path<(String, String, String)>,
) -> AppResult<Response> {
    if m.is_guest() {
        return Err(AppError::Forbidden);
    }
    let format = format_of(&format)?;
    let (id, label) = m.actor();
    let actor = Actor { id, label, ip: m.ctx.ip.clone() };
    report(&st, m.org_id(), &m.org.profile.name, m.ctx.lang, Some(&m.engagement), &actor, format).await
}

pub(super) async fn follow_up(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, format)): Path<(String, String)>,
) -> AppResult<Response> {
    let format = format_of(&format)?;
    report(&st, m.org_id(), &m.org.profile.name, m.ctx.lang, None, &super::finding::actor_of(&m), format).await
}
