//! The toolkit as everyone reads it: search with filters (`search`), topics, "I am …"
//! pages and the start-here path (`browse`), a resource and its documents (`resource`),
//! its files in byte ranges (`files`), and the Atom feed (`feed`).

mod browse;
mod feed;
pub mod files;
mod resource;
mod search;

use std::sync::Arc;

use serde::Deserialize;

pub use browse::quick_wins;
pub use files::{content_type_of, disposition, stored_file};
pub use search::SearchParams;

use super::*;

pub const PER_PAGE: usize = 20;

pub fn routes() -> Routes {
    Routes::new()
        .get("/toolkit", search::search_page)
        .get("/toolkit/topics", browse::topics_page)
        .get("/toolkit/start", browse::start_page)
        .get("/toolkit/for/{audience}", search::audience_page)
        .get("/toolkit/feed/{lang}", feed::feed)
        .get("/toolkit/r/{slug}", resource::resource_page)
        .get("/toolkit/r/{slug}/files/{name}", files::attachment)
        .get("/toolkit/r/{slug}/download/{format}", resource::download)
}

#[derive(Debug, Default, Deserialize)]
pub struct LangParam {
    pub lang: Option<String>,
}

pub fn human_size(lang: Lang, bytes: i64) -> String {
    if bytes < 1024 {
        lang.t_args("cat-size-bytes", &[("n", bytes.to_string())])
    } else if bytes < 1024 * 1024 {
        lang.t_args("cat-size-kb", &[("n", (bytes / 1024).to_string())])
    } else {
        let tenths = bytes * 10 / (1024 * 1024);
        lang.t_args("cat-size-mb", &[("n", format!("{}.{}", tenths / 10, tenths % 10))])
    }
}

/// A published resource this person may read.
pub async fn find(st: &AppState, ctx: &RequestCtx, slug: &str) -> AppResult<(Arc<Loaded>, Arc<Published>)> {
    let l = st.catalogue.current(st).await?;
    let p = l.by_slug.get(slug).cloned().ok_or(AppError::NotFound)?;
    may_read(&l, ctx, &p)?;
    Ok((l, p))
}
