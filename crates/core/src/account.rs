//! Accounts: e-mail addresses, display names, password policy and hashing.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::validation::FieldError;

pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const EMAIL_MAX: usize = 254;
pub const NAME_MAX: usize = 100;

/// Lower-cased, trimmed e-mail address with a plausible shape. We do not try to be
/// RFC 5322-complete: the invitation mail is the real test.
pub fn normalise_email(field: &'static str, input: &str) -> Result<String, FieldError> {
    let v = input.trim().to_lowercase();
    if v.is_empty() {
        return Err(FieldError::new(field, "error-required"));
    }
    if v.len() > EMAIL_MAX {
        return Err(FieldError::new(field, "error-too-long").arg("max", EMAIL_MAX));
    }
    if v.chars().any(crate::validation::is_disguising) {
        return Err(FieldError::new(field, "error-invisible-characters"));
    }
    let bad = || FieldError::new(field, "error-email-invalid");
    let (local, domain) = v.split_once('@').ok_or_else(bad)?;
    let ok_chars = |s: &str| {
        s.chars().all(|c| {
            !c.is_whitespace()
                && !c.is_control()
                && !matches!(c, '<' | '>' | '"' | ',' | ';' | '@' | '(' | ')' | '[' | ']' | '\\')
        })
    };
    if local.is_empty() || domain.len() < 3 || !ok_chars(local) || !ok_chars(domain) {
        return Err(bad());
    }
    if !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
        || domain.contains("..")
        || domain.starts_with('-')
    {
        return Err(bad());
    }
    Ok(v)
}

/// The domain part of a normalised address.
pub fn email_domain(email: &str) -> &str {
    email.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
}

pub fn validate_name(field: &'static str, input: &str) -> Result<String, FieldError> {
    crate::validation::required_line(field, input, NAME_MAX)
}

/// Why a new password is refused. Each maps to advice the user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// Guessable: the estimator's warning and suggestions, as message ids.
    Weak {
        warning: Option<&'static str>,
        suggestions: Vec<&'static str>,
    },
}

impl PasswordProblem {
    pub fn code(&self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "error-password-too-short",
            PasswordProblem::TooLong => "error-password-too-long",
            PasswordProblem::Weak { .. } => "error-password-weak",
        }
    }

    pub fn to_field_error(&self, field: &'static str) -> FieldError {
        let mut e = FieldError::new(field, self.code());
        match self {
            PasswordProblem::TooShort => e = e.arg("min", PASSWORD_MIN_CHARS),
            PasswordProblem::TooLong => e = e.arg("max", PASSWORD_MAX_CHARS),
            PasswordProblem::Weak { warning, suggestions } => {
                if let Some(w) = warning {
                    e = e.arg("warning", w);
                }
                for s in suggestions {
                    e = e.arg("suggestion", s);
                }
            }
        }
        e
    }
}

/// Words common in passwords in Belgian town halls that English dictionaries miss
/// (Hof van Twente's "Welkom2020" is the cautionary tale).
const LOCAL_WORDS: &[&str] = &[
    "welkom",
    "wachtwoord",
    "paswoord",
    "gemeente",
    "gemeentehuis",
    "stadhuis",
    "ocmw",
    "politie",
    "weerbaar",
    "bonjour",
    "bienvenue",
    "motdepasse",
    "azerty",
    "qwerty",
    "vlaanderen",
    "belgie",
    "belgique",
    "brussel",
    "bruxelles",
    "antwerpen",
    "gent",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "lente",
    "zomer",
    "herfst",
    "winter",
    "maandag",
    "vrijdag",
    "zondag",
    "voorbeeld",
    "anderdorp",
    "hallo",
    "geheim",
    "admin",
    "beheerder",
    "secretariaat",
    "onthaal",
];

/// At least 12 characters and not guessable (zxcvbn score 4, taking the
/// person's own name and e-mail address into account).
pub fn check_password(password: &str, user_inputs: &[&str]) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < PASSWORD_MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if n > PASSWORD_MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    // Split addresses and names into parts so "jan.peeters@voorbeeld.test2026" is caught.
    // The estimator's dictionaries are English: add the words Flemish and Brussels staff reach for.
    let mut inputs: Vec<&str> = LOCAL_WORDS.to_vec();
    for i in user_inputs {
        inputs.push(i);
        inputs.extend(i.split(|c: char| !c.is_alphanumeric()).filter(|p| p.len() >= 3));
    }
    let entropy = zxcvbn::zxcvbn(password, &inputs);
    // Score 4 (10^10 guesses): score 3 still lets "Welkom2020!!!" through.
    if (entropy.score() as u8) >= 4 {
        return Ok(());
    }
    let (warning, suggestions) = match entropy.feedback() {
        Some(f) => {
            (f.warning().map(warning_code), f.suggestions().iter().map(|s| suggestion_code(*s)).collect::<Vec<_>>())
        }
        None => (None, vec![]),
    };
    let mut suggestions = suggestions;
    if suggestions.is_empty() {
        suggestions.push("pw-suggest-add-words");
    }
    suggestions.dedup();
    Err(PasswordProblem::Weak { warning, suggestions })
}

