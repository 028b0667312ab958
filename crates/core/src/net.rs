//! Rules about network addresses: which client address to believe behind proxies, and
//! which addresses the server may send requests to.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The client's address from `X-Forwarded-For` when `hops` trusted proxies sit in front.
/// Each proxy appends the address it received the request from, so the client is the
/// `hops`-th entry from the right; anything left of it is what the client itself sent and
/// proves nothing. `values` are the header's values in the order received. None when
/// `hops` is 0, the header is missing, or the entry is not an address (then the socket
/// peer counts).
pub fn forwarded_client(values: &[&str], hops: u8) -> Option<IpAddr> {
    if hops == 0 {
        return None;
    }
    let entries: Vec<&str> = values.iter().flat_map(|v| v.split(',')).map(str::trim).collect();
    if entries.iter().all(|e| e.is_empty()) {
        return None;
    }
    // Fewer entries than trusted hops: every entry came from a trusted proxy, so the
    // left-most is the address the first one saw.
    let i = entries.len().saturating_sub(usize::from(hops));
    parse_entry(entries[i])
}

/// An address as proxies write it: `192.0.2.1`, `2001:db8::1`, `[2001:db8::1]:443` or
/// `192.0.2.1:5000`.
fn parse_entry(e: &str) -> Option<IpAddr> {
    if let Ok(ip) = e.parse::<IpAddr>() {
        return Some(ip);
    }
    e.parse::<std::net::SocketAddr>().ok().map(|s| s.ip())
}

/// Whether the server may send a request to this address: not loopback, private,
/// link-local, unique-local, shared (carrier-grade NAT), multicast, documentation,
/// unspecified or otherwise reserved. IPv4 inside IPv6 (mapped or NAT64-style) counts as
/// the IPv4 address it carries.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public_v4(v4);
            }
            is_public_v6(v6)
        }
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space (RFC 6598)
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240) // reserved
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    // 64:ff9b::/96 translates to IPv4: judge the address it carries.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        let [a, b] = s[6].to_be_bytes();
        let [c, d] = s[7].to_be_bytes();
        return is_public_v4(Ipv4Addr::new(a, b, c, d));
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00 // unique local
        || (s[0] & 0xffc0) == 0xfe80 // link-local
        || (s[0] & 0xffc0) == 0xfec0 // old site-local
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || (s[0] == 0x2001 && s[1] < 0x0200) // IETF protocol assignments (Teredo, ORCHID …)
        || (s[0] == 0x0100 && s[1..4] == [0, 0, 0]) // discard-only
        || s[0..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible (deprecated)
}

/// Whether `next` (where to go after signing in) is a path on our own site: one leading
/// `/`, then only visible ASCII without backslashes, and never a second `/` right after
/// the first (`//host` is another site). Control characters and whitespace are refused
/// outright: browsers drop a tab or newline, which turns `/\t/evil.test` into
/// `//evil.test`.
pub fn is_local_path(next: &str) -> bool {
    let b = next.as_bytes();
    b.first() == Some(&b'/')
        && !matches!(b.get(1), Some(b'/' | b'\\'))
        && b.len() < 2000
        && b.iter().all(|c| c.is_ascii_graphic() && *c != b'\\')
}

/// Scheme, host and port of an origin or URL (`https://a.test:8443/x` → `("https",
/// "a.test", 8443)`), with the default port filled in and the host in lower case.
fn origin_parts(url: &str) -> Option<(String, String, u16)> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let (host, port) = host_port(authority, default)?;
    Some((scheme, host, port))
}

/// `host[:port]` (IPv6 in brackets) with `default` when no port is given.
fn host_port(authority: &str, default: u16) -> Option<(String, u16)> {
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (h, after) = v6.split_once(']')?;
        (format!("[{h}]"), after.strip_prefix(':'))
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), Some(p)),
            None => (authority.to_string(), None),
        }
    };
    let port = match port {
        Some(p) => p.parse().ok()?,
        None => default,
    };
    (!host.is_empty()).then(|| (host.to_ascii_lowercase(), port))
}

