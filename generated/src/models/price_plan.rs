//! The `PricePlan` model and the types inlined in it.
/// Price plan entity
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricePlan {
    /// Price plan id
    pub id: String,
    /// Name of the price plan
    pub name: String,
    /// `type`
    pub r#type: crate::models::PricePlanType,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Status of Price plan
    pub status: crate::models::PricePlanStatus,
    /// `pricingSchedule`
    #[serde(rename = "pricingSchedule")]
    pub pricing_schedule: Vec<crate::models::PricingSchedule>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricePlan {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "type",
            "description",
            "status",
            "pricingSchedule",
        ];
        struct PricePlanVisitor;
        impl<'de> serde::de::Visitor<'de> for PricePlanVisitor {
            type Value = PricePlan;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricePlan")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricePlan, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<crate::models::PricePlanType> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<crate::models::PricePlanStatus> = None;
                let mut f5: Option<Vec<crate::models::PricingSchedule>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "type"),
                        3 => crate::runtime::field(&mut map, &mut f3, "description"),
                        4 => crate::runtime::field(&mut map, &mut f4, "status"),
                        5 => crate::runtime::field(&mut map, &mut f5, "pricingSchedule"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricePlan {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    r#type: crate::runtime::required(f2, "type")?,
                    description: f3.unwrap_or_default(),
                    status: crate::runtime::required(f4, "status")?,
                    pricing_schedule: crate::runtime::required(f5, "pricingSchedule")?,
                })
            }
        }
        deserializer.deserialize_struct("PricePlan", FIELDS, PricePlanVisitor)
    }
}
impl PricePlan {
    /// Creates a `PricePlan` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        r#type: crate::models::PricePlanType,
        status: crate::models::PricePlanStatus,
        pricing_schedule: Vec<crate::models::PricingSchedule>,
    ) -> Self {
        Self {
            id,
            name,
            r#type,
            description: None,
            status,
            pricing_schedule,
        }
    }
}
/// Status of Price plan
///
/// Values this version of the crate does not know decode into
/// [`PricePlanStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PricePlanStatus {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl PricePlanStatus {
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
impl From<&str> for PricePlanStatus {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACTIVE" => Self::Active,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for PricePlanStatus {
    fn as_str(&self) -> &str {
        PricePlanStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for PricePlanStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PricePlanStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for PricePlanStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
