//! Configuration from flags, environment (`WEERBAAR_*`) and a TOML file, in that order
//! of precedence. clap handles flags and environment; the file fills what is still unset.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Deserialize;

/// Options every command shares.
#[derive(Debug, Clone, Args, Default)]
pub struct Global {
    /// TOML configuration file (default: ./weerbaar.toml when it exists)
    #[arg(long, global = true, env = "WEERBAAR_CONFIG")]
    pub config: Option<PathBuf>,
    /// Directory for the SQLite database and the mail outbox [default: ./weerbaar-data]
    #[arg(long, global = true, env = "WEERBAAR_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// sqlite://FILE or postgres://USER@HOST/DB [default: SQLite in the data directory]
    #[arg(long, global = true, env = "WEERBAAR_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Log format: text or json [default: text]
    #[arg(long, global = true, env = "WEERBAAR_LOG_FORMAT")]
    pub log_format: Option<String>,
}

/// Options of `serve`.
#[derive(Debug, Clone, Args, Default)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "WEERBAAR_LISTEN")]
    pub listen: Option<String>,
    /// Create demo organisations and users on first start (refused on a database with real data)
    #[arg(long, env = "WEERBAAR_DEMO")]
    pub demo: bool,
    /// The address people use to reach Weerbaar, for links in e-mail [default: http://LISTEN]
    #[arg(long, env = "WEERBAAR_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// SMTP server: smtp://host:25, smtp://host:587?tls=required or smtps://user:pass@host (without it mail goes to DATA_DIR/outbox)
    #[arg(long, env = "WEERBAAR_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender address of Weerbaar's mail [default: Weerbaar <noreply@localhost>]
    #[arg(long, env = "WEERBAAR_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Trust X-Forwarded-For from one reverse proxy for client addresses (--trust-proxy-hops 1)
    #[arg(long, env = "WEERBAAR_TRUST_PROXY")]
    pub trust_proxy: bool,
    /// Reverse proxies in front that append to X-Forwarded-For; the client is that many entries from the right [default: 1 with --trust-proxy, else 0]
    #[arg(long, env = "WEERBAAR_TRUST_PROXY_HOPS")]
    pub trust_proxy_hops: Option<u8>,
    /// Serve Prometheus metrics at /metrics on this address, e.g. 127.0.0.1:9090 [default: off]
    #[arg(long, env = "WEERBAAR_METRICS_LISTEN")]
    pub metrics_listen: Option<String>,
    /// Largest database connection pool [default: 16]
    #[arg(long, env = "WEERBAAR_MAX_CONNECTIONS")]
    pub max_connections: Option<u32>,
    /// Documents (PDF, DOCX, grab packs) rendered at the same time; more wait their turn [default: 1]
    #[arg(long, env = "WEERBAAR_CONCURRENT_RENDERS")]
    pub concurrent_renders: Option<u32>,
}

/// The TOML file: the same names as the flags, with underscores.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub log_format: Option<String>,
    pub listen: Option<String>,
    pub public_url: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub trust_proxy: Option<bool>,
    pub trust_proxy_hops: Option<u8>,
    pub metrics_listen: Option<String>,
    pub max_connections: Option<u32>,
    pub concurrent_renders: Option<u32>,
    pub demo: Option<bool>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("configuration file {0}: {1}")]
    Parse(PathBuf, String),
    #[error("{0}")]
    Invalid(String),
}

/// Everything resolved.
#[derive(Debug, Clone)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub database_url: String,
    pub json_logs: bool,
    pub listen: String,
    pub public_url: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub proxy_hops: u8,
    pub metrics_listen: Option<std::net::SocketAddr>,
    pub max_connections: u32,
    pub concurrent_renders: u32,
    pub demo: bool,
}

pub fn load_file(explicit: Option<&Path>) -> Result<FileConfig, ConfigError> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => {
            let p = PathBuf::from("weerbaar.toml");
            if !p.exists() {
                return Ok(FileConfig::default());
            }
            p
        }
    };
    let text = std::fs::read_to_string(&path).map_err(|e| ConfigError::Read(path.clone(), e))?;
    toml::from_str(&text).map_err(|e| ConfigError::Parse(path, e.to_string()))
}

