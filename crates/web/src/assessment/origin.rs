//! Where an action in the findings register came from: the self-assessment and the
//! requirement whose gap it closes, for the finding's page.

use weerbaar_core::OrgId;
use weerbaar_store::assessments as db;

use crate::AppState;
use crate::error::AppResult;

/// Where an action in the register came from, for its page.
pub struct Origin {
    pub assessment_id: String,
    pub assessment_title: String,
    pub requirement: String,
    /// The section's page with the requirement's place on it.
    pub href: String,
    /// The baseline's toolkit resources for the requirement: (slug, title).
    pub resources: Vec<(String, String)>,
}

/// The self-assessment and requirement an action (a finding) came from, if any.
pub async fn origin_of(
    st: &AppState,
    org: &OrgId,
    finding: &str,
    lang: crate::i18n::Lang,
) -> AppResult<Option<Origin>> {
    let mut c = st.store.conn().await?;
    let Some((aid, req)) = db::action_of(&mut c, org, finding).await? else { return Ok(None) };
    let Some(a) = db::get(&mut c, org, &aid).await? else { return Ok(None) };
    drop(c);
    let fw = st.frameworks.get(st, &a.framework_id).await?;
    let Some(i) = fw.index_of(&req) else { return Ok(None) };
    let section = fw.section_of(i).unwrap_or(i);
    let mut resources = Vec::new();
    let mut c = st.store.conn().await?;
    for slug in &fw.nodes[i].resources {
        if let Some(t) = weerbaar_store::catalogue::title(&mut c, slug, lang.code()).await? {
            resources.push((slug.clone(), t));
        }
    }
    Ok(Some(Origin {
        href: format!("/o/{org}/assessments/{aid}/sections/{}#req-{i}", crate::page::urlencode(&fw.nodes[section].id)),
        assessment_id: aid,
        assessment_title: a.title,
        requirement: super::views::node_title(&fw, i, lang),
        resources,
    }))
}
