//! The resource editor's rules: what a taskforce editor (toolkit resources) or an
//! organisation's editor (private resources) may save. Every problem is reported at its
//! field; nothing half-checked is returned.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::load::{Meta, Text};
use super::{Audience, ContentLang, Level, ResourceType, Topic};
use crate::validation::{FieldError, FieldErrors, optional_date, optional_line, optional_text, required_line};

pub const TITLE_MAX: usize = 300;
pub const SUMMARY_MAX: usize = 2_000;
pub const BODY_MAX: usize = 200_000;
pub const LINE_MAX: usize = 300;

/// The editor's fields as strings, as a form (or the API) sends them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    pub kind: String,
    pub audiences: Vec<String>,
    pub topics: Vec<String>,
    pub level: String,
    pub effort_hours: String,
    pub licence: String,
    pub source_organisation: String,
    pub original_url: String,
    /// Slugs of related resources, one per line.
    pub related: String,
    pub last_reviewed: String,
    pub next_review: String,
    pub video_url: String,
    /// Per language: title, summary, why, body, transcript.
    pub texts: BTreeMap<ContentLang, TextForm>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextForm {
    pub title: String,
    pub summary: String,
    pub why: String,
    pub body: String,
    pub transcript: String,
}

impl TextForm {
    fn is_blank(&self) -> bool {
        [&self.title, &self.summary, &self.why, &self.body, &self.transcript].iter().all(|s| s.trim().is_empty())
    }
}

/// A checked resource, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub meta: Meta,
    pub texts: BTreeMap<ContentLang, Text>,
    pub transcripts: BTreeMap<ContentLang, String>,
    pub video_url: Option<String>,
}

