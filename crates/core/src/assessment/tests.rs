use std::collections::HashMap;

use proptest::prelude::*;

use super::answer::{self, Answer, Draft, Evidence, Verdict};
use super::rollup::{gaps, key_not_met, roll_up};
use super::*;

const SMALL: &str = include_str!("../../tests/fixtures/ciso-small.yaml");
const SMALL_V2: &str = include_str!("../../tests/fixtures/ciso-small-v2.yaml");
const OSCAL: &str = include_str!("../../tests/fixtures/oscal-small.json");

fn small() -> Framework {
    import(Format::CisoAssistantYaml, SMALL.as_bytes()).unwrap()
}

#[test]
fn ciso_library_is_read() {
    let f = small();
    assert_eq!(f.urn, "urn:weerbaar:risk:framework:test-small");
    assert_eq!(f.version, "1");
    assert_eq!(f.name.get("nl"), "Test framework (small)", "the framework object names itself");
    assert_eq!(f.copyright, "Written by the Weerbaar team for its tests; free to use.");
    let s = f.scale.as_ref().unwrap();
    assert_eq!((s.min, s.max, s.scores.len()), (1, 5, 3));
    assert_eq!(s.scores[0].name.get("nl"), "Initieel");
    assert_eq!(f.levels.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["B", "I"]);
    assert_eq!(f.nodes.len(), 10);
    assert_eq!(f.assessable(), 6);
    let mfa = f.node("PR.AA-1").unwrap();
    assert_eq!(mfa.name.get("nl"), "Meervoudige authenticatie");
    assert_eq!(mfa.description.get("en"), "Remote access uses MFA.");
    assert_eq!(mfa.depth, 3);
    assert_eq!(f.nodes[mfa.parent.unwrap()].id, "PR.AA");
    assert_eq!(f.node("ID.AM-2").unwrap().weight, 2);
    assert_eq!(f.node("ID.AM-1").unwrap().guidance.get("en"), "Keep one list with owner and location.");
    assert_eq!(f.requirements(Some("B")).count(), 4, "three in B and one without groups");
    assert_eq!(f.requirements(None).count(), 6);
    assert_eq!(f.roots().len(), 2);
    assert_eq!(f.sections(Some("B")).iter().map(|i| f.nodes[*i].id.as_str()).collect::<Vec<_>>(), ["ID.AM", "PR.AA"]);
}

#[test]
fn oscal_catalog_is_read() {
    let f = import(Format::OscalCatalog, OSCAL.as_bytes()).unwrap();
    assert_eq!(f.urn, "oscal-catalog:test-catalog-small");
    assert!(f.scale.is_none(), "catalogs are answered with results");
    assert_eq!(f.copyright, "Written by the Weerbaar team for its tests.");
    assert_eq!(f.provider, "Weerbaar tests");
    let ids: Vec<&str> = f.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["AC", "AC-1", "AC-1(1)", "AC-2", "CP", "CP-9"]);
    let ac1 = f.node("AC-1").unwrap();
    assert_eq!(ac1.description.get("en"), "The organisation:\n  a. Writes an access policy;\n  b. Reviews it […].");
    assert_eq!(ac1.guidance.get("en"), "Keep it short.");
    let enh = f.node("AC-1(1)").unwrap();
    assert!(enh.assessable && f.nodes[enh.parent.unwrap()].id == "AC-1" && enh.depth == 3);
    assert_eq!(f.node("AC-2").unwrap().ref_id, "AC-2", "no label: the id in capitals");
    assert_eq!(f.assessable(), 4);
}

