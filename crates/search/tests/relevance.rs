//! The relevance set (`content/search/relevance.toml`) against the shipped content:
//! every expected resource must be among the first three results.

use weerbaar_core::catalogue::ContentLang;
use weerbaar_search::{Doc, Query, SearchIndex};

fn index() -> SearchIndex {
    let docs: Vec<Doc> = weerbaar_content::resources().unwrap().iter().map(|s| Doc::from_shipped(s, 0)).collect();
    SearchIndex::build(docs, &weerbaar_content::synonyms().unwrap()).unwrap()
}

#[test]
fn the_relevance_set_finds_what_it_expects() {
    let cases = weerbaar_content::relevance_set().unwrap_or_else(|e| panic!("{e}"));
    let nl = cases.iter().filter(|c| c.lang == "nl").count();
    let en = cases.iter().filter(|c| c.lang == "en").count();
    assert!(nl >= 20 && en >= 10, "{nl} Dutch and {en} English queries");
    let ix = index();
    let mut misses = Vec::new();
    for c in &cases {
        let lang = ContentLang::parse(&c.lang).unwrap();
        // As the search page asks: the reader's language, no language filter.
        let r = ix.search(&Query { text: c.query.clone(), ui: lang, limit: 3, ..Default::default() });
        let top: Vec<&str> = r.hits.iter().map(|h| h.slug.as_str()).collect();
        for e in &c.expect {
            if !top.contains(&e.as_str()) {
                misses.push(format!("{} {:?}: expected {e}, got {top:?}", c.lang, c.query));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
