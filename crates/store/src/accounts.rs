//! Steps on an account that the web's administration and the CLI both take: one
//! function each, so both do exactly the same.

use weerbaar_core::UserId;
use weerbaar_core::account::User;

use crate::Result;
use crate::db::Db;
use crate::links::{LinkKind, NewLink, create, revoke_open};

/// Disables an account and ends every session it has: one step, from the web's
/// administration and from the CLI alike. Returns how many sessions ended.
pub async fn disable(db: &mut impl Db, id: &UserId) -> Result<u64> {
    crate::users::set_disabled(db, id, true).await?;
    crate::sessions::delete_for_user(db, id, None).await
}

/// A single-use link for `user` to choose a password, valid for `ttl_ms`; earlier open
/// links of the same account stop working. Returns the token to put in the address.
/// The web's "forgot password" and account creation and the CLI all make it here.
pub async fn password_link(
    db: &mut impl Db,
    user: &User,
    created_by: Option<&UserId>,
    ttl_ms: i64,
    now: i64,
) -> Result<String> {
    let token = weerbaar_core::secret::random_token();
    revoke_open(db, LinkKind::PasswordReset, &user.email, now).await?;
    create(
        db,
        &NewLink {
            kind: LinkKind::PasswordReset,
            token_hash: &weerbaar_core::secret::hash_token(&token),
            email: Some(&user.email),
            org_id: None,
            role: None,
            user_id: Some(&user.id),
            created_by,
            now,
            expires_at: now + ttl_ms,
        },
    )
    .await?;
    Ok(token)
}

/// A new personal API token for `user`, valid for `days`; returns it with its secret,
/// which is shown once and stored only as a hash.
pub async fn api_token(
    db: &mut impl Db,
    user: &UserId,
    new: &weerbaar_core::token::NewToken,
    now: i64,
) -> Result<(crate::api_tokens::ApiToken, String)> {
    let secret = weerbaar_core::token::new_secret();
    let hash = weerbaar_core::secret::hash_token(&secret);
    let expires = Some(now + new.days * 86_400_000);
    let t = crate::api_tokens::create(db, user, &new.name, &hash, now, expires, new.scope).await?;
    Ok((t, secret))
}
