//! The grab pack kept current. After each change to a plan (settled for
//! `store::bcp::PACK_DEBOUNCE_MS`), the job worker renders the pack and the plan's PDF once,
//! one render at a time as every render, and keeps them with their SHA-256 and the plan's
//! content stamp; downloads serve the kept files while the stamp is unchanged and render
//! only when none is kept. When the approved plan's pack changes, the crisis team members
//! who have an account get an e-mail with the new checksum, so they replace their copy.

use sha2::{Digest, Sha256};
use weerbaar_core::OrgId;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::bcp::model::PlanStatus;
use weerbaar_render::Format;
use weerbaar_render::bcp::DocKind;
use weerbaar_store::bcp::{self as db, NewPack, PackFile, PackInfo};
use weerbaar_store::{audit, members, orgs};

use super::{PlanSource, rendering};
use crate::AppState;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::mail::{self, Mail};

/// What a rebuild did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rebuilt {
    /// The kept pack is the plan's current one.
    Current,
    /// A new pack was made and kept; `notified` crisis team members were told.
    Made { notified: usize },
    /// The organisation has no plan (any more).
    NoPlan,
}

fn sha256(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

/// The job: brings the organisation's kept pack up to date with its plan.
pub async fn rebuild(st: &AppState, org: &OrgId) -> AppResult<Rebuilt> {
    let started = std::time::Instant::now();
    let mut c = st.store.conn().await?;
    // The stamp first, then the plan: a pack never claims a newer stamp than its content.
    let Some(stamp) = db::content_stamp(&mut c, org).await? else { return Ok(Rebuilt::NoPlan) };
    let before = db::pack_info(&mut c, org).await?;
    if before.as_ref().is_some_and(|b| b.plan_stamp == stamp) {
        return Ok(Rebuilt::Current);
    }
    let Some(o) = orgs::get(&mut c, org).await? else { return Ok(Rebuilt::NoPlan) };
    let Some(src) = PlanSource::load(&mut c, org, &o.profile.name).await? else { return Ok(Rebuilt::NoPlan) };
    drop(c);
    let lang = Lang::parse(&src.plan.header.language).unwrap_or(Lang::DEFAULT);
    let now = jiff::Timestamp::now();
    let (pack, pdf, src) = rendering(st, false, move || -> AppResult<_> {
        let (pack, _) = src.pack(lang, now)?;
        let pdf = src.render(DocKind::Plan, Format::Pdf, lang, now)?;
        // Nobody waits on a background rebuild: let typst forget its layouts, so the
        // server gives that memory back instead of keeping it until the next render.
        weerbaar_render::pdf::forget_layouts();
        Ok((pack, pdf, src))
    })
    .await??;
    let info = PackInfo {
        plan_stamp: stamp,
        fingerprint: src.fingerprint(),
        lang: lang.content().as_str().to_string(),
        plan_version: src.plan.header.version_label.clone(),
        plan_status: src.plan.header.status.as_str().to_string(),
        pack_name: src.file_name(None, lang, "zip"),
        pack_sha256: sha256(&pack),
        pdf_name: src.file_name(Some(DocKind::Plan), lang, "pdf"),
        pdf_sha256: sha256(&pdf),
        built_at: weerbaar_core::now_ms(),
    };
    let mut tx = st.store.begin().await?;
    if !db::keep_pack(&mut tx, org, &NewPack { info: &info, pack: &pack, pdf: &pdf }).await? {
        return Ok(Rebuilt::Current);
    }
    let approved_changed = src.plan.header.status == PlanStatus::Approved
        && before.as_ref().is_none_or(|b| b.fingerprint != info.fingerprint);
    let mut notified = 0;
    if approved_changed {
        let team = src.plan.crisis_team_emails();
        for m in members::list(&mut tx, org).await?.into_iter().filter(|m| !m.disabled && team.contains(&m.email)) {
            let args = [
                ("org", o.profile.name.clone()),
                ("version", info.plan_version.clone()),
                ("checksum", info.pack_sha256.clone()),
                ("link", crate::auth::link(st, &format!("/o/{org}/plan/documents"))),
            ];
            let mail = Mail {
                to: m.email.clone(),
                subject: lang.t_args("mail-pack-subject", &args),
                body: lang.t_args("mail-pack-body", &args),
            };
            mail::queue(&mut tx, &mail).await?;
            notified += 1;
        }
        audit::append(
            &mut tx,
            &NewAuditEntry::new(AuditAction::PlanPackBuilt, None, "Weerbaar").org(org).target(&info.pack_name).change(
                None,
                Some(
                    serde_json::json!({"version": info.plan_version, "sha256": info.pack_sha256, "notified": notified}),
                ),
            ),
        )
        .await?;
    }
    tx.commit().await?;
    if notified > 0 {
        st.jobs_notify.notify_one();
    }
    tracing::info!(
        org = %org,
        took_ms = started.elapsed().as_millis() as u64,
        pack_bytes = pack.len(),
        notified,
        "grab pack rebuilt"
    );
    Ok(Rebuilt::Made { notified })
}

type ServedKey = (OrgId, PackFile, i64, String);

/// The kept files served last, in memory: a crisis team taking the same pack at once reads
/// it from the database once. A kept file never changes (a new one has another stamp and
/// checksum), so an entry is never stale; eight of them, a few megabytes each.
static SERVED: std::sync::Mutex<Vec<(ServedKey, axum::body::Bytes)>> = std::sync::Mutex::new(Vec::new());
const SERVED_MAX: usize = 8;

/// The kept pack or plan PDF when it is the current plan's, in the language asked for.
pub async fn kept(
    st: &AppState,
    org: &OrgId,
    file: PackFile,
    lang: Lang,
) -> AppResult<Option<(axum::body::Bytes, PackInfo)>> {
    let mut c = st.store.conn().await?;
    let Some(stamp) = db::content_stamp(&mut c, org).await? else { return Ok(None) };
    let Some(info) = db::pack_info(&mut c, org).await? else { return Ok(None) };
    if info.plan_stamp != stamp || info.lang != lang.content().as_str() {
        return Ok(None);
    }
    let sum = match file {
        PackFile::Pack => info.pack_sha256.clone(),
        PackFile::Pdf => info.pdf_sha256.clone(),
    };
    let key: ServedKey = (org.clone(), file, stamp, sum);
    // A poisoned lock only means a panic elsewhere; the list is still valid.
    let hit = SERVED.lock().unwrap_or_else(|e| e.into_inner()).iter().find(|(k, _)| *k == key).map(|(_, b)| b.clone());
    if let Some(b) = hit {
        return Ok(Some((b, info)));
    }
    let Some(bytes) = db::pack_file(&mut c, org, file, stamp).await? else { return Ok(None) };
    let bytes = axum::body::Bytes::from(bytes);
    let mut served = SERVED.lock().unwrap_or_else(|e| e.into_inner());
    if served.len() >= SERVED_MAX {
        served.remove(0);
    }
    served.push((key, bytes.clone()));
    Ok(Some((bytes, info)))
}

/// The job's payload, read back.
pub fn org_of(payload: &str) -> Result<OrgId, String> {
    let v: serde_json::Value = serde_json::from_str(payload).map_err(|e| format!("bad payload: {e}"))?;
    let id = v.get("org").and_then(serde_json::Value::as_str).ok_or("bad payload: no org")?;
    id.parse::<OrgId>().map_err(|_| "bad payload: org id".to_string())
}

/// One crisis team member and the pack they last took.
pub struct MemberPack {
    pub name: String,
    /// "current", "old" or "never".
    pub state: &'static str,
    pub at: Option<String>,
}

/// The kept pack, and who of the crisis team (members with an account) has it.
pub struct TeamPack {
    pub current: Option<PackInfo>,
    /// True when the kept pack is the plan's current one.
    pub up_to_date: bool,
    pub members: Vec<MemberPack>,
}

pub async fn team(
    db: &mut impl weerbaar_store::Db,
    org: &OrgId,
    plan: &weerbaar_core::bcp::model::Plan,
    lang: Lang,
) -> AppResult<TeamPack> {
    let stamp = db::content_stamp(db, org).await?;
    let current = db::pack_info(db, org).await?;
    let up_to_date = current.as_ref().is_some_and(|c| Some(c.plan_stamp) == stamp);
    let fingerprint = super::fingerprint(plan);
    let downloads = db::downloads(db, org).await?;
    let team = plan.crisis_team_emails();
    let members = members::list(db, org)
        .await?
        .into_iter()
        .filter(|m| !m.disabled && team.contains(&m.email))
        .map(|m| {
            let last = downloads.iter().find(|(u, ..)| *u == m.user_id);
            let (state, at) = match last {
                Some((_, fp, _, at)) if *fp == fingerprint => ("current", Some(lang.datetime(*at))),
                Some((_, _, _, at)) => ("old", Some(lang.datetime(*at))),
                None => ("never", None),
            };
            MemberPack { name: m.name, state, at }
        })
        .collect();
    Ok(TeamPack { current, up_to_date, members })
}
