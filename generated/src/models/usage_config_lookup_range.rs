//! The `UsageConfigLookupRange` model.
/// Range of usage to be looked up, this will be considered if mode is LOOKUP_RANGE
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UsageConfigLookupRange {
    /// `start`
    pub start: chrono::DateTime<chrono::Utc>,
    /// `end`
    pub end: chrono::DateTime<chrono::Utc>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UsageConfigLookupRange {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["start", "end", "accountId"];
        struct UsageConfigLookupRangeVisitor;
        impl<'de> serde::de::Visitor<'de> for UsageConfigLookupRangeVisitor {
            type Value = UsageConfigLookupRange;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UsageConfigLookupRange")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UsageConfigLookupRange, A::Error> {
                let mut f0: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f1: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f2: Option<String> = None;
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
                        2 => crate::runtime::field(&mut map, &mut f2, "accountId"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UsageConfigLookupRange {
                    start: crate::runtime::required(f0, "start")?,
                    end: crate::runtime::required(f1, "end")?,
                    account_id: crate::runtime::required(f2, "accountId")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "UsageConfigLookupRange",
            FIELDS,
            UsageConfigLookupRangeVisitor,
        )
    }
}
impl UsageConfigLookupRange {
    /// Creates a `UsageConfigLookupRange` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        start: chrono::DateTime<chrono::Utc>,
        end: chrono::DateTime<chrono::Utc>,
        account_id: String,
    ) -> Self {
        Self {
            start,
            end,
            account_id,
        }
    }
}
