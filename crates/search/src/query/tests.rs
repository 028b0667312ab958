use super::*;

#[test]
fn words_are_bounded_and_cleaned() {
    assert_eq!(words("  back-ups, terugzetten!  "), vec!["back-ups", "terugzetten"]);
    assert!(words("!!! ### ...").is_empty());
    assert_eq!(words(&"woord ".repeat(100)).len(), QUERY_MAX_WORDS);
    assert!(words(&"x".repeat(10_000))[0].len() <= QUERY_MAX_CHARS);
}

/// The same tree as tantivy's nested Boolean queries (what `matching` replaced).
fn boolean(n: &Node) -> Box<dyn tantivy::query::Query> {
    use tantivy::query::{BooleanQuery, Occur};
    match n {
        Node::Leaf { term, fuzzy, boost } => {
            Box::new(tantivy::query::BoostQuery::new(Node::leaf_query(term, *fuzzy), *boost))
        }
        Node::All(c) => Box::new(BooleanQuery::new(c.iter().map(|n| (Occur::Must, boolean(n))).collect())),
        Node::Any(c) => Box::new(BooleanQuery::new(c.iter().map(|n| (Occur::Should, boolean(n))).collect())),
    }
}

#[test]
fn matching_finds_and_scores_what_tantivys_boolean_queries_do() {
    use tantivy::collector::TopDocs;
    let docs: Vec<crate::Doc> =
        weerbaar_content::resources().unwrap().iter().map(|s| crate::Doc::from_shipped(s, 0)).collect();
    let ix = SearchIndex::build(docs, &weerbaar_content::synonyms().unwrap()).unwrap();
    let mut texts: Vec<(ContentLang, String)> = weerbaar_content::relevance_set()
        .unwrap()
        .into_iter()
        .map(|c| (ContentLang::parse(&c.lang).unwrap(), c.query))
        .collect();
    // Typos, compounds, synonyms, words in no resource, and partial matches too.
    for t in ["wachtwoordn back-ups", "veiligheidsbeleid", "ransomware xyzzyq", "back-up restore leverancier"] {
        texts.push((ContentLang::Nl, t.to_string()));
    }
    let mut compared = 0;
    for (ui, text) in texts {
        let built = ix.plan(&Query { text: text.clone(), ui, ..Default::default() });
        if built.words.is_empty() {
            continue;
        }
        for every_word in [true, false] {
            let ours = find(ix.searcher(), &built.words, every_word).unwrap();
            let words = built.words.iter().map(clone_node).collect();
            let tree = if every_word { Node::All(words) } else { Node::Any(words) };
            let theirs =
                ix.searcher().search(boolean(&tree).as_ref(), &TopDocs::with_limit(100_000).order_by_score()).unwrap();
            let mut theirs: Vec<(u32, f32)> = theirs.into_iter().map(|(s, a)| (a.doc_id, s)).collect();
            theirs.sort_by_key(|(d, _)| *d);
            let ours: Vec<(u32, f32)> = ours.into_iter().flatten().collect();
            assert_eq!(ours.len(), theirs.len(), "{text}");
            for ((d1, s1), (d2, s2)) in ours.iter().zip(&theirs) {
                assert_eq!(d1, d2, "{text}");
                assert!((s1 - s2).abs() <= 1e-4 * s2.abs().max(1.0), "{text}: {s1} against {s2}");
            }
            compared += theirs.len();
        }
    }
    assert!(compared > 100, "only {compared} matches compared");
}

fn clone_node(n: &Node) -> Node {
    match n {
        Node::Leaf { term, fuzzy, boost } => Node::Leaf { term: term.clone(), fuzzy: *fuzzy, boost: *boost },
        Node::All(c) => Node::All(c.iter().map(clone_node).collect()),
        Node::Any(c) => Node::Any(c.iter().map(clone_node).collect()),
    }
}

#[test]
fn snippets_highlight_exactly_the_words_that_stem_to_a_term() {
    let docs: Vec<crate::Doc> =
        weerbaar_content::resources().unwrap().iter().map(|s| crate::Doc::from_shipped(s, 0)).collect();
    let ix = SearchIndex::build(docs, &weerbaar_content::synonyms().unwrap()).unwrap();
    let mut checked = 0;
    for case in weerbaar_content::relevance_set().unwrap() {
        let ui = ContentLang::parse(&case.lang).unwrap();
        let built = ix.plan(&Query { text: case.query.clone(), ui, ..Default::default() });
        for (lang, terms) in &built.terms {
            let a = &ix.analyzers[lang];
            for stored in &ix.docs {
                let Some(plain) = stored.plain.get(lang) else { continue };
                let pieces = snippet(&ix, *lang, terms, &TermFinder::new(terms), plain);
                let whole: String = pieces.iter().map(|p| p.text.as_str()).collect();
                assert!(whole.len() <= SNIPPET_CHARS && plain.contains(&whole), "{whole:?}");
                // Every word of the snippet is highlighted exactly when it stems to a term.
                for p in &pieces {
                    for (from, to) in tokens(&p.text) {
                        let word = &p.text[from..to];
                        let stems = analyse(a, word);
                        assert_eq!(
                            p.hit,
                            stems.iter().any(|t| terms.contains(t)),
                            "{word:?} in {whole:?} for {:?}",
                            case.query
                        );
                    }
                    if p.hit {
                        assert_eq!(tokens(&p.text).len(), 1, "one word per highlight: {:?}", p.text);
                    }
                }
                checked += usize::from(pieces.iter().any(|p| p.hit));
            }
        }
    }
    assert!(checked > 100, "only {checked} snippets with a highlight");
}
