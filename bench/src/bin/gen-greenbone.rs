//! A generated Greenbone/OpenVAS XML report for the import benchmark:
//! `gen-greenbone N [later]` writes N results (NVT × host × port, realistic sizes) to
//! stdout. With `later`, the same scan a month on: the first tenth fixed (left out) and
//! as many new results added, so a re-import has new, unchanged and not-seen results.

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let later = args.next().as_deref() == Some("later");
    let out = std::io::stdout();
    let mut w = BufWriter::new(out.lock());
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<report id="bench" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">"#
    )?;
    writeln!(w, r#"  <report id="bench"><scan_run_status>Done</scan_run_status><results start="1" max="{n}">"#)?;
    let (from, to) = if later { (n / 10, n + n / 10) } else { (0, n) };
    let severities = [
        ("9.8", "High", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
        ("7.5", "High", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"),
        ("5.3", "Medium", ""),
        ("4.3", "Medium", ""),
        ("2.6", "Low", ""),
        ("0.0", "Log", ""),
    ];
    for i in from..to {
        let nvt = i % 400;
        let host = i / 400;
        let port = [22, 80, 443, 445, 3389, 8080][i % 6];
        let (score, threat, vector) = severities[i % severities.len()];
        writeln!(w, r#"    <result id="r-{i}">"#)?;
        writeln!(w, "      <name>Generated check {nvt}: outdated service detected on port {port}</name>")?;
        writeln!(
            w,
            "      <host>10.{}.{}.{}<hostname>host-{host}.bench.test</hostname></host>",
            host / 65536 % 256,
            host / 256 % 256,
            host % 256
        )?;
        writeln!(w, "      <port>{port}/tcp</port>")?;
        writeln!(
            w,
            r#"      <nvt oid="1.3.6.1.4.1.25623.1.0.{}"><type>nvt</type><name>Generated check {nvt}</name><family>Bench</family><cvss_base>{score}</cvss_base>"#,
            100_000 + nvt
        )?;
        if !vector.is_empty() {
            writeln!(
                w,
                r#"        <severities score="{score}"><severity type="cvss_base_v3"><score>{score}</score><value>{vector}</value></severity></severities>"#
            )?;
        }
        writeln!(
            w,
            "        <tags>summary=The remote service runs a version with known weaknesses (check {nvt}).|insight=Versions before the fixed release allow an attacker to read or change data.|solution=Update to the latest release of the vendor.|solution_type=VendorFix</tags>"
        )?;
        writeln!(w, r#"        <solution type="VendorFix">Update to the latest release of the vendor.</solution>"#)?;
        writeln!(
            w,
            r#"        <refs><ref type="cve" id="CVE-2024-{:05}"/><ref type="url" id="https://vendor.bench.test/advisory/{nvt}"/></refs>"#,
            10_000 + nvt
        )?;
        writeln!(w, "      </nvt>")?;
        writeln!(w, "      <threat>{threat}</threat><severity>{score}</severity><qod><value>80</value></qod>")?;
        writeln!(
            w,
            "      <description>Installed version: 1.{nvt}.0\nFixed version: 1.{}.0\nDetected at port {port}/tcp of host-{host}.</description>",
            nvt + 1
        )?;
        writeln!(w, "    </result>")?;
    }
    writeln!(w, "  </results></report>\n</report>")?;
    Ok(())
}
