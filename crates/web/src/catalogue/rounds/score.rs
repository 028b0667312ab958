//! A reviewer scores a product of the round on the five criteria.

use super::editor::Pairs;
use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other_with_flash};
use crate::page::{Page, SignedIn, ToolkitReader};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::catalogue::round::{self, Criterion, Scores};
use weerbaar_core::validation::FieldError;
use weerbaar_store::rounds as db;

#[derive(Template)]
#[template(path = "catalogue/round_score.html")]
pub(super) struct ScorePage {
    page: Page,
    round_id: String,
    round_name: String,
    slug: String,
    title: String,
    open: bool,
    form: FormState,
    criteria: Vec<(&'static str, String, String)>,
    options: Vec<(String, String)>,
}

pub(super) fn score_form(lang: Lang, s: Option<&Scores>) -> FormState {
    let mut f = FormState::new(lang);
    if let Some(s) = s {
        for (i, c) in Criterion::ALL.iter().enumerate() {
            f.set(c.as_str(), s.values[i].to_string());
        }
        f.set("comment", s.comment.clone());
    }
    f
}

pub(super) async fn score_view(
    st: &AppState,
    s: &SignedIn,
    rd: &db::Round,
    slug: &str,
    form: FormState,
) -> AppResult<ScorePage> {
    let lang = s.ctx.lang;
    let mut c = st.store.conn().await?;
    let title = title_of(&mut c, slug, lang).await?;
    let mut options = vec![(String::new(), lang.t("round-score-choose"))];
    options.extend((1..=5).map(|n| (n.to_string(), lang.t(&format!("round-score-{n}")))));
    Ok(ScorePage {
        page: s.page(st, "toolkit").await?,
        round_id: rd.id.clone(),
        round_name: rd.name.clone(),
        slug: slug.to_string(),
        title,
        open: rd.open,
        form,
        criteria: Criterion::ALL
            .iter()
            .map(|c| (c.as_str(), criterion_label(lang, *c), lang.t(&format!("round-criterion-{}-hint", c.as_str()))))
            .collect(),
        options,
    })
}

/// The round's item for this slug.
pub(super) async fn item(st: &AppState, round_id: &str, slug: &str) -> AppResult<db::Item> {
    let mut c = st.store.conn().await?;
    db::items(&mut c, round_id).await?.into_iter().find(|i| i.slug == slug).ok_or(AppError::NotFound)
}

pub(super) async fn score_page(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path((id, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    reviewer(&r.0)?;
    let rd = the_round(&st, &id).await?;
    let it = item(&st, &id, &slug).await?;
    let mut c = st.store.conn().await?;
    let mine = db::scores(&mut c, &id)
        .await?
        .into_iter()
        .find(|g| g.resource_id == it.resource_id && g.reviewer_id == r.0.user.id.as_str());
    drop(c);
    let form = score_form(r.0.ctx.lang, mine.as_ref().map(|g| &g.scores));
    render(&score_view(&st, &r.0, &rd, &slug, form).await?)
}

pub(super) async fn score_save(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path((id, slug)): Path<(String, String)>,
    form: Pairs,
) -> AppResult<Response> {
    let s = r.0;
    reviewer(&s)?;
    let rd = the_round(&st, &id).await?;
    let it = item(&st, &id, &slug).await?;
    let lang = s.ctx.lang;
    let v = |i: usize| form.get(Criterion::ALL[i].as_str());
    let parsed = round::parse_scores([v(0), v(1), v(2), v(3), v(4)], form.get("comment"));
    let scores = match parsed {
        Ok(x) if rd.open => x,
        other => {
            let errs = match other {
                Err(e) => e,
                Ok(_) => FieldError::new("comment", "error-round-closed").into(),
            };
            let mut f = FormState::new(lang).with_errors(errs);
            for c in Criterion::ALL.iter() {
                f.set(c.as_str(), form.get(c.as_str()));
            }
            f.set("comment", form.get("comment"));
            return render_status(&score_view(&st, &s, &rd, &slug, f).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let mut tx = st.store.begin().await?;
    if !db::score(&mut tx, &id, &it.resource_id, &s.user.id, &scores).await? {
        return Err(AppError::Conflict);
    }
    log(&mut tx, &s, AuditAction::RoundScored, &format!("{} · {slug}", rd.name)).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/rounds/{id}"), "flash-score-saved", st.cfg.tls()))
}
