//! The API's OpenAPI document, assembled from every feature's part. The error answers
//! every operation can give are added here in one place, from what the server really
//! does: 401 without a valid token (unless the operation is open to all), 403 for a
//! role that may not, 404 for an unknown id in the path, 400 and 413 for a body that is
//! not JSON of the expected shape or too large, 429 when throttled, 500. Query values
//! with a fixed set of choices list them, from the same lists the server checks.

use axum::Json;
use serde_json::{Value, json};
use utoipa::OpenApi;
use weerbaar_core::catalogue::{Audience, ContentLang, Level, ResourceType, Topic};

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new().get("/api/v1/openapi.json", openapi_json)
}

/// Operations anyone may call; an installation that restricts the toolkit to signed-in
/// people answers them with 401 without a token.
const OPEN: &[(&str, &str)] = &[("get", "/api/v1/resources"), ("get", "/api/v1/resources/{slug}")];

async fn openapi_json() -> Json<Value> {
    Json(document())
}

/// The whole document.
pub fn document() -> Value {
    let mut doc = crate::api::ApiDoc::openapi();
    doc.merge(crate::bcp::api::PlanApiDoc::openapi());
    doc.merge(crate::documents::DocumentsApiDoc::openapi());
    doc.merge(crate::catalogue::api::ToolkitApiDoc::openapi());
    doc.merge(crate::findings::api::FindingsApiDoc::openapi());
    doc.merge(crate::findings::api_engagements::EngagementsApiDoc::openapi());
    doc.merge(crate::assessment::api::AssessmentApiDoc::openapi());
    doc.merge(crate::awareness::api::AwarenessApiDoc::openapi());
    let mut v = serde_json::to_value(doc).unwrap_or_else(|_| json!({}));
    complete(&mut v);
    constrain(&mut v);
    link(&mut v);
    v
}

/// OpenAPI links: what a created part's id is good for, so a client (and the conformance
/// test's stateful phase) can follow from creating a part to changing and removing it.
fn link(doc: &mut Value) {
    let op_ref = |path: &str, method: &str| format!("#/paths/{}/{method}", path.replace('~', "~0").replace('/', "~1"));
    for (create, item, id) in [
        ("/api/v1/plans/{plan}/activities", "/api/v1/plans/{plan}/activities/{activity}", "activity"),
        ("/api/v1/plans/{plan}/resources", "/api/v1/plans/{plan}/resources/{resource}", "resource"),
    ] {
        let mut links = serde_json::Map::new();
        for method in ["put", "delete"] {
            links.insert(
                format!("{method}_{id}"),
                json!({"operationRef": op_ref(item, method),
                       "parameters": {"plan": "$request.path.plan", id: "$response.body#/id"}}),
            );
        }
        let ptr = format!("/paths/{}/post/responses/201", create.replace('~', "~0").replace('/', "~1"));
        if let Some(r) = doc.pointer_mut(&ptr) {
            r["links"] = Value::Object(links);
        }
    }
}

/// Characters no single-line field accepts: control characters and those that disguise
/// text (direction marks, zero-width), as `core::validation` refuses them.
const LINE_REFUSED: &str =
    r"\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff";
/// Control characters a multi-line text refuses (newlines and tabs are fine).
const TEXT_REFUSED: &str = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f";

