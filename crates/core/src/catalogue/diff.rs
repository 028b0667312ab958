//! What changed between two versions of a resource, field by field and line by line,
//! for editors comparing published versions or a shipped release with a local edit.

use similar::{ChangeTag, TextDiff};

use super::ContentLang;
use super::load::Shipped;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Added,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub change: Change,
    pub text: String,
}

/// The changes in one field; `lang` is set for texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDiff {
    /// A message-id suffix: title, summary, why, body, meta.
    pub field: &'static str,
    pub lang: Option<ContentLang>,
    pub lines: Vec<Line>,
}

fn lines(a: &str, b: &str) -> Vec<Line> {
    TextDiff::from_lines(a, b)
        .iter_all_changes()
        .map(|c| Line {
            change: match c.tag() {
                ChangeTag::Equal => Change::Same,
                ChangeTag::Insert => Change::Added,
                ChangeTag::Delete => Change::Removed,
            },
            text: c.value().trim_end_matches('\n').to_string(),
        })
        .collect()
}

/// The metadata as lines a person can compare.
fn meta_text(d: &Shipped) -> String {
    let m = &d.meta;
    let list = |v: Vec<&str>| v.join(", ");
    format!(
        "type: {}\naudiences: {}\ntopics: {}\nlevel: {}\neffort_hours: {}\nlicence: {}\nsource: {}\noriginal_url: {}\nrelated: {}\nlast_reviewed: {}\nnext_review: {}\nattachments: {}\n",
        m.kind.as_str(),
        list(m.audiences.iter().map(|a| a.as_str()).collect()),
        list(m.topics.iter().map(|a| a.as_str()).collect()),
        m.level.as_str(),
        m.effort_hours,
        m.licence,
        m.source_organisation.as_deref().unwrap_or(""),
        m.original_url.as_deref().unwrap_or(""),
        m.related.join(", "),
        m.last_reviewed,
        m.next_review,
        d.attachments.join(", "),
    )
}

/// Every field that differs from `old` to `new`; unchanged fields are left out.
pub fn diff(old: &Shipped, new: &Shipped) -> Vec<FieldDiff> {
    let mut out = Vec::new();
    let (ma, mb) = (meta_text(old), meta_text(new));
    if ma != mb {
        out.push(FieldDiff { field: "meta", lang: None, lines: lines(&ma, &mb) });
    }
    for lang in ContentLang::ALL {
        let (a, b) = (old.texts.get(lang), new.texts.get(lang));
        let get = |t: Option<&super::load::Text>, f: &str| -> String {
            t.map(|t| match f {
                "title" => t.title.clone(),
                "summary" => t.summary.clone(),
                "why" => t.why.clone(),
                _ => t.body.clone(),
            })
            .unwrap_or_default()
        };
        for field in ["title", "summary", "why", "body"] {
            let (x, y) = (get(a, field), get(b, field));
            if x != y {
                out.push(FieldDiff { field, lang: Some(*lang), lines: lines(&x, &y) });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::load::{Meta, Text};
    use crate::catalogue::{Audience, Level, ResourceType, Topic};
    use std::collections::BTreeMap;

    fn doc(body: &str, topics: Vec<Topic>) -> Shipped {
        let mut texts = BTreeMap::new();
        texts.insert(
            ContentLang::Nl,
            Text {
                title: "Titel".into(),
                summary: "Kort".into(),
                why: "Omdat".into(),
                body: body.into(),
                transcript: String::new(),
            },
        );
        Shipped {
            slug: "x".into(),
            meta: Meta {
                kind: ResourceType::Guide,
                audiences: vec![Audience::It],
                topics,
                level: Level::Starter,
                effort_hours: 1,
                licence: "CC BY 4.0".into(),
                version: "1.0".into(),
                last_reviewed: jiff::civil::Date::constant(2026, 1, 1),
                next_review: jiff::civil::Date::constant(2027, 1, 1),
                related: vec![],
                quick_win: None,
                source_organisation: None,
                original_url: None,
                video_url: None,
            },
            texts,
            attachments: vec![],
        }
    }

    #[test]
    fn only_changed_fields_line_by_line() {
        let a = doc("een\ntwee\ndrie\n", vec![Topic::Backups]);
        let b = doc("een\nTWEE\ndrie\n", vec![Topic::Backups, Topic::Mfa]);
        let d = diff(&a, &b);
        assert_eq!(d.iter().map(|f| f.field).collect::<Vec<_>>(), vec!["meta", "body"]);
        let body = &d[1];
        assert_eq!(body.lang, Some(ContentLang::Nl));
        let changes: Vec<(Change, &str)> = body.lines.iter().map(|l| (l.change, l.text.as_str())).collect();
        assert_eq!(
            changes,
            vec![(Change::Same, "een"), (Change::Removed, "twee"), (Change::Added, "TWEE"), (Change::Same, "drie")]
        );
        assert!(diff(&a, &a).is_empty());
        // The version label alone is not a change of content.
        let mut c = a.clone();
        c.meta.version = "1.1".into();
        assert!(diff(&a, &c).is_empty());
    }
}
