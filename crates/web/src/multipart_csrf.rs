//! The CSRF token of a file upload, read from the form's first field instead of the
//! address (where it would end up in logs and the browser history). Only the start of
//! the body is read; the handler gets the whole body as it came.

use axum::body::{Body, Bytes};
use futures_util::StreamExt;

/// How much of a multipart body is read to find the token.
pub const PREFIX_MAX: usize = 8 * 1024;

/// The boundary of a `multipart/form-data` content type.
pub fn boundary_of(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        let v = v.trim().trim_matches('"');
        (k.trim().eq_ignore_ascii_case("boundary") && !v.is_empty() && v.len() <= 70).then(|| v.to_string())
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The `_csrf` value when it is the first part of the body.
pub fn first_part_token(prefix: &[u8], boundary: &str) -> Option<String> {
    let delim = format!("--{boundary}");
    let at = find(prefix, delim.as_bytes())?;
    let rest = prefix[at + delim.len()..].strip_prefix(b"\r\n")?;
    let head_end = find(rest, b"\r\n\r\n")?;
    let head = std::str::from_utf8(&rest[..head_end]).ok()?;
    let named_csrf = head.split("\r\n").any(|line| {
        line.split_once(':').is_some_and(|(k, v)| {
            k.trim().eq_ignore_ascii_case("content-disposition")
                && v.split(';').any(|p| p.trim() == "name=\"_csrf\"" || p.trim() == "name=_csrf")
        })
    });
    if !named_csrf {
        return None;
    }
    let value = &rest[head_end + 4..];
    let end = find(value, format!("\r\n{delim}").as_bytes())?;
    let token = std::str::from_utf8(&value[..end]).ok()?;
    (token.len() <= 200).then(|| token.to_string())
}

/// Reads up to [`PREFIX_MAX`] bytes of the body; gives them back with a body that still
/// yields everything.
pub async fn peek(body: Body) -> (Vec<u8>, Body) {
    let mut stream = body.into_data_stream();
    let mut prefix = Vec::new();
    let mut failed = None;
    while prefix.len() < PREFIX_MAX {
        match stream.next().await {
            Some(Ok(b)) => prefix.extend_from_slice(&b),
            Some(Err(e)) => {
                failed = Some(e);
                break;
            }
            None => break,
        }
    }
    let head = futures_util::stream::iter([Ok::<Bytes, axum::Error>(Bytes::from(prefix.clone()))]);
    let tail = futures_util::stream::iter(failed.map(Err));
    (prefix, Body::from_stream(head.chain(tail).chain(stream)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(first_name: &str, value: &str) -> Vec<u8> {
        format!(
            "--XyZ\r\nContent-Disposition: form-data; name=\"{first_name}\"\r\n\r\n{value}\r\n--XyZ\r\n\
             Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x01\x02\r\n--XyZ--\r\n"
        )
        .into_bytes()
    }

    #[test]
    fn boundaries() {
        assert_eq!(boundary_of("multipart/form-data; boundary=XyZ").as_deref(), Some("XyZ"));
        assert_eq!(boundary_of("Multipart/Form-Data; charset=utf-8; boundary=\"a b\"").as_deref(), Some("a b"));
        assert_eq!(boundary_of("multipart/form-data"), None);
        assert_eq!(boundary_of("application/json; boundary=x"), None);
        assert_eq!(boundary_of("multipart/form-data; boundary="), None);
    }

    #[test]
    fn the_token_is_the_first_field() {
        assert_eq!(first_part_token(&body("_csrf", "abc123"), "XyZ").as_deref(), Some("abc123"));
        assert_eq!(first_part_token(&body("other", "abc123"), "XyZ"), None, "not named _csrf");
        assert_eq!(first_part_token(&body("_csrf_x", "abc"), "XyZ"), None);
        assert_eq!(first_part_token(&body("_csrf", "abc"), "Other"), None, "wrong boundary");
        assert_eq!(first_part_token(b"", "XyZ"), None);
        let cut = body("_csrf", "abc123");
        assert_eq!(first_part_token(&cut[..60], "XyZ"), None, "value not complete");
        assert_eq!(first_part_token(&body("_csrf", &"x".repeat(300)), "XyZ"), None, "too long");
    }

    #[tokio::test]
    async fn peeking_gives_the_whole_body_back() {
        let data: Vec<u8> = (0..40_000u32).map(|i| (i % 256) as u8).collect();
        let chunks: Vec<Result<Bytes, std::io::Error>> =
            data.chunks(3000).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
        let (prefix, body) = peek(Body::from_stream(futures_util::stream::iter(chunks))).await;
        assert!(prefix.len() >= PREFIX_MAX && prefix.len() < PREFIX_MAX + 3000);
        assert_eq!(&data[..prefix.len()], prefix.as_slice());
        let all = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        assert_eq!(all.as_ref(), data.as_slice());
    }
}
