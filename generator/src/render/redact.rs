//! `Debug` of models with secrets: structs with a field that holds one (see
//! `lower/secrets.rs`) get a `Debug` impl that prints `<redacted>` for it;
//! the others derive `Debug`.

use crate::ir::Struct;

/// The `impl Debug` of struct `name`, if a field of `s` holds a secret.
pub fn debug_impl(name: &str, s: &Struct) -> Option<String> {
    if !s.fields.iter().any(|f| f.secret) {
        return None;
    }
    let mut fields = String::new();
    for f in &s.fields {
        let key = f.ident.trim_start_matches("r#");
        if f.secret {
            fields.push_str(&format!(".field({key:?}, &rt::REDACTED)"));
        } else {
            fields.push_str(&format!(".field({key:?}, &self.{})", f.ident));
        }
    }
    if s.additional.is_some() {
        fields.push_str(".field(\"additional_properties\", &self.additional_properties)");
    }
    Some(format!(
        "/// Shows every field but the secrets, which read `<redacted>`.\n\
         #[allow(deprecated)]\n\
         impl std::fmt::Debug for {name} {{\n\
         fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n\
         f.debug_struct({name:?}){fields}.finish()\n\
         }}\n\
         }}"
    ))
}