#[test]
fn broken_files_are_refused_with_their_place() {
    let cases: Vec<(Format, String, &str, &str)> = vec![
        (Format::CisoAssistantYaml, "name: [unclosed\n".into(), "framework-syntax", "line"),
        (Format::CisoAssistantYaml, "urn: x\nname: y\n".into(), "framework-missing", "objects.framework"),
        (
            Format::CisoAssistantYaml,
            SMALL.replace(
                "parent_urn: urn:weerbaar:risk:req_node:test-small:pr.aa\n      ref_id: PR.AA-2",
                "parent_urn: urn:nowhere\n      ref_id: PR.AA-2",
            ),
            "framework-unknown-parent",
            "requirement_nodes[7]",
        ),
        (
            Format::CisoAssistantYaml,
            SMALL.replace("[B, I]\n      questions", "[B, X]\n      questions"),
            "framework-unknown-level",
            "requirement_nodes[2]",
        ),
        (
            Format::CisoAssistantYaml,
            SMALL.replace("assessable: true", "assessable: false"),
            "framework-no-requirements",
            "requirement_nodes",
        ),
        (
            Format::CisoAssistantYaml,
            SMALL.replace("weight: 2", "weight: 0"),
            "framework-bad-weight",
            "requirement_nodes[3]",
        ),
        (
            Format::CisoAssistantYaml,
            SMALL.replace("max_score: 5", "max_score: 500"),
            "framework-bad-scale",
            "max_score",
        ),
        (Format::CisoAssistantYaml, SMALL[..SMALL.len() / 2].to_string() + "\n  - [", "framework-syntax", "line"),
        (Format::OscalCatalog, OSCAL[..OSCAL.len() / 2].to_string(), "framework-syntax", "line"),
        (Format::OscalCatalog, "{\"catalog\": {\"groups\": []}}".into(), "framework-syntax", "line 1"),
        (Format::OscalCatalog, "[".repeat(200), "framework-syntax", "line 1"),
        (Format::CisoAssistantYaml, "".into(), "framework-empty", ""),
        (Format::CisoAssistantYaml, "\u{feff}  \n".into(), "framework-empty", ""),
    ];
    for (format, text, code, place) in cases {
        let p = import(format, text.as_bytes()).expect_err(code);
        assert_eq!(p[0].code, code, "{p:?}");
        assert!(p[0].place.starts_with(place), "{p:?}");
    }
    let p = import(Format::CisoAssistantYaml, &[0xff, 0xfe, 0x00]).unwrap_err();
    assert_eq!(p[0].code, "framework-not-utf8");
    let big = vec![b' '; FILE_MAX_BYTES + 1];
    assert_eq!(import(Format::CisoAssistantYaml, &big).unwrap_err()[0].code, "framework-too-large");
}

#[test]
fn yaml_alias_bombs_are_refused() {
    let bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n\
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n\
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n\
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n\
                objects: {framework: {urn: x, requirement_nodes: [*h]}}\n";
    assert!(import(Format::CisoAssistantYaml, bomb.as_bytes()).is_err());
}

#[test]
fn a_large_generated_library_is_read() {
    let text = generate::ciso_yaml(6, 25, 8, 1);
    assert!(text.len() > 3_000_000, "{}", text.len());
    let f = import(Format::CisoAssistantYaml, text.as_bytes()).unwrap();
    assert_eq!(f.assessable(), 1200);
    assert_eq!(f.nodes.len(), 6 + 150 + 1200);
    assert_eq!(f.requirements(Some("B")).count(), 6 * 25 * 3);
}

#[test]
fn a_newer_version_keeps_answers_whose_id_stayed() {
    let old = small();
    let new = import(Format::CisoAssistantYaml, SMALL_V2.as_bytes()).unwrap();
    assert!(upgrade::same_framework(&old, &new));
    assert_eq!(new.version, "2");
    let answered = vec!["ID.AM-1".to_string(), "ID.AM-2".into(), "PR.AA-1".into()];
    let u = upgrade::plan(&old, &new, &answered);
    assert_eq!(u.kept, 2);
    assert_eq!(u.orphaned, ["ID.AM-2"]);
    assert_eq!(u.added, ["PR.AA-5"]);
    assert_eq!(u.removed, ["ID.AM-2"]);
    let other = import(Format::OscalCatalog, OSCAL.as_bytes()).unwrap();
    assert!(!upgrade::same_framework(&old, &other));
}

fn scored(d: u8, i: u8) -> Answer {
    Answer { documentation: Some(d), implementation: Some(i), ..Default::default() }
}

