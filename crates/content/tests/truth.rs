//! Facts the shipped content must get right (content/resources in nl, en and fr, every
//! string of the BCP template in content/bcp, the self-assessment baseline, the
//! training modules and the phishing templates): who receives a personal data breach
//! notification, who leads when the emergency plan is activated, the words we use, and
//! the size of the catalogue. Each failure names the file (or resource and language) and
//! the offending text.

use serde_json::Value;
use weerbaar_core::catalogue::ContentLang;
use weerbaar_core::catalogue::load::Shipped;
use weerbaar_core::catalogue::upload;

/// One piece of shipped text: where it comes from, its language and the text.
struct Unit {
    place: String,
    lang: &'static str,
    text: String,
}

fn shipped() -> Vec<Shipped> {
    weerbaar_content::resources()
        .unwrap_or_else(|e| panic!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")))
}

/// Every line of every resource text (title, summary, why and body), per language.
fn resource_units() -> Vec<Unit> {
    let mut out = Vec::new();
    for r in shipped() {
        for (lang, t) in &r.texts {
            let lang = lang.as_str();
            for (field, s) in [("title", &t.title), ("summary", &t.summary), ("why", &t.why), ("body", &t.body)] {
                for (i, line) in s.lines().enumerate() {
                    if !line.trim().is_empty() {
                        out.push(Unit {
                            place: format!("resources/{}/{lang}.md {field} line {}", r.slug, i + 1),
                            lang,
                            text: line.to_string(),
                        });
                    }
                }
            }
        }
    }
    out
}

fn walk(v: &Value, path: &str, lang: &'static str, file: &str, out: &mut Vec<Unit>) {
    match v {
        Value::String(s) => out.push(Unit { place: format!("bcp/{file} {path}"), lang, text: s.clone() }),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(x, &format!("{path}[{i}]"), lang, file, out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                let lang = match k.as_str() {
                    "nl" => "nl",
                    "en" => "en",
                    "fr" => "fr",
                    _ => lang,
                };
                walk(x, &format!("{path}.{k}"), lang, file, out);
            }
        }
        _ => {}
    }
}

/// Every string in every file of the BCP template, with its language (from the nearest
/// `nl`/`en`/`fr` key; "-" for keys and other language-neutral values).
fn bcp_units() -> Vec<Unit> {
    let mut out = Vec::new();
    for (file, text) in weerbaar_content::bcp_files() {
        if !file.ends_with(".toml") {
            continue;
        }
        let v: Value = weerbaar_core::files::parse_toml(&file, text).unwrap_or_else(|e| panic!("{e}"));
        walk(&v, "$", "-", &file, &mut out);
    }
    assert!(out.len() > 1000, "only {} BCP strings found", out.len());
    out
}

/// Every line of the self-assessment baseline (names, descriptions, guidance, evidence),
/// the training modules (pages and quizzes) and the phishing templates, per language.
fn awareness_and_baseline_units() -> Vec<Unit> {
    let lang_of = |l: &str| -> Option<&'static str> {
        match l {
            "nl" => Some("nl"),
            "en" => Some("en"),
            "fr" => Some("fr"),
            _ => None,
        }
    };
    let mut out = Vec::new();
    let mut push = |place: String, lang: &'static str, text: &str| {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            out.push(Unit { place: place.clone(), lang, text: line.to_string() });
        }
    };
    let f = weerbaar_content::baseline().unwrap();
    for n in &f.nodes {
        for t in [&n.name, &n.description, &n.guidance, &n.evidence] {
            for (l, text) in &t.0 {
                if let Some(lang) = lang_of(l) {
                    push(format!("{} {}", weerbaar_content::BASELINE_FILE, n.id), lang, text);
                }
            }
        }
    }
    for m in weerbaar_content::training_modules().unwrap_or_else(|e| panic!("{e:?}")) {
        for (l, t) in &m.texts {
            if let Some(lang) = lang_of(l) {
                let place = format!("content/training/{}/{l}.md", m.slug);
                push(place.clone(), lang, &t.title);
                push(place.clone(), lang, &t.summary);
                for p in &t.pages {
                    push(place.clone(), lang, &p.heading);
                    push(place.clone(), lang, &p.body);
                }
            }
        }
        for (l, q) in &m.quiz {
            if let Some(lang) = lang_of(l) {
                let place = format!("content/training/{}/quiz.{l}.toml", m.slug);
                for x in q {
                    push(place.clone(), lang, &x.text);
                    for a in &x.answers {
                        // A wrong answer is false on purpose; its explanation must be right.
                        if a.correct {
                            push(place.clone(), lang, &a.text);
                        }
                        push(place.clone(), lang, &a.explanation);
                    }
                }
            }
        }
    }
    let templates = weerbaar_content::phishing_templates().unwrap_or_else(|e| panic!("{e:?}"));
    for t in templates {
        for (l, x) in &t.texts {
            if let Some(lang) = lang_of(l) {
                let place = format!("content/phishing/{}/{l}.toml", t.slug);
                for text in [&x.subject, &x.body, &x.lesson].into_iter().chain(x.red_flags.iter()) {
                    push(place.clone(), lang, text);
                }
            }
        }
    }
    out
}

