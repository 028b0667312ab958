//! The resource editor form, shared by the taskforce (toolkit resources) and an
//! organisation's editors (private resources).

use askama::Template;
use weerbaar_core::catalogue::edit::{self, Form, TextForm};
use weerbaar_core::catalogue::{Audience, ContentLang, Level, ResourceType, Topic};
use weerbaar_core::validation::FieldErrors;

use super::*;
use crate::forms::FormState;
use crate::page::Page;

pub use crate::forms::Pairs;

impl Pairs {
    /// The editor's fields.
    pub fn editor_form(&self) -> Form {
        Form {
            kind: self.get("kind").into(),
            audiences: self.all("audiences"),
            topics: self.all("topics"),
            level: self.get("level").into(),
            effort_hours: self.get("effort_hours").into(),
            licence: self.get("licence").into(),
            source_organisation: self.get("source_organisation").into(),
            original_url: self.get("original_url").into(),
            related: self.get("related").into(),
            last_reviewed: self.get("last_reviewed").into(),
            next_review: self.get("next_review").into(),
            video_url: self.get("video_url").into(),
            texts: ContentLang::ALL
                .iter()
                .map(|l| {
                    (
                        *l,
                        TextForm {
                            title: self.get(edit::field("title", *l)).into(),
                            summary: self.get(edit::field("summary", *l)).into(),
                            why: self.get(edit::field("why", *l)).into(),
                            body: self.get(edit::field("body", *l)).into(),
                            transcript: self.get(edit::field("transcript", *l)).into(),
                        },
                    )
                })
                .collect(),
        }
    }
}

/// The form state that shows these values (and errors) again.
pub fn state_of(lang: Lang, f: &Form, errors: FieldErrors) -> FormState {
    let mut s = FormState::new(lang).with_errors(errors);
    for (k, v) in [
        ("kind", &f.kind),
        ("level", &f.level),
        ("effort_hours", &f.effort_hours),
        ("licence", &f.licence),
        ("source_organisation", &f.source_organisation),
        ("original_url", &f.original_url),
        ("related", &f.related),
        ("last_reviewed", &f.last_reviewed),
        ("next_review", &f.next_review),
        ("video_url", &f.video_url),
    ] {
        s.set(k, v.clone());
    }
    for a in &f.audiences {
        s.set(&format!("audiences:{a}"), "on");
    }
    for t in &f.topics {
        s.set(&format!("topics:{t}"), "on");
    }
    for (l, t) in &f.texts {
        s.set(edit::field("title", *l), t.title.clone());
        s.set(edit::field("summary", *l), t.summary.clone());
        s.set(edit::field("why", *l), t.why.clone());
        s.set(edit::field("body", *l), t.body.clone());
        s.set(edit::field("transcript", *l), t.transcript.clone());
    }
    s
}

/// A new, empty form: a guide at starter level, in the reader's language.
pub fn blank() -> Form {
    Form { kind: "guide".into(), level: "starter".into(), licence: "CC BY 4.0".into(), ..Default::default() }
}

pub struct LangFields {
    pub tag: &'static str,
    pub legend: String,
    pub title: &'static str,
    pub summary: &'static str,
    pub why: &'static str,
    pub body: &'static str,
    pub transcript: &'static str,
    /// Attributes of the inputs: their language and size.
    pub line_attrs: String,
    pub short_attrs: String,
    pub body_attrs: String,
}

#[derive(Template)]
#[template(path = "catalogue/editor.html")]
pub struct EditorPage {
    pub page: Page,
    pub heading: String,
    pub action: String,
    pub cancel: String,
    pub form: FormState,
    /// 0 for a new resource.
    pub version: i64,
    pub kinds: Vec<(String, String)>,
    pub levels: Vec<(String, String)>,
    pub audiences: Vec<(String, String)>,
    pub topics: Vec<(String, String)>,
    pub langs: Vec<LangFields>,
    /// The toolkit's editor shows licence, source and review dates; the private one not.
    pub full: bool,
    /// Shown when someone else saved first.
    pub conflict: bool,
    /// Their saved texts, beside the form that keeps what this person typed.
    pub theirs: Vec<TheirText>,
}

pub struct TheirText {
    pub legend: String,
    pub tag: &'static str,
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// The stored texts of a resource, to show beside a form after a conflict.
pub fn theirs(lang: Lang, w: &weerbaar_store::editorial::Working) -> Vec<TheirText> {
    w.texts
        .iter()
        .map(|(l, t)| TheirText {
            legend: lang_label(lang, *l),
            tag: l.as_str(),
            title: t.title.clone(),
            summary: t.summary.clone(),
            body: t.body.clone(),
        })
        .collect()
}

impl EditorPage {
    pub fn new(
        page: Page,
        heading: String,
        action: String,
        cancel: String,
        form: FormState,
        version: i64,
        full: bool,
    ) -> Self {
        let lang = page.lang;
        let mut topics: Vec<(String, String)> =
            Topic::ALL.iter().map(|t| (t.as_str().to_string(), topic_label(lang, *t))).collect();
        topics.sort_by_key(|(_, l)| l.to_lowercase());
        EditorPage {
            kinds: ResourceType::ALL.iter().map(|k| (k.as_str().to_string(), type_label(lang, *k))).collect(),
            levels: Level::ALL.iter().map(|k| (k.as_str().to_string(), level_label(lang, *k))).collect(),
            audiences: Audience::ALL.iter().map(|k| (k.as_str().to_string(), audience_label(lang, *k))).collect(),
            topics,
            langs: ContentLang::ALL
                .iter()
                .map(|l| LangFields {
                    tag: l.as_str(),
                    legend: lang_label(lang, *l),
                    title: edit::field("title", *l),
                    summary: edit::field("summary", *l),
                    why: edit::field("why", *l),
                    body: edit::field("body", *l),
                    transcript: edit::field("transcript", *l),
                    line_attrs: format!("maxlength=\"300\" lang=\"{}\"", l.as_str()),
                    short_attrs: format!("rows=\"3\" lang=\"{}\"", l.as_str()),
                    body_attrs: format!("rows=\"14\" lang=\"{}\"", l.as_str()),
                })
                .collect(),
            page,
            heading,
            action,
            cancel,
            form,
            version,
            full,
            conflict: false,
            theirs: Vec::new(),
        }
    }
}
