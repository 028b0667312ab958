//! Values kept in memory per process, the way the dashboards are (`org::DashboardCache`):
//! read again after any change made through this process (any POST, PUT, PATCH or
//! DELETE moves the dashboards' generation) and at most two seconds old when the change
//! came through another process or the command line. The one home of that rule for the
//! register's pages and the assessments' overviews.

use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lru::LruCache;

use crate::AppState;
use crate::error::AppResult;

pub const MAX_AGE: Duration = Duration::from_secs(2);
const STRIPES: usize = 16;

struct Entry<V> {
    generation: u64,
    at: Instant,
    value: Arc<V>,
}

pub struct Kept<K: Hash + Eq, V> {
    entries: Mutex<LruCache<K, Entry<V>>>,
    /// One load at a time per stripe of keys: when an entry expires under load, the
    /// requests waiting for it take the one fresh value instead of each computing their
    /// own; other keys mostly load in parallel.
    loading: Vec<tokio::sync::Mutex<()>>,
}

impl<K: Hash + Eq, V> Kept<K, V> {
    pub fn new(capacity: usize) -> Self {
        Kept {
            entries: Mutex::new(LruCache::new(
                std::num::NonZeroUsize::new(capacity).unwrap_or(std::num::NonZeroUsize::MIN),
            )),
            loading: (0..STRIPES).map(|_| tokio::sync::Mutex::new(())).collect(),
        }
    }

    /// The value for `key`, from memory while still current, else from `load`.
    pub async fn get_or<F, Fut>(&self, st: &AppState, key: K, load: F) -> AppResult<Arc<V>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = AppResult<V>>,
    {
        if let Some(hit) = self.current(&key, st.dashboards.generation()) {
            return Ok(hit);
        }
        let stripe = {
            use std::hash::Hasher;
            let mut h = std::collections::hash_map::DefaultHasher::new();
            key.hash(&mut h);
            (h.finish() % STRIPES as u64) as usize
        };
        let _turn = self.loading[stripe].lock().await;
        // Someone else may have loaded it while this request waited.
        let generation = st.dashboards.generation();
        if let Some(hit) = self.current(&key, generation) {
            return Ok(hit);
        }
        let now = Instant::now();
        let value = Arc::new(load().await?);
        // A change made while it was read leaves it out of date: not kept.
        if st.dashboards.generation() == generation
            && let Ok(mut e) = self.entries.lock()
        {
            e.put(key, Entry { generation, at: now, value: value.clone() });
        }
        Ok(value)
    }

    fn current(&self, key: &K, generation: u64) -> Option<Arc<V>> {
        let now = Instant::now();
        let mut e = self.entries.lock().ok()?;
        e.get(key).filter(|x| x.generation == generation && now.duration_since(x.at) < MAX_AGE).map(|x| x.value.clone())
    }
}
