//! Cargo features: a model that a feature compiled before and does not now is gone for the
//! users who build with that feature alone, even though the default build still has it.

use std::collections::{BTreeMap, BTreeSet};

use super::{At, Changes, Cx, Kind, Level, Side};
use crate::features::{Features, Gate};
use crate::ir::Model;

pub(super) fn compare(cx: &Cx<'_>, out: &mut Changes) {
    let old = gates(cx.old);
    let new = gates(cx.new);
    for (name, (_, before)) in &old {
        let Some((source, after)) = new.get(name) else {
            continue;
        };
        let at = at(source, name);
        match (before, after) {
            // In every build now: nothing is lost for anyone.
            (_, None) => {}
            (None, Some(after)) => {
                let by = if after.is_empty() {
                    String::new()
                } else {
                    format!(" or {}", list(after))
                };
                let message = format!(
                    "`{name}` is no longer in every build: only `all-models`{by} compiles it"
                );
                out.push(Kind::FeatureGateNarrowed, Level::Major, &at, message);
            }
            (Some(before), Some(after)) => {
                let lost: BTreeSet<String> = before.difference(after).cloned().collect();
                let gained: BTreeSet<String> = after.difference(before).cloned().collect();
                if !lost.is_empty() {
                    let message = format!(
                        "`{name}` is no longer compiled by {}: a build with only those features \
                         loses it",
                        list(&lost)
                    );
                    out.push(Kind::FeatureGateNarrowed, Level::Major, &at, message);
                }
                if !gained.is_empty() {
                    let message = format!("`{name}` is also compiled by {}", list(&gained));
                    out.push(Kind::FeatureGateWidened, Level::Minor, &at, message);
                }
            }
        }
    }
}

/// Per model name: its pointer, and the API features that compile it (`None`: every build).
fn gates(model: &Model) -> BTreeMap<&str, (&str, Option<BTreeSet<String>>)> {
    let features = Features::new(model, true);
    model
        .types
        .iter()
        .enumerate()
        .map(|(id, t)| {
            let gate = match features.gate(id) {
                Gate::Apis(apis) if features.enabled() => Some(
                    features
                        .names(apis)
                        .into_iter()
                        .map(str::to_string)
                        .collect(),
                ),
                _ => None,
            };
            (t.name.as_str(), (t.source.as_str(), gate))
        })
        .collect()
}

fn at(source: &str, name: &str) -> At {
    At {
        pointer: source.to_string(),
        document: Side::New,
        operation: None,
        schema: Some(name.to_string()),
        rust: format!("models::{name}"),
    }
}

/// "feature `a`", "features `a`, `b`".
fn list(features: &BTreeSet<String>) -> String {
    let names: Vec<String> = features.iter().map(|f| format!("`{f}`")).collect();
    match names.len() {
        1 => format!("feature {}", names[0]),
        _ => format!("features {}", names.join(", ")),
    }
}
