//! The plan's documents over real HTTP, against SQLite and PostgreSQL: every document in
//! every format with the right type and name, the grab pack with its manifest and
//! checksums and an HTML copy without external references, bad parameters, roles and
//! other organisations, and "changed since the last grab pack". Plus the golden Markdown
//! of the demo plan.

mod common;

use std::io::{Cursor, Read};

use common::{Client, TestServer, tool};
use sha2::{Digest, Sha256};
use weerbaar_testkit::db_test;

struct Download {
    status: u16,
    content_type: String,
    disposition: String,
    bytes: Vec<u8>,
}

async fn download(c: &Client, path: &str) -> Download {
    let r = c.http.get(c.url(path)).send().await.expect("request");
    let h = |n: &str| r.headers().get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let (content_type, disposition) = (h("content-type"), h("content-disposition"));
    let status = r.status().as_u16();
    Download { status, content_type, disposition, bytes: r.bytes().await.expect("body").to_vec() }
}

fn zip_entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("entry");
            let mut b = Vec::new();
            f.read_to_end(&mut b).expect("read");
            (f.name().to_string(), b)
        })
        .collect()
}

/// Every URL-bearing attribute in the HTML points inside the file (#…) or is data.
fn external_references(html: &str) -> Vec<String> {
    let mut r = quick_xml::Reader::from_str(html);
    r.config_mut().check_end_names = false;
    let mut found = Vec::new();
    loop {
        match r.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)) => {
                for a in e.attributes().flatten() {
                    let key = String::from_utf8_lossy(a.key.as_ref()).to_string();
                    let v = a
                        .decoded_and_normalized_value(quick_xml::XmlVersion::Implicit1_0, r.decoder())
                        .map(|v| v.to_string())
                        .unwrap_or_default();
                    let url_attr = matches!(key.as_str(), "href" | "src" | "action" | "srcset" | "poster" | "data");
                    if (url_attr && !(v.starts_with('#') || v.starts_with("data:"))) || v.contains("url(") {
                        found.push(format!("{key}={v}"));
                    }
                }
            }
            Ok(quick_xml::events::Event::Text(t)) => {
                let t = String::from_utf8_lossy(t.as_ref()).to_string();
                if t.contains("@import") || t.contains("url(") {
                    found.push(t.chars().take(80).collect());
                }
            }
            Ok(_) => {}
            Err(e) => panic!("the HTML does not parse: {e}"),
        }
    }
    found
}

