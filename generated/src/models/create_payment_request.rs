//! The `CreatePaymentRequest` model.
/// payload to create payment
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreatePaymentRequest {
    /// A brief description of the payment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A detailed note about the payment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `externalPaymentReference`
    #[serde(rename = "externalPaymentReference")]
    pub external_payment_reference: crate::models::ExternalPaymentReference,
    /// `lineItemRecords`
    #[serde(rename = "lineItemRecords")]
    pub line_item_records: Vec<crate::models::PaymentLineItemRecord>,
    /// `currency`
    pub currency: String,
    /// `totalAmount`
    #[serde(rename = "totalAmount")]
    pub total_amount: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreatePaymentRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "description",
            "notes",
            "accountId",
            "externalPaymentReference",
            "lineItemRecords",
            "currency",
            "totalAmount",
        ];
        struct CreatePaymentRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreatePaymentRequestVisitor {
            type Value = CreatePaymentRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreatePaymentRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreatePaymentRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<crate::models::ExternalPaymentReference> = None;
                let mut f4: Option<Vec<crate::models::PaymentLineItemRecord>> = None;
                let mut f5: Option<String> = None;
                let mut f6: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "description"),
                        1 => crate::runtime::field(&mut map, &mut f1, "notes"),
                        2 => crate::runtime::field(&mut map, &mut f2, "accountId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "externalPaymentReference"),
                        4 => crate::runtime::field(&mut map, &mut f4, "lineItemRecords"),
                        5 => crate::runtime::field(&mut map, &mut f5, "currency"),
                        6 => crate::runtime::field(&mut map, &mut f6, "totalAmount"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreatePaymentRequest {
                    description: f0.unwrap_or_default(),
                    notes: f1.unwrap_or_default(),
                    account_id: crate::runtime::required(f2, "accountId")?,
                    external_payment_reference: crate::runtime::required(
                        f3,
                        "externalPaymentReference",
                    )?,
                    line_item_records: crate::runtime::required(f4, "lineItemRecords")?,
                    currency: crate::runtime::required(f5, "currency")?,
                    total_amount: crate::runtime::required(f6, "totalAmount")?,
                })
            }
        }
        deserializer.deserialize_struct("CreatePaymentRequest", FIELDS, CreatePaymentRequestVisitor)
    }
}
impl CreatePaymentRequest {
    /// Creates a `CreatePaymentRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        external_payment_reference: crate::models::ExternalPaymentReference,
        line_item_records: Vec<crate::models::PaymentLineItemRecord>,
        currency: String,
        total_amount: f64,
    ) -> Self {
        Self {
            description: None,
            notes: None,
            account_id,
            external_payment_reference,
            line_item_records,
            currency,
            total_amount,
        }
    }
}
