//! Enum variants that do not come from a string value ([`super::variant_name`]
//! does those): integer values, union alternatives that are not named types,
//! and the catch-all variant each generated enum keeps for values it does not
//! know.

use super::Scope;
use crate::ir::Ty;

/// The variant for an integer enum value: `V{n}`, or `Minus{n}` below zero.
pub fn int_variant_name(value: i64) -> String {
    if value < 0 {
        format!("Minus{}", value.unsigned_abs())
    } else {
        format!("V{value}")
    }
}

/// The variant of a union alternative that is not a named type: what JSON
/// calls its values.
pub fn primitive_variant_name(ty: &Ty) -> &'static str {
    match ty {
        Ty::String | Ty::Date | Ty::DateTime => "String",
        Ty::Bool => "Boolean",
        Ty::I32 | Ty::I64 => "Integer",
        Ty::F32 | Ty::F64 => "Number",
        Ty::Vec(_) => "Array",
        Ty::Map(_) | Ty::Json => "Object",
        Ty::Bytes => "Bytes",
        Ty::Named(_) => "Value",
    }
}

/// The catch-all of a string enum: the first of `Unknown`, `UnknownValue`,
/// `Other` that `variants` does not hold, else `Unknown` made unique.
pub fn string_enum_catch_all(variants: &mut Scope) -> String {
    catch_all(variants, &["Unknown", "UnknownValue", "Other"])
}

/// The catch-all of a union: the first of `Unknown`, `UnknownVariant`,
/// `Other` that `variants` does not hold, else `Unknown` made unique.
pub fn union_catch_all(variants: &mut Scope) -> String {
    catch_all(variants, &["Unknown", "UnknownVariant", "Other"])
}

/// The catch-all of an integer enum: `Unknown` (no `V{n}` takes it).
pub fn int_enum_catch_all(variants: &mut Scope) -> String {
    catch_all(variants, &["Unknown"])
}

fn catch_all(variants: &mut Scope, candidates: &[&str]) -> String {
    candidates
        .iter()
        .find(|n| !variants.contains(n))
        .map_or_else(|| variants.claim(candidates[0], ""), |n| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_int_variant_name() {
        for (value, expected) in [
            (0, "V0"),
            (1, "V1"),
            (42, "V42"),
            (-1, "Minus1"),
            (i64::MIN, "Minus9223372036854775808"),
            (i64::MAX, "V9223372036854775807"),
        ] {
            assert_eq!(int_variant_name(value), expected, "{value}");
        }
    }

    #[test]
    fn test_primitive_variant_name() {
        for (ty, expected) in [
            (Ty::String, "String"),
            (Ty::DateTime, "String"),
            (Ty::Bool, "Boolean"),
            (Ty::I64, "Integer"),
            (Ty::F32, "Number"),
            (Ty::Vec(Box::new(Ty::I32)), "Array"),
            (Ty::Json, "Object"),
            (Ty::Bytes, "Bytes"),
            (Ty::Named(0), "Value"),
        ] {
            assert_eq!(primitive_variant_name(&ty), expected, "{ty:?}");
        }
    }

    fn scope(taken: &[&str]) -> Scope {
        Scope::with_reserved(taken)
    }

    #[test]
    fn test_string_enum_catch_all() {
        for (taken, expected) in [
            (&[][..], "Unknown"),
            (&["Active"][..], "Unknown"),
            (&["Unknown"][..], "UnknownValue"),
            (&["Unknown", "UnknownValue"][..], "Other"),
            (&["Unknown", "UnknownValue", "Other"][..], "Unknown2"),
        ] {
            assert_eq!(
                string_enum_catch_all(&mut scope(taken)),
                expected,
                "{taken:?}"
            );
        }
    }

    #[test]
    fn test_union_catch_all() {
        for (taken, expected) in [
            (&[][..], "Unknown"),
            (&["Unknown"][..], "UnknownVariant"),
            (&["Unknown", "UnknownVariant"][..], "Other"),
            (&["Unknown", "UnknownVariant", "Other"][..], "Unknown2"),
            (
                &["Unknown", "UnknownVariant", "Other", "Unknown2"][..],
                "Unknown3",
            ),
        ] {
            assert_eq!(union_catch_all(&mut scope(taken)), expected, "{taken:?}");
        }
    }

    #[test]
    fn test_int_enum_catch_all() {
        for (taken, expected) in [(&["V1", "Minus1"][..], "Unknown"), (&[][..], "Unknown")] {
            assert_eq!(int_enum_catch_all(&mut scope(taken)), expected, "{taken:?}");
        }
    }
}
