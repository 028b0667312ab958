//! An HTTP client for tests that keeps cookies and knows Weerbaar's CSRF token.

use reqwest::header::HeaderMap;

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn location(&self) -> String {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("").to_string()
    }
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    csrf: std::sync::Mutex<Option<String>>,
    signed_in: std::sync::atomic::AtomicBool,
}

/// The CSRF token in a page (every page carries it).
pub fn csrf_of(html: &str) -> Option<String> {
    let i = html.find("name=\"_csrf\" value=\"")? + "name=\"_csrf\" value=\"".len();
    Some(html[i..].split('"').next()?.to_string())
}

impl Client {
    pub fn new(base: &str) -> Client {
        install_tls();
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Client { http, base: base.to_string(), csrf: Default::default(), signed_in: Default::default() }
    }

    pub fn signed_in(&self) {
        self.signed_in.store(true, std::sync::atomic::Ordering::SeqCst);
        *self.csrf.lock().unwrap() = None;
    }

    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") { path.to_string() } else { format!("{}{}", self.base, path) }
    }

    pub async fn send(&self, rb: reqwest::RequestBuilder) -> Resp {
        let r = rb.send().await.expect("request");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let body = r.text().await.unwrap_or_default();
        Resp { status, headers, body }
    }

    /// The body's bytes, whatever the status.
    pub async fn send_bytes(&self, rb: reqwest::RequestBuilder) -> Vec<u8> {
        rb.send().await.expect("request").bytes().await.expect("body").to_vec()
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.send(self.http.get(self.url(path))).await
    }

    /// The session's CSRF token, read from a page.
    pub async fn csrf(&self) -> String {
        if let Some(t) = self.csrf.lock().unwrap().clone() {
            return t;
        }
        let page = if self.signed_in.load(std::sync::atomic::Ordering::SeqCst) { "/account" } else { "/login" };
        let r = self.get(page).await;
        let t = csrf_of(&r.body).unwrap_or_else(|| panic!("no CSRF token on {page} ({}): {}", r.status, r.body));
        *self.csrf.lock().unwrap() = Some(t.clone());
        t
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("_csrf", token.as_str())];
        all.extend_from_slice(fields);
        let r = self.send(self.http.post(self.url(path)).form(&all)).await;
        if r.headers.get_all("set-cookie").iter().any(|v| v.to_str().unwrap_or("").starts_with("wb_session=")) {
            *self.csrf.lock().unwrap() = None;
        }
        r
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> Resp {
        let token = self.csrf().await;
        self.send(self.http.post(self.url(path)).header("x-csrf-token", token).json(body)).await
    }

    pub async fn put_json(&self, path: &str, body: &serde_json::Value) -> Resp {
        let token = self.csrf().await;
        self.send(self.http.put(self.url(path)).header("x-csrf-token", token).json(body)).await
    }

    pub async fn delete(&self, path: &str) -> Resp {
        let token = self.csrf().await;
        self.send(self.http.delete(self.url(path)).header("x-csrf-token", token)).await
    }

    /// Follows a redirect chain with GETs (as a browser would after a form).
    pub async fn follow(&self, mut r: Resp) -> Resp {
        for _ in 0..5 {
            if !(300..400).contains(&r.status) {
                break;
            }
            let loc = r.location();
            r = self.get(&loc).await;
        }
        r
    }
}

/// reqwest is built without its own TLS provider (the link checker installs ring);
/// clients in tests need the same.
pub fn install_tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
