//! Paths and operations to APIs: parameters, bodies, responses, security and
//! pagination, all read from the document's own shapes.

use std::collections::{BTreeMap, HashMap, HashSet};

use openapiv3::{MediaType, Parameter, ParameterSchemaOrContent, ReferenceOr, StatusCode};

use super::types::{Site, TypeSpace};
use crate::diagnostics::{Diagnostics, Error, Pointer, Result};
use crate::ir::{
    Api, Body, BodyKind, Decode, ErrorCase, Operation, Outcome, Pagination, Param, ParamLocation,
    ParamStyle, ResponseDoc, SecurityScheme, StatusMatch, Ty, TypeId, TypeKind,
};
use crate::naming::{self, Scope};
use crate::resolve::Resolver;

/// Names a builder may not use for parameters: its own fields and methods.
const BUILDER_RESERVED: &[&str] = &[
    "client",
    "options",
    "header",
    "send",
    "send_with_response",
    "stream",
];

pub fn lower_paths<'a>(
    resolver: &'a Resolver<'a>,
    space: &mut TypeSpace<'a>,
    schemes: &[SecurityScheme],
    diag: &mut Diagnostics,
) -> Result<(Vec<Api>, Vec<TypeId>)> {
    let api = resolver.api;
    // APIs appear in the order of the document's tag list, then of first use.
    let mut order: Vec<Option<String>> = api.tags.iter().map(|t| Some(t.name.clone())).collect();
    let mut grouped: BTreeMap<usize, Vec<Operation>> = BTreeMap::new();
    let mut ids: HashMap<String, Pointer> = HashMap::new();
    let mut method_scopes: HashMap<usize, (Scope, Scope)> = HashMap::new();
    let mut error_bodies: Vec<TypeId> = Vec::new();
    // The document's own ids; a synthesised id avoids them and earlier ones.
    let declared_ids: HashSet<&str> = api
        .paths
        .iter()
        .filter_map(|(_, item)| item.as_item())
        .flat_map(|item| item.iter())
        .filter_map(|(_, op)| op.operation_id.as_deref())
        .collect();

    for (path, item) in api.paths.iter() {
        let item_at = Pointer::root().push("paths").push(path);
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { .. } => {
                diag.warn(
                    &item_at,
                    None,
                    "path item $ref is not supported; path skipped",
                );
                continue;
            }
        };
        for (method, op) in item.iter() {
            let at = item_at.push(method);
            let id = match op.operation_id.as_deref().filter(|s| !s.trim().is_empty()) {
                Some(id) => id.to_string(),
                None => {
                    let id = naming::unique_operation_id(
                        &naming::synthetic_operation_id(method, path),
                        |id| declared_ids.contains(id) || ids.contains_key(id),
                    );
                    diag.warn(
                        &at,
                        Some(&id),
                        "operation has no operationId; named after its path and method",
                    );
                    id
                }
            };
            if let Some(first) = ids.insert(id.clone(), at.clone()) {
                return Err(Error::doc(
                    resolver.file,
                    &at,
                    format!("duplicate operationId `{id}` (first used at {first})"),
                ));
            }
            let tag = op.tags.first().cloned();
            let api_index = match order.iter().position(|t| *t == tag) {
                Some(i) => i,
                None => {
                    order.push(tag.clone());
                    order.len() - 1
                }
            };
            // The API type's constructor is `new`.
            let (methods, builders) = method_scopes
                .entry(api_index)
                .or_insert_with(|| (Scope::with_reserved(&["new"]), Scope::default()));
            // Named after the id, so a synthesised `jobs_get_2` is `jobs_get_2()`.
            let method_name = methods.claim(&naming::method_name(Some(&id), method, path), "_");
            let type_base = naming::operation_type_base(&method_name);
            let builder_name = builders.claim(&naming::builder_name(&type_base), "");
            let ctx = OpCtx {
                resolver,
                id: &id,
                at: &at,
                type_base: &type_base,
            };
            let mut lowered =
                ctx.operation(method, path, &item.parameters, op, space, schemes, diag)?;
            // Unique within the API's module, like the method it belongs to.
            lowered.static_name = naming::static_name(&method_name);
            lowered.method_name = method_name;
            lowered.builder_name = builder_name;
            for e in &lowered.errors {
                if !error_bodies.contains(&e.body) {
                    error_bodies.push(e.body);
                }
            }
            grouped.entry(api_index).or_default().push(lowered);
        }
    }
    // Untagged operations go last, to DefaultApi.
    let mut apis = Vec::new();
    // An API's accessor is a method of `Client` and of the mock's `Mock`: not one of theirs.
    let mut accessors = Scope::with_reserved(&[
        "builder", "clone", "base_url", "call", "new", "client", "verify",
    ]);
    let mut types = Scope::default();
    let mut modules = Scope::with_reserved(&["mod"]);
    let mut indices: Vec<usize> = grouped.keys().copied().collect();
    indices.sort_by_key(|i| (order[*i].is_none(), *i));
    for i in indices {
        let tag = order[i].clone();
        let type_name = types.claim(&naming::api_type_name(tag.as_deref()), "");
        let description = tag
            .as_ref()
            .and_then(|t| api.tags.iter().find(|x| &x.name == t))
            .and_then(|t| t.description.clone());
        apis.push(Api {
            module: modules.claim(&naming::module_file_name(&type_name), "_"),
            accessor: accessors.claim(&naming::api_accessor(tag.as_deref()), "_"),
            type_name,
            tag,
            description,
            operations: grouped.remove(&i).unwrap_or_default(),
        });
    }
    Ok((apis, error_bodies))
}

