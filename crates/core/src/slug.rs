//! Slugs for addresses and file names.

/// A slug from a title: lower-case ASCII words joined by hyphens, at most 60
/// characters, accents folded; `fallback` when nothing of the title is left. The one
/// slug of the workspace: resource addresses and file names alike.
pub fn slug_or(title: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'À' | 'Á' | 'Â' | 'Ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let s = out.trim_matches('-').to_string();
    if s.is_empty() { fallback.into() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_for_addresses_and_files() {
        assert_eq!(slug_or("Gemeente Sint-Truiden", "plan"), "gemeente-sint-truiden");
        assert_eq!(slug_or("  Écoles & crèches ", "x"), "ecoles-creches");
        assert_eq!(slug_or("!!!", "plan"), "plan");
    }
}
