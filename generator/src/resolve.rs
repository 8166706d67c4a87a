//! Following local `$ref`s to the components they name.

use std::path::Path;

use indexmap::IndexMap;
use openapiv3::{Components, OpenAPI, ReferenceOr};

use crate::diagnostics::{Error, Pointer, Result};

/// Resolves `#/components/<kind>/<name>` references, following chains and
/// refusing cycles.
pub struct Resolver<'a> {
    pub api: &'a OpenAPI,
    pub file: &'a Path,
    empty: Components,
}

/// The component kinds a `$ref` can name, with their maps.
pub trait Component: Sized + 'static {
    const KIND: &'static str;
    fn map(c: &Components) -> &IndexMap<String, ReferenceOr<Self>>;
}

macro_rules! component {
    ($ty:ty, $kind:literal, $field:ident) => {
        impl Component for $ty {
            const KIND: &'static str = $kind;
            fn map(c: &Components) -> &IndexMap<String, ReferenceOr<Self>> {
                &c.$field
            }
        }
    };
}
component!(openapiv3::Parameter, "parameters", parameters);
component!(openapiv3::RequestBody, "requestBodies", request_bodies);
component!(openapiv3::Response, "responses", responses);
component!(openapiv3::Header, "headers", headers);
component!(openapiv3::Example, "examples", examples);
component!(openapiv3::Schema, "schemas", schemas);

impl<'a> Resolver<'a> {
    pub fn new(api: &'a OpenAPI, file: &'a Path) -> Self {
        Resolver {
            api,
            file,
            empty: Components::default(),
        }
    }

    fn components(&self) -> &Components {
        self.api.components.as_ref().unwrap_or(&self.empty)
    }

    /// The component name a `$ref` points at, checked to exist.
    pub fn ref_name<T: Component>(&self, reference: &str, at: &Pointer) -> Result<&'a str> {
        let prefix = format!("#/components/{}/", T::KIND);
        let Some(escaped) = reference.strip_prefix(&prefix) else {
            return Err(Error::doc(
                self.file,
                at,
                format!("unsupported $ref `{reference}`: expected a reference to `{prefix}<name>`"),
            ));
        };
        let name = escaped.replace("~1", "/").replace("~0", "~");
        match self
            .api
            .components
            .as_ref()
            .and_then(|c| T::map(c).get_key_value(&name))
        {
            Some((key, _)) => Ok(key.as_str()),
            None => Err(Error::doc(
                self.file,
                at,
                format!("unresolvable $ref `{reference}`: no such component"),
            )),
        }
    }

    /// Follows `r` to the item, returning it and the pointer where it lives.
    pub fn resolve<'r, T: Component>(
        &'r self,
        r: &'r ReferenceOr<T>,
        at: &Pointer,
    ) -> Result<(&'r T, Pointer)> {
        let mut current = r;
        let mut here = at.clone();
        let mut seen: Vec<&str> = Vec::new();
        loop {
            match current {
                ReferenceOr::Item(item) => return Ok((item, here)),
                ReferenceOr::Reference { reference } => {
                    if seen.contains(&reference.as_str()) {
                        return Err(Error::doc(
                            self.file,
                            at,
                            format!("$ref cycle: {} -> {reference}", seen.join(" -> ")),
                        ));
                    }
                    seen.push(reference);
                    let name = self.ref_name::<T>(reference, &here)?;
                    here = Pointer::root().push("components").push(T::KIND).push(name);
                    current = &T::map(self.components())[name];
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(yaml: &str) -> OpenAPI {
        let v = crate::load::parse_value(Path::new("t.yaml"), yaml).unwrap();
        crate::load::from_value(Path::new("t.yaml"), v).unwrap()
    }

    const DOC: &str = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  parameters:
    A: {$ref: "#/components/parameters/B"}
    B: {name: b, in: query, schema: {type: string}}
    C: {$ref: "#/components/parameters/D"}
    D: {$ref: "#/components/parameters/C"}
  schemas:
    "x/y": {type: string}
"##;

    #[test]
    fn follows_chains_to_the_item() {
        let api = doc(DOC);
        let r = Resolver::new(&api, Path::new("t.yaml"));
        let a = ReferenceOr::ref_("#/components/parameters/A");
        let (p, at) = r
            .resolve::<openapiv3::Parameter>(&a, &Pointer::root().push("paths"))
            .unwrap();
        assert_eq!(p.parameter_data_ref().name, "b");
        assert_eq!(at.to_string(), "#/components/parameters/B");
    }

    #[test]
    fn cycles_and_missing_targets_are_errors_with_pointers() {
        let api = doc(DOC);
        let r = Resolver::new(&api, Path::new("t.yaml"));
        let at = Pointer::root().push("paths").push("/a").push("get");
        let c = ReferenceOr::ref_("#/components/parameters/C");
        let e = r
            .resolve::<openapiv3::Parameter>(&c, &at)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("$ref cycle") && e.contains("#/paths/~1a/get"),
            "{e}"
        );
        let z = ReferenceOr::ref_("#/components/parameters/Z");
        let e = r
            .resolve::<openapiv3::Parameter>(&z, &at)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unresolvable $ref `#/components/parameters/Z`"),
            "{e}"
        );
    }

    #[test]
    fn a_ref_inside_an_example_value_is_data() {
        let api = doc(&format!(
            "{DOC}  examples:\n    E: {{value: {{$ref: '#/components/examples/E'}}}}\n"
        ));
        let r = Resolver::new(&api, Path::new("t.yaml"));
        let e = ReferenceOr::ref_("#/components/examples/E");
        let (example, at) = r
            .resolve::<openapiv3::Example>(&e, &Pointer::root())
            .unwrap();
        assert_eq!(at.to_string(), "#/components/examples/E");
        assert_eq!(
            example.value,
            Some(serde_json::json!({"$ref": "#/components/examples/E"}))
        );
    }

    #[test]
    fn escaped_names_resolve() {
        let api = doc(DOC);
        let r = Resolver::new(&api, Path::new("t.yaml"));
        assert_eq!(
            r.ref_name::<openapiv3::Schema>("#/components/schemas/x~1y", &Pointer::root())
                .unwrap(),
            "x/y"
        );
    }
}
