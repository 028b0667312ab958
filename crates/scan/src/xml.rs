//! A small streaming walk over an XML report: element paths, attributes and text, one
//! element at a time. Document type declarations are refused outright: no scanner
//! writes one, and they are how external entities and entity expansion ("billion
//! laughs") get in. Only the five predefined entities and character references are read.

use std::io::{BufRead, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::{Problem, Unusable};

/// A reader that counts the lines it has handed out, for messages.
pub struct Lines<R> {
    inner: R,
    pub line: usize,
}

impl<R: BufRead> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let avail = self.fill_buf()?;
            let n = avail.len().min(buf.len());
            buf[..n].copy_from_slice(&avail[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Lines<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        if let Ok(b) = self.inner.fill_buf() {
            self.line += b[..amt.min(b.len())].iter().filter(|c| **c == b'\n').count();
        }
        self.inner.consume(amt)
    }
}

/// What the walk reports.
pub enum Ev<'a> {
    Start {
        path: &'a [String],
        attrs: &'a [(String, String)],
    },
    /// An element ends, with its own text (not its children's).
    End {
        path: &'a [String],
        text: &'a str,
    },
}

/// The root element's name of an XML text (for format detection).
pub fn root_name(t: &str) -> Option<String> {
    let mut rest = t;
    loop {
        let i = rest.find('<')?;
        rest = &rest[i + 1..];
        if rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
        return Some(rest[..end].to_string());
    }
}

pub fn walk<R: BufRead>(input: R, mut f: impl FnMut(Ev<'_>, usize) -> Result<(), Problem>) -> Result<(), Unusable> {
    let mut r = Reader::from_reader(Lines { inner: input, line: 1 });
    r.config_mut().trim_text(false);
    r.config_mut().expand_empty_elements = true;
    let mut buf = Vec::new();
    let mut path: Vec<String> = Vec::new();
    // The own text of each open element (a host's address before its child elements).
    let mut texts: Vec<String> = Vec::new();
    let mut attrs: Vec<(String, String)> = Vec::new();
    let mut seen_root = false;
    let broken = |line: usize, code: &'static str| Unusable::Broken(Problem::new(format!("line {line}"), code));
    loop {
        let ev = r.read_event_into(&mut buf);
        let line = r.get_ref().line;
        match ev {
            Err(_) => {
                // An error with nothing left to read is a file cut short.
                let rest = r.get_mut().fill_buf().map(|b| b.is_empty()).unwrap_or(false);
                return Err(broken(line, if rest { "import-truncated" } else { "import-broken-xml" }));
            }
            Ok(Event::DocType(_)) => return Err(broken(line, "import-doctype")),
            Ok(Event::Start(e)) => {
                seen_root = true;
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                attrs.clear();
                for a in e.attributes() {
                    let a = a.map_err(|_| broken(line, "import-broken-xml"))?;
                    let v = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|_| broken(line, "import-entity"))?;
                    attrs.push((String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned(), v.into_owned()));
                }
                path.push(name);
                texts.push(String::new());
                f(Ev::Start { path: &path, attrs: &attrs }, line).map_err(Unusable::Broken)?;
            }
            Ok(Event::End(_)) => {
                let text = texts.pop().unwrap_or_default();
                f(Ev::End { path: &path, text: &text }, line).map_err(Unusable::Broken)?;
                path.pop();
            }
            Ok(Event::Text(t)) => {
                let s = t.decode().map_err(|_| broken(line, "import-broken-xml"))?;
                if let Some(text) = texts.last_mut() {
                    text.push_str(&s);
                }
            }
            Ok(Event::CData(t)) => {
                let s = t.decode().map_err(|_| broken(line, "import-broken-xml"))?;
                if let Some(text) = texts.last_mut() {
                    text.push_str(&s);
                }
            }
            Ok(Event::GeneralRef(e)) => {
                if let Some(c) = e.resolve_char_ref().map_err(|_| broken(line, "import-entity"))? {
                    push(&mut texts, c);
                } else {
                    let name = e.decode().map_err(|_| broken(line, "import-broken-xml"))?;
                    let c = match name.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        _ => return Err(broken(line, "import-entity")),
                    };
                    push(&mut texts, c);
                }
            }
            Ok(Event::Eof) => {
                if !path.is_empty() || !seen_root {
                    return Err(broken(line, "import-truncated"));
                }
                return Ok(());
            }
            Ok(_) => {}
        }
        buf.clear();
    }
}

fn push(texts: &mut [String], c: char) {
    if let Some(t) = texts.last_mut() {
        t.push(c);
    }
}

/// The value of an attribute.
pub fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> &'a str {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Whether `path` ends with the given names.
pub fn ends(path: &[String], tail: &[&str]) -> bool {
    path.len() >= tail.len() && path[path.len() - tail.len()..].iter().zip(tail).all(|(a, b)| a == b)
}
