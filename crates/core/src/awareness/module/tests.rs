use super::*;

const META: &str = "audience = \"staff\"\nminutes = 6\npass_mark = 80\nversion = \"1.0\"\nlicence = \"CC BY 4.0\"\n";
const NL: &str = "+++\ntitle = \"Wachtwoorden\"\nsummary = \"Een sterke wachtzin.\"\n+++\n\n## Eén\n\nTekst een.\n\n## Twee\n\nTekst twee.\n";
const EN: &str = "+++\ntitle = \"Passwords\"\nsummary = \"A strong passphrase.\"\n+++\n\n## One\n\nText one.\n\n## Two\n\nText two.\n";

fn quiz(second_right: bool) -> String {
    let mut s = String::new();
    for (id, kind) in [("q1", "single"), ("q2", "multiple"), ("q3", "single")] {
        s.push_str(&format!("[[question]]\nid = \"{id}\"\nkind = \"{kind}\"\ntext = \"Vraag {id}\"\n\n"));
        let rights: &[bool] = match kind {
            "single" => &[true, false, false],
            _ => &[true, second_right, false],
        };
        for (i, r) in rights.iter().enumerate() {
            s.push_str(&format!(
                "[[question.answer]]\ntext = \"Antwoord {i}\"\ncorrect = {r}\nexplanation = \"Waarom {i}.\"\n\n"
            ));
        }
    }
    s
}

fn files<'a>(q_nl: &'a str, q_en: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("pw/module.toml", META),
        ("pw/nl.md", NL),
        ("pw/en.md", EN),
        ("pw/quiz.nl.toml", q_nl),
        ("pw/quiz.en.toml", q_en),
    ]
}

#[test]
fn a_module_loads_with_pages_and_quiz() {
    let q = quiz(true);
    let m = load(&files(&q, &q)).unwrap();
    assert_eq!(m[0].texts["nl"].pages.len(), 2);
    assert_eq!(m[0].texts["en"].pages[1], Page { heading: "Two".into(), body: "Text two.".into() });
    assert_eq!(m[0].quiz["nl"].len(), 3);
}

#[test]
fn mistakes_name_the_file() {
    let good = quiz(true);
    let other = quiz(false);
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (files(&good, &other), "pw/quiz.en.toml: not the same questions"),
        (files(&other, &other), "a single-choice question has one right answer, a multiple-choice one at least two"),
        (
            vec![("pw/module.toml", META), ("pw/nl.md", NL), ("pw/quiz.nl.toml", &good), ("pw/quiz.en.toml", &good)],
            "pw/en.md: missing",
        ),
        (vec![("pw/module.toml", "audience = \"everyone\"\n"), ("pw/nl.md", NL)], "pw/module.toml:1"),
        (
            vec![
                ("pw/module.toml", META),
                ("pw/nl.md", "no front matter"),
                ("pw/en.md", EN),
                ("pw/quiz.nl.toml", &good),
                ("pw/quiz.en.toml", &good),
            ],
            "pw/nl.md:1",
        ),
        (
            vec![
                ("pw/module.toml", META),
                ("pw/nl.md", "+++\ntitle = \"x\"\nsummary = \"y\"\n+++\nLos.\n## A\n"),
                ("pw/en.md", EN),
                ("pw/quiz.nl.toml", &good),
                ("pw/quiz.en.toml", &good),
            ],
            "before the first ## page heading",
        ),
    ];
    for (f, want) in cases {
        let e = load(&f).unwrap_err();
        assert!(e.iter().any(|x| x.to_string().contains(want)), "{want}: {e:?}");
    }
}

#[test]
fn scoring_wants_exactly_the_right_answers() {
    let q = quiz(true);
    let m = load(&files(&q, &q)).unwrap();
    let qs = &m[0].quiz["nl"];
    let set = |v: &[usize]| v.iter().copied().collect::<BTreeSet<usize>>();
    let mut given: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    given.insert("q1".into(), set(&[0]));
    given.insert("q2".into(), set(&[0, 1]));
    given.insert("q3".into(), set(&[0]));
    assert_eq!(score(qs, &given, 80), Score { right: 3, total: 3, percent: 100, passed: true });
    given.insert("q2".into(), set(&[0]));
    assert_eq!(
        score(qs, &given, 80),
        Score { right: 2, total: 3, percent: 66, passed: false },
        "half of a multiple choice is wrong"
    );
    given.insert("q2".into(), set(&[0, 1, 2]));
    assert_eq!(score(qs, &given, 60).right, 2, "one too many is wrong");
    given.remove("q3");
    assert_eq!(score(qs, &given, 30), Score { right: 1, total: 3, percent: 33, passed: true });
    assert!(!score(&[], &BTreeMap::new(), 0).passed);
}
