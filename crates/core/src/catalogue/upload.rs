//! Files added to a resource: which kinds are accepted, how large, and whether the
//! content is what the extension says.

/// Largest video file.
pub const VIDEO_MAX: usize = 100 * 1024 * 1024;
/// Largest other file.
pub const FILE_MAX: usize = 20 * 1024 * 1024;
const NAME_MAX: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Video,
    Captions,
    Document,
    Text,
    Image,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadError {
    #[error("the file name is empty, too long or has characters that are not allowed")]
    BadName,
    #[error("this kind of file is not accepted")]
    WrongType,
    #[error("the file is larger than allowed ({max} bytes)")]
    TooLarge { max: usize },
    #[error("the file's content does not match its extension")]
    Mismatch,
    #[error("the file is empty")]
    Empty,
}

impl UploadError {
    /// The i18n message id.
    pub fn code(&self) -> &'static str {
        match self {
            UploadError::BadName => "error-upload-name",
            UploadError::WrongType => "error-upload-type",
            UploadError::TooLarge { .. } => "error-upload-too-large",
            UploadError::Mismatch => "error-upload-mismatch",
            UploadError::Empty => "error-upload-missing",
        }
    }
}

/// A safe file name: the last path part, letters, digits, space, dot, hyphen, underscore.
pub fn clean_name(name: &str) -> Result<String, UploadError> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    if base.is_empty()
        || base.starts_with('.')
        || base.chars().count() > NAME_MAX
        || !base.chars().all(|c| c.is_alphanumeric() || " .-_()".contains(c))
    {
        return Err(UploadError::BadName);
    }
    Ok(base.to_string())
}

fn is_zip(b: &[u8]) -> bool {
    b.starts_with(b"PK\x03\x04")
}

fn is_text(b: &[u8]) -> bool {
    std::str::from_utf8(b).is_ok() && !b.contains(&0)
}

/// Checks a file by extension, size and content; returns its kind.
pub fn check(name: &str, bytes: &[u8]) -> Result<Kind, UploadError> {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).ok_or(UploadError::WrongType)?;
    let kind = match ext.as_str() {
        "mp4" | "webm" => Kind::Video,
        "vtt" => Kind::Captions,
        "pdf" | "docx" | "odt" | "xlsx" | "ods" | "pptx" | "odp" => Kind::Document,
        "csv" | "md" | "txt" => Kind::Text,
        "png" | "jpg" | "jpeg" => Kind::Image,
        _ => return Err(UploadError::WrongType),
    };
    if bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    let max = if kind == Kind::Video { VIDEO_MAX } else { FILE_MAX };
    if bytes.len() > max {
        return Err(UploadError::TooLarge { max });
    }
    let ok = match ext.as_str() {
        "mp4" => bytes.len() > 12 && &bytes[4..8] == b"ftyp",
        "webm" => bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]),
        "vtt" => {
            let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            b.starts_with(b"WEBVTT") && is_text(b)
        }
        "pdf" => bytes.starts_with(b"%PDF-"),
        "docx" | "odt" | "xlsx" | "ods" | "pptx" | "odp" => is_zip(bytes),
        "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "jpg" | "jpeg" => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
        _ => is_text(bytes),
    };
    if !ok {
        return Err(UploadError::Mismatch);
    }
    Ok(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_files_that_are_what_they_say() {
        let mp4 = [&[0, 0, 0, 0x18][..], b"ftypisom", &[0; 8]].concat();
        assert_eq!(check("uitleg.mp4", &mp4), Ok(Kind::Video));
        assert_eq!(check("uitleg.webm", &[0x1A, 0x45, 0xDF, 0xA3, 1, 2]), Ok(Kind::Video));
        assert_eq!(check("uitleg.nl.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n"), Ok(Kind::Captions));
        assert_eq!(check("x.vtt", b"\xEF\xBB\xBFWEBVTT\n"), Ok(Kind::Captions));
        assert_eq!(check("lijst.csv", "a;b\né;ü\n".as_bytes()), Ok(Kind::Text));
        assert_eq!(check("sjabloon.docx", b"PK\x03\x04rest"), Ok(Kind::Document));
        assert_eq!(check("f.PDF", b"%PDF-1.7"), Ok(Kind::Document));
    }

    #[test]
    fn refuses_wrong_type_size_and_content() {
        assert_eq!(check("virus.exe", b"MZ"), Err(UploadError::WrongType));
        assert_eq!(check("noext", b"x"), Err(UploadError::WrongType));
        assert_eq!(check("film.mp4", b"<html>not a video</html>"), Err(UploadError::Mismatch));
        assert_eq!(check("fake.pdf", b"PK\x03\x04"), Err(UploadError::Mismatch));
        assert_eq!(check("x.vtt", b"1\n00:00 --> 00:01\n"), Err(UploadError::Mismatch));
        assert_eq!(check("bin.csv", &[0xff, 0xfe, 0]), Err(UploadError::Mismatch));
        assert_eq!(check("leeg.txt", b""), Err(UploadError::Empty));
        let big = vec![b'a'; FILE_MAX + 1];
        assert_eq!(check("groot.txt", &big), Err(UploadError::TooLarge { max: FILE_MAX }));
    }

    #[test]
    fn names() {
        assert_eq!(clean_name("C:\\Users\\x\\Back-up plan (v2).docx").unwrap(), "Back-up plan (v2).docx");
        assert_eq!(clean_name("../../etc/passwd").unwrap(), "passwd");
        assert!(clean_name(".htaccess").is_err());
        assert!(clean_name("a<b>.txt").is_err());
        assert!(clean_name("").is_err());
        assert!(clean_name(&format!("{}.txt", "a".repeat(200))).is_err());
    }
}
