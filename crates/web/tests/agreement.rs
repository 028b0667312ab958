//! One rule set per plan part: the same input through the builder's form, the plan API
//! and the import of a whole document gets the same verdict (the same message at the
//! same field) and, when accepted, the same stored value. The rules live in
//! `core::bcp::edit`; this proves every entry point uses them.

mod common;

use common::{Client, TestServer};
use serde_json::{Value, json};
use weerbaar_core::OrgId;
use weerbaar_testkit::db_test;

#[derive(Clone, Copy, Debug)]
enum Part {
    Activity,
    Bia,
    Resource,
    Header,
}

#[derive(Debug)]
enum Expect {
    /// Accepted; the exported document then shows this value.
    Stored(Value),
    /// Refused with the message of this rule.
    Refused,
}

struct Case {
    part: Part,
    field: &'static str,
    /// As typed into the form.
    form: &'static str,
    /// As an API client or a document sends it.
    json: Value,
    expect: Expect,
}

fn cases() -> Vec<Case> {
    use Expect::*;
    use Part::*;
    let c = |part, field, form, json, expect| Case { part, field, form, json, expect };
    vec![
        c(
            Activity,
            "name",
            "  Burgerzaken aan het loket  ",
            json!("  Burgerzaken aan het loket  "),
            Stored(json!("Burgerzaken aan het loket")),
        ),
        c(Activity, "name", "   ", json!("   "), Refused),
        c(Activity, "owner", "Jan\u{202E}nomis", json!("Jan\u{202E}nomis"), Refused),
        c(Activity, "min_staff", "12", json!(12), Stored(json!(12))),
        c(Activity, "min_staff", "20000", json!(20000), Refused),
        c(Activity, "min_staff", "-1", json!(-1), Refused),
        c(Activity, "min_staff", "", json!(null), Stored(json!(null))),
        c(Bia, "rto_hours", "8760", json!(8760), Stored(json!(8760))),
        c(Bia, "rto_hours", "8761", json!(8761), Refused),
        c(Bia, "rto_hours", "99999999999", json!(99_999_999_999i64), Refused),
        c(Bia, "rpo_hours", "-5", json!(-5), Refused),
        c(Resource, "sla_hours", "200", json!(200), Stored(json!(200))),
        c(Resource, "sla_hours", "100000", json!(100_000), Refused),
        c(Resource, "last_restore_test", "2026-01-05", json!("2026-01-05"), Stored(json!("2026-01-05"))),
        c(Resource, "last_restore_test", "2099-01-01", json!("2099-01-01"), Refused),
        c(Resource, "last_restore_test", "2026-01-05T10:00", json!("2026-01-05T10:00"), Refused),
        c(Resource, "contact_24_7", "x\u{200B}y", json!("x\u{200B}y"), Refused),
        c(
            Header,
            "own_domains",
            "@Voorbeeld.TEST, ocmw.voorbeeld.test",
            json!(["@Voorbeeld.TEST", "ocmw.voorbeeld.test"]),
            Stored(json!(["voorbeeld.test", "ocmw.voorbeeld.test"])),
        ),
        c(Header, "own_domains", "localhost", json!(["localhost"]), Refused),
        c(Header, "owner_email", "not an address", json!("not an address"), Refused),
        c(
            Header,
            "owner_email",
            " Eigenaar@Voorbeeld.TEST ",
            json!(" Eigenaar@Voorbeeld.TEST "),
            Stored(json!("eigenaar@voorbeeld.test")),
        ),
        c(Header, "next_review", "2027-02-30", json!("2027-02-30"), Refused),
    ]
}

/// How an entry point answered.
#[derive(Debug, PartialEq)]
enum Verdict {
    Accepted,
    /// The message shown at the field.
    Refused(String),
}

struct Ctx<'a> {
    c: &'a Client,
    org: &'a OrgId,
}