/// The constraint of one kind of field, from the limits in core.
enum Rule {
    Line(usize),
    RequiredLine(usize),
    Text(usize),
    Number(u32),
    Date,
    Email,
    OptionalEmail,
    Pattern(&'static str),
    Impacts,
    Choice(Vec<String>),
    Domains,
    Flag,
}

fn schema_of(rule: &Rule) -> Value {
    match rule {
        Rule::Line(max) => json!({"type": "string", "maxLength": max, "pattern": format!("^[^{LINE_REFUSED}]*$")}),
        Rule::RequiredLine(max) => json!({
            "type": "string", "maxLength": max,
            "pattern": format!("^[^{LINE_REFUSED}]*[^\\s{LINE_REFUSED}][^{LINE_REFUSED}]*$")
        }),
        Rule::Text(max) => json!({"type": "string", "maxLength": max, "pattern": format!("^[^{TEXT_REFUSED}]*$")}),
        Rule::Number(max) => json!({"type": ["integer", "null"], "minimum": 0, "maximum": max}),
        // Empty (or null) means no date.
        Rule::Date => json!({"anyOf": [
            {"type": "null"},
            {"type": "string", "maxLength": 0},
            {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
        ], "description": "YYYY-MM-DD, or empty for none"}),
        Rule::Email => json!({"type": "string", "format": "email", "maxLength": weerbaar_core::account::EMAIL_MAX}),
        Rule::OptionalEmail => json!({"anyOf": [
            {"type": "string", "maxLength": 0},
            {"type": "string", "format": "email", "maxLength": weerbaar_core::account::EMAIL_MAX}
        ]}),
        Rule::Pattern(p) => json!({"type": ["string", "null"], "pattern": p}),
        Rule::Impacts => {
            let level =
                json!({"type": ["integer", "null"], "minimum": 0, "maximum": weerbaar_core::bcp::model::MAX_LEVEL});
            let cats: serde_json::Map<String, Value> = weerbaar_core::bcp::model::ImpactCategory::ALL
                .iter()
                .map(|c| (c.as_str().to_string(), json!({"type": "array", "items": level.clone()})))
                .collect();
            json!({"type": "object", "properties": cats, "additionalProperties": false,
                   "description": "Per category one level 0..4 or null per time window of the plan's scale"})
        }
        Rule::Choice(values) => json!({"type": "string", "enum": values}),
        Rule::Domains => json!({
            "type": "array", "maxItems": weerbaar_core::bcp::edit::DOMAINS_MAX,
            "items": {"type": "string", "maxLength": 100,
                      "pattern": "^@?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"}
        }),
        Rule::Flag => json!({"type": "boolean"}),
    }
}

fn strings<T: Copy>(all: &[T], f: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|x| f(*x).to_string()).collect()
}

/// What each request body's fields accept, from the same constants the rules use.
fn request_rules() -> Vec<(&'static str, &'static str, Rule)> {
    use Rule::*;
    use weerbaar_core::bcp::edit::{COUNT_MAX, HOURS_MAX};
    use weerbaar_core::bcp::model::{BackupType, Basis, LINE_MAX, ResourceKind, TEXT_MAX};
    let mut v = vec![
        ("OrganisationUpdateDto", "name", RequiredLine(weerbaar_core::org::ORG_NAME_MAX)),
        ("OrganisationUpdateDto", "kind", Choice(strings(&weerbaar_core::org::OrgKind::ALL, |k| k.as_str()))),
        ("NewInvitationDto", "email", Email),
        ("NewInvitationDto", "role", Choice(vec!["viewer".into(), "editor".into(), "admin".into()])),
        ("NewActivityDto", "name", RequiredLine(LINE_MAX)),
        ("FindingInDto", "title", RequiredLine(LINE_MAX)),
        ("FindingInDto", "description", Text(TEXT_MAX)),
        ("FindingInDto", "remediation", Text(TEXT_MAX)),
        ("FindingInDto", "severity_reason", Text(TEXT_MAX)),
        ("FindingInDto", "owner_email", OptionalEmail),
        ("FindingInDto", "due", Date),
        ("EngagementDto", "title", RequiredLine(LINE_MAX)),
        ("EngagementDto", "kind", Choice(strings(weerbaar_core::engagement::Kind::ALL, |k| k.as_str()))),
        ("EngagementDto", "tester_email", OptionalEmail),
        ("EngagementDto", "contact_email", OptionalEmail),
        ("EngagementDto", "window_start", Date),
        ("EngagementDto", "window_end", Date),
        ("EngagementDto", "notes", Text(TEXT_MAX)),
        ("NewActivityDto", "department", Line(LINE_MAX)),
        ("NewResourceDto", "name", RequiredLine(LINE_MAX)),
        ("NewResourceDto", "kind", Choice(strings(&ResourceKind::ALL, ResourceKind::as_str))),
        ("HeaderDto", "owner_name", Line(LINE_MAX)),
        ("HeaderDto", "owner_email", OptionalEmail),
        ("ActivityDto", "impacts", Impacts),
        ("OrganisationUpdateDto", "nis_code", Pattern("^\\s*([0-9]{5})?\\s*$")),
        ("OrganisationUpdateDto", "brand_colour", Pattern("^\\s*(#[0-9A-Fa-f]{6})?\\s*$")),
        ("HeaderDto", "classification", Line(LINE_MAX)),
        ("HeaderDto", "next_review", Date),
        ("HeaderDto", "own_domains", Domains),
        ("ActivityDto", "name", RequiredLine(LINE_MAX)),
        ("ActivityDto", "min_staff", Number(COUNT_MAX)),
        ("ActivityDto", "min_workplaces", Number(COUNT_MAX)),
        ("ActivityDto", "rto_hours", Number(HOURS_MAX)),
        ("ActivityDto", "rpo_hours", Number(HOURS_MAX)),
        ("ResourceDto", "name", RequiredLine(LINE_MAX)),
        ("ResourceDto", "kind", Choice(strings(&ResourceKind::ALL, ResourceKind::as_str))),
        ("ResourceDto", "recovery_basis", Choice(strings(&Basis::ALL, Basis::as_str))),
        ("ResourceDto", "backup_type", Choice(strings(&BackupType::ALL, BackupType::as_str))),
        ("ResourceDto", "last_restore_test", Date),
        ("OrganisationUpdateDto", "require_mfa", Flag),
    ];
    for f in ["scope", "objectives", "assumptions"] {
        v.push(("HeaderDto", f, Text(TEXT_MAX)));
    }
    for f in ["department", "owner", "deputy"] {
        v.push(("ActivityDto", f, Line(LINE_MAX)));
    }
    for f in [
        "description",
        "legal_deadlines",
        "peak_periods",
        "mbco",
        "alternate_location",
        "alternate_supplier",
        "mutual_aid",
        "paper_backlog",
    ] {
        v.push(("ActivityDto", f, Text(TEXT_MAX)));
    }
    for f in ["deputy", "contract_ref", "contact_24_7"] {
        v.push(("ResourceDto", f, Line(LINE_MAX)));
    }
    v.push(("ResourceDto", "description", Text(TEXT_MAX)));
    for f in ["sla_hours", "recovery_hours", "backup_interval_hours"] {
        v.push(("ResourceDto", f, Number(HOURS_MAX)));
    }
    v
}

/// Writes the rules into the request schemas, so that what the document calls valid is
/// what the server accepts (as far as a schema can say: rules that depend on stored
/// data, such as a restore test not in the future or links to existing resources, are
/// answered 422 with the field).
fn constrain(doc: &mut Value) {
    let template_keys: Vec<String> = weerbaar_content::bcp_template()
        .map(|t| t.activities.iter().map(|a| a.key.clone()).collect())
        .unwrap_or_default();
    let Some(schemas) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else { return };
    for (name, field, rule) in request_rules() {
        if let Some(p) = schemas.get_mut(name).and_then(|s| s.get_mut("properties")).and_then(|p| p.get_mut(field)) {
            let description = p.get("description").cloned();
            *p = schema_of(&rule);
            if let Some(d) = description {
                p["description"] = d;
            }
        }
    }
    if let Some(p) = schemas.get_mut("CreatePlanDto").and_then(|s| s.pointer_mut("/properties/activities")) {
        *p = json!({"type": ["array", "null"], "minItems": 1, "items": {"type": "string", "enum": template_keys},
                    "description": "Template activity keys to adopt; all when absent."});
    }
}

fn error(description: &str) -> Value {
    json!({
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorDto"}}}
    })
}

fn choices(path: &str, name: &str) -> Option<Vec<&'static str>> {
    if path.ends_with("/export") {
        match name {
            "format" => {
                let mut v: Vec<&'static str> = weerbaar_render::Format::ALL.iter().map(|f| f.ext()).collect();
                v.push("zip");
                return Some(v);
            }
            "doc" => return Some(weerbaar_render::bcp::DocKind::ALL.iter().map(|d| d.key()).collect()),
            _ => {}
        }
    }
    Some(match name {
        "lang" => ContentLang::ALL.iter().map(|x| x.as_str()).collect(),
        "type" => ResourceType::ALL.iter().map(|x| x.as_str()).collect(),
        "audience" => Audience::ALL.iter().map(|x| x.as_str()).collect(),
        "topic" => Topic::ALL.iter().map(|x| x.as_str()).collect(),
        "level" => Level::ALL.iter().map(|x| x.as_str()).collect(),
        _ => return None,
    })
}

