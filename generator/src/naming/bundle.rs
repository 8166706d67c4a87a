//! Names that bundling gives the components it imports into a document
//! (`load/bundle.rs`). They are document names: the rules of the other
//! modules make Rust names of them later.

use std::path::Path;

/// The component name for a location of the root document: the last
/// property or component named on the way, else the operation and status,
/// with `Item` for each array level after it.
pub fn bundled_pointer_name(fragment: &str) -> String {
    let tokens: Vec<String> = fragment
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut name: Vec<String> = Vec::new();
    let mut suffix = String::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].as_str();
        let next = tokens.get(i + 1).cloned();
        match t {
            "properties" | "schemas" | "parameters" | "requestBodies" | "headers"
                if next.is_some() && (t == "properties" || i == 1) =>
            {
                name = vec![next.unwrap_or_default()];
                suffix.clear();
                i += 2;
                continue;
            }
            "paths" if i == 0 => {
                if let Some(path) = next {
                    name = vec![path];
                    suffix.clear();
                }
                i += 2;
                continue;
            }
            "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace"
                if i == 2 && tokens[0] == "paths" =>
            {
                name.push(t.to_string());
            }
            "responses" if next.is_some() => {
                name.push(next.unwrap_or_default());
                name.push("response".into());
                i += 2;
                continue;
            }
            "requestBody" => name.push("request".into()),
            "items" => suffix.push_str(" item"),
            "additionalProperties" => suffix.push_str(" value"),
            _ => {}
        }
        i += 1;
    }
    let words = format!("{}{suffix}", name.join(" "));
    if words.trim().is_empty() {
        "Imported".into()
    } else {
        words.trim().to_string()
    }
}

/// The component name for an import: the fragment's last token, else the file stem.
pub fn bundled_import_name(file: &Path, fragment: &str) -> String {
    fragment
        .rsplit('/')
        .next()
        .filter(|t| !t.is_empty())
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .unwrap_or_else(|| {
            file.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Imported".into())
        })
}

/// A component name for a bundled import not yet `taken`: `base`, else
/// `base2`, `base3`, … (no separator: the name is a document name, made a Rust
/// name later).
pub fn bundled_unique_name(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut name = base.to_string();
    let mut i = 2;
    while taken(&name) {
        name = format!("{base}{i}");
        i += 1;
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_bundled_pointer_name() {
        for (fragment, expected) in [
            ("/components/schemas/Disk/properties/filesystem", "filesystem"),
            (
                "/paths/~1orders/get/responses/404/content/application~1json/schema",
                "/orders get 404 response",
            ),
            (
                "/paths/~1m/get/responses/200/content/application~1json/schema/properties/actions/items/properties/damage/items",
                "damage item",
            ),
            ("/paths/~1pets/post/requestBody/content/application~1json/schema", "/pets post request"),
            ("/components/schemas/Pet/additionalProperties", "Pet value"),
            ("/components/schemas/Pet/items/items", "Pet item item"),
            ("/components/parameters/limit/schema", "limit"),
            ("/components/schemas/a~0b", "a~b"),
            ("/info", "Imported"),
            ("", "Imported"),
        ] {
            assert_eq!(bundled_pointer_name(fragment), expected, "{fragment}");
        }
    }

    #[test]
    fn test_bundled_import_name() {
        for (file, fragment, expected) in [
            ("pet.yaml", "/components/schemas/Pet", "Pet"),
            ("pet.yaml", "", "pet"),
            ("dir/common.schemas.yaml", "", "common.schemas"),
            ("pet.yaml", "/definitions/a~1b", "a/b"),
            ("pet.yaml", "/components/schemas/", "pet"),
        ] {
            assert_eq!(
                bundled_import_name(Path::new(file), fragment),
                expected,
                "{file}#{fragment}"
            );
        }
    }

    #[test]
    fn test_bundled_unique_name() {
        for (taken, expected) in [
            (&[][..], "Pet"),
            (&["Pet"][..], "Pet2"),
            (&["Pet", "Pet2"][..], "Pet3"),
            (&["Pet2"][..], "Pet"),
        ] {
            assert_eq!(
                bundled_unique_name("Pet", |n| taken.contains(&n)),
                expected,
                "{taken:?}"
            );
        }
    }
}
