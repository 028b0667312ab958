//! The Atom feed of new toolkit resources, per language (RFC 4287), written with
//! quick-xml so every text and attribute is escaped by the XML writer.

use std::io::Cursor;

use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use weerbaar_core::catalogue::{ContentLang, Published};

use super::*;

pub(super) async fn feed(State(st): State<AppState>, ctx: RequestCtx, Path(lang): Path<String>) -> AppResult<Response> {
    let want = ContentLang::parse(lang.trim_end_matches(".atom")).ok_or(AppError::NotFound)?;
    let l = readable(&st, &ctx).await?;
    let mut items: Vec<&Arc<Published>> =
        l.by_slug.values().filter(|p| p.owner.is_none() && p.texts.contains_key(&want)).collect();
    items.sort_by(|a, b| b.published_at.cmp(&a.published_at).then_with(|| a.slug.cmp(&b.slug)));
    items.truncate(50);
    let ui = match want {
        ContentLang::Nl => Lang::Nl,
        ContentLang::En => Lang::En,
        ContentLang::Fr => Lang::Fr,
    };
    let xml = atom(&st.cfg.public_url, want, ui, &items).map_err(crate::http::internal)?;
    Ok(([(CONTENT_TYPE, "application/atom+xml; charset=utf-8")], xml).into_response())
}

/// XML 1.0 does not allow most control characters at all, escaped or not.
fn xml_text(s: &str) -> String {
    s.chars().filter(|c| (*c as u32) >= 0x20 || matches!(c, '\t' | '\n' | '\r')).collect()
}

fn atom(base: &str, want: ContentLang, ui: Lang, items: &[&Arc<Published>]) -> quick_xml::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Cursor::new(Vec::with_capacity(4096 + items.len() * 600)), b' ', 1);
    let text = |w: &mut Writer<Cursor<Vec<u8>>>, name: &str, value: &str| -> quick_xml::Result<()> {
        w.create_element(name).write_text_content(BytesText::new(&xml_text(value)))?;
        Ok(())
    };
    let link = |w: &mut Writer<Cursor<Vec<u8>>>, rel: &str, kind: Option<&str>, href: &str| -> quick_xml::Result<()> {
        let mut e = w.create_element("link").with_attribute(("rel", rel));
        if let Some(k) = kind {
            e = e.with_attribute(("type", k));
        }
        e.with_attribute(("href", xml_text(href).as_str())).write_empty()?;
        Ok(())
    };
    let updated = items.first().map(|p| p.published_at).unwrap_or(0);
    let feed_url = format!("{base}/toolkit/feed/{}", want.as_str());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    w.write_event(Event::Start(
        BytesStart::new("feed")
            .with_attributes([("xmlns", "http://www.w3.org/2005/Atom"), ("xml:lang", want.as_str())]),
    ))?;
    text(&mut w, "title", &ui.t("cat-feed-title"))?;
    text(&mut w, "id", &feed_url)?;
    text(&mut w, "updated", &crate::json::ts(updated))?;
    link(&mut w, "self", None, &feed_url)?;
    link(&mut w, "alternate", Some("text/html"), &format!("{base}/toolkit"))?;
    w.create_element("author").write_inner_content(|w| {
        w.create_element("name").write_text_content(BytesText::new("Weerbaar"))?;
        Ok(())
    })?;
    for p in items {
        let Some(t) = p.texts.get(&want) else { continue };
        w.write_event(Event::Start(BytesStart::new("entry")))?;
        text(&mut w, "title", &t.title)?;
        text(&mut w, "id", &format!("{base}/toolkit/r/{}#{}", p.slug, p.meta.version))?;
        text(&mut w, "updated", &crate::json::ts(p.published_at))?;
        link(&mut w, "alternate", Some("text/html"), &format!("{base}/toolkit/r/{}?lang={}", p.slug, want.as_str()))?;
        text(&mut w, "summary", &t.summary)?;
        for topic in &p.meta.topics {
            w.create_element("category")
                .with_attribute(("term", topic.as_str()))
                .with_attribute(("label", xml_text(&topic_label(ui, *topic)).as_str()))
                .write_empty()?;
        }
        w.write_event(Event::End(BytesEnd::new("entry")))?;
    }
    w.write_event(Event::End(BytesEnd::new("feed")))?;
    let mut out = w.into_inner().into_inner();
    out.push(b'\n');
    Ok(out)
}
