//! The toolkit in the JSON API: search and one resource with its body.

use axum::Json;
use axum::extract::{Path, Query, State};
use serde::Serialize;
use utoipa::ToSchema;
use weerbaar_core::catalogue::ContentLang;

use super::public::{LangParam, SearchParams, find};
use super::*;
use crate::json::ts;

pub fn routes() -> Routes {
    Routes::new().get("/api/v1/resources", list).get("/api/v1/resources/{slug}", one)
}

#[derive(Serialize, ToSchema)]
pub struct ResourceItemDto {
    pub slug: String,
    pub title: String,
    /// guide, template, checklist, leaflet, video, webinar, policy_example, tool, external_reference
    #[serde(rename = "type")]
    pub kind: String,
    pub audiences: Vec<String>,
    pub topics: Vec<String>,
    /// The language of title and summary: the one asked for, else the reader's, else the first available.
    pub lang: String,
    pub summary: String,
    /// When this version was published (RFC 3339).
    pub updated: String,
}

#[derive(Serialize, ToSchema)]
pub struct ResourceListDto {
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub items: Vec<ResourceItemDto>,
}

#[derive(Serialize, ToSchema)]
pub struct AttachmentDto {
    pub name: String,
    pub size: i64,
    pub sha256: String,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
#[schema(as = ToolkitResourceDto)]
pub struct ResourceDto {
    pub slug: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub audiences: Vec<String>,
    pub topics: Vec<String>,
    pub lang: String,
    /// Every language this resource is written in.
    pub langs: Vec<String>,
    pub summary: String,
    /// Why this matters for a municipality.
    pub why: String,
    /// Markdown (CommonMark with tables).
    pub body: String,
    /// starter, intermediate or advanced
    pub level: String,
    pub effort_hours: u32,
    pub licence: String,
    pub source_organisation: Option<String>,
    pub original_url: Option<String>,
    pub version: String,
    pub last_reviewed: String,
    pub next_review: String,
    pub related: Vec<String>,
    pub attachments: Vec<AttachmentDto>,
    /// True for a resource private to one of the caller's organisations.
    pub private: bool,
    pub updated: String,
}

fn strs<T: Copy>(v: &[T], f: fn(T) -> &'static str) -> Vec<String> {
    v.iter().map(|x| f(*x).to_string()).collect()
}

/// Search the published toolkit.
#[utoipa::path(get, path = "/api/v1/resources", tag = "toolkit",
    params(
        ("q" = Option<String>, Query, description = "Words to search for (any text; stemming, one typo and synonyms are handled)"),
        ("lang" = Option<String>, Query, description = "nl, en or fr: only resources in this language, searched in it"),
        ("type" = Option<String>, Query, description = "Resource type"),
        ("audience" = Option<String>, Query, description = "mayor_aldermen, general_director, security_officer, it, all_staff, communication, crisis_team"),
        ("topic" = Option<String>, Query, description = "A topic key, e.g. backups, mfa, ransomware"),
        ("level" = Option<String>, Query, description = "starter, intermediate or advanced"),
        ("page" = Option<u32>, Query, minimum = 1, maximum = 10000, description = "1-based page of 20 items"),
    ),
    responses((status = 200, body = ResourceListDto), (status = 400, body = crate::json::ErrorDto, description = "An unknown filter value")))]
async fn list(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Query(params): Query<SearchParams>,
) -> AppResult<Json<ResourceListDto>> {
    let l = readable(&st, &ctx).await?;
    let q = params.query(&ctx, false).map_err(|_| AppError::BadRequest("invalid_filter"))?;
    let r = l.index.search(&q);
    Ok(Json(ResourceListDto {
        total: r.total,
        page: q.offset / public::PER_PAGE + 1,
        per_page: public::PER_PAGE,
        items: r
            .hits
            .iter()
            .map(|h| ResourceItemDto {
                slug: h.slug.clone(),
                title: h.title.clone(),
                kind: h.kind.as_str().into(),
                audiences: strs(&h.audiences, |a| a.as_str()),
                topics: strs(&h.topics, |t| t.as_str()),
                lang: h.lang.as_str().into(),
                summary: h.summary.clone(),
                updated: ts(h.updated),
            })
            .collect(),
    }))
}

/// One published resource with its body, in the language asked for when it exists.
#[utoipa::path(get, path = "/api/v1/resources/{slug}", tag = "toolkit",
    params(("slug" = String, Path), ("lang" = Option<String>, Query, description = "nl, en or fr")),
    responses((status = 200, body = ResourceDto), (status = 400, body = crate::json::ErrorDto, description = "An unknown language"), (status = 404, body = crate::json::ErrorDto, description = "No such published resource")))]
async fn one(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(slug): Path<String>,
    Query(lp): Query<LangParam>,
) -> AppResult<Json<ResourceDto>> {
    let want = match lp.lang.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => ctx.lang.content(),
        Some(s) => ContentLang::parse(s).ok_or(AppError::BadRequest("invalid_filter"))?,
    };
    let (_, p) = find(&st, &ctx, &slug).await?;
    let (tl, t) = p.text(want).ok_or(AppError::NotFound)?;
    let m = &p.meta;
    let base = &st.cfg.public_url;
    Ok(Json(ResourceDto {
        slug: p.slug.clone(),
        title: t.title.clone(),
        kind: m.kind.as_str().into(),
        audiences: strs(&m.audiences, |a| a.as_str()),
        topics: strs(&m.topics, |t| t.as_str()),
        lang: tl.as_str().into(),
        langs: p.texts.keys().map(|l| l.as_str().to_string()).collect(),
        summary: t.summary.clone(),
        why: t.why.clone(),
        body: t.body.clone(),
        level: m.level.as_str().into(),
        effort_hours: m.effort_hours,
        licence: m.licence.clone(),
        source_organisation: m.source_organisation.clone(),
        original_url: m.original_url.clone(),
        version: m.version.clone(),
        last_reviewed: m.last_reviewed.to_string(),
        next_review: m.next_review.to_string(),
        related: m.related.clone(),
        attachments: p
            .attachments
            .iter()
            .map(|a| AttachmentDto {
                name: a.name.clone(),
                size: a.size,
                sha256: a.sha256.clone(),
                url: format!("{base}/toolkit/r/{}/files/{}", p.slug, crate::page::urlencode(&a.name)),
            })
            .collect(),
        private: p.owner.is_some(),
        updated: ts(p.published_at),
    }))
}

#[derive(utoipa::OpenApi)]
#[openapi(paths(list, one), components(schemas(ResourceListDto, ResourceItemDto, ResourceDto, AttachmentDto)))]
pub struct ToolkitApiDoc;
