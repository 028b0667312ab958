//! Scanner text made fit for the register: no control or disguising characters, HTML
//! reduced to its text, and at most the register's lengths (a scanner's text is not a
//! person's input to refuse, so it is shortened with an ellipsis).

use weerbaar_core::bcp::model::{LINE_MAX, TEXT_MAX};
use weerbaar_core::validation::is_disguising;

fn keep(s: &str, multiline: bool) -> String {
    s.chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|c| !is_disguising(*c) && (!c.is_control() || (multiline && (*c == '\n' || *c == '\t'))))
        .map(|c| if !multiline && (c == '\n' || c == '\t') { ' ' } else { c })
        .collect()
}

fn cut(s: String, max: usize) -> String {
    let s = s.trim().to_string();
    if s.chars().count() <= max {
        return s;
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

pub fn line(s: &str) -> String {
    let one: String = keep(s, false).split_whitespace().collect::<Vec<_>>().join(" ");
    cut(one, LINE_MAX)
}

pub fn body(s: &str) -> String {
    let t = keep(s, true);
    let lines: Vec<&str> = t.lines().map(str::trim_end).collect();
    // No runs of empty lines.
    let mut out = String::new();
    let mut blank = 0;
    for l in lines {
        if l.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(l);
        out.push('\n');
    }
    cut(out, TEXT_MAX)
}

/// HTML as ZAP writes it (`<p>…</p>`) as text: tags become line breaks, the five XML
/// entities are read.
pub fn from_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push('\n');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    body(&out)
}

/// A URL with the values of its query left out (`?id=&page=`), so a scan that tried
/// other values finds the same finding.
pub fn url_without_query_values(url: &str) -> String {
    let (base, frag) = match url.split_once('#') {
        Some((b, _)) => (b, true),
        None => (url, false),
    };
    let _ = frag;
    match base.split_once('?') {
        None => base.to_string(),
        Some((path, q)) => {
            let keys: Vec<&str> =
                q.split('&').filter(|p| !p.is_empty()).map(|p| p.split('=').next().unwrap_or("")).collect();
            format!("{path}?{}", keys.iter().map(|k| format!("{k}=")).collect::<Vec<_>>().join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning() {
        assert_eq!(line("  a\u{202e}b\n c\u{7}  "), "ab c");
        assert_eq!(body("a\r\n\n\n\nb\u{0}"), "a\n\nb");
        assert_eq!(from_html("<p>Ga naar &lt;a&gt; &amp; kijk</p><p>Twee</p>"), "Ga naar <a> & kijk\n\nTwee");
        assert_eq!(line(&"x".repeat(400)).chars().count(), LINE_MAX);
        assert_eq!(url_without_query_values("https://a.be/p?id=5&q=x#top"), "https://a.be/p?id=&q=");
        assert_eq!(url_without_query_values("https://a.be/p"), "https://a.be/p");
    }
}
