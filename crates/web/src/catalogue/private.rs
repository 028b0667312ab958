//! An organisation's own resources: written by its editors, visible only to its members,
//! found by search and tracked like the toolkit's.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::catalogue::edit::{self, Form};
use weerbaar_store::editorial;

use super::editor::{EditorPage, Pairs, blank, state_of};
use super::*;
use crate::http::{render, render_status, see_other_with_flash};
use crate::page::{Edit, Member};

pub fn routes() -> Routes {
    Routes::new()
        .get("/o/{org}/toolkit/new", new_page)
        .post("/o/{org}/toolkit/new", create)
        .get("/o/{org}/toolkit/r/{slug}/edit", edit_page)
        .post("/o/{org}/toolkit/r/{slug}/edit", update)
        .post("/o/{org}/toolkit/r/{slug}/delete", delete)
}

fn known(l: &Loaded, org: &weerbaar_core::OrgId) -> impl Fn(&str) -> bool {
    let slugs: Vec<String> = l
        .by_slug
        .values()
        .filter(|p| p.owner.as_deref().is_none_or(|o| o == org.as_str()))
        .map(|p| p.slug.clone())
        .collect();
    move |s| slugs.iter().any(|x| x == s)
}

fn editor(
    m: &Member<Edit>,
    form: &Form,
    errors: weerbaar_core::validation::FieldErrors,
    slug: Option<&str>,
    version: i64,
) -> EditorPage {
    let page = m.page("toolkit");
    let lang = m.ctx.lang;
    let (heading, action) = match slug {
        None => (lang.t("cat-private-new"), format!("/o/{}/toolkit/new", m.org_id())),
        Some(s) => (lang.t("cat-private-edit"), format!("/o/{}/toolkit/r/{s}/edit", m.org_id())),
    };
    let cancel = format!("/o/{}/toolkit", m.org_id());
    EditorPage::new(page, heading, action, cancel, state_of(lang, form, errors), version, false)
}

async fn new_page(m: Member<Edit>) -> AppResult<Response> {
    let mut f = blank();
    f.audiences = vec!["all_staff".into()];
    render(&editor(&m, &f, Default::default(), None, 0))
}

async fn create(State(st): State<AppState>, m: Member<Edit>, form: Pairs) -> AppResult<Response> {
    let l = st.catalogue.current(&st).await?;
    let f = form.editor_form();
    let checked = match edit::check(&f, weerbaar_core::today(), known(&l, m.org_id())) {
        Ok(c) => c,
        Err(e) => return render_status(&editor(&m, &f, e, None, 0), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let title = checked.texts.values().next().map(|t| t.title.clone()).unwrap_or_default();
    let mut tx = st.store.begin().await?;
    let slug = editorial::create(&mut tx, Some(m.org_id()), &edit::slugify(&title), &checked, &m.user.name).await?;
    crate::bcp::audit_edit(&mut tx, &m, AuditAction::PrivateResourceCreated, &title, None::<&()>, Some(&checked.texts))
        .await?;
    tx.commit().await?;
    st.catalogue.changed();
    Ok(see_other_with_flash(&format!("/toolkit/r/{slug}"), "flash-saved", st.cfg.tls()))
}

/// The organisation's own resource named in the path, or 404.
async fn own(st: &AppState, m: &Member<Edit>, slug: &str) -> AppResult<editorial::Working> {
    let mut c = st.store.conn().await?;
    let w = editorial::get(&mut c, slug).await?.ok_or(AppError::NotFound)?;
    if w.owner.as_deref() != Some(m.org_id().as_str()) {
        return Err(AppError::NotFound);
    }
    Ok(w)
}

async fn edit_page(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_o, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let w = own(&st, &m, &slug).await?;
    let f = edit::form_of(&w.meta, &w.texts, &w.transcripts, w.video_url.as_deref());
    render(&editor(&m, &f, Default::default(), Some(&w.slug), w.version))
}

async fn update(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_o, slug)): Path<(String, String)>,
    form: Pairs,
) -> AppResult<Response> {
    let w = own(&st, &m, &slug).await?;
    let l = st.catalogue.current(&st).await?;
    let f = form.editor_form();
    let checked = match edit::check(&f, weerbaar_core::today(), known(&l, m.org_id())) {
        Ok(c) => c,
        Err(e) => {
            return render_status(&editor(&m, &f, e, Some(&slug), form.version()), StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let mut tx = st.store.begin().await?;
    match editorial::update(&mut tx, &w, &checked, form.version()).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            // Someone saved first: show the stored version, to redo the change on top of it.
            let now = editorial::get(&mut tx, &slug).await?.ok_or(AppError::NotFound)?;
            let mut page = editor(&m, &f, Default::default(), Some(&slug), now.version);
            page.conflict = true;
            page.theirs = super::editor::theirs(m.ctx.lang, &now);
            return render_status(&page, StatusCode::CONFLICT);
        }
        Err(e) => return Err(e.into()),
    }
    editorial::snapshot(&mut tx, &w.id, "", &m.user.name).await?;
    crate::bcp::audit_edit(
        &mut tx,
        &m,
        AuditAction::PrivateResourceUpdated,
        &slug,
        Some(&w.texts),
        Some(&checked.texts),
    )
    .await?;
    tx.commit().await?;
    st.catalogue.changed();
    Ok(see_other_with_flash(&format!("/toolkit/r/{slug}"), "flash-saved", st.cfg.tls()))
}

async fn delete(
    State(st): State<AppState>,
    m: Member<Edit>,
    Path((_o, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let w = own(&st, &m, &slug).await?;
    let mut tx = st.store.begin().await?;
    editorial::delete_private(&mut tx, m.org_id(), &w.slug).await?;
    crate::bcp::audit_edit(&mut tx, &m, AuditAction::PrivateResourceDeleted, &slug, Some(&w.texts), None::<&()>)
        .await?;
    tx.commit().await?;
    st.catalogue.changed();
    Ok(see_other_with_flash(&format!("/o/{}/toolkit", m.org_id()), "flash-deleted", st.cfg.tls()))
}
