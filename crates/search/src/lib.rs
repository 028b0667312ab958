//! The toolkit's search: an in-memory tantivy index of the published resources, built in
//! one go from a list of documents and then read-only, so a search never waits for a
//! writer. One set of fields per language (nl, en, fr), each with its own Snowball
//! stemmer and stop words; a query word that matches nothing is tried with one typo, as
//! a Dutch compound split in two known words, and with its synonyms from the content's
//! synonym list. Filters (type, audience, topic, level, language) are applied on the
//! hits, with counts per value that ignore the value's own filter, as a shop does.

mod dutch;
mod matching;
mod query;
mod stopwords;
mod text;

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::sync::Mutex;

use lru::LruCache;

use tantivy::schema::{FAST, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexWriter, Score, Searcher, TantivyDocument};
use weerbaar_core::catalogue::synonyms::Synonyms;
use weerbaar_core::catalogue::{Audience, ContentLang, Level, ResourceType, Topic};

pub use text::markdown_to_text;

/// Query text beyond this is ignored (characters).
pub const QUERY_MAX_CHARS: usize = 200;
/// Words beyond this are ignored.
pub const QUERY_MAX_WORDS: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

/// One language version of a resource, as indexed.
#[derive(Debug, Clone, PartialEq)]
pub struct DocText {
    pub title: String,
    pub summary: String,
    /// Markdown; indexed and shown in snippets as plain text.
    pub body: String,
}

/// One published resource, as given to [`SearchIndex::build`].
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub slug: String,
    pub kind: ResourceType,
    pub audiences: Vec<Audience>,
    pub topics: Vec<Topic>,
    pub level: Level,
    /// The organisation that owns a private resource; None for the shared toolkit.
    pub owner: Option<String>,
    pub quick_win: Option<u8>,
    /// Milliseconds since the epoch.
    pub updated: i64,
    pub texts: BTreeMap<ContentLang, DocText>,
}

/// What someone searches for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Query {
    pub text: String,
    /// Only resources in this language, searched in this language.
    pub lang: Option<ContentLang>,
    /// The reader's language: shown first when a resource has it, weighed a little higher.
    pub ui: ContentLang,
    pub kind: Option<ResourceType>,
    pub audience: Option<Audience>,
    pub topic: Option<Topic>,
    pub level: Option<Level>,
    /// The reader's organisations: their private resources are found too.
    pub orgs: Vec<String>,
    pub offset: usize,
    pub limit: usize,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            text: String::new(),
            lang: None,
            ui: ContentLang::Nl,
            kind: None,
            audience: None,
            topic: None,
            level: None,
            orgs: Vec::new(),
            offset: 0,
            limit: 20,
        }
    }
}

/// A piece of a snippet; `hit` pieces are the words that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub slug: String,
    /// The language shown.
    pub lang: ContentLang,
    pub title: String,
    pub summary: String,
    /// Around the best match in the text; empty without query words.
    pub snippet: Vec<Piece>,
    pub kind: ResourceType,
    pub audiences: Vec<Audience>,
    pub topics: Vec<Topic>,
    pub level: Level,
    pub langs: Vec<ContentLang>,
    pub owner: Option<String>,
    pub updated: i64,
    pub score: f32,
}

/// Counts per filter value among the hits, each ignoring its own filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub kinds: Vec<(ResourceType, usize)>,
    pub audiences: Vec<(Audience, usize)>,
    pub topics: Vec<(Topic, usize)>,
    pub levels: Vec<(Level, usize)>,
    pub langs: Vec<(ContentLang, usize)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// Some hits match only some of the words (they come after those matching all).
    pub partial: bool,
    /// Hits that match every word.
    pub complete: usize,
}

#[derive(Clone, Copy)]
pub(crate) struct LangFields {
    pub lang: ContentLang,
    pub title: Field,
    pub summary: Field,
    pub body: Field,
}

pub(crate) struct Stored {
    pub doc: Doc,
    /// Plain text of each language's body, for snippets.
    pub plain: BTreeMap<ContentLang, String>,
    /// Lower-cased titles, for sorting.
    pub sort_title: BTreeMap<ContentLang, String>,
}

