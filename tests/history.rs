//! The change report over the published Togai versions
//! (`../shared/togai-openapi/history/*.yaml` in date order, then the pinned
//! document): every consecutive pair gets a report, checked against what the
//! two documents say, counted here from the raw YAML, not from the
//! generator's model.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_yaml::Value;
use togai_codegen::diff::{Kind, Level, Report, Side};
use workspace_tests::project;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn versions() -> Vec<PathBuf> {
    let pinned = project()
        .require_document()
        .expect("the pinned document (run `togai-codegen fetch`)");
    let history = project().document_path().parent().unwrap().join("history");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&history)
        .unwrap_or_else(|e| panic!("{}: {e}", history.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    // Named by date (YYYY-MM-DD): the names sort in date order.
    out.sort();
    assert!(
        out.len() >= 7,
        "the published versions in {}",
        history.display()
    );
    out.push(pinned);
    out
}

/// A JSON pointer in the report's form.
fn pointer(tokens: &[&str]) -> String {
    let mut out = String::from("#");
    for t in tokens {
        out.push('/');
        out.push_str(&t.replace('~', "~0").replace('/', "~1"));
    }
    out
}

/// What a document says, read as plain YAML.
struct Raw {
    /// (pointer, method + path, operationId)
    ops: Vec<(String, (String, String), Option<String>)>,
    schemas: BTreeSet<String>,
    /// Component schemas that are string enums: their values.
    enums: BTreeMap<String, BTreeSet<String>>,
}

fn key(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other).unwrap().trim().to_string(),
    }
}

fn raw(path: &Path) -> Raw {
    let doc: Value = serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut ops = Vec::new();
    for (p, item) in doc["paths"].as_mapping().unwrap() {
        let p = key(p);
        for (m, op) in item.as_mapping().unwrap() {
            let m = key(m);
            if METHODS.contains(&m.as_str()) {
                let id = op["operationId"].as_str().map(str::to_owned);
                ops.push((pointer(&["paths", &p, &m]), (m.clone(), p.clone()), id));
            }
        }
    }
    let mut schemas = BTreeSet::new();
    let mut enums = BTreeMap::new();
    if let Some(map) = doc["components"]["schemas"].as_mapping() {
        for (name, schema) in map {
            let name = key(name);
            if let (Some("string"), Some(values)) =
                (schema["type"].as_str(), schema["enum"].as_sequence())
            {
                enums.insert(name.clone(), values.iter().map(key).collect());
            }
            schemas.insert(name);
        }
    }
    Raw {
        ops,
        schemas,
        enums,
    }
}

/// Operations removed from `old` and added in `new`, by pointer: an operation is the same
/// when its method and path are, or, for one whose route is new, when its operationId is.
fn expected_ops(old: &Raw, new: &Raw) -> (BTreeSet<String>, BTreeSet<String>) {
    let routes =
        |r: &Raw| -> BTreeSet<(String, String)> { r.ops.iter().map(|o| o.1.clone()).collect() };
    let (old_routes, new_routes) = (routes(old), routes(new));
    let moved_ids = |from: &Raw, other: &BTreeSet<(String, String)>| -> BTreeSet<String> {
        (from.ops.iter())
            .filter(|o| !other.contains(&o.1))
            .filter_map(|o| o.2.clone())
            .collect()
    };
    let (old_moved, new_moved) = (moved_ids(old, &new_routes), moved_ids(new, &old_routes));
    let removed = (old.ops.iter())
        .filter(|o| !new_routes.contains(&o.1))
        .filter(|o| o.2.as_ref().is_none_or(|id| !new_moved.contains(id)))
        .map(|o| o.0.clone())
        .collect();
    let added = (new.ops.iter())
        .filter(|o| !old_routes.contains(&o.1))
        .filter(|o| o.2.as_ref().is_none_or(|id| !old_moved.contains(id)))
        .map(|o| o.0.clone())
        .collect();
    (removed, added)
}

fn pointers(r: &Report, kind: Kind, side: Side) -> BTreeSet<String> {
    (r.changes.iter())
        .filter(|c| c.kind == kind)
        .inspect(|c| assert_eq!(c.document, side, "{c:?}"))
        .map(|c| c.pointer.clone())
        .collect()
}

