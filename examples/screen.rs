//! Prints the browser's screen as plain text, drawn by the real drawing code
//! into an off-screen buffer. The README's picture comes from here:
//!
//! ```sh
//! cargo run --example screen -- 100 22 en "/gatway\n"
//! ```
//!
//! Arguments: width, height, language, then keys to press, typed character
//! by character (`\n` is Enter; `/` starts a search as in the browser).

use httpdex::testing;
use httpdex_catalog::lang::Lang;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number =
        |i: usize, default: u16| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let size = (number(0, 100), number(1, 30));
    let lang = args.get(2).and_then(|a| Lang::parse(a)).unwrap_or(Lang::En);
    let keys = args
        .get(3)
        .map(|keys| keys.replace("\\n", "\n"))
        .unwrap_or_default();
    for row in testing::screenshot(lang, size, &keys) {
        println!("{row}");
    }
}
