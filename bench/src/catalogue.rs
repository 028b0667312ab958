//! A generated toolkit catalogue for the search benchmarks: resources in Dutch, English
//! and French built by recombining paragraphs of the shipped content, so the words and
//! their frequencies are those of real toolkit texts. Deterministic for a seed.

use std::collections::BTreeMap;

use weerbaar_core::catalogue::load::{Shipped, Text};
use weerbaar_core::catalogue::{Audience, ContentLang, Level, ResourceType, Topic};

/// A small deterministic generator (xorshift), so runs compare.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

fn paragraphs(t: &Text) -> Vec<String> {
    t.body.split("\n\n").map(str::trim).filter(|p| p.len() > 40).map(String::from).collect()
}

/// `n` resources named `gen-0` … built from `shipped`.
pub fn generate(shipped: &[Shipped], n: usize, seed: u64) -> Vec<Shipped> {
    let mut rng = Rng::new(seed);
    let mut pool: BTreeMap<ContentLang, Vec<String>> = BTreeMap::new();
    for s in shipped {
        for (l, t) in &s.texts {
            pool.entry(*l).or_default().extend(paragraphs(t));
        }
    }
    // French texts are few in the shipped content: fall back to English paragraphs.
    let fr_pool = pool.get(&ContentLang::Fr).filter(|v| v.len() > 20).cloned();
    (0..n)
        .map(|i| {
            let base = &shipped[i % shipped.len()];
            let mut meta = base.meta.clone();
            meta.kind = ResourceType::ALL[rng.below(ResourceType::ALL.len())];
            meta.level = Level::ALL[rng.below(Level::ALL.len())];
            meta.topics = vec![Topic::ALL[rng.below(Topic::ALL.len())], base.meta.topics[0]];
            meta.topics.dedup();
            meta.audiences = vec![Audience::ALL[rng.below(Audience::ALL.len())]];
            meta.related = vec![];
            meta.quick_win = None;
            let mut texts = BTreeMap::new();
            for lang in ContentLang::ALL {
                let (src_lang, paras) = match lang {
                    ContentLang::Fr => match &fr_pool {
                        Some(p) => (ContentLang::Fr, p.clone()),
                        None => (ContentLang::En, pool.get(&ContentLang::En).cloned().unwrap_or_default()),
                    },
                    l => (*l, pool.get(l).cloned().unwrap_or_default()),
                };
                let Some(bt) = base.texts.get(&src_lang).or_else(|| base.texts.get(&ContentLang::En)) else { continue };
                let body: Vec<String> = (0..4).map(|_| paras[rng.below(paras.len())].clone()).collect();
                texts.insert(
                    *lang,
                    Text {
                        title: format!("{} ({})", bt.title, i + 1),
                        summary: bt.summary.clone(),
                        why: bt.why.clone(),
                        body: body.join("\n\n"),
                        transcript: String::new(),
                    },
                );
            }
            Shipped { slug: format!("gen-{i}"), meta, texts, attachments: vec![] }
        })
        .collect()
}
