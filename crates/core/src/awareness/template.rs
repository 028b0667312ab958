//! Phishing-exercise templates shipped in `content/phishing/<slug>/`: `template.toml`
//! (difficulty, version, licence) and one `<lang>.toml` per language (sender name,
//! subject, plain-text body with placeholders, the message's red flags, the lesson the
//! landing page shows). Dutch and English are required. Every mistake is reported with
//! its file and line; nothing loads then.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::files::{FileError, err, parse_toml};

/// The placeholders a body may use.
pub const PLACEHOLDERS: [&str; 3] = ["{{first_name}}", "{{link}}", "{{sender_domain}}"];
pub const LANGS_REQUIRED: [&str; 2] = ["nl", "en"];
pub const SUBJECT_MAX: usize = 200;
pub const BODY_MAX: usize = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    difficulty: Difficulty,
    version: String,
    licence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    pub sender_name: String,
    pub subject: String,
    pub body: String,
    pub red_flags: Vec<String>,
    /// Markdown: what to do next time; shown on the landing page.
    pub lesson: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Template {
    pub slug: String,
    pub difficulty: Difficulty,
    pub version: String,
    pub licence: String,
    /// By language code.
    pub texts: BTreeMap<String, Texts>,
}

impl Template {
    /// The texts in `lang`, else Dutch.
    pub fn texts(&self, lang: &str) -> &Texts {
        self.texts.get(lang).or_else(|| self.texts.get("nl")).unwrap_or_else(|| {
            // Loading guarantees Dutch; an empty template is never built.
            self.texts.values().next().expect("a loaded template has texts")
        })
    }
}

fn check_texts(file: &str, t: &Texts, p: &mut Vec<FileError>) {
    let mut bad = |reason: String| p.push(err(file, reason));
    if t.sender_name.trim().is_empty() || t.subject.trim().is_empty() || t.lesson.trim().is_empty() {
        bad("sender_name, subject and lesson may not be empty".into());
    }
    if t.subject.chars().count() > SUBJECT_MAX || t.body.chars().count() > BODY_MAX {
        bad(format!("the subject is at most {SUBJECT_MAX} and the body {BODY_MAX} characters"));
    }
    if !t.body.contains("{{link}}") {
        bad("the body has no {{link}}".into());
    }
    let mut rest = t.body.as_str();
    while let Some(a) = rest.find("{{") {
        let end = rest[a..].find("}}").map(|b| a + b + 2).unwrap_or(rest.len());
        let ph = &rest[a..end];
        if !PLACEHOLDERS.contains(&ph) {
            bad(format!("unknown placeholder {ph} (known: {})", PLACEHOLDERS.join(", ")));
        }
        rest = &rest[end..];
    }
    for (what, text) in [("subject", &t.subject), ("lesson", &t.lesson), ("sender_name", &t.sender_name)] {
        if text.contains("{{") {
            bad(format!("placeholders belong in the body only, not in {what}"));
        }
    }
    if !(3..=8).contains(&t.red_flags.len()) || t.red_flags.iter().any(|f| f.trim().is_empty()) {
        bad("3 to 8 red flags, none empty".into());
    }
    // The landing page shows the lesson: it may ask for nothing.
    if t.lesson.contains('<') || t.red_flags.iter().any(|f| f.contains('<')) {
        bad("no HTML in the lesson or the red flags: the landing page has no fields".into());
    }
}

/// Loads every template from `files` (paths relative to `content/phishing/`).
pub fn load(files: &[(&str, &str)]) -> Result<Vec<Template>, Vec<FileError>> {
    let mut problems = Vec::new();
    let by_slug = crate::files::by_folder(files, "template", &mut problems);
    let mut out = Vec::new();
    for (slug, parts) in by_slug {
        let Some((mpath, mtext)) = parts.get("template.toml") else {
            problems.push(err(&format!("{slug}/template.toml"), "missing"));
            continue;
        };
        let meta: Meta = match parse_toml(mpath, mtext) {
            Ok(m) => m,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let mut texts = BTreeMap::new();
        for (name, (path, text)) in &parts {
            if *name == "template.toml" {
                continue;
            }
            let Some(lang) = name.strip_suffix(".toml").filter(|l| l.len() == 2) else {
                problems.push(err(path, "expected template.toml or <lang>.toml"));
                continue;
            };
            match parse_toml::<Texts>(path, text) {
                Ok(t) => {
                    check_texts(path, &t, &mut problems);
                    texts.insert(lang.to_string(), t);
                }
                Err(e) => problems.push(e),
            }
        }
        for l in LANGS_REQUIRED {
            if !texts.contains_key(l) {
                problems.push(err(&format!("{slug}/{l}.toml"), "missing"));
            }
        }
        out.push(Template {
            slug: slug.to_string(),
            difficulty: meta.difficulty,
            version: meta.version,
            licence: meta.licence,
            texts,
        });
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: &str = "difficulty = \"easy\"\nversion = \"1.0\"\nlicence = \"CC BY 4.0\"\n";
    fn texts(body: &str, lesson: &str) -> String {
        format!(
            "sender_name = \"Personeelsdienst\"\nsubject = \"Uw formulier\"\nbody = \"\"\"\n{body}\n\"\"\"\nred_flags = [\"a\", \"b\", \"c\"]\nlesson = \"\"\"\n{lesson}\n\"\"\"\n"
        )
    }

    #[test]
    fn a_good_template_loads() {
        let nl = texts("Beste {{first_name}}, klik {{link}} ({{sender_domain}})", "Stop, kijk, meld.");
        let en = texts("Dear {{first_name}}, click {{link}}", "Stop, look, report.");
        let t = load(&[("hr/template.toml", META), ("hr/nl.toml", &nl), ("hr/en.toml", &en)]).unwrap();
        assert_eq!(t[0].slug, "hr");
        assert_eq!(t[0].texts("fr").subject, "Uw formulier", "Dutch when a language is missing");
    }

    #[test]
    fn mistakes_name_the_file_and_line() {
        let good = texts("{{link}}", "x");
        let cases: Vec<(Vec<(&str, String)>, &str)> = vec![
            (vec![("a/template.toml", META.into()), ("a/nl.toml", good.clone())], "a/en.toml: missing"),
            (
                vec![
                    ("a/template.toml", META.into()),
                    ("a/nl.toml", texts("no link", "x")),
                    ("a/en.toml", good.clone()),
                ],
                "no {{link}}",
            ),
            (
                vec![
                    ("a/template.toml", META.into()),
                    ("a/nl.toml", texts("{{link}} {{password}}", "x")),
                    ("a/en.toml", good.clone()),
                ],
                "unknown placeholder {{password}}",
            ),
            (
                vec![
                    ("a/template.toml", META.into()),
                    ("a/nl.toml", texts("{{link}}", "<form><input name=pw></form>")),
                    ("a/en.toml", good.clone()),
                ],
                "no fields",
            ),
            (
                vec![
                    ("a/template.toml", "difficulty = \"impossible\"\n".into()),
                    ("a/nl.toml", good.clone()),
                    ("a/en.toml", good.clone()),
                ],
                "a/template.toml:1",
            ),
            (vec![("a/nl.toml", good.clone())], "a/template.toml: missing"),
        ];
        for (files, want) in cases {
            let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
            let e = load(&refs).unwrap_err();
            assert!(e.iter().any(|x| x.to_string().contains(want)), "{want}: {e:?}");
        }
    }
}
