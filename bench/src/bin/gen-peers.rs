//! Member organisations for the comparison benchmark: N municipalities that share with
//! the demo's umbrella organisation, each with an approved assessment of the shipped
//! baseline (figures only, as an approval keeps them).
//!
//!   gen-peers DATABASE_URL N

use weerbaar_core::bcp::model::PlanStatus;
use weerbaar_core::org::{OrgKind, OrgProfile};
use weerbaar_store::{assessments, orgs};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(url), Some(n)) = (args.first(), args.get(1).and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("usage: gen-peers DATABASE_URL N");
        std::process::exit(2);
    };
    let store = weerbaar_store::open(url, &weerbaar_store::ConnectOptions::default()).await.expect("database");
    let baseline = weerbaar_content::baseline().expect("baseline");
    let mut tx = store.begin().await.expect("transaction");
    let umbrella =
        orgs::find_by_name(&mut tx, weerbaar_store::demo::KOEPEL).await.expect("read").expect("the demo umbrella");
    let fid = assessments::frameworks::by_urn(&mut tx, &baseline.urn).await.expect("read").expect("the baseline").id;
    let roots: Vec<String> = baseline.roots().into_iter().map(|i| baseline.nodes[i].id.clone()).collect();
    for k in 0..n {
        let p = OrgProfile {
            name: format!("Gemeente Peer {k:04}"),
            kind: OrgKind::Municipality,
            nis_code: None,
            brand_colour: None,
            require_mfa: false,
        };
        let o = orgs::create(&mut tx, &p).await.expect("organisation");
        assessments::benchmark::set_share(&mut tx, &o.id, Some(&umbrella.id)).await.expect("share");
        let a =
            assessments::create(&mut tx, &o.id, &fid, Some("basis"), "Peer", None, "bench").await.expect("assessment");
        let values: serde_json::Map<String, serde_json::Value> = roots
            .iter()
            .enumerate()
            .map(|(r, id)| (id.clone(), serde_json::json!(1.0 + ((k * 13 + r * 7) % 40) as f64 / 10.0)))
            .collect();
        let figures = serde_json::json!({"roots": values, "total": 2.5}).to_string();
        assessments::keep_version(&mut tx, &o.id, &a, PlanStatus::Approved, &figures, "{}", "bench")
            .await
            .expect("version");
    }
    tx.commit().await.expect("commit");
}
