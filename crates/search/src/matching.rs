//! Which documents a planned query matches, with their scores.
//!
//! The planner's tree (every word; per word any language, spelling or synonym; per
//! spelling all its terms; per term any field) is evaluated here instead of by tantivy's
//! nested Boolean scorers. Every match is needed (the filter counts are exact), and on a
//! catalogue of some ten thousand resources tantivy's nested unions spent most of a
//! search building and refilling their buffers. Here each leaf's postings are scored by
//! tantivy (BM25) and added into a dense array of the segment's documents with a bit per
//! document; an intersection combines its children's arrays 64 documents at a time. A
//! node's score is the sum of its matching leaves' scores, as with tantivy's Boolean
//! queries.

use tantivy::query::{EnableScoring, FuzzyTermQuery, Query as TQuery, TermQuery, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, Score, Searcher, SegmentReader, Term};

/// A planned query.
pub(crate) enum Node {
    /// A term (or, `fuzzy`, a term with one typo) in one field, its score times `boost`.
    Leaf { term: Term, fuzzy: bool, boost: Score },
    /// Documents every child matches.
    All(Vec<Node>),
    /// Documents any child matches.
    Any(Vec<Node>),
}

/// A node with its leaves' weights, made once per search. Nested unions are flattened
/// (addition does not care about grouping), the same term twice in a union is one leaf
/// with the boosts added (a score is linear in its boost: spellings and synonyms that
/// stem alike no longer score the same postings again), and an intersection of one is
/// its child.
enum Weighted {
    All(Vec<Weighted>),
    /// Leaves with their boosts: the boost is applied here, as tantivy's boosted weight
    /// would hide the term weight's fast loop over its postings.
    Any {
        leaves: Vec<(Box<dyn Weight>, Score)>,
        nodes: Vec<Weighted>,
    },
}

/// Matches in one segment, in document order, with their scores.
pub(crate) type Hits = Vec<(DocId, Score)>;

/// Documents every word matches (`every`) or any word matches, per segment. (The index is
/// built once and never has deleted documents, which `for_each` would not skip.)
pub(crate) fn find(searcher: &Searcher, words: &[Node], every: bool) -> tantivy::Result<Vec<Hits>> {
    let scoring = EnableScoring::enabled_from_searcher(searcher);
    let words: Vec<Weighted> = words.iter().map(|w| weigh(w, scoring)).collect::<tantivy::Result<_>>()?;
    let root = if every { Weighted::All(words) } else { Weighted::Any { leaves: Vec::new(), nodes: words } };
    let mut out = Vec::new();
    for reader in searcher.segment_readers() {
        out.push(Pool::with(|pool| {
            let mut into = pool.take(reader.max_doc());
            let filled = fill(&root, reader, &mut into, pool);
            let hits = into.take();
            pool.put(into);
            filled.map(|()| hits)
        })?);
    }
    Ok(out)
}

/// Adds the matches of `node` to `into`.
fn fill(node: &Weighted, reader: &SegmentReader, into: &mut Scratch, pool: &mut Pool) -> tantivy::Result<()> {
    match node {
        Weighted::Any { leaves, nodes } => {
            for (leaf, boost) in leaves {
                leaf.for_each(reader, &mut |doc, score| into.add(doc, score * boost))?;
            }
            // A union adds what its children add, so they add straight into it.
            for n in nodes {
                fill(n, reader, into, pool)?;
            }
            Ok(())
        }
        Weighted::All(children) => {
            let mut parts: Vec<Scratch> = children.iter().map(|_| pool.take(reader.max_doc())).collect();
            let filled = children.iter().zip(parts.iter_mut()).try_for_each(|(c, p)| fill(c, reader, p, pool));
            if filled.is_ok() {
                into.add_every(&parts);
            }
            for p in parts {
                pool.put(p);
            }
            filled
        }
    }
}

impl Node {
    /// The tantivy query of a leaf, without its boost.
    pub(crate) fn leaf_query(term: &Term, fuzzy: bool) -> Box<dyn TQuery> {
        if fuzzy {
            Box::new(FuzzyTermQuery::new(term.clone(), 1, true))
        } else {
            Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs))
        }
    }
}

/// A union's leaves before weighing, the same term once.
type Leaves = Vec<(Term, bool, Score)>;

