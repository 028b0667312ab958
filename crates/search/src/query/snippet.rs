//! Snippets: the place in a text where the query's words are, cut between words, with
//! exactly the words that stem to a query term highlighted.

use crate::{Piece, SearchIndex};
use memchr::memmem::Finder;
use std::collections::BTreeSet;
use weerbaar_core::catalogue::ContentLang;

use super::*;

/// Finds where a language's terms first appear in a text. Stems are mostly the start of
/// the words they come from, so the text around that place is where the snippet will be,
/// and only that part is analysed.
pub(super) struct TermFinder {
    /// The terms as they are (lower case).
    lower: Vec<Finder<'static>>,
    /// The terms capitalised, as at the start of a sentence.
    capital: Vec<Finder<'static>>,
}

impl TermFinder {
    pub(super) fn new(terms: &BTreeSet<String>) -> TermFinder {
        let mut f = TermFinder { lower: Vec::new(), capital: Vec::new() };
        for t in terms {
            let mut cap = t.clone();
            if let Some(first) = cap.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            f.lower.push(Finder::new(t.as_bytes()).into_owned());
            if cap != *t {
                f.capital.push(Finder::new(cap.as_bytes()).into_owned());
            }
        }
        f
    }

    /// The first place a term appears in lower case or capitalised; failing that, in any
    /// case ("VPN"), on a lower-cased copy (ASCII only, so the places stay the same).
    pub(super) fn first(&self, text: &str) -> Option<usize> {
        let in_text = |fs: &[Finder<'static>], t: &[u8]| fs.iter().filter_map(|f| f.find(t)).min();
        let plain = [in_text(&self.lower, text.as_bytes()), in_text(&self.capital, text.as_bytes())];
        plain.into_iter().flatten().min().or_else(|| in_text(&self.lower, text.to_ascii_lowercase().as_bytes()))
    }
}

/// About `2 * SPAN` bytes of `plain` around `at()`, cut between words.
pub(super) fn window(plain: &str, at: impl FnOnce() -> usize) -> &str {
    const SPAN: usize = 160;
    /// How far a cut moves to reach the edge of a word (a longer "word" is cut anyway).
    const WORD: usize = 64;
    if plain.len() <= 2 * SPAN {
        return plain;
    }
    let mut start = at().min(plain.len()).saturating_sub(SPAN / 2);
    while !plain.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + SPAN * 2).min(plain.len());
    while !plain.is_char_boundary(end) {
        end += 1;
    }
    let limit = start.saturating_sub(WORD);
    while let Some(c) = plain[..start].chars().next_back().filter(|c| c.is_alphanumeric() && start > limit) {
        start -= c.len_utf8();
    }
    let limit = end + WORD;
    while let Some(c) = plain[end..].chars().next().filter(|c| c.is_alphanumeric() && end < limit) {
        end += c.len_utf8();
    }
    &plain[start..end]
}

/// The runs of letters and digits in `text`, as the analysers' tokenizer cuts them.
pub(super) fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The part of `plain` to show for a hit, with the words found highlighted: the stretch
/// of at most `SNIPPET_CHARS` with the most words found (the first such), cut as
/// tantivy's snippet generator cuts it. Only words that start with a term's first letter
/// are stemmed (stemmers change the end of a word, and Dutch undoubling can change its
/// second letter: "maak" becomes "mak"), so a snippet costs a few stemmings, not one per
/// word.
pub(super) fn snippet(
    ix: &SearchIndex,
    lang: ContentLang,
    terms: &BTreeSet<String>,
    finder: &TermFinder,
    plain: &str,
) -> Vec<Piece> {
    let Some(a) = ix.analyzers.get(&lang) else {
        return Vec::new();
    };
    let mut a = a.clone();
    let firsts: Vec<u8> = terms.iter().filter_map(|t| t.bytes().next()).collect();
    let stem_all = firsts.iter().any(|b| !b.is_ascii());
    let mut found = |word: &str| -> bool {
        let maybe = match word.bytes().next() {
            Some(b) if b.is_ascii() => stem_all || firsts.iter().any(|f| f.eq_ignore_ascii_case(&b)),
            // A letter the analyser folds ("é"): stem it.
            _ => true,
        };
        if !maybe {
            return false;
        }
        let mut st = a.token_stream(word);
        let mut hit = false;
        while let Some(t) = st.next() {
            hit |= terms.contains(&t.text);
        }
        hit
    };
    // Where a term appears as written, else the first word that stems to one ("maak" for
    // the stem "mak"), else the start.
    let text = window(plain, || {
        finder
            .first(plain)
            .or_else(|| tokens(plain).into_iter().find(|&(from, to)| found(&plain[from..to])).map(|(from, _)| from))
            .unwrap_or(0)
    });
    // (start, stop, words found, their places) of the current and the best stretch.
    type Stretch = (usize, usize, usize, Vec<(usize, usize)>);
    let mut best: Stretch = (0, 0, 0, Vec::new());
    let mut cur: Stretch = (0, 0, 0, Vec::new());
    for (from, to) in tokens(text) {
        if to - cur.0 > SNIPPET_CHARS {
            if cur.2 > best.2 {
                best = std::mem::replace(&mut cur, (from, from, 0, Vec::new()));
            } else {
                cur = (from, from, 0, Vec::new());
            }
        }
        cur.1 = to;
        if found(&text[from..to]) {
            cur.2 += 1;
            cur.3.push((from, to));
        }
    }
    if cur.2 > best.2 {
        best = cur;
    }
    let (start, stop, count, places) = best;
    if count == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = start;
    for (from, to) in places {
        if from > at {
            out.push(Piece { text: text[at..from].to_string(), hit: false });
        }
        out.push(Piece { text: text[from..to].to_string(), hit: true });
        at = to;
    }
    if stop > at {
        out.push(Piece { text: text[at..stop].to_string(), hit: false });
    }
    out
}
