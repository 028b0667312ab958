//! The demo organisations' plans, built from the standard template: Gemeente Voorbeeld
//! has a complete, approved plan; Gemeente Anderdorp is half-way. All people, phone
//! numbers and addresses are invented (reserved `.test` domains, `000` numbers).

use jiff::civil::Date;
use jiff::{Span, ToSpan};
use weerbaar_core::bcp::model::*;
use weerbaar_core::bcp::template::Template;

fn days(d: Date, n: i64) -> Date {
    d.checked_add(Span::new().days(n)).unwrap_or(d)
}

/// Name, number suffix and private e-mail of a demo person.
type Person = (&'static str, u8, &'static str);

fn contact(name: &str, n: u8, email: &str) -> Contact {
    Contact {
        name: name.into(),
        phone: format!("+32 9 000 00 {n:02}"),
        private_phone: format!("+32 470 00 00 {n:02}"),
        email: email.into(),
    }
}

/// Who leads which department in Voorbeeld, and who stands in.
fn owners(department: &str) -> (&'static str, &'static str) {
    let d = department.to_lowercase();
    if d.contains("burger") || d.contains("civil") {
        ("Els Mertens", "Tom Jacobs")
    } else if d.contains("sociaal") || d.contains("ocmw") || d.contains("social") {
        ("Griet Willems", "Bart Goossens")
    } else if d.contains("zorg") || d.contains("care") {
        ("Hilde Van Damme", "Lotte De Smet")
    } else if d.contains("financ") {
        ("Luc Vermeulen", "Nathalie Hermans")
    } else if d.contains("person") || d.contains("hr") {
        ("Katrien Aerts", "Luc Vermeulen")
    } else if d.contains("techn") || d.contains("omgeving") || d.contains("environment") {
        ("Dirk Pauwels", "Wim Lemmens")
    } else if d.contains("communic") || d.contains("onthaal") || d.contains("contact") {
        ("Sarah Dubois", "Tom Jacobs")
    } else if d.contains("vrije tijd") || d.contains("leisure") || d.contains("bibliot") {
        ("Joke Michiels", "Sarah Dubois")
    } else {
        ("Ann Peeters", "Marc Janssens")
    }
}

/// What each resource of Voorbeeld really achieves: recovery hours and their basis,
/// backup interval and kind, and days since the last restore test.
fn capability(key: &str) -> (u32, Basis, Option<u32>, BackupType, Option<i64>) {
    use BackupType as B;
    use Basis::*;
    match key {
        "power-supply" => (4, Demonstrated, None, B::None, None),
        "server-room" => (24, Demonstrated, None, B::None, None),
        "network" => (12, Demonstrated, None, B::None, None),
        "internet-access" => (4, Promised, None, B::None, None),
        "directory" => (24, Demonstrated, None, B::None, None),
        "workstations" => (48, Estimated, None, B::None, None),
        "email" => (24, Promised, None, B::None, None),
        "telephony" => (8, Promised, None, B::None, None),
        "mobile-phones" => (2, Demonstrated, None, B::None, None),
        "backups" => (24, Demonstrated, None, B::None, None),
        // Applications run by suppliers replicate every hour to an immutable copy.
        "civil-registry-app" | "population-register-app" | "care-records-app" => {
            (24, Promised, Some(1), B::Immutable, Some(120))
        }
        "national-register" => (8, Promised, Some(1), B::Immutable, Some(200)),
        "eid-system" => (24, Promised, Some(24), B::Immutable, Some(200)),
        "elections-software" => (24, Promised, Some(4), B::Immutable, Some(150)),
        "website-ecounter" => (8, Promised, Some(24), B::Immutable, Some(90)),
        "social-media-accounts" => (2, Demonstrated, Some(24), B::Offline, Some(60)),
        "social-services-app" | "finance-app" | "payroll-app" => (48, Demonstrated, Some(24), B::Immutable, Some(40)),
        "permits-app" | "waste-planning-app" | "booking-system" | "decision-management-app" | "childcare-app" => {
            (48, Promised, Some(24), B::Immutable, Some(180))
        }
        "document-management" | "cemetery-register" | "intranet" | "library-system" => {
            (72, Estimated, Some(24), B::Immutable, Some(250))
        }
        "gis-app" => (120, Estimated, Some(24), B::Offline, Some(300)),
        // Paper is its own offline copy; the crisis folder is checked every quarter.
        "emergency-folder" | "paper-registers" | "contact-lists" | "medication-printouts" => {
            (1, Demonstrated, None, B::Offline, Some(30))
        }
        "it-vendor" | "internet-provider" => (8, Promised, None, B::None, None),
        "software-vendors" | "waste-operator" => (24, Promised, None, B::None, None),
        "bank" => (4, Promised, None, B::None, None),
        "town-hall" | "care-home-site" => (72, Estimated, None, B::None, None),
        "alternate-location" => (8, Demonstrated, None, B::None, None),
        "archive-depot" => (720, Estimated, None, B::None, None),
        _ => (24, Estimated, None, B::None, None),
    }
}

