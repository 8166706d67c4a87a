//! Large union variants go behind a `Box`.
//!
//! An enum is as big as its largest variant: a `oneOf` of a 2,800-byte struct and a string
//! makes every value of the union 2,800 bytes, and clippy's `large_enum_variant` (on by
//! default) rejects it once the largest variant is 200 bytes (its `enum-variant-size-threshold`)
//! bigger than the second largest. rustc's layout is not known while generating, so the
//! generator estimates each variant's payload from the IR, for a 64-bit target:
//!
//! | type | bytes |
//! | --- | ---: |
//! | `String`, `Vec<T>`, `BTreeMap<String, T>` | 24 |
//! | `serde_json::Value`, `bytes::Bytes` | 32 |
//! | `bool`; `i32`, `f32`, `NaiveDate`; `i64`, `f64`; `DateTime<Utc>` | 1; 4; 8; 12 |
//! | string enum (its unknown variant holds a `String`); integer enum | 24; 16 |
//! | struct | its fields (a boxed one 8, `Option` and `Nullable` add 8 to a type without a niche), rounded up to 8 |
//! | union | its largest variant (at least the 32 of the catch-all `Value`) plus 8 |
//!
//! **The rule:** a variant whose payload is estimated at more than [`MAX_INLINE`] (128) bytes
//! is boxed. Every union then holds at most about 136 bytes inline, and the lint cannot fire
//! unless an estimate is more than 70 bytes short (the catch-all variant is 32 bytes, so the
//! largest inline one would have to be 232). The rule looks at each variant alone, not at the
//! difference clippy measures: a union of two 2,800-byte structs is not linted, but it is as
//! wasteful, and a variant keeps its box when another variant is added to the document. Serde
//! does not see the box (`Box<T>` (de)serialises as `T`); the generated union has a `From<T>`
//! for each boxed variant whose type no other variant has, so a value is built with `.into()`.
//!
//! **The response enums and `ErrorBody`** follow another rule, because their values are not
//! kept inside other values: `send()` returns one (a single success response returns its struct
//! as big, unboxed), and `Error` already boxes the error it carries. What costs there is only
//! the gap clippy measures, a small variant paying for a large one: while the largest payload
//! is estimated more than [`MAX_GAP`] (176) bytes above the second largest (a bodiless
//! response counts 0), the largest is boxed. An enum of one variant, or of payloads of like
//! size, keeps them inline, and so does a gap clippy accepts: a variant's type is public API,
//! and a box it does not need would only break users' patterns. The 24 bytes below clippy's
//! 200 leave room for the estimate, which is exact for strings, numbers and plain structs and
//! high for unions and optional dates. (A build whose `serde_json` has `preserve_order` has a
//! 72-byte `Value`, not 32: more than the margin for payloads full of them.)

use crate::ir::{Decode, FieldShape, Model, Ty, TypeDef, TypeId, TypeKind};

/// The largest payload (estimated bytes) a union variant holds inline.
pub const MAX_INLINE: u64 = 128;

/// The largest gap (estimated bytes) between the two largest payloads of a response enum or of
/// `ErrorBody` before the largest is boxed.
pub const MAX_GAP: u64 = 176;

/// Marks the variants of every union whose payload is estimated above [`MAX_INLINE`].
pub fn box_large_variants(types: &mut [TypeDef]) {
    let mut sizes = Sizes {
        types: &*types,
        memo: vec![None; types.len()],
    };
    let boxed: Vec<Option<Vec<bool>>> = (0..types.len())
        .map(|id| match &types[id].kind {
            TypeKind::Union(u) => Some(
                u.variants
                    .iter()
                    .map(|(_, ty)| sizes.of(ty) > MAX_INLINE)
                    .collect(),
            ),
            _ => None,
        })
        .collect();
    for (t, b) in types.iter_mut().zip(boxed) {
        if let (TypeKind::Union(u), Some(b)) = (&mut t.kind, b) {
            u.boxed = b;
        }
    }
}

