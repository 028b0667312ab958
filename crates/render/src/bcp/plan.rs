//! The plan itself: every chapter in order.

use crate::doc::{Block, Cell, Document};
use weerbaar_core::bcp::bia;

use super::*;

impl Source<'_> {
    pub(super) fn plan_doc(&self) -> Document {
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
                    // Back-ups concern digital data only (as the checks say).
                    Cell::new(if r.kind.holds_data() {
                        self.t(&format!("backup-{}", r.backup_type.as_str()))
                    } else {
                        "–".into()
                    }),
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
}