fn deputy_of(key: &str) -> &'static str {
    match key {
        "general-director" => "Marc Janssens (adjunct-algemeen directeur)",
        "mayor" => "Eerste schepen Lieve Wouters",
        "emergency-planning-officer" => "Dirk Pauwels",
        "security-officer" => "Informatieveiligheidsconsulent van de regio",
        "staff-it" => "Externe ICT-partner (raamcontract)",
        _ => "Collega van dezelfde dienst, ingewerkt volgens de takenlijst",
    }
}

/// Gemeente Voorbeeld's plan from the shipped template with ids "id1", "id2", … (the
/// same plan on every run: for golden files and benchmarks).
pub fn voorbeeld_plan_numbered(today: Date) -> Result<Plan, weerbaar_core::bcp::template::TemplateError> {
    let t = crate::bcp_template()?;
    let mut n = 0;
    Ok(voorbeeld_plan(t, today, || {
        n += 1;
        format!("id{n}")
    }))
}

/// The complete, approved plan of Gemeente Voorbeeld, approved `approved_days_ago`.
pub fn voorbeeld_plan(t: &Template, today: Date, mut new_id: impl FnMut() -> String) -> Plan {
    let mut p = t.instantiate("nl", weerbaar_core::org::OrgKind::Municipality, None, &mut new_id);
    let approved_on = days(today, -45);
    let h = &mut p.header;
    h.status = PlanStatus::Approved;
    h.owner_name = "Ann Peeters, algemeen directeur".into();
    h.owner_email = "admin@voorbeeld.test".into();
    h.classification = "Vertrouwelijk".into();
    h.own_domains = vec!["voorbeeld.test".into()];
    h.approval = Some(Approval {
        body: "College van burgemeester en schepenen".into(),
        decision_date: approved_on,
        reference: "CBS 2026/412".into(),
    });
    h.next_review = approved_on.checked_add(1.year()).ok();
    h.version_label = "1.0".into();

    for a in &mut p.activities {
        let (owner, deputy) = owners(&a.department);
        a.owner = owner.into();
        a.deputy = deputy.into();
        a.alternate_location = "Vergaderzaal van het OCMW-gebouw (uitwijklocatie), met 6 werkplekken".into();
        if a.mutual_aid.is_empty() && a.rto_hours.is_some_and(|h| h <= 24) {
            a.mutual_aid = "Afspraak met Gemeente Anderdorp: zij helpen met personeel en werkplekken".into();
        }
    }
    for r in &mut p.resources {
        let key = r.template_key.clone().unwrap_or_default();
        let (rec, basis, interval, backup, tested) = capability(&key);
        r.recovery_hours = Some(rec);
        r.recovery_basis = basis;
        if r.kind.holds_data() {
            r.backup_interval_hours = interval;
            r.backup_type = backup;
            r.last_restore_test = tested.map(|d| days(today, -d));
        }
        match r.kind {
            ResourceKind::Person => r.deputy = deputy_of(&key).into(),
            ResourceKind::Supplier => {
                r.contract_ref = format!("Contract {}", key.to_uppercase());
                r.sla_hours = Some(rec);
                r.contact_24_7 = "+32 9 000 11 00 (wachtdienst)".into();
            }
            _ => {}
        }
    }
    let people: [(&str, Person, Person); 10] = [
        ("coordinator", ("Ann Peeters", 1, "ann.peeters@prive.test"), ("Marc Janssens", 2, "marc.janssens@prive.test")),
        (
            "mayor",
            ("Burgemeester Koen Claes", 3, "burgemeester@prive.test"),
            ("Lieve Wouters", 4, "lieve.wouters@prive.test"),
        ),
        ("it-lead", ("Pieter De Vos", 5, "pieter.devos@prive.test"), ("Ilse Van den Broeck", 6, "ilse.vdb@prive.test")),
        (
            "security-officer",
            ("Ruben Maes", 7, "ruben.maes@prive.test"),
            ("Pieter De Vos", 5, "pieter.devos@prive.test"),
        ),
        ("dpo", ("Ruben Maes", 7, "ruben.maes@prive.test"), ("Nathalie Hermans", 8, "nathalie.hermans@prive.test")),
        (
            "communication",
            ("Sarah Dubois", 9, "sarah.dubois@prive.test"),
            ("Joke Michiels", 10, "joke.michiels@prive.test"),
        ),
        ("hr", ("Katrien Aerts", 11, "katrien.aerts@prive.test"), ("Luc Vermeulen", 12, "luc.vermeulen@prive.test")),
        (
            "finance",
            ("Luc Vermeulen", 12, "luc.vermeulen@prive.test"),
            ("Nathalie Hermans", 8, "nathalie.hermans@prive.test"),
        ),
        ("legal", ("Marc Janssens", 2, "marc.janssens@prive.test"), ("Katrien Aerts", 11, "katrien.aerts@prive.test")),
        ("facilities", ("Dirk Pauwels", 13, "dirk.pauwels@prive.test"), ("Wim Lemmens", 14, "wim.lemmens@prive.test")),
    ];
    for r in &mut p.roles {
        if let Some((_, a, b)) = people.iter().find(|(k, _, _)| *k == r.key) {
            r.primary = contact(a.0, a.1, a.2);
            r.deputy = contact(b.0, b.1, b.2);
        }
    }
    for (i, step) in p.crisis.call_tree.iter_mut().enumerate() {
        step.fallback_role_key = match (i, step.role_key.as_str()) {
            (_, "coordinator") => Some("legal".into()),
            (_, "mayor") => Some("coordinator".into()),
            (_, "it-lead") => Some("security-officer".into()),
            _ => None,
        };
    }
    p.crisis.meeting_primary = "Schepenzaal, gemeentehuis, eerste verdieping".into();
    p.crisis.meeting_alternate = "Refter van de technische dienst (eigen stroomgroep)".into();
    p.exercises = vec![
        Exercise {
            id: new_id(),
            position: 0,
            kind: ExerciseKind::Tabletop,
            title: "Tafeloefening gijzelsoftware met het crisisteam".into(),
            scenario: "ransomware".into(),
            planned_on: Some(days(today, -75)),
            done_on: Some(days(today, -75)),
            participants: "Crisisteam (8 personen) en de externe ICT-partner".into(),
            result: "Het team vond binnen 20 minuten de belboom en de crisismap. De beslissing om het netwerk los te koppelen lag niet duidelijk bij één persoon; de privénummers van twee vervangers ontbraken.".into(),
            actions: vec![
                "Beslissing over loskoppelen van het netwerk toewijzen aan de ICT-verantwoordelijke (gedaan).".into(),
                "Privénummers van alle vervangers aanvullen (gedaan).".into(),
                "Papieren formulieren voor overlijdensaangiftes bijdrukken.".into(),
            ],
            version: 1,
        },
        Exercise {
            id: new_id(),
            position: 1,
            kind: ExerciseKind::RestoreTest,
            title: "Hersteltest financiële toepassing uit de onveranderbare back-up".into(),
            scenario: "ransomware".into(),
            planned_on: Some(days(today, -40)),
            done_on: Some(days(today, -40)),
            participants: "ICT-dienst en de leverancier".into(),
            result: "Herstel naar een testomgeving in 46 uur, binnen de beoogde 48 uur.".into(),
            actions: vec!["Herstelprocedure stap voor stap in de crisismap leggen.".into()],
            version: 1,
        },
        Exercise {
            id: new_id(),
            position: 2,
            kind: ExerciseKind::WalkThrough,
            title: "Doorloop van het draaiboek voor een lange stroomuitval".into(),
            scenario: "power-network-outage".into(),
            planned_on: Some(days(today, 60)),
            done_on: None,
            participants: "Crisisteam, facilitair beheer, woonzorgcentrum".into(),
            result: String::new(),
            actions: vec![],
            version: 1,
        },
    ];
    p
}

