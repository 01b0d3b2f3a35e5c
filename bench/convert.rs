//! Native benchmark of the model: JSON text -> checked article, for every real record.
//! Run by bench/run.mjs (`cargo bench --bench convert`); prints one JSON line per record.

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use news_card::model::{convert, HttpUrl, Value};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/articles");
    let base = HttpUrl::parse("https://news.example/articles/a.json", None).expect("valid base");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("static/articles")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable");
        let rounds = 2_000u32;
        let mut samples = Vec::new();
        for _ in 0..7 {
            let start = Instant::now();
            for _ in 0..rounds {
                let value = Value::from_deserializer(&mut serde_json::Deserializer::from_str(
                    black_box(&text),
                ))
                .expect("JSON");
                black_box(convert::article(&value, Some(&base)).expect("article"));
            }
            samples.push(start.elapsed().as_nanos() as f64 / f64::from(rounds));
        }
        samples.sort_by(f64::total_cmp);
        let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        println!(
            "{{\"record\":\"{name}\",\"bytes\":{},\"median_ns\":{:.0}}}",
            text.len(),
            samples[samples.len() / 2]
        );
    }
}