fn complete(doc: &mut Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for (method, op) in item.iter_mut() {
            let Some(op) = op.as_object_mut() else { continue };
            let open = OPEN.contains(&(method.as_str(), path.as_str()));
            let has_path_params = path.contains('{');
            let has_body = op.contains_key("requestBody");
            if open {
                // Open to all; a token is used when sent.
                op.insert("security".into(), json!([{}, {"token": []}]));
            }
            if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
                for p in params.iter_mut() {
                    let in_query = p.get("in").and_then(Value::as_str) == Some("query");
                    let name = p.get("name").and_then(Value::as_str).unwrap_or("").to_string();
                    if let (true, Some(mut values)) = (in_query, choices(path, &name))
                        && let Some(schema) = p.get_mut("schema").and_then(Value::as_object_mut)
                    {
                        // An empty value means "no filter", as a form sends it.
                        values.insert(0, "");
                        schema.insert("enum".into(), json!(values));
                    }
                }
            }
            if path.ends_with("/export")
                && let Some(ok) = op.get_mut("responses").and_then(|r| r.get_mut("200"))
            {
                // The document in the format asked for.
                let binary = json!({"schema": {"type": "string", "format": "binary"}});
                let mut content = serde_json::Map::new();
                for f in weerbaar_render::Format::ALL {
                    content.insert(f.mime().split(';').next().unwrap_or("").trim().to_string(), binary.clone());
                }
                content.insert("application/zip".into(), binary);
                ok["content"] = Value::Object(content);
            }
            let responses = op.entry("responses").or_insert_with(|| json!({}));
            let Some(responses) = responses.as_object_mut() else { continue };
            let mut add = |code: &str, description: &str| {
                responses.entry(code.to_string()).or_insert_with(|| error(description));
            };
            add("401", "Not signed in: no valid token (or session)");
            if !open {
                add(
                    "403",
                    "Signed in, but this role may not, a read-only token asked for a change, or a cookie session without its CSRF token",
                );
            }
            if has_path_params {
                add("404", "Nothing with this id that the caller may see");
            }
            if has_body {
                add("400", "The body is not JSON of the expected shape");
                add("413", "The body is too large");
                add("415", "The body is not sent as JSON");
            }
            add("429", "Too many requests; wait the Retry-After seconds");
            add("500", "Something went wrong on the server; nothing was changed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_describes_its_error_answers() {
        let doc = document();
        let paths = doc["paths"].as_object().expect("paths");
        assert!(paths.len() >= 15, "the whole API: {}", paths.len());
        for (path, item) in paths {
            for (method, op) in item.as_object().expect("operations") {
                let r = &op["responses"];
                for code in ["401", "429", "500"] {
                    assert_eq!(
                        r[code]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ErrorDto",
                        "{method} {path} {code}"
                    );
                }
                if path.contains('{') {
                    assert!(r.get("404").is_some(), "{method} {path} 404");
                }
            }
        }
        assert_eq!(doc["paths"]["/api/v1/resources"]["get"]["security"], json!([{}, {"token": []}]));
        let lang = doc["paths"]["/api/v1/resources"]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "lang")
            .unwrap()
            .clone();
        assert_eq!(lang["schema"]["enum"], json!(["", "nl", "en", "fr"]));
        let hours = &doc["components"]["schemas"]["ActivityDto"]["properties"]["rto_hours"];
        assert_eq!((hours["minimum"].clone(), hours["maximum"].clone()), (json!(0), json!(8760)));
        assert!(doc["components"]["schemas"].get("ToolkitResourceDto").is_some(), "no two schemas share a name");
    }
}
