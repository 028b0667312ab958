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
