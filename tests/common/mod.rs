//! Helpers shared by the integration tests.

use serde_json::Value;

/// Checks that every object in `value` that has `start`, `end` and `text` slices `input` (in
/// code points) to exactly its text. Returns how many objects were checked.
#[track_caller]
pub fn check_offsets(input: &str, value: &Value) -> usize {
    let chars: Vec<char> = input.chars().collect();
    let mut checked = 0;
    walk(value, &mut |obj| {
        if let (Some(s), Some(e), Some(t)) = (
            obj.get("start").and_then(Value::as_u64),
            obj.get("end").and_then(Value::as_u64),
            obj.get("text").and_then(Value::as_str),
        ) {
            let (s, e) = (s as usize, e as usize);
            assert!(s <= e && e <= chars.len(), "offsets {s}..{e} out of range");
            let sliced: String = chars[s..e].iter().collect();
            assert_eq!(sliced, t, "input[{s}:{e}] differs from text");
            checked += 1;
        }
    });
    checked
}

fn walk(value: &Value, f: &mut impl FnMut(&serde_json::Map<String, Value>)) {
    match value {
        Value::Object(map) => {
            f(map);
            map.values().for_each(|v| walk(v, f));
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, f)),
        _ => {}
    }
}
