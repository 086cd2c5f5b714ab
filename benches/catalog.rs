//! Benchmarks of catalogue loading, search and drawing.

fn main() {}
