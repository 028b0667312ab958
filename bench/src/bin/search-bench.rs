//! The toolkit search, in process, side by side with SQLite FTS5 on the same documents
//! and queries: index build time, query latency (p50/p99, 1-3 words, with and without
//! filters) on a generated catalogue, and the share of the relevance set each gets right
//! on the shipped content. Prints Markdown for bench/RESULTS.md.
//!
//!   search-bench [N] [REPEATS]      (default 10000 resources, 40 repeats per query)

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{Row, SqlitePool};
use weerbaar_core::catalogue::load::Shipped;
use weerbaar_core::catalogue::synonyms::Synonyms;
use weerbaar_core::catalogue::{ContentLang, ResourceType, Topic};
use weerbaar_search::{Doc, Query, SearchIndex, markdown_to_text};

const QUERIES: &[(&str, &str)] = &[
    ("nl", "wachtwoorden"),
    ("nl", "ransomware"),
    ("nl", "back-ups"),
    ("nl", "leverancier"),
    ("en", "passwords"),
    ("en", "logging"),
    ("nl", "back-ups terugzetten"),
    ("nl", "datalek melden"),
    ("en", "supplier contract"),
    ("nl", "crisiscommunicatie pers"),
    ("en", "first hour"),
    ("nl", "ransomware eerste uur"),
    ("nl", "toegangsrechten periodiek nakijken"),
    ("en", "restoring backups test"),
    ("en", "phishing report incident"),
];

fn pct(v: &mut [Duration], p: f64) -> f64 {
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i].as_secs_f64() * 1000.0
}

/// FTS5: one row per resource and language, Porter stemming (its only stemmer) with
/// diacritics removed; a side table for the filters.
async fn fts_load(docs: &[Shipped]) -> Result<(SqlitePool, Duration), sqlx::Error> {
    let opts = SqliteConnectOptions::new().in_memory(true);
    let pool = SqlitePoolOptions::new().max_connections(1).connect_with(opts).await?;
    sqlx::query(
        "CREATE VIRTUAL TABLE docs USING fts5(title, summary, body, tokenize = 'porter unicode61 remove_diacritics 2')",
    )
    .execute(&pool)
    .await?;
    sqlx::query("CREATE TABLE meta (rid INTEGER PRIMARY KEY, slug TEXT, kind TEXT, topics TEXT)")
        .execute(&pool)
        .await?;
    let t = Instant::now();
    let mut tx = pool.begin().await?;
    for (i, d) in docs.iter().enumerate() {
        let topics = d.meta.topics.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" ");
        for (l, text) in &d.texts {
            let rid = (i * 3 + lang_index(*l)) as i64;
            sqlx::query("INSERT INTO docs (rowid, title, summary, body) VALUES (?, ?, ?, ?)")
                .bind(rid)
                .bind(&text.title)
                .bind(&text.summary)
                .bind(markdown_to_text(&text.body))
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO meta (rid, slug, kind, topics) VALUES (?, ?, ?, ?)")
                .bind(rid)
                .bind(&d.slug)
                .bind(d.meta.kind.as_str())
                .bind(&topics)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok((pool, t.elapsed()))
}

fn lang_index(l: ContentLang) -> usize {
    match l {
        ContentLang::Nl => 0,
        ContentLang::En => 1,
        ContentLang::Fr => 2,
    }
}

/// The query's words as FTS5 terms; with `synonyms`, each word that is in a synonym group
/// becomes the group (`("wachtwoord" OR "paswoord" OR …)`), the same expansion our index
/// gets from the same list.
fn fts_words(q: &str, synonyms: Option<&Synonyms>) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            let group = synonyms.and_then(|s| s.groups.iter().find(|g| g.iter().any(|t| t.to_lowercase() == lower)));
            match group {
                Some(g) => format!(
                    "({})",
                    g.iter().map(|t| format!("\"{}\"", t.replace('"', ""))).collect::<Vec<_>>().join(" OR ")
                ),
                None => format!("\"{}\"", w.replace('"', "")),
            }
        })
        .collect()
}