/// Whether a browser's `Origin` is our own site: the same scheme, host and port as the
/// public URL, or (for an installation reached under another name, like `localhost`)
/// the same scheme as the public URL with the host and port the request was sent to.
/// `null` and anything unparsable are not.
pub fn is_same_origin(origin: &str, public_url: &str, host_header: Option<&str>) -> bool {
    let (Some(o), Some(p)) = (origin_parts(origin.trim()), origin_parts(public_url)) else { return false };
    if o == p {
        return true;
    }
    let default = if p.0 == "https" { 443 } else { 80 };
    o.0 == p.0
        && host_header.and_then(|h| host_port(h.trim(), default)).is_some_and(|(h, port)| (h, port) == (o.1, o.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_client_is_counted_from_the_right() {
        // nginx appends the peer: a forged left-most entry is ignored.
        assert_eq!(forwarded_client(&["6.6.6.6, 203.0.113.7"], 1), Some(ip("203.0.113.7")));
        assert_eq!(forwarded_client(&["6.6.6.6, 203.0.113.7, 10.0.0.2"], 2), Some(ip("203.0.113.7")));
        // Two header lines count as one list.
        assert_eq!(forwarded_client(&["6.6.6.6", "203.0.113.7"], 1), Some(ip("203.0.113.7")));
        // Fewer entries than hops: the left-most, which a trusted proxy wrote.
        assert_eq!(forwarded_client(&["203.0.113.7"], 3), Some(ip("203.0.113.7")));
        assert_eq!(forwarded_client(&["[2001:db8::1]:443"], 1), Some(ip("2001:db8::1")));
        assert_eq!(forwarded_client(&["192.0.2.1:5000"], 1), Some(ip("192.0.2.1")));
    }

    #[test]
    fn no_trusted_proxy_or_no_address_means_the_peer() {
        assert_eq!(forwarded_client(&["203.0.113.7"], 0), None);
        assert_eq!(forwarded_client(&[], 1), None);
        assert_eq!(forwarded_client(&[" "], 1), None);
        assert_eq!(forwarded_client(&["1.2.3.4, unknown"], 1), None);
        assert_eq!(forwarded_client(&["1.2.3.4, "], 1), None);
    }

    #[test]
    fn only_paths_on_our_own_site_are_local() {
        for ok in ["/", "/o/1", "/o/1/plan?tab=bia#x", "/toolkit?q=a%20b", "/a/b//c"] {
            assert!(is_local_path(ok), "{ok}");
        }
        for bad in [
            "",
            "evil",
            "//evil.test",
            "/\\evil.test",
            "/\t/evil.test",
            "/\n/evil.test",
            "/ /evil.test",
            "\t/evil.test",
            "https://evil.test",
            "/a\\b",
            "/é",
            "/\u{202e}x",
        ] {
            assert!(!is_local_path(bad), "{bad:?}");
        }
        assert!(!is_local_path(&format!("/{}", "a".repeat(2000))));
    }

    #[test]
    fn the_origin_must_match_scheme_host_and_port() {
        let public = "https://weerbaar.voorbeeld.test";
        assert!(is_same_origin("https://weerbaar.voorbeeld.test", public, None));
        assert!(is_same_origin("https://Weerbaar.Voorbeeld.test:443", public, None));
        assert!(!is_same_origin("http://weerbaar.voorbeeld.test", public, Some("weerbaar.voorbeeld.test")), "scheme");
        assert!(!is_same_origin("https://weerbaar.voorbeeld.test:8443", public, None), "port");
        assert!(!is_same_origin("https://evil.test", public, Some("weerbaar.voorbeeld.test")));
        assert!(!is_same_origin("null", public, Some("weerbaar.voorbeeld.test")));
        assert!(!is_same_origin("https://a@weerbaar.voorbeeld.test", public, None));
        // Reached under another name than the public URL, same scheme: the Host decides.
        let local = "http://127.0.0.1:8080";
        assert!(is_same_origin("http://localhost:8080", local, Some("localhost:8080")));
        assert!(!is_same_origin("http://localhost:8080", local, Some("localhost:9090")));
        assert!(!is_same_origin("https://localhost:8080", local, Some("localhost:8080")), "scheme");
        assert!(is_same_origin("http://[::1]:8080", local, Some("[::1]:8080")));
        assert!(is_same_origin("http://127.0.0.1:8080", "http://127.0.0.1:8080/", None));
    }

    #[test]
    fn internal_addresses_are_not_public() {
        for s in [
            "127.0.0.1",
            "127.8.9.1",
            "0.0.0.0",
            "0.1.2.3",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "192.0.0.8",
            "192.0.2.1",
            "198.18.0.1",
            "224.0.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "64:ff9b::7f00:1",
            "100::1",
        ] {
            assert!(!is_public(ip(s)), "{s} must not be public");
        }
    }

    #[test]
    fn ordinary_internet_addresses_are_public() {
        for s in [
            "1.1.1.1",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "193.191.245.1",
            "2a02:1800::1",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
        ] {
            assert!(is_public(ip(s)), "{s} is public");
        }
    }
}