/// What filtering, counting and ordering need of a document, small and side by side
/// so a pass over thousands of hits stays in the cache.
#[derive(Clone, Copy)]
pub(crate) struct Compact {
    pub kind: u8,
    pub level: u8,
    pub audiences: u8,
    pub langs: u8,
    pub topics: u32,
    /// Index into the owners list, or u32::MAX for the shared toolkit.
    pub owner: u32,
    /// The title's place in alphabetical order, per language (u32::MAX: no text).
    pub rank: [u32; 3],
}

pub(crate) fn lang_bit(l: ContentLang) -> usize {
    ContentLang::ALL.iter().position(|x| *x == l).unwrap_or(0)
}

fn position<T: PartialEq>(all: &[T], v: &T) -> usize {
    all.iter().position(|x| x == v).unwrap_or(0)
}

/// The built index. Cheap to share behind an `Arc`; searching takes `&self`.
pub struct SearchIndex {
    searcher: Searcher,
    ord: Field,
    pub(crate) fields: Vec<LangFields>,
    pub(crate) analyzers: BTreeMap<ContentLang, TextAnalyzer>,
    pub(crate) synonyms: query::SynonymMap,
    pub(crate) splitter: dutch::Splitter,
    pub(crate) docs: Vec<Stored>,
    pub(crate) compact: Vec<Compact>,
    pub(crate) owners: Vec<String>,
    /// Recent results: the index never changes after it is built (a change builds a new
    /// one), so a result stays true for the life of the index.
    cache: Mutex<LruCache<Query, Results>>,
}

/// How many recent searches are kept (a result page is a few kilobytes).
const CACHE_ENTRIES: usize = 512;

fn tokenizer_name(l: ContentLang) -> String {
    format!("wb_{}", l.as_str())
}

impl SearchIndex {
    /// Builds the index of these documents.
    pub fn build(docs: Vec<Doc>, synonyms: &Synonyms) -> Result<SearchIndex, SearchError> {
        let mut sb = Schema::builder();
        let ord = sb.add_u64_field("ord", FAST);
        let mut fields = Vec::new();
        for &lang in ContentLang::ALL {
            let opts = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&tokenizer_name(lang))
                    .set_index_option(IndexRecordOption::WithFreqs),
            );
            let l = lang.as_str();
            fields.push(LangFields {
                lang,
                title: sb.add_text_field(&format!("title_{l}"), opts.clone()),
                summary: sb.add_text_field(&format!("summary_{l}"), opts.clone()),
                body: sb.add_text_field(&format!("body_{l}"), opts),
            });
        }
        // One segment searched on the calling thread: two segments searched on both cores
        // were no faster in process and cost a sixth of the requests/s under load
        // (bench/RESULTS.md).
        let index = Index::create_in_ram(sb.build());
        let mut analyzers = BTreeMap::new();
        for &lang in ContentLang::ALL {
            let none = BTreeMap::new();
            let a = text::analyzer(lang, synonyms.stems.get(&lang).unwrap_or(&none));
            index.tokenizers().register(&tokenizer_name(lang), a.clone());
            analyzers.insert(lang, a);
        }

        let mut stored = Vec::with_capacity(docs.len());
        // The catalogue's own Dutch words, for splitting compounds.
        let mut own_words: std::collections::HashSet<String> = std::collections::HashSet::new();
        // One thread and one commit: the index is built once and then only read.
        let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, 64 * 1024 * 1024)?;
        for (i, doc) in docs.into_iter().enumerate() {
            let mut td = TantivyDocument::default();
            td.add_u64(ord, i as u64);
            let mut plain = BTreeMap::new();
            let mut sort_title = BTreeMap::new();
            for lf in &fields {
                if let Some(t) = doc.texts.get(&lf.lang) {
                    let body = markdown_to_text(&t.body);
                    td.add_text(lf.title, &t.title);
                    td.add_text(lf.summary, &t.summary);
                    td.add_text(lf.body, &body);
                    if lf.lang == ContentLang::Nl {
                        for text in [t.title.as_str(), t.summary.as_str(), body.as_str()] {
                            own_words.extend(
                                text::fold(text)
                                    .split(|c: char| !c.is_alphanumeric())
                                    .filter(|w| w.len() >= 3 && w.len() <= 24)
                                    .map(str::to_string),
                            );
                        }
                    }
                    plain.insert(lf.lang, body);
                    sort_title.insert(lf.lang, t.title.to_lowercase());
                }
            }
            writer.add_document(td)?;
            stored.push(Stored { doc, plain, sort_title });
        }
        writer.commit()?;
        let reader = index.reader()?;
        let searcher = reader.searcher();
        let synonyms = query::SynonymMap::new(synonyms, &analyzers);
        let (compact, owners) = compact_of(&stored);
        let cache = Mutex::new(LruCache::new(NonZeroUsize::new(CACHE_ENTRIES).unwrap_or(NonZeroUsize::MIN)));
        let splitter = dutch::Splitter::new(own_words);
        Ok(SearchIndex { searcher, ord, fields, analyzers, synonyms, splitter, docs: stored, compact, owners, cache })
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub(crate) fn searcher(&self) -> &Searcher {
        &self.searcher
    }

    /// Matches per segment (documents in segment order) as resources' ords.
    pub(crate) fn ords(&self, per_segment: Vec<matching::Hits>) -> Vec<(u32, Score)> {
        let name = self.searcher.schema().get_field_name(self.ord).to_string();
        let mut out = Vec::with_capacity(per_segment.iter().map(Vec::len).sum());
        for (reader, hits) in self.searcher.segment_readers().iter().zip(per_segment) {
            let Ok(ords) = reader.fast_fields().u64(&name) else { continue };
            out.extend(hits.into_iter().filter_map(|(doc, score)| ords.first(doc).map(|o| (o as u32, score))));
        }
        out
    }

    /// Runs a search. Any text is accepted; what cannot be searched for is ignored.
    pub fn search(&self, q: &Query) -> Results {
        // A poisoned lock only means another search panicked; the cache is still valid.
        if let Some(r) = self.cache.lock().unwrap_or_else(|e| e.into_inner()).get(q) {
            return r.clone();
        }
        let r = query::run(self, q);
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).put(q.clone(), r.clone());
        r
    }

    /// Runs a search without the cache of recent results (for benchmarks).
    pub fn search_uncached(&self, q: &Query) -> Results {
        query::run(self, q)
    }
}

