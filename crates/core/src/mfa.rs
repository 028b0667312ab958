//! Second factor: TOTP (RFC 6238, 30 s steps, 6 digits, SHA-1 for app compatibility)
//! and single-use recovery codes.

use totp_rs::{Algorithm, Builder, Totp};

use crate::secret::random_bytes;

pub const ISSUER: &str = "Weerbaar";
pub const RECOVERY_CODES: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MfaError {
    #[error("the code is not valid")]
    InvalidCode,
    #[error("the code was already used")]
    Replayed,
    #[error("the stored secret is unusable")]
    BadSecret,
}

pub fn new_secret() -> Vec<u8> {
    random_bytes::<20>().to_vec()
}

fn totp(secret: &[u8], account: &str) -> Result<Totp, MfaError> {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret.to_vec())
        .with_account_name(account.replace(':', "_"))
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|_| MfaError::BadSecret)
}

/// The `otpauth://` URL an authenticator app scans.
pub fn provisioning_url(secret: &[u8], account: &str) -> Result<String, MfaError> {
    totp(secret, account)?.to_url().map_err(|_| MfaError::BadSecret)
}

/// Base32 form of the secret, for typing into an app by hand.
pub fn secret_base32(secret: &[u8]) -> String {
    totp_rs::Secret::from(secret.to_vec()).to_base32()
}

/// Checks a code at `now_secs`; returns the time step it matched. A step at or before
/// `last_step` is refused, so an observed code cannot be used twice.
pub fn verify(secret: &[u8], code: &str, now_secs: u64, last_step: Option<i64>) -> Result<i64, MfaError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(MfaError::InvalidCode);
    }
    let step = totp(secret, "")?.check(&code, now_secs).ok_or(MfaError::InvalidCode)?;
    let step = i64::try_from(step).map_err(|_| MfaError::InvalidCode)?;
    if last_step.is_some_and(|l| step <= l) {
        return Err(MfaError::Replayed);
    }
    Ok(step)
}

/// The code an app would show at `now_secs` (used by tests and the CLI).
pub fn code_at(secret: &[u8], now_secs: u64) -> Result<String, MfaError> {
    Ok(totp(secret, "")?.generate(now_secs).to_string())
}

/// Recovery codes like `k7vq-2mxd-9pfa`: unambiguous characters, 60 bits each.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
    (0..RECOVERY_CODES)
        .map(|_| {
            let bytes = random_bytes::<12>();
            let chars: Vec<char> = bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
            format!(
                "{}-{}-{}",
                chars[0..4].iter().collect::<String>(),
                chars[4..8].iter().collect::<String>(),
                chars[8..12].iter().collect::<String>()
            )
        })
        .collect()
}

/// Lower-case, no spaces, dashes kept where they belong, so "K7VQ 2MXD 9PFA" matches.
pub fn normalise_recovery_code(input: &str) -> String {
    let raw: String = input.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    if raw.len() == 12 { format!("{}-{}-{}", &raw[0..4], &raw[4..8], &raw[8..12]) } else { raw }
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B test secret (SHA-1).
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc_vectors() {
        assert_eq!(code_at(RFC_SECRET, 59).unwrap(), "287082");
        assert_eq!(code_at(RFC_SECRET, 1_111_111_109).unwrap(), "081804");
    }

    #[test]
    fn verify_accepts_current_and_adjacent_step() {
        let now = 1_111_111_109;
        assert_eq!(verify(RFC_SECRET, "081804", now, None).unwrap(), (now / 30) as i64);
        let prev = code_at(RFC_SECRET, now - 30).unwrap();
        assert!(verify(RFC_SECRET, &prev, now, None).is_ok());
        let old = code_at(RFC_SECRET, now - 90).unwrap();
        assert_eq!(verify(RFC_SECRET, &old, now, None), Err(MfaError::InvalidCode));
        assert_eq!(verify(RFC_SECRET, "08 18 04", now, None).unwrap(), (now / 30) as i64);
    }

    #[test]
    fn verify_refuses_replay_and_garbage() {
        let now = 1_111_111_109;
        let step = (now / 30) as i64;
        assert_eq!(verify(RFC_SECRET, "081804", now, Some(step)), Err(MfaError::Replayed));
        assert_eq!(verify(RFC_SECRET, "08180", now, None), Err(MfaError::InvalidCode));
        assert_eq!(verify(RFC_SECRET, "abcdef", now, None), Err(MfaError::InvalidCode));
        assert_eq!(verify(RFC_SECRET, "", now, None), Err(MfaError::InvalidCode));
        assert_eq!(verify(b"short", "081804", now, None), Err(MfaError::BadSecret));
    }

    #[test]
    fn provisioning() {
        let s = new_secret();
        let url = provisioning_url(&s, "jan@voorbeeld.test").unwrap();
        assert!(url.starts_with("otpauth://totp/Weerbaar:jan%40voorbeeld.test?"), "{url}");
        assert!(url.contains(&secret_base32(&s)));
    }

    #[test]
    fn recovery_codes() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        for c in &codes {
            assert_eq!(c.len(), 14);
            assert_eq!(normalise_recovery_code(&c.to_uppercase().replace('-', " ")), *c);
        }
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len());
    }
}