/// Marks the variants of the response enums and of `ErrorBody` that the gap rule boxes.
pub fn box_uneven_variants(model: &mut Model) {
    let mut sizes = Sizes {
        types: &model.types,
        memo: vec![None; model.types.len()],
    };
    let bodies: Vec<u64> = (model.error_bodies.iter())
        .map(|id| sizes.named(*id))
        .collect();
    model.error_bodies_boxed = uneven(&bodies, &vec![true; bodies.len()]);
    for op in model.apis.iter_mut().flat_map(|a| a.operations.iter_mut()) {
        if op.response_enum.is_none() {
            continue;
        }
        let payloads: Vec<u64> = (op.success.iter())
            .map(|o| match &o.decode {
                Decode::Json(ty) => sizes.of(ty),
                Decode::Text => 24,
                Decode::Bytes | Decode::Redirect => 32,
                Decode::Empty => 0,
            })
            .collect();
        // Only a decoded model can be large; the others keep their plain types.
        let json: Vec<bool> = (op.success.iter())
            .map(|o| matches!(o.decode, Decode::Json(_)))
            .collect();
        for (o, boxed) in op.success.iter_mut().zip(uneven(&payloads, &json)) {
            o.boxed = boxed;
        }
    }
}

/// Which variants of payloads `sizes` to box so that the largest inline one is at most
/// [`MAX_GAP`] above the next; only those marked `boxable` can be.
fn uneven(sizes: &[u64], boxable: &[bool]) -> Vec<bool> {
    let mut boxed = vec![false; sizes.len()];
    if sizes.len() < 2 {
        return boxed;
    }
    loop {
        let held = |i: usize| if boxed[i] { 8 } else { sizes[i] };
        let mut order: Vec<usize> = (0..sizes.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(held(i)));
        let (first, second) = (order[0], order[1]);
        if held(first) <= held(second) + MAX_GAP || boxed[first] || !boxable[first] {
            return boxed;
        }
        boxed[first] = true;
    }
}

/// An estimate of `ty`'s size in bytes on a 64-bit target (the table above); the tests read it.
#[cfg(test)]
pub fn estimated_size(types: &[TypeDef], ty: &Ty) -> u64 {
    Sizes {
        types,
        memo: vec![None; types.len()],
    }
    .of(ty)
}

struct Sizes<'t> {
    types: &'t [TypeDef],
    /// Per type: `Some(size)` once known; a type met again while its own size is worked out
    /// (a cycle, which the recursion pass broke with a box) counts as a pointer.
    memo: Vec<Option<Option<u64>>>,
}

impl Sizes<'_> {
    fn of(&mut self, ty: &Ty) -> u64 {
        match ty {
            Ty::Bool => 1,
            Ty::I32 | Ty::F32 | Ty::Date => 4,
            Ty::I64 | Ty::F64 => 8,
            Ty::DateTime => 12,
            Ty::String | Ty::Vec(_) | Ty::Map(_) => 24,
            Ty::Json | Ty::Bytes => 32,
            Ty::Named(id) => self.named(*id),
        }
    }

    fn named(&mut self, id: TypeId) -> u64 {
        match self.memo[id] {
            Some(Some(size)) => return size,
            Some(None) => return 8,
            None => {}
        }
        self.memo[id] = Some(None);
        let size = match &self.types[id].kind {
            TypeKind::Enum(_) => 24,
            TypeKind::IntEnum(_) => 16,
            TypeKind::Alias(ty) => self.of(ty),
            TypeKind::Union(u) => {
                let largest = u
                    .variants
                    .iter()
                    .enumerate()
                    .map(|(i, (_, ty))| {
                        if u.boxed.get(i).copied().unwrap_or(false) {
                            8
                        } else {
                            self.of(ty)
                        }
                    })
                    .fold(32, u64::max);
                largest + 8
            }
            TypeKind::Struct(s) => {
                let fields: u64 = s
                    .fields
                    .iter()
                    .map(|f| {
                        if f.boxed {
                            return 8;
                        }
                        let inner = self.of(&f.ty);
                        match f.shape() {
                            FieldShape::Required => inner,
                            _ if has_niche(self.types, &f.ty) => inner,
                            _ => inner + 8,
                        }
                    })
                    .sum();
                let additional = if s.additional.is_some() { 24 } else { 0 };
                (fields + additional).div_ceil(8) * 8
            }
        };
        self.memo[id] = Some(Some(size));
        size
    }
}

