//! APIs and operations: methods, their arguments and setters, what `send()`
//! returns, error bodies and pagination.

use std::collections::{BTreeMap, BTreeSet};

use super::{canon, At, Changes, Cx, Kind, Level, Side};
use crate::diagnostics::Pointer;
use crate::ir::{Api, Body, Decode, Model, Operation, Outcome, Param, ParamLocation, StatusMatch};

pub(super) fn compare(cx: &Cx<'_>, out: &mut Changes) {
    apis(cx, out);
    error_bodies(cx, out);
    let old = all(cx.old);
    let new = all(cx.new);
    let by_route: BTreeMap<(&str, &str), usize> = (new.iter().enumerate())
        .map(|(i, (_, op))| ((op.http_method.as_str(), op.path.as_str()), i))
        .collect();
    let by_id: BTreeMap<&str, usize> = (new.iter().enumerate())
        .map(|(i, (_, op))| (op.id.as_str(), i))
        .collect();
    // First by route; then what is left, by operationId (an operation whose path changed).
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut taken = BTreeSet::new();
    let mut unmatched = Vec::new();
    for (i, (_, op)) in old.iter().enumerate() {
        match by_route.get(&(op.http_method.as_str(), op.path.as_str())) {
            Some(&j) => {
                pairs.push((i, j));
                taken.insert(j);
            }
            None => unmatched.push(i),
        }
    }
    let old_routes: BTreeSet<(&str, &str)> = (old.iter())
        .map(|(_, op)| (op.http_method.as_str(), op.path.as_str()))
        .collect();
    for i in unmatched {
        let op = old[i].1;
        let candidate = by_id.get(op.id.as_str()).copied().filter(|j| {
            let n = new[*j].1;
            !taken.contains(j) && !old_routes.contains(&(n.http_method.as_str(), n.path.as_str()))
        });
        match candidate {
            Some(j) => {
                pairs.push((i, j));
                taken.insert(j);
            }
            None => {
                let (api, op) = old[i];
                out.push(
                    Kind::OperationRemoved,
                    Level::Major,
                    &op_at(op, Side::Old, method_item(api, op)),
                    format!(
                        "operation `{}` ({} {}) removed: `{}` and {} are gone",
                        op.id,
                        op.http_method,
                        op.path,
                        method_item(api, op),
                        op_types(api, op)
                    ),
                );
            }
        }
    }
    for (j, (api, op)) in new.iter().enumerate() {
        if !taken.contains(&j) {
            out.push(
                Kind::OperationAdded,
                Level::Minor,
                &op_at(op, Side::New, method_item(api, op)),
                format!(
                    "operation `{}` ({} {}) added: `{}`",
                    op.id,
                    op.http_method,
                    op.path,
                    method_item(api, op)
                ),
            );
        }
    }
    for (i, j) in pairs {
        operation(cx, old[i], new[j], out);
    }
}

fn all(model: &Model) -> Vec<(&Api, &Operation)> {
    (model.apis.iter())
        .flat_map(|a| a.operations.iter().map(move |o| (a, o)))
        .collect()
}

/// The operation's JSON pointer.
fn pointer(op: &Operation) -> String {
    Pointer::root()
        .push("paths")
        .push(&op.path)
        .push(op.http_method.to_ascii_lowercase())
        .to_string()
}

fn op_at(op: &Operation, document: Side, rust: String) -> At {
    At {
        pointer: pointer(op),
        document,
        operation: Some(op.id.clone()),
        schema: None,
        rust,
    }
}

/// The types an operation has in its API's module: its builder, and its response enum.
fn op_types(api: &Api, op: &Operation) -> String {
    let mut out = format!("`apis::{}::{}`", api.module, op.builder_name);
    if let Some(e) = &op.response_enum {
        out.push_str(&format!(", `apis::{}::{e}`", api.module));
    }
    out
}

fn method_item(api: &Api, op: &Operation) -> String {
    format!(
        "{}::{}",
        api.type_name,
        op.method_name.trim_start_matches("r#")
    )
}

