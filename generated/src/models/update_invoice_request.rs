//! The `UpdateInvoiceRequest` model and the types inlined in it.
/// Payload to update an invoice
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateInvoiceRequest {
    /// `startDate`
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// `endDate`
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Status of invoice
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::UpdateInvoiceRequestStatus>,
    /// `lineItems`
    #[serde(rename = "lineItems", skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<crate::models::CustomInvoiceLineItem>>,
    /// This property defines the behaviour of status updates of invoices like:
    /// Enabling this property to true auto updates the status of invoice to DUE or PAID accordingly
    /// But disabling this property of left null does not auto update the custom status
    #[serde(rename = "autoAdvance", skip_serializing_if = "Option::is_none")]
    pub auto_advance: Option<bool>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateInvoiceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["startDate", "endDate", "status", "lineItems", "autoAdvance"];
        struct UpdateInvoiceRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateInvoiceRequestVisitor {
            type Value = UpdateInvoiceRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateInvoiceRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateInvoiceRequest, A::Error> {
                let mut f0: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f1: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f2: Option<Option<crate::models::UpdateInvoiceRequestStatus>> = None;
                let mut f3: Option<Option<Vec<crate::models::CustomInvoiceLineItem>>> = None;
                let mut f4: Option<Option<bool>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "startDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "endDate",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        2 => crate::runtime::field(&mut map, &mut f2, "status"),
                        3 => crate::runtime::field(&mut map, &mut f3, "lineItems"),
                        4 => crate::runtime::field(&mut map, &mut f4, "autoAdvance"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateInvoiceRequest {
                    start_date: f0.unwrap_or_default(),
                    end_date: f1.unwrap_or_default(),
                    status: f2.unwrap_or_default(),
                    line_items: f3.unwrap_or_default(),
                    auto_advance: f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UpdateInvoiceRequest", FIELDS, UpdateInvoiceRequestVisitor)
    }
}
/// Status of invoice
///
/// Values this version of the crate does not know decode into
/// [`UpdateInvoiceRequestStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateInvoiceRequestStatus {
    /// `DUE`
    Due,
    /// `PAID`
    Paid,
    /// `VOID`
    Void,
    /// `UN_COLLECTIBLE`
    UnCollectible,
    /// `REFUND_INITIATED`
    RefundInitiated,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}
impl UpdateInvoiceRequestStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Due => "DUE",
            Self::Paid => "PAID",
            Self::Void => "VOID",
            Self::UnCollectible => "UN_COLLECTIBLE",
            Self::RefundInitiated => "REFUND_INITIATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UpdateInvoiceRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "DUE" => Self::Due,
            "PAID" => Self::Paid,
            "VOID" => Self::Void,
            "UN_COLLECTIBLE" => Self::UnCollectible,
            "REFUND_INITIATED" => Self::RefundInitiated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl crate::runtime::StringEnum for UpdateInvoiceRequestStatus {
    fn as_str(&self) -> &str {
        UpdateInvoiceRequestStatus::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}
impl std::fmt::Display for UpdateInvoiceRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for UpdateInvoiceRequestStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for UpdateInvoiceRequestStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
