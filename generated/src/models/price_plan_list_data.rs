//! The `PricePlanListData` model and the types inlined in it.
/// Data of price plan list
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricePlanListData {
    /// Identifier of price plan
    pub id: String,
    /// Name of the price plan
    pub name: String,
    /// Version of the price plan
    pub version: i32,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Status of Price plan
    pub status: crate::models::PricePlanListDataStatus,
    /// Usage meters id linked to the price plan
    #[serde(rename = "usageMeters")]
    pub usage_meters: Vec<String>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails")]
    pub price_plan_details: crate::models::PricePlanDetails,
    /// `pricingRules`
    #[serde(rename = "pricingRules", skip_serializing_if = "Option::is_none")]
    pub pricing_rules: Option<Vec<crate::models::PricingRule>>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// `type`
    pub r#type: crate::models::PricePlanType,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricePlanListData {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "version",
            "description",
            "status",
            "usageMeters",
            "pricePlanDetails",
            "pricingRules",
            "createdAt",
            "updatedAt",
            "type",
        ];
        struct PricePlanListDataVisitor;
        impl<'de> serde::de::Visitor<'de> for PricePlanListDataVisitor {
            type Value = PricePlanListData;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricePlanListData")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricePlanListData, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<i32> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<crate::models::PricePlanListDataStatus> = None;
                let mut f5: Option<Vec<String>> = None;
                let mut f6: Option<crate::models::PricePlanDetails> = None;
                let mut f7: Option<Option<Vec<crate::models::PricingRule>>> = None;
                let mut f8: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f9: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f10: Option<crate::models::PricePlanType> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "version"),
                        3 => crate::runtime::field(&mut map, &mut f3, "description"),
                        4 => crate::runtime::field(&mut map, &mut f4, "status"),
                        5 => crate::runtime::field(&mut map, &mut f5, "usageMeters"),
                        6 => crate::runtime::field(&mut map, &mut f6, "pricePlanDetails"),
                        7 => crate::runtime::field(&mut map, &mut f7, "pricingRules"),
                        8 => crate::runtime::field_seed(
                            &mut map,
                            &mut f8,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        9 => crate::runtime::field_seed(
                            &mut map,
                            &mut f9,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        10 => crate::runtime::field(&mut map, &mut f10, "type"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricePlanListData {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    version: crate::runtime::required(f2, "version")?,
                    description: f3.unwrap_or_default(),
                    status: crate::runtime::required(f4, "status")?,
                    usage_meters: crate::runtime::required(f5, "usageMeters")?,
                    price_plan_details: crate::runtime::required(f6, "pricePlanDetails")?,
                    pricing_rules: f7.unwrap_or_default(),
                    created_at: crate::runtime::required(f8, "createdAt")?,
                    updated_at: crate::runtime::required(f9, "updatedAt")?,
                    r#type: crate::runtime::required(f10, "type")?,
                })
            }
        }
        deserializer.deserialize_struct("PricePlanListData", FIELDS, PricePlanListDataVisitor)
    }
}
impl PricePlanListData {
    /// Creates a `PricePlanListData` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        version: i32,
        status: crate::models::PricePlanListDataStatus,
        usage_meters: Vec<String>,
        price_plan_details: crate::models::PricePlanDetails,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        r#type: crate::models::PricePlanType,
    ) -> Self {
        Self {
            id,
            name,
            version,
            description: None,
            status,
            usage_meters,
            price_plan_details,
            pricing_rules: None,
            created_at,
            updated_at,
            r#type,
        }
    }
}
/// Status of Price plan
///
/// Values this version of the crate does not know decode into
/// [`PricePlanListDataStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PricePlanListDataStatus {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl PricePlanListDataStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PricePlanListDataStatus {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACTIVE" => Self::Active,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for PricePlanListDataStatus {
    fn as_str(&self) -> &str {
        PricePlanListDataStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for PricePlanListDataStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PricePlanListDataStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for PricePlanListDataStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
