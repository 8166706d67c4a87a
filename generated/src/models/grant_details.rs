//! The `GrantDetails` model.
/// Grant details of Credit Grant Rate Card
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GrantDetails {
    /// `priority`
    pub priority: i64,
    /// `expiryType`
    #[serde(rename = "expiryType")]
    pub expiry_type: crate::models::ExpiryType,
    /// `expiryDuration`
    #[serde(rename = "expiryDuration", skip_serializing_if = "Option::is_none")]
    pub expiry_duration: Option<String>,
    /// `applicableEntityIds`
    #[serde(
        rename = "applicableEntityIds",
        skip_serializing_if = "Option::is_none"
    )]
    pub applicable_entity_ids: Option<Vec<String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GrantDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "priority",
            "expiryType",
            "expiryDuration",
            "applicableEntityIds",
        ];
        struct GrantDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for GrantDetailsVisitor {
            type Value = GrantDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GrantDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GrantDetails, A::Error> {
                let mut f0: Option<i64> = None;
                let mut f1: Option<crate::models::ExpiryType> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<Vec<String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "priority"),
                        1 => crate::runtime::field(&mut map, &mut f1, "expiryType"),
                        2 => crate::runtime::field(&mut map, &mut f2, "expiryDuration"),
                        3 => crate::runtime::field(&mut map, &mut f3, "applicableEntityIds"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GrantDetails {
                    priority: crate::runtime::required(f0, "priority")?,
                    expiry_type: crate::runtime::required(f1, "expiryType")?,
                    expiry_duration: f2.unwrap_or_default(),
                    applicable_entity_ids: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("GrantDetails", FIELDS, GrantDetailsVisitor)
    }
}
impl GrantDetails {
    /// Creates a `GrantDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(priority: i64, expiry_type: crate::models::ExpiryType) -> Self {
        Self {
            priority,
            expiry_type,
            expiry_duration: None,
            applicable_entity_ids: None,
        }
    }
}
