//! Pages of the findings register kept in memory per process, the way the dashboards are
//! (`org::DashboardCache`): read again after any change made through this process (any
//! POST, PUT, PATCH or DELETE moves the dashboards' generation) and at most two seconds
//! old when the change came through another process or the command line.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lru::LruCache;
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

struct Entry {
    generation: u64,
    at: Instant,
    page: Arc<RegisterPage>,
}

pub struct RegisterCache {
    entries: Mutex<LruCache<(OrgId, String), Entry>>,
}

impl Default for RegisterCache {
    fn default() -> Self {
        RegisterCache {
            entries: Mutex::new(LruCache::new(
                std::num::NonZeroUsize::new(1024).unwrap_or(std::num::NonZeroUsize::MIN),
            )),
        }
    }
}

const MAX_AGE: Duration = Duration::from_secs(2);

impl RegisterCache {
    /// The page for this filter, from memory when still current.
    pub async fn page(&self, st: &AppState, org: &OrgId, f: &Filter) -> AppResult<Arc<RegisterPage>> {
        let key = (org.clone(), format!("{f:?}"));
        let generation = st.dashboards.generation();
        let now = Instant::now();
        if let Ok(mut e) = self.entries.lock()
            && let Some(hit) = e.get(&key).filter(|x| x.generation == generation && now.duration_since(x.at) < MAX_AGE)
        {
            return Ok(hit.page.clone());
        }
        let mut c = st.store.conn().await?;
        let engagements = weerbaar_store::engagements::list(&mut c, org).await?;
        let (total, items) = weerbaar_store::findings::list(&mut c, org, f, weerbaar_core::today()).await?;
        let page = Arc::new(RegisterPage { total, items, engagements });
        // A change made while it was read leaves it out of date: not kept.
        if st.dashboards.generation() == generation
            && let Ok(mut e) = self.entries.lock()
        {
            e.put(key, Entry { generation, at: now, page: page.clone() });
        }
        Ok(page)
    }
}
