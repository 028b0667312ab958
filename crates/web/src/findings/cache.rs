//! Pages of the findings register kept in memory per process (`kept::Kept`).

use std::sync::Arc;

use weerbaar_core::OrgId;
use weerbaar_core::engagement::Engagement;
use weerbaar_core::findings::Finding;
use weerbaar_store::findings::Filter;

use crate::AppState;
use crate::error::AppResult;

/// One page: the number of matches, the page's findings, the organisation's engagements.
pub struct RegisterPage {
    pub total: u64,
    pub items: Vec<Finding>,
    pub engagements: Vec<Engagement>,
}

pub struct RegisterCache {
    kept: crate::kept::Kept<(OrgId, String), RegisterPage>,
}

impl Default for RegisterCache {
    fn default() -> Self {
        RegisterCache { kept: crate::kept::Kept::new(1024) }
    }
}

impl RegisterCache {
    /// The page for this filter, from memory when still current.
    pub async fn page(&self, st: &AppState, org: &OrgId, f: &Filter) -> AppResult<Arc<RegisterPage>> {
        self.kept
            .get_or(st, (org.clone(), format!("{f:?}")), || async {
                let mut c = st.store.conn().await?;
                let engagements = weerbaar_store::engagements::list(&mut c, org).await?;
                let (total, items) = weerbaar_store::findings::list(&mut c, org, f, weerbaar_core::today()).await?;
                Ok(RegisterPage { total, items, engagements })
            })
            .await
    }
}
