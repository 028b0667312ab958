//! The demo's self-assessments of the shipped baseline: Gemeente Voorbeeld assessed
//! itself a year ago (approved) and again now (submitted, visibly better, with actions
//! for its gaps); Gemeente Anderdorp is halfway through its first. The answers follow a
//! fixed pattern so the demo is the same every time.

use std::collections::HashMap;

use weerbaar_core::assessment::Framework;
use weerbaar_core::assessment::action::{Words, draft};
use weerbaar_core::assessment::answer::{Answer, Verdict};
use weerbaar_core::assessment::rollup::{gaps, roll_up};
use weerbaar_core::bcp::model::{Approval, PlanStatus};
use weerbaar_core::findings::edit;
use weerbaar_core::findings::{Finding, Source};
use weerbaar_core::org::Organisation;

use crate::assessments::{self as db, frameworks};
use crate::db::Db;
use crate::{Result, StoreError, findings};

const YEAR_MS: i64 = 365 * 86_400_000;

/// The pattern: a score from 1 to 5 for requirement `k`, raised by `lift`.
fn score(k: usize, salt: usize, lift: u8) -> u8 {
    (1 + ((k * 7 + salt * 3) % 3) as u8 + lift).min(5)
}

fn answers(f: &Framework, level: &str, lift: u8, share: usize) -> HashMap<String, Answer> {
    f.requirements(Some(level))
        .enumerate()
        .filter(|(k, _)| k % 10 < share)
        .map(|(k, (_, n))| {
            let a = if n.id == "NET-04" && lift == 0 {
                Answer {
                    verdict: Some(Verdict::NotApplicable),
                    reason: "Geen extern bereikbaar bureaublad (demo).".into(),
                    ..Default::default()
                }
            } else {
                Answer {
                    documentation: Some(score(k, 1, lift)),
                    implementation: Some(score(k, 2, lift)),
                    ..Default::default()
                }
            };
            (n.id.clone(), a)
        })
        .collect()
}

async fn assessment(
    db: &mut impl Db,
    o: &Organisation,
    f: &Framework,
    fid: &str,
    title: &str,
    a: &HashMap<String, Answer>,
    created_at: i64,
) -> Result<db::Assessment> {
    let x = db::create(db, &o.id, fid, Some("basis"), title, None, "demo").await?;
    for (req, ans) in a {
        db::put_answer(db, &o.id, &x.id, req, ans, 0, "demo").await?;
    }
    exec!(db, |c| sqlx::query("UPDATE assessments SET created_at = $1, updated_at = $1 WHERE id = $2")
        .bind(created_at)
        .bind(&x.id)
        .execute(c)
        .await)?;
    let _ = f;
    db::get(db, &o.id, &x.id).await?.ok_or(StoreError::NotFound)
}

/// Moves the assessment to `to`, keeping the version as the web does.
async fn settle(
    db: &mut impl Db,
    o: &Organisation,
    f: &Framework,
    x: &db::Assessment,
    a: &HashMap<String, Answer>,
    to: PlanStatus,
    approval: Option<&Approval>,
) -> Result<()> {
    db::set_status(db, &o.id, &x.id, x.version, to, &x.version_label, approval).await?;
    let r = roll_up(f, x.level.as_deref(), a);
    let roots: serde_json::Map<String, serde_json::Value> =
        f.roots().into_iter().map(|i| (f.nodes[i].id.clone(), serde_json::json!(r.of(i).value))).collect();
    let figures = serde_json::json!({"roots": roots, "total": r.total.value});
    let snapshot = serde_json::json!({"framework": {"urn": f.urn, "version": f.version}, "level": x.level, "label": x.version_label,
        "status": to, "approval": approval, "answers": a, "figures": figures});
    db::keep_version(db, &o.id, x, to, &figures.to_string(), &snapshot.to_string(), "demo").await
}

pub async fn seed(db: &mut impl Db, voorbeeld: &Organisation, anderdorp: &Organisation) -> Result<()> {
    let baseline = weerbaar_content::baseline().map_err(StoreError::Content)?;
    let fid = frameworks::sync_shipped(db, &baseline).await?;
    let now = weerbaar_core::now_ms();
    let today = weerbaar_core::today();
    // Voorbeeld, a year ago: approved.
    let first = answers(&baseline, "basis", 0, 10);
    let x = assessment(db, voorbeeld, &baseline, &fid, "Zelfevaluatie basisnormen (vorig jaar)", &first, now - YEAR_MS)
        .await?;
    let decided = today.saturating_sub(jiff::Span::new().days(360));
    let approval = Approval {
        body: "College van burgemeester en schepenen".into(),
        decision_date: decided,
        reference: "CBS-demo-17".into(),
    };
    settle(db, voorbeeld, &baseline, &x, &first, PlanStatus::Submitted, None).await?;
    let x = db::get(db, &voorbeeld.id, &x.id).await?.ok_or(StoreError::NotFound)?;
    settle(db, voorbeeld, &baseline, &x, &first, PlanStatus::Approved, Some(&approval)).await?;
    // Voorbeeld, now: better, submitted, with actions for the three largest gaps.
    let second = answers(&baseline, "basis", 1, 10);
    let y = assessment(db, voorbeeld, &baseline, &fid, "Zelfevaluatie basisnormen", &second, now - 86_400_000).await?;
    settle(db, voorbeeld, &baseline, &y, &second, PlanStatus::Submitted, None).await?;
    let reason = |d: &str| format!("Tekort uit de zelfevaluatie: {d}");
    let words = Words { reason: &reason };
    let ctx = edit::Ctx { engagement_exists: &|_| false, resource_exists: &|_| false };
    let due = today.saturating_add(jiff::Span::new().days(90)).to_string();
    for g in gaps(&baseline, Some("basis"), &second).into_iter().take(3) {
        let d = draft(&baseline, g.index, &second[&g.id], "nl", "ict@regio.test", &due, &words);
        let fields = edit::check(&d, &ctx).map_err(|e| StoreError::Config(format!("demo action: {e:?}")))?;
        let f = findings::insert(db, &voorbeeld.id, &Finding::new(fields, Source::Assessment, None)).await?;
        findings::add_event(db, &voorbeeld.id, &f.id, "demo", "created", None, Some(f.status), "").await?;
        db::link_action(db, &voorbeeld.id, &f.id, &y.id, &g.id).await?;
    }
    // Anderdorp: half answered, still a draft.
    let half = answers(&baseline, "basis", 0, 5);
    assessment(db, anderdorp, &baseline, &fid, "Eerste zelfevaluatie", &half, now - 7 * 86_400_000).await?;
    Ok(())
}
