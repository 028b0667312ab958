//! Frameworks parsed once per process: the assessment pages read the tree on every
//! request, and a library can be several MB of JSON. Keyed by the row's revision, so a
//! re-import anywhere is seen at the next request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use weerbaar_core::assessment::Framework;
use weerbaar_store::assessments::frameworks;

use crate::AppState;
use crate::error::{AppError, AppResult};

#[derive(Default)]
pub struct FrameworkCache {
    map: Mutex<HashMap<String, (i64, Arc<Framework>)>>,
}

impl FrameworkCache {
    pub async fn get(&self, st: &AppState, id: &str) -> AppResult<Arc<Framework>> {
        let mut c = st.store.conn().await?;
        let revision: Option<i64> = frameworks::get(&mut c, id).await?.map(|s| s.revision);
        let revision = revision.ok_or(AppError::NotFound)?;
        if let Some((r, f)) = self.map.lock().map_err(|_| AppError::Internal("framework cache".into()))?.get(id)
            && *r == revision
        {
            return Ok(f.clone());
        }
        let f = Arc::new(frameworks::body(&mut c, id).await?.ok_or(AppError::NotFound)?);
        self.map
            .lock()
            .map_err(|_| AppError::Internal("framework cache".into()))?
            .insert(id.to_string(), (revision, f.clone()));
        Ok(f)
    }
}
