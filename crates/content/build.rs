// The content is embedded with include_dir, which does not notice files that are added:
// tell cargo to rebuild when anything under content/ changes.
fn main() {
    println!("cargo:rerun-if-changed=../../content");
}