db_test!(every_document_in_every_format, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let viewer = s.login("viewer@voorbeeld.test").await;

    let page = viewer.get(&format!("/o/{org}/plan/documents")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Er werd nog geen noodpakket gedownload."));
    for doc in [
        "plan",
        "contacts",
        "wallet-card",
        "first-hour",
        "runbook",
        "incident-log",
        "communication",
        "exercise-report",
        "actions",
        "bia",
    ] {
        assert!(page.body.contains(&format!("doc={doc}&amp;format=pdf")), "a link for {doc}");
    }

    // Each document as Markdown (fast) with its title; a few in the binary formats.
    for (doc, title) in [
        ("plan", "# Bedrijfscontinuïteitsplan"),
        ("contacts", "# Crisiscontacten en belboom"),
        ("wallet-card", "# Zakkaart crisiscontacten"),
        ("first-hour", "# Checklists voor het eerste uur"),
        ("runbook", "# Herstelrunbook"),
        ("incident-log", "# Logboek incident"),
        ("communication", "# Communicatiesjablonen"),
        ("exercise-report", "# Verslag van een oefening"),
        ("actions", "# Openstaande acties"),
        ("bia", "# Verslag bedrijfsimpactanalyse"),
    ] {
        let d = download(&viewer, &format!("/o/{org}/plan/export?doc={doc}&format=md")).await;
        assert_eq!(d.status, 200, "{doc}");
        assert_eq!(d.content_type, "text/markdown; charset=utf-8");
        assert!(
            d.disposition.starts_with("attachment; filename=\"") && d.disposition.ends_with(".md\""),
            "{}",
            d.disposition
        );
        let text = String::from_utf8(d.bytes).expect("utf-8");
        assert!(text.starts_with(title), "{doc}: {}", &text[..text.len().min(80)]);
    }
    let pdf = download(&viewer, &format!("/o/{org}/plan/export?doc=wallet-card&format=pdf")).await;
    assert_eq!((pdf.status, pdf.content_type.as_str()), (200, "application/pdf"));
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    assert!(pdf.disposition.contains("zakkaart-crisiscontacten-gemeente-voorbeeld-1-0.pdf"), "{}", pdf.disposition);
    let docx = download(&viewer, &format!("/o/{org}/plan/export?doc=contacts&format=docx")).await;
    assert_eq!(docx.content_type, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assert!(zip_entries(&docx.bytes).iter().any(|(n, _)| n == "word/document.xml"));
    let odt = download(&viewer, &format!("/o/{org}/plan/export?doc=runbook&format=odt")).await;
    assert_eq!(odt.content_type, "application/vnd.oasis.opendocument.text");
    assert_eq!(
        zip_entries(&odt.bytes)[0],
        ("mimetype".to_string(), b"application/vnd.oasis.opendocument.text".to_vec())
    );
    let html = download(&viewer, &format!("/o/{org}/plan/export?doc=actions&format=html")).await;
    assert_eq!(html.content_type, "text/html; charset=utf-8");
    assert!(external_references(&String::from_utf8(html.bytes).unwrap()).is_empty());

    // In English through the API.
    let plan_id = viewer.get("/api/v1/plans").await.json()[0]["id"].as_str().unwrap().to_string();
    let en = download(&viewer, &format!("/api/v1/plans/{plan_id}/export?doc=plan&format=md&lang=en")).await;
    assert_eq!(en.status, 200);
    let en = String::from_utf8(en.bytes).unwrap();
    assert!(en.starts_with("# Business continuity plan"), "{}", &en[..200]);
    assert!(en.contains("Recovery order") && en.contains("Crisis team"));
    // And in French: headings and labels in French, none left in English.
    let fr = download(&viewer, &format!("/api/v1/plans/{plan_id}/export?doc=plan&format=md&lang=fr")).await;
    assert_eq!(fr.status, 200);
    let fr = String::from_utf8(fr.bytes).unwrap();
    assert!(fr.contains("Analyse d'impact") && fr.contains("Organisation de crise"), "{}", &fr[..300]);
    for english in ["Impact analysis", "Crisis organisation", "Recovery order", "Business continuity plan"] {
        assert!(!fr.contains(english), "English left in the French plan: {english}");
    }

    // Bad parameters: 400 with a stable code (API) or a page in the reader's language.
    for (q, code) in
        [("format=exe", "unknown_format"), ("doc=nope", "unknown_document"), ("lang=de", "unknown_language")]
    {
        let r = viewer.get(&format!("/api/v1/plans/{plan_id}/export?{q}")).await;
        assert_eq!(r.status, 400, "{q}");
        assert_eq!(r.json()["error"]["code"], code, "{q}");
        let r = viewer.get(&format!("/o/{org}/plan/export?{q}")).await;
        assert_eq!(r.status, 400, "{q}");
    }
    let r = viewer.get(&format!("/o/{org}/plan/export?format=exe")).await;
    assert!(r.body.contains("Onbekend formaat"), "the message in Dutch");

    // Another organisation's plan: not found, nothing rendered.
    let other = s.login("admin@anderdorp.test").await;
    assert!(matches!(other.get(&format!("/api/v1/plans/{plan_id}/export?format=md")).await.status, 403 | 404));
    assert!(matches!(other.get(&format!("/o/{org}/plan/export?format=md")).await.status, 403 | 404));
});

db_test!(the_grab_pack_is_complete_checkable_and_tracked, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    let base = format!("/o/{org}/plan");

    let pack = download(&a, &format!("{base}/export?format=zip")).await;
    assert_eq!((pack.status, pack.content_type.as_str()), (200, "application/zip"));
    assert!(pack.disposition.contains("noodpakket-gemeente-anderdorp-"), "{}", pack.disposition);
    let entries = zip_entries(&pack.bytes);
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.iter().filter(|n| n.ends_with(".pdf")).count(), 10, "{names:?}");
    assert_eq!(names.iter().filter(|n| n.ends_with(".docx")).count(), 10, "{names:?}");
    assert!(names.contains(&"manifest.json") && names.contains(&"SHA256SUMS"));
    let manifest: serde_json::Value =
        serde_json::from_slice(&entries.iter().find(|(n, _)| n == "manifest.json").unwrap().1).unwrap();
    assert_eq!(manifest["organisation"], "Gemeente Anderdorp");
    let files = manifest["files"].as_array().unwrap();
    assert_eq!(files.len(), entries.len() - 2);
    for f in files {
        let (_, bytes) =
            entries.iter().find(|(n, _)| n == f["file"].as_str().unwrap()).expect("listed file is in the pack");
        assert_eq!(f["sha256"].as_str().unwrap(), hex::encode(Sha256::digest(bytes)), "{}", f["file"]);
    }
    let sums = String::from_utf8(entries.iter().find(|(n, _)| n == "SHA256SUMS").unwrap().1.clone()).unwrap();
    assert_eq!(sums.lines().count(), files.len());
    let (_, html) = entries.iter().find(|(n, _)| n.ends_with(".html")).expect("the HTML copy");
    let html = String::from_utf8(html.clone()).unwrap();
    assert!(html.contains("<html lang=\"nl\">") && html.contains("Herstelvolgorde") && html.contains("Belboom"));
    assert_eq!(external_references(&html), Vec::<String>::new(), "the HTML copy stands alone");

    // The plan page now says when, and nothing changed since.
    let overview = a.get(&base).await;
    assert!(overview.body.contains("Laatst gedownload op"), "the plan page says when");
    assert!(!overview.body.contains("Het plan is gewijzigd sinds het laatste noodpakket."));
    // A change to the plan: the pages warn that the pack is out of date.
    let scope = a.get(&format!("{base}/scope")).await;
    let v = scope.body.split("name=\"version\" value=\"").nth(1).and_then(|x| x.split('"').next()).unwrap().to_string();
    let ok = a
        .post_form(
            &format!("{base}/scope"),
            &[
                ("version", &v),
                ("scope", "Gemeente en OCMW Anderdorp, alle locaties."),
                ("owner_name", "Koen Wouters"),
                ("owner_email", "admin@anderdorp.test"),
                ("classification", "Vertrouwelijk"),
                ("own_domains", "anderdorp.test"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    for path in [base.clone(), format!("{base}/documents")] {
        let p = a.get(&path).await;
        assert!(p.body.contains("Het plan is gewijzigd sinds het laatste noodpakket."), "{path}");
    }
    // The download is in the audit log, once: taking the same pack again within ten
    // minutes is no new entry.
    let filter = format!("/o/{org}/audit?action=plan_pack_downloaded");
    let before = a.get(&filter).await.body.matches("Noodpakket gedownload</td>").count();
    assert!(before >= 1);
    assert_eq!(download(&a, &format!("{base}/export")).await.status, 200);
    assert_eq!(download(&a, &format!("{base}/export")).await.status, 200);
    let after = a.get(&filter).await.body.matches("Noodpakket gedownload</td>").count();
    assert!(after <= before + 1, "{before} then {after}");
});

/// The demo plan's Markdown, in Dutch, against the file kept with the tests
/// (`WEERBAAR_UPDATE_GOLDEN=1` writes it anew after an intended change).
#[test]
fn golden_markdown_of_the_demo_plan() {
    use weerbaar_render::bcp::DocKind;
    let demo = Demo::new();
    let src = demo.source();
    let mut md = String::new();
    for k in [DocKind::Plan, DocKind::Contacts, DocKind::Runbook] {
        md.push_str(&weerbaar_render::markdown::render(&src.document(k)));
        md.push_str("\n\n");
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/voorbeeld-plan.nl.md");
    if std::env::var_os("WEERBAAR_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &md).expect("write golden file");
    }
    let want = std::fs::read_to_string(&path).expect("golden file (WEERBAAR_UPDATE_GOLDEN=1 writes it)");
    assert!(md == want, "the Markdown of the demo plan changed; compare with {}", path.display());
}

db_test!(toolkit_texts_as_documents, |db| {
    let s = TestServer::start(db).await;
    let anon = s.client();
    // A leaflet to print on A4.
    let pdf = download(&anon, "/toolkit/r/leaflet-passwords-and-mfa/download/pdf").await;
    assert_eq!((pdf.status, pdf.content_type.as_str()), (200, "application/pdf"));
    assert!(pdf.disposition.contains("leaflet-passwords-and-mfa-nl.pdf"), "{}", pdf.disposition);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("leaflet.pdf");
    std::fs::write(&f, &pdf.bytes).unwrap();
    let info = std::process::Command::new("pdfinfo").arg(&f).output().expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    assert!(info.contains("(A4)"), "A4: {info}");
    // A template to adapt, in Word and in OpenDocument, in English on request.
    for (fmt, ct) in [
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("odt", "application/vnd.oasis.opendocument.text"),
    ] {
        let d =
            download(&anon, &format!("/toolkit/r/template-information-security-policy/download/{fmt}?lang=en")).await;
        assert_eq!((d.status, d.content_type.as_str()), (200, ct));
        assert!(d.disposition.contains(&format!("template-information-security-policy-en.{fmt}")));
        let part = if fmt == "docx" { "word/document.xml" } else { "content.xml" };
        let (_, xml) = zip_entries(&d.bytes).into_iter().find(|(n, _)| n == part).expect("main part");
        assert!(String::from_utf8(xml).unwrap().contains("Template: information security policy"));
    }
    let page = anon.get("/toolkit/r/template-information-security-policy").await;
    assert!(page.body.contains("/toolkit/r/template-information-security-policy/download/odt?lang=nl"));
    assert_eq!(anon.get("/toolkit/r/leaflet-ten-tips/download/exe").await.status, 400);
    assert_eq!(anon.get("/toolkit/r/no-such-resource/download/pdf").await.status, 404);
});

/// Gemeente Voorbeeld's plan on a fixed day, with Dutch labels.
struct Demo {
    plan: weerbaar_core::bcp::model::Plan,
    analysis: weerbaar_core::bcp::analysed::Analysis,
    labels: weerbaar_web::documents::DocLabels,
    today: jiff::civil::Date,
}

impl Demo {
    fn new() -> Demo {
        let today = jiff::civil::date(2026, 11, 27);
        let plan = weerbaar_content::demo::voorbeeld_plan_numbered(today).expect("template");
        let analysis = weerbaar_core::bcp::analysed::Analysis::of(&plan);
        Demo { plan, analysis, labels: weerbaar_web::documents::DocLabels(weerbaar_web::i18n::Lang::Nl), today }
    }

    fn source(&self) -> weerbaar_render::bcp::Source<'_> {
        weerbaar_render::bcp::Source {
            plan: &self.plan,
            analysis: &self.analysis,
            organisation: "Gemeente Voorbeeld",
            logo: None,
            today: self.today,
            labels: &self.labels,
        }
    }
}

fn pages(pdf: &std::path::Path) -> usize {
    tool("pdfinfo", &[pdf.as_os_str()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count")
}

/// The demo plan as PDF, DOCX and ODT: every section heading and key values in the text
/// poppler and LibreOffice read from them, fonts embedded, sane page counts, and the
/// contact list and wallet card within their pages.
#[test]
fn the_demo_plan_reads_right_in_every_format() {
    use weerbaar_render::Format;
    use weerbaar_render::bcp::DocKind;
    let demo = Demo::new();
    let src = demo.source();
    let now: jiff::Timestamp = "2026-11-27T09:00:00Z".parse().unwrap();
    let doc = src.document(DocKind::Plan);
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("plan.pdf");
    std::fs::write(&pdf, weerbaar_render::render(&doc, Format::Pdf, now).unwrap()).unwrap();
    let text = tool("pdftotext", &[pdf.as_os_str(), std::ffi::OsStr::new("-")]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut expect: Vec<String> = doc.headings().iter().map(|h| h.to_string()).collect();
    expect.extend(
        [
            "Bedrijfscontinuïteitsplan",
            "Gemeente Voorbeeld",
            "Versie 1.0",
            "Vertrouwelijk",
            "College van burgemeester en schepenen",
            "Aangifte van overlijden",
            "P1: eerst herstellen",
            "Herstelvolgorde",
            "Belboom",
            "Bijlage: wat nog ontbreekt",
            "Pagina",
        ]
        .map(String::from),
    );
    assert!(expect.len() > 40, "the plan has its sections");
    for e in &expect {
        let e = e.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&e), "the PDF text lacks {e:?}");
    }
    let n = pages(&pdf);
    assert!((20..=150).contains(&n), "{n} pages");
    let fonts = tool("pdffonts", &[pdf.as_os_str()]);
    for row in fonts.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cols.get(cols.len().saturating_sub(5)), Some(&"yes"), "font not embedded: {row}");
    }
    let info = tool("pdfinfo", &[pdf.as_os_str()]);
    assert!(
        info.contains("Title:           Bedrijfscontinuïteitsplan") && info.contains("Tagged:          yes"),
        "{info}"
    );

    // Word and OpenDocument, read back by LibreOffice.
    let docx = dir.path().join("plan-word.docx");
    let odt = dir.path().join("plan-open.odt");
    std::fs::write(&docx, weerbaar_render::render(&doc, Format::Docx, now).unwrap()).unwrap();
    std::fs::write(&odt, weerbaar_render::render(&doc, Format::Odt, now).unwrap()).unwrap();
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("lo").display());
    let out = dir.path().join("txt");
    let args: Vec<&std::ffi::OsStr> = vec![
        std::ffi::OsStr::new(&profile),
        "--headless".as_ref(),
        "--norestore".as_ref(),
        "--convert-to".as_ref(),
        "txt:Text (encoded):UTF8".as_ref(),
        "--outdir".as_ref(),
        out.as_os_str(),
        docx.as_os_str(),
        odt.as_os_str(),
    ];
    tool("soffice", &args);
    for name in ["plan-word.txt", "plan-open.txt"] {
        let t = std::fs::read_to_string(out.join(name)).unwrap_or_else(|e| panic!("LibreOffice wrote no {name}: {e}"));
        for h in doc.headings() {
            assert!(t.contains(h), "{name} lacks {h:?}");
        }
    }
    // The Word table of contents shows as entries with page numbers without an update,
    // never as a field code.
    let word = std::fs::read_to_string(out.join("plan-word.txt")).unwrap();
    assert!(!word.contains("TOC \\") && !word.contains("PAGEREF"), "a raw field code");
    let contents = word.split(doc.toc_title.as_deref().unwrap()).nth(1).expect("the contents title");
    let first = doc.headings()[0];
    let entry = contents.lines().find(|l| l.starts_with(first)).expect("an entry for the first chapter");
    assert!(entry.trim_end().ends_with(|c: char| c.is_ascii_digit()), "with its page number: {entry:?}");

    // The call list on at most two pages, the wallet card on one.
    for (kind, max) in [(DocKind::Contacts, 2), (DocKind::WalletCard, 1)] {
        let f = dir.path().join(format!("{}.pdf", kind.key()));
        std::fs::write(&f, weerbaar_render::render(&src.document(kind), Format::Pdf, now).unwrap()).unwrap();
        assert!(pages(&f) <= max, "{} has {} pages", kind.key(), pages(&f));
    }
}