fn apis(cx: &Cx<'_>, out: &mut Changes) {
    let tag_pointer = |api: &Api| match &api.tag {
        Some(tag) => Pointer::root().push("tags").push(tag).to_string(),
        None => "#/paths".to_string(),
    };
    for a in &cx.old.apis {
        if !cx.new.apis.iter().any(|b| b.type_name == a.type_name) {
            let p = tag_pointer(a);
            out.push(
                Kind::ApiRemoved,
                Level::Major,
                &At::new(p, Side::Old, format!("Client::{}", a.accessor)),
                format!(
                    "API `{}` (`client.{}()`) removed: no operation is tagged {:?} any more",
                    a.type_name,
                    a.accessor,
                    a.tag.as_deref().unwrap_or("")
                ),
            );
        }
    }
    for b in &cx.new.apis {
        if !cx.old.apis.iter().any(|a| a.type_name == b.type_name) {
            let p = tag_pointer(b);
            out.push(
                Kind::ApiAdded,
                Level::Minor,
                &At::new(p, Side::New, format!("Client::{}", b.accessor)),
                format!("API `{}` (`client.{}()`) added", b.type_name, b.accessor),
            );
        }
    }
}

/// The variants of `ErrorBody`.
fn error_bodies(cx: &Cx<'_>, out: &mut Changes) {
    // Each variant's name, with its schema and the Rust type it holds.
    let names = |m: &'_ Model| -> BTreeMap<String, String> {
        (m.error_bodies.iter())
            .map(|id| (m.types[*id].name.clone(), m.types[*id].source.clone()))
            .collect()
    };
    let held = |m: &'_ Model| -> BTreeMap<String, String> {
        (m.error_bodies.iter().zip(&m.error_bodies_boxed))
            .map(|(id, boxed)| {
                let t = canon(m, &crate::ir::Ty::Named(*id));
                let t = if *boxed { format!("Box<{t}>") } else { t };
                (m.types[*id].name.clone(), t)
            })
            .collect()
    };
    let (old, new) = (names(cx.old), names(cx.new));
    for (name, source) in &old {
        if !new.contains_key(name) {
            out.push(
                Kind::ErrorBodyRemoved,
                Level::Major,
                &At::new(source.as_str(), Side::Old, format!("ErrorBody::{name}")),
                format!("no operation returns `{name}` as an error any more: `ErrorBody::{name}` removed"),
            );
        }
    }
    let (held_old, held_new) = (held(cx.old), held(cx.new));
    for (name, y) in &held_new {
        match held_old.get(name) {
            Some(x) if x != y => out.push(
                Kind::ErrorBodyRetyped,
                Level::Major,
                &At::new(new[name].as_str(), Side::New, format!("ErrorBody::{name}")),
                format!("`ErrorBody::{name}` held `{x}`, now holds `{y}`"),
            ),
            _ => {}
        }
    }
    for (name, source) in &new {
        if !old.contains_key(name) {
            out.push(
                Kind::ErrorBodyAdded,
                Level::Minor,
                &At::new(source.as_str(), Side::New, format!("ErrorBody::{name}")),
                format!("`ErrorBody::{name}` added"),
            );
        }
    }
}

type Pair<'m> = (&'m Api, &'m Operation);

