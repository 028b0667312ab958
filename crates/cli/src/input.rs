//! What the import commands read from their arguments: the language of messages, and a
//! file no larger than the web accepts.

use std::path::Path;

use weerbaar_web::i18n::Lang;

use crate::CliError;

pub fn lang(s: &str) -> Result<Lang, CliError> {
    Lang::parse(s).ok_or_else(|| CliError::Message(format!("unknown language {s:?}: use nl, en or fr")))
}

pub fn file(path: &Path, max: usize) -> Result<Vec<u8>, CliError> {
    let meta = std::fs::metadata(path).map_err(|err| CliError::Message(format!("{}: {err}", path.display())))?;
    if meta.len() > max as u64 {
        return Err(CliError::Message(format!("{}: larger than {} MB", path.display(), max / 1024 / 1024)));
    }
    std::fs::read(path).map_err(|err| CliError::Message(format!("{}: {err}", path.display())))
}

/// The formats a command takes, for its error message.
pub fn unknown_format(given: &str, all: &[&str]) -> CliError {
    CliError::Message(format!("unknown format {given:?}: use one of {}", all.join(", ")))
}