/// Top slugs and the total, as the search page needs them: all words, else any word.
async fn fts_search(
    pool: &SqlitePool,
    q: &str,
    kind: Option<ResourceType>,
    topic: Option<Topic>,
    synonyms: Option<&Synonyms>,
) -> (Vec<String>, i64) {
    let words = fts_words(q, synonyms);
    for joiner in [" ", " OR "] {
        let m = words.join(joiner);
        let filter = match (kind, topic) {
            (Some(_), _) => " AND m.kind = ?2",
            (_, Some(_)) => " AND (' ' || m.topics || ' ') LIKE ?2",
            _ => "",
        };
        let fv = match (kind, topic) {
            (Some(k), _) => k.as_str().to_string(),
            (_, Some(t)) => format!("% {} %", t.as_str()),
            _ => String::new(),
        };
        let sql = format!(
            "SELECT m.slug, bm25(docs, 3.0, 2.0, 1.0) AS s FROM docs JOIN meta m ON m.rid = docs.rowid \
             WHERE docs MATCH ?1{filter} ORDER BY s LIMIT 60"
        );
        let count_sql =
            format!("SELECT count(*) FROM docs JOIN meta m ON m.rid = docs.rowid WHERE docs MATCH ?1{filter}");
        let mut qy = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(&m);
        let mut cq = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql)).bind(&m);
        if !fv.is_empty() {
            qy = qy.bind(fv.clone());
            cq = cq.bind(fv.clone());
        }
        let rows = qy.fetch_all(pool).await.unwrap_or_default();
        let total = cq.fetch_one(pool).await.unwrap_or(0);
        if !rows.is_empty() || words.len() < 2 {
            let mut seen = BTreeSet::new();
            let top = rows.iter().map(|r| r.get::<String, _>(0)).filter(|s| seen.insert(s.clone())).take(20).collect();
            return (top, total);
        }
    }
    (Vec::new(), 0)
}

fn tantivy_search(
    ix: &SearchIndex,
    lang: &str,
    q: &str,
    kind: Option<ResourceType>,
    topic: Option<Topic>,
) -> Vec<String> {
    let ui = ContentLang::parse(lang).unwrap_or(ContentLang::Nl);
    let r = ix.search_uncached(&Query { text: q.into(), ui, kind, topic, limit: 20, ..Default::default() });
    r.hits.into_iter().map(|h| h.slug).collect()
}