fn weigh(node: &Node, scoring: EnableScoring<'_>) -> tantivy::Result<Weighted> {
    match node {
        Node::All(c) if c.len() == 1 => weigh(&c[0], scoring),
        Node::All(c) => Ok(Weighted::All(c.iter().map(|n| weigh(n, scoring)).collect::<tantivy::Result<_>>()?)),
        Node::Leaf { .. } | Node::Any(_) => {
            let mut leaves: Leaves = Vec::new();
            let mut nodes = Vec::new();
            gather(node, &mut leaves, &mut nodes, scoring)?;
            let leaves = leaves
                .iter()
                .map(|(t, fuzzy, boost)| Ok((Node::leaf_query(t, *fuzzy).weight(scoring)?, *boost)))
                .collect::<tantivy::Result<_>>()?;
            Ok(Weighted::Any { leaves, nodes })
        }
    }
}

/// The leaves and other children of a union and of the unions in it.
fn gather(
    node: &Node,
    leaves: &mut Leaves,
    nodes: &mut Vec<Weighted>,
    scoring: EnableScoring<'_>,
) -> tantivy::Result<()> {
    match node {
        Node::Leaf { term, fuzzy, boost } => match leaves.iter_mut().find(|(t, f, _)| t == term && f == fuzzy) {
            Some(same) => same.2 += boost,
            None => leaves.push((term.clone(), *fuzzy, *boost)),
        },
        Node::Any(c) => {
            for child in c {
                gather(child, leaves, nodes, scoring)?;
            }
        }
        Node::All(c) if c.len() == 1 => gather(&c[0], leaves, nodes, scoring)?,
        all => nodes.push(weigh(all, scoring)?),
    }
    Ok(())
}

/// Scratch spaces of this thread, kept between searches: allocating them each time cost
/// page faults. Every scratch in the pool is empty.
struct Pool(Vec<Scratch>);

impl Pool {
    fn with<T>(f: impl FnOnce(&mut Pool) -> T) -> T {
        thread_local! {
            static POOL: std::cell::RefCell<Pool> = const { std::cell::RefCell::new(Pool(Vec::new())) };
        }
        POOL.with(|cell| match cell.try_borrow_mut() {
            Ok(mut pool) => f(&mut pool),
            // Not reentrant in practice; a fresh pool if it ever is.
            Err(_) => f(&mut Pool(Vec::new())),
        })
    }

    /// An empty scratch space for `max_doc` documents.
    fn take(&mut self, max_doc: DocId) -> Scratch {
        match self.0.pop() {
            Some(s) if s.scores.len() >= max_doc as usize => s,
            _ => Scratch::new(max_doc),
        }
    }

    /// Gives back a scratch space, emptied (a no-op when it is empty already): one left
    /// dirty would add stale scores to the next search on this thread.
    fn put(&mut self, mut s: Scratch) {
        s.clear();
        self.0.push(s);
    }
}

/// Scores added up per document, with a bit per document that has one.
struct Scratch {
    scores: Vec<Score>,
    seen: Vec<u64>,
    /// The words of `seen` in use: `lo..hi`.
    lo: usize,
    hi: usize,
    /// Documents added (an upper bound of the result's length).
    count: usize,
}

impl Scratch {
    fn new(max_doc: DocId) -> Scratch {
        let n = max_doc as usize;
        Scratch { scores: vec![0.0; n], seen: vec![0; n.div_ceil(64)], lo: usize::MAX, hi: 0, count: 0 }
    }

    /// Adds a document's score (documents outside the segment are ignored).
    fn add(&mut self, doc: DocId, score: Score) {
        let d = doc as usize;
        if let Some(s) = self.scores.get_mut(d) {
            *s += score;
            self.seen[d / 64] |= 1 << (d % 64);
            self.lo = self.lo.min(d / 64);
            self.hi = self.hi.max(d / 64 + 1);
            self.count += 1;
        }
    }

