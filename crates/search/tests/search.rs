//! Search behaviour on a small hand-made catalogue: filters and their counts, private
//! resources, typos, compounds, snippets, paging, and input of any shape.

use std::collections::BTreeMap;

use weerbaar_core::catalogue::synonyms::Synonyms;
use weerbaar_core::catalogue::{Audience, ContentLang, Level, ResourceType, Topic};
use weerbaar_search::{Doc, DocText, Query, SearchIndex};

fn doc(slug: &str, kind: ResourceType, topics: &[Topic], nl: (&str, &str), en: Option<(&str, &str)>) -> Doc {
    let mut texts = BTreeMap::new();
    texts.insert(ContentLang::Nl, DocText { title: nl.0.into(), summary: "Samenvatting.".into(), body: nl.1.into() });
    if let Some(en) = en {
        texts.insert(ContentLang::En, DocText { title: en.0.into(), summary: "Summary.".into(), body: en.1.into() });
    }
    Doc {
        slug: slug.into(),
        kind,
        audiences: vec![Audience::It],
        topics: topics.to_vec(),
        level: Level::Starter,
        owner: None,
        quick_win: None,
        updated: 0,
        texts,
    }
}

fn index() -> SearchIndex {
    let mut private = doc(
        "eigen-back-upplan",
        ResourceType::Guide,
        &[Topic::Backups],
        ("Ons back-upplan", "De back-ups van **Gemeente Anderdorp** staan op de NAS."),
        None,
    );
    private.owner = Some("org-anderdorp".into());
    let docs = vec![
        doc(
            "backups",
            ResourceType::Guide,
            &[Topic::Backups, Topic::Ransomware],
            ("Back-ups die ransomware overleven", "Maak een offline kopie en test het terugzetten van de back-ups."),
            Some(("Backups that survive ransomware", "Keep an offline copy and test restoring the backups.")),
        ),
        doc(
            "wachtwoord-folder",
            ResourceType::Leaflet,
            &[Topic::Passwords, Topic::Mfa],
            ("Wachtwoord en MFA", "Kies een lange wachtwoordzin. Gebruik tweestapsverificatie."),
            Some(("Passwords and MFA", "Choose a long passphrase.")),
        ),
        doc(
            "informatieveiligheidsbeleid",
            ResourceType::Template,
            &[Topic::PolicyRoles],
            ("Sjabloon informatieveiligheidsbeleid", "Het beleid beschrijft de rollen. Wachtwoorden zijn lang."),
            None,
        ),
        private,
    ];
    let syn = Synonyms::parse("s.toml", "groups = [[\"wachtwoord\", \"paswoord\"]]\n[stems.nl]\nups = \"up\"").unwrap();
    SearchIndex::build(docs, &syn).unwrap()
}

fn slugs(r: &weerbaar_search::Results) -> Vec<&str> {
    r.hits.iter().map(|h| h.slug.as_str()).collect()
}

fn q(text: &str) -> Query {
    Query { text: text.into(), ..Default::default() }
}

#[test]
fn an_empty_query_lists_everything_by_title() {
    let ix = index();
    let r = ix.search(&q(""));
    assert_eq!(r.total, 3, "the private resource stays out");
    assert_eq!(slugs(&r), vec!["backups", "informatieveiligheidsbeleid", "wachtwoord-folder"]);
    assert!(r.hits.iter().all(|h| h.snippet.is_empty()));
}

#[test]
fn private_resources_only_for_their_organisation() {
    let ix = index();
    let mine = Query { orgs: vec!["org-anderdorp".into()], ..q("back-up") };
    assert!(slugs(&ix.search(&mine)).contains(&"eigen-back-upplan"));
    let other = Query { orgs: vec!["org-voorbeeld".into()], ..q("back-up") };
    assert!(!slugs(&ix.search(&other)).contains(&"eigen-back-upplan"));
    assert!(!slugs(&ix.search(&q("Anderdorp"))).contains(&"eigen-back-upplan"));
}

#[test]
fn filters_narrow_and_counts_ignore_their_own_filter() {
    let ix = index();
    let r = ix.search(&Query { kind: Some(ResourceType::Leaflet), ..q("") });
    assert_eq!(slugs(&r), vec!["wachtwoord-folder"]);
    let count = |v: &[(ResourceType, usize)], k| v.iter().find(|(x, _)| *x == k).unwrap().1;
    // The type counts still show the other types, so the reader can switch.
    assert_eq!(count(&r.facets.kinds, ResourceType::Guide), 1);
    assert_eq!(count(&r.facets.kinds, ResourceType::Leaflet), 1);
    // Other counts follow the type filter.
    let topic = |t| r.facets.topics.iter().find(|(x, _)| *x == t).unwrap().1;
    assert_eq!(topic(Topic::Passwords), 1);
    assert_eq!(topic(Topic::Backups), 0);
    let r = ix.search(&Query { topic: Some(Topic::Backups), lang: Some(ContentLang::En), ..q("") });
    assert_eq!(slugs(&r), vec!["backups"]);
    assert_eq!(r.hits[0].lang, ContentLang::En);
    let langs: Vec<_> = r.facets.langs.iter().map(|(l, n)| (l.as_str(), *n)).collect();
    assert_eq!(langs, vec![("nl", 1), ("en", 1), ("fr", 0)]);
    let r = ix.search(&Query { level: Some(Level::Advanced), ..q("back-ups") });
    assert_eq!(r.total, 0);
    let r = ix.search(&Query { audience: Some(Audience::It), ..q("back-ups") });
    assert_eq!(r.total, 1);
}

