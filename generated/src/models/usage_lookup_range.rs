//! The `UsageLookupRange` model.
/// Start and end dates of usage lookup if usage mode is LOOKUP
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UsageLookupRange {
    /// `start`
    pub start: chrono::DateTime<chrono::Utc>,
    /// `end`
    pub end: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UsageLookupRange {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["start", "end"];
        struct UsageLookupRangeVisitor;
        impl<'de> serde::de::Visitor<'de> for UsageLookupRangeVisitor {
            type Value = UsageLookupRange;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UsageLookupRange")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UsageLookupRange, A::Error> {
                let mut f0: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f1: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "start",
                            crate::runtime::datetime::Seed,
                        ),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "end",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UsageLookupRange {
                    start: crate::runtime::required(f0, "start")?,
                    end: crate::runtime::required(f1, "end")?,
                })
            }
        }
        deserializer.deserialize_struct("UsageLookupRange", FIELDS, UsageLookupRangeVisitor)
    }
}
impl UsageLookupRange {
    /// Creates a `UsageLookupRange` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(start: chrono::DateTime<chrono::Utc>, end: chrono::DateTime<chrono::Utc>) -> Self {
        Self { start, end }
    }
}
