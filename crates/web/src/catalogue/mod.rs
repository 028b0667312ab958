//! The toolkit catalogue on the web: public pages (search, resource, topics, audiences,
//! start here, feed), the JSON API, and the published catalogue each process keeps in
//! memory (search index plus resources by slug), rebuilt when the catalogue's revision
//! in the database moves.

pub mod adoption;
pub mod api;
pub mod editor;
pub mod editorial;
pub mod links;
pub mod private;
pub mod public;
pub mod rounds;
pub mod visibility;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use weerbaar_core::catalogue::{Audience, ContentLang, Level, Published, ResourceType, Topic};
use weerbaar_search::{Doc, DocText, SearchIndex};
use weerbaar_store::{catalogue as db, settings};

use crate::AppState;
use crate::context::RequestCtx;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::routes::Routes;

/// Another process's change shows here within this time.
const RECHECK: Duration = Duration::from_secs(1);
/// The installation setting that restricts the toolkit to signed-in people.
pub const PUBLIC_SETTING: &str = "toolkit_public";

pub fn routes() -> Routes {
    Routes::new()
        .merge(public::routes())
        .merge(api::routes())
        .merge(adoption::routes())
        .merge(private::routes())
        .merge(editorial::routes())
        .merge(rounds::routes())
        .merge(visibility::routes())
}

/// The published catalogue of one revision.
pub struct Loaded {
    pub rev: String,
    pub index: SearchIndex,
    pub by_slug: HashMap<String, Arc<Published>>,
    /// Published resources readable without signing in.
    pub public: bool,
}

#[derive(Default)]
pub struct Catalogue {
    loaded: RwLock<Option<Arc<Loaded>>>,
    checked: Mutex<Option<Instant>>,
    rebuilding: tokio::sync::Mutex<()>,
}

fn doc_of(p: &Published) -> Doc {
    Doc {
        slug: p.slug.clone(),
        kind: p.meta.kind,
        audiences: p.meta.audiences.clone(),
        topics: p.meta.topics.clone(),
        level: p.meta.level,
        owner: p.owner.clone(),
        quick_win: p.meta.quick_win,
        updated: p.published_at,
        texts: p
            .texts
            .iter()
            .map(|(l, t)| (*l, DocText { title: t.title.clone(), summary: t.summary.clone(), body: t.body.clone() }))
            .collect(),
    }
}

/// Builds the search index and the slug map of these resources.
pub fn load(rev: String, published: Vec<Published>, public: bool) -> AppResult<Loaded> {
    let synonyms = weerbaar_content::synonyms().map_err(|e| AppError::Internal(e.to_string()))?;
    let docs = published.iter().map(doc_of).collect();
    let index = SearchIndex::build(docs, &synonyms).map_err(|e| AppError::Internal(e.to_string()))?;
    let by_slug = published.into_iter().map(|p| (p.slug.clone(), Arc::new(p))).collect();
    Ok(Loaded { rev, index, by_slug, public })
}

impl Catalogue {
    /// The current published catalogue; checks the revision at most once a second.
    pub async fn current(&self, st: &AppState) -> AppResult<Arc<Loaded>> {
        let fresh = self.checked.lock().map(|c| c.is_some_and(|at| at.elapsed() < RECHECK)).unwrap_or(false);
        let have = self.loaded.read().ok().and_then(|l| l.clone());
        if let (true, Some(l)) = (fresh, &have) {
            return Ok(l.clone());
        }
        let mut c = st.store.conn().await?;
        let rev = db::rev(&mut c).await?;
        if let Some(l) = have.filter(|l| l.rev == rev) {
            self.mark_checked();
            return Ok(l);
        }
        // One rebuild at a time; whoever waited finds it done.
        let _guard = self.rebuilding.lock().await;
        if let Some(l) = self.loaded.read().ok().and_then(|l| l.clone()).filter(|l| l.rev == rev) {
            return Ok(l);
        }
        let published = db::published(&mut c).await?;
        let public = settings::get(&mut c, PUBLIC_SETTING).await?.is_none_or(|v| v != "false");
        drop(c);
        let loaded = tokio::task::spawn_blocking(move || load(rev, published, public))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))??;
        let loaded = Arc::new(loaded);
        if let Ok(mut w) = self.loaded.write() {
            *w = Some(loaded.clone());
        }
        self.mark_checked();
        Ok(loaded)
    }

    fn mark_checked(&self) {
        if let Ok(mut c) = self.checked.lock() {
            *c = Some(Instant::now());
        }
    }

    /// After a change made by this process: look at the revision on the next request.
    pub fn changed(&self) {
        if let Ok(mut c) = self.checked.lock() {
            *c = None;
        }
    }
}

