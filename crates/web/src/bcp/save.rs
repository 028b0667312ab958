//! The one path of every change to a plan part, from the builder and from the API:
//! begin the edit (a submitted plan is locked; an approved plan becomes the next draft),
//! write, record the change in the audit log and commit, or roll back on a conflict.

use serde::Serialize;
use weerbaar_core::audit::AuditAction;
use weerbaar_store::{StoreError, Tx, bcp as db};

use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::page::{Member, OrgPermission};

/// What was changed, for the audit log.
pub struct Change {
    pub action: AuditAction,
    /// The name of the thing changed.
    pub target: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl Change {
    pub fn new(action: AuditAction, target: impl Into<String>) -> Change {
        Change { action, target: target.into(), before: None, after: None }
    }

    /// What the thing was and became; a value that cannot be written as JSON is an
    /// error, never an empty entry in the audit log.
    pub fn values(
        mut self,
        before: Option<&impl Serialize>,
        after: Option<&impl Serialize>,
    ) -> Result<Change, StoreError> {
        let json = |v: serde_json::Result<serde_json::Value>| v.map_err(|e| StoreError::Corrupt(e.to_string()));
        self.before = before.map(|b| json(serde_json::to_value(b))).transpose()?;
        self.after = after.map(|a| json(serde_json::to_value(a))).transpose()?;
        Ok(self)
    }
}

/// How a save ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Saved,
    /// Someone else saved a newer version of this part; nothing was written.
    Conflict,
    /// The plan waits for the board's decision; nothing was written.
    Locked,
}

/// Runs `write` in one transaction after [`db::begin_edit`]; commits with the audit
/// entry it returns, or rolls back on a conflict.
pub async fn save_part<A: OrgPermission>(
    st: &AppState,
    m: &Member<A>,
    write: impl AsyncFnOnce(&mut Tx) -> Result<Change, StoreError>,
) -> AppResult<Outcome> {
    let mut tx = st.store.begin().await?;
    match db::begin_edit(&mut tx, m.org_id()).await {
        Ok(_) => {}
        Err(StoreError::PlanLocked) => return Ok(Outcome::Locked),
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    }
    let change = match write(&mut tx).await {
        Ok(c) => c,
        Err(StoreError::Conflict) => {
            tx.rollback().await?;
            return Ok(Outcome::Conflict);
        }
        Err(StoreError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    super::audit_edit(&mut tx, m, change.action, &change.target, change.before.as_ref(), change.after.as_ref()).await?;
    tx.commit().await?;
    Ok(Outcome::Saved)
}
