//! Dutch words the stemmer does not bring together: compounds ("wachtwoordbeleid" is
//! "wachtwoord" and "beleid") split with a dictionary of the catalogue's own words and
//! the OpenTaal word list (`data/nl-words.txt`, made by scripts/dutch-wordlist), and
//! verb forms whose stems differ ("herkennen" and "herken", "betalen" and "betaal").

use std::collections::HashSet;
use std::sync::LazyLock;

/// Compounds shorter than this are not split.
const COMPOUND_MIN: usize = 8;
/// A part from the word list has at least this many letters; the catalogue's own words
/// may be a letter shorter ("ict", "web").
const PART_MIN: usize = 4;
const OWN_PART_MIN: usize = 3;
const MAX_PARTS: usize = 3;

static WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/nl-words.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect()
});

/// The dictionary a compound is split with: the word list plus the catalogue's words.
pub(crate) struct Splitter {
    own: HashSet<String>,
}

impl Splitter {
    /// `own`: the words of the catalogue's Dutch texts, lower-cased and folded.
    pub(crate) fn new(own: impl IntoIterator<Item = String>) -> Splitter {
        // Built with the index, not by the first search that splits a word.
        LazyLock::force(&WORDS);
        Splitter { own: own.into_iter().filter(|w| w.chars().count() >= OWN_PART_MIN).collect() }
    }

    /// In the word list: a word of its own, not only a compound ("wachtwoord").
    pub(crate) fn is_word(&self, word: &str) -> bool {
        WORDS.contains(word)
    }

    fn known(&self, part: &str) -> bool {
        let n = part.chars().count();
        (n >= OWN_PART_MIN && self.own.contains(part)) || (n >= PART_MIN && WORDS.contains(part))
    }

    /// The parts of a compound, fewest first and then the longest last part (the head
    /// of a Dutch compound is its last word); None when it is not one.
    pub(crate) fn split(&self, word: &str) -> Option<Vec<String>> {
        let w: Vec<char> = word.chars().collect();
        if w.len() < COMPOUND_MIN || !w.iter().all(|c| c.is_alphabetic()) {
            return None;
        }
        let mut best: Option<Vec<String>> = None;
        let mut parts = Vec::new();
        self.search(&w, 0, &mut parts, &mut best);
        best
    }

    fn search(&self, w: &[char], from: usize, parts: &mut Vec<String>, best: &mut Option<Vec<String>>) {
        if from == w.len() {
            let better = match best {
                None => parts.len() > 1,
                Some(b) => {
                    parts.len() < b.len()
                        || (parts.len() == b.len() && parts.last().map(|p| p.len()) > b.last().map(|p| p.len()))
                }
            };
            if better {
                *best = Some(parts.clone());
            }
            return;
        }
        if parts.len() == MAX_PARTS || best.as_ref().is_some_and(|b| b.len() <= parts.len()) {
            return;
        }
        for end in (from + OWN_PART_MIN..=w.len()).rev() {
            let part: String = w[from..end].iter().collect();
            // The whole word is not a split of itself.
            if from == 0 && end == w.len() {
                continue;
            }
            if !self.known(&part) {
                continue;
            }
            parts.push(part);
            // A linking "s" or "e(n)" between parts: "veiligheidsbeleid", "pannenkoek".
            self.search(w, end, parts, best);
            for link in [&['s'][..], &['e', 'n'][..], &['e'][..]] {
                if end < w.len() && w[end..].starts_with(link) && end + link.len() < w.len() {
                    self.search(w, end + link.len(), parts, best);
                }
            }
            parts.pop();
        }
    }
}

fn vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Other forms of a Dutch verb that the stemmer keeps apart: the infinitive and the
/// first person ("herkennen", "herken"; "betalen", "betaal"; "maken", "maak"), and the
/// third person of the stem ("herkent"). Only forms that differ from `word`.
pub(crate) fn verb_forms(word: &str) -> Vec<String> {
    let w: Vec<char> = word.chars().collect();
    let n = w.len();
    let mut out = Vec::new();
    if n < 4 || !w.iter().all(|c| c.is_ascii_lowercase()) {
        return out;
    }
    if let Some(stem) = word.strip_suffix("en").filter(|s| s.chars().count() >= 3) {
        let s: Vec<char> = stem.chars().collect();
        let k = s.len();
        let last = s[k - 1];
        if k >= 2 && s[k - 2] == last && !vowel(last) {
            // herkennen: herkenn → herken
            out.push(s[..k - 1].iter().collect());
        } else if k >= 3 && !vowel(last) && vowel(s[k - 2]) && !vowel(s[k - 3]) && s[k - 2] != 'i' {
            // betalen: betal → betaal; maken: mak → maak
            let mut x: String = s[..k - 1].iter().collect();
            x.push(s[k - 2]);
            x.push(last);
            out.push(x);
        } else {
            out.push(stem.to_string());
        }
    }
    // "herken" ends in "en" too: a word may be either, and forms in no text are ignored.
    if !vowel(w[n - 1]) {
        let last = w[n - 1];
        if n >= 3 && w[n - 2] == w[n - 3] && vowel(w[n - 2]) {
            // betaal → betalen
            let mut x: String = w[..n - 2].iter().collect();
            x.push(last);
            x.push_str("en");
            out.push(x);
        } else if n >= 2 && vowel(w[n - 2]) && !(n >= 3 && vowel(w[n - 3])) {
            // herken → herkennen
            out.push(format!("{word}{last}en"));
        } else {
            out.push(format!("{word}en"));
        }
        if last != 't' {
            out.push(format!("{word}t"));
        }
    }
    out.retain(|f| f != word);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_split_into_known_words() {
        let s = Splitter::new(["phishing".to_string(), "ict".to_string()]);
        assert_eq!(s.split("wachtwoordbeleid").unwrap(), ["wachtwoord", "beleid"]);
        assert_eq!(s.split("wachtwoordmanager").unwrap(), ["wachtwoord", "manager"]);
        assert_eq!(s.split("veiligheidsbeleid").unwrap(), ["veiligheid", "beleid"]);
        assert_eq!(s.split("phishingmail").unwrap(), ["phishing", "mail"]);
        assert_eq!(s.split("ictbeleid").unwrap(), ["ict", "beleid"]);
        assert_eq!(s.split("losgeldbetaling").unwrap(), ["losgeld", "betaling"]);
        // Not compounds, or too short to split.
        assert_eq!(s.split("beleid"), None);
        assert!(s.is_word("wachtwoord") && !s.is_word("wachtwoordbeleid"));
        assert_eq!(s.split("qqqqqqqqqq"), None);
        assert_eq!(s.split("back-upbeleid"), None);
        assert_eq!(s.split(""), None);
    }

    #[test]
    fn the_word_list_is_there() {
        assert!(WORDS.len() > 100_000);
        assert!(WORDS.contains("wachtwoord") && WORDS.contains("beleid"));
    }

    #[test]
    fn verb_forms_meet() {
        assert!(verb_forms("herkennen").contains(&"herken".to_string()));
        assert!(verb_forms("herken").contains(&"herkennen".to_string()));
        assert!(verb_forms("herken").contains(&"herkent".to_string()));
        assert!(verb_forms("betalen").contains(&"betaal".to_string()));
        assert!(verb_forms("betaal").contains(&"betalen".to_string()));
        assert!(verb_forms("maken").contains(&"maak".to_string()));
        assert!(verb_forms("melden").contains(&"meld".to_string()));
        assert!(verb_forms("meld").contains(&"melden".to_string()));
        assert!(verb_forms("de").is_empty());
        assert!(verb_forms("Ñandú").is_empty());
    }
}