#[test]
fn roll_up_weighted_means_without_not_applicable() {
    let f = small();
    let mut a = HashMap::new();
    a.insert("ID.AM-1".to_string(), scored(1, 3)); // 2
    a.insert("ID.AM-2".to_string(), scored(4, 4)); // 4, weight 2
    a.insert("PR.AA-1".to_string(), scored(5, 5));
    a.insert(
        "PR.AA-2".to_string(),
        Answer { verdict: Some(Verdict::NotApplicable), reason: "No admins".into(), ..Default::default() },
    );
    let r = roll_up(&f, None, &a);
    let id = f.index_of("ID").unwrap();
    assert_eq!(r.of(id).value, Some((2.0 + 4.0 * 2.0) / 3.0));
    assert_eq!(r.of(id).documentation, Some((1.0 + 8.0) / 3.0));
    let pr = f.index_of("PR").unwrap();
    assert_eq!(r.of(pr).value, Some(5.0), "not applicable left out");
    assert_eq!((r.of(pr).total, r.of(pr).answered, r.of(pr).not_applicable), (4, 2, 1));
    assert_eq!(r.total.value, Some((2.0 + 8.0 + 5.0) / 4.0));
    assert_eq!(r.total.gaps, 1, "ID.AM-1 documentation 1 under target 3");
    // Level B leaves ID.AM-2 out.
    let b = roll_up(&f, Some("B"), &a);
    assert_eq!(b.of(id).value, Some(2.0));
    assert_eq!(b.of(f.index_of("ID.AM-2").unwrap()).total, 0);
    assert_eq!(roll_up(&f, None, &HashMap::new()).total.value, None);
}

#[test]
fn gaps_and_key_measures() {
    let mut f = small();
    let i = f.index_of("PR.AA-4").unwrap();
    f.nodes[i].key = true;
    let mut a = HashMap::new();
    a.insert("ID.AM-1".to_string(), scored(2, 2));
    a.insert("PR.AA-1".to_string(), scored(1, 4));
    a.insert("PR.AA-2".to_string(), Answer { target: Some(2), ..scored(2, 2) });
    a.insert("PR.AA-4".to_string(), scored(2, 3));
    let g = gaps(&f, None, &a);
    assert_eq!(g.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(), ["PR.AA-1", "PR.AA-4", "ID.AM-1"]);
    assert_eq!(g[0].shortfall, 2);
    assert!(g[1].key);
    assert_eq!(key_not_met(&f, None, &a), vec![i]);
    a.insert("PR.AA-4".to_string(), scored(3, 3));
    assert!(key_not_met(&f, None, &a).is_empty());
    a.remove("PR.AA-4");
    assert_eq!(key_not_met(&f, None, &a), vec![i], "unanswered key measures are not met");
}

fn no_evidence(_: &Evidence) -> bool {
    false
}