#[test]
fn inflections_typos_synonyms_and_compounds() {
    let ix = index();
    // Inflection: "wachtwoorden" meets "wachtwoord"; the title weighs most.
    assert_eq!(slugs(&ix.search(&q("wachtwoorden")))[0], "wachtwoord-folder");
    // One typo.
    assert_eq!(slugs(&ix.search(&q("wachtwoort"))).first(), Some(&"wachtwoord-folder"));
    assert_eq!(slugs(&ix.search(&q("ransomwre"))), vec!["backups"]);
    // Synonym.
    assert_eq!(slugs(&ix.search(&q("paswoorden"))).first(), Some(&"wachtwoord-folder"));
    // A compound that is not in the text, split in two words that are.
    assert_eq!(slugs(&ix.search(&q("beleidsrollen"))), vec!["informatieveiligheidsbeleid"]);
    // English, by the reader's language.
    let r = ix.search(&Query { ui: ContentLang::En, ..q("restore") });
    assert_eq!(slugs(&r), vec!["backups"]);
    assert_eq!(r.hits[0].lang, ContentLang::En);
}

#[test]
fn snippets_highlight_the_words_found() {
    let ix = index();
    let r = ix.search(&q("terugzetten"));
    let h = &r.hits[0];
    let hits: Vec<&str> = h.snippet.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect();
    assert_eq!(hits, vec!["terugzetten"]);
    let whole: String = h.snippet.iter().map(|p| p.text.as_str()).collect();
    assert!(whole.contains("test het terugzetten"), "{whole}");
    assert!(!whole.contains("**"));
}

#[test]
fn snippets_find_words_deep_in_long_texts_in_any_case_and_form() {
    let filler = "Dit is een lange inleiding over het beleid van de gemeente. ".repeat(12);
    let body = format!("{filler}Thuiswerkers gebruiken altijd de VPN. {filler}Maak elke week een kopie van de map.");
    let docs = vec![doc("lang", ResourceType::Guide, &[Topic::Backups], ("Thuiswerk", &body), None)];
    let ix = SearchIndex::build(docs, &Synonyms::default()).unwrap();
    let found = |text: &str| -> (Vec<String>, String) {
        let r = ix.search(&q(text));
        let h = &r.hits[0];
        let hits = h.snippet.iter().filter(|p| p.hit).map(|p| p.text.clone()).collect();
        (hits, h.snippet.iter().map(|p| p.text.as_str()).collect())
    };
    // Only in capitals, far from the start.
    let (hits, whole) = found("vpn");
    assert_eq!(hits, vec!["VPN"], "{whole}");
    // The stem ("mak") is not in the text; the word that stems to it is.
    let (hits, whole) = found("maken");
    assert_eq!(hits, vec!["Maak"], "{whole}");
    // The snippet starts and ends with whole words.
    for w in [found("vpn").1, found("maken").1] {
        let words: Vec<&str> = w.split_whitespace().collect();
        for edge in [words[0], words[words.len() - 1]] {
            let bare = edge.trim_matches(|c: char| !c.is_alphanumeric());
            assert!(
                body.split_whitespace().any(|b| b.trim_matches(|c: char| !c.is_alphanumeric()) == bare),
                "{edge:?} in {w:?}"
            );
        }
    }
}

#[test]
fn words_that_match_nothing() {
    let ix = index();
    let r = ix.search(&q("xyzzyq"));
    assert_eq!(r.total, 0);
    let r = ix.search(&q("back-ups xyzzyq"));
    assert!(r.partial);
    assert_eq!(slugs(&r), vec!["backups"]);
    // Only stop words: as if nothing was typed.
    assert_eq!(ix.search(&q("de het een")).total, 3);
}

#[test]
fn paging() {
    let ix = index();
    let r = ix.search(&Query { offset: 1, limit: 1, ..q("") });
    assert_eq!(r.total, 3);
    assert_eq!(slugs(&r), vec!["informatieveiligheidsbeleid"]);
    assert!(ix.search(&Query { offset: 10, ..q("") }).hits.is_empty());
}

#[test]
fn any_input_is_safe() {
    let ix = index();
    let inputs = [
        "\"".repeat(5000),
        "🙂🙂 مرحبا שלום".into(),
        "AND OR NOT ( ) [ ] { } ~ ^ : * ?".into(),
        "<script>alert(1)</script>".into(),
        "\0\u{feff}\u{202e}".into(),
        "a".repeat(100_000),
        "back-ups ".repeat(1000),
        "-".into(),
    ];
    for s in inputs {
        let r = ix.search(&q(&s));
        assert!(r.total <= 3);
    }
}

#[test]
fn remembered_results_are_the_same_and_keep_organisations_apart() {
    let ix = index();
    for text in ["wachtwoorden", "back-up", "", "zzz"] {
        let first = ix.search(&q(text));
        assert_eq!(first, ix.search_uncached(&q(text)));
        assert_eq!(first, ix.search(&q(text)), "second (remembered) search for {text:?}");
    }
    // The organisation is part of what is remembered: another one never gets these.
    let mine = Query { orgs: vec!["org-anderdorp".into()], ..q("back-up") };
    let theirs = Query { orgs: vec!["org-voorbeeld".into()], ..q("back-up") };
    assert!(slugs(&ix.search(&mine)).contains(&"eigen-back-upplan"));
    assert!(!slugs(&ix.search(&theirs)).contains(&"eigen-back-upplan"));
    assert!(!slugs(&ix.search(&q("back-up"))).contains(&"eigen-back-upplan"));
}