pub fn resolve(g: &Global, s: &ServeArgs) -> Result<Settings, ConfigError> {
    let f = load_file(g.config.as_deref())?;
    let data_dir = g.data_dir.clone().or(f.data_dir).unwrap_or_else(|| PathBuf::from("weerbaar-data"));
    // An empty variable (WEERBAAR_DATABASE_URL=) means "not set".
    let database_url = g
        .database_url
        .clone()
        .filter(|u| !u.is_empty())
        .or(f.database_url)
        .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("weerbaar.db").display()));
    let log_format = g.log_format.clone().or(f.log_format).unwrap_or_else(|| "text".into());
    let json_logs = match log_format.as_str() {
        "json" => true,
        "text" => false,
        other => return Err(ConfigError::Invalid(format!("log format must be text or json, not {other}"))),
    };
    let listen = s.listen.clone().or(f.listen).unwrap_or_else(|| "127.0.0.1:8080".into());
    if listen.parse::<std::net::SocketAddr>().is_err() {
        return Err(ConfigError::Invalid(format!("--listen must be an address like 127.0.0.1:8080, not {listen}")));
    }
    let public_url = s.public_url.clone().or(f.public_url).unwrap_or_else(|| format!("http://{listen}"));
    if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
        return Err(ConfigError::Invalid(format!(
            "--public-url must start with http:// or https://, not {public_url}"
        )));
    }
    let concurrent_renders = s.concurrent_renders.or(f.concurrent_renders).unwrap_or(1);
    if !(1..=64).contains(&concurrent_renders) {
        return Err(ConfigError::Invalid(format!(
            "--concurrent-renders must be between 1 and 64, not {concurrent_renders}"
        )));
    }
    let trust = s.trust_proxy || f.trust_proxy.unwrap_or(false);
    let proxy_hops = s.trust_proxy_hops.or(f.trust_proxy_hops).unwrap_or(u8::from(trust));
    if proxy_hops > 10 {
        return Err(ConfigError::Invalid(format!("--trust-proxy-hops must be between 0 and 10, not {proxy_hops}")));
    }
    let metrics_listen = match s.metrics_listen.clone().or(f.metrics_listen).filter(|m| !m.is_empty()) {
        None => None,
        Some(m) => Some(m.parse::<std::net::SocketAddr>().map_err(|_| {
            ConfigError::Invalid(format!("--metrics-listen must be an address like 127.0.0.1:9090, not {m}"))
        })?),
    };
    Ok(Settings {
        data_dir,
        database_url,
        json_logs,
        listen,
        public_url: public_url.trim_end_matches('/').to_string(),
        smtp_url: s.smtp_url.clone().or(f.smtp_url),
        mail_from: s.mail_from.clone().or(f.mail_from).unwrap_or_else(|| "Weerbaar <noreply@localhost>".into()),
        proxy_hops,
        metrics_listen,
        max_connections: s.max_connections.or(f.max_connections).unwrap_or(16),
        concurrent_renders,
        demo: s.demo || f.demo.unwrap_or(false),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_over_file_and_defaults_fill_the_rest() {
        let dir = std::env::temp_dir().join(format!("wb-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("w.toml");
        std::fs::write(
            &file,
            "listen = \"127.0.0.1:9000\"\npublic_url = \"https://weerbaar.voorbeeld.test/\"\nmax_connections = 4\n",
        )
        .unwrap();
        let g = Global { config: Some(file.clone()), ..Default::default() };
        let s = ServeArgs { listen: Some("127.0.0.1:9100".into()), ..Default::default() };
        let r = resolve(&g, &s).unwrap();
        assert_eq!(r.listen, "127.0.0.1:9100", "flag beats file");
        assert_eq!(r.public_url, "https://weerbaar.voorbeeld.test", "file beats default");
        assert_eq!(r.max_connections, 4);
        assert_eq!(r.concurrent_renders, 1, "default");
        assert_eq!(r.database_url, "sqlite://weerbaar-data/weerbaar.db");
        std::fs::write(&file, "lisen = \"typo\"\n").unwrap();
        assert!(matches!(resolve(&g, &ServeArgs::default()), Err(ConfigError::Parse(..))));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn bad_values_are_refused() {
        let g = Global { config: Some(PathBuf::from("/nonexistent/weerbaar.toml")), ..Default::default() };
        assert!(matches!(resolve(&g, &ServeArgs::default()), Err(ConfigError::Read(..))));
        let g = Global::default();
        let s = ServeArgs { listen: Some("localhost".into()), ..Default::default() };
        assert!(matches!(resolve(&g, &s), Err(ConfigError::Invalid(_))));
        let s = ServeArgs { concurrent_renders: Some(0), ..Default::default() };
        assert!(matches!(resolve(&Global::default(), &s), Err(ConfigError::Invalid(_))));
        let g = Global { log_format: Some("xml".into()), ..Default::default() };
        assert!(matches!(resolve(&g, &ServeArgs::default()), Err(ConfigError::Invalid(_))));
        let s = ServeArgs { trust_proxy_hops: Some(11), ..Default::default() };
        assert!(matches!(resolve(&Global::default(), &s), Err(ConfigError::Invalid(_))));
        let s = ServeArgs { metrics_listen: Some("everywhere".into()), ..Default::default() };
        assert!(matches!(resolve(&Global::default(), &s), Err(ConfigError::Invalid(_))));
    }

    #[test]
    fn proxies_and_metrics_are_off_unless_asked() {
        let r = resolve(&Global::default(), &ServeArgs::default()).unwrap();
        assert_eq!((r.proxy_hops, r.metrics_listen), (0, None));
        let r = resolve(&Global::default(), &ServeArgs { trust_proxy: true, ..Default::default() }).unwrap();
        assert_eq!(r.proxy_hops, 1, "--trust-proxy alone is one proxy");
        let s = ServeArgs {
            trust_proxy_hops: Some(2),
            metrics_listen: Some("127.0.0.1:9090".into()),
            ..Default::default()
        };
        let r = resolve(&Global::default(), &s).unwrap();
        assert_eq!(r.proxy_hops, 2);
        assert_eq!(r.metrics_listen, Some("127.0.0.1:9090".parse().unwrap()));
    }
}
