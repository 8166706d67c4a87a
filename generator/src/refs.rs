//! Where a `$ref` is a reference.
//!
//! OpenAPI and JSON Schema put references in their objects only. Values under `example`,
//! `default`, `enum`, `const`, an example's `value`, a link's `parameters` and `requestBody`,
//! and `x-*` extensions are literal data: a `$ref` key there is data too, kept as written and
//! never followed. The keys of maps (`properties`, `paths`, `responses`, `content`, the maps of
//! `components`...) are names, not keywords: a property called `example` or `default` is a
//! schema, and a header called `x-rate-limit` a header.
//!
//! Every walk of the document's JSON that looks for `$ref`s (bundling, the check for local
//! pointers) goes through [`Role`].

use serde_json::Value;

/// What a JSON value is, as far as references are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An OpenAPI or JSON Schema object (or an array of them): its keys are keywords.
    Object,
    /// The `components` object: each of its keys is a map of named components.
    Components,
    /// A link object, whose `parameters` and `requestBody` are data.
    Link,
    /// A callback object (or a reference to one): a map of expressions to path items.
    Callback,
    /// A map whose keys are names; `extensions` when `x-*` keys are extensions there
    /// (`paths`, `responses`, a callback), not names.
    Names { extensions: bool, of: Entry },
    /// Literal data.
    Data,
}

/// What the entries of a map of names are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Object,
    Link,
    Callback,
}

/// Keywords whose value is data in any object.
const DATA_KEYWORDS: &[&str] = &["example", "default", "enum", "const", "value"];

/// Keywords whose value (when an object) is a map of names to objects.
const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "definitions",
    "$defs",
    "dependentSchemas",
    "content",
    "encoding",
    "headers",
    "variables",
    "schemas",
    "requestBodies",
    "securitySchemes",
    "parameters",
    "examples",
];

impl Role {
    /// The document itself.
    pub const ROOT: Role = Role::Object;

    /// Whether a `$ref` key of an object in this role is a reference.
    pub fn has_refs(self) -> bool {
        matches!(self, Role::Object | Role::Link | Role::Callback)
    }

    /// The role of `value`, found under `key` of an object in this role (the items of an
    /// array: [`Role::item`]).
    pub fn child(self, key: &str, value: &Value) -> Role {
        let extension = key.starts_with("x-");
        match self {
            Role::Data => Role::Data,
            Role::Names { extensions, of } => {
                if extensions && extension {
                    Role::Data
                } else {
                    match of {
                        Entry::Object => Role::Object,
                        Entry::Link => Role::Link,
                        Entry::Callback => Role::Callback,
                    }
                }
            }
            Role::Components => {
                let of = match key {
                    "links" => Entry::Link,
                    "callbacks" => Entry::Callback,
                    _ => Entry::Object,
                };
                if extension {
                    Role::Data
                } else {
                    Role::Names {
                        extensions: false,
                        of,
                    }
                }
            }
            Role::Callback if extension => Role::Data,
            Role::Callback => Role::Object,
            Role::Link if matches!(key, "parameters" | "requestBody") => Role::Data,
            Role::Object | Role::Link => {
                if extension || DATA_KEYWORDS.contains(&key) {
                    return Role::Data;
                }
                let names = |extensions, of| Role::Names { extensions, of };
                match (key, value) {
                    // JSON Schema's `examples` (an array) is data; OpenAPI's is a map.
                    ("examples", Value::Array(_)) => Role::Data,
                    ("components", _) => Role::Components,
                    ("paths" | "responses", Value::Object(_)) => names(true, Entry::Object),
                    ("links", Value::Object(_)) => names(false, Entry::Link),
                    ("callbacks", Value::Object(_)) => names(false, Entry::Callback),
                    (k, Value::Object(_)) if NAME_MAPS.contains(&k) => names(false, Entry::Object),
                    _ => Role::Object,
                }
            }
        }
    }

    /// The role of the items of an array in this role.
    pub fn item(self) -> Role {
        match self {
            Role::Data => Role::Data,
            _ => Role::Object,
        }
    }
}

/// Calls `found` with every `$ref` that is a reference under `value` (of `role`).
pub fn for_each_ref<'v>(value: &'v Value, role: Role, found: &mut impl FnMut(&'v str)) {
    match value {
        Value::Object(map) => {
            if role.has_refs() {
                if let Some(Value::String(r)) = map.get("$ref") {
                    found(r);
                }
            }
            for (k, v) in map {
                for_each_ref(v, role.child(k, v), found);
            }
        }
        Value::Array(items) => {
            for v in items {
                for_each_ref(v, role.item(), found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn refs(doc: &Value) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_ref(doc, Role::ROOT, &mut |r| out.push(r));
        out.sort();
        out
    }

    #[test]
    fn refs_in_data_are_not_references() {
        let doc = json!({
            "x-root": {"$ref": "ext-root.yaml"},
            "paths": {
                "x-paths": {"$ref": "ext-paths.yaml"},
                "/a": {"get": {
                    "parameters": [{"$ref": "#/components/parameters/P"},
                                   {"name": "q", "in": "query", "example": {"$ref": "ex-param.yaml"},
                                    "schema": {"type": "object", "default": {"$ref": "default.yaml"}}}],
                    "responses": {
                        "default": {"$ref": "#/components/responses/R"},
                        "x-responses": {"$ref": "ext-responses.yaml"},
                        "200": {"description": "d", "content": {"application/json": {
                            "schema": {"$ref": "#/components/schemas/S"},
                            "examples": {"one": {"value": {"$ref": "value.yaml"}},
                                         "two": {"$ref": "#/components/examples/E"}}
                        }},
                        "links": {"l": {"operationId": "x", "parameters": {"id": {"$ref": "link-param"}},
                                        "requestBody": {"$ref": "link-body"}}}}
                    }
                }}
            },
            "components": {
                "x-components": {"$ref": "ext-components.yaml"},
                "schemas": {
                    "S": {"type": "object", "properties": {
                        "example": {"$ref": "#/components/schemas/Named-example"},
                        "default": {"$ref": "#/components/schemas/Named-default"},
                        "x-prop": {"$ref": "#/components/schemas/Named-x"},
                        "e": {"enum": [{"$ref": "enum.yaml"}], "const": {"$ref": "const.yaml"},
                              "examples": [{"$ref": "schema-examples.yaml"}]}
                    }},
                    "x-named": {"$ref": "#/components/schemas/S"}
                },
                "headers": {"x-rate-limit": {"$ref": "#/components/headers/H"}},
                "examples": {"E": {"value": [{"nested": {"$ref": "data.yaml"}}]}}
            }
        });
        assert_eq!(
            refs(&doc),
            [
                "#/components/examples/E",
                "#/components/headers/H",
                "#/components/parameters/P",
                "#/components/responses/R",
                "#/components/schemas/Named-default",
                "#/components/schemas/Named-example",
                "#/components/schemas/Named-x",
                "#/components/schemas/S",
                "#/components/schemas/S",
            ]
        );
    }

    #[test]
    fn callbacks_map_expressions_to_path_items() {
        let doc = json!({"paths": {"/a": {"post": {"callbacks": {
            "onEvent": {
                "{$request.body#/url}": {"$ref": "#/components/pathItems/P"},
                "x-callback": {"$ref": "ext.yaml"}
            },
            "named": {"$ref": "#/components/callbacks/C"}
        }}}}});
        assert_eq!(
            refs(&doc),
            ["#/components/callbacks/C", "#/components/pathItems/P"]
        );
    }
}
