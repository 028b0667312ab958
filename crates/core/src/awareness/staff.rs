//! The staff list: people who follow training and receive phishing exercises. They are
//! not accounts. One rule checks a person however they arrive (form, API, CSV import,
//! CLI); `import` reads a spreadsheet export and `plan` says what a (re-)import changes.

use std::collections::{BTreeMap, BTreeSet};

use crate::account::normalise_email;
use crate::validation::{FieldError, FieldErrors, required_line};

pub const NAME_MAX: usize = 100;
pub const DEPARTMENT_MAX: usize = 80;
/// Languages a person can read their training and mail in.
pub const LANGS: [&str; 3] = ["nl", "en", "fr"];
/// An import file: at most this many bytes and data lines.
pub const IMPORT_MAX_BYTES: usize = 5 * 1024 * 1024;
pub const IMPORT_MAX_LINES: usize = 20_000;

/// A checked person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub email: String,
    pub name: String,
    pub department: String,
    pub lang: String,
    pub manager_email: Option<String>,
}

/// What someone typed or a file held, unchecked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub email: String,
    pub name: String,
    pub department: String,
    pub lang: String,
    pub manager_email: String,
}

/// The one check for a person. An empty language means Dutch.
pub fn check(d: &Draft) -> Result<Person, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check(required_line("name", &d.name, NAME_MAX));
    let email = e.check(normalise_email("email", &d.email));
    let department = e.check(required_line("department", &d.department, DEPARTMENT_MAX));
    let lang = match d.lang.trim().to_lowercase().as_str() {
        "" => Some("nl".to_string()),
        l => match LANGS.iter().find(|x| **x == l || l.starts_with(&format!("{x}-"))) {
            Some(x) => Some(x.to_string()),
            None => {
                e.push(FieldError::new("lang", "error-choose-option"));
                None
            }
        },
    };
    let manager_email = match d.manager_email.trim() {
        "" => Some(None),
        m => e.check(normalise_email("manager_email", m)).map(Some),
    };
    e.into_result()?;
    match (name, email, department, lang, manager_email) {
        (Some(name), Some(email), Some(department), Some(lang), Some(manager_email)) => {
            Ok(Person { email, name, department, lang, manager_email })
        }
        _ => Err(FieldError::new("name", "error-required").into()),
    }
}

/// A problem on one line of an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    /// 1-based, the header is line 1.
    pub line: usize,
    pub error: FieldError,
}

/// Why a file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    #[error("the file is larger than allowed")]
    TooLarge,
    #[error("the file has more lines than allowed")]
    TooManyLines,
    #[error("the file is not UTF-8 text")]
    NotText,
    #[error("the first line does not name the columns")]
    NoHeader,
    #[error("a required column is missing: {0}")]
    MissingColumn(&'static str),
}

/// The columns we read, with the names a Flemish, English or French export uses.
const COLUMNS: [(&str, &[&str]); 5] = [
    ("name", &["name", "naam", "nom", "full name", "volledige naam"]),
    ("email", &["email", "e-mail", "mail", "e-mailadres", "emailadres", "courriel", "adresse e-mail"]),
    ("department", &["department", "dienst", "afdeling", "service", "département", "departement"]),
    ("lang", &["language", "lang", "taal", "langue"]),
    ("manager_email", &["manager", "manager e-mail", "manager_email", "leidinggevende", "responsable"]),
];

/// The file's lines that passed the check, and the problems of the others.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub people: Vec<(usize, Person)>,
    pub problems: Vec<LineProblem>,
}