fn docs_of(list: &[Shipped]) -> Vec<Doc> {
    list.iter().map(|s| Doc::from_shipped(s, 0)).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).map(|s| s.parse()).transpose()?.unwrap_or(10_000);
    let repeats: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(40);
    let shipped = weerbaar_content::resources().map_err(|e| format!("{e:?}"))?;
    let synonyms = weerbaar_content::synonyms()?;
    let generated = weerbaar_bench::catalogue::generate(&shipped, n, 7);

    // Index build: the whole catalogue, three times.
    let mut builds = Vec::new();
    let mut ix = None;
    for _ in 0..3 {
        let t = Instant::now();
        let built = SearchIndex::build(docs_of(&generated), &synonyms)?;
        builds.push(t.elapsed());
        ix = Some(built);
    }
    let ix = ix.ok_or("no index")?;
    builds.sort();
    let (pool, fts_build) = fts_load(&generated).await?;

    // Latency: every query, without and with a filter, `repeats` times.
    let filters: [(Option<ResourceType>, Option<Topic>); 3] =
        [(None, None), (Some(ResourceType::Guide), None), (None, Some(Topic::Backups))];
    let mut ours = [Vec::new(), Vec::new()];
    let mut fts = [Vec::new(), Vec::new()];
    let mut fts_syn = [Vec::new(), Vec::new()];
    let mut per_query: Vec<Vec<Duration>> = vec![Vec::new(); QUERIES.len()];
    for (fi, (kind, topic)) in filters.iter().enumerate() {
        let slot = usize::from(fi > 0);
        for (qi, (lang, q)) in QUERIES.iter().enumerate() {
            for _ in 0..repeats {
                let t = Instant::now();
                std::hint::black_box(tantivy_search(&ix, lang, q, *kind, *topic));
                ours[slot].push(t.elapsed());
                per_query[qi].push(t.elapsed());
                let t = Instant::now();
                std::hint::black_box(fts_search(&pool, q, *kind, *topic, None).await);
                fts[slot].push(t.elapsed());
                let t = Instant::now();
                std::hint::black_box(fts_search(&pool, q, *kind, *topic, Some(&synonyms)).await);
                fts_syn[slot].push(t.elapsed());
            }
        }
    }

    // Relevance: the set against the shipped content, top 3.
    let cases = weerbaar_content::relevance_set()?;
    let small = SearchIndex::build(docs_of(&shipped), &synonyms)?;
    let (small_pool, _) = fts_load(&shipped).await?;
    let (mut ok_ours, mut ok_fts, mut ok_fts_syn) = (0, 0, 0);
    for c in &cases {
        let a = tantivy_search(&small, &c.lang, &c.query, None, None);
        let (b, _) = fts_search(&small_pool, &c.query, None, None, None).await;
        let (d, _) = fts_search(&small_pool, &c.query, None, None, Some(&synonyms)).await;
        let hit = |top: &[String]| c.expect.iter().all(|e| top.iter().take(3).any(|s| s == e));
        ok_ours += usize::from(hit(&a));
        ok_fts += usize::from(hit(&b));
        ok_fts_syn += usize::from(hit(&d));
    }

    let total = cases.len();
    println!(
        "`cargo run --release -p weerbaar-bench --bin search-bench -- {n} {repeats}`, {} cores, {}",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        jiff::Zoned::now().date()
    );
    println!();
    println!(
        "{} generated resources in nl, en and fr ({} queries of 1-3 words × {repeats}; filters: type or topic)",
        n,
        QUERIES.len()
    );
    println!();
    println!(
        "| measure | Weerbaar (tantivy) | SQLite FTS5, no synonyms | FTS5 / Weerbaar | FTS5 with our synonym list | FTS5+syn / Weerbaar |"
    );
    println!("|---|---|---|---|---|---|");
    let b = builds[1].as_secs_f64();
    println!(
        "| full index build | {:.2} s | {:.2} s | {:.2} | (the same index) | |",
        b,
        fts_build.as_secs_f64(),
        fts_build.as_secs_f64() / b
    );
    for (i, label) in ["no filter", "with a filter"].iter().enumerate() {
        let (o50, o99) = (pct(&mut ours[i], 0.5), pct(&mut ours[i], 0.99));
        let (f50, f99) = (pct(&mut fts[i], 0.5), pct(&mut fts[i], 0.99));
        let (s50, s99) = (pct(&mut fts_syn[i], 0.5), pct(&mut fts_syn[i], 0.99));
        println!(
            "| query p50, {label} | {o50:.3} ms | {f50:.3} ms | {:.2} | {s50:.3} ms | {:.2} |",
            f50 / o50,
            s50 / o50
        );
        println!(
            "| query p99, {label} | {o99:.3} ms | {f99:.3} ms | {:.2} | {s99:.3} ms | {:.2} |",
            f99 / o99,
            s99 / o99
        );
    }
    let share = |n: usize| format!("{n}/{total} ({:.0}%)", n as f64 * 100.0 / total as f64);
    println!(
        "| relevance set, expected in top 3 (shipped content) | {} | {} | | {} | |",
        share(ok_ours),
        share(ok_fts),
        share(ok_fts_syn)
    );
    println!();
    println!(
        "Our synonym list and stem overrides were tuned on this relevance set, so the middle column (FTS5 with no \
         synonyms) is not a like-for-like comparison; the last column gives FTS5 the same synonym groups, each \
         query word expanded to its group."
    );
    println!();
    println!("Weerbaar per query (all filters), slowest first:");
    println!();
    println!("| query | p50 ms | max ms |");
    println!("|---|---|---|");
    let mut rows: Vec<(f64, f64, &str)> =
        per_query.iter_mut().zip(QUERIES).map(|(v, (_, q))| (pct(v, 0.5), pct(v, 1.0), *q)).collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (p50, max, q) in rows {
        println!("| {q} | {p50:.3} | {max:.3} |");
    }
    Ok(())
}
