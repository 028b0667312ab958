//! From the words someone typed to ranked, filtered, counted hits.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use tantivy::Term;
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;
use weerbaar_core::catalogue::synonyms::Synonyms;
use weerbaar_core::catalogue::{Audience, ContentLang, Level, ResourceType, Topic};

use crate::matching::{Node, find};
use crate::text::fold;
use crate::{Facets, Hit, LangFields, QUERY_MAX_CHARS, QUERY_MAX_WORDS, Query, Results, SearchIndex};

mod snippet;

use snippet::*;

const TITLE_BOOST: f32 = 3.0;
const SUMMARY_BOOST: f32 = 2.0;
/// A word found only with a typo counts for less than the word itself.
const FUZZY_FACTOR: f32 = 0.6;
/// The reader's own language weighs a little more when no language is chosen.
const UI_LANG_FACTOR: f32 = 1.25;
/// Shorter words are not typo-corrected: too many neighbours.
const FUZZY_MIN_CHARS: usize = 4;
/// A compound's parts together count for a little less than the compound itself, and
/// one part alone (when the other is in no text) for much less.
const COMPOUND_FACTOR: f32 = 0.8;
const PART_FACTOR: f32 = 0.35;
const SNIPPET_CHARS: usize = 220;

/// Synonym groups, found by a word's folded form or by its stem in any language.
pub(crate) struct SynonymMap {
    groups: Vec<Vec<String>>,
    by_key: HashMap<String, Vec<usize>>,
}

fn compact(s: &str) -> String {
    fold(s).chars().filter(|c| !matches!(c, '-' | ' ' | '\'')).collect()
}

fn analyse(a: &TextAnalyzer, s: &str) -> Vec<String> {
    let mut a = a.clone();
    let mut st = a.token_stream(s);
    let mut out = Vec::new();
    while let Some(t) = st.next() {
        out.push(t.text.clone());
    }
    out
}

fn stem_keys(word: &str, analyzers: &BTreeMap<ContentLang, TextAnalyzer>) -> Vec<String> {
    let mut keys = vec![compact(word)];
    for (lang, a) in analyzers {
        if let [one] = analyse(a, word).as_slice() {
            keys.push(format!("{}:{one}", lang.as_str()));
        }
    }
    keys
}

impl SynonymMap {
    pub(crate) fn new(s: &Synonyms, analyzers: &BTreeMap<ContentLang, TextAnalyzer>) -> SynonymMap {
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, g) in s.groups.iter().enumerate() {
            for w in g {
                for k in stem_keys(w, analyzers) {
                    let v = by_key.entry(k).or_default();
                    if !v.contains(&i) {
                        v.push(i);
                    }
                }
            }
        }
        SynonymMap { groups: s.groups.clone(), by_key }
    }

    /// The terms meant alongside `word` (not including it).
    fn alternatives(&self, word: &str, analyzers: &BTreeMap<ContentLang, TextAnalyzer>) -> Vec<String> {
        let mut seen = BTreeSet::new();
        for k in stem_keys(word, analyzers) {
            if let Some(gs) = self.by_key.get(&k) {
                seen.extend(gs.iter().copied());
            }
        }
        let me = compact(word);
        seen.into_iter().flat_map(|g| self.groups[g].iter()).filter(|w| compact(w) != me).cloned().collect()
    }
}

/// The words of a query, bounded in length and number.
fn words(text: &str) -> Vec<String> {
    let text: String = text.chars().take(QUERY_MAX_CHARS).collect();
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(QUERY_MAX_WORDS)
        .collect()
}

struct Built {
    /// One node per word that counts; none: list everything.
    words: Vec<Node>,
    /// Per language, the indexed terms the query looks for: highlighted in snippets.
    terms: BTreeMap<ContentLang, BTreeSet<String>>,
}

impl SearchIndex {
    fn exists(&self, lf: &LangFields, term: &str) -> bool {
        [lf.title, lf.summary, lf.body]
            .iter()
            .any(|f| self.searcher().doc_freq(&Term::from_field_text(*f, term)).unwrap_or(0) > 0)
    }

