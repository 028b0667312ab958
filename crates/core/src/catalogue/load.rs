//! Loads the shipped resources from their files: `<slug>/resource.toml` (metadata),
//! `<slug>/nl.md` and `<slug>/en.md` (required), `<slug>/fr.md` (optional), each with TOML
//! front matter between `+++` lines, and `<slug>/attachments/*`. Everything is checked
//! before anything is returned: a single mistake anywhere means no resources.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Audience, ContentLang, Level, ResourceType, Topic};
use crate::files::{FileError, err, parse_toml};

const LINE_MAX: usize = 300;
const TEXT_MAX: usize = 2_000;

/// `resource.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    #[serde(rename = "type")]
    pub kind: ResourceType,
    pub audiences: Vec<Audience>,
    pub topics: Vec<Topic>,
    pub level: Level,
    pub effort_hours: u32,
    pub licence: String,
    pub version: String,
    pub last_reviewed: Date,
    pub next_review: Date,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub quick_win: Option<u8>,
    #[serde(default)]
    pub source_organisation: Option<String>,
    #[serde(default)]
    pub original_url: Option<String>,
    /// A video elsewhere online (video resources).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    summary: String,
    why: String,
}

/// One language version of a resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub title: String,
    pub summary: String,
    /// Why this matters for a municipality.
    pub why: String,
    /// CommonMark with tables.
    pub body: String,
    /// What a video says, for those who cannot watch or listen.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub transcript: String,
}

/// A resource as shipped in `content/resources/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shipped {
    pub slug: String,
    pub meta: Meta,
    pub texts: BTreeMap<ContentLang, Text>,
    /// File names under `attachments/`, sorted.
    pub attachments: Vec<String>,
}

fn valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Splits `+++` front matter from the body; the front matter's line numbers are those of
/// the file (it starts on line 2).
pub(crate) fn split_front_matter<'a>(file: &str, text: &'a str) -> Result<(&'a str, &'a str), FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")).ok_or_else(|| FileError {
        file: file.into(),
        line: Some(1),
        reason: "expected +++ on the first line".into(),
    })?;
    let end = rest.find("\n+++").ok_or_else(|| err(file, "the front matter has no closing +++ line"))?;
    let front = &rest[..end + 1];
    let body = rest[end + 4..].trim_start_matches(['\r', '\n']);
    Ok((front, body))
}

fn parse_text(file: &str, text: &str) -> Result<Text, FileError> {
    let (front, body) = split_front_matter(file, text)?;
    let fm: FrontMatter = parse_toml(file, front).map_err(|mut e| {
        e.line = e.line.map(|l| l + 1);
        e
    })?;
    for (field, value, max) in
        [("title", &fm.title, LINE_MAX), ("summary", &fm.summary, TEXT_MAX), ("why", &fm.why, TEXT_MAX)]
    {
        if value.trim().is_empty() {
            return Err(err(file, format!("{field} is empty")));
        }
        if value.chars().count() > max {
            return Err(err(file, format!("{field} is longer than {max} characters")));
        }
    }
    if body.trim().is_empty() {
        return Err(err(file, "the text after the front matter is empty"));
    }
    Ok(Text { title: fm.title, summary: fm.summary, why: fm.why, body: body.to_string(), transcript: String::new() })
}

fn check_meta(file: &str, m: &Meta) -> Result<(), FileError> {
    if m.audiences.is_empty() {
        return Err(err(file, "audiences: name at least one"));
    }
    if m.topics.is_empty() {
        return Err(err(file, "topics: name at least one"));
    }
    if m.next_review < m.last_reviewed {
        return Err(err(file, "next_review is before last_reviewed"));
    }
    if let Some(q) = m.quick_win
        && !(1..=10).contains(&q)
    {
        return Err(err(file, "quick_win must be 1 to 10"));
    }
    if m.original_url.as_deref().is_some_and(|u| !u.is_empty() && !u.starts_with("https://")) {
        return Err(err(file, "original_url must start with https://"));
    }
    for (field, v) in [("licence", &m.licence), ("version", &m.version)] {
        if v.trim().is_empty() || v.chars().count() > LINE_MAX {
            return Err(err(file, format!("{field} must be 1 to {LINE_MAX} characters")));
        }
    }
    Ok(())
}

