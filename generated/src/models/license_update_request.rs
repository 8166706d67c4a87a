//! The `LicenseUpdateRequest` model and the types inlined in it.
/// License update request
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LicenseUpdateRequest {
    /// The license id for which the update is requested
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// The account id for which the license is being updated
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// The type of update to be performed
    #[serde(rename = "updateType")]
    pub update_type: crate::models::LicenseUpdateRequestUpdateType,
    /// The quantity to be updated
    pub quantity: f64,
    /// The effective from date for the update
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<chrono::DateTime<chrono::Utc>>,
    /// The idempotency key for uniqueness of the license update request
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for LicenseUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "licenseId",
            "accountId",
            "updateType",
            "quantity",
            "effectiveFrom",
            "idempotencyKey",
            "metadata",
        ];
        struct LicenseUpdateRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for LicenseUpdateRequestVisitor {
            type Value = LicenseUpdateRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LicenseUpdateRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LicenseUpdateRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<crate::models::LicenseUpdateRequestUpdateType> = None;
                let mut f3: Option<f64> = None;
                let mut f4: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "licenseId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "updateType"),
                        3 => crate::runtime::field(&mut map, &mut f3, "quantity"),
                        4 => crate::runtime::field_seed(
                            &mut map,
                            &mut f4,
                            "effectiveFrom",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        5 => crate::runtime::field(&mut map, &mut f5, "idempotencyKey"),
                        6 => crate::runtime::field(&mut map, &mut f6, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(LicenseUpdateRequest {
                    license_id: crate::runtime::required(f0, "licenseId")?,
                    account_id: crate::runtime::required(f1, "accountId")?,
                    update_type: crate::runtime::required(f2, "updateType")?,
                    quantity: crate::runtime::required(f3, "quantity")?,
                    effective_from: f4.unwrap_or_default(),
                    idempotency_key: f5.unwrap_or_default(),
                    metadata: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("LicenseUpdateRequest", FIELDS, LicenseUpdateRequestVisitor)
    }
}
impl LicenseUpdateRequest {
    /// Creates a `LicenseUpdateRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        account_id: String,
        update_type: crate::models::LicenseUpdateRequestUpdateType,
        quantity: f64,
    ) -> Self {
        Self {
            license_id,
            account_id,
            update_type,
            quantity,
            effective_from: None,
            idempotency_key: None,
            metadata: None,
        }
    }
}
/// The type of update to be performed
///
/// Values this version of the crate does not know decode into
/// [`LicenseUpdateRequestUpdateType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LicenseUpdateRequestUpdateType {
    /// `RELATIVE`
    Relative,
    /// `ABSOLUTE`
    Absolute,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl LicenseUpdateRequestUpdateType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Relative => "RELATIVE",
            Self::Absolute => "ABSOLUTE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LicenseUpdateRequestUpdateType {
    fn from(value: &str) -> Self {
        match value {
            "RELATIVE" => Self::Relative,
            "ABSOLUTE" => Self::Absolute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for LicenseUpdateRequestUpdateType {
    fn as_str(&self) -> &str {
        LicenseUpdateRequestUpdateType::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for LicenseUpdateRequestUpdateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for LicenseUpdateRequestUpdateType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for LicenseUpdateRequestUpdateType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