impl Ctx<'_> {
    async fn whole(&self) -> Value {
        let plans = self.c.get("/api/v1/plans").await.json();
        let id = plans[0]["id"].as_str().expect("a plan").to_string();
        let r = self.c.get(&format!("/api/v1/plans/{id}")).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    }

    fn item(doc: &Value, part: Part) -> &Value {
        match part {
            Part::Activity | Part::Bia => &doc["activities"][0],
            Part::Resource => &doc["resources"][0],
            Part::Header => &doc["plan"],
        }
    }

    /// The page of the part and its version.
    async fn page(&self, part: Part, whole: &Value) -> (String, String) {
        let org = self.org;
        let path = match part {
            Part::Activity => format!("/o/{org}/plan/activities/{}", whole["ids"]["A1"].as_str().unwrap()),
            Part::Bia => format!("/o/{org}/plan/bia/{}", whole["ids"]["A1"].as_str().unwrap()),
            Part::Resource => format!("/o/{org}/plan/resources/{}", whole["ids"]["R1"].as_str().unwrap()),
            Part::Header => format!("/o/{org}/plan/scope"),
        };
        let r = self.c.get(&path).await;
        assert_eq!(r.status, 200, "{path}");
        let v = r.body.split(r#"name="version" value=""#).nth(1).and_then(|s| s.split('"').next()).expect("version");
        (path, v.to_string())
    }

    async fn by_form(&self, case: &Case) -> Verdict {
        let whole = self.whole().await;
        let doc = &whole["document"];
        let item = Self::item(doc, case.part);
        let (path, version) = self.page(case.part, &whole).await;
        let text = |v: &Value| match v {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            Value::Array(a) => a.iter().map(|x| x.as_str().unwrap_or_default()).collect::<Vec<_>>().join("\n"),
            other => other.to_string(),
        };
        let names: Vec<String> = match case.part {
            Part::Activity => [
                "department",
                "name",
                "description",
                "owner",
                "deputy",
                "legal_deadlines",
                "peak_periods",
                "min_staff",
                "min_workplaces",
            ]
            .map(String::from)
            .to_vec(),
            Part::Bia => ["rto_hours", "rpo_hours", "mbco"].map(String::from).to_vec(),
            Part::Resource => [
                "kind",
                "name",
                "description",
                "deputy",
                "contract_ref",
                "sla_hours",
                "contact_24_7",
                "recovery_hours",
                "recovery_basis",
                "backup_interval_hours",
                "backup_type",
                "last_restore_test",
            ]
            .map(String::from)
            .to_vec(),
            Part::Header => [
                "scope",
                "objectives",
                "assumptions",
                "owner_name",
                "owner_email",
                "classification",
                "next_review",
                "own_domains",
            ]
            .map(String::from)
            .to_vec(),
        };
        let mut fields: Vec<(String, String)> = vec![("version".into(), version)];
        for n in &names {
            let v = if n == case.field { case.form.to_string() } else { text(&item[n.as_str()]) };
            let v = if n == "own_domains" && n != case.field { v.replace('\n', ", ") } else { v };
            fields.push((n.clone(), v));
        }
        let ids = &whole["ids"];
        let refs = |k: &str| -> Vec<String> {
            item[k]
                .as_array()
                .map(|a| a.iter().map(|r| ids[r.as_str().unwrap()].as_str().unwrap().to_string()).collect())
                .unwrap_or_default()
        };
        match case.part {
            Part::Activity => fields.extend(refs("resources").into_iter().map(|r| ("resource".to_string(), r))),
            Part::Resource => fields.extend(refs("depends_on").into_iter().map(|r| ("depends_on".to_string(), r))),
            Part::Bia => {
                for (cat, levels) in item["impacts"].as_object().unwrap() {
                    for (w, l) in levels.as_array().unwrap().iter().enumerate() {
                        fields.push((format!("i-{cat}-{w}"), text(l)));
                    }
                }
            }
            Part::Header => {}
        }
        let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let r = self.c.post_form(&path, &borrowed).await;
        match r.status {
            303 => Verdict::Accepted,
            422 => Verdict::Refused(r.body),
            s => panic!("form answered {s}: {}", r.body),
        }
    }

    async fn by_api(&self, case: &Case) -> Verdict {
        let whole = self.whole().await;
        let plan = whole["id"].as_str().unwrap().to_string();
        let doc = &whole["document"];
        let ids = &whole["ids"];
        let (_, version) = self.page(case.part, &whole).await;
        let version: i64 = version.parse().unwrap();
        let mut body = Self::item(doc, case.part).clone();
        body["version"] = json!(version);
        body[case.field] = case.json.clone();
        let to_ids = |v: &Value| -> Value {
            json!(v.as_array().unwrap().iter().map(|r| ids[r.as_str().unwrap()].clone()).collect::<Vec<_>>())
        };
        let path = match case.part {
            Part::Activity | Part::Bia => {
                body["resources"] = to_ids(&body["resources"]);
                format!("/api/v1/plans/{plan}/activities/{}", ids["A1"].as_str().unwrap())
            }
            Part::Resource => {
                body["depends_on"] = to_ids(&body["depends_on"]);
                format!("/api/v1/plans/{plan}/resources/{}", ids["R1"].as_str().unwrap())
            }
            Part::Header => format!("/api/v1/plans/{plan}"),
        };
        let r = self.c.put_json(&path, &body).await;
        verdict_of_json(r, case)
    }

    async fn by_import(&self, case: &Case) -> Verdict {
        let whole = self.whole().await;
        let plan = whole["id"].as_str().unwrap().to_string();
        let mut doc = whole["document"].clone();
        let item = match case.part {
            Part::Activity | Part::Bia => &mut doc["activities"][0],
            Part::Resource => &mut doc["resources"][0],
            Part::Header => &mut doc["plan"],
        };
        item[case.field] = case.json.clone();
        let r = self.c.put_json(&format!("/api/v1/plans/{plan}/document"), &doc).await;
        verdict_of_json(r, case)
    }

    async fn stored(&self, case: &Case) -> Value {
        let whole = self.whole().await;
        Self::item(&whole["document"], case.part)[case.field].clone()
    }
}