/// Field names per language, e.g. `title_nl`: also the names of the form's inputs.
pub fn field(name: &'static str, lang: ContentLang) -> &'static str {
    macro_rules! table {
        ($($n:literal),*) => {
            match (name, lang) {
                $(($n, ContentLang::Nl) => concat!($n, "_nl"), ($n, ContentLang::En) => concat!($n, "_en"), ($n, ContentLang::Fr) => concat!($n, "_fr"),)*
                _ => "text",
            }
        };
    }
    table!("title", "summary", "why", "body", "transcript")
}

fn https_url(field: &'static str, v: &str) -> Result<Option<String>, FieldError> {
    let v = optional_line(field, v, 2_000)?;
    match v {
        Some(u) if !u.starts_with("https://") || u.len() < 12 || u.contains(char::is_whitespace) => {
            Err(FieldError::new(field, "error-url"))
        }
        other => Ok(other),
    }
}

fn slug_ok(s: &str) -> bool {
    !s.is_empty() && s.len() <= 80 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Checks the form. `known` tells whether a related slug exists.
pub fn check(f: &Form, today: Date, known: impl Fn(&str) -> bool) -> Result<Checked, FieldErrors> {
    let mut e = FieldErrors::new();
    let kind = ResourceType::parse(f.kind.trim());
    if kind.is_none() {
        e.push(FieldError::new("kind", "error-choose-option"));
    }
    let audiences: Option<Vec<Audience>> = f.audiences.iter().map(|a| Audience::parse(a.trim())).collect();
    let audiences = match audiences {
        Some(v) if !v.is_empty() => Some(v),
        _ => {
            e.push(FieldError::new("audiences", "error-choose-at-least-one"));
            None
        }
    };
    let topics: Option<Vec<Topic>> = f.topics.iter().map(|a| Topic::parse(a.trim())).collect();
    let topics = match topics {
        Some(v) if !v.is_empty() => Some(v),
        _ => {
            e.push(FieldError::new("topics", "error-choose-at-least-one"));
            None
        }
    };
    let level = Level::parse(f.level.trim());
    if level.is_none() {
        e.push(FieldError::new("level", "error-choose-option"));
    }
    let effort = match f.effort_hours.trim().parse::<u32>() {
        Ok(n) if n <= 10_000 => Some(n),
        _ if f.effort_hours.trim().is_empty() => Some(0),
        _ => {
            e.push(FieldError::new("effort_hours", "error-number"));
            None
        }
    };
    let licence = e.check(optional_line("licence", &f.licence, LINE_MAX));
    let source = e.check(optional_line("source_organisation", &f.source_organisation, LINE_MAX));
    let url = e.check(https_url("original_url", &f.original_url));
    let video_url = e.check(https_url("video_url", &f.video_url));
    let related: Vec<String> = f.related.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    if related.len() > 30 {
        e.push(FieldError::new("related", "error-too-many-lines").arg("max", 30));
    } else if let Some(bad) = related.iter().find(|s| !slug_ok(s) || !known(s)) {
        e.push(FieldError::new("related", "error-unknown-related").arg("name", bad));
    }
    let last = e.check(optional_date("last_reviewed", &f.last_reviewed)).map(|d| d.unwrap_or(today));
    let next = e.check(optional_date("next_review", &f.next_review));
    let next = match (last, next) {
        (Some(l), Some(None)) => Some(l.checked_add(jiff::Span::new().years(1)).unwrap_or(l)),
        (Some(l), Some(Some(n))) if n < l => {
            e.push(FieldError::new("next_review", "error-review-before-last"));
            None
        }
        (_, Some(Some(n))) => Some(n),
        _ => None,
    };

    let mut texts = BTreeMap::new();
    let mut transcripts = BTreeMap::new();
    for (lang, t) in &f.texts {
        if t.is_blank() {
            continue;
        }
        let title = e.check(required_line(field("title", *lang), &t.title, TITLE_MAX));
        let summary = e.check(required_line(field("summary", *lang), &t.summary, SUMMARY_MAX));
        let why = e.check(optional_text(field("why", *lang), &t.why, SUMMARY_MAX));
        let body = e.check(optional_text(field("body", *lang), &t.body, BODY_MAX));
        let transcript = e.check(optional_text(field("transcript", *lang), &t.transcript, BODY_MAX));
        if let (Some(title), Some(summary), Some(why), Some(body), Some(tr)) = (title, summary, why, body, transcript) {
            let body = body.unwrap_or_default();
            if body.trim().is_empty() {
                e.push(FieldError::new(field("body", *lang), "error-required"));
                continue;
            }
            texts.insert(
                *lang,
                Text { title, summary, why: why.unwrap_or_default(), body, transcript: tr.clone().unwrap_or_default() },
            );
            if let Some(tr) = tr {
                transcripts.insert(*lang, tr);
            }
        }
    }
    if texts.is_empty() && f.texts.values().all(TextForm::is_blank) {
        e.push(FieldError::new(field("title", ContentLang::Nl), "error-one-language"));
    }
    // A video needs captions or a transcript: the transcript is checked here, captions
    // (a .vtt attachment) where files are uploaded.
    if kind == Some(ResourceType::Video) && transcripts.is_empty() && video_url.as_ref().is_some_and(Option::is_some) {
        e.push(FieldError::new("video_url", "error-video-transcript"));
    }
    if !e.is_empty() {
        return Err(e);
    }
    match (kind, audiences, topics, level, effort, licence, source, url, video_url, last, next) {
        (
            Some(kind),
            Some(audiences),
            Some(topics),
            Some(level),
            Some(effort_hours),
            Some(licence),
            Some(source_organisation),
            Some(original_url),
            Some(video_url),
            Some(last_reviewed),
            Some(next_review),
        ) => Ok(Checked {
            meta: Meta {
                kind,
                audiences,
                topics,
                level,
                effort_hours,
                licence: licence.unwrap_or_else(|| "CC BY 4.0".into()),
                version: String::new(),
                last_reviewed,
                next_review,
                related,
                quick_win: None,
                source_organisation,
                original_url,
                video_url: video_url.clone(),
            },
            texts,
            transcripts,
            video_url,
        }),
        _ => Err(e),
    }
}

/// The form of a stored resource, for editing.
pub fn form_of(
    meta: &Meta,
    texts: &BTreeMap<ContentLang, Text>,
    transcripts: &BTreeMap<ContentLang, String>,
    video_url: Option<&str>,
) -> Form {
    Form {
        kind: meta.kind.as_str().into(),
        audiences: meta.audiences.iter().map(|a| a.as_str().to_string()).collect(),
        topics: meta.topics.iter().map(|a| a.as_str().to_string()).collect(),
        level: meta.level.as_str().into(),
        effort_hours: meta.effort_hours.to_string(),
        licence: meta.licence.clone(),
        source_organisation: meta.source_organisation.clone().unwrap_or_default(),
        original_url: meta.original_url.clone().unwrap_or_default(),
        related: meta.related.join("\n"),
        last_reviewed: meta.last_reviewed.to_string(),
        next_review: meta.next_review.to_string(),
        video_url: video_url.unwrap_or_default().into(),
        texts: ContentLang::ALL
            .iter()
            .map(|l| {
                let t = texts.get(l);
                (
                    *l,
                    TextForm {
                        title: t.map(|t| t.title.clone()).unwrap_or_default(),
                        summary: t.map(|t| t.summary.clone()).unwrap_or_default(),
                        why: t.map(|t| t.why.clone()).unwrap_or_default(),
                        body: t.map(|t| t.body.clone()).unwrap_or_default(),
                        transcript: transcripts.get(l).cloned().unwrap_or_default(),
                    },
                )
            })
            .collect(),
    }
}

/// The label of the version after `prev`: its last number plus one ("1.0" → "1.1").
pub fn next_version(prev: &str) -> String {
    let prev = prev.trim();
    if prev.is_empty() {
        return "1.0".into();
    }
    match prev.rsplit_once('.') {
        Some((head, last)) if last.bytes().all(|b| b.is_ascii_digit()) && !last.is_empty() => {
            let n: u64 = last.parse().unwrap_or(0);
            format!("{head}.{}", n + 1)
        }
        _ => format!("{prev}.1"),
    }
}

/// A slug from a title: lower-case ASCII words joined by hyphens, at most 60 characters.
pub fn slugify(title: &str) -> String {
    crate::slug::slug_or(title, "resource")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> Form {
        let mut texts = BTreeMap::new();
        texts.insert(
            ContentLang::Nl,
            TextForm {
                title: "Onze back-upafspraken".into(),
                summary: "Wie wat wanneer bewaart.".into(),
                why: "".into(),
                body: "## Afspraken\n\nElke nacht.".into(),
                transcript: "".into(),
            },
        );
        texts.insert(ContentLang::En, TextForm::default());
        Form {
            kind: "guide".into(),
            audiences: vec!["it".into()],
            topics: vec!["backups".into()],
            level: "starter".into(),
            effort_hours: "4".into(),
            related: "backups-that-survive-ransomware".into(),
            texts,
            ..Default::default()
        }
    }

    const TODAY: Date = Date::constant(2026, 11, 28);

    #[test]
    fn a_good_form_passes_with_defaults() {
        let c = check(&form(), TODAY, |s| s == "backups-that-survive-ransomware").unwrap();
        assert_eq!(c.texts.len(), 1, "a blank language is left out");
        assert_eq!(c.meta.last_reviewed, TODAY);
        assert_eq!(c.meta.next_review, Date::constant(2027, 11, 28));
        assert_eq!(c.meta.licence, "CC BY 4.0");
        assert_eq!(c.meta.effort_hours, 4);
    }

    #[test]
    fn every_mistake_at_its_field() {
        let mut f = form();
        f.kind = "poster".into();
        f.audiences = vec![];
        f.topics = vec!["backups".into(), "aliens".into()];
        f.level = "".into();
        f.effort_hours = "veel".into();
        f.original_url = "http://example.org".into();
        f.related = "does-not-exist".into();
        f.last_reviewed = "2026-12-01".into();
        f.next_review = "2026-11-01".into();
        f.texts.get_mut(&ContentLang::Nl).unwrap().title = " ".into();
        f.texts.get_mut(&ContentLang::En).unwrap().summary = "Only a summary".into();
        let e = check(&f, TODAY, |_| false).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|e| e.field).collect();
        for want in [
            "kind",
            "audiences",
            "topics",
            "level",
            "effort_hours",
            "original_url",
            "related",
            "next_review",
            "title_nl",
            "title_en",
        ] {
            assert!(fields.contains(&want), "{want} in {fields:?}");
        }
    }

    #[test]
    fn at_least_one_language_and_a_body() {
        let mut f = form();
        f.texts.clear();
        assert_eq!(check(&f, TODAY, |_| true).unwrap_err().iter().next().unwrap().code, "error-one-language");
        let mut f = form();
        f.texts.get_mut(&ContentLang::Nl).unwrap().body = "  ".into();
        assert_eq!(check(&f, TODAY, |_| true).unwrap_err().for_field("body_nl").unwrap().code, "error-required");
    }

    #[test]
    fn a_linked_video_needs_a_transcript() {
        let mut f = form();
        f.kind = "video".into();
        f.video_url = "https://video.example/watch".into();
        assert!(check(&f, TODAY, |_| true).unwrap_err().for_field("video_url").is_some());
        f.texts.get_mut(&ContentLang::Nl).unwrap().transcript = "Wat er gezegd wordt.".into();
        let c = check(&f, TODAY, |_| true).unwrap();
        assert_eq!(c.transcripts[&ContentLang::Nl], "Wat er gezegd wordt.");
    }

    #[test]
    fn round_trip_through_the_form() {
        let c = check(&form(), TODAY, |_| true).unwrap();
        let f = form_of(&c.meta, &c.texts, &c.transcripts, None);
        let again = check(&f, TODAY, |_| true).unwrap();
        assert_eq!(again, c);
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("Onze back-up-afspraken (2027)!"), "onze-back-up-afspraken-2027");
        assert_eq!(slugify("Écoles & crèches"), "ecoles-creches");
        assert_eq!(slugify("!!!"), "resource");
        assert!(slugify(&"woord ".repeat(40)).len() <= 61);
        assert_eq!(field("body", ContentLang::Fr), "body_fr");
        assert_eq!(next_version("1.0"), "1.1");
        assert_eq!(next_version("2.9"), "2.10");
        assert_eq!(next_version(""), "1.0");
        assert_eq!(next_version("v2"), "v2.1");
    }
}
