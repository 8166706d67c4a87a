//! Recursion in the type space: reference cycles that name no type, and the
//! struct fields that need a `Box` because their type contains the struct.

use super::TypeSpace;
use crate::diagnostics::{Error, Pointer, Result};
use crate::ir::{Ty, TypeId, TypeKind};

impl TypeSpace<'_> {
    /// `A: {$ref: B}`, `B: {$ref: A}` names no type at all.
    pub(super) fn check_alias_cycles(&self) -> Result<()> {
        for start in 0..self.types.len() {
            let mut current = start;
            for _ in 0..=self.types.len() {
                match &self.types[current].kind {
                    TypeKind::Alias(Ty::Named(next)) => current = *next,
                    _ => break,
                }
                if current == start {
                    let pointer = Pointer::from_ref(&self.types[start].source).unwrap_or_default();
                    return Err(Error::doc(
                        self.resolver.file,
                        &pointer,
                        "$ref cycle: this schema is only a reference that leads back to itself, so it names no type",
                    ));
                }
            }
        }
        Ok(())
    }

    /// Boxes each struct field whose type leads back to the struct without an
    /// indirection (Vec or map) in between.
    pub(super) fn mark_boxed(&mut self) {
        let n = self.types.len();
        for id in 0..n {
            let TypeKind::Struct(s) = &self.types[id].kind else {
                continue;
            };
            let boxed: Vec<bool> = s
                .fields
                .iter()
                .map(|f| match &f.ty {
                    Ty::Named(target) => self.reaches(*target, id),
                    _ => false,
                })
                .collect();
            if let TypeKind::Struct(s) = &mut self.types[id].kind {
                for (f, b) in s.fields.iter_mut().zip(boxed) {
                    f.boxed = b;
                }
            }
        }
    }

    /// Whether `from` contains `to` by value.
    pub(super) fn reaches(&self, from: TypeId, to: TypeId) -> bool {
        let mut stack = vec![from];
        let mut seen = vec![false; self.types.len()];
        while let Some(id) = stack.pop() {
            if id == to {
                return true;
            }
            if std::mem::replace(&mut seen[id], true) {
                continue;
            }
            match &self.types[id].kind {
                TypeKind::Struct(s) => stack.extend(s.fields.iter().filter_map(|f| match f.ty {
                    Ty::Named(t) => Some(t),
                    _ => None,
                })),
                TypeKind::Alias(Ty::Named(t)) => stack.push(*t),
                TypeKind::Union(u) => {
                    stack.extend(u.variants.iter().filter_map(|(_, ty)| match ty {
                        Ty::Named(t) => Some(*t),
                        _ => None,
                    }))
                }
                _ => {}
            }
        }
        false
    }
}
