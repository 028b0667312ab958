//! A progress bar in a terminal, plain lines otherwise (logs, cron, CI).

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};
use weerbaar_store::backup::Progress;

pub struct Reporter {
    bar: Option<ProgressBar>,
    done: std::collections::HashSet<String>,
}

impl Reporter {
    pub fn new(verb: &str) -> Reporter {
        let bar = std::io::stderr().is_terminal().then(|| {
            let b = ProgressBar::new(0);
            b.set_style(
                ProgressStyle::with_template("{msg:>18} [{bar:30}] {pos}/{len} rows")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            b.set_message(verb.to_string());
            b
        });
        Reporter { bar, done: Default::default() }
    }

    pub fn update(&mut self, p: Progress<'_>) {
        match &self.bar {
            Some(b) => {
                b.set_length(p.rows_total);
                b.set_position(p.rows_done);
                b.set_message(p.table.to_string());
            }
            None => {
                if p.rows_done == p.rows_total && self.done.insert(p.table.to_string()) {
                    eprintln!("{}: {} rows", p.table, p.rows_total);
                }
            }
        }
    }

    pub fn finish(self) {
        if let Some(b) = self.bar {
            b.finish_and_clear();
        }
    }
}