fn verdict_of_json(r: weerbaar_testkit::http::Resp, case: &Case) -> Verdict {
    match r.status {
        200 => Verdict::Accepted,
        422 => {
            let v = r.json();
            let fields = v["error"]["fields"].as_array().cloned().unwrap_or_default();
            let at = fields
                .iter()
                .find(|f| {
                    let name = f["field"].as_str().unwrap_or_default();
                    name == case.field || name.ends_with(&format!(".{}", case.field))
                })
                .unwrap_or_else(|| panic!("no error at {}: {v}", case.field));
            Verdict::Refused(at["message"].as_str().unwrap().to_string())
        }
        s => panic!("answered {s}: {}", r.body),
    }
}

db_test!(form_api_and_import_agree_on_every_rule, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let ctx = Ctx { c: &a, org: &org };
    for case in cases() {
        let label = format!("{:?}.{} = {:?}", case.part, case.field, case.form);
        let form = ctx.by_form(&case).await;
        let form_stored = ctx.stored(&case).await;
        let api = ctx.by_api(&case).await;
        let api_stored = ctx.stored(&case).await;
        let import = ctx.by_import(&case).await;
        let import_stored = ctx.stored(&case).await;
        match &case.expect {
            Expect::Stored(v) => {
                assert_eq!(form, Verdict::Accepted, "{label}: form");
                assert_eq!(api, Verdict::Accepted, "{label}: API");
                assert_eq!(import, Verdict::Accepted, "{label}: import");
                assert_eq!(&form_stored, v, "{label}: stored by the form");
                assert_eq!(&api_stored, v, "{label}: stored by the API");
                assert_eq!(&import_stored, v, "{label}: stored by the import");
            }
            Expect::Refused => {
                let (Verdict::Refused(page), Verdict::Refused(api_msg), Verdict::Refused(import_msg)) =
                    (&form, &api, &import)
                else {
                    panic!("{label}: refused everywhere, got {form:?} / {api:?} / {import:?}");
                };
                assert_eq!(api_msg, import_msg, "{label}: the same message");
                let shown =
                    page.replace("&#39;", "'").replace("&#x27;", "'").replace("&quot;", "\"").replace("&amp;", "&");
                assert!(shown.contains(api_msg.as_str()), "{label}: the form shows “{api_msg}”");
                assert_eq!(form_stored, api_stored, "{label}: nothing changed");
                assert_eq!(api_stored, import_stored, "{label}: nothing changed");
            }
        }
    }
});