fn all_units() -> Vec<Unit> {
    let mut u = resource_units();
    u.extend(bcp_units());
    u.extend(awareness_and_baseline_units());
    u
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Names of the federal data protection authority (GBA/APD), per language. Long names are
/// matched as text, abbreviations as whole words.
const FEDERAL_NAMES: &[&str] = &[
    "gegevensbeschermingsautoriteit",
    "data protection authority",
    "autorité de protection des données",
    "autorite de protection des donnees",
];
const FEDERAL_ABBREVIATIONS: &[&str] = &["gba", "apd"];
/// Verbs of notifying, as the start of a word.
const NOTIFY: &[&str] = &["meld", "notif", "report", "signal", "déclar"];
/// A line that names the right recipient, or says the federal authority is for others,
/// is not telling a Flemish local government to notify the federal authority.
const ALLOWED_WITH: &[&str] = &[
    "vtc",
    "vlaamse toezichtcommissie",
    "flemish supervisory commission",
    "commission de contrôle flamande",
    "{breach_authority}",
    "andere organisaties",
    "other organisations",
    "autres organisations",
];
/// Old, vague ways of naming the recipient that hide who it is.
const VAGUE: &[&str] = &[
    "aan de toezichthouder",
    "bevoegde toezichthouder",
    "eigen toezichthouder",
    "toezichthouder voor gegevensbescherming",
    "the supervisory authority",
    "competent supervisory authority",
    "own supervisory body",
    "data protection supervisory authority",
    "(gegevensbeschermingsautoriteit)",
    "(data protection authority)",
];

/// Whether a line tells the reader to notify a breach to the federal authority (or to a
/// vague "supervisory authority") instead of the VTC.
fn tells_to_notify_federal(line: &str) -> bool {
    let l = line.to_lowercase();
    if ALLOWED_WITH.iter().any(|a| l.contains(a)) {
        return false;
    }
    if VAGUE.iter().any(|v| l.contains(v)) {
        return true;
    }
    let ws = words(&l);
    let names_federal =
        FEDERAL_NAMES.iter().any(|n| l.contains(n)) || ws.iter().any(|w| FEDERAL_ABBREVIATIONS.contains(&w.as_str()));
    let notifies = ws.iter().any(|w| NOTIFY.iter().any(|n| w.starts_with(n)));
    names_federal && notifies
}

#[test]
fn the_breach_matcher_is_precise() {
    for bad in [
        "Een lek van persoonsgegevens meldt u binnen 72 uur aan de gegevensbeschermingsautoriteit.",
        "Zo ja: melding aan de gegevensbeschermingsautoriteit binnen 72 uur.",
        "De DPO (gegevensbeschermingsautoriteit), de informatieveiligheidsconsulent (NIS2)",
        "Meld het datalek aan de GBA.",
        "Notify the data protection authority within 72 hours.",
        "The DPO prepares the notification to the data protection authority.",
        "Meld aan de bevoegde toezichthouder binnen 72 uur.",
        "Police zones notify their own supervisory body.",
        "Notifiez la violation à l'Autorité de protection des données dans les 72 heures.",
        "La notification à l'APD doit partir dans les 72 heures.",
    ] {
        assert!(tells_to_notify_federal(bad), "should be caught: {bad}");
    }
    for good in [
        "Andere organisaties melden aan de GBA.",
        "Other organisations notify the GBA.",
        "Een gemeente meldt aan de Vlaamse Toezichtcommissie (VTC), niet aan de federale Gegevensbeschermingsautoriteit.",
        "| Andere organisaties | de Gegevensbeschermingsautoriteit (GBA) |",
        "Les autres organisations notifient à l'Autorité de protection des données (APD).",
        "De DPO meldt een datalek aan {breach_authority}.",
        "The GBA/APD is the federal data protection authority.",
        "De gegevensbeschermingsautoriteit is federaal.",
    ] {
        assert!(!tells_to_notify_federal(good), "should pass: {good}");
    }
}

#[test]
fn no_text_tells_a_flemish_local_government_to_notify_the_federal_authority() {
    let bad: Vec<String> = all_units()
        .iter()
        .filter(|u| tells_to_notify_federal(&u.text))
        .map(|u| format!("{} [{}]: {}", u.place, u.lang, u.text))
        .collect();
    assert!(bad.is_empty(), "breach notifications must go to the VTC (police zones: the COC):\n{}", bad.join("\n"));
}

/// A sentence that says the safety cell takes over the crisis.
fn safety_cell_takes_over(sentence: &str) -> bool {
    let s = sentence.to_lowercase();
    let negated = words(&s).iter().any(|w| matches!(w.as_str(), "niet" | "geen" | "not" | "ne"));
    let nl = s.find("veiligheidscel").is_some_and(|i| {
        let rest = &s[i..];
        rest.contains("overneemt")
            || rest.contains("overnemen")
            || rest.find("neemt").is_some_and(|j| rest[j..].contains(" over"))
    });
    let en =
        s.contains("safety cell") && (s.contains("takes over") || s.contains("take over") || s.contains("taking over"));
    let fr = s.contains("cellule de sécurité") && (s.contains("reprend") || s.contains("prend le relais"));
    (nl || en || fr) && !negated
}

#[test]
fn the_emergency_plan_is_led_by_the_mayor_not_taken_over_by_the_safety_cell() {
    assert!(safety_cell_takes_over("De veiligheidscel neemt dan de coördinatie over."));
    assert!(safety_cell_takes_over("Als de veiligheidscel het overneemt: overdracht van het logboek."));
    assert!(safety_cell_takes_over("If the safety cell takes over: hand over the log."));
    assert!(!safety_cell_takes_over("De veiligheidscel bereidt de noodplannen voor; zij leidt de crisis niet."));
    assert!(!safety_cell_takes_over("The safety cell prepares the emergency plans; it does not take over."));
    let mut bad = Vec::new();
    for u in all_units() {
        if u.text.to_lowercase().contains("noodplanningsambtenaar") {
            bad.push(format!("{} [{}]: write \"noodplanningscoördinator\": {}", u.place, u.lang, u.text));
        }
        for sentence in u.text.split(['.', ';', '!', '?']) {
            if safety_cell_takes_over(sentence) {
                bad.push(format!(
                    "{} [{}]: the mayor leads the CC Gem; the safety cell does not take over: {}",
                    u.place, u.lang, u.text
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_bcp_names_the_breach_recipient_only_through_the_placeholder() {
    const KNOWN: &[&str] = &["{breach_authority}", "{gemeente}", "{datum}", "{telefoon}"];
    let units = bcp_units();
    let mut bad = Vec::new();
    for u in &units {
        let mut rest = u.text.as_str();
        while let Some(i) = rest.find('{') {
            let end = rest[i..].find('}').map(|j| i + j + 1).unwrap_or(rest.len());
            let ph = &rest[i..end];
            if !KNOWN.contains(&ph) {
                bad.push(format!("{}: unknown placeholder {ph}", u.place));
            }
            rest = &rest[end..];
        }
        let l = u.text.to_lowercase();
        for article in ["de ", "het ", "the ", "la ", "le ", "l'"] {
            if l.contains(&format!("{article}{{breach_authority}}")) {
                bad.push(format!("{}: the placeholder brings its own article: {}", u.place, u.text));
            }
        }
        // The recipient of the organisation's own breach is never written out in the template.
        let own_recipient = ["gegevensbeschermingsautoriteit", "data protection authority", "gba/apd"];
        if own_recipient.iter().any(|n| l.contains(n)) {
            bad.push(format!("{}: use {{breach_authority}}: {}", u.place, u.text));
        }
    }
    // Every breach clock names its recipient through the placeholder, in every language.
    let t = weerbaar_content::bcp_template().unwrap_or_else(|e| panic!("{e}"));
    let mut clocks = 0;
    for p in &t.playbooks {
        for c in &p.clock {
            if c.name.nl.to_lowercase().contains("datalek") {
                clocks += 1;
                for (lang, name) in [("nl", &c.name.nl), ("en", &c.name.en)] {
                    if !name.contains("{breach_authority}") {
                        bad.push(format!("playbooks/{}.toml clock {lang}: {name}", p.scenario));
                    }
                }
                if let Some(fr) = &c.name.fr
                    && !fr.contains("{breach_authority}")
                {
                    bad.push(format!("playbooks/{}.toml clock fr: {fr}", p.scenario));
                }
            }
        }
    }
    assert!(clocks >= 5, "only {clocks} breach clocks in the playbooks");
    let dpo = t.crisis.role.iter().find(|r| r.key == "dpo").expect("a DPO role");
    assert!(dpo.tasks.nl.iter().any(|x| x.contains("{breach_authority}")), "the DPO's tasks name the recipient");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn one_word_for_the_crisis_team_the_centre_and_the_facts() {
    // (language, text that must not appear, what to write instead)
    let rules: &[(&str, &str, &str)] = &[
        ("nl", "crisiscel", "crisisteam"),
        ("en", "crisis cell", "crisis team"),
        ("fr", "équipe de crise", "cellule de crise"),
        ("nl", "een tot twee uur", "één tot twee uur"),
        ("nl", "nationale cyberveiligheidscentrum", "Centrum voor Cybersecurity België (CCB)"),
        ("nl", "nationale cybersecuritycentrum", "Centrum voor Cybersecurity België (CCB)"),
        ("en", "national cybersecurity centre", "Centre for Cybersecurity Belgium (CCB)"),
        ("nl", "binnen 24 uur aangegeven", "zo snel mogelijk aangegeven (begrafenis of crematie pas na 24 uur)"),
        ("en", "declared within 24 hours", "declared as soon as possible (burial or cremation not before 24 hours)"),
        ("nl", "regionale knooppunt", "het Rijksregister en het eID-kaartsysteem (federaal)"),
        (
            "en",
            "national register through the regional data hub",
            "the national register and the eID card system (federal)",
        ),
    ];
    let mut bad = Vec::new();
    for u in all_units() {
        let l = u.text.to_lowercase();
        for (lang, wrong, right) in rules {
            if (u.lang == *lang || u.lang == "-") && l.contains(wrong) {
                bad.push(format!("{} [{}]: \"{wrong}\" → \"{right}\": {}", u.place, u.lang, u.text));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_breach_includes_data_that_can_no_longer_be_reached() {
    let all = shipped();
    let guide = all.iter().find(|r| r.slug == "personal-data-breach-72-hours").expect("the breach guide");
    for (lang, word) in [(ContentLang::Nl, "onbereikbaar"), (ContentLang::En, "unavailable")] {
        let t = &guide.texts[&lang];
        assert!(format!("{} {}", t.summary, t.body).to_lowercase().contains(word), "{lang:?}: {word}");
    }
    let t = weerbaar_content::bcp_template().unwrap();
    let pb = t.playbooks.iter().find(|p| p.scenario == "data-breach").unwrap();
    assert!(pb.summary.nl.contains("onbereikbaar") && pb.summary.en.contains("unavailable"), "data-breach summary");
    let rw = t.playbooks.iter().find(|p| p.scenario == "ransomware").unwrap();
    let clock = rw.clock.iter().find(|c| c.name.nl.contains("datalek")).unwrap();
    assert!(clock.applies.nl.contains("onbereikbaar") && clock.applies.en.contains("unavailable"), "ransomware clock");
}

#[test]
fn the_catalogue_has_45_resources_and_eight_french_texts() {
    let all = shipped();
    assert!(all.len() >= 45, "{} resources", all.len());
    let french = [
        "leaflet-clean-desk-screen-lock",
        "leaflet-passwords-and-mfa",
        "leaflet-recognise-phishing",
        "leaflet-report-an-incident",
        "leaflet-safe-remote-work",
        "leaflet-ten-tips",
        "first-hour-of-ransomware",
        "checklist-crisis-management",
    ];
    for slug in french {
        let r = all.iter().find(|r| r.slug == slug).unwrap_or_else(|| panic!("{slug} missing"));
        let fr = r.texts.get(&ContentLang::Fr).unwrap_or_else(|| panic!("{slug}: no fr.md"));
        assert!(fr.body.len() > 500, "{slug}: the French text is too short");
    }
    // French texts use the same words as the rest: cellule de crise, and the VTC for Flemish
    // local governments wherever a breach notification is mentioned.
    let report = &all.iter().find(|r| r.slug == "leaflet-report-an-incident").unwrap().texts[&ContentLang::Fr];
    assert!(report.body.contains("Commission de contrôle flamande (VTC)"));
    let checklist = &all.iter().find(|r| r.slug == "checklist-crisis-management").unwrap().texts[&ContentLang::Fr];
    assert!(checklist.body.contains("cellule de crise"));
}

#[test]
fn attachments_are_files_the_upload_check_accepts() {
    let files = weerbaar_content::resource_files();
    let mut n = 0;
    for (path, bytes) in &files {
        if let Some((_, name)) = path.split_once("/attachments/") {
            n += 1;
            upload::clean_name(name).unwrap_or_else(|e| panic!("{path}: {e:?}"));
            upload::check(name, bytes).unwrap_or_else(|e| panic!("{path}: {e:?}"));
            if name.ends_with(".csv") {
                let text = std::str::from_utf8(bytes).unwrap();
                let mut lines = text.lines();
                let columns = lines.next().unwrap().split(';').count();
                for (i, l) in lines.enumerate() {
                    assert_eq!(l.split(';').count(), columns, "{path} line {}: {l}", i + 2);
                }
            }
        }
    }
    assert!(n >= 3, "{n} attachments");
}

/// A new plan names the breach recipient by the organisation's kind: the VTC for a
/// municipality, OCMW or intermunicipal company, the COC for a police zone; the
/// placeholder never reaches a plan.
#[test]
fn a_new_plan_names_the_breach_recipient_for_its_kind() {
    use weerbaar_core::org::OrgKind;
    let t = weerbaar_content::bcp_template().unwrap();
    let cases = [
        (OrgKind::Municipality, "nl", "Vlaamse Toezichtcommissie (VTC)"),
        (OrgKind::Ocmw, "en", "Flemish Supervisory Commission (VTC)"),
        (OrgKind::Intermunicipal, "fr", "Commission de contrôle flamande (VTC)"),
        (OrgKind::PoliceZone, "nl", "Controleorgaan op de politionele informatie (COC)"),
        (OrgKind::PoliceZone, "en", "Supervisory Body for Police Information (COC)"),
    ];
    for (kind, lang, authority) in cases {
        let p = t.instantiate(lang, kind, None, || "id".to_string());
        let all = serde_json::to_string(&p).unwrap();
        assert!(!all.contains("{breach_authority}"), "{kind:?} {lang}: the placeholder is filled in");
        let breach = p.playbooks.iter().find(|b| b.scenario == "data-breach").expect("the data-breach playbook");
        let clock = breach.clocks.iter().find(|c| c.hours == 72 && c.name.contains(authority));
        assert!(clock.is_some(), "{kind:?} {lang}: a 72-hour clock to {authority}: {:?}", breach.clocks);
        let ransomware = p.playbooks.iter().find(|b| b.scenario == "ransomware").unwrap();
        assert!(ransomware.clocks.iter().any(|c| c.name.contains(authority)), "{kind:?} {lang}: ransomware clocks");
    }
}