struct OpCtx<'c, 's> {
    resolver: &'c Resolver<'c>,
    id: &'s str,
    at: &'s Pointer,
    type_base: &'s str,
}

impl<'c> OpCtx<'c, '_> {
    #[allow(clippy::too_many_arguments)]
    fn operation(
        &self,
        method: &str,
        path: &str,
        path_params: &'c [ReferenceOr<Parameter>],
        op: &'c openapiv3::Operation,
        space: &mut TypeSpace<'c>,
        schemes: &[SecurityScheme],
        diag: &mut Diagnostics,
    ) -> Result<Operation> {
        let params = self.params(path, path_params, &op.parameters, space, diag)?;
        let mut idents = Scope::with_reserved(BUILDER_RESERVED);
        for p in &params {
            idents.claim(&p.ident, "");
        }
        let body = match &op.request_body {
            Some(rb) => self.body(rb, &mut idents, space, diag)?,
            None => None,
        };
        let (success, errors, responses) = self.responses(&op.responses, space, diag)?;
        let response_enum = (success.len() > 1).then(|| naming::response_enum_name(self.type_base));
        let security = self.security(
            op.security.as_ref().or(self.resolver.api.security.as_ref()),
            schemes,
            diag,
        );
        let pagination = pagination(&params, &success, space);
        Ok(Operation {
            id: self.id.to_string(),
            method_name: String::new(),
            builder_name: String::new(),
            static_name: String::new(),
            http_method: method.to_ascii_uppercase(),
            path: path.to_string(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            params,
            body,
            success,
            errors,
            responses,
            security,
            response_enum,
            pagination,
            retry: crate::ir::RetryClass::of_method(&method.to_ascii_uppercase()),
        })
    }

    fn params(
        &self,
        path: &str,
        path_level: &'c [ReferenceOr<Parameter>],
        op_level: &'c [ReferenceOr<Parameter>],
        space: &mut TypeSpace<'c>,
        diag: &mut Diagnostics,
    ) -> Result<Vec<Param>> {
        // Operation parameters override path-item ones with the same name and location.
        let mut declared: Vec<(&'c Parameter, Pointer)> = Vec::new();
        let item_at = Pointer::root().push("paths").push(path);
        let sources = path_level
            .iter()
            .enumerate()
            .map(|(i, p)| (p, item_at.push("parameters").push(i.to_string())));
        let sources = sources.chain(
            op_level
                .iter()
                .enumerate()
                .map(|(i, p)| (p, self.at.push("parameters").push(i.to_string()))),
        );
        for (p, at) in sources {
            let (p, at) = self.resolver.resolve(p, &at)?;
            let key = (location(p), p.parameter_data_ref().name.clone());
            declared.retain(|(q, _)| (location(q), q.parameter_data_ref().name.clone()) != key);
            declared.push((p, at));
        }
        let template: Vec<&str> = path_variables(path);
        let mut scope = Scope::with_reserved(BUILDER_RESERVED);
        let mut out = Vec::new();
        // Path parameters in path order; undeclared ones become required strings.
        for var in &template {
            match declared.iter().find(|(p, _)| {
                location(p) == ParamLocation::Path && p.parameter_data_ref().name == *var
            }) {
                Some((p, at)) => out.push(self.param(p, at, &mut scope, space, diag)?),
                None => {
                    diag.warn(
                        self.at,
                        Some(self.id),
                        format!("path variable `{{{var}}}` is not declared; it becomes a required string path parameter"),
                    );
                    out.push(Param {
                        name: var.to_string(),
                        ident: scope.claim(&naming::ident(var), "_"),
                        location: ParamLocation::Path,
                        required: true,
                        ty: Ty::String,
                        description: None,
                        deprecated: false,
                        style: ParamStyle::FormExplode,
                        pointer: self.at.to_string(),
                    });
                }
            }
        }
        for (p, at) in &declared {
            match location(p) {
                ParamLocation::Path if !template.contains(&p.parameter_data_ref().name.as_str()) => diag.warn(
                    at,
                    Some(self.id),
                    format!("path parameter `{}` is not in the path template; ignored", p.parameter_data_ref().name),
                ),
                ParamLocation::Path => {}
                ParamLocation::Header if is_reserved_header(&p.parameter_data_ref().name) => diag.warn(
                    at,
                    Some(self.id),
                    "header parameters named Accept, Content-Type or Authorization are ignored, as OpenAPI requires",
                ),
                _ => out.push(self.param(p, at, &mut scope, space, diag)?),
            }
        }
        Ok(out)
    }

    fn param(
        &self,
        p: &'c Parameter,
        at: &Pointer,
        scope: &mut Scope,
        space: &mut TypeSpace<'c>,
        diag: &mut Diagnostics,
    ) -> Result<Param> {
        let data = p.parameter_data_ref();
        let loc = location(p);
        let site = Site::new(
            naming::nested_hint(self.type_base, &data.name),
            at.push("schema"),
        );
        let ty = match &data.format {
            ParameterSchemaOrContent::Schema(s) => space.ty(s.into(), &site, diag)?,
            ParameterSchemaOrContent::Content(_) => {
                diag.warn(
                    at,
                    Some(self.id),
                    "parameter with `content` is sent as a string",
                );
                Ty::String
            }
        };
        let base = naming::ident(&data.name);
        // A name taken by an earlier parameter gets its location as suffix.
        let ident = if scope.contains(&base) {
            scope.claim(&naming::located_ident(&base, loc), "_")
        } else {
            scope.claim(&base, "_")
        };
        let style = match p {
            Parameter::Query { style, .. } => match style {
                openapiv3::QueryStyle::Form if data.explode == Some(false) => ParamStyle::Form,
                openapiv3::QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                openapiv3::QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                openapiv3::QueryStyle::DeepObject => ParamStyle::DeepObject,
                _ => ParamStyle::FormExplode,
            },
            _ => ParamStyle::Form,
        };
        Ok(Param {
            name: data.name.clone(),
            ident,
            location: loc,
            required: data.required || loc == ParamLocation::Path,
            ty,
            description: data.description.clone(),
            deprecated: data.deprecated.unwrap_or(false),
            style,
            pointer: at.to_string(),
        })
    }

    fn body(
        &self,
        rb: &'c ReferenceOr<openapiv3::RequestBody>,
        idents: &mut Scope,
        space: &mut TypeSpace<'c>,
        diag: &mut Diagnostics,
    ) -> Result<Option<Body>> {
        let (rb, at) = self.resolver.resolve(rb, &self.at.push("requestBody"))?;
        let pointer = at.to_string();
        let Some((content_type, media)) = pick_media(&rb.content) else {
            diag.warn(
                &at,
                Some(self.id),
                "request body declares no content; no body is sent",
            );
            return Ok(None);
        };
        let at = at.push("content").push(content_type);
        let kind = media_kind(content_type);
        let ty = match kind {
            BodyKind::Json | BodyKind::Form | BodyKind::Multipart => match &media.schema {
                Some(s) => space.ty(
                    s.into(),
                    &Site::new(naming::request_hint(self.type_base), at.push("schema")),
                    diag,
                )?,
                None => Ty::Json,
            },
            BodyKind::Text => Ty::String,
            BodyKind::Bytes => {
                if !content_type.starts_with("application/octet-stream") {
                    diag.warn(
                        &at,
                        Some(self.id),
                        format!("`{content_type}` bodies are passed as raw bytes"),
                    );
                }
                Ty::Bytes
            }
        };
        let (kind, ty) = match (kind, space.resolve_alias(&ty)) {
            (BodyKind::Multipart, Ty::Named(id))
                if matches!(space.types[*id].kind, TypeKind::Struct(_)) =>
            {
                (kind, ty)
            }
            (BodyKind::Multipart, _) => {
                diag.warn(
                    &at,
                    Some(self.id),
                    "multipart body is not an object schema; it is passed as raw bytes",
                );
                (BodyKind::Bytes, Ty::Bytes)
            }
            _ => (kind, ty),
        };
        Ok(Some(Body {
            ident: idents.claim("body", "_"),
            ty,
            required: rb.required,
            content_type: content_type.to_string(),
            kind,
            description: rb.description.clone(),
            pointer,
        }))
    }

    #[allow(clippy::type_complexity)]
    fn responses(
        &self,
        responses: &'c openapiv3::Responses,
        space: &mut TypeSpace<'c>,
        diag: &mut Diagnostics,
    ) -> Result<(Vec<Outcome>, Vec<ErrorCase>, Vec<ResponseDoc>)> {
        let mut all: Vec<(StatusMatch, &'c ReferenceOr<openapiv3::Response>)> = responses
            .responses
            .iter()
            .map(|(s, r)| {
                (
                    match s {
                        StatusCode::Code(c) => StatusMatch::Code(*c),
                        StatusCode::Range(r) => StatusMatch::Range(*r),
                    },
                    r,
                )
            })
            .collect();
        if let Some(d) = &responses.default {
            all.push((StatusMatch::Default, d));
        }
        let successes = all.iter().filter(|(s, _)| is_success(*s)).count();
        let mut success = Vec::new();
        let mut errors = Vec::new();
        let mut docs = Vec::new();
        let mut variants = Scope::default();
        for (status, r) in all {
            let key = naming::status_text(status);
            let (resp, at) = self
                .resolver
                .resolve(r, &self.at.push("responses").push(&key))?;
            let media = pick_media(&resp.content);
            let hint =
                naming::response_hint(self.type_base, status, successes > 1 || !is_success(status));
            let body_ty = match media {
                Some((ct, m)) if media_kind(ct) == BodyKind::Json => Some(match &m.schema {
                    Some(s) => space.ty(
                        s.into(),
                        &Site::new(hint, at.push("content").push(ct).push("schema")),
                        diag,
                    )?,
                    None => Ty::Json,
                }),
                _ => None,
            };
            docs.push(ResponseDoc {
                status: key.clone(),
                description: resp.description.clone(),
                content_type: media.map(|(ct, _)| ct.to_string()),
                body: body_ty.clone(),
                headers: resp.headers.keys().cloned().collect(),
            });
            if is_success(status) {
                let decode = match (status, media) {
                    (StatusMatch::Code(204 | 205 | 304), _) => Decode::Empty,
                    (StatusMatch::Code(300..=399) | StatusMatch::Range(3), _) => Decode::Redirect,
                    (_, None) => Decode::Empty,
                    (_, Some((ct, _))) => match media_kind(ct) {
                        BodyKind::Json => Decode::Json(body_ty.clone().unwrap_or(Ty::Json)),
                        BodyKind::Text => Decode::Text,
                        BodyKind::Bytes | BodyKind::Form | BodyKind::Multipart => Decode::Bytes,
                    },
                };
                success.push(Outcome {
                    status,
                    decode,
                    variant: variants.claim(&naming::status_variant(status), ""),
                    boxed: false,
                    description: resp.description.clone(),
                });
            } else if let Some(Ty::Named(id)) = body_ty
                .as_ref()
                .map(|t| space.resolve_alias(t).clone())
                .or(body_ty)
            {
                if matches!(
                    space.types[id].kind,
                    TypeKind::Struct(_) | TypeKind::Enum(_)
                ) {
                    errors.push(ErrorCase { status, body: id });
                }
            }
        }
        if success.is_empty() {
            // Nothing declared: any 2xx is success, without a body we can type.
            success.push(Outcome {
                status: StatusMatch::Range(2),
                decode: Decode::Empty,
                variant: naming::UNDECLARED_SUCCESS_VARIANT.into(),
                boxed: false,
                description: "Success".into(),
            });
        }
        Ok((success, errors, docs))
    }

    fn security(
        &self,
        requirements: Option<&Vec<openapiv3::SecurityRequirement>>,
        schemes: &[SecurityScheme],
        diag: &mut Diagnostics,
    ) -> Vec<Vec<String>> {
        let Some(requirements) = requirements else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for req in requirements {
            let mut names = Vec::new();
            for name in req.keys() {
                if schemes.iter().any(|s| &s.name == name) {
                    names.push(name.clone());
                } else {
                    diag.warn(
                        self.at,
                        Some(self.id),
                        format!("security requirement names unknown scheme `{name}`"),
                    );
                }
            }
            out.push(names);
        }
        out
    }
}

/// `{name}` variables of a path template, in order.
pub fn path_variables(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

fn location(p: &Parameter) -> ParamLocation {
    match p {
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

fn is_reserved_header(name: &str) -> bool {
    ["accept", "content-type", "authorization"].contains(&name.to_ascii_lowercase().as_str())
}

fn is_success(s: StatusMatch) -> bool {
    matches!(s, StatusMatch::Code(200..=399) | StatusMatch::Range(2 | 3))
}

/// JSON first (it is what we can type best), then forms, then whatever comes first.
fn pick_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&str, &MediaType)> {
    [BodyKind::Json, BodyKind::Form, BodyKind::Multipart]
        .iter()
        .find_map(|kind| content.iter().find(|(ct, _)| media_kind(ct) == *kind))
        .or_else(|| content.first())
        .map(|(ct, m)| (ct.as_str(), m))
}

fn media_kind(content_type: &str) -> BodyKind {
    let ct = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if ct == "application/json" || ct.ends_with("+json") {
        BodyKind::Json
    } else if ct == "application/x-www-form-urlencoded" {
        BodyKind::Form
    } else if ct == "multipart/form-data" {
        BodyKind::Multipart
    } else if ct.starts_with("text/") {
        BodyKind::Text
    } else {
        BodyKind::Bytes
    }
}

/// A list operation whose response echoes the page-token query parameter and
/// carries one array of items is streamable.
fn pagination(params: &[Param], success: &[Outcome], space: &TypeSpace) -> Option<Pagination> {
    let [Outcome {
        decode: Decode::Json(page_ty),
        ..
    }] = success
    else {
        return None;
    };
    let Ty::Named(page_id) = space.resolve_alias(page_ty) else {
        return None;
    };
    let TypeKind::Struct(page) = &space.types[*page_id].kind else {
        return None;
    };
    let token = params.iter().find(|p| {
        let lower = p.name.to_ascii_lowercase();
        p.location == ParamLocation::Query
            && !p.required
            && p.ty == Ty::String
            && (lower.contains("token") || lower.contains("cursor"))
            && page
                .fields
                .iter()
                .any(|f| f.name == p.name && *space.resolve_alias(&f.ty) == Ty::String)
    })?;
    let token_field = page.fields.iter().find(|f| f.name == token.name)?;
    let mut arrays = page
        .fields
        .iter()
        .filter(|f| matches!(space.resolve_alias(&f.ty), Ty::Vec(_)));
    let items = arrays.next()?;
    if arrays.next().is_some() {
        return None;
    }
    let Ty::Vec(item_ty) = space.resolve_alias(&items.ty) else {
        return None;
    };
    Some(Pagination {
        token_setter: token.ident.clone(),
        token_field: token_field.clone(),
        items_field: items.clone(),
        page_ty: page_ty.clone(),
        item_ty: (**item_ty).clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_variables_in_order() {
        assert_eq!(path_variables("/a/{x}/b/{y_z}"), ["x", "y_z"]);
        assert!(path_variables("/a").is_empty());
        assert_eq!(path_variables("/a/{unclosed"), Vec::<&str>::new());
    }

    #[test]
    fn media_kinds() {
        assert_eq!(
            media_kind("application/json; charset=utf-8"),
            BodyKind::Json
        );
        assert_eq!(media_kind("application/problem+json"), BodyKind::Json);
        assert_eq!(media_kind("text/plain"), BodyKind::Text);
        assert_eq!(media_kind("application/octet-stream"), BodyKind::Bytes);
    }
}
