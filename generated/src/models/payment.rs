//! The `Payment` model.
/// Payment object
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Payment {
    /// `id`
    pub id: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `notes`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `externalPaymentReferences`
    #[serde(rename = "externalPaymentReferences")]
    pub external_payment_references: crate::models::ExternalPaymentReference,
    /// `lineItemRecords`
    #[serde(rename = "lineItemRecords")]
    pub line_item_records: Vec<crate::models::PaymentLineItemRecord>,
    /// `totalAmount`
    #[serde(rename = "totalAmount")]
    pub total_amount: f64,
    /// `currency`
    pub currency: String,
    /// `version`
    pub version: f64,
    /// `createdBy`
    #[serde(rename = "createdBy")]
    pub created_by: String,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Payment {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "description",
            "notes",
            "accountId",
            "externalPaymentReferences",
            "lineItemRecords",
            "totalAmount",
            "currency",
            "version",
            "createdBy",
            "createdAt",
        ];
        struct PaymentVisitor;
        impl<'de> serde::de::Visitor<'de> for PaymentVisitor {
            type Value = Payment;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Payment")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Payment, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<crate::models::ExternalPaymentReference> = None;
                let mut f5: Option<Vec<crate::models::PaymentLineItemRecord>> = None;
                let mut f6: Option<f64> = None;
                let mut f7: Option<String> = None;
                let mut f8: Option<f64> = None;
                let mut f9: Option<String> = None;
                let mut f10: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        2 => crate::runtime::field(&mut map, &mut f2, "notes"),
                        3 => crate::runtime::field(&mut map, &mut f3, "accountId"),
                        4 => crate::runtime::field(&mut map, &mut f4, "externalPaymentReferences"),
                        5 => crate::runtime::field(&mut map, &mut f5, "lineItemRecords"),
                        6 => crate::runtime::field(&mut map, &mut f6, "totalAmount"),
                        7 => crate::runtime::field(&mut map, &mut f7, "currency"),
                        8 => crate::runtime::field(&mut map, &mut f8, "version"),
                        9 => crate::runtime::field(&mut map, &mut f9, "createdBy"),
                        10 => crate::runtime::field_seed(
                            &mut map,
                            &mut f10,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Payment {
                    id: crate::runtime::required(f0, "id")?,
                    description: f1.unwrap_or_default(),
                    notes: f2.unwrap_or_default(),
                    account_id: crate::runtime::required(f3, "accountId")?,
                    external_payment_references: crate::runtime::required(
                        f4,
                        "externalPaymentReferences",
                    )?,
                    line_item_records: crate::runtime::required(f5, "lineItemRecords")?,
                    total_amount: crate::runtime::required(f6, "totalAmount")?,
                    currency: crate::runtime::required(f7, "currency")?,
                    version: crate::runtime::required(f8, "version")?,
                    created_by: crate::runtime::required(f9, "createdBy")?,
                    created_at: crate::runtime::required(f10, "createdAt")?,
                })
            }
        }
        deserializer.deserialize_struct("Payment", FIELDS, PaymentVisitor)
    }
}
impl Payment {
    /// Creates a `Payment` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        external_payment_references: crate::models::ExternalPaymentReference,
        line_item_records: Vec<crate::models::PaymentLineItemRecord>,
        total_amount: f64,
        currency: String,
        version: f64,
        created_by: String,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            description: None,
            notes: None,
            account_id,
            external_payment_references,
            line_item_records,
            total_amount,
            currency,
            version,
            created_by,
            created_at,
        }
    }
}
