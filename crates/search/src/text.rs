//! Text handling: the analyzers per language, Markdown to plain text, word folding.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use frostem::Algorithm;
use pulldown_cmark::{Event, Options, Parser, TagEnd};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, StopWordFilter, TextAnalyzer,
    Token, TokenFilter, TokenStream, Tokenizer,
};
use weerbaar_core::catalogue::ContentLang;

/// Words, lower-cased, stop words out, accents folded, stemmed. Stop words are removed
/// before folding, because the lists are written with their accents. Dutch uses the
/// Snowball Porter variant: the newer Dutch stemmer gives "wachtwoorden" and
/// "wachtwoord" different stems, and plurals are what people type.
pub(crate) fn analyzer(lang: ContentLang, overrides: &BTreeMap<String, String>) -> TextAnalyzer {
    let (stop_words, algorithm): (&[&str], Algorithm) = match lang {
        ContentLang::Nl => (crate::stopwords::DUTCH, Algorithm::DutchPorter),
        ContentLang::En => (&[], Algorithm::English),
        ContentLang::Fr => (crate::stopwords::FRENCH, Algorithm::French),
    };
    let stem = StemFilter { algorithm, overrides: Arc::new(overrides.clone().into_iter().collect()) };
    let base = TextAnalyzer::builder(SimpleTokenizer::default()).filter(RemoveLongFilter::limit(40)).filter(LowerCaser);
    if stop_words.is_empty() {
        base.filter(AsciiFoldingFilter).filter(stem).build()
    } else {
        let stop = StopWordFilter::remove(stop_words.iter().map(|w| w.to_string()));
        base.filter(stop).filter(AsciiFoldingFilter).filter(stem).build()
    }
}

/// A Snowball stemmer that first looks the word up in a list of known misses.
#[derive(Clone)]
struct StemFilter {
    algorithm: Algorithm,
    overrides: Arc<HashMap<String, String>>,
}

impl TokenFilter for StemFilter {
    type Tokenizer<T: Tokenizer> = StemTokenizer<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> StemTokenizer<T> {
        StemTokenizer { filter: self, inner }
    }
}

#[derive(Clone)]
struct StemTokenizer<T> {
    filter: StemFilter,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StemTokenizer<T> {
    type TokenStream<'a> = StemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemStream {
            stemmer: frostem::Stemmer::new(self.filter.algorithm),
            overrides: &self.filter.overrides,
            tail: self.inner.token_stream(text),
        }
    }
}

struct StemStream<'a, T> {
    stemmer: frostem::Stemmer,
    overrides: &'a HashMap<String, String>,
    tail: T,
}

impl<T: TokenStream> TokenStream for StemStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let stem = match self.overrides.get(&token.text) {
            Some(s) => s.clone(),
            None => self.stemmer.stem(&token.text).into_owned(),
        };
        token.text = stem;
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Lower-cases and folds accents of a whole string, keeping its punctuation.
pub(crate) fn fold(s: &str) -> String {
    let mut a = TextAnalyzer::builder(RawTokenizer::default()).filter(LowerCaser).filter(AsciiFoldingFilter).build();
    let mut out = String::new();
    let mut stream = a.token_stream(s);
    while let Some(t) = stream.next() {
        out.push_str(&t.text);
    }
    out
}

/// The words of a Markdown text without its markup, for indexing and snippets.
pub fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for ev in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell | TagEnd::TableRow,
            ) if !out.ends_with(char::is_whitespace) => {
                out.push(if out.ends_with(['.', ':', '?', '!']) { ' ' } else { '\n' });
            }
            _ => {}
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lang: ContentLang, s: &str) -> Vec<String> {
        let overrides = BTreeMap::from([("ups".to_string(), "up".to_string())]);
        let mut a = analyzer(lang, &overrides);
        let mut st = a.token_stream(s);
        let mut out = vec![];
        while let Some(t) = st.next() {
            out.push(t.text.clone());
        }
        out
    }

    #[test]
    fn dutch_words_meet_their_inflections() {
        assert_eq!(tokens(ContentLang::Nl, "wachtwoorden"), tokens(ContentLang::Nl, "wachtwoord"));
        assert_eq!(tokens(ContentLang::Nl, "de back-ups"), tokens(ContentLang::Nl, "back-up"));
        assert_eq!(tokens(ContentLang::En, "restoring backups"), tokens(ContentLang::En, "restore backup"));
        assert_eq!(tokens(ContentLang::Fr, "sauvegardes"), tokens(ContentLang::Fr, "sauvegarde"));
        assert!(tokens(ContentLang::Nl, "de het een").is_empty());
        assert_eq!(tokens(ContentLang::Nl, "continuïteit"), tokens(ContentLang::Nl, "continuiteit"));
    }

    #[test]
    fn markdown_loses_its_markup() {
        let t = markdown_to_text(
            "## Kop\n\nEen **vet** woord en `code`.\n\n- een\n- twee\n\n| a | b |\n|---|---|\n| c | d |\n",
        );
        assert!(t.starts_with("Kop\nEen vet woord en code."), "{t}");
        assert!(!t.contains('*') && !t.contains('|') && !t.contains('#'), "{t}");
        assert!(t.contains("een\ntwee"), "{t}");
        assert!(t.contains("a\nb\nc\nd"), "{t}");
    }

    #[test]
    fn fold_keeps_punctuation() {
        assert_eq!(fold("Back-Ups Één"), "back-ups een");
    }
}
