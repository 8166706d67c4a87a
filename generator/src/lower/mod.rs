//! Lowering: the typed document to the IR ([`crate::ir::Model`]).

pub(crate) mod boxing;
mod operations;
pub(crate) mod secrets;
pub mod types;

use openapiv3::{OpenAPI, ReferenceOr};

use crate::diagnostics::{Diagnostics, Pointer, Result};
use crate::ir::{Model, ParamLocation, SchemeKind, SecurityScheme, Server};
use crate::naming::{self, Scope};
use crate::resolve::Resolver;

/// Builds the IR of a whole document.
pub fn lower(api: &OpenAPI, file: &std::path::Path) -> Result<Model> {
    let resolver = Resolver::new(api, file);
    let mut diag = Diagnostics::default();
    let mut space = types::TypeSpace::new(&resolver, &mut diag)?;
    let security_schemes = security_schemes(api, &mut diag);
    let (apis, error_bodies) =
        operations::lower_paths(&resolver, &mut space, &security_schemes, &mut diag)?;
    // Once every type is known, inline ones of operations included.
    boxing::box_large_variants(&mut space.types);
    let mut model = Model {
        title: api.info.title.clone(),
        description: api.info.description.clone(),
        doc_version: api.info.version.clone(),
        servers: servers(api, &mut diag),
        security_schemes,
        apis,
        types: space.types,
        error_bodies,
        error_bodies_boxed: Vec::new(),
        token_exchange: None,
        warnings: diag.into_sorted(),
    };
    boxing::box_uneven_variants(&mut model);
    Ok(model)
}

fn servers(api: &OpenAPI, diag: &mut Diagnostics) -> Vec<Server> {
    let mut names = Scope::default();
    api.servers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut url = s.url.clone();
            // Server variables take their defaults: the URL must be usable as is.
            if let Some(vars) = &s.variables {
                for (name, var) in vars {
                    url = url.replace(&format!("{{{name}}}"), &var.default);
                }
            }
            if url.contains('{') {
                diag.warn(
                    &Pointer::root().push("servers").push(i.to_string()),
                    None,
                    "server URL has an undefined variable",
                );
            }
            let base = naming::server_const(s.description.as_deref(), i);
            Server {
                url,
                description: s.description.clone(),
                const_name: names.claim(&base, "_"),
            }
        })
        .collect()
}

fn security_schemes(api: &OpenAPI, diag: &mut Diagnostics) -> Vec<SecurityScheme> {
    let Some(components) = &api.components else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, scheme) in &components.security_schemes {
        let at = Pointer::root()
            .push("components")
            .push("securitySchemes")
            .push(name);
        let scheme = match scheme {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { .. } => {
                diag.warn(
                    &at,
                    None,
                    "referenced security schemes are not supported; scheme ignored",
                );
                continue;
            }
        };
        use openapiv3::SecurityScheme as S;
        let (kind, description) = match scheme {
            S::APIKey {
                location,
                name,
                description,
                ..
            } => {
                let location = match location {
                    openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                    openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                    openapiv3::APIKeyLocation::Cookie => ParamLocation::Cookie,
                };
                (
                    SchemeKind::ApiKey {
                        location,
                        name: name.clone(),
                    },
                    description,
                )
            }
            S::HTTP {
                scheme,
                description,
                ..
            } => match scheme.to_ascii_lowercase().as_str() {
                "basic" => (SchemeKind::Basic, description),
                "bearer" => (SchemeKind::Bearer, description),
                other => {
                    diag.warn(
                        &at,
                        None,
                        format!("HTTP auth scheme `{other}` is not supported; treated as bearer"),
                    );
                    (SchemeKind::Bearer, description)
                }
            },
            // The token is obtained elsewhere; on the wire it is a bearer token.
            S::OAuth2 { description, .. } | S::OpenIDConnect { description, .. } => {
                (SchemeKind::Bearer, description)
            }
        };
        out.push(SecurityScheme {
            name: name.clone(),
            kind,
            description: description.clone(),
        });
    }
    out
}