db_test!(renders_wait_for_a_free_place, |db| {
    // One render at a time (the default): a PDF, DOCX or ODT download waits while another
    // render holds the place, in the plan's export and in the toolkit's downloads, and
    // completes after. Markdown takes no place.
    let s = TestServer::start(db).await;
    assert_eq!(s.state.cfg.concurrent_renders, 1);
    let org = s.org_id("Gemeente Voorbeeld").await;
    let viewer = s.login("viewer@voorbeeld.test").await;
    let anon = s.client();
    let place = s.state.renders.clone().acquire_owned().await.expect("the render place");
    let md = download(&viewer, &format!("/o/{org}/plan/export?doc=contacts&format=md")).await;
    assert!(md.status == 200 && String::from_utf8_lossy(&md.bytes).contains("# Crisiscontacten en belboom"));
    let plan_docx = format!("/o/{org}/plan/export?doc=contacts&format=docx");
    let waiting = tokio::spawn(async move { download(&viewer, &plan_docx).await });
    let toolkit =
        tokio::spawn(async move { download(&anon, "/toolkit/r/leaflet-passwords-and-mfa/download/odt").await });
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert!(!waiting.is_finished() && !toolkit.is_finished(), "downloads wait while the place is taken");
    drop(place);
    let (plan, leaflet) = (waiting.await.expect("plan task"), toolkit.await.expect("toolkit task"));
    assert_eq!(
        (plan.status, plan.content_type.as_str()),
        (200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    );
    assert_eq!((leaflet.status, leaflet.content_type.as_str()), (200, "application/vnd.oasis.opendocument.text"));
    assert_eq!(s.state.renders.available_permits(), 1, "each render gives its place back");
});

/// A new plan, printed: its personal data breach clocks name
/// the VTC for a municipality and the COC for a police zone (read back with pdftotext).
#[test]
fn the_printed_clocks_name_the_right_breach_recipient() {
    use weerbaar_core::org::OrgKind;
    use weerbaar_render::Format;
    use weerbaar_render::bcp::DocKind;
    let t = weerbaar_content::bcp_template().expect("template");
    let labels = weerbaar_web::documents::DocLabels(weerbaar_web::i18n::Lang::Nl);
    let today = jiff::civil::date(2026, 12, 7);
    let now: jiff::Timestamp = "2026-12-07T09:00:00Z".parse().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (kind, name, want, not) in [
        (
            OrgKind::Municipality,
            "Gemeente Voorbeeld",
            "Vlaamse Toezichtcommissie (VTC)",
            "Melding datalek aan het Controleorgaan",
        ),
        (
            OrgKind::PoliceZone,
            "Politiezone Voorbeeld",
            "Controleorgaan op de politionele informatie (COC)",
            "Melding datalek aan de Vlaamse",
        ),
    ] {
        let mut n = 0;
        let plan = t.instantiate("nl", kind, None, || {
            n += 1;
            format!("id-{n}")
        });
        let analysis = weerbaar_core::bcp::analysed::Analysis::of(&plan);
        let src = weerbaar_render::bcp::Source {
            plan: &plan,
            analysis: &analysis,
            organisation: name,
            logo: None,
            today,
            labels: &labels,
        };
        let pdf = dir.path().join(format!("{kind:?}.pdf"));
        std::fs::write(&pdf, weerbaar_render::render(&src.document(DocKind::Plan), Format::Pdf, now).unwrap()).unwrap();
        let text = tool("pdftotext", &[pdf.as_os_str(), std::ffi::OsStr::new("-")]);
        // Table cells hyphenate long words: join them again.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ").replace("\u{AD} ", "").replace('\u{AD}', "");
        let at = flat.find("Melding datalek aan").unwrap_or_else(|| panic!("{kind:?}: no breach clock in {flat}"));
        assert!(
            flat[at..].starts_with(&format!("Melding datalek aan {}", with_article(want))),
            "{kind:?}: {}",
            &flat[at..at + 120]
        );
        assert!(!flat.contains(not), "{kind:?}: not {not}");
        assert!(!flat.contains("{breach_authority}"), "{kind:?}: the placeholder is filled in");
    }
}

/// The name as a sentence writes it: with its article.
fn with_article(name: &str) -> String {
    if name.starts_with("Controleorgaan") { format!("het {name}") } else { format!("de {name}") }
}

// The grab pack and the plan's PDF are kept current: a change schedules one rebuild
// (several changes still one), the rebuild keeps the files with their checksum,
// downloads serve the kept files while the plan is unchanged and render otherwise, the
// kept PDF reads as a fresh render of the same plan, and when the approved plan's pack
// changes the crisis team members with an account get its checksum by e-mail.
db_test!(the_grab_pack_is_kept_current, |db| {
    use weerbaar_web::documents::pack::{self, Rebuilt};
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    let base = format!("/o/{org}/plan");
    let store = s.store().clone();
    let waiting = || {
        let store = store.clone();
        let org = org.clone();
        async move {
            let mut c = store.conn().await.unwrap();
            let payload = serde_json::json!({ "org": org.as_str() });
            weerbaar_store::jobs::waiting(&mut c, weerbaar_store::bcp::PACK_JOB, &payload).await.unwrap()
        }
    };
    let stamp = || {
        let store = store.clone();
        let org = org.clone();
        async move {
            let mut c = store.conn().await.unwrap();
            weerbaar_store::bcp::content_stamp(&mut c, &org).await.unwrap().unwrap()
        }
    };

    // Built once; built again only when the plan changed.
    assert!(matches!(pack::rebuild(&s.state, &org).await.unwrap(), Rebuilt::Made { .. }));
    assert_eq!(pack::rebuild(&s.state, &org).await.unwrap(), Rebuilt::Current);
    let kept_pdf = {
        let mut c = s.store().conn().await.unwrap();
        let info = weerbaar_store::bcp::pack_info(&mut c, &org).await.unwrap().unwrap();
        assert_eq!(info.plan_stamp, stamp().await);
        let pdf = weerbaar_store::bcp::pack_file(&mut c, &org, weerbaar_store::bcp::PackFile::Pdf, info.plan_stamp)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(info.pdf_sha256, hex::encode(Sha256::digest(&pdf)));
        pdf
    };
    // The download is the kept file, at once.
    let pdf = download(&a, &format!("{base}/export?doc=plan&format=pdf")).await;
    assert_eq!(pdf.bytes, kept_pdf, "the kept PDF is served");
    let zip = download(&a, &format!("{base}/export?format=zip")).await;
    let mut c = s.store().conn().await.unwrap();
    let info = weerbaar_store::bcp::pack_info(&mut c, &org).await.unwrap().unwrap();
    drop(c);
    assert_eq!(hex::encode(Sha256::digest(&zip.bytes)), info.pack_sha256, "the kept pack is served");
    let docs = a.get(&format!("{base}/documents")).await;
    assert!(docs.body.contains(&info.pack_sha256), "the documents page shows the checksum");

    // The kept PDF reads as a fresh render of the same plan.
    let fresh = {
        let mut c = s.store().conn().await.unwrap();
        let src = weerbaar_web::documents::PlanSource::load(&mut c, &org, "Gemeente Anderdorp").await.unwrap().unwrap();
        src.render(
            weerbaar_render::bcp::DocKind::Plan,
            weerbaar_render::Format::Pdf,
            weerbaar_web::i18n::Lang::Nl,
            jiff::Timestamp::now(),
        )
        .unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let (k, f) = (dir.path().join("kept.pdf"), dir.path().join("fresh.pdf"));
    std::fs::write(&k, &kept_pdf).unwrap();
    std::fs::write(&f, &fresh).unwrap();
    let text = |p: &std::path::Path| tool("pdftotext", &[p.as_os_str(), std::ffi::OsStr::new("-")]);
    assert_eq!(text(&k), text(&f), "the same text");
    assert_eq!(pages(&k), pages(&f), "the same pages");

    // Two changes: one rebuild waiting; downloads render anew meanwhile.
    let before = waiting().await;
    assert!(before <= 1, "at most the rebuild the demo's creation scheduled");
    for scope in ["Gemeente Anderdorp, het gemeentehuis.", "Gemeente en OCMW Anderdorp, alle locaties."] {
        let page = a.get(&format!("{base}/scope")).await;
        let v =
            page.body.split("name=\"version\" value=\"").nth(1).and_then(|x| x.split('"').next()).unwrap().to_string();
        let r = a
            .post_form(
                &format!("{base}/scope"),
                &[
                    ("version", &v),
                    ("scope", scope),
                    ("owner_name", "Koen Wouters"),
                    ("owner_email", "admin@anderdorp.test"),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    assert_eq!(waiting().await, 1, "a burst of changes is one rebuild");
    assert!(before <= 1);
    let pdf = download(&a, &format!("{base}/export?doc=plan&format=pdf")).await;
    assert_ne!(pdf.bytes, kept_pdf, "a changed plan is rendered, not served from the old pack");
    assert!(
        matches!(pack::rebuild(&s.state, &org).await.unwrap(), Rebuilt::Made { notified: 0 }),
        "a draft tells no one"
    );
    let mut c = s.store().conn().await.unwrap();
    assert_eq!(weerbaar_store::bcp::pack_info(&mut c, &org).await.unwrap().unwrap().plan_stamp, stamp().await);
    drop(c);

    // The crisis coordinator signs in with this address; the board approves the plan:
    // the new pack's checksum goes to them.
    let crisis = a.get(&format!("{base}/crisis")).await;
    let role = crisis
        .body
        .split(&format!("href=\"{base}/crisis/roles/"))
        .nth(1)
        .and_then(|x| x.split('"').next())
        .unwrap()
        .to_string();
    let page = a.get(&format!("{base}/crisis/roles/{role}")).await;
    let v = page.body.split("name=\"version\" value=\"").nth(1).and_then(|x| x.split('"').next()).unwrap().to_string();
    let r = a
        .post_form(
            &format!("{base}/crisis/roles/{role}"),
            &[
                ("version", &v),
                ("name", "Crisiscoördinator"),
                ("primary.name", "Koen Wouters"),
                ("primary.email", "admin@anderdorp.test"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(a.post_form(&format!("{base}/submit"), &[]).await.status, 303);
    let r = a
        .post_form(
            &format!("{base}/approve"),
            &[
                ("body", "College van burgemeester en schepenen"),
                ("decision_date", "2026-12-01"),
                ("reference", "CBS/2026/88"),
                ("step", "confirm"),
                ("acknowledged", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(matches!(pack::rebuild(&s.state, &org).await.unwrap(), Rebuilt::Made { notified: 1 }));
    let mut c = s.store().conn().await.unwrap();
    let info = weerbaar_store::bcp::pack_info(&mut c, &org).await.unwrap().unwrap();
    let mail = s.smtp.wait_for("admin@anderdorp.test", |m| m.text().contains(&info.pack_sha256)).await;
    assert!(mail.link(&format!("{base}/documents")).is_some());
});
