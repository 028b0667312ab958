//! The synonym list kept with the content (`content/search/synonyms.toml`): groups of
//! words that someone searching means interchangeably, in Dutch, English and French,
//! including Dutch compounds that are also written apart.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::ContentLang;

use crate::files::{FileError, err, parse_toml};

const WORD_MAX: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Synonyms {
    pub groups: Vec<Vec<String>>,
    /// Per language, words whose Snowball stem misses its family: word → the family's stem.
    pub stems: BTreeMap<ContentLang, BTreeMap<String, String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    groups: Vec<Vec<String>>,
    #[serde(default)]
    stems: BTreeMap<ContentLang, BTreeMap<String, String>>,
}

impl Synonyms {
    /// Parses and checks the file: every group names at least two different terms, none
    /// empty or overly long.
    pub fn parse(file: &str, text: &str) -> Result<Synonyms, FileError> {
        let f: File = parse_toml(file, text)?;
        for (i, g) in f.groups.iter().enumerate() {
            let n = i + 1;
            if g.len() < 2 {
                return Err(err(file, format!("group {n}: name at least two terms")));
            }
            for w in g {
                if w.trim().is_empty() {
                    return Err(err(file, format!("group {n}: a term is empty")));
                }
                if w.chars().count() > WORD_MAX {
                    return Err(err(file, format!("group {n}: \"{w}\" is longer than {WORD_MAX} characters")));
                }
            }
            let mut seen: Vec<String> = g.iter().map(|w| w.to_lowercase()).collect();
            seen.sort();
            seen.dedup();
            if seen.len() != g.len() {
                return Err(err(file, format!("group {n}: a term appears twice")));
            }
        }
        for (lang, words) in &f.stems {
            for (w, stem) in words {
                let ok = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_lowercase() || c.is_ascii_digit());
                if !ok(w) || !ok(stem) {
                    return Err(err(
                        file,
                        format!("stems.{}: \"{w}\" = \"{stem}\" must be single lower-case words", lang.as_str()),
                    ));
                }
                // Snippets only stem the words that start like a term (stemmers keep the
                // first letter); an override must too.
                if w.chars().next() != stem.chars().next() {
                    return Err(err(
                        file,
                        format!("stems.{}: \"{w}\" = \"{stem}\" must start with the same letter", lang.as_str()),
                    ));
                }
            }
        }
        Ok(Synonyms { groups: f.groups, stems: f.stems })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_groups() {
        let s =
            Synonyms::parse("s.toml", "groups = [[\"wachtwoord\", \"paswoord\"], [\"mfa\", \"tweestapsverificatie\"]]")
                .unwrap();
        assert_eq!(s.groups.len(), 2);
        let s = Synonyms::parse("s.toml", "groups = []\n[stems.nl]\nups = \"up\"").unwrap();
        assert_eq!(s.stems[&ContentLang::Nl]["ups"], "up");
    }

    #[test]
    fn reports_mistakes() {
        let e = Synonyms::parse("s.toml", "groups = [[\"alleen\"]]").unwrap_err();
        assert!(e.reason.contains("at least two"), "{e}");
        let e = Synonyms::parse("s.toml", "groups = [[\"a\", \" \"]]").unwrap_err();
        assert!(e.reason.contains("empty"), "{e}");
        let e = Synonyms::parse("s.toml", "groups = [[\"MFA\", \"mfa\"]]").unwrap_err();
        assert!(e.reason.contains("twice"), "{e}");
        let e = Synonyms::parse("s.toml", "\ngroups = [[\"a\", \"b\"]]\nextra = 1").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        let e = Synonyms::parse("s.toml", "groups = []\n[stems.nl]\nUps = \"up\"").unwrap_err();
        assert!(e.reason.contains("lower-case"), "{e}");
        let e = Synonyms::parse("s.toml", "groups = []\n[stems.fr]\nyeux = \"oeil\"").unwrap_err();
        assert!(e.reason.contains("same letter"), "{e}");
        let e = Synonyms::parse("s.toml", "groups = []\n[stems.de]\nups = \"up\"").unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        let long = "x".repeat(61);
        let e = Synonyms::parse("s.toml", &format!("groups = [[\"a\", \"{long}\"]]")).unwrap_err();
        assert!(e.reason.contains("longer"), "{e}");
    }
}
