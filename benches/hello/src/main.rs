//! Prints one line and exits: the start-up floor of a Rust binary.

fn main() {
    println!("hello, world");
}
