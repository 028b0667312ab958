//! Who may work on an engagement: the organisation's members (by role, as everywhere),
//! and the external testers invited as guests of that one engagement. A guest sees the
//! engagement, uploads imports and writes findings for it, and nothing else: every
//! other route still takes `Member`, which a guest never is.

use std::collections::HashMap;
use std::marker::PhantomData;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use weerbaar_core::account::User;
use weerbaar_core::engagement::Engagement;
use weerbaar_core::org::Organisation;
use weerbaar_core::role::{OrgAction, OrgRole, org_allows};
use weerbaar_store::engagements;

use crate::AppState;
use crate::context::RequestCtx;
use crate::error::AppError;
use crate::page::{OrgPermission, Page};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Member(OrgRole),
    Guest,
}

/// A member of the engagement's organisation with a role that allows `A`, or a guest of
/// the engagement when `A` is reading or editing. Non-members get 404.
pub struct EngagementCaller<A: OrgPermission> {
    pub ctx: RequestCtx,
    pub user: User,
    pub org: Organisation,
    pub who: Who,
    pub engagement: Engagement,
    _a: PhantomData<A>,
}

impl<A: OrgPermission> EngagementCaller<A> {
    pub fn org_id(&self) -> &weerbaar_core::OrgId {
        &self.org.id
    }
    pub fn is_guest(&self) -> bool {
        self.who == Who::Guest
    }
    pub fn role(&self) -> Option<OrgRole> {
        match self.who {
            Who::Member(r) => Some(r),
            Who::Guest => None,
        }
    }
    pub fn can(&self, a: OrgAction) -> bool {
        match self.who {
            Who::Member(r) => org_allows(r, a),
            Who::Guest => matches!(a, OrgAction::Read | OrgAction::Edit),
        }
    }
    pub fn actor(&self) -> (Option<weerbaar_core::UserId>, String) {
        (Some(self.user.id.clone()), self.user.email.clone())
    }
    /// The page frame: members get their organisation's menu, guests only their own.
    pub fn page(&self, nav: &'static str) -> Page {
        let mut p = Page::anonymous(&self.ctx, nav);
        p.memberships = crate::page::memberships_of(&self.ctx);
        if let Who::Member(r) = self.who {
            p.org = Some(self.org.clone());
            p.role = Some(r);
        }
        p
    }
}

impl<A: OrgPermission> FromRequestParts<AppState> for EngagementCaller<A> {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, AppError> {
        let ctx =
            parts.extensions.get::<RequestCtx>().cloned().ok_or_else(|| AppError::Internal("no context".into()))?;
        let auth = ctx.auth.clone().filter(|a| !a.mfa_pending && !a.user.disabled).ok_or(AppError::SignInRequired)?;
        let Path(params): Path<HashMap<String, String>> =
            Path::from_request_parts(parts, st).await.map_err(|_| AppError::NotFound)?;
        let id = params.get("engagement").ok_or(AppError::NotFound)?;
        let mut c = st.store.conn().await?;
        let org_id = engagements::org_of(&mut c, id).await?.ok_or(AppError::NotFound)?;
        if let Some(o) = params.get("org")
            && o != org_id.as_str()
        {
            return Err(AppError::NotFound);
        }
        let (who, org) = match auth.orgs.iter().find(|m| m.org.id == org_id) {
            Some(m) => {
                if !org_allows(m.role, A::ACTION) {
                    return Err(AppError::Forbidden);
                }
                (Who::Member(m.role), m.org.clone())
            }
            None => {
                if engagements::guest_of(&mut c, &auth.user.id, id).await? != Some(org_id.clone()) {
                    return Err(AppError::NotFound);
                }
                if !matches!(A::ACTION, OrgAction::Read | OrgAction::Edit) {
                    return Err(AppError::Forbidden);
                }
                let org = weerbaar_store::orgs::get(&mut c, &org_id).await?.ok_or(AppError::NotFound)?;
                (Who::Guest, org)
            }
        };
        if org.profile.require_mfa && !auth.user.mfa_enabled {
            return Err(AppError::MfaSetupRequired);
        }
        let engagement = engagements::get(&mut c, &org_id, id).await?.ok_or(AppError::NotFound)?;
        Ok(EngagementCaller { ctx, user: auth.user, org, who, engagement, _a: PhantomData })
    }
}

impl<A: OrgPermission> EngagementCaller<A> {
    pub(super) fn from_parts(ctx: RequestCtx, user: User, org: Organisation, who: Who, engagement: Engagement) -> Self {
        EngagementCaller { ctx, user, org, who, engagement, _a: PhantomData }
    }
}
