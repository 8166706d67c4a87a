//! The `PricePlanV2` model and the types inlined in it.
/// The `PricePlanV2` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricePlanV2 {
    /// Name of the price plan
    pub name: String,
    /// Description of price plan
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `type`
    pub r#type: crate::models::PricePlanType,
    /// `pricingCycleConfig`
    #[serde(rename = "pricingCycleConfig", skip_serializing_if = "Option::is_none")]
    pub pricing_cycle_config: Option<crate::models::PricingCycleConfig>,
    /// List of currencies supported by the price plan
    #[serde(rename = "supportedCurrencies")]
    pub supported_currencies: Vec<String>,
    /// This option can be enabled while creating a price plan to opt for deferred revenue finalization.
    /// i.e, Togai will assume that the price plan may change any time during the pricing cycle and
    /// thereby does not compute the revenue in near-real time.
    /// This gives the flexibility of editing rate cards in price plan from beginning of the pricing cycle.
    /// Enabling this mode comes with the following limitations.
    /// 1. Following rate cards are not supported under a `deferredRevenue` plan
    ///    * creditGrantRateCards,
    ///    * billingEntitlementRateCards,
    ///    * entitlementOverageRateCards,
    ///    * IN_ADVANCE fixedFeeRateCards,
    ///    * IN_ADVANCE licenseRateCards
    /// 2. Metrics API return revenue metrics only after the grace period of the account's pricing cycle
    ///    (i.e, only once the invoice becomes DUE)
    #[serde(rename = "deferredRevenue", skip_serializing_if = "Option::is_none")]
    pub deferred_revenue: Option<bool>,
    /// Allow changes to price plan from the beginning of the ongoing cycle.
    #[serde(
        rename = "allowOngoingCycleUpdates",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_ongoing_cycle_updates: Option<bool>,
    /// `id`
    pub id: String,
    /// `referenceId`
    #[serde(rename = "referenceId")]
    pub reference_id: String,
    /// `version`
    pub version: i64,
    /// `status`
    pub status: crate::models::PricePlanV2Status,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricePlanV2 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "type",
            "pricingCycleConfig",
            "supportedCurrencies",
            "deferredRevenue",
            "allowOngoingCycleUpdates",
            "id",
            "referenceId",
            "version",
            "status",
            "createdAt",
            "updatedAt",
        ];
        struct PricePlanV2Visitor;
        impl<'de> serde::de::Visitor<'de> for PricePlanV2Visitor {
            type Value = PricePlanV2;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricePlanV2")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricePlanV2, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<crate::models::PricePlanType> = None;
                let mut f3: Option<Option<crate::models::PricingCycleConfig>> = None;
                let mut f4: Option<Vec<String>> = None;
                let mut f5: Option<Option<bool>> = None;
                let mut f6: Option<Option<bool>> = None;
                let mut f7: Option<String> = None;
                let mut f8: Option<String> = None;
                let mut f9: Option<i64> = None;
                let mut f10: Option<crate::models::PricePlanV2Status> = None;
                let mut f11: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f12: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        2 => crate::runtime::field(&mut map, &mut f2, "type"),
                        3 => crate::runtime::field(&mut map, &mut f3, "pricingCycleConfig"),
                        4 => crate::runtime::field(&mut map, &mut f4, "supportedCurrencies"),
                        5 => crate::runtime::field(&mut map, &mut f5, "deferredRevenue"),
                        6 => crate::runtime::field(&mut map, &mut f6, "allowOngoingCycleUpdates"),
                        7 => crate::runtime::field(&mut map, &mut f7, "id"),
                        8 => crate::runtime::field(&mut map, &mut f8, "referenceId"),
                        9 => crate::runtime::field(&mut map, &mut f9, "version"),
                        10 => crate::runtime::field(&mut map, &mut f10, "status"),
                        11 => crate::runtime::field_seed(
                            &mut map,
                            &mut f11,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        12 => crate::runtime::field_seed(
                            &mut map,
                            &mut f12,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricePlanV2 {
                    name: crate::runtime::required(f0, "name")?,
                    description: f1.unwrap_or_default(),
                    r#type: crate::runtime::required(f2, "type")?,
                    pricing_cycle_config: f3.unwrap_or_default(),
                    supported_currencies: crate::runtime::required(f4, "supportedCurrencies")?,
                    deferred_revenue: f5.unwrap_or_default(),
                    allow_ongoing_cycle_updates: f6.unwrap_or_default(),
                    id: crate::runtime::required(f7, "id")?,
                    reference_id: crate::runtime::required(f8, "referenceId")?,
                    version: crate::runtime::required(f9, "version")?,
                    status: crate::runtime::required(f10, "status")?,
                    created_at: crate::runtime::required(f11, "createdAt")?,
                    updated_at: crate::runtime::required(f12, "updatedAt")?,
                })
            }
        }
        deserializer.deserialize_struct("PricePlanV2", FIELDS, PricePlanV2Visitor)
    }
}
impl PricePlanV2 {
    /// Creates a `PricePlanV2` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        name: String,
        r#type: crate::models::PricePlanType,
        supported_currencies: Vec<String>,
        id: String,
        reference_id: String,
        version: i64,
        status: crate::models::PricePlanV2Status,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            name,
            description: None,
            r#type,
            pricing_cycle_config: None,
            supported_currencies,
            deferred_revenue: None,
            allow_ongoing_cycle_updates: None,
            id,
            reference_id,
            version,
            status,
            created_at,
            updated_at,
        }
    }
}
/// The `PricePlanV2Status` schema.
///
/// Values this version of the crate does not know decode into
/// [`PricePlanV2Status::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PricePlanV2Status {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl PricePlanV2Status {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Active => "ACTIVE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PricePlanV2Status {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACTIVE" => Self::Active,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for PricePlanV2Status {
    fn as_str(&self) -> &str {
        PricePlanV2Status::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for PricePlanV2Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PricePlanV2Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for PricePlanV2Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