fn operation(cx: &Cx<'_>, (oa, o): Pair<'_>, (na, n): Pair<'_>, out: &mut Changes) {
    let before = out.0.len();
    let at = op_at(n, Side::New, method_item(na, n));
    let id = &n.id;
    if oa.type_name != na.type_name {
        out.push(
            Kind::OperationMoved,
            Level::Major,
            &at,
            format!(
                "operation `{id}` moved from `{}` to `{}` (its tag is now {:?}), and {} to {}",
                method_item(oa, o),
                method_item(na, n),
                na.tag.as_deref().unwrap_or(""),
                op_types(oa, o),
                op_types(na, n)
            ),
        );
    }
    if o.method_name != n.method_name {
        out.push(
            Kind::OperationRenamed,
            Level::Major,
            &at,
            format!(
                "`{}` is now `{}` (operationId `{}` is now `{id}`), and {} are now {}",
                method_item(oa, o),
                method_item(na, n),
                o.id,
                op_types(oa, o),
                op_types(na, n)
            ),
        );
    } else if o.id != n.id {
        out.push(
            Kind::OperationIdChanged,
            Level::Patch,
            &at,
            format!("operationId `{}` is now `{id}` (same method)", o.id),
        );
    }
    if (o.http_method.as_str(), o.path.as_str()) != (n.http_method.as_str(), n.path.as_str()) {
        out.push(
            Kind::OperationPathChanged,
            Level::Minor,
            &at,
            format!(
                "operation `{id}` was {} {}, is now {} {}",
                o.http_method, o.path, n.http_method, n.path
            ),
        );
    }
    out.text(
        &at,
        &format!("the summary or description of `{id}`"),
        Some(&format!("{:?} {:?}", o.summary, o.description)),
        Some(&format!("{:?} {:?}", n.summary, n.description)),
    );
    out.deprecation(
        &at,
        &format!("operation `{id}`"),
        o.deprecated,
        n.deprecated,
    );
    if o.security != n.security {
        out.push(
            Kind::OperationSecurityChanged,
            Level::Minor,
            &at,
            format!("the credentials operation `{id}` sends changed"),
        );
    }
    params(cx, (na, n), o, n, out);
    body(cx, na, o, n, out);
    success(cx, o, n, out);
    errors(cx, o, n, out);
    pagination(cx, n, o, n, out);
    let broke = out.0[before..].iter().any(|c| c.breaking);
    let (x, y) = (positional(cx.old, o), positional(cx.new, n));
    if !broke && x != y {
        out.push(
            Kind::OperationSignatureChanged,
            Level::Major,
            &at,
            format!(
                "`{}` took ({}), now takes ({})",
                method_item(na, n),
                x.join(", "),
                y.join(", ")
            ),
        );
    }
}

/// The types of the method's arguments, in order.
fn positional(model: &Model, op: &Operation) -> Vec<String> {
    (op.params.iter().filter(|p| p.required))
        .map(|p| format!("impl Into<{}>", canon(model, &p.ty)))
        .chain((op.body.iter().filter(|b| b.required)).map(|b| canon(model, &b.ty)))
        .collect()
}

