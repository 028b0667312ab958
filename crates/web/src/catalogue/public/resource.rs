//! A resource's page and its text as a document (PDF, DOCX, ODT).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use weerbaar_core::catalogue::ContentLang;

use super::*;
use crate::http::render;
use crate::page::Page;

pub struct RelatedView {
    pub href: String,
    pub title: String,
    pub lang_attr: Option<&'static str>,
}

pub struct AttachmentView {
    pub href: String,
    pub name: String,
    pub size: String,
}

pub struct LangLink {
    pub href: String,
    pub label: String,
    pub tag: &'static str,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "catalogue/resource.html")]
struct ResourcePage {
    page: Page,
    /// The text as a document: (link, format label).
    downloads: Vec<(String, String)>,
    /// The language of the text, when it is not the page's.
    lang_attr: Option<&'static str>,
    title: String,
    summary: String,
    why: String,
    body: String,
    kind: String,
    audiences: Vec<String>,
    topics: Vec<(String, String)>,
    level: String,
    effort: u32,
    licence: String,
    source_organisation: Option<String>,
    original_url: Option<String>,
    version: String,
    last_reviewed: String,
    next_review: String,
    published: String,
    attachments: Vec<AttachmentView>,
    related: Vec<RelatedView>,
    langs: Vec<LangLink>,
    private: bool,
    adoption: Option<super::adoption::AdoptionBlock>,
    /// Uploaded videos (src, content type) with their caption tracks (src, language).
    videos: Vec<(String, &'static str)>,
    tracks: Vec<(String, String, String)>,
    video_url: Option<String>,
    transcript: String,
    /// For the owning organisation's editors.
    edit_href: Option<String>,
    delete_action: Option<String>,
}

/// A resource as a document to print (PDF, A4) or to fill in (DOCX, ODT): leaflets,
/// templates, checklists and every other text.
pub(super) async fn download(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path((slug, format)): Path<(String, String)>,
    Query(lp): Query<LangParam>,
) -> AppResult<Response> {
    use weerbaar_render::{Block, Document, Format, file_stem};
    let format = Format::parse(&format).ok_or(AppError::BadRequest("unknown_format"))?;
    let (_, p) = find(&st, &ctx, &slug).await?;
    let lang = ctx.lang;
    let want = lp.lang.as_deref().and_then(ContentLang::parse).unwrap_or(lang.content());
    let (tl, t) = p.text(want).ok_or(AppError::NotFound)?;
    // The document's own labels in the text's language.
    let dl = crate::i18n::Lang::parse(tl.as_str()).unwrap_or(lang);
    let m = &p.meta;
    let mut blocks = Vec::new();
    if !t.why.trim().is_empty() {
        blocks.push(Block::Note { text: format!("{}: {}", dl.t("cat-why"), t.why.trim()) });
    }
    blocks.extend(weerbaar_render::markdown_in::blocks(&t.body, 1));
    let mut source = format!("{}: {}", dl.t("cat-licence"), m.licence);
    if let Some(o) = &m.source_organisation {
        source.push_str(&format!(" · {}: {o}", dl.t("cat-source")));
        if let Some(u) = &m.original_url {
            source.push_str(&format!(" ({u})"));
        }
    }
    blocks.push(Block::Paragraph { text: source });
    let d = Document {
        lang: tl.as_str().to_string(),
        title: t.title.clone(),
        subtitle: t.summary.clone(),
        organisation: dl.t("doc-toolkit"),
        version: format!("{} {}", dl.t("cat-version"), m.version),
        classification: type_label(dl, m.kind),
        date: dl.day(m.last_reviewed),
        cover: Vec::new(),
        toc_title: None,
        page_label: dl.t("doc-page"),
        compact: false,
        logo: None,
        blocks,
    };
    let name = format!("{}-{}.{}", file_stem(&p.slug), tl.as_str(), format.ext());
    crate::documents::download(&st, d, format, name).await
}

pub(super) async fn resource_page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(slug): Path<String>,
    Query(lp): Query<LangParam>,
) -> AppResult<Response> {
    let (l, p) = find(&st, &ctx, &slug).await?;
    let lang = ctx.lang;
    let want = lp.lang.as_deref().and_then(ContentLang::parse).unwrap_or(lang.content());
    let (tl, t) = p.text(want).ok_or(AppError::NotFound)?;
    let m = &p.meta;
    let related = m
        .related
        .iter()
        .filter_map(|s| l.by_slug.get(s))
        .filter(|r| may_read(&l, &ctx, r).is_ok())
        .filter_map(|r| {
            let (rl, rt) = r.text(tl)?;
            Some(RelatedView {
                href: format!("/toolkit/r/{}", r.slug),
                title: rt.title.clone(),
                lang_attr: (rl != lang.content()).then_some(rl.as_str()),
            })
        })
        .collect();
    let langs = p
        .texts
        .keys()
        .map(|k| LangLink {
            href: format!("/toolkit/r/{}?lang={}", p.slug, k.as_str()),
            label: lang_label(lang, *k),
            tag: k.as_str(),
            current: *k == tl,
        })
        .collect();
    let page = Page::public(&ctx, "toolkit");
    let mut adoption = None;
    let (mut edit_href, mut delete_action) = (None, None);
    if let Some((org, name, can_edit)) = super::adoption::reader_org(&ctx)
        && p.owner.as_deref().is_none_or(|o| o == org.as_str())
    {
        let mut c = st.store.conn().await?;
        let rec = weerbaar_store::adoption::get(&mut c, &org, &p.id).await?;
        adoption = Some(super::adoption::block(&page, (&org, &name), &p, rec.as_ref(), can_edit));
        if can_edit && p.owner.is_some() {
            edit_href = Some(format!("/o/{org}/toolkit/r/{}/edit", p.slug));
            delete_action = Some(format!("/o/{org}/toolkit/r/{}/delete", p.slug));
        }
    }
    if p.owner.is_none() && ctx.user().is_some_and(|u| weerbaar_core::catalogue::workflow::may_edit(u.platform)) {
        edit_href = Some(format!("/toolkit/edit/{}", p.slug));
    }
    let file_href = |name: &str| format!("/toolkit/r/{}/files/{}", p.slug, crate::page::urlencode(name));
    let videos = p
        .attachments
        .iter()
        .filter(|a| content_type_of(&a.name).starts_with("video/"))
        .map(|a| (file_href(&a.name), content_type_of(&a.name)))
        .collect();
    // Captions named like "uitleg.nl.vtt" carry their language; others are the text's.
    let tracks = p
        .attachments
        .iter()
        .filter(|a| a.name.to_ascii_lowercase().ends_with(".vtt"))
        .map(|a| {
            let l = a.name.rsplit('.').nth(1).and_then(ContentLang::parse).unwrap_or(tl);
            (file_href(&a.name), l.as_str().to_string(), lang_label(lang, l))
        })
        .collect();
    render(&ResourcePage {
        videos,
        tracks,
        video_url: m.video_url.clone().filter(|u| u.starts_with("https://")),
        transcript: t.transcript.clone(),
        adoption,
        edit_href,
        delete_action,
        lang_attr: (tl != lang.content()).then_some(tl.as_str()),
        title: t.title.clone(),
        summary: t.summary.clone(),
        why: t.why.clone(),
        body: markdown_html(&t.body, &lang.t("cat-table")),
        kind: type_label(lang, m.kind),
        audiences: m.audiences.iter().map(|a| audience_label(lang, *a)).collect(),
        topics: m.topics.iter().map(|x| (format!("/toolkit?topic={}", x.as_str()), topic_label(lang, *x))).collect(),
        level: level_label(lang, m.level),
        effort: m.effort_hours,
        licence: m.licence.clone(),
        source_organisation: m.source_organisation.clone(),
        original_url: m.original_url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        version: m.version.clone(),
        last_reviewed: page.day(&m.last_reviewed),
        next_review: page.day(&m.next_review),
        published: page.date(&p.published_at),
        attachments: p
            .attachments
            .iter()
            .map(|a| AttachmentView {
                href: format!("/toolkit/r/{}/files/{}", p.slug, crate::page::urlencode(&a.name)),
                name: a.name.clone(),
                size: human_size(lang, a.size),
            })
            .collect(),
        related,
        langs,
        downloads: ["pdf", "docx", "odt"]
            .iter()
            .map(|f| (format!("/toolkit/r/{}/download/{f}?lang={}", p.slug, tl.as_str()), f.to_uppercase()))
            .collect(),
        private: p.owner.is_some(),
        page,
    })
}