    /// Adds the documents every part has, each with the sum of its parts' scores.
    fn add_every(&mut self, parts: &[Scratch]) {
        let lo = parts.iter().map(|p| p.lo).max().unwrap_or(0);
        let hi = parts.iter().map(|p| p.hi).min().unwrap_or(0);
        for i in lo..hi {
            let mut bits = parts.iter().fold(u64::MAX, |a, p| a & p.seen[i]);
            while bits != 0 {
                let d = i * 64 + bits.trailing_zeros() as usize;
                self.add(d as DocId, parts.iter().map(|p| p.scores[d]).sum());
                bits &= bits - 1;
            }
        }
    }

    /// Empties the scratch space without listing what it held.
    fn clear(&mut self) {
        for i in self.lo..self.hi {
            let mut bits = std::mem::take(&mut self.seen[i]);
            while bits != 0 {
                self.scores[i * 64 + bits.trailing_zeros() as usize] = 0.0;
                bits &= bits - 1;
            }
        }
        (self.lo, self.hi, self.count) = (usize::MAX, 0, 0);
    }

    /// Every document added, in document order, with its scores added (in the order
    /// they came); the scratch space is empty again.
    fn take(&mut self) -> Hits {
        let mut out = Vec::with_capacity(self.count.min(self.hi.saturating_sub(self.lo) * 64));
        for i in self.lo..self.hi {
            let mut bits = std::mem::take(&mut self.seen[i]);
            while bits != 0 {
                let d = i * 64 + bits.trailing_zeros() as usize;
                out.push((d as DocId, std::mem::take(&mut self.scores[d])));
                bits &= bits - 1;
            }
        }
        (self.lo, self.hi, self.count) = (usize::MAX, 0, 0);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled(n: DocId, list: &[(u32, f32)]) -> Scratch {
        let mut s = Scratch::new(n);
        for &(d, x) in list {
            s.add(d, x);
        }
        s
    }

    #[test]
    fn a_scratch_adds_scores_and_lists_documents_in_order() {
        let mut s = filled(200, &[(70, 1.0), (1, 1.0), (199, 1.0), (70, 2.0), (0, 2.0), (500, 9.0)]);
        assert_eq!(s.take(), vec![(0, 2.0), (1, 1.0), (70, 3.0), (199, 1.0)]);
        assert!(s.scores.iter().all(|x| *x == 0.0) && s.seen.iter().all(|x| *x == 0));
        assert_eq!(s.take(), Vec::new());
        let mut s = filled(200, &[(5, 1.0), (150, 2.0)]);
        s.clear();
        assert!(s.scores.iter().all(|x| *x == 0.0) && s.seen.iter().all(|x| *x == 0));
        assert_eq!(s.take(), Vec::new());
    }

    #[test]
    fn intersections_and_unions_agree_with_brute_force() {
        // Pseudo-random lists over 300 documents, checked against a plain count.
        let mut seed = 12345u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..200 {
            let k = (next() % 4 + 1) as usize;
            let lists: Vec<Vec<(u32, f32)>> = (0..k)
                .map(|i| (0..300u32).filter(|_| next() % 3 == 0).map(|d| (d, (i + 1) as f32)).collect())
                .collect();
            let (mut want_all, mut want_any) = (Vec::new(), Vec::new());
            for d in 0..300u32 {
                let found: Vec<f32> =
                    lists.iter().filter_map(|l| l.iter().find(|(x, _)| *x == d).map(|(_, s)| *s)).collect();
                if !found.is_empty() {
                    want_any.push((d, found.iter().sum::<f32>()));
                }
                if found.len() == k {
                    want_all.push((d, found.iter().sum::<f32>()));
                }
            }
            let parts: Vec<Scratch> = lists.iter().map(|l| filled(300, l)).collect();
            let mut all = Scratch::new(300);
            all.add_every(&parts);
            assert_eq!(all.take(), want_all);
            let mut any = Scratch::new(300);
            for l in &lists {
                for &(d, x) in l {
                    any.add(d, x);
                }
            }
            assert_eq!(any.take(), want_any);
        }
    }

    #[test]
    fn an_intersection_with_an_empty_part_is_empty() {
        let parts = [filled(100, &[(1, 1.0), (2, 1.0)]), Scratch::new(100)];
        let mut all = Scratch::new(100);
        all.add_every(&parts);
        assert_eq!(all.take(), Vec::new());
        let mut none = Scratch::new(100);
        none.add_every(&[]);
        assert_eq!(none.take(), Vec::new());
    }
}
