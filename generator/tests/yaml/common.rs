//! Differential helpers shared by the test files: every accepted input is checked
//! against `serde_yaml::from_str::<serde_json::Value>`.

use serde_json::Value;
use togai_codegen::yaml_fast_path as yaml;

/// What the fast parser did with an input (after the contract was checked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Accepted,
    Declined,
}

/// Runs the fast parser and, when it accepts, asserts the contract: serde_yaml
/// succeeds with an identical value, identical key order and identical number
/// representation. Panics with both values on a violation.
pub fn check(text: &str) -> Outcome {
    let Some(fast) = yaml::parse(text) else {
        return Outcome::Declined;
    };
    let slow: Result<Value, _> = serde_yaml::from_str(text);
    match slow {
        Ok(slow) => {
            if let Some(path) = first_difference(&fast, &slow, String::new()) {
                panic!(
                    "value mismatch at {path}\n--- input ---\n{text}\n--- fast ---\n{fast}\n--- serde_yaml ---\n{slow}"
                );
            }
            assert!(fast == slow, "== disagrees for input:\n{text}");
            assert_eq!(fast.to_string(), slow.to_string(), "to_string disagrees for input:\n{text}");
            Outcome::Accepted
        }
        Err(err) => panic!("fast parser accepted what serde_yaml rejects ({err})\n--- input ---\n{text}\n--- fast ---\n{fast}"),
    }
}

/// Like `check`, and also reports whether serde_yaml itself accepts the text.
pub fn check_with_reference(text: &str) -> (Outcome, bool) {
    let outcome = check(text);
    let reference_ok = outcome == Outcome::Accepted || serde_yaml::from_str::<Value>(text).is_ok();
    (outcome, reference_ok)
}

/// Finds the first place where two values differ, comparing key order and the
/// exact number variant (u64 / i64 / f64 bits), not just `==`.
pub fn first_difference(a: &Value, b: &Value, path: String) -> Option<String> {
    match (a, b) {
        (Value::Null, Value::Null) => None,
        (Value::Bool(x), Value::Bool(y)) if x == y => None,
        (Value::String(x), Value::String(y)) if x == y => None,
        (Value::Number(x), Value::Number(y)) => {
            let same = (x.as_u64().is_some() && x.as_u64() == y.as_u64())
                || (x.is_i64() && y.is_i64() && x.as_i64() == y.as_i64())
                || (x.is_f64()
                    && y.is_f64()
                    && x.as_f64().map(f64::to_bits) == y.as_f64().map(f64::to_bits));
            (!same || x.to_string() != y.to_string()).then(|| format!("{path} ({x} vs {y})"))
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Some(format!("{path} (array lengths {} vs {})", x.len(), y.len()));
            }
            x.iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (p, q))| first_difference(p, q, format!("{path}[{i}]")))
        }
        (Value::Object(x), Value::Object(y)) => {
            let kx: Vec<_> = x.keys().collect();
            let ky: Vec<_> = y.keys().collect();
            if kx != ky {
                return Some(format!("{path} (keys {kx:?} vs {ky:?})"));
            }
            x.iter()
                .zip(y)
                .find_map(|((k, p), (_, q))| first_difference(p, q, format!("{path}.{k}")))
        }
        _ => Some(format!("{path} ({a} vs {b})")),
    }
}

/// SplitMix64: a tiny deterministic generator, so failures reproduce exactly.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Reads a numeric setting from the environment (case counts, seeds).
pub fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Turns every LF into CR LF in about one case out of eight, so that the random
/// tests also cover Windows line breaks.
pub fn with_crlf_sometimes(rng: &mut Rng, text: String) -> String {
    if rng.below(8) == 0 {
        text.replace('\n', "\r\n")
    } else {
        text
    }
}
