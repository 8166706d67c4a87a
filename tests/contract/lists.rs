//! The data files of the contract test, in `tests/contract/`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::inputs::Override;

/// Operations whose success response cannot decode because Prism answers with a document
/// example that contradicts the document's schema: `operationId<TAB>reason`.
pub const ALLOW_LIST: &str = "allow-list.txt";
/// Operations that fail because of a defect of the generated client, until it is fixed:
/// `operationId<TAB>reason`.
pub const KNOWN_CLIENT_DEFECTS: &str = "known-client-defects.txt";
/// Per-operation inputs that differ from the document's examples.
pub const OVERRIDES: &str = "overrides.yaml";

pub fn dir() -> PathBuf {
    workspace_tests::root().join("tests/contract")
}

/// `operationId<TAB>reason` lines; `#` comments and blank lines are skipped.
pub fn read_list(name: &str) -> Result<BTreeMap<String, String>, String> {
    let path = dir().join(name);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut list = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, reason) = line
            .split_once('\t')
            .filter(|(id, reason)| !id.is_empty() && !id.contains(' ') && !reason.trim().is_empty())
            .ok_or_else(|| {
                format!(
                    "{name}:{}: expected `operationId<TAB>reason`, got {line:?}",
                    i + 1
                )
            })?;
        if list
            .insert(id.to_owned(), reason.trim().to_owned())
            .is_some()
        {
            return Err(format!("{name}:{}: {id} is listed twice", i + 1));
        }
    }
    Ok(list)
}

pub fn read_overrides() -> Result<BTreeMap<String, Override>, String> {
    let path = dir().join(OVERRIDES);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let overrides: Option<BTreeMap<String, Override>> =
        serde_yaml::from_str(&text).map_err(|e| format!("{OVERRIDES}: {e}"))?;
    Ok(overrides.unwrap_or_default())
}
