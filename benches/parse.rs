//! Criterion benchmarks: parsing and the whole analysis over a short, a medium and a long
//! article (the fixtures, and the long one built by repeating them), and a text of one
//! paragraph holding thousands of quotes (what a walk over the whole paragraph per pronoun
//! or per quote mark would make quadratic).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lede::input::Encoding;
use lede::text::Document;
use std::hint::black_box;

fn articles() -> Vec<(&'static str, String)> {
    let seed = include_str!("../fixtures/seed.txt").to_string();
    let medium = include_str!("../fixtures/wrapped.txt").to_string();
    let long = [seed.as_str(), medium.as_str()].repeat(40).join("\n\n");
    let one_paragraph = (0..3000)
        .map(|i| format!("“We are fine,” said Jane Roe{i} of Acme. “It “works”,” she said."))
        .collect::<Vec<_>>()
        .join(" ");
    vec![
        ("seed", seed),
        ("wrapped", medium),
        ("long", long),
        ("one_paragraph", one_paragraph),
    ]
}

fn bench(c: &mut Criterion) {
    for (name, text) in articles() {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("parse", |b| {
            b.iter(|| Document::parse(black_box(text.as_str())))
        });
        let doc = Document::parse(text.as_str());
        group.bench_function("figures", |b| {
            b.iter(|| lede::extract::figures(black_box(&doc)))
        });
        group.bench_function("analyze", |b| {
            b.iter(|| lede::analyze("bench", Encoding::Utf8, black_box(text.clone())))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
