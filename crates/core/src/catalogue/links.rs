//! The external links of published resources, and when to check each again: broken
//! links are retried with growing pauses, working ones once a week.

use std::collections::BTreeSet;

use super::Published;

/// A working link is checked again after this long.
pub const RECHECK_OK_MS: i64 = 7 * 24 * 3_600_000;
const RETRY_FIRST_MS: i64 = 3_600_000;

/// Every http(s) address a resource points to: its original, its video, and links in
/// its texts.
pub fn external_urls(p: &Published) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for u in [&p.meta.original_url, &p.meta.video_url].into_iter().flatten() {
        if is_web(u) {
            out.insert(u.clone());
        }
    }
    for t in p.texts.values() {
        out.extend(urls_in(&t.body));
        out.extend(urls_in(&t.why));
    }
    out
}

fn is_web(u: &str) -> bool {
    (u.starts_with("https://") || u.starts_with("http://")) && u.len() > 10 && u.len() <= 2_000 && !is_example(u)
}

/// An address in a name reserved for examples (RFC 2606, RFC 6761): it never resolves,
/// so a text that shows one ("https://www.voorbeeld.test/security.txt") is not a link
/// to check.
fn is_example(u: &str) -> bool {
    let host = u.split_once("://").map_or("", |(_, r)| r);
    let host = host.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").trim_end_matches('.').to_ascii_lowercase();
    let reserved_tld = [".test", ".example", ".invalid", ".localhost"].iter().any(|t| host.ends_with(t));
    let reserved_name =
        ["example.com", "example.net", "example.org"].iter().any(|d| host == *d || host.ends_with(&format!(".{d}")));
    reserved_tld || reserved_name
}

/// The web addresses in a text (Markdown links, autolinks, bare addresses).
pub fn urls_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("http") {
        let tail = &rest[i..];
        if tail.starts_with("https://") || tail.starts_with("http://") {
            let end = tail
                .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '"' | ']' | '<'))
                .unwrap_or(tail.len());
            let url = tail[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            if is_web(url) {
                out.push(url.to_string());
            }
            rest = &tail[end.max(1)..];
        } else {
            rest = &tail[4..];
        }
    }
    out
}

/// When to check a link again after `failures` failures in a row (0: it works).
pub fn next_check(now: i64, failures: i64) -> i64 {
    if failures <= 0 {
        return now + RECHECK_OK_MS;
    }
    let exp = (failures - 1).min(8) as u32;
    now + (RETRY_FIRST_MS << exp).min(RECHECK_OK_MS)
}

/// A link counts as broken after this many failures in a row (one bad moment is not enough).
pub const BROKEN_AFTER: i64 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_addresses_are_not_links() {
        let text = "Zie https://www.voorbeeld.test/.well-known/security.txt en https://example.com/x, \
                    maar ook https://www.ccb.belgium.be/nl en http://intranet.example.org:8080/a.";
        assert_eq!(urls_in(text), vec!["https://www.ccb.belgium.be/nl".to_string()]);
    }

    #[test]
    fn finds_addresses_in_text() {
        let t =
            "Zie [de gids](https://gids.be/pagina?a=1). Of <https://auto.be/x>, en http://plain.be/y, of https://x.";
        assert_eq!(urls_in(t), vec!["https://gids.be/pagina?a=1", "https://auto.be/x", "http://plain.be/y"]);
        assert!(urls_in("geen adressen, wel httpd en http:/kapot").is_empty());
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(next_check(0, 0), RECHECK_OK_MS);
        assert_eq!(next_check(0, 1), 3_600_000);
        assert_eq!(next_check(0, 2), 7_200_000);
        assert_eq!(next_check(0, 50), RECHECK_OK_MS);
    }
}