#[test]
fn answer_rules_table() {
    let scale = Scale::plain();
    let with = answer::Ctx { scale: Some(&scale), evidence_exists: &|e| *e == Evidence::Plan };
    let without = answer::Ctx { scale: None, evidence_exists: &no_evidence };
    let d = |doc: &str, imp: &str, verdict: &str, reason: &str| Draft {
        documentation: doc.into(),
        implementation: imp.into(),
        verdict: verdict.into(),
        reason: reason.into(),
        ..Default::default()
    };
    type Row<'a> = (&'a answer::Ctx<'a>, Draft, Result<(), (&'a str, &'a str)>);
    let rows: Vec<Row<'_>> = vec![
        (&with, d("3", "4", "", ""), Ok(())),
        (&with, d("", "", "", ""), Ok(())),
        (&with, d("0", "", "", ""), Err(("documentation", "error-score-range"))),
        (&with, d("", "6", "", ""), Err(("implementation", "error-score-range"))),
        (&with, d("x", "", "", ""), Err(("documentation", "error-score-range"))),
        (&with, d("", "", "compliant", ""), Err(("verdict", "error-choose-option"))),
        (&with, d("", "", "not_applicable", ""), Err(("reason", "error-not-applicable-reason"))),
        (&with, d("2", "", "not_applicable", "No servers"), Err(("verdict", "error-not-applicable-scores"))),
        (&with, d("", "", "not_applicable", "No servers"), Ok(())),
        (&without, d("", "", "partly", ""), Ok(())),
        (&without, d("3", "", "", ""), Err(("documentation", "error-no-scores"))),
        (&without, d("", "", "maybe", ""), Err(("verdict", "error-choose-option"))),
        (&with, Draft { target: "9".into(), ..Default::default() }, Err(("target", "error-score-range"))),
        (&with, Draft { evidence: vec!["plan".into()], ..Default::default() }, Ok(())),
        (
            &with,
            Draft { evidence: vec!["finding:zz".into()], ..Default::default() },
            Err(("evidence", "error-choose-option")),
        ),
        (
            &with,
            Draft { evidence: vec!["nonsense".into()], ..Default::default() },
            Err(("evidence", "error-choose-option")),
        ),
        (&with, Draft { comment: "x".repeat(answer::COMMENT_MAX + 1), ..Default::default() }, Err(("comment", ""))),
    ];
    for (ctx, draft, want) in rows {
        let got = answer::check(&draft, ctx);
        match (want, got) {
            (Ok(()), Ok(a)) => assert_eq!(answer::check(&Draft::of(&a), ctx), Ok(a), "round trip"),
            (Err((field, code)), Err(e)) => {
                let f = e.for_field(field).unwrap_or_else(|| panic!("{draft:?}: {e:?}"));
                assert!(code.is_empty() || f.code == code, "{draft:?}: {e:?}");
            }
            (w, g) => panic!("{draft:?}: wanted {w:?}, got {g:?}"),
        }
    }
}

#[test]
fn evidence_codes_round_trip() {
    for e in [Evidence::Plan, Evidence::Resource("mfa-for-all-staff".into()), Evidence::Finding("f1".into())] {
        assert_eq!(Evidence::parse(&e.code()), Some(e));
    }
    assert_eq!(Evidence::parse("resource:"), None);
}

fn answer_strategy() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        (proptest::option::of(1u8..=5), proptest::option::of(1u8..=5)).prop_map(|(d, i)| Some(Answer {
            documentation: d,
            implementation: i,
            ..Default::default()
        })),
        Just(Some(Answer { verdict: Some(Verdict::NotApplicable), reason: "n/a".into(), ..Default::default() })),
    ]
}

proptest! {
    // Every node's value lies between the lowest and highest requirement value below
    // it; not-applicable answers change nothing but the counts; weights only move the
    // mean between those bounds.
    #[test]
    fn roll_up_bounds(answers in proptest::collection::vec(answer_strategy(), 6), weights in proptest::collection::vec(1u32..10, 6)) {
        let mut f = small();
        let ids: Vec<String> = f.requirements(None).map(|(_, n)| n.id.clone()).collect();
        for (k, w) in ids.iter().zip(&weights) {
            let i = f.index_of(k).unwrap();
            f.nodes[i].weight = *w;
        }
        let map: HashMap<String, Answer> = ids.iter().cloned().zip(answers.iter().cloned()).filter_map(|(k, a)| a.map(|a| (k, a))).collect();
        let r = roll_up(&f, None, &map);
        for (i, _) in f.nodes.iter().enumerate() {
            let vals: Vec<f64> = f.requirements(None)
                .filter(|(j, _)| f.is_under(*j, i))
                .filter_map(|(_, n)| map.get(&n.id).and_then(Answer::value))
                .collect();
            let s = r.of(i);
            match s.value {
                None => prop_assert!(vals.is_empty()),
                Some(v) => {
                    let lo = vals.iter().copied().fold(f64::INFINITY, f64::min);
                    let hi = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    prop_assert!(lo - 1e-9 <= v && v <= hi + 1e-9);
                }
            }
            prop_assert!(s.answered <= s.total && s.not_applicable <= s.answered);
        }
        let without_na: HashMap<String, Answer> = map.iter().filter(|(_, a)| !a.not_applicable()).map(|(k, a)| (k.clone(), a.clone())).collect();
        prop_assert_eq!(roll_up(&f, None, &without_na).total.value, r.total.value);
    }
}
