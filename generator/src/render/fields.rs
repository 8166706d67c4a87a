//! Struct fields in emitted code: the Rust type a field's [`FieldShape`] gives it, and the one
//! way generated code reads a field of any shape (pagination, error messages, multipart
//! bodies...). Code that reads a model field goes through [`read`], so that a field's shape
//! (`T`, `Option<T>` or `Nullable<T>`, boxed or not) is known in one place.

use crate::ir::{Field, FieldShape};

/// The Rust type of a field of `shape` whose value type is `value` (already `Box<...>` when
/// the field is boxed).
pub fn field_type(shape: FieldShape, value: &str) -> String {
    match shape {
        FieldShape::Required => value.to_string(),
        FieldShape::Optional | FieldShape::RequiredNullable => format!("Option<{value}>"),
        FieldShape::OptionalNullable => format!("rt::Nullable<{value}>"),
    }
}

/// What a field of `shape` holds when nothing was said about it (`new`'s initialiser); `None`
/// for a required field, which has no such value.
pub fn unset_value(shape: FieldShape) -> Option<&'static str> {
    match shape {
        FieldShape::Required => None,
        FieldShape::Optional | FieldShape::RequiredNullable => Some("None"),
        FieldShape::OptionalNullable => Some("rt::Nullable::Absent"),
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldRead {
    expr: String,
    always: bool,
}

/// Reads `field` of the struct expression `value` (a place: `page`, `body`, `b`).
pub fn read(value: &str, field: &Field, access: Access) -> FieldRead {
    let place = format!("{value}.{}", field.ident);
    let boxed = field.boxed;
    let shape = field.shape();
    let expr = match (shape, access) {
        (FieldShape::Required, Access::Borrow) if boxed => format!("&*{place}"),
        (FieldShape::Required, Access::Borrow) => format!("&{place}"),
        (FieldShape::Required, Access::Deref) if boxed => format!("&**{place}"),
        (FieldShape::Required, Access::Deref) => format!("&*{place}"),
        (FieldShape::Required, Access::Move) if boxed => format!("*{place}"),
        (FieldShape::Required, Access::Move) => place,
        (FieldShape::Optional | FieldShape::RequiredNullable, access) => match (access, boxed) {
            (Access::Borrow, false) => format!("{place}.as_ref()"),
            (Access::Borrow, true) | (Access::Deref, false) => format!("{place}.as_deref()"),
            (Access::Deref, true) => format!("{place}.as_deref().map(std::ops::Deref::deref)"),
            (Access::Move, false) => place,
            (Access::Move, true) => format!("{place}.map(|v| *v)"),
        },
        (FieldShape::OptionalNullable, access) => match (access, boxed) {
            (Access::Borrow, false) => format!("{place}.as_ref()"),
            (Access::Borrow, true) => format!("{place}.as_ref().map(|v| &**v)"),
            (Access::Deref, false) => format!("{place}.as_ref().map(std::ops::Deref::deref)"),
            (Access::Deref, true) => format!("{place}.as_ref().map(|v| &***v)"),
            (Access::Move, false) => format!("{place}.into_option()"),
            (Access::Move, true) => format!("{place}.into_option().map(|v| *v)"),
        },
    };
    FieldRead {
        expr,
        always: shape.always_set(),
    }
}

impl FieldRead {
    /// An `Option` of the value.
    pub fn option(&self) -> String {
        if self.always {
            format!("Some({})", self.expr)
        } else {
            self.expr.clone()
        }
    }

    /// The value, or the type's default when the field has none.
    pub fn or_default(&self) -> String {
        if self.always {
            self.expr.clone()
        } else {
            format!("{}.unwrap_or_default()", self.expr)
        }
    }

    /// The statement `then(v)` run with the value bound to `bind`, only when there is one.
    pub fn if_set(&self, bind: &str, then: impl FnOnce(&str) -> String) -> String {
        if self.always {
            then(&self.expr)
        } else {
            format!("if let Some({bind}) = {} {{ {} }}", self.expr, then(bind))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Ty;

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
        assert_eq!(field_type(FieldShape::Required, "T"), "T");
        assert_eq!(field_type(FieldShape::Optional, "T"), "Option<T>");
        assert_eq!(field_type(FieldShape::RequiredNullable, "T"), "Option<T>");
        assert_eq!(
            field_type(FieldShape::OptionalNullable, "T"),
            "rt::Nullable<T>"
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
            assert_eq!(read("p", &field(shape, false), access).option(), want);
        }
    }

    #[test]
    fn boxed_fields_read_their_value_not_the_box() {
        let move_of = |shape| read("p", &field(shape, true), Access::Move).option();
        assert_eq!(move_of(FieldShape::Required), "Some(*p.f)");
        assert_eq!(move_of(FieldShape::Optional), "p.f.map(|v| *v)");
        assert_eq!(
            move_of(FieldShape::OptionalNullable),
            "p.f.into_option().map(|v| *v)"
        );
        let borrow_of = |shape| read("p", &field(shape, true), Access::Borrow).option();
        assert_eq!(borrow_of(FieldShape::Required), "Some(&*p.f)");
        assert_eq!(borrow_of(FieldShape::RequiredNullable), "p.f.as_deref()");
        assert_eq!(
            borrow_of(FieldShape::OptionalNullable),
            "p.f.as_ref().map(|v| &**v)"
        );
    }

    #[test]
    fn defaults_and_conditional_statements() {
        let items = |shape| read("p", &field(shape, false), Access::Move).or_default();
        assert_eq!(items(FieldShape::Required), "p.f");
        assert_eq!(items(FieldShape::Optional), "p.f.unwrap_or_default()");
        assert_eq!(
            items(FieldShape::OptionalNullable),
            "p.f.into_option().unwrap_or_default()"
        );
        let part = |shape| {
            read("b", &field(shape, false), Access::Borrow).if_set("v", |v| format!("use({v});"))
        };
        assert_eq!(part(FieldShape::Required), "use(&b.f);");
        assert_eq!(
            part(FieldShape::OptionalNullable),
            "if let Some(v) = b.f.as_ref() { use(v); }"
        );
    }
}
