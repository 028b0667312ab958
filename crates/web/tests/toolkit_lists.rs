//! Toolkit documents keep the lists of their Markdown: every shipped resource, in every
//! language, downloaded as DOCX, ODT, Markdown and HTML, has the same list items at the
//! same depths with the same numbers as its Markdown; the first-hour guide's PDF, read
//! back with pdftotext, keeps seven steps with the sub-items of step 5 under it.

mod common;

use std::collections::HashMap;
use std::io::{Cursor, Read};

use common::TestServer;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use quick_xml::events::Event as X;
use weerbaar_testkit::TestDb;

/// One line per list item: its depth as spaces, then its number ("3.") or "-". Task lists
/// (checklists on paper) are left out.
fn markdown_shape(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Per open list: ordered, next number, is a task list.
    let mut lists: Vec<(bool, usize, bool)> = Vec::new();
    let mut pending: Option<String> = None;
    let opts = Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_STRIKETHROUGH;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::List(start)) => {
                if let Some(p) = pending.take() {
                    out.push(p);
                }
                lists.push((start.is_some(), 0, false));
            }
            Event::End(TagEnd::List(_)) => {
                if let Some(p) = pending.take() {
                    out.push(p);
                }
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                if let Some(p) = pending.take() {
                    out.push(p);
                }
                let depth = lists.len().saturating_sub(1);
                if let Some(l) = lists.last_mut() {
                    l.1 += 1;
                    let mark = if l.0 { format!("{}.", l.1) } else { "-".into() };
                    pending = Some(format!("{}{mark}", "  ".repeat(depth)));
                }
            }
            Event::TaskListMarker(_) => {
                pending = None;
                if let Some(l) = lists.last_mut() {
                    l.2 = true;
                }
            }
            _ => {}
        }
    }
    out
}

fn body(md_file: &str) -> &str {
    md_file.splitn(3, "+++").nth(2).unwrap_or(md_file)
}

fn zip_entry(bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut s = String::new();
    z.by_name(name).expect("entry").read_to_string(&mut s).expect("utf-8");
    s
}

fn attr(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.as_ref() == name).map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// Word: each numbered paragraph's level, and its number counted per numbering instance
/// (one per list, so each restarts at 1); instance 1 is the bullets.
fn docx_shape(xml: &str) -> Vec<String> {
    let mut r = quick_xml::Reader::from_str(xml);
    let (mut ilvl, mut num) = (None::<usize>, None::<String>);
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    loop {
        match r.read_event().expect("xml") {
            X::Eof => break,
            X::Start(e) | X::Empty(e) => match e.name().as_ref() {
                b"w:p" => (ilvl, num) = (None, None),
                b"w:ilvl" => ilvl = attr(&e, b"w:val").and_then(|v| v.parse().ok()),
                b"w:numId" => num = attr(&e, b"w:val"),
                _ => {}
            },
            X::End(e) if e.name().as_ref() == b"w:p" => {
                if let (Some(l), Some(n)) = (ilvl.take(), num.take()) {
                    let mark = if n == "1" {
                        "-".to_string()
                    } else {
                        let c = counts.entry(n).or_default();
                        *c += 1;
                        format!("{c}.")
                    };
                    out.push(format!("{}{mark}", "  ".repeat(l)));
                }
            }
            _ => {}
        }
    }
    out
}

/// ODF: list items by nesting, ordered when their list has the numbered style.
fn odt_shape(xml: &str) -> Vec<String> {
    let mut r = quick_xml::Reader::from_str(xml);
    let mut lists: Vec<(bool, usize)> = Vec::new();
    let mut out = Vec::new();
    loop {
        match r.read_event().expect("xml") {
            X::Eof => break,
            X::Start(e) if e.name().as_ref() == b"text:list" => {
                lists.push((attr(&e, b"text:style-name").as_deref() == Some("LN"), 0));
            }
            X::End(e) if e.name().as_ref() == b"text:list" => {
                lists.pop();
            }
            X::Start(e) if e.name().as_ref() == b"text:list-item" => {
                let depth = lists.len() - 1;
                let l = lists.last_mut().expect("an item inside a list");
                l.1 += 1;
                let mark = if l.0 { format!("{}.", l.1) } else { "-".into() };
                out.push(format!("{}{mark}", "  ".repeat(depth)));
            }
            _ => {}
        }
    }
    out
}