fn location(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// Where a parameter shows in Rust: an argument of the method, or a setter of its builder.
fn param_item(api: &Api, op: &Operation, p: &Param) -> String {
    let ident = p.ident.trim_start_matches("r#");
    if p.required {
        format!("{}({ident})", method_item(api, op))
    } else {
        format!("{}::{ident}", op.builder_name)
    }
}

fn params(cx: &Cx<'_>, (api, _): Pair<'_>, o: &Operation, n: &Operation, out: &mut Changes) {
    let id = Some(n.id.clone());
    let at = |p: &Param, side| At {
        pointer: p.pointer.clone(),
        document: side,
        operation: id.clone(),
        schema: None,
        rust: param_item(api, if side == Side::Old { o } else { n }, p),
    };
    for p in &o.params {
        let what = format!(
            "{} parameter `{}` of `{}`",
            location(p.location),
            p.name,
            n.id
        );
        let Some(q) = n
            .params
            .iter()
            .find(|q| q.location == p.location && q.name == p.name)
        else {
            out.push(
                Kind::ParameterRemoved,
                Level::Major,
                &at(p, Side::Old),
                format!("{what} removed"),
            );
            continue;
        };
        let at = at(q, Side::New);
        let (x, y) = (canon(cx.old, &p.ty), canon(cx.new, &q.ty));
        match (p.required, q.required) {
            (false, true) => out.push(
                Kind::ParameterMadeRequired,
                Level::Major,
                &at,
                format!("{what} is now required: an argument of the method, no longer a setter"),
            ),
            (true, false) => out.push(
                Kind::ParameterMadeOptional,
                Level::Major,
                &at,
                format!("{what} is now optional: a setter of the builder, no longer an argument"),
            ),
            _ => {}
        }
        if x != y {
            out.push(
                Kind::ParameterRetyped,
                Level::Major,
                &at,
                format!("{what} was `{x}`, is now `{y}`"),
            );
        }
        if p.ident != q.ident {
            // A required parameter's name is only the argument's.
            let level = if q.required && p.required {
                Level::Patch
            } else {
                Level::Major
            };
            out.push(
                Kind::ParameterRenamed,
                level,
                &at,
                format!(
                    "{what} is now `{}` (was `{}`)",
                    q.ident.trim_start_matches("r#"),
                    p.ident.trim_start_matches("r#")
                ),
            );
        }
        if p.style != q.style {
            out.push(
                Kind::ParameterStyleChanged,
                Level::Minor,
                &at,
                format!("how {what} is serialised changed"),
            );
        }
        out.text(
            &at,
            &format!("the description of {what}"),
            p.description.as_deref(),
            q.description.as_deref(),
        );
        out.deprecation(&at, &what, p.deprecated, q.deprecated);
    }
    for q in &n.params {
        if o.params
            .iter()
            .any(|p| p.location == q.location && p.name == q.name)
        {
            continue;
        }
        let what = format!(
            "{} parameter `{}` of `{}`",
            location(q.location),
            q.name,
            n.id
        );
        let (level, how) = if q.required {
            (Level::Major, "required: the method takes it")
        } else {
            (Level::Minor, "optional: a setter of the builder")
        };
        out.push(
            Kind::ParameterAdded,
            level,
            &at(q, Side::New),
            format!("{what} added, {how}"),
        );
    }
}

fn body_item(api: &Api, op: &Operation, b: &Body) -> String {
    if b.required {
        format!("{}({})", method_item(api, op), b.ident)
    } else {
        format!("{}::{}", op.builder_name, b.ident)
    }
}

fn body(cx: &Cx<'_>, api: &Api, o: &Operation, n: &Operation, out: &mut Changes) {
    let id = Some(n.id.clone());
    let at = |b: &Body, op: &Operation, side| At {
        pointer: b.pointer.clone(),
        document: side,
        operation: id.clone(),
        schema: None,
        rust: body_item(api, op, b),
    };
    let what = format!("the request body of `{}`", n.id);
    match (&o.body, &n.body) {
        (None, None) => {}
        (None, Some(b)) => {
            let (level, how) = if b.required {
                (Level::Major, "required: the method takes it")
            } else {
                (Level::Minor, "optional: a setter of the builder")
            };
            out.push(
                Kind::RequestBodyAdded,
                level,
                &at(b, n, Side::New),
                format!("{what} added (`{}`), {how}", canon(cx.new, &b.ty)),
            );
        }
        (Some(a), None) => out.push(
            Kind::RequestBodyRemoved,
            Level::Major,
            &at(a, o, Side::Old),
            format!("{what} removed"),
        ),
        (Some(a), Some(b)) => {
            let at = at(b, n, Side::New);
            match (a.required, b.required) {
                (false, true) => out.push(
                    Kind::RequestBodyMadeRequired,
                    Level::Major,
                    &at,
                    format!("{what} is now required: the method takes it"),
                ),
                (true, false) => out.push(
                    Kind::RequestBodyMadeOptional,
                    Level::Major,
                    &at,
                    format!("{what} is now optional: a setter of the builder"),
                ),
                _ => {}
            }
            let (x, y) = (canon(cx.old, &a.ty), canon(cx.new, &b.ty));
            if x != y {
                out.push(
                    Kind::RequestBodyRetyped,
                    Level::Major,
                    &at,
                    format!("{what} was `{x}`, is now `{y}`"),
                );
            }
            if a.content_type != b.content_type {
                out.push(
                    Kind::RequestBodyMediaTypeChanged,
                    Level::Minor,
                    &at,
                    format!(
                        "{what} is sent as `{}` (was `{}`)",
                        b.content_type, a.content_type
                    ),
                );
            }
            if !b.required && a.ident != b.ident {
                out.push(
                    Kind::ParameterRenamed,
                    Level::Major,
                    &at,
                    format!(
                        "the setter of {what} is now `{}` (was `{}`)",
                        b.ident, a.ident
                    ),
                );
            }
            out.text(
                &at,
                &format!("the description of {what}"),
                a.description.as_deref(),
                b.description.as_deref(),
            );
        }
    }
}

fn response_pointer(op: &Operation, s: StatusMatch) -> String {
    format!(
        "{}/responses/{}",
        pointer(op),
        crate::naming::status_text(s)
    )
}

/// What an outcome gives, as users see it.
fn payload(model: &Model, o: &Outcome) -> String {
    match &o.decode {
        Decode::Json(ty) if o.boxed => format!("Box<{}>", canon(model, ty)),
        Decode::Json(ty) => canon(model, ty),
        Decode::Text => "String".into(),
        Decode::Bytes => "Bytes".into(),
        Decode::Redirect => "Redirect".into(),
        Decode::Empty => "()".into(),
    }
}

/// What `send()` returns.
fn returns(model: &Model, op: &Operation) -> String {
    match (&op.response_enum, op.success.first()) {
        (Some(e), _) => e.clone(),
        (None, Some(o)) => payload(model, o),
        (None, None) => "()".into(),
    }
}

fn success(cx: &Cx<'_>, o: &Operation, n: &Operation, out: &mut Changes) {
    let id = Some(n.id.clone());
    let at = |op: &Operation, s: StatusMatch, side, rust: String| At {
        pointer: response_pointer(op, s),
        document: side,
        operation: id.clone(),
        schema: None,
        rust,
    };
    let send = format!("{}::send", n.builder_name);
    let (ret_old, ret_new) = (returns(cx.old, o), returns(cx.new, n));
    // One success response gives its type; several give an enum with a variant each.
    let shape_changed = o.response_enum.is_some() != n.response_enum.is_some();
    let variant = |op: &Operation, out: &Outcome| match &op.response_enum {
        Some(e) => format!("{e}::{}", out.variant),
        None => format!("{}::send", op.builder_name),
    };
    for a in &o.success {
        let s = crate::naming::status_text(a.status);
        match n.success.iter().find(|b| b.status == a.status) {
            None => {
                let (level, how) = if shape_changed {
                    (
                        Level::Major,
                        format!(": `send()` returns `{ret_new}`, no longer `{ret_old}`"),
                    )
                } else if n.response_enum.is_some() {
                    (Level::Major, format!(": `{}` removed", variant(o, a)))
                } else {
                    (Level::Minor, String::new())
                };
                out.push(
                    Kind::ResponseRemoved,
                    level,
                    &at(o, a.status, Side::Old, variant(o, a)),
                    format!("success response {s} of `{}` removed{how}", n.id),
                );
            }
            Some(b) => {
                let (x, y) = (payload(cx.old, a), payload(cx.new, b));
                if x != y {
                    out.push(
                        Kind::ResponseRetyped,
                        Level::Major,
                        &at(n, b.status, Side::New, variant(n, b)),
                        format!("success response {s} of `{}` was `{x}`, is now `{y}`", n.id),
                    );
                } else if o.response_enum.is_some()
                    && n.response_enum.is_some()
                    && a.variant != b.variant
                {
                    out.push(
                        Kind::ResponseRetyped,
                        Level::Major,
                        &at(n, b.status, Side::New, variant(n, b)),
                        format!(
                            "success response {s} of `{}` is now the variant `{}` (was `{}`)",
                            n.id, b.variant, a.variant
                        ),
                    );
                }
                out.text(
                    &at(n, b.status, Side::New, variant(n, b)),
                    &format!("the description of response {s} of `{}`", n.id),
                    Some(&a.description),
                    Some(&b.description),
                );
            }
        }
    }
    for b in &n.success {
        if o.success.iter().any(|a| a.status == b.status) {
            continue;
        }
        let s = crate::naming::status_text(b.status);
        let (level, how) = if shape_changed {
            (
                Level::Major,
                format!(": `send()` returns `{ret_new}`, no longer `{ret_old}`"),
            )
        } else if n.response_enum.is_some() {
            (Level::Minor, format!(": variant `{}`", variant(n, b)))
        } else {
            (Level::Minor, String::new())
        };
        out.push(
            Kind::ResponseAdded,
            level,
            &at(n, b.status, Side::New, variant(n, b)),
            format!(
                "success response {s} (`{}`) of `{}` added{how}",
                payload(cx.new, b),
                n.id
            ),
        );
    }
    // A single response whose status changed but whose type did not: same API.
    if !shape_changed && o.response_enum.is_none() && ret_old != ret_new {
        let s = n.success.first().map_or(StatusMatch::Default, |b| b.status);
        let already = out
            .0
            .iter()
            .any(|c| c.operation == id && c.kind == Kind::ResponseRetyped);
        if !already {
            out.push(
                Kind::ResponseRetyped,
                Level::Major,
                &at(n, s, Side::New, send),
                format!(
                    "`send()` of `{}` returned `{ret_old}`, now returns `{ret_new}`",
                    n.id
                ),
            );
        }
    }
}

fn errors(cx: &Cx<'_>, o: &Operation, n: &Operation, out: &mut Changes) {
    let id = Some(n.id.clone());
    let name = |m: &Model, t: usize| m.types[t].name.clone();
    let at = |op: &Operation, s: StatusMatch, side, body: &str| At {
        pointer: response_pointer(op, s),
        document: side,
        operation: id.clone(),
        schema: None,
        rust: format!("ErrorBody::{body}"),
    };
    for a in &o.errors {
        let s = crate::naming::status_text(a.status);
        let x = name(cx.old, a.body);
        match n.errors.iter().find(|b| b.status == a.status) {
            None => out.push(
                Kind::ErrorResponseRemoved,
                Level::Minor,
                &at(o, a.status, Side::Old, &x),
                format!(
                    "error response {s} (`{x}`) of `{}` removed: its body is no longer decoded",
                    n.id
                ),
            ),
            Some(b) => {
                let y = name(cx.new, b.body);
                if x != y {
                    out.push(
                        Kind::ErrorResponseRetyped,
                        Level::Minor,
                        &at(n, b.status, Side::New, &y),
                        format!("error response {s} of `{}` was `{x}`, is now `{y}`", n.id),
                    );
                }
            }
        }
    }
    for b in &n.errors {
        if !o.errors.iter().any(|a| a.status == b.status) {
            let y = name(cx.new, b.body);
            out.push(
                Kind::ErrorResponseAdded,
                Level::Minor,
                &at(n, b.status, Side::New, &y),
                format!(
                    "error response {} (`{y}`) of `{}` added",
                    crate::naming::status_text(b.status),
                    n.id
                ),
            );
        }
    }
}

fn pagination(cx: &Cx<'_>, op: &Operation, o: &Operation, n: &Operation, out: &mut Changes) {
    let at = At {
        pointer: pointer(op),
        document: Side::New,
        operation: Some(n.id.clone()),
        schema: None,
        rust: format!("{}::stream", n.builder_name),
    };
    match (&o.pagination, &n.pagination) {
        (None, Some(p)) => out.push(
            Kind::PaginationAdded,
            Level::Minor,
            &at,
            format!(
                "`{}` now streams its pages (`.stream()` of `{}`)",
                n.id,
                canon(cx.new, &p.item_ty)
            ),
        ),
        (Some(_), None) => out.push(
            Kind::PaginationRemoved,
            Level::Major,
            &At {
                document: Side::Old,
                ..at
            },
            format!(
                "`{}` no longer streams its pages: `.stream()` removed",
                n.id
            ),
        ),
        (Some(a), Some(b)) => {
            let (x, y) = (canon(cx.old, &a.item_ty), canon(cx.new, &b.item_ty));
            if x != y {
                out.push(
                    Kind::PaginationChanged,
                    Level::Major,
                    &at,
                    format!("`.stream()` of `{}` yielded `{x}`, now yields `{y}`", n.id),
                );
            }
        }
        (None, None) => {}
    }
}