/// Loads every resource from (path relative to `content/resources/`, bytes) pairs.
/// Returns every problem found, or the resources sorted by slug.
pub fn load(files: &[(&str, &[u8])]) -> Result<Vec<Shipped>, Vec<FileError>> {
    let mut problems = Vec::new();
    let mut by_slug: BTreeMap<&str, BTreeMap<&str, &[u8]>> = BTreeMap::new();
    for (path, bytes) in files {
        match path.split_once('/') {
            Some((slug, rest)) => {
                by_slug.entry(slug).or_default().insert(rest, bytes);
            }
            None if *path == "README.md" => {}
            None => problems.push(err(path, "a file outside a resource folder")),
        }
    }
    let mut out = Vec::new();
    for (slug, parts) in &by_slug {
        if !valid_slug(slug) {
            problems.push(err(slug, "folder names use lower-case letters, digits and hyphens"));
            continue;
        }
        let text_of = |name: &str| -> Option<Result<&str, FileError>> {
            parts
                .get(name)
                .map(|b| std::str::from_utf8(b).map_err(|_| err(&format!("{slug}/{name}"), "not valid UTF-8")))
        };
        let meta_file = format!("{slug}/resource.toml");
        let meta = match text_of("resource.toml") {
            None => Err(err(&meta_file, "missing")),
            Some(t) => t.and_then(|t| parse_toml::<Meta>(&meta_file, t)),
        }
        .and_then(|m| check_meta(&meta_file, &m).map(|_| m));
        let mut texts = BTreeMap::new();
        for lang in ContentLang::ALL {
            let name = format!("{}.md", lang.as_str());
            let file = format!("{slug}/{name}");
            match text_of(&name) {
                None if *lang == ContentLang::Fr => {}
                None => problems.push(err(&file, "missing (Dutch and English are required)")),
                Some(t) => match t.and_then(|t| parse_text(&file, t)) {
                    Ok(text) => {
                        texts.insert(*lang, text);
                    }
                    Err(e) => problems.push(e),
                },
            }
        }
        let mut attachments = Vec::new();
        for name in parts.keys() {
            match name.strip_prefix("attachments/") {
                Some(a) if !a.is_empty() && !a.contains('/') && !a.starts_with('.') => attachments.push(a.to_string()),
                Some(_) => problems.push(err(&format!("{slug}/{name}"), "attachments are plain files in attachments/")),
                None if matches!(*name, "resource.toml" | "nl.md" | "en.md" | "fr.md") => {}
                None => problems.push(err(&format!("{slug}/{name}"), "unexpected file")),
            }
        }
        match meta {
            Ok(meta) if texts.contains_key(&ContentLang::Nl) && texts.contains_key(&ContentLang::En) => {
                out.push(Shipped { slug: slug.to_string(), meta, texts, attachments })
            }
            Ok(_) => {}
            Err(e) => problems.push(e),
        }
    }
    // Across resources: related slugs exist, quick wins are a path without gaps.
    let slugs: BTreeSet<&str> = by_slug.keys().copied().collect();
    let mut quick: BTreeMap<u8, &str> = BTreeMap::new();
    for r in &out {
        let file = format!("{}/resource.toml", r.slug);
        for rel in &r.meta.related {
            if !slugs.contains(rel.as_str()) || rel == &r.slug {
                problems.push(err(&file, format!("related: no other resource \"{rel}\"")));
            }
        }
        if let Some(q) = r.meta.quick_win
            && let Some(other) = quick.insert(q, &r.slug)
        {
            problems.push(err(&file, format!("quick_win {q} is also used by {other}")));
        }
    }
    if !quick.is_empty() && quick.keys().copied().ne(1..=quick.len() as u8) {
        problems.push(err("resources", "quick_win positions must run 1, 2, 3 … without gaps"));
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: &str = r#"type = "guide"
audiences = ["it"]
topics = ["backups"]
level = "starter"
effort_hours = 4
licence = "CC BY 4.0"
version = "1.0"
last_reviewed = "2026-11-27"
next_review = "2027-11-27"
related = []
"#;

    fn md(title: &str) -> String {
        format!("+++\ntitle = \"{title}\"\nsummary = \"Kort.\"\nwhy = \"Omdat.\"\n+++\n\n## Stappen\n\n1. Doen.\n")
    }

    fn files(extra: &[(&str, String)]) -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<(String, Vec<u8>)> = vec![
            ("backups/resource.toml".into(), META.as_bytes().to_vec()),
            ("backups/nl.md".into(), md("Back-ups").into_bytes()),
            ("backups/en.md".into(), md("Backups").into_bytes()),
        ];
        for (p, t) in extra {
            v.retain(|(q, _)| q != p);
            v.push((p.to_string(), t.clone().into_bytes()));
        }
        v
    }

    fn run(v: &[(String, Vec<u8>)]) -> Result<Vec<Shipped>, Vec<FileError>> {
        let refs: Vec<(&str, &[u8])> = v.iter().map(|(p, b)| (p.as_str(), b.as_slice())).collect();
        load(&refs)
    }

    fn one_problem(extra: &[(&str, String)]) -> FileError {
        let mut e = run(&files(extra)).unwrap_err();
        assert_eq!(e.len(), 1, "{e:?}");
        e.remove(0)
    }

    #[test]
    fn a_resource_loads_with_its_languages_and_attachments() {
        let r = run(&files(&[("backups/attachments/test.csv", "a;b".into())])).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].slug, "backups");
        assert_eq!(r[0].meta.kind, ResourceType::Guide);
        assert_eq!(r[0].texts[&ContentLang::Nl].title, "Back-ups");
        assert!(r[0].texts[&ContentLang::En].body.starts_with("## Stappen"));
        assert!(!r[0].texts.contains_key(&ContentLang::Fr));
        assert_eq!(r[0].attachments, vec!["test.csv".to_string()]);
    }

    #[test]
    fn mistakes_name_file_line_and_reason() {
        let e = one_problem(&[("backups/nl.md", "+++\ntitle = \"x\"\nsummary = \nwhy = \"y\"\n+++\nbody".into())]);
        assert_eq!((e.file.as_str(), e.line), ("backups/nl.md", Some(3)), "{e}");
        let e = one_problem(&[("backups/en.md", "# no front matter".into())]);
        assert_eq!((e.file.as_str(), e.line), ("backups/en.md", Some(1)));
        let e = one_problem(&[("backups/resource.toml", META.replace("\"backups\"", "\"backupz\""))]);
        assert_eq!((e.file.as_str(), e.line), ("backups/resource.toml", Some(3)), "{e}");
        assert!(e.reason.contains("backupz"), "{e}");
        let e = one_problem(&[("backups/resource.toml", format!("{META}colour = \"blue\"\n"))]);
        assert!(e.reason.contains("colour"), "{e}");
        let e = one_problem(&[("backups/nl.md", "+++\ntitle = \"\"\nsummary = \"s\"\nwhy = \"w\"\n+++\nbody".into())]);
        assert!(e.reason.contains("title is empty"), "{e}");
        let e = one_problem(&[("backups/resource.toml", META.replace("related = []", "related = [\"nowhere\"]"))]);
        assert!(e.reason.contains("nowhere"), "{e}");
        let e = one_problem(&[("backups/resource.toml", META.replace("topics = [\"backups\"]", "topics = []"))]);
        assert!(e.reason.contains("topics"), "{e}");
        let e = one_problem(&[("backups/resource.toml", META.replace("2027-11-27", "2025-01-01"))]);
        assert!(e.reason.contains("next_review"), "{e}");
        let e = one_problem(&[("backups/notes.txt", "x".into())]);
        assert_eq!(e.file, "backups/notes.txt");
        let e = one_problem(&[("backups/nl.md", String::from_utf8_lossy(&[0xff, 0xfe]).into_owned())]);
        assert_eq!(e.file, "backups/nl.md");
    }

    #[test]
    fn every_problem_is_reported_and_nothing_loads() {
        let mut v = files(&[]);
        v.retain(|(p, _)| p != "backups/en.md");
        v.push(("Bad_Slug/resource.toml".into(), META.as_bytes().to_vec()));
        v.push(("other/resource.toml".into(), META.replace("level = \"starter\"", "level = \"expert\"").into_bytes()));
        v.push(("other/nl.md".into(), md("A").into_bytes()));
        v.push(("other/en.md".into(), md("A").into_bytes()));
        let e = run(&v).unwrap_err();
        let files: Vec<&str> = e.iter().map(|e| e.file.as_str()).collect();
        assert!(
            files.contains(&"backups/en.md") && files.contains(&"Bad_Slug") && files.contains(&"other/resource.toml"),
            "{e:?}"
        );
    }

    #[test]
    fn quick_wins_form_a_path() {
        let q = |n: u8| META.replace("related = []", &format!("related = []\nquick_win = {n}"));
        let mut v = files(&[("backups/resource.toml", q(1))]);
        v.push(("second/resource.toml".into(), q(3).into_bytes()));
        v.push(("second/nl.md".into(), md("B").into_bytes()));
        v.push(("second/en.md".into(), md("B").into_bytes()));
        let e = run(&v).unwrap_err();
        assert!(e.iter().any(|e| e.reason.contains("without gaps")), "{e:?}");
        v.retain(|(p, _)| p != "second/resource.toml");
        v.push(("second/resource.toml".into(), q(1).into_bytes()));
        let e = run(&v).unwrap_err();
        assert!(e.iter().any(|e| e.reason.contains("also used by")), "{e:?}");
    }
}
