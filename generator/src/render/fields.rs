//! Struct fields in emitted code: the Rust type a field's [`FieldShape`] gives it, and the one
//! way generated code reads a field of any shape (pagination, error messages, multipart
//! bodies...). Code that reads a model field goes through [`read`], so that a field's shape
//! (`T`, `Option<T>` or `Nullable<T>`, boxed or not) is known in one place.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Field, FieldShape};

/// The Rust type of a field of `shape` whose value type is `value` (already `Box<...>` when
/// the field is boxed).
pub fn field_type(shape: FieldShape, value: &TokenStream) -> TokenStream {
    match shape {
        FieldShape::Required => value.clone(),
        FieldShape::Optional | FieldShape::RequiredNullable => quote!(Option<#value>),
        FieldShape::OptionalNullable => quote!(rt::Nullable<#value>),
    }
}

/// What a field of `shape` holds when nothing was said about it (`new`'s initialiser); `None`
/// for a required field, which has no such value.
pub fn unset_value(shape: FieldShape) -> Option<TokenStream> {
    match shape {
        FieldShape::Required => None,
        FieldShape::Optional | FieldShape::RequiredNullable => Some(quote!(None)),
        FieldShape::OptionalNullable => Some(quote!(rt::Nullable::Absent)),
    }
}

/// How generated code takes a field's value `T` (the declared type, never the `Box`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// `&T`, from a struct value or a reference to one.
    Borrow,
    /// `&T::Target` (`&str` from a `String` field), from a struct value or a reference.
    Deref,
    /// `T`, moving it out of an owned struct value.
    Move,
}

/// An expression reading one field: a value of the access's type when the field always holds
/// one, otherwise an `Option` of it (`None` when the field is absent or null).
#[derive(Debug, Clone)]
pub struct FieldRead {
    expr: TokenStream,
    always: bool,
}

/// Reads `field` of the struct expression `value` (a place: `page`, `body`, `b`).
pub fn read(value: &str, field: &Field, access: Access) -> FieldRead {
    let value = super::ident(value);
    let ident = super::ident(&field.ident);
    let place = quote!(#value.#ident);
    let boxed = field.boxed;
    let shape = field.shape();
    let expr = match (shape, access) {
        (FieldShape::Required, Access::Borrow) if boxed => quote!(&*#place),
        (FieldShape::Required, Access::Borrow) => quote!(&#place),
        (FieldShape::Required, Access::Deref) if boxed => quote!(&**#place),
        (FieldShape::Required, Access::Deref) => quote!(&*#place),
        (FieldShape::Required, Access::Move) if boxed => quote!(*#place),
        (FieldShape::Required, Access::Move) => place,
        (FieldShape::Optional | FieldShape::RequiredNullable, access) => match (access, boxed) {
            (Access::Borrow, false) => quote!(#place.as_ref()),
            (Access::Borrow, true) | (Access::Deref, false) => quote!(#place.as_deref()),
            (Access::Deref, true) => quote!(#place.as_deref().map(std::ops::Deref::deref)),
            (Access::Move, false) => place,
            (Access::Move, true) => quote!(#place.map(|v| *v)),
        },
        (FieldShape::OptionalNullable, access) => match (access, boxed) {
            (Access::Borrow, false) => quote!(#place.as_ref()),
            (Access::Borrow, true) => quote!(#place.as_ref().map(|v| &**v)),
            (Access::Deref, false) => quote!(#place.as_ref().map(std::ops::Deref::deref)),
            (Access::Deref, true) => quote!(#place.as_ref().map(|v| &***v)),
            (Access::Move, false) => quote!(#place.into_option()),
            (Access::Move, true) => quote!(#place.into_option().map(|v| *v)),
        },
    };
    FieldRead {
        expr,
        always: shape.always_set(),
    }
}

impl FieldRead {
    /// An `Option` of the value.
    pub fn option(&self) -> TokenStream {
        let expr = &self.expr;
        if self.always {
            quote!(Some(#expr))
        } else {
            expr.clone()
        }
    }

    /// The value, or the type's default when the field has none.
    pub fn or_default(&self) -> TokenStream {
        let expr = &self.expr;
        if self.always {
            expr.clone()
        } else {
            quote!(#expr.unwrap_or_default())
        }
    }

    /// The statement `then(v)` run with the value bound to `bind`, only when there is one.
    pub fn if_set(&self, bind: &str, then: impl FnOnce(TokenStream) -> TokenStream) -> TokenStream {
        if self.always {
            then(self.expr.clone())
        } else {
            let bind = super::ident(bind);
            let expr = &self.expr;
            let body = then(quote!(#bind));
            quote!(if let Some(#bind) = #expr { #body })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Ty;
    use crate::render::{tokens, Spelled};

    fn field(shape: FieldShape, boxed: bool) -> Field {
        Field {
            name: "f".into(),
            ident: "f".into(),
            ty: Ty::String,
            required: matches!(shape, FieldShape::Required | FieldShape::RequiredNullable),
            nullable: matches!(
                shape,
                FieldShape::RequiredNullable | FieldShape::OptionalNullable
            ),
            boxed,
            description: None,
            deprecated: false,
            read_only: false,
            write_only: false,
            default: None,
            pointer: "#/components/schemas/S/properties/f".into(),
            secret: false,
        }
    }

    #[test]
    fn shapes_come_from_required_and_nullable() {
        for shape in FieldShape::ALL {
            assert_eq!(field(shape, false).shape(), shape);
        }
        let of = |shape| field_type(shape, &quote!(T)).to_string().spelled();
        assert_eq!(of(FieldShape::Required), tokens("T"));
        assert_eq!(of(FieldShape::Optional), tokens("Option<T>"));
        assert_eq!(of(FieldShape::RequiredNullable), tokens("Option<T>"));
        assert_eq!(of(FieldShape::OptionalNullable), tokens("rt::Nullable<T>"));
        assert_eq!(
            unset_value(FieldShape::Required).map(|t| t.to_string().spelled()),
            None
        );
        assert_eq!(
            unset_value(FieldShape::OptionalNullable).map(|t| t.to_string().spelled()),
            Some(tokens("rt::Nullable::Absent"))
        );
    }

    #[test]
    fn every_shape_reads_as_an_option() {
        let expect = [
            (FieldShape::Required, Access::Move, "Some(p.f)"),
            (FieldShape::Optional, Access::Move, "p.f"),
            (FieldShape::RequiredNullable, Access::Move, "p.f"),
            (
                FieldShape::OptionalNullable,
                Access::Move,
                "p.f.into_option()",
            ),
            (FieldShape::Required, Access::Borrow, "Some(&p.f)"),
            (FieldShape::Optional, Access::Borrow, "p.f.as_ref()"),
            (FieldShape::OptionalNullable, Access::Borrow, "p.f.as_ref()"),
            (FieldShape::Required, Access::Deref, "Some(&*p.f)"),
            (
                FieldShape::RequiredNullable,
                Access::Deref,
                "p.f.as_deref()",
            ),
            (
                FieldShape::OptionalNullable,
                Access::Deref,
                "p.f.as_ref().map(std::ops::Deref::deref)",
            ),
        ];
        for (shape, access, want) in expect {
            assert_eq!(
                read("p", &field(shape, false), access)
                    .option()
                    .to_string()
                    .spelled(),
                tokens(want)
            );
        }
    }

    #[test]
    fn boxed_fields_read_their_value_not_the_box() {
        let move_of = |shape| {
            read("p", &field(shape, true), Access::Move)
                .option()
                .to_string()
                .spelled()
        };
        assert_eq!(move_of(FieldShape::Required), tokens("Some(*p.f)"));
        assert_eq!(move_of(FieldShape::Optional), tokens("p.f.map(|v| *v)"));
        assert_eq!(
            move_of(FieldShape::OptionalNullable),
            tokens("p.f.into_option().map(|v| *v)")
        );
        let borrow_of = |shape| {
            read("p", &field(shape, true), Access::Borrow)
                .option()
                .to_string()
                .spelled()
        };
        assert_eq!(borrow_of(FieldShape::Required), tokens("Some(&*p.f)"));
        assert_eq!(
            borrow_of(FieldShape::RequiredNullable),
            tokens("p.f.as_deref()")
        );
        assert_eq!(
            borrow_of(FieldShape::OptionalNullable),
            tokens("p.f.as_ref().map(|v| &**v)")
        );
    }

    #[test]
    fn defaults_and_conditional_statements() {
        let items = |shape| {
            read("p", &field(shape, false), Access::Move)
                .or_default()
                .to_string()
                .spelled()
        };
        assert_eq!(items(FieldShape::Required), tokens("p.f"));
        assert_eq!(
            items(FieldShape::Optional),
            tokens("p.f.unwrap_or_default()")
        );
        assert_eq!(
            items(FieldShape::OptionalNullable),
            tokens("p.f.into_option().unwrap_or_default()")
        );
        let part = |shape| {
            read("b", &field(shape, false), Access::Borrow)
                .if_set("v", |v| quote!(use_it(#v);))
                .to_string()
                .spelled()
        };
        assert_eq!(part(FieldShape::Required), tokens("use_it(&b.f);"));
        assert_eq!(
            part(FieldShape::OptionalNullable),
            tokens("if let Some(v) = b.f.as_ref() { use_it(v); }")
        );
    }
}
