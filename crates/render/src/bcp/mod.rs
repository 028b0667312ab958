//! The business continuity plan and its supporting documents, built from a plan. Every
//! label comes from the caller's [`Labels`] (the application's translations).

use jiff::civil::Date;
use weerbaar_core::bcp::analysed::Analysis;
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::checks::{self, Finding, Severity};
use weerbaar_core::bcp::model::Plan;

use crate::doc::{Block, Cell, Document, Logo};

mod plan;
mod sections;

/// Translations and formats in the reader's language.
pub trait Labels {
    /// "nl", "en" or "fr".
    fn lang(&self) -> &'static str;
    fn t(&self, key: &str) -> String;
    /// A duration as people read it ("3 dagen").
    fn hours(&self, h: u32) -> String;
    fn day(&self, d: Date) -> String;
    /// A check's finding as a sentence.
    fn finding(&self, f: &Finding) -> String;
}

/// The documents made from a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    Plan,
    Contacts,
    WalletCard,
    FirstHour,
    Runbook,
    IncidentLog,
    Communication,
    ExerciseReport,
    Actions,
    Bia,
}

impl DocKind {
    pub const ALL: [DocKind; 10] = [
        DocKind::Plan,
        DocKind::Contacts,
        DocKind::WalletCard,
        DocKind::FirstHour,
        DocKind::Runbook,
        DocKind::IncidentLog,
        DocKind::Communication,
        DocKind::ExerciseReport,
        DocKind::Actions,
        DocKind::Bia,
    ];

    /// The name in URLs, file names and the API (`doc=`).
    pub fn key(self) -> &'static str {
        match self {
            DocKind::Plan => "plan",
            DocKind::Contacts => "contacts",
            DocKind::WalletCard => "wallet-card",
            DocKind::FirstHour => "first-hour",
            DocKind::Runbook => "runbook",
            DocKind::IncidentLog => "incident-log",
            DocKind::Communication => "communication",
            DocKind::ExerciseReport => "exercise-report",
            DocKind::Actions => "actions",
            DocKind::Bia => "bia",
        }
    }

    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.key() == s)
    }

    /// The label key of the document's title (`doc-title-<key>`).
    pub fn title_key(self) -> String {
        format!("doc-title-{}", self.key())
    }
}

/// What a document is made from.
pub struct Source<'a> {
    pub plan: &'a Plan,
    pub analysis: &'a Analysis,
    pub organisation: &'a str,
    pub logo: Option<&'a Logo>,
    pub today: Date,
    pub labels: &'a dyn Labels,
}

/// Rows of a dependency chain printed per activity.
const CHAIN_ROWS: usize = 40;

fn h(level: u8, text: impl Into<String>) -> Block {
    Block::Heading { level, text: text.into() }
}

fn para(text: impl Into<String>) -> Block {
    Block::Paragraph { text: text.into() }
}

fn labelled(label: String, text: &str) -> Option<Block> {
    (!text.trim().is_empty()).then(|| Block::Labelled { label, text: text.to_string() })
}

fn table(head: Vec<String>, rows: Vec<Vec<Cell>>, widths: &[u16]) -> Block {
    Block::Table { head, rows, widths: widths.to_vec() }
}

fn list(items: &[String]) -> Option<Block> {
    let items: Vec<String> = items.iter().filter(|s| !s.trim().is_empty()).cloned().collect();
    (!items.is_empty()).then_some(Block::List { items })
}