    /// The clauses for one analysed term in one language; `typed` terms (not synonyms or
    /// compound parts) that are not in the index are tried with one typo.
    fn field_clauses(&self, lf: &LangFields, term: &str, weight: f32, typed: bool) -> Option<Node> {
        let fields: [(Field, f32); 3] = [(lf.title, TITLE_BOOST), (lf.summary, SUMMARY_BOOST), (lf.body, 1.0)];
        let exact = self.exists(lf, term);
        if !exact && (!typed || term.chars().count() < FUZZY_MIN_CHARS) {
            return None;
        }
        let clauses: Vec<Node> = fields
            .iter()
            .map(|(f, b)| {
                let term = Term::from_field_text(*f, term);
                if exact {
                    Node::Leaf { term, fuzzy: false, boost: b * weight }
                } else {
                    Node::Leaf { term, fuzzy: true, boost: b * weight * FUZZY_FACTOR }
                }
            })
            .collect();
        Some(Node::Any(clauses))
    }

    /// A Dutch compound's parts as alternatives of the word: all parts together, and
    /// each part found in some text on its own, for much less (a resource about
    /// passwords answers "wachtwoordmanager" better than nothing).
    fn compound_alternatives(&self, lf: &LangFields, word: &str) -> Vec<(String, f32)> {
        let Some(a) = self.analyzers.get(&lf.lang) else { return vec![] };
        let folded = compact(word);
        // A word of its own that the texts use is not taken apart ("wachtwoord" is not
        // "wacht" and "woord"); one they do not use is ("herstelplan").
        let used = analyse(a, word).iter().all(|t| self.exists(lf, t));
        if used && self.splitter.is_word(&folded) {
            return vec![];
        }
        let Some(parts) = self.splitter.split(&folded) else { return vec![] };
        let found: Vec<&String> = parts.iter().filter(|p| analyse(a, p).iter().all(|t| self.exists(lf, t))).collect();
        let mut out = Vec::new();
        if found.len() == parts.len() {
            out.push((parts.join(" "), COMPOUND_FACTOR));
        }
        out.extend(found.into_iter().map(|p| (p.clone(), PART_FACTOR)));
        out
    }

    fn plan(&self, q: &Query) -> Built {
        let langs: Vec<LangFields> =
            self.fields.iter().copied().filter(|lf| q.lang.is_none_or(|l| l == lf.lang)).collect();
        let mut terms: BTreeMap<ContentLang, BTreeSet<String>> = BTreeMap::new();
        let mut word_clauses: Vec<Node> = Vec::new();
        for word in words(&q.text) {
            // A stop word in a language searched ("de", "the") does not narrow the search.
            if langs.iter().any(|lf| self.analyzers.get(&lf.lang).is_some_and(|a| analyse(a, &word).is_empty())) {
                continue;
            }
            // A word found as written in one language is not a typo: typo tolerance only
            // for words no language knows (and far fewer fuzzy lookups).
            let known = langs.iter().any(|lf| {
                self.analyzers.get(&lf.lang).is_some_and(|a| {
                    let ts = analyse(a, &word);
                    !ts.is_empty() && ts.iter().all(|t| self.exists(lf, t))
                })
            });
            let mut alts: Vec<(String, f32)> = vec![(word.clone(), 1.0)];
            alts.extend(self.synonyms.alternatives(&word, &self.analyzers).into_iter().map(|w| (w, 1.0)));
            let mut per_word: Vec<Node> = Vec::new();
            for lf in &langs {
                let Some(a) = self.analyzers.get(&lf.lang) else { continue };
                let weight = if q.lang.is_none() && lf.lang == q.ui { UI_LANG_FACTOR } else { 1.0 };
                let mut lang_alts = alts.clone();
                if lf.lang == ContentLang::Nl {
                    let folded = compact(&word);
                    lang_alts.extend(crate::dutch::verb_forms(&folded).into_iter().map(|w| (w, 1.0)));
                    lang_alts.extend(self.compound_alternatives(lf, &word));
                }
                for (ai, (alt, factor)) in lang_alts.iter().enumerate() {
                    let typed = ai == 0 && !known;
                    let ts = analyse(a, alt);
                    if ts.is_empty() {
                        continue;
                    }
                    let parts: Option<Vec<Node>> =
                        ts.iter().map(|t| self.field_clauses(lf, t, weight * factor, typed)).collect();
                    if let Some(parts) = parts {
                        for t in &ts {
                            if self.exists(lf, t) {
                                terms.entry(lf.lang).or_default().insert(t.clone());
                            }
                        }
                        per_word.push(Node::All(parts));
                    }
                }
            }
            // A word that matches nothing leaves an empty clause: no hits, unless other
            // words match (then the hits are partial).
            word_clauses.push(Node::Any(per_word));
        }
        Built { words: word_clauses, terms }
    }
}

