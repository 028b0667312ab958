//! The sections the plan and its supporting documents share: the BIA, dependency chains,
//! the recovery order, contacts and call tree, crisis organisation, playbooks, messages
//! and open actions.

use crate::doc::{Block, Cell};
use weerbaar_core::bcp::bia;
use weerbaar_core::bcp::graph::chain;
use weerbaar_core::bcp::model::{ImpactCategory, Playbook};
use weerbaar_core::bcp::recovery::recovery_order;

use super::*;

impl Source<'_> {
    pub(super) fn bia_blocks(&self, out: &mut Vec<Block>, level: u8) {
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

    pub(super) fn chains(&self, out: &mut Vec<Block>, level: u8) {
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

    pub(super) fn recovery(&self, out: &mut Vec<Block>, level: u8, with_boxes: bool) {
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

    pub(super) fn contacts_table(&self, compact: bool) -> Block {
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

    /// The wallet card: two cards of two panels each (front and back, folded). The
    /// first: whom to call, in the call tree's order, with their numbers; and the first
    /// hour's steps. The second: the deputies, where the team meets, and the numbers
    /// everybody knows (112, police 101).
    pub(super) fn wallet_cards(&self) -> Vec<crate::doc::Card> {
        use crate::doc::Card;
        const LINE: usize = 110;
        let short = |s: &str| {
            let s = s.trim().replace('\n', " ");
            if s.chars().count() <= LINE {
                s
            } else {
                format!("{}…", s.chars().take(LINE - 1).collect::<String>().trim_end())
            }
        };
        let phone = |c: &weerbaar_core::bcp::model::Contact| {
            if c.phone.trim().is_empty() { c.private_phone.trim().to_string() } else { c.phone.trim().to_string() }
        };
        let role_of = |k: &str| self.plan.roles.iter().find(|r| r.key == k);
        let mut order: Vec<&weerbaar_core::bcp::model::CrisisRole> =
            self.plan.crisis.call_tree.iter().filter_map(|s| role_of(&s.role_key)).collect();
        for r in &self.plan.roles {
            if !order.iter().any(|o| o.key == r.key) {
                order.push(r);
            }
        }
        let calls: Vec<String> = order
            .iter()
            .filter(|r| r.primary.is_set())
            .take(8)
            .enumerate()
            .map(|(i, r)| short(&format!("{}. {}: {} {}", i + 1, r.name, r.primary.name, phone(&r.primary))))
            .collect();
        let deputies: Vec<String> = order
            .iter()
            .filter(|r| r.deputy.is_set())
            .take(6)
            .map(|r| short(&format!("{}: {} {}", r.name, r.deputy.name, phone(&r.deputy))))
            .collect();
        let playbook = self.plan.playbooks.iter().find(|p| p.scenario == "ransomware").or(self.plan.playbooks.first());
        let steps: Vec<String> = playbook
            .map(|p| p.first_hour.iter().take(6).enumerate().map(|(i, s)| short(&format!("{}. {s}", i + 1))).collect())
            .unwrap_or_default();
        let c = &self.plan.crisis;
        let mut meet = Vec::new();
        for (label, v) in [
            (self.t("doc-meeting-primary"), &c.meeting_primary),
            (self.t("doc-meeting-alternate"), &c.meeting_alternate),
        ] {
            if !v.trim().is_empty() {
                meet.push(short(&format!("{label}: {v}")));
            }
        }
        meet.push(self.t("doc-card-emergency"));
        vec![
            Card { title: self.t("doc-card-call"), lines: calls },
            Card { title: self.t("doc-card-first-hour"), lines: steps },
            Card { title: self.t("doc-card-deputies"), lines: deputies },
            Card { title: self.t("doc-card-meet"), lines: meet },
        ]
    }

    pub(super) fn call_tree(&self) -> Option<Block> {
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

    pub(super) fn crisis(&self, out: &mut Vec<Block>, level: u8) {
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

    pub(super) fn playbook(&self, out: &mut Vec<Block>, pb: &Playbook, level: u8, full: bool) {
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

    pub(super) fn messages(&self, out: &mut Vec<Block>, level: u8) {
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

    pub(super) fn audience(&self, key: &str) -> String {
        let label = self.t(&format!("audience-{key}"));
        // Free text, not one of the known audiences: shown as written.
        if label.starts_with("audience-") { key.to_string() } else { label }
    }

    pub(super) fn actions(&self, out: &mut Vec<Block>, level: u8) {
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
}
