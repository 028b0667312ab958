//! The business continuity plan and its supporting documents, built from a plan. Every
//! label comes from the caller's [`Labels`] (the application's translations).

use jiff::civil::Date;
use weerbaar_core::bcp::analysed::Analysis;
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::checks::{self, Finding, Severity};
use weerbaar_core::bcp::graph::chain;
use weerbaar_core::bcp::model::{ImpactCategory, Plan, Playbook};
use weerbaar_core::bcp::recovery::recovery_order;

use crate::doc::{Block, Cell, Document, Logo};

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
    fn t(&self, k: &str) -> String {
        self.labels.t(k)
    }

    fn hours(&self, h: Option<u32>) -> String {
        h.map(|h| self.labels.hours(h)).unwrap_or_else(|| "–".into())
    }

    fn base(&self, kind: DocKind) -> Document {
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

    fn approval(&self) -> String {
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
    fn critical(&self) -> Vec<(&weerbaar_core::bcp::model::Activity, bia::Assessment)> {
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

    fn bia_blocks(&self, out: &mut Vec<Block>, level: u8) {
        let p = self.plan;
        let scale = &p.header.scale;
        out.push(h(level, self.t("doc-bia-table")));
        let head = vec![
            self.t("doc-col-activity"),
            self.t("doc-col-department"),
            self.t("doc-col-priority"),
            self.t("doc-col-mtpd"),
            self.t("doc-col-rto"),
            self.t("doc-col-rpo"),
        ];
        let mut acts: Vec<_> = p.activities.iter().map(|a| (a, bia::assess(a, scale))).collect();
        acts.sort_by_key(|(a, s)| (s.mtpd_hours.unwrap_or(u32::MAX), a.position));
        let rows = acts
            .iter()
            .map(|(a, s)| {
                vec![
                    Cell::new(&a.name),
                    Cell::new(&a.department),
                    Cell::new(self.t(&s.priority.label_key())),
                    Cell::new(self.hours(s.mtpd_hours)),
                    Cell::new(self.hours(a.rto_hours)),
                    Cell::new(self.hours(a.rpo_hours)),
                ]
            })
            .collect();
        out.push(table(head, rows, &[4, 3, 3, 2, 2, 2]));

        out.push(h(level, self.t("doc-heatmap")));
        out.push(para(self.t("doc-heatmap-intro")));
        let mut head = vec![self.t("doc-col-activity")];
        head.extend(scale.windows_hours.iter().map(|w| self.labels.hours(*w)));
        let rows = acts
            .iter()
            .map(|(a, _)| {
                let mut r = vec![Cell::new(&a.name)];
                for w in 0..scale.windows_hours.len() {
                    let worst = ImpactCategory::ALL.iter().filter_map(|c| a.impacts.get(*c, w)).max();
                    let text =
                        worst.map(|l| format!("{l} {}", self.t(&format!("impact-level-{l}")))).unwrap_or_default();
                    r.push(Cell::heat(text, worst));
                }
                r
            })
            .collect();
        let mut widths = vec![4u16];
        widths.extend(std::iter::repeat_n(2, scale.windows_hours.len()));
        out.push(table(head, rows, &widths));
        let legend: Vec<String> = (0..=4).map(|l| format!("{l}: {}", self.t(&format!("impact-level-{l}")))).collect();
        out.push(para(format!("{} {}", self.t("doc-heatmap-legend"), legend.join(" · "))));
    }

    fn chains(&self, out: &mut Vec<Block>, level: u8) {
        let p = self.plan;
        out.push(h(level, self.t("doc-chains")));
        out.push(para(self.t("doc-chains-intro")));
        for (a, s) in self.critical() {
            let rows = chain(p, &self.analysis.graph, &a.id, &self.analysis.available);
            out.push(h(level + 1, &a.name));
            out.push(para(format!(
                "{}: {} · {}: {}",
                self.t("doc-col-rto"),
                self.hours(a.rto_hours),
                self.t("doc-col-mtpd"),
                self.hours(s.mtpd_hours)
            )));
            if rows.is_empty() {
                out.push(para(self.t("doc-no-resources")));
                continue;
            }
            let head = vec![self.t("doc-col-resource"), self.t("doc-col-own-time"), self.t("doc-col-available")];
            // A long chain on paper: what the activity needs directly and one level below,
            // at most CHAIN_ROWS rows; how many more there are is said.
            let shown: Vec<_> = if rows.len() > CHAIN_ROWS {
                rows.iter().filter(|r| r.depth <= 1).take(CHAIN_ROWS).collect()
            } else {
                rows.iter().collect()
            };
            let hidden = rows.len() - shown.len();
            let body = shown
                .iter()
                .map(|r| {
                    vec![
                        Cell::new(format!("{}{}", "→ ".repeat(r.depth), r.name)),
                        Cell::new(self.hours(r.own_hours)),
                        Cell::new(self.hours(r.available_hours)),
                    ]
                })
                .collect();
            out.push(table(head, body, &[5, 2, 2]));
            if hidden > 0 {
                out.push(para(format!("{}: {hidden}", self.t("doc-chain-more"))));
            }
        }
    }

    fn recovery(&self, out: &mut Vec<Block>, level: u8, with_boxes: bool) {
        let p = self.plan;
        let order = recovery_order(p);
        out.push(h(level, self.t("doc-recovery-order")));
        out.push(para(self.t("doc-recovery-intro")));
        let name = |id: &str| p.resource(id).map_or(id.to_string(), |r| r.name.clone());
        let mut head = vec![
            "#".to_string(),
            self.t("doc-col-wave"),
            self.t("doc-col-resource"),
            self.t("doc-col-needed-within"),
            self.t("doc-col-available"),
        ];
        let mut widths = vec![1u16, 1, 5, 2, 2];
        if with_boxes {
            head.extend([self.t("doc-col-done"), self.t("doc-col-time")]);
            widths.extend([1, 2]);
        }
        let rows = order
            .steps
            .iter()
            .map(|s| {
                let mut r = vec![
                    Cell::new(s.order.to_string()),
                    Cell::new(s.wave.to_string()),
                    Cell::new(name(&s.resource_id)),
                    Cell::new(self.hours(s.needed_within_hours)),
                    Cell::new(self.hours(s.available_hours)),
                ];
                if with_boxes {
                    r.extend([Cell::new("☐"), Cell::new("")]);
                }
                r
            })
            .collect();
        out.push(table(head, rows, &widths));
        if !order.cycles.is_empty() {
            let cycles: Vec<String> =
                order.cycles.iter().map(|c| c.iter().map(|id| name(id)).collect::<Vec<_>>().join(" → ")).collect();
            out.push(Block::Note { text: format!("{} {}", self.t("doc-cycles"), cycles.join("; ")) });
        }
    }

    fn contacts_table(&self, compact: bool) -> Block {
        let head = if compact {
            vec![self.t("doc-col-role"), self.t("doc-col-name"), self.t("doc-col-phone")]
        } else {
            vec![
                self.t("doc-col-role"),
                self.t("doc-col-primary"),
                self.t("doc-col-phone"),
                self.t("doc-col-deputy"),
                self.t("doc-col-phone"),
            ]
        };
        let phone = |c: &weerbaar_core::bcp::model::Contact| {
            [c.phone.as_str(), c.private_phone.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" / ")
        };
        let mut rows = Vec::new();
        for r in &self.plan.roles {
            if compact {
                rows.push(vec![Cell::new(&r.name), Cell::new(&r.primary.name), Cell::new(phone(&r.primary))]);
                if r.deputy.is_set() {
                    rows.push(vec![
                        Cell::new(format!("  ({})", self.t("doc-col-deputy"))),
                        Cell::new(&r.deputy.name),
                        Cell::new(phone(&r.deputy)),
                    ]);
                }
            } else {
                let with_mail = |c: &weerbaar_core::bcp::model::Contact| {
                    if c.email.is_empty() { c.name.clone() } else { format!("{}\n{}", c.name, c.email) }
                };
                rows.push(vec![
                    Cell::new(&r.name),
                    Cell::new(with_mail(&r.primary)),
                    Cell::new(phone(&r.primary)),
                    Cell::new(with_mail(&r.deputy)),
                    Cell::new(phone(&r.deputy)),
                ]);
            }
        }
        if compact { table(head, rows, &[3, 3, 3]) } else { table(head, rows, &[3, 4, 3, 4, 3]) }
    }

    fn call_tree(&self) -> Option<Block> {
        let role = |k: &str| self.plan.roles.iter().find(|r| r.key == k).map_or(k.to_string(), |r| r.name.clone());
        let items: Vec<String> = self
            .plan
            .crisis
            .call_tree
            .iter()
            .map(|s| match &s.fallback_role_key {
                Some(f) => format!("{} ({} {})", role(&s.role_key), self.t("doc-otherwise"), role(f)),
                None => role(&s.role_key),
            })
            .collect();
        (!items.is_empty()).then_some(Block::Numbered { items })
    }

    fn crisis(&self, out: &mut Vec<Block>, level: u8) {
        let c = &self.plan.crisis;
        out.push(h(level, self.t("bcp-step-crisis")));
        out.push(h(level + 1, self.t("doc-activation")));
        out.extend(list(&c.activation_criteria));
        out.extend(labelled(self.t("doc-who-may-activate"), &c.who_may_activate));
        out.extend(labelled(self.t("doc-meeting-primary"), &c.meeting_primary));
        out.extend(labelled(self.t("doc-meeting-alternate"), &c.meeting_alternate));
        out.push(h(level + 1, self.t("doc-crisis-team")));
        out.push(self.contacts_table(false));
        for r in &self.plan.roles {
            if let Some(l) = list(&r.tasks) {
                out.push(Block::Labelled { label: r.name.clone(), text: String::new() });
                out.push(l);
            }
        }
        out.push(h(level + 1, self.t("doc-call-tree")));
        out.extend(self.call_tree());
        out.push(h(level + 1, self.t("doc-handover")));
        out.extend(list(&c.handover_criteria));
        if !c.handover_explanation.trim().is_empty() {
            out.push(para(&c.handover_explanation));
        }
    }

    fn playbook(&self, out: &mut Vec<Block>, pb: &Playbook, level: u8, full: bool) {
        out.push(h(level, &pb.title));
        if !pb.summary.trim().is_empty() {
            out.push(para(&pb.summary));
        }
        if let Some(l) = list(&pb.signals) {
            out.push(h(level + 1, self.t("doc-signals")));
            out.push(l);
        }
        out.push(h(level + 1, self.t("doc-first-hour")));
        out.push(Block::Checklist { items: pb.first_hour.clone(), time_label: Some(self.t("doc-col-time")) });
        if !full {
            return;
        }
        if !pb.decisions.is_empty() {
            out.push(h(level + 1, self.t("doc-decisions")));
            let rows = pb.decisions.iter().map(|d| vec![Cell::new(&d.question), Cell::new(&d.who)]).collect();
            out.push(table(vec![self.t("doc-col-decision"), self.t("doc-col-who")], rows, &[5, 2]));
        }
        if !pb.communication.is_empty() {
            out.push(h(level + 1, self.t("bcp-step-communication")));
            let rows = pb
                .communication
                .iter()
                .map(|c| vec![Cell::new(&c.audience), Cell::new(&c.when), Cell::new(&c.who), Cell::new(&c.message)])
                .collect();
            out.push(table(
                vec![
                    self.t("doc-col-audience"),
                    self.t("doc-col-when"),
                    self.t("doc-col-who"),
                    self.t("doc-col-message"),
                ],
                rows,
                &[2, 2, 2, 5],
            ));
        }
        if let Some(l) = list(&pb.recovery) {
            out.push(h(level + 1, self.t("doc-recovery-steps")));
            out.push(l);
        }
        if let Some(l) = list(&pb.return_to_normal) {
            out.push(h(level + 1, self.t("doc-return-to-normal")));
            out.push(l);
        }
        if !pb.clocks.is_empty() {
            out.push(h(level + 1, self.t("doc-clocks")));
            let rows = pb
                .clocks
                .iter()
                .map(|c| vec![Cell::new(&c.name), Cell::new(self.labels.hours(c.hours)), Cell::new(&c.applies)])
                .collect();
            out.push(table(
                vec![self.t("doc-col-deadline"), self.t("doc-col-within"), self.t("doc-col-applies")],
                rows,
                &[3, 2, 5],
            ));
        }
    }

    fn messages(&self, out: &mut Vec<Block>, level: u8) {
        let p = self.plan;
        if !p.stakeholders.is_empty() {
            out.push(h(level, self.t("doc-stakeholders")));
            let rows = p
                .stakeholders
                .iter()
                .map(|s| vec![Cell::new(self.audience(&s.audience)), Cell::new(&s.channel), Cell::new(&s.owner)])
                .collect();
            out.push(table(
                vec![self.t("doc-col-audience"), self.t("doc-col-channel"), self.t("doc-col-who")],
                rows,
                &[3, 4, 3],
            ));
        }
        out.push(h(level, self.t("doc-messages")));
        for m in &p.messages {
            out.push(h(level + 1, &m.subject));
            out.push(para(format!(
                "{} · {} · {} · {}",
                self.t(&format!("scenario-{}", m.scenario)),
                self.t(&format!("phase-{}", m.phase)),
                self.audience(&m.audience),
                m.channel
            )));
            out.push(Block::Note { text: m.body.clone() });
        }
    }

    fn audience(&self, key: &str) -> String {
        let label = self.t(&format!("audience-{key}"));
        // Free text, not one of the known audiences: shown as written.
        if label.starts_with("audience-") { key.to_string() } else { label }
    }

    fn findings(&self) -> Vec<Finding> {
        let mut f = checks::run(self.plan, self.today);
        f.sort_by_key(|x| x.severity);
        f
    }

    fn actions(&self, out: &mut Vec<Block>, level: u8) {
        out.push(h(level, self.t("doc-open-checks")));
        let f = self.findings();
        if f.is_empty() {
            out.push(para(self.t("doc-no-open-checks")));
        } else {
            let rows = f
                .iter()
                .map(|x| {
                    vec![
                        Cell::new(self.t(&format!("severity-{}", x.severity.as_str()))),
                        Cell::new(self.labels.finding(x)),
                        Cell::new(""),
                        Cell::new(""),
                    ]
                })
                .collect();
            out.push(table(
                vec![
                    self.t("doc-col-severity"),
                    self.t("doc-col-finding"),
                    self.t("doc-col-who"),
                    self.t("doc-col-due"),
                ],
                rows,
                &[2, 8, 2, 2],
            ));
        }
        let ex_actions: Vec<String> = self.plan.exercises.iter().flat_map(|e| e.actions.iter().cloned()).collect();
        if let Some(l) = list(&ex_actions) {
            out.push(h(level, self.t("doc-exercise-actions")));
            out.push(l);
        }
    }

    fn plan_doc(&self) -> Document {
        let p = self.plan;
        let hd = &p.header;
        let mut d = self.base(DocKind::Plan);
        d.subtitle = self.organisation.to_string();
        d.toc_title = Some(self.t("doc-contents"));
        d.cover = vec![
            (self.t("doc-status"), self.t(&format!("plan-status-{}", hd.status.as_str()))),
            (self.t("doc-version"), hd.version_label.clone()),
            (self.t("doc-approval"), self.approval()),
            (self.t("doc-owner"), hd.owner_name.clone()),
            (self.t("doc-next-review"), hd.next_review.map(|d| self.labels.day(d)).unwrap_or_else(|| "–".into())),
            (self.t("doc-classification"), hd.classification.clone()),
        ];
        let b = &mut d.blocks;
        b.push(h(1, self.t("bcp-step-scope")));
        b.extend(labelled(self.t("doc-scope"), &hd.scope));
        b.extend(labelled(self.t("doc-objectives"), &hd.objectives));
        b.extend(labelled(self.t("doc-assumptions"), &hd.assumptions));

        b.push(h(1, self.t("bcp-step-bia")));
        b.push(para(self.t("doc-bia-intro")));
        self.bia_blocks(b, 2);

        b.push(h(1, self.t("bcp-step-activities")));
        for a in &p.activities {
            let s = bia::assess(a, &hd.scale);
            b.push(h(2, &a.name));
            b.push(para(format!(
                "{} · {} · {}: {} · {}: {}",
                a.department,
                self.t(&s.priority.label_key()),
                self.t("doc-col-mtpd"),
                self.hours(s.mtpd_hours),
                self.t("doc-col-rto"),
                self.hours(a.rto_hours)
            )));
            if !a.description.trim().is_empty() {
                b.push(para(&a.description));
            }
            b.extend(labelled(self.t("doc-owner"), &a.owner));
            b.extend(labelled(self.t("doc-col-deputy"), &a.deputy));
            b.extend(labelled(self.t("doc-mbco"), &a.mbco));
            b.extend(labelled(self.t("doc-legal-deadlines"), &a.legal_deadlines));
            b.extend(labelled(self.t("doc-peak-periods"), &a.peak_periods));
            let needs: Vec<String> = p.resources_of(&a.id).iter().map(|r| r.name.clone()).collect();
            if !needs.is_empty() {
                b.push(Block::Labelled { label: self.t("doc-needs"), text: needs.join(", ") });
            }
        }

        b.push(h(1, self.t("bcp-step-resources")));
        let rows = p
            .resources
            .iter()
            .map(|r| {
                vec![
                    Cell::new(&r.name),
                    Cell::new(self.t(&r.kind.label_key())),
                    Cell::new(self.hours(r.recovery_hours)),
                    Cell::new(self.t(&format!("backup-{}", r.backup_type.as_str()))),
                    Cell::new(r.last_restore_test.map(|d| self.labels.day(d)).unwrap_or_else(|| "–".into())),
                ]
            })
            .collect();
        b.push(table(
            vec![
                self.t("doc-col-resource"),
                self.t("doc-col-kind"),
                self.t("doc-col-own-time"),
                self.t("doc-col-backup"),
                self.t("doc-col-restore-test"),
            ],
            rows,
            &[4, 3, 2, 3, 2],
        ));
        self.chains(b, 2);
        self.recovery(b, 2, false);

        b.push(h(1, self.t("bcp-step-strategies")));
        for (a, _) in self.critical() {
            let parts: Vec<Block> = [
                labelled(self.t("doc-alternate-location"), &a.alternate_location),
                labelled(self.t("doc-alternate-supplier"), &a.alternate_supplier),
                labelled(self.t("doc-mutual-aid"), &a.mutual_aid),
                labelled(self.t("doc-paper-backlog"), &a.paper_backlog),
            ]
            .into_iter()
            .flatten()
            .collect();
            if a.workaround.iter().all(|w| w.trim().is_empty()) && parts.is_empty() {
                continue;
            }
            b.push(h(2, &a.name));
            b.extend(list(&a.workaround));
            b.extend(parts);
        }

        self.crisis(b, 1);

        b.push(h(1, self.t("bcp-step-playbooks")));
        for pb in &p.playbooks {
            self.playbook(b, pb, 2, true);
        }

        b.push(h(1, self.t("bcp-step-communication")));
        self.messages(b, 2);

        b.push(h(1, self.t("bcp-step-exercises")));
        if p.exercises.is_empty() {
            b.push(para(self.t("doc-no-exercises")));
        } else {
            let rows = p
                .exercises
                .iter()
                .map(|e| {
                    vec![
                        Cell::new(&e.title),
                        Cell::new(self.t(&format!("exercise-{}", e.kind.as_str()))),
                        Cell::new(e.planned_on.map(|d| self.labels.day(d)).unwrap_or_default()),
                        Cell::new(e.done_on.map(|d| self.labels.day(d)).unwrap_or_default()),
                        Cell::new(&e.result),
                    ]
                })
                .collect();
            b.push(table(
                vec![
                    self.t("doc-col-exercise"),
                    self.t("doc-col-kind"),
                    self.t("doc-col-planned"),
                    self.t("doc-col-done-on"),
                    self.t("doc-col-result"),
                ],
                rows,
                &[4, 2, 2, 2, 4],
            ));
        }

        b.push(h(1, self.t("bcp-step-approval")));
        b.push(Block::Labelled {
            label: self.t("doc-status"),
            text: self.t(&format!("plan-status-{}", hd.status.as_str())),
        });
        b.push(Block::Labelled { label: self.t("doc-approval"), text: self.approval() });
        b.push(Block::PageBreak);
        b.push(h(1, self.t("doc-annex-checks")));
        let annex_level = 2;
        self.actions(b, annex_level);
        d
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
                b.push(self.contacts_table(true));
                b.extend(self.call_tree());
                b.extend(labelled(self.t("doc-meeting-primary"), &p.crisis.meeting_primary));
                b.extend(labelled(self.t("doc-meeting-alternate"), &p.crisis.meeting_alternate));
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
