//! The README shows the real program: its picture of the browser is what the
//! command beside it prints today.

use httpdex::testing;
use httpdex_catalog::lang::Lang;

#[test]
fn readme_screen_matches_what_the_browser_draws() {
    let readme = include_str!("../../README.md");
    let marker = "<!-- screen: cargo run --example screen -- ";
    let start = readme.find(marker).expect("the README has a screen marker") + marker.len();
    let args_end = start + readme[start..].find(" -->").unwrap();
    let args = &readme[start..args_end];
    let block_start = args_end + readme[args_end..].find("```text\n").unwrap() + "```text\n".len();
    let block_end = block_start + readme[block_start..].find("```").unwrap();
    let shown: Vec<&str> = readme[block_start..block_end].lines().collect();

    // width height lang "keys"
    let mut parts = args.splitn(4, ' ');
    let mut number = || parts.next().unwrap().parse::<u16>().unwrap();
    let size = (number(), number());
    let lang = Lang::parse(parts.next().unwrap()).unwrap();
    let keys = parts
        .next()
        .unwrap_or("")
        .trim_matches('"')
        .replace("\\n", "\n");
    let fresh = testing::screenshot(lang, size, &keys);
    assert_eq!(
        shown, fresh,
        "regenerate the README picture with: cargo run --example screen -- {args}"
    );
}

#[test]
fn readme_example_is_what_the_command_prints() {
    let readme = include_str!("../../README.md");
    let marker = "```console\n$ httpdex 425\n";
    let start = readme.find(marker).expect("the README shows httpdex 425") + marker.len();
    let end = start + readme[start..].find("```").unwrap();
    let output = crate::util::httpdex()
        .arg("425")
        .env("COLUMNS", "96")
        .output()
        .expect("run httpdex");
    let fresh = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        &readme[start..end],
        fresh,
        "regenerate with: COLUMNS=96 httpdex 425"
    );
}