/// Reads a CSV export (comma or semicolon, optional BOM). Every line is checked with
/// [`check`]; an address that appears twice is a problem on its second line.
pub fn import(bytes: &[u8]) -> Result<Parsed, Unreadable> {
    if bytes.len() > IMPORT_MAX_BYTES {
        return Err(Unreadable::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Unreadable::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut r =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(true).from_reader(text.as_bytes());
    let headers = r.headers().map_err(|_| Unreadable::NoHeader)?.clone();
    let mut index: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim().to_lowercase();
        if let Some((field, _)) = COLUMNS.iter().find(|(_, names)| names.contains(&h.as_str())) {
            index.entry(field).or_insert(i);
        }
    }
    for required in ["name", "email", "department"] {
        if !index.contains_key(required) {
            return Err(if index.is_empty() { Unreadable::NoHeader } else { Unreadable::MissingColumn(required) });
        }
    }
    let mut out = Parsed::default();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for (n, rec) in r.records().enumerate() {
        if n >= IMPORT_MAX_LINES {
            return Err(Unreadable::TooManyLines);
        }
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(n + 2);
                out.problems.push(LineProblem { line, error: FieldError::new("line", "staff-import-broken-line") });
                continue;
            }
        };
        let line = rec.position().map(|p| p.line() as usize).unwrap_or(n + 2);
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let get = |f: &str| index.get(f).and_then(|i| rec.get(*i)).unwrap_or("").to_string();
        let d = Draft {
            email: get("email"),
            name: get("name"),
            department: get("department"),
            lang: get("lang"),
            manager_email: get("manager_email"),
        };
        match check(&d) {
            Ok(p) if !seen.insert(p.email.clone()) => {
                out.problems.push(LineProblem { line, error: FieldError::new("email", "staff-import-duplicate") })
            }
            Ok(p) => out.people.push((line, p)),
            Err(errs) => out.problems.extend(errs.iter().map(|e| LineProblem { line, error: e.clone() })),
        }
    }
    Ok(out)
}

/// A person already on the list, as far as a re-import needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub person: Person,
    pub left: bool,
}

/// What an import changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub create: Vec<Person>,
    /// Known people whose details changed, or who come back after leaving.
    pub update: Vec<Person>,
    /// Addresses of people on the list but not in the file (only when asked).
    pub leave: Vec<String>,
    pub unchanged: usize,
    /// Leavers were asked for but not marked: a line with a problem may name one of them.
    pub leavers_skipped: bool,
}

/// Compares a file with the list: new addresses are created, known ones updated, and with
/// `mark_leavers` everyone still on the list but missing from the file is marked as left.
pub fn plan(known: &BTreeMap<String, Known>, parsed: &Parsed, mark_leavers: bool) -> Plan {
    let mut p = Plan::default();
    for (_, person) in &parsed.people {
        match known.get(&person.email) {
            None => p.create.push(person.clone()),
            Some(k) if k.left || k.person != *person => p.update.push(person.clone()),
            Some(_) => p.unchanged += 1,
        }
    }
    p.leavers_skipped = mark_leavers && !parsed.problems.is_empty();
    if mark_leavers && parsed.problems.is_empty() {
        let in_file: BTreeSet<&str> = parsed.people.iter().map(|(_, p)| p.email.as_str()).collect();
        p.leave = known
            .iter()
            .filter(|(email, k)| !k.left && !in_file.contains(email.as_str()))
            .map(|(e, _)| e.clone())
            .collect();
    }
    p
}

