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

/// A content folder's files by their first folder (a resource, module or template) and
/// their path inside it, with the full path kept for messages; a README at the top is
/// allowed, any other loose file is a problem.
pub type Folders<'a> = std::collections::BTreeMap<&'a str, std::collections::BTreeMap<&'a str, (&'a str, &'a str)>>;

pub fn by_folder<'a>(files: &[(&'a str, &'a str)], what: &str, problems: &mut Vec<FileError>) -> Folders<'a> {
    let mut out = Folders::new();
    for (path, text) in files {
        match path.split_once('/') {
            Some((slug, rest)) => {
                out.entry(slug).or_default().insert(rest, (path, text));
            }
            None if *path == "README.md" => {}
            None => problems.push(err(path, format!("a file outside a {what} folder"))),
        }
    }
    out
}