impl Source<'_> {
    pub(super) fn t(&self, k: &str) -> String {
        self.labels.t(k)
    }

    pub(super) fn hours(&self, h: Option<u32>) -> String {
        h.map(|h| self.labels.hours(h)).unwrap_or_else(|| "–".into())
    }

    pub(super) fn base(&self, kind: DocKind) -> Document {
        let p = self.plan;
        let version = if p.header.version_label.is_empty() {
            String::new()
        } else {
            format!("{} {}", self.t("doc-version"), p.header.version_label)
        };
        Document {
            lang: self.labels.lang().to_string(),
            title: self.t(&kind.title_key()),
            subtitle: String::new(),
            organisation: self.organisation.to_string(),
            version,
            classification: p.header.classification.clone(),
            date: self.labels.day(self.today),
            cover: Vec::new(),
            toc_title: None,
            page_label: self.t("doc-page"),
            compact: false,
            logo: self.logo.cloned(),
            blocks: Vec::new(),
        }
    }

    pub(super) fn approval(&self) -> String {
        match &self.plan.header.approval {
            Some(a) => {
                let mut s = format!("{}, {}", a.body, self.labels.day(a.decision_date));
                if !a.reference.is_empty() {
                    s.push_str(&format!(" ({})", a.reference));
                }
                s
            }
            None => self.t("doc-not-approved"),
        }
    }

    /// Activities that must keep going (P1/P2), most urgent first.
    pub(super) fn critical(&self) -> Vec<(&weerbaar_core::bcp::model::Activity, bia::Assessment)> {
        let mut v: Vec<_> = self
            .plan
            .activities
            .iter()
            .map(|a| (a, bia::assess(a, &self.plan.header.scale)))
            .filter(|(_, s)| s.critical)
            .collect();
        v.sort_by_key(|(a, s)| (a.rto_hours.or(s.mtpd_hours).unwrap_or(u32::MAX), a.position));
        v
    }

    pub(super) fn findings(&self) -> Vec<Finding> {
        let mut f = checks::run(self.plan, self.today);
        f.sort_by_key(|x| x.severity);
        f
    }

    /// One document of the plan.
    pub fn document(&self, kind: DocKind) -> Document {
        if kind == DocKind::Plan {
            return self.plan_doc();
        }
        let mut d = self.base(kind);
        d.subtitle = self.t(&format!("doc-subtitle-{}", kind.key()));
        let p = self.plan;
        let b = &mut d.blocks;
        match kind {
            DocKind::Plan => {}
            DocKind::Contacts => {
                b.push(h(1, self.t("doc-crisis-team")));
                b.push(self.contacts_table(false));
                b.push(h(1, self.t("doc-call-tree")));
                b.extend(self.call_tree());
                b.extend(labelled(self.t("doc-meeting-primary"), &p.crisis.meeting_primary));
                b.extend(labelled(self.t("doc-meeting-alternate"), &p.crisis.meeting_alternate));
                let suppliers: Vec<Vec<Cell>> = p
                    .resources
                    .iter()
                    .filter(|r| !r.contact_24_7.trim().is_empty())
                    .map(|r| vec![Cell::new(&r.name), Cell::new(&r.contact_24_7), Cell::new(&r.contract_ref)])
                    .collect();
                if !suppliers.is_empty() {
                    b.push(h(1, self.t("doc-suppliers-24-7")));
                    b.push(table(
                        vec![self.t("doc-col-resource"), self.t("doc-col-contact"), self.t("doc-col-contract")],
                        suppliers,
                        &[3, 4, 2],
                    ));
                }
            }
            DocKind::WalletCard => {
                d.compact = true;
                b.push(para(self.t("doc-card-how")));
                b.push(Block::Cards { cards: self.wallet_cards() });
            }
            DocKind::FirstHour => {
                for (i, pb) in p.playbooks.iter().enumerate() {
                    if i > 0 {
                        b.push(Block::PageBreak);
                    }
                    self.playbook(b, pb, 1, false);
                }
            }
            DocKind::Runbook => {
                b.push(para(self.t("doc-runbook-intro")));
                self.recovery(b, 1, true);
                b.push(Block::FillIn { fields: vec![self.t("doc-runbook-lead"), self.t("doc-notes")], lines: 2 });
            }
            DocKind::IncidentLog => {
                b.push(Block::FillIn {
                    fields: vec![self.t("doc-log-incident"), self.t("doc-log-started"), self.t("doc-log-keeper")],
                    lines: 1,
                });
                let head = vec![
                    self.t("doc-col-date-time"),
                    self.t("doc-col-event"),
                    self.t("doc-col-decision"),
                    self.t("doc-col-who"),
                ];
                let rows = (0..18).map(|_| vec![Cell::new(""), Cell::new(""), Cell::new(""), Cell::new("")]).collect();
                b.push(table(head, rows, &[2, 5, 4, 2]));
            }
            DocKind::Communication => self.messages(b, 1),
            DocKind::ExerciseReport => {
                b.push(Block::FillIn {
                    fields: vec![
                        self.t("doc-col-exercise"),
                        self.t("doc-col-date-time"),
                        self.t("doc-ex-participants"),
                        self.t("doc-ex-scenario"),
                    ],
                    lines: 1,
                });
                b.push(h(1, self.t("doc-ex-what-went-well")));
                b.push(Block::FillIn { fields: vec![String::new()], lines: 4 });
                b.push(h(1, self.t("doc-ex-what-to-improve")));
                b.push(Block::FillIn { fields: vec![String::new()], lines: 4 });
                b.push(h(1, self.t("doc-ex-actions")));
                let rows = (0..6).map(|_| vec![Cell::new(""), Cell::new(""), Cell::new("")]).collect();
                b.push(table(
                    vec![self.t("doc-col-action"), self.t("doc-col-who"), self.t("doc-col-due")],
                    rows,
                    &[6, 2, 2],
                ));
            }
            DocKind::Actions => self.actions(b, 1),
            DocKind::Bia => {
                b.push(para(self.t("doc-bia-intro")));
                self.bia_blocks(b, 1);
                self.chains(b, 1);
            }
        }
        d
    }

    /// How many findings of each severity are open (for the manifest and the plan page).
    pub fn open_checks(&self) -> (usize, usize) {
        let f = self.findings();
        (f.iter().filter(|x| x.severity == Severity::Error).count(), f.len())
    }
}