fn compact_of(stored: &[Stored]) -> (Vec<Compact>, Vec<String>) {
    let mut owners: Vec<String> = stored.iter().filter_map(|s| s.doc.owner.clone()).collect();
    owners.sort();
    owners.dedup();
    let mut out: Vec<Compact> = stored
        .iter()
        .map(|s| {
            let d = &s.doc;
            Compact {
                kind: position(ResourceType::ALL, &d.kind) as u8,
                level: position(Level::ALL, &d.level) as u8,
                audiences: d.audiences.iter().fold(0u8, |m, a| m | 1 << position(Audience::ALL, a)),
                langs: d.texts.keys().fold(0u8, |m, l| m | 1 << lang_bit(*l)),
                topics: d.topics.iter().fold(0u32, |m, t| m | 1 << position(Topic::ALL, t)),
                owner: d.owner.as_ref().and_then(|o| owners.binary_search(o).ok()).map_or(u32::MAX, |i| i as u32),
                rank: [u32::MAX; 3],
            }
        })
        .collect();
    for (li, lang) in ContentLang::ALL.iter().enumerate() {
        let mut titles: Vec<(&str, usize)> =
            stored.iter().enumerate().filter_map(|(i, s)| s.sort_title.get(lang).map(|t| (t.as_str(), i))).collect();
        titles.sort();
        for (rank, (_, i)) in titles.into_iter().enumerate() {
            out[i].rank[li] = rank as u32;
        }
    }
    (out, owners)
}

impl Doc {
    /// The document of a resource as shipped in `content/resources/`.
    pub fn from_shipped(s: &weerbaar_core::catalogue::load::Shipped, updated: i64) -> Doc {
        Doc {
            slug: s.slug.clone(),
            kind: s.meta.kind,
            audiences: s.meta.audiences.clone(),
            topics: s.meta.topics.clone(),
            level: s.meta.level,
            owner: None,
            quick_win: s.meta.quick_win,
            updated,
            texts: s
                .texts
                .iter()
                .map(|(l, t)| {
                    (*l, DocText { title: t.title.clone(), summary: t.summary.clone(), body: t.body.clone() })
                })
                .collect(),
        }
    }
}
