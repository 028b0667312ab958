//! Reading the shipped content files: every mistake is reported with its file, the line
//! when known, and the reason, so a content author can fix it without a debugger.

/// A problem in a content file: which file, which line (when known), what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {reason}", .line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct FileError {
    pub file: String,
    pub line: Option<usize>,
    pub reason: String,
}

pub(crate) fn err(file: &str, reason: impl Into<String>) -> FileError {
    FileError { file: file.into(), line: None, reason: reason.into() }
}

/// Parses one TOML text, reporting the line of a syntax or shape error.
pub fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, FileError> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        FileError { file: file.into(), line, reason: e.message().to_string() }
    })
}