/// The first name a mail greets someone with: the first word of the name.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(email: &str, name: &str, dept: &str) -> Draft {
        Draft { email: email.into(), name: name.into(), department: dept.into(), ..Default::default() }
    }

    #[test]
    fn check_table() {
        let cases: &[(Draft, Result<(), &str>)] = &[
            (d("An@Gemeente.be ", "An Peeters", "Burgerzaken"), Ok(())),
            (d("", "An", "Burgerzaken"), Err("email")),
            (d("an@x", "An", "Burgerzaken"), Err("email")),
            (d("an@gemeente.be", "", "Burgerzaken"), Err("name")),
            (d("an@gemeente.be", "An", " "), Err("department")),
            (Draft { lang: "de".into(), ..d("an@gemeente.be", "An", "IT") }, Err("lang")),
            (Draft { manager_email: "boss".into(), ..d("an@gemeente.be", "An", "IT") }, Err("manager_email")),
            (d("an@gemeente.be", &"x".repeat(NAME_MAX + 1), "IT"), Err("name")),
        ];
        for (draft, want) in cases {
            match (check(draft), want) {
                (Ok(p), Ok(())) => assert_eq!(p.email, draft.email.trim().to_lowercase()),
                (Err(e), Err(field)) => assert!(e.for_field(field).is_some(), "{draft:?}: {e:?}"),
                (got, want) => panic!("{draft:?}: got {got:?}, want {want:?}"),
            }
        }
        let p = check(&Draft { lang: "EN-gb".into(), ..d("a@b.be", "A", "IT") }).unwrap();
        assert_eq!(p.lang, "en");
        assert_eq!(check(&d("a@b.be", "A", "IT")).unwrap().lang, "nl");
    }

    #[test]
    fn import_reads_semicolons_bom_and_reports_lines() {
        let file = "\u{feff}Naam;E-mail;Dienst;Taal\nAn Peeters;an@gemeente.be;Burgerzaken;nl\n\
                    Bram;bram@;IT;nl\n;;;\nCeline;AN@gemeente.be;IT;fr\nDirk;dirk@gemeente.be;IT;en\n";
        let p = import(file.as_bytes()).unwrap();
        assert_eq!(p.people.len(), 2);
        assert_eq!(p.people[1].1.lang, "en");
        assert_eq!(
            p.problems,
            vec![
                LineProblem { line: 3, error: FieldError::new("email", "error-email-invalid") },
                LineProblem { line: 5, error: FieldError::new("email", "staff-import-duplicate") },
            ]
        );
    }

    #[test]
    fn import_refuses_unreadable_files() {
        assert_eq!(import(b"a,b\n1,2\n"), Err(Unreadable::NoHeader));
        assert_eq!(import(b"name,email\nA,a@b.be\n"), Err(Unreadable::MissingColumn("department")));
        assert_eq!(import(&[0xff, 0xfe, 0x00]), Err(Unreadable::NotText));
        assert_eq!(import(&vec![b'a'; IMPORT_MAX_BYTES + 1]), Err(Unreadable::TooLarge));
        let mut big = String::from("name,email,department\n");
        for i in 0..=IMPORT_MAX_LINES {
            big.push_str(&format!("P,p{i}@x.be,IT\n"));
        }
        assert_eq!(import(big.as_bytes()), Err(Unreadable::TooManyLines));
    }

    #[test]
    fn plan_creates_updates_and_marks_leavers() {
        let person = |e: &str, dept: &str| check(&d(e, "P", dept)).unwrap();
        let known: BTreeMap<String, Known> =
            [("a@x.be", "IT", false), ("b@x.be", "IT", false), ("c@x.be", "IT", true), ("gone@x.be", "IT", false)]
                .iter()
                .map(|(e, dept, left)| (e.to_string(), Known { person: person(e, dept), left: *left }))
                .collect();
        let parsed = Parsed {
            people: vec![
                (2, person("a@x.be", "IT")),
                (3, person("b@x.be", "Burgerzaken")),
                (4, person("c@x.be", "IT")),
                (5, person("new@x.be", "IT")),
            ],
            problems: vec![],
        };
        let p = plan(&known, &parsed, true);
        assert_eq!(p.create.len(), 1);
        assert_eq!(p.update.iter().map(|x| x.email.as_str()).collect::<Vec<_>>(), ["b@x.be", "c@x.be"]);
        assert_eq!(p.leave, ["gone@x.be"]);
        assert_eq!(p.unchanged, 1);
        assert!(plan(&known, &parsed, false).leave.is_empty());
        let broken = Parsed { problems: vec![LineProblem { line: 6, error: FieldError::new("email", "x") }], ..parsed };
        let p = plan(&known, &broken, true);
        assert!(p.leave.is_empty() && p.leavers_skipped);
    }

    #[test]
    fn first_name_is_the_first_word() {
        assert_eq!(first_name("An Peeters"), "An");
        assert_eq!(first_name(""), "");
    }
}