/// Gemeente Anderdorp's plan, half-way: part of the activities, the first resources
/// filled in, only two crisis roles assigned, no exercises yet.
pub fn anderdorp_plan(t: &Template, mut new_id: impl FnMut() -> String) -> Plan {
    let chosen: Vec<String> = t.activities.iter().take(14).map(|a| a.key.clone()).collect();
    let mut p = t.instantiate("nl", weerbaar_core::org::OrgKind::Municipality, Some(&chosen), &mut new_id);
    p.header.owner_name = "Koen Wouters, algemeen directeur".into();
    p.header.owner_email = "admin@anderdorp.test".into();
    p.header.classification = "Vertrouwelijk".into();
    p.header.own_domains = vec!["anderdorp.test".into()];
    // The impact analysis is done for the first half only.
    let windows = p.header.scale.windows_hours.len();
    for a in p.activities.iter_mut().skip(7) {
        a.impacts = Impacts::unrated(windows);
        a.rto_hours = None;
        a.rpo_hours = None;
        a.workaround.clear();
    }
    for r in p.resources.iter_mut().filter(|r| r.kind == ResourceKind::Infrastructure) {
        let key = r.template_key.clone().unwrap_or_default();
        r.recovery_hours = Some(capability(&key).0 * 2);
        r.recovery_basis = Basis::Estimated;
    }
    for r in &mut p.roles {
        match r.key.as_str() {
            "coordinator" => r.primary = contact("Koen Wouters", 21, "koen.wouters@prive.test"),
            "it-lead" => r.primary = contact("Ilse Van den Broeck", 6, "ilse@anderdorp.test"),
            _ => {}
        }
    }
    p
}

