//! The `InvoiceGroups` model.

use togai_codegen_runtime as rt;

/// The `InvoiceGroups` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceGroups {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `email`
    pub email: String,
    /// `dailyInvoiceConsolidation`
    #[serde(rename = "dailyInvoiceConsolidation")]
    pub daily_invoice_consolidation: bool,
    /// `netTermDays`
    #[serde(rename = "netTermDays", skip_serializing_if = "Option::is_none")]
    pub net_term_days: Option<i32>,
    /// `invoiceCurrency`
    #[serde(rename = "invoiceCurrency")]
    pub invoice_currency: String,
    /// `billingAddress`
    #[serde(rename = "billingAddress")]
    pub billing_address: crate::models::Address,
    /// `accountsCount`
    #[serde(rename = "accountsCount")]
    pub accounts_count: i32,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    InvoiceGroups { 0 id "id" required, 1 name "name" required, 2 email "email" required,
    3 daily_invoice_consolidation "dailyInvoiceConsolidation" required, 4 net_term_days
    "netTermDays" optional, 5 invoice_currency "invoiceCurrency" required, 6
    billing_address "billingAddress" required, 7 accounts_count "accountsCount" required,
    8 created_at "createdAt" required rt::datetime::Seed, 9 updated_at "updatedAt"
    required rt::datetime::Seed, }
}

impl InvoiceGroups {
    /// Creates a `InvoiceGroups` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        email: String,
        daily_invoice_consolidation: bool,
        invoice_currency: String,
        billing_address: crate::models::Address,
        accounts_count: i32,
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
        updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name,
            email,
            daily_invoice_consolidation,
            net_term_days: None,
            invoice_currency,
            billing_address,
            accounts_count,
            created_at,
            updated_at,
        }
    }
}