#[test]
fn every_consecutive_togai_version_gets_the_report_its_documents_call_for() {
    let versions = versions();
    let mut summary = Vec::new();
    for pair in versions.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let name = format!(
            "{} -> {}",
            a.file_name().unwrap().to_string_lossy(),
            b.file_name().unwrap().to_string_lossy()
        );
        let report = togai_codegen::diff::compare_files(a, b).unwrap();
        let (old, new) = (raw(a), raw(b));

        // Operations added and removed, as the documents' paths and methods say.
        let (removed, added) = expected_ops(&old, &new);
        assert_eq!(
            pointers(&report, Kind::OperationRemoved, Side::Old),
            removed,
            "{name}"
        );
        assert_eq!(
            pointers(&report, Kind::OperationAdded, Side::New),
            added,
            "{name}"
        );

        // Component schemas removed and added, each named at its own pointer, except a
        // component whose Rust type the other version has from an inline schema of the same
        // name (the API users see did not change).
        let (old_model, new_model) = (
            togai_codegen::model(a).unwrap(),
            togai_codegen::model(b).unwrap(),
        );
        let rust_name = |m: &togai_codegen::ir::Model, at: &str| {
            m.types
                .iter()
                .find(|t| t.source == at)
                .map(|t| t.name.clone())
        };
        let has_type =
            |m: &togai_codegen::ir::Model, name: &str| m.types.iter().any(|t| t.name == name);
        let schema_pointer = |n: &String| pointer(&["components", "schemas", n]);
        let gone: BTreeSet<String> = (old.schemas.difference(&new.schemas))
            .map(schema_pointer)
            .filter(|at| !rust_name(&old_model, at).is_some_and(|n| has_type(&new_model, &n)))
            .collect();
        let came: BTreeSet<String> = (new.schemas.difference(&old.schemas))
            .map(schema_pointer)
            .filter(|at| !rust_name(&new_model, at).is_some_and(|n| has_type(&old_model, &n)))
            .collect();
        let reported_gone = pointers(&report, Kind::SchemaRemoved, Side::Old);
        assert!(
            gone.is_subset(&reported_gone),
            "{name}: schemas removed {:?}",
            gone.difference(&reported_gone).collect::<Vec<_>>()
        );
        let reported_came = pointers(&report, Kind::SchemaAdded, Side::New);
        assert!(
            came.is_subset(&reported_came),
            "{name}: schemas added {:?}",
            came.difference(&reported_came).collect::<Vec<_>>()
        );

        let ops =
            |m: &togai_codegen::ir::Model| m.apis.iter().map(|a| a.operations.len()).sum::<usize>();
        assert_eq!(
            ops(&new_model),
            new.ops.len(),
            "{name}: every operation is in the model"
        );

        // Values of enums that stayed enums.
        for (schema, values) in &old.enums {
            let Some(now) = new.enums.get(schema) else {
                continue;
            };
            let at = pointer(&["components", "schemas", schema, "enum"]);
            let count = |kind: Kind| {
                report
                    .changes
                    .iter()
                    .filter(|c| c.kind == kind && c.pointer == at)
                    .count()
            };
            assert_eq!(
                count(Kind::EnumValueAdded),
                now.difference(values).count(),
                "{name}: {schema}"
            );
            assert_eq!(
                count(Kind::EnumValueRemoved),
                values.difference(now).count(),
                "{name}: {schema}"
            );
        }

        // What removes something is breaking, and the level is the highest change's.
        if !removed.is_empty() || !gone.is_empty() {
            assert_eq!(report.semver, Level::Major, "{name}");
        }
        assert_eq!(report.breaking(), report.semver == Level::Major, "{name}");
        assert!(report
            .changes
            .iter()
            .all(|c| c.breaking == (c.level == Level::Major)));
        assert!(
            report.changes.iter().all(|c| c.pointer.starts_with("#/")),
            "{name}"
        );
        // The same documents, the same report.
        assert_eq!(
            togai_codegen::diff::compare_files(a, b).unwrap(),
            report,
            "{name}"
        );
        summary.push(format!(
            "{name}: {} ({} operations added, {} removed)",
            report.semver,
            added.len(),
            removed.len()
        ));
    }
    assert_eq!(summary.len(), versions.len() - 1);
    eprintln!("{}", summary.join("\n"));
}