/// Whether `Option<T>` can use a spare value of `T` (a pointer, a tag) instead of a tag of its
/// own. Numbers and dates cannot; structs are counted as if they could not (an overestimate).
fn has_niche(types: &[TypeDef], ty: &Ty) -> bool {
    match crate::ir::resolve_alias(types, ty) {
        Ty::String | Ty::Vec(_) | Ty::Map(_) | Ty::Json | Ty::Bytes | Ty::Bool => true,
        Ty::Named(id) => matches!(
            types[*id].kind,
            TypeKind::Enum(_) | TypeKind::IntEnum(_) | TypeKind::Union(_)
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(schemas: &str) -> crate::ir::Model {
        let path = std::path::Path::new("size.yaml");
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        let value = crate::load::parse_value(path, &text).unwrap();
        let api = crate::load::from_value(path, value).unwrap();
        crate::lower::lower(&api, path).expect("lowers")
    }

    fn union_boxes(model: &crate::ir::Model, name: &str) -> Vec<bool> {
        let t = model.types.iter().find(|t| t.name == name).expect(name);
        match &t.kind {
            TypeKind::Union(u) => u.boxed.clone(),
            other => panic!("{name} is {other:?}"),
        }
    }

    /// The gap rule, as a table: payload sizes, which can be boxed, which are.
    #[test]
    fn the_largest_payload_is_boxed_while_it_is_far_above_the_next() {
        let cases: &[(&[u64], &[bool], &[bool])] = &[
            // One variant: nothing to be uneven with.
            (&[800], &[true], &[false]),
            // A large body and a bodiless response.
            (&[312, 0], &[true, true], &[true, false]),
            // Within the gap: six strings and a string enum (168) next to no body.
            (&[168, 0], &[true, true], &[false, false]),
            (&[256, 80], &[true, true], &[false, false]),
            (&[257, 80], &[true, true], &[true, false]),
            // Alike: no gap, nothing boxed however large.
            (&[900, 900], &[true, true], &[false, false]),
            // Two large ones above a small one: after the largest, the next is far above too.
            (&[900, 600, 24], &[true, true, true], &[true, true, false]),
            // The largest cannot be boxed (not a model): the others stay as they are.
            (&[600, 300, 0], &[false, true, true], &[false, false, false]),
        ];
        for (sizes, boxable, want) in cases {
            assert_eq!(uneven(sizes, boxable), *want, "{sizes:?} {boxable:?}");
        }
    }

    /// Six string fields (144 bytes) are over the limit, five (120) are not.
    #[test]
    fn a_variant_over_the_limit_is_boxed_and_a_small_one_is_not() {
        let field = |n: usize| {
            (0..n)
                .map(|i| format!("        f{i}: {{type: string}}\n"))
                .collect::<String>()
        };
        let model = lower(&format!(
            "    Big:\n      type: object\n      properties:\n{}    Small:\n      type: object\n      properties:\n{}    Either:\n      oneOf: [{{$ref: '#/components/schemas/Big'}}, {{$ref: '#/components/schemas/Small'}}, {{type: string}}]\n",
            field(6),
            field(5)
        ));
        assert_eq!(union_boxes(&model, "Either"), [true, false, false]);
        let big = model.types.iter().position(|t| t.name == "Big").unwrap();
        // Optional strings have a niche: 6 × 24.
        assert_eq!(estimated_size(&model.types, &Ty::Named(big)), 144);
    }

    #[test]
    fn option_of_a_number_takes_a_tag_and_a_boxed_union_variant_a_pointer() {
        let model = lower(
            "    Nums:\n      type: object\n      properties:\n        a: {type: integer}\n        b: {type: integer, format: int32}\n      required: [b]\n    U:\n      oneOf: [{$ref: '#/components/schemas/Nums'}, {type: boolean}]\n",
        );
        let nums = model.types.iter().position(|t| t.name == "Nums").unwrap();
        // Option<i64> 16 + i32 4, rounded up to 24.
        assert_eq!(estimated_size(&model.types, &Ty::Named(nums)), 24);
        let u = model.types.iter().position(|t| t.name == "U").unwrap();
        // The catch-all Value (32) is the largest, plus the tag.
        assert_eq!(estimated_size(&model.types, &Ty::Named(u)), 40);
        assert_eq!(union_boxes(&model, "U"), [false, false]);
    }
}
