//! Training modules shipped in `content/training/<slug>/`: `module.toml` (audience,
//! minutes, pass mark, version, licence, related toolkit resources), `<lang>.md` (title
//! and summary as `+++` front matter, then one page per `## ` heading) and
//! `quiz.<lang>.toml` (questions with an explanation for every answer). Dutch and
//! English are required, and the quiz is the same question by question in every
//! language. Every mistake is reported with its file and line; nothing loads then. Also
//! the quiz's scoring.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::catalogue::load::split_front_matter;
use crate::files::{FileError, err, parse_toml};

pub const LANGS_REQUIRED: [&str; 2] = ["nl", "en"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Staff,
    Board,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    audience: Audience,
    minutes: u32,
    pass_mark: u8,
    version: String,
    licence: String,
    #[serde(default)]
    related: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Front {
    title: String,
    summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Page {
    pub heading: String,
    /// Markdown.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub title: String,
    pub summary: String,
    pub pages: Vec<Page>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Single,
    Multiple,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: String,
    pub correct: bool,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub text: String,
    #[serde(rename = "answer")]
    pub answers: Vec<Choice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    question: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Module {
    pub slug: String,
    pub audience: Audience,
    pub minutes: u32,
    /// Percent of the questions answered right to pass.
    pub pass_mark: u8,
    pub version: String,
    pub licence: String,
    pub related: Vec<String>,
    pub texts: BTreeMap<String, Text>,
    pub quiz: BTreeMap<String, Vec<Question>>,
}

impl Module {
    /// The text in `lang`, or Dutch (loading guarantees Dutch and English).
    pub fn text(&self, lang: &str) -> Option<&Text> {
        self.texts.get(lang).or_else(|| self.texts.get("nl"))
    }
    /// The quiz in the language of [`Module::text`].
    pub fn questions(&self, lang: &str) -> &[Question] {
        self.quiz.get(lang).or_else(|| self.quiz.get("nl")).map(Vec::as_slice).unwrap_or(&[])
    }
}

fn pages(file: &str, body: &str, p: &mut Vec<FileError>) -> Vec<Page> {
    let mut out: Vec<Page> = Vec::new();
    for (n, line) in body.lines().enumerate() {
        if let Some(h) = line.strip_prefix("## ") {
            out.push(Page { heading: h.trim().to_string(), body: String::new() });
        } else if let Some(last) = out.last_mut() {
            last.body.push_str(line);
            last.body.push('\n');
        } else if !line.trim().is_empty() {
            p.push(FileError {
                file: file.into(),
                line: None,
                reason: format!("text before the first ## page heading (body line {})", n + 1),
            });
        }
    }
    for pg in &mut out {
        pg.body = pg.body.trim().to_string();
    }
    if !(2..=8).contains(&out.len()) || out.iter().any(|x| x.heading.is_empty() || x.body.is_empty()) {
        p.push(err(file, "2 to 8 pages, each a ## heading with text under it"));
    }
    out
}

fn check_quiz(file: &str, q: &[Question], p: &mut Vec<FileError>) {
    if !(3..=10).contains(&q.len()) {
        p.push(err(file, "3 to 10 questions"));
    }
    let mut ids = BTreeSet::new();
    for x in q {
        if !ids.insert(x.id.as_str()) {
            p.push(err(file, format!("question id {} twice", x.id)));
        }
        let right = x.answers.iter().filter(|a| a.correct).count();
        let ok_kind = match x.kind {
            Kind::Single => right == 1,
            Kind::Multiple => right >= 2,
        };
        if !ok_kind {
            p.push(err(
                file,
                format!("{}: a single-choice question has one right answer, a multiple-choice one at least two", x.id),
            ));
        }
        if !(2..=6).contains(&x.answers.len()) || x.text.trim().is_empty() {
            p.push(err(file, format!("{}: 2 to 6 answers and a question text", x.id)));
        }
        if x.answers.iter().any(|a| a.text.trim().is_empty() || a.explanation.trim().is_empty()) {
            p.push(err(file, format!("{}: every answer has a text and an explanation", x.id)));
        }
    }
}

/// The quiz's shape, the same in every language: ids, kinds, which answers are right.
fn shape(q: &[Question]) -> Vec<(String, Kind, Vec<bool>)> {
    q.iter().map(|x| (x.id.clone(), x.kind, x.answers.iter().map(|a| a.correct).collect())).collect()
}

/// Loads every module from `files` (paths relative to `content/training/`).
pub fn load(files: &[(&str, &str)]) -> Result<Vec<Module>, Vec<FileError>> {
    let mut problems = Vec::new();
    let by_slug = crate::files::by_folder(files, "module", &mut problems);
    let mut out = Vec::new();
    for (slug, parts) in by_slug {
        let Some((mpath, mtext)) = parts.get("module.toml") else {
            problems.push(err(&format!("{slug}/module.toml"), "missing"));
            continue;
        };
        let meta: Meta = match parse_toml(mpath, mtext) {
            Ok(m) => m,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        if !(1..=100).contains(&meta.pass_mark) || !(1..=60).contains(&meta.minutes) {
            problems.push(err(mpath, "pass_mark 1 to 100, minutes 1 to 60"));
        }
        let (mut texts, mut quiz) = (BTreeMap::new(), BTreeMap::new());
        for (name, (path, text)) in &parts {
            if let Some(lang) = name.strip_suffix(".md").filter(|l| l.len() == 2) {
                match split_front_matter(path, text) {
                    Ok((front, body)) => match parse_toml::<Front>(path, front) {
                        Ok(f) if !f.title.trim().is_empty() && !f.summary.trim().is_empty() => {
                            let pages = pages(path, body, &mut problems);
                            texts.insert(lang.to_string(), Text { title: f.title, summary: f.summary, pages });
                        }
                        Ok(_) => problems.push(err(path, "title and summary may not be empty")),
                        Err(mut e) => {
                            e.line = e.line.map(|l| l + 1);
                            problems.push(e)
                        }
                    },
                    Err(e) => problems.push(e),
                }
            } else if let Some(lang) =
                name.strip_prefix("quiz.").and_then(|n| n.strip_suffix(".toml")).filter(|l| l.len() == 2)
            {
                match parse_toml::<QuizFile>(path, text) {
                    Ok(q) => {
                        check_quiz(path, &q.question, &mut problems);
                        quiz.insert(lang.to_string(), q.question);
                    }
                    Err(e) => problems.push(e),
                }
            } else if *name != "module.toml" {
                problems.push(err(path, "expected module.toml, <lang>.md or quiz.<lang>.toml"));
            }
        }
        for l in LANGS_REQUIRED {
            if !texts.contains_key(l) {
                problems.push(err(&format!("{slug}/{l}.md"), "missing"));
            }
            if !quiz.contains_key(l) {
                problems.push(err(&format!("{slug}/quiz.{l}.toml"), "missing"));
            }
        }
        if let Some(nl) = quiz.get("nl") {
            for (l, q) in &quiz {
                if shape(q) != shape(nl) {
                    problems.push(err(
                        &format!("{slug}/quiz.{l}.toml"),
                        "not the same questions, kinds and right answers as quiz.nl.toml",
                    ));
                }
            }
        }
        out.push(Module {
            slug: slug.to_string(),
            audience: meta.audience,
            minutes: meta.minutes,
            pass_mark: meta.pass_mark,
            version: meta.version,
            licence: meta.licence,
            related: meta.related,
            texts,
            quiz,
        });
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// A quiz's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Score {
    pub right: usize,
    pub total: usize,
    pub percent: u8,
    pub passed: bool,
}

/// Scores the answers given (question id → the indexes chosen). A question counts as
/// right only when exactly its right answers were chosen; unanswered counts as wrong.
pub fn score(quiz: &[Question], given: &BTreeMap<String, BTreeSet<usize>>, pass_mark: u8) -> Score {
    let right = quiz
        .iter()
        .filter(|q| {
            let want: BTreeSet<usize> =
                q.answers.iter().enumerate().filter(|(_, a)| a.correct).map(|(i, _)| i).collect();
            given.get(&q.id) == Some(&want)
        })
        .count();
    let total = quiz.len();
    let percent = (right * 100).checked_div(total).unwrap_or(0) as u8;
    Score { right, total, percent, passed: total > 0 && percent >= pass_mark }
}

#[cfg(test)]
mod tests;
