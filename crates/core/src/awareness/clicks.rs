//! Which clicks on a phishing exercise's link count. Mail security scanners follow links
//! seconds after delivery, send HEAD requests and announce themselves; a click counts
//! only when a person confirms it on the page the link opens (one button, no script),
//! and even then not when it comes too soon after delivery or from a known automated
//! agent. Every rule has its own test; counted and filtered clicks are both kept.

/// Sooner than this after delivery, nobody has read the message yet.
pub const TOO_SOON_SECONDS: i64 = 30;

/// Parts of user agents that automated clients send (compared case-insensitively).
/// Generic words only: the rule must not depend on one vendor's product names.
pub const AUTOMATED_AGENTS: &[&str] = &[
    "bot",
    "crawler",
    "spider",
    "scanner",
    "scan",
    "preview",
    "python",
    "curl",
    "wget",
    "go-http-client",
    "java/",
    "libwww",
    "httpclient",
    "okhttp",
    "headless",
    "phantomjs",
    "urlscan",
    "linkcheck",
    "security",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Post,
    Other,
}

/// One request to a tracked link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    pub method: Method,
    pub user_agent: &'a str,
    /// Seconds since the mail was delivered to the recipient's server.
    pub seconds_after_delivery: i64,
    /// The person pressed the button on the confirmation page.
    pub confirmed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filtered {
    Head,
    TooSoon,
    AutomatedAgent,
    /// Opened the link but did not confirm: what a scanner that follows links does.
    NotConfirmed,
}

impl Filtered {
    pub fn as_str(self) -> &'static str {
        match self {
            Filtered::Head => "head",
            Filtered::TooSoon => "too_soon",
            Filtered::AutomatedAgent => "automated_agent",
            Filtered::NotConfirmed => "not_confirmed",
        }
    }
}

/// Counted (Ok) or filtered, with the first rule that filtered it.
pub fn judge(h: &Hit<'_>) -> Result<(), Filtered> {
    if h.method == Method::Head {
        return Err(Filtered::Head);
    }
    let ua = h.user_agent.to_ascii_lowercase();
    if ua.trim().is_empty() || AUTOMATED_AGENTS.iter().any(|a| ua.contains(a)) {
        return Err(Filtered::AutomatedAgent);
    }
    if h.seconds_after_delivery < TOO_SOON_SECONDS {
        return Err(Filtered::TooSoon);
    }
    if !(h.confirmed && h.method == Method::Post) {
        return Err(Filtered::NotConfirmed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROWSER: &str =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    fn hit(method: Method, ua: &str, after: i64, confirmed: bool) -> Hit<'_> {
        Hit { method, user_agent: ua, seconds_after_delivery: after, confirmed }
    }

    #[test]
    fn a_person_who_confirms_counts() {
        assert_eq!(judge(&hit(Method::Post, BROWSER, 600, true)), Ok(()));
    }

    #[test]
    fn head_requests_are_filtered() {
        assert_eq!(judge(&hit(Method::Head, BROWSER, 600, true)), Err(Filtered::Head));
    }

    #[test]
    fn clicks_seconds_after_delivery_are_filtered() {
        assert_eq!(judge(&hit(Method::Post, BROWSER, 5, true)), Err(Filtered::TooSoon));
        assert_eq!(judge(&hit(Method::Post, BROWSER, TOO_SOON_SECONDS, true)), Ok(()));
    }

    #[test]
    fn automated_agents_are_filtered() {
        for ua in ["python-requests/2.32", "curl/8.5.0", "Mozilla/5.0 (compatible; LinkCheck)", "SafeLinks Scanner", ""]
        {
            assert_eq!(judge(&hit(Method::Post, ua, 600, true)), Err(Filtered::AutomatedAgent), "{ua}");
        }
    }

    #[test]
    fn opening_the_link_without_confirming_is_filtered() {
        assert_eq!(judge(&hit(Method::Get, BROWSER, 600, false)), Err(Filtered::NotConfirmed));
        assert_eq!(judge(&hit(Method::Get, BROWSER, 600, true)), Err(Filtered::NotConfirmed), "only the button's POST");
    }
}