/// The demo's ethical hack report of Gemeente Voorbeeld, in the findings CSV
/// (docs/findings-csv.md), and Gemeente Anderdorp's vulnerability scan (Greenbone XML).
pub const VOORBEELD_FINDINGS_CSV: &str = include_str!("../../../content/findings/voorbeeld-ethische-hack.csv");
pub const ANDERDORP_SCAN_XML: &str = include_str!("../../../content/findings/anderdorp-scan.xml");

#[cfg(test)]
mod tests {
    use super::*;
    use weerbaar_core::bcp::checks::{self, Severity};
    use weerbaar_core::bcp::{completeness, exchange, recovery};

    fn ids() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("id-{n}")
        }
    }

    fn today() -> Date {
        jiff::civil::date(2026, 11, 27)
    }

    #[test]
    fn voorbeeld_has_a_complete_approved_plan_with_few_realistic_findings() {
        let t = crate::bcp_template().unwrap();
        let p = voorbeeld_plan(t, today(), ids());
        assert_eq!(p.header.status, PlanStatus::Approved);
        assert_eq!(completeness::completeness(&p).overall(), 100, "{:?}", completeness::completeness(&p));
        let f = checks::run(&p, today());
        // One realistic gap is left in on purpose, so the demo shows what a finding looks
        // like: the software suppliers' 24-hour SLA is slower than the death registration's RTO.
        let errors: Vec<_> = f.iter().filter(|x| x.severity == Severity::Error).map(|x| x.code).collect();
        assert_eq!(errors, vec!["supplier_sla_above_rto"]);
        let warnings = f.iter().filter(|x| x.severity == Severity::Warning).count();
        assert!(warnings <= 5, "a few realistic warnings, not {warnings}: {f:#?}");
        assert!(recovery::recovery_order(&p).cycles.is_empty());
    }

    #[test]
    fn anderdorp_is_half_way() {
        let t = crate::bcp_template().unwrap();
        let p = anderdorp_plan(t, ids());
        let c = completeness::completeness(&p).overall();
        assert!((25..=75).contains(&c), "{c}%");
        assert!(checks::run(&p, today()).iter().any(|f| f.severity == Severity::Error));
    }

    #[test]
    fn the_demo_plans_survive_export_and_import() {
        let t = crate::bcp_template().unwrap();
        for p in [voorbeeld_plan(t, today(), ids()), anderdorp_plan(t, ids())] {
            let doc = exchange::export(&p);
            let v = serde_json::to_value(&doc).unwrap();
            let ctx = weerbaar_core::bcp::edit::Ctx::new(today());
            let again = exchange::import(&v, &ctx, "plan".into(), ids()).unwrap_or_else(|e| panic!("{e:#?}"));
            assert_eq!(serde_json::to_value(exchange::export(&again)).unwrap(), v);
        }
    }
}
