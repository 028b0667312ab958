//! Generated framework files for tests and benchmarks: the CISO Assistant format with
//! as many requirements as asked, texts of realistic length, three levels.

use std::fmt::Write;

/// A library with `functions` × `categories` categories of `per_category` requirements.
pub fn ciso_yaml(functions: usize, categories: usize, per_category: usize, version: u32) -> String {
    let mut s = String::with_capacity(functions * categories * per_category * 3600);
    let _ = write!(
        s,
        "urn: urn:test:risk:library:generated\nlocale: en\nref_id: GEN\nname: Generated library\n\
         description: A generated framework for tests and benchmarks.\ncopyright: Written for Weerbaar's tests.\n\
         version: {version}\nprovider: Weerbaar tests\ntranslations:\n  nl:\n    name: Gegenereerde bibliotheek\n\
         objects:\n  framework:\n    urn: urn:test:risk:framework:generated\n    ref_id: GEN\n    name: Generated framework\n\
         \x20   min_score: 1\n    max_score: 5\n    scores_definition:\n"
    );
    for i in 1..=5 {
        let _ = write!(s, "    - score: {i}\n      name: Level {i}\n      description: Maturity level {i}.\n");
    }
    s.push_str("    implementation_groups_definition:\n");
    for g in ["B", "I", "E"] {
        let _ = write!(s, "    - ref_id: {g}\n      name: Group {g}\n");
    }
    s.push_str("    requirement_nodes:\n");
    let filler = "The organisation documents, approves and reviews this measure every year, assigns an owner, \
                  keeps evidence of its operation and reports deviations to management. ";
    for f in 0..functions {
        let fu = format!("urn:test:risk:req_node:generated:f{f}");
        let _ = write!(
            s,
            "    - urn: {fu}\n      assessable: false\n      depth: 1\n      ref_id: F{f}\n      name: Function {f}\n"
        );
        for c in 0..categories {
            let cu = format!("{fu}.c{c}");
            let _ = write!(
                s,
                "    - urn: {cu}\n      assessable: false\n      depth: 2\n      parent_urn: {fu}\n      ref_id: F{f}.C{c}\n      name: Category {f}.{c}\n"
            );
            for r in 0..per_category {
                let groups = match r % 3 {
                    0 => "[B, I, E]",
                    1 => "[I, E]",
                    _ => "[E]",
                };
                let _ = write!(
                    s,
                    "    - urn: {cu}-{r}\n      assessable: true\n      depth: 3\n      parent_urn: {cu}\n      ref_id: F{f}.C{c}-{r:02}\n\
                     \x20     description: \"{}\"\n      annotation: \"{}\"\n      typical_evidence: Policy, records, screenshots.\n\
                     \x20     implementation_groups: {groups}\n      translations:\n        fr:\n          description: Mesure {f}.{c}.{r}.\n",
                    filler.repeat(8).trim(),
                    filler.repeat(6).trim(),
                );
            }
        }
    }
    s
}
