//! The generated crate's cargo features: one per API (tag), so that a user compiles only the
//! operations they call, and for each model type the APIs whose operations reach it
//! (transitively: fields, items, map values, union variants, aliases), so that it is compiled
//! when any of them is enabled.
//!
//! Two kinds of type are not an API's:
//! - the error bodies, and what they reach: the crate's `ErrorBody`, and so its `Error`, names
//!   them, and every build has an `Error`, so they are compiled in every build;
//! - types no operation reaches (schemas the document declares but no operation uses): they
//!   are compiled with the `all-models` feature alone, which is also the way to get every
//!   model without any API (for a program that only decodes webhooks, say). Compiling them
//!   under every feature would make each feature pay for all of them. The hidden feature
//!   `__unreached-models` compiles them without the others, for tools that compile a giant
//!   crate in parts (see [`naming::UNREACHED_MODELS`]).
//!
//! A document without tags gets no API features (its operations are all in one API); the
//! `api_features` setting turns them off for any document.

use std::collections::BTreeSet;

use crate::ir::{Model, TypeId};
use crate::naming::{self, Scope};

/// What compiles a model type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// Every build: an error body or a type one reaches, or any type of a crate without API
    /// features.
    Always,
    /// `all-models`, or any of these APIs (indices of [`Model::apis`]); none: `all-models` only.
    Apis(BTreeSet<usize>),
}

impl Gate {
    /// The gate of an item that holds items of both gates (a module of several types).
    fn union(&mut self, other: &Gate) {
        match (&mut *self, other) {
            (Gate::Always, _) => {}
            (_, Gate::Always) => *self = Gate::Always,
            (Gate::Apis(mine), Gate::Apis(theirs)) => mine.extend(theirs),
        }
    }
}

/// The crate's API features and the gate of each of its types.
#[derive(Debug, Clone)]
pub struct Features {
    /// Per API, in [`Model::apis`] order: its feature; empty when the crate has none.
    apis: Vec<String>,
    /// Per type, in [`Model::types`] order.
    gates: Vec<Gate>,
    /// The types no operation reaches and those they reach: the hidden feature's, which must
    /// compile alone.
    unreached: BTreeSet<TypeId>,
}

impl Features {
    /// The features of `model`'s crate: none when `enabled` is false or no operation has a tag.
    pub fn new(model: &Model, enabled: bool) -> Self {
        if !enabled || model.apis.iter().all(|a| a.tag.is_none()) {
            return Features {
                apis: Vec::new(),
                gates: vec![Gate::Always; model.types.len()],
                unreached: BTreeSet::new(),
            };
        }
        let mut scope = Scope::with_reserved(naming::FIXED_FEATURES);
        let apis = model
            .apis
            .iter()
            .map(|a| naming::api_feature(&a.accessor, &mut scope))
            .collect();
        let mut gates = vec![Gate::Apis(BTreeSet::new()); model.types.len()];
        for id in reach(model, model.error_bodies.iter().copied()) {
            gates[id] = Gate::Always;
        }
        for (index, api) in model.apis.iter().enumerate() {
            let mut roots = Vec::new();
            for op in &api.operations {
                op.each_named(&mut |id| roots.push(id));
            }
            for id in reach(model, roots) {
                if let Gate::Apis(apis) = &mut gates[id] {
                    apis.insert(index);
                }
            }
        }
        let roots = (0..gates.len()).filter(|&id| gates[id] == Gate::Apis(BTreeSet::new()));
        let unreached = reach(model, roots)
            .into_iter()
            .filter(|&id| gates[id] != Gate::Always)
            .collect();
        Features {
            apis,
            gates,
            unreached,
        }
    }

    /// Whether the hidden feature of the models no operation reaches compiles any of `ids`: one
    /// of them, or a type one of them reaches (a webhook's payload may hold an API's model).
    pub fn unreached(&self, ids: &[TypeId]) -> bool {
        ids.iter().any(|id| self.unreached.contains(id))
    }

    /// Whether the crate has API features.
    pub fn enabled(&self) -> bool {
        !self.apis.is_empty()
    }

    /// Every API's feature, in [`Model::apis`] order; empty without API features.
    pub fn api_features(&self) -> &[String] {
        &self.apis
    }

    /// The feature of API `index`, if the crate has API features.
    pub fn api(&self, index: usize) -> Option<&str> {
        self.apis.get(index).map(String::as_str)
    }

    /// What compiles type `id`.
    pub fn gate(&self, id: TypeId) -> &Gate {
        &self.gates[id]
    }

    /// What compiles a module that holds the types `ids`: any of theirs.
    pub fn gate_of_all(&self, ids: &[TypeId]) -> Gate {
        let mut gate = Gate::Apis(BTreeSet::new());
        for id in ids {
            gate.union(&self.gates[*id]);
        }
        gate
    }

    /// How many types API `index` compiles beyond those every build has.
    pub fn types_of(&self, index: usize) -> usize {
        self.gates
            .iter()
            .filter(|g| matches!(g, Gate::Apis(apis) if apis.contains(&index)))
            .count()
    }

    /// The feature names of a gate's APIs, in API order.
    pub fn names(&self, apis: &BTreeSet<usize>) -> Vec<&str> {
        apis.iter().map(|i| self.apis[*i].as_str()).collect()
    }
}

/// `roots` and every type they reach, each once.
fn reach(model: &Model, roots: impl IntoIterator<Item = TypeId>) -> BTreeSet<TypeId> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<TypeId> = roots.into_iter().collect();
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            model.types[id]
                .kind
                .each_named(&mut |next| stack.push(next));
        }
    }
    seen
}