fn warning_code(w: zxcvbn::feedback::Warning) -> &'static str {
    use zxcvbn::feedback::Warning as W;
    match w {
        W::StraightRowsOfKeysAreEasyToGuess | W::ShortKeyboardPatternsAreEasyToGuess => "pw-warn-keyboard",
        W::RepeatsLikeAaaAreEasyToGuess | W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "pw-warn-repeats",
        W::ThisIsATop10Password | W::ThisIsATop100Password | W::ThisIsACommonPassword => "pw-warn-common",
        W::ThisIsSimilarToACommonlyUsedPassword => "pw-warn-similar-common",
        W::SequencesLikeAbcAreEasyToGuess => "pw-warn-sequence",
        W::RecentYearsAreEasyToGuess | W::DatesAreOftenEasyToGuess => "pw-warn-dates",
        W::AWordByItselfIsEasyToGuess => "pw-warn-single-word",
        W::NamesAndSurnamesByThemselvesAreEasyToGuess | W::CommonNamesAndSurnamesAreEasyToGuess => "pw-warn-names",
    }
}

fn suggestion_code(s: zxcvbn::feedback::Suggestion) -> &'static str {
    use zxcvbn::feedback::Suggestion as S;
    match s {
        S::UseAFewWordsAvoidCommonPhrases | S::AddAnotherWordOrTwo => "pw-suggest-add-words",
        S::NoNeedForSymbolsDigitsOrUppercaseLetters => "pw-suggest-no-symbols-needed",
        S::CapitalizationDoesntHelpVeryMuch | S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            "pw-suggest-capitals"
        }
        S::ReversedWordsArentMuchHarderToGuess | S::PredictableSubstitutionsDontHelpVeryMuch => {
            "pw-suggest-substitutions"
        }
        S::UseALongerKeyboardPatternWithMoreTurns => "pw-suggest-keyboard",
        S::AvoidRepeatedWordsAndCharacters => "pw-suggest-repeats",
        S::AvoidSequences => "pw-suggest-sequences",
        S::AvoidRecentYears | S::AvoidYearsThatAreAssociatedWithYou | S::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            "pw-suggest-dates"
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed")]
pub struct HashError;

/// argon2id with the crate's recommended parameters (19 MiB, 2 passes) and a random salt.
pub fn hash_password(password: &str) -> Result<String, HashError> {
    Argon2::default().hash_password(password.as_bytes()).map(|h| h.to_string()).map_err(|_| HashError)
}

/// Constant-time verification; a malformed stored hash simply fails.
pub fn verify_password(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// A hash to verify against when the account does not exist, so that timing does not
/// reveal which e-mail addresses have accounts.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("dummy password that nobody uses").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_normalisation() {
        assert_eq!(normalise_email("e", "  Jan.Peeters@Voorbeeld.TEST ").unwrap(), "jan.peeters@voorbeeld.test");
        for bad in [
            "",
            "jan",
            "jan@",
            "@voorbeeld.test",
            "jan@voorbeeld",
            "jan@@x.test",
            "ja n@x.test",
            "jan@.test",
            "jan@x..test",
            "<a>@x.test",
            "jan@x.test.",
        ] {
            assert!(normalise_email("e", bad).is_err(), "{bad} should be refused");
        }
        let long = format!("{}@x.test", "a".repeat(260));
        assert_eq!(normalise_email("e", &long).unwrap_err().code, "error-too-long");
        assert_eq!(email_domain("a@voorbeeld.test"), "voorbeeld.test");
    }

    #[test]
    fn password_length_limits() {
        assert_eq!(check_password("short", &[]), Err(PasswordProblem::TooShort));
        assert_eq!(check_password(&"x".repeat(300), &[]), Err(PasswordProblem::TooLong));
    }

    #[test]
    fn common_and_personal_passwords_are_refused_with_advice() {
        for pw in ["Welkom2020!!!", "password1234", "azertyuiop12", "123456789012", "aaaaaaaaaaaa"] {
            match check_password(pw, &[]) {
                Err(PasswordProblem::Weak { suggestions, .. }) => assert!(!suggestions.is_empty(), "{pw}"),
                other => panic!("{pw} accepted: {other:?}"),
            }
        }
        // The person's own address is not a password.
        assert!(check_password("jan.peeters@voorbeeld.test", &["jan.peeters@voorbeeld.test"]).is_err());
    }

    #[test]
    fn passphrases_pass() {
        assert!(check_password("paars konijn fietst naar het gemeentehuis", &[]).is_ok());
        assert!(check_password("weerbaar-demo-2026-zonnig-kanaal", &[]).is_ok());
    }

    #[test]
    fn weak_problem_maps_to_field_error() {
        let e = PasswordProblem::Weak { warning: Some("pw-warn-common"), suggestions: vec!["pw-suggest-add-words"] }
            .to_field_error("password");
        assert_eq!(e.code, "error-password-weak");
        assert!(e.args.contains(&("warning", "pw-warn-common".into())));
        assert_eq!(PasswordProblem::TooShort.to_field_error("p").args, vec![("min", "12".into())]);
    }

    #[test]
    fn hash_and_verify() {
        let h = hash_password("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery staple", &h));
        assert!(!verify_password("wrong horse battery staple", &h));
        assert!(!verify_password("x", "not a hash"));
        assert!(!verify_password("x", dummy_hash()));
    }
}

/// A person with an account, as the rest of the application sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct User {
    pub id: crate::UserId,
    pub email: String,
    pub name: String,
    /// Preferred language tag (nl-BE, en, fr-BE), if chosen.
    pub locale: Option<String>,
    pub platform: crate::role::PlatformRoles,
    pub disabled: bool,
    pub mfa_enabled: bool,
    /// False while an invited person has not yet chosen a password.
    pub has_password: bool,
    pub created_at: i64,
}
