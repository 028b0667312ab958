//! Every request Weerbaar itself sends to another server (the link checker today; OIDC
//! discovery or webhooks later) goes through [`client`]: it never reaches loopback,
//! private, link-local or unique-local addresses (`core::net::is_public`), whether the
//! address is written in the URL, comes out of DNS, or is where a redirect points.

use std::net::SocketAddr;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::redirect::{Attempt, Policy};
use weerbaar_core::net::is_public;

/// Redirects followed at most.
pub const MAX_REDIRECTS: usize = 5;

/// The message recorded when an address is refused.
pub const REFUSED: &str = "refused: internal network address";

/// Names resolved to a fixed address without the public-address check. Empty in
/// production; tests use it to reach their own loopback servers.
#[derive(Debug, Clone, Default)]
pub struct Trusted(pub Vec<(String, SocketAddr)>);

/// DNS that only answers public addresses.
struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        Box::pin(async move {
            let host = name.as_str().to_string();
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public: Vec<SocketAddr> = found.into_iter().filter(|a| is_public(a.ip())).collect();
            if public.is_empty() {
                return Err(std::io::Error::other(REFUSED).into());
            }
            Ok(Box::new(public.into_iter()) as Addrs)
        })
    }
}

/// Whether a URL's host is an address literal the server may not contact (names are
/// judged after DNS by the resolver).
/// (The URL parser writes every IPv4 form, like `0x7f.1` or `2130706433`, as dotted
/// decimal.)
pub fn refused_literal(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else { return true };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.parse::<std::net::IpAddr>().is_ok_and(|ip| !is_public(ip))
}

fn follow(attempt: Attempt) -> reqwest::redirect::Action {
    let url = attempt.url();
    if attempt.previous().len() >= MAX_REDIRECTS {
        attempt.error("too many redirects")
    } else if !matches!(url.scheme(), "http" | "https") || refused_literal(url) {
        attempt.error(REFUSED)
    } else {
        attempt.follow()
    }
}

/// The HTTP client for outbound requests.
pub fn client(timeout: Duration, user_agent: &str, trusted: &Trusted) -> Result<reqwest::Client, String> {
    // TLS with the ring provider the rest of Weerbaar uses (installed once per process).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut b = reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(Policy::custom(follow))
        .dns_resolver(std::sync::Arc::new(PublicOnly))
        .user_agent(user_agent.to_string());
    for (name, addr) in &trusted.0 {
        b = b.resolve(name, *addr);
    }
    b.build().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_internal_addresses_are_refused_in_every_spelling() {
        for u in [
            "http://127.0.0.1/",
            "http://2130706433/",
            "http://0x7f.1/",
            "http://[::1]:8080/",
            "http://[::ffff:127.0.0.1]/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/",
            "http://0/",
        ] {
            assert!(refused_literal(&reqwest::Url::parse(u).unwrap()), "{u}");
        }
        for u in ["https://www.vlaanderen.be/", "http://8.8.8.8/", "https://[2a02:1800::1]/"] {
            assert!(!refused_literal(&reqwest::Url::parse(u).unwrap()), "{u}");
        }
    }
}