/// The organisations whose private resources this person may see.
pub fn viewer_orgs(ctx: &RequestCtx) -> Vec<String> {
    match (ctx.user(), &ctx.auth) {
        (Some(_), Some(a)) => a.orgs.iter().map(|m| m.org.id.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// Whether this person may read this published resource.
pub fn may_read(l: &Loaded, ctx: &RequestCtx, p: &Published) -> AppResult<()> {
    match &p.owner {
        Some(owner) => {
            if viewer_orgs(ctx).contains(owner) {
                Ok(())
            } else {
                Err(AppError::NotFound)
            }
        }
        None if l.public || ctx.user().is_some() => Ok(()),
        None => Err(AppError::SignInRequired),
    }
}

/// The catalogue for reading: signed-in only when the installation says so.
pub async fn readable(st: &AppState, ctx: &RequestCtx) -> AppResult<Arc<Loaded>> {
    let l = st.catalogue.current(st).await?;
    if !l.public && ctx.user().is_none() {
        return Err(AppError::SignInRequired);
    }
    Ok(l)
}

pub fn type_label(lang: Lang, k: ResourceType) -> String {
    lang.t(&format!("cat-type-{}", k.as_str()))
}
pub fn audience_label(lang: Lang, a: Audience) -> String {
    lang.t(&format!("cat-audience-{}", a.as_str()))
}
pub fn topic_label(lang: Lang, t: Topic) -> String {
    lang.t(&format!("cat-topic-{}", t.as_str()))
}
pub fn level_label(lang: Lang, l: Level) -> String {
    lang.t(&format!("cat-level-{}", l.as_str()))
}
pub fn lang_label(lang: Lang, l: ContentLang) -> String {
    lang.t(&format!("cat-lang-{}", l.as_str()))
}

/// Markdown from the catalogue as safe HTML: rendered with tables, then sanitised, so a
/// resource written by anyone cannot bring script, styles or event handlers. Tables get
/// a scrollable, keyboard-reachable frame, so a wide one never widens a small screen.
pub fn markdown_html(md: &str, table_label: &str) -> String {
    use pulldown_cmark::{Options, Parser, html};
    let mut out = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut out, Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH));
    let clean = ammonia::Builder::default().link_rel(Some("noopener noreferrer")).clean(&out).to_string();
    if !clean.contains("<table>") {
        return clean;
    }
    let label = crate::forms::esc(table_label);
    clean
        .replace(
            "<table>",
            &format!(r#"<div class="table-wrap" role="region" tabindex="0" aria-label="{label}"><table>"#),
        )
        .replace("</table>", "</table></div>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_rendered_and_sanitised() {
        let h = markdown_html(
            "## Kop\n\n**vet** <script>alert(1)</script> <a href=\"javascript:x\" onclick=\"y\">a</a>\n\n| a | b |\n|---|---|\n| c | d |\n",
            "Tabel \"x\"",
        );
        assert!(h.contains("<h2>Kop</h2>"), "{h}");
        assert!(h.contains("<strong>vet</strong>"), "{h}");
        assert!(
            h.contains(
                r#"<div class="table-wrap" role="region" tabindex="0" aria-label="Tabel &quot;x&quot;"><table>"#
            ),
            "{h}"
        );
        assert!(h.contains("</table></div>"), "{h}");
        assert!(!h.contains("<script") && !h.contains("javascript:") && !h.contains("onclick"), "{h}");
        let h = markdown_html("[x](https://example.org)", "t");
        assert!(h.contains("rel=\"noopener noreferrer\""), "{h}");
    }
}