fn zip<T: Copy>(all: &[T], counts: Vec<usize>) -> Vec<(T, usize)> {
    all.iter().copied().zip(counts).collect()
}

/// The language to show a resource in.
fn display_lang(texts: &BTreeMap<ContentLang, crate::DocText>, q: &Query) -> Option<ContentLang> {
    if let Some(l) = q.lang.filter(|l| texts.contains_key(l)) {
        return Some(l);
    }
    if texts.contains_key(&q.ui) {
        return Some(q.ui);
    }
    [ContentLang::Nl, ContentLang::En, ContentLang::Fr].into_iter().find(|l| texts.contains_key(l))
}

pub(crate) fn run(ix: &SearchIndex, q: &Query) -> Results {
    let built = ix.plan(q);
    // Every resource that matches any word, with how many words it matches: those that
    // match all come first, then those that match most; among those, the ones that match
    // the rarer words (a resource with "losgeld" before one with only "betalen").
    let words = built.words.len();
    let matches: Vec<(u32, f32, u8, f32)> = if words == 0 {
        (0..ix.docs.len() as u32).map(|i| (i, 0.0, 0, 0.0)).collect()
    } else if words == 1 {
        let hits = find(ix.searcher(), &built.words, true).map(|h| ix.ords(h)).unwrap_or_default();
        hits.into_iter().map(|(o, s)| (o, s, 1, 0.0)).collect()
    } else {
        let mut acc: Vec<(f32, u8, f32)> = vec![(0.0, 0, 0.0); ix.docs.len()];
        for w in &built.words {
            let hits = find(ix.searcher(), std::slice::from_ref(w), true).map(|h| ix.ords(h)).unwrap_or_default();
            let rarity = (1.0 + ix.docs.len() as f32 / hits.len().max(1) as f32).ln();
            for (o, s) in hits {
                if let Some(a) = acc.get_mut(o as usize) {
                    a.0 += s;
                    a.1 += 1;
                    a.2 += rarity;
                }
            }
        }
        acc.into_iter().enumerate().filter(|(_, a)| a.1 > 0).map(|(o, (s, n, r))| (o as u32, s, n, r)).collect()
    };
    let full = words.min(u8::MAX as usize) as u8;

    let mut facets_k = [0usize; 16];
    let mut facets_a = [0usize; 8];
    let mut facets_t = [0usize; 32];
    let mut facets_l = [0usize; 8];
    let mut facets_g = [0usize; 3];
    let want_kind = q.kind.map(|k| ResourceType::ALL.iter().position(|x| *x == k).unwrap_or(0) as u8);
    let want_level = q.level.map(|k| Level::ALL.iter().position(|x| *x == k).unwrap_or(0) as u8);
    let want_aud = q.audience.map(|k| 1u8 << Audience::ALL.iter().position(|x| *x == k).unwrap_or(0));
    let want_topic = q.topic.map(|k| 1u32 << Topic::ALL.iter().position(|x| *x == k).unwrap_or(0));
    let want_lang = q.lang.map(|l| 1u8 << crate::lang_bit(l));
    let my_owners: Vec<u32> = q.orgs.iter().filter_map(|o| ix.owners.binary_search(o).ok()).map(|i| i as u32).collect();
    let bits = |mut m: u32, counts: &mut [usize]| {
        while m != 0 {
            counts[m.trailing_zeros() as usize] += 1;
            m &= m - 1;
        }
    };
    let mut kept: Vec<(u32, f32, u8, f32)> = Vec::new();
    for (ord, score, n, rarity) in matches {
        let Some(c) = ix.compact.get(ord as usize) else { continue };
        if c.owner != u32::MAX && !my_owners.contains(&c.owner) {
            continue;
        }
        let kind = want_kind.is_none_or(|k| c.kind == k);
        let audience = want_aud.is_none_or(|a| c.audiences & a != 0);
        let topic = want_topic.is_none_or(|t| c.topics & t != 0);
        let level = want_level.is_none_or(|l| c.level == l);
        let lang = want_lang.is_none_or(|l| c.langs & l != 0);
        if audience && topic && level && lang {
            facets_k[c.kind as usize] += 1;
        }
        if kind && topic && level && lang {
            bits(u32::from(c.audiences), &mut facets_a);
        }
        if kind && audience && level && lang {
            bits(c.topics, &mut facets_t);
        }
        if kind && audience && topic && lang {
            facets_l[c.level as usize] += 1;
        }
        if kind && audience && topic && level {
            bits(u32::from(c.langs), &mut facets_g);
        }
        if kind && audience && topic && level && lang {
            kept.push((ord, score, n, rarity));
        }
    }
    // The language a hit is shown in decides where its title sorts.
    let ui = crate::lang_bit(q.ui);
    let rank_of = |ord: u32| -> u32 {
        let c = &ix.compact[ord as usize];
        let pick = q.lang.map(crate::lang_bit).filter(|l| c.langs & (1 << l) != 0);
        let l = pick.or((c.langs & (1 << ui) != 0).then_some(ui)).or((0..3).find(|l| c.langs & (1 << l) != 0));
        l.map_or(u32::MAX, |l| c.rank[l])
    };
    // Only the page is put in order: pick the best `offset + limit` first (linear), then
    // sort those.
    let total = kept.len();
    let complete = kept.iter().filter(|k| k.2 == full).count();
    let want = (q.offset + q.limit).min(total);
    let by_score = !built.words.is_empty();
    // (ord, score, title rank, words matched, rarity of those words)
    type Key = (u32, f32, u32, u8, f32);
    let cmp = |a: &Key, b: &Key| {
        if by_score {
            b.3.cmp(&a.3)
                .then_with(|| if a.3 == full { std::cmp::Ordering::Equal } else { b.4.total_cmp(&a.4) })
                .then_with(|| b.1.total_cmp(&a.1))
                .then_with(|| a.2.cmp(&b.2))
                .then_with(|| a.0.cmp(&b.0))
        } else {
            a.2.cmp(&b.2).then_with(|| a.0.cmp(&b.0))
        }
    };
    let mut keyed: Vec<Key> = kept.iter().map(|(o, s, n, r)| (*o, *s, rank_of(*o), *n, *r)).collect();
    if want > 0 && want < keyed.len() {
        keyed.select_nth_unstable_by(want - 1, cmp);
        keyed.truncate(want);
    }
    keyed.sort_by(cmp);
    let kept: Vec<(u32, f32)> = keyed.into_iter().map(|(o, s, _, _, _)| (o, s)).collect();
    let finders: BTreeMap<ContentLang, TermFinder> =
        built.terms.iter().map(|(l, t)| (*l, TermFinder::new(t))).collect();
    let hits = kept
        .iter()
        .skip(q.offset)
        .take(q.limit)
        .filter_map(|(ord, score)| {
            let s = &ix.docs[*ord as usize];
            let lang = display_lang(&s.doc.texts, q)?;
            let t = s.doc.texts.get(&lang)?;
            let snippet = match (built.terms.get(&lang), s.plain.get(&lang), finders.get(&lang)) {
                (Some(terms), Some(plain), Some(finder)) if !terms.is_empty() => {
                    snippet(ix, lang, terms, finder, plain)
                }
                _ => Vec::new(),
            };
            Some(Hit {
                slug: s.doc.slug.clone(),
                lang,
                title: t.title.clone(),
                summary: t.summary.clone(),
                snippet,
                kind: s.doc.kind,
                audiences: s.doc.audiences.clone(),
                topics: s.doc.topics.clone(),
                level: s.doc.level,
                langs: s.doc.texts.keys().copied().collect(),
                owner: s.doc.owner.clone(),
                updated: s.doc.updated,
                score: *score,
            })
        })
        .collect();
    Results {
        total,
        hits,
        facets: Facets {
            kinds: zip(ResourceType::ALL, facets_k.to_vec()),
            audiences: zip(Audience::ALL, facets_a.to_vec()),
            topics: zip(Topic::ALL, facets_t.to_vec()),
            levels: zip(Level::ALL, facets_l.to_vec()),
            langs: zip(ContentLang::ALL, facets_g.to_vec()),
        },
        partial: complete < total,
        complete,
    }
}

#[cfg(test)]
mod tests;