/// HTML: `li` by nesting of `ol`/`ul`, leaving out the checklists (`ul class="check"`).
fn html_shape(html: &str) -> Vec<String> {
    let mut r = quick_xml::Reader::from_str(html);
    r.config_mut().check_end_names = false;
    // Per open list: ordered, count, a checklist.
    let mut lists: Vec<(bool, usize, bool)> = Vec::new();
    let mut out = Vec::new();
    loop {
        match r.read_event() {
            Ok(X::Eof) | Err(_) => break,
            Ok(X::Start(e)) => match e.name().as_ref() {
                b"ol" | b"ul" => {
                    let check = attr(&e, b"class").as_deref() == Some("check");
                    lists.push((e.name().as_ref() == b"ol", 0, check));
                }
                b"li" => {
                    let depth = lists.len().saturating_sub(1);
                    if let Some(l) = lists.last_mut()
                        && !l.2
                    {
                        l.1 += 1;
                        let mark = if l.0 { format!("{}.", l.1) } else { "-".into() };
                        out.push(format!("{}{mark}", "  ".repeat(depth)));
                    }
                }
                _ => {}
            },
            Ok(X::End(e)) if matches!(e.name().as_ref(), b"ol" | b"ul") => {
                lists.pop();
            }
            _ => {}
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_toolkit_document_keeps_the_lists_of_its_markdown() {
    let s = TestServer::start(TestDb::sqlite().await).await;
    let c = s.client();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/resources");
    let mut dirs: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).collect();
    dirs.sort();
    let mut nested = 0;
    for dir in dirs {
        let slug = dir.file_name().unwrap().to_string_lossy().to_string();
        for lang in ["nl", "en", "fr"] {
            let Ok(md) = std::fs::read_to_string(dir.join(format!("{lang}.md"))) else { continue };
            let want = markdown_shape(body(&md));
            if want.iter().any(|l| l.starts_with(' ')) {
                nested += 1;
            }
            let get = async |format: &str| {
                let r = c.get(&format!("/toolkit/r/{slug}/download/{format}?lang={lang}")).await;
                assert_eq!(r.status, 200, "{slug} {lang} {format}");
                r
            };
            let docx = c.http.get(c.url(&format!("/toolkit/r/{slug}/download/docx?lang={lang}"))).send().await.unwrap();
            let docx = docx.bytes().await.unwrap();
            assert_eq!(docx_shape(&zip_entry(&docx, "word/document.xml")), want, "{slug} {lang} docx");
            let odt = c.http.get(c.url(&format!("/toolkit/r/{slug}/download/odt?lang={lang}"))).send().await.unwrap();
            let odt = odt.bytes().await.unwrap();
            assert_eq!(odt_shape(&zip_entry(&odt, "content.xml")), want, "{slug} {lang} odt");
            assert_eq!(markdown_shape(&get("md").await.body), want, "{slug} {lang} md");
            assert_eq!(html_shape(&get("html").await.body), want, "{slug} {lang} html");
        }
    }
    assert!(nested >= 5, "the shipped texts have nested lists to test ({nested})");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_hour_pdf_keeps_seven_steps() {
    let s = TestServer::start(TestDb::sqlite().await).await;
    let c = s.client();
    let r = c.http.get(c.url("/toolkit/r/first-hour-of-ransomware/download/pdf?lang=nl")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("first-hour.pdf");
    std::fs::write(&pdf, r.bytes().await.unwrap()).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout".as_ref(), pdf.as_os_str(), "-".as_ref()])
        .output()
        .expect("pdftotext (scripts/test-all installs poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    let steps = text.split("Stappen").nth(1).and_then(|t| t.split("Wat u in het eerste uur niet doet").next()).unwrap();
    let numbers: Vec<u32> =
        steps.lines().filter_map(|l| l.trim_start().split_once(". ").and_then(|(n, _)| n.parse().ok())).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6, 7], "seven steps, no more:\n{steps}");
    let five = steps.split("Minuut 20 tot 40").nth(1).unwrap().split("Minuut 30 tot 50").next().unwrap();
    assert_eq!(five.matches('•').count(), 7, "the seven decisions sit under step 5:\n{five}");
    assert!(five.contains("Wie:"), "the 'who' line stays with step 5");
}
