//! Error tables: the (status, error body) cases an operation decodes error
//! responses with. Most operations of a document declare the same error
//! responses, so each distinct table is one constant in `document.rs`, named
//! after its statuses, rather than a copy in every operation.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::ir::{Model, Operation, StatusMatch};
use crate::naming;

/// One shared table.
#[derive(Clone)]
pub struct ErrorTable {
    /// The constant's name, e.g. `ERRORS_400_401_DEFAULT`.
    pub name: String,
    /// `rt::ErrorCase` initialisers, in the operation's order.
    pub cases: Vec<String>,
    /// How many operations use it (for its doc comment).
    pub uses: usize,
    /// The APIs (indices of `Model::apis`) of those operations.
    pub apis: BTreeSet<usize>,
}

/// Every distinct table of a model, in order of first use.
pub struct ErrorTables {
    pub tables: Vec<ErrorTable>,
    index: HashMap<Vec<String>, usize>,
}

impl ErrorTables {
    pub fn new(model: &Model) -> Self {
        let mut tables = ErrorTables {
            tables: Vec::new(),
            index: HashMap::new(),
        };
        let mut names: HashMap<String, usize> = HashMap::new();
        let ops = model.apis.iter().enumerate();
        for (api, op) in ops.flat_map(|(i, a)| a.operations.iter().map(move |op| (i, op))) {
            let cases = cases(op, model);
            if cases.is_empty() {
                continue;
            }
            if let Some(&i) = tables.index.get(&cases) {
                tables.tables[i].uses += 1;
                tables.tables[i].apis.insert(api);
                continue;
            }
            // Tables with the same statuses but other bodies get a suffix.
            let statuses: Vec<StatusMatch> = op.errors.iter().map(|e| e.status).collect();
            let seen = names
                .entry(naming::error_table_name(&statuses, 1))
                .or_insert(0);
            *seen += 1;
            let name = naming::error_table_name(&statuses, *seen);
            tables.index.insert(cases.clone(), tables.tables.len());
            tables.tables.push(ErrorTable {
                name,
                cases,
                uses: 1,
                apis: BTreeSet::from([api]),
            });
        }
        tables
    }

    /// The expression an operation's `errors` field is set to.
    pub fn expr(&self, op: &Operation, model: &Model) -> TokenStream {
        match self.index.get(&cases(op, model)) {
            Some(&i) => {
                let name = super::ident(&self.tables[i].name);
                quote!(crate::document::#name)
            }
            None => quote!(&[]),
        }
    }
}

fn cases(op: &Operation, model: &Model) -> Vec<String> {
    op.errors
        .iter()
        .map(|e| {
            let status = match e.status {
                StatusMatch::Code(c) => {
                    let c = Literal::u16_unsuffixed(c);
                    quote!(rt::StatusMatch::Code(#c))
                }
                StatusMatch::Range(r) => {
                    let r = Literal::u16_unsuffixed(r);
                    quote!(rt::StatusMatch::Range(#r))
                }
                StatusMatch::Default => quote!(rt::StatusMatch::Default),
            };
            let decode = super::ident(&super::error_decoder(model, e.body));
            quote!(rt::ErrorCase { status: #status, decode: #decode }).to_string()
        })
        .collect()
}
