//! The `InvoiceGroups` model.

use togai_codegen_runtime as rt;

/// The `InvoiceGroups` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    InvoiceGroups {
        0 id "id" required,
        1 name "name" required,
        2 email "email" required,
        3 daily_invoice_consolidation "dailyInvoiceConsolidation" required,
        4 net_term_days "netTermDays" optional,
        5 invoice_currency "invoiceCurrency" required,
        6 billing_address "billingAddress" required,
        7 accounts_count "accountsCount" required,
        8 created_at "createdAt" required rt::datetime::Seed,
        9 updated_at "updatedAt" required rt::datetime::Seed,
    }
}
impl InvoiceGroups {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        email: impl Into<String>,
        daily_invoice_consolidation: impl Into<bool>,
        invoice_currency: impl Into<String>,
        billing_address: impl Into<crate::models::Address>,
        accounts_count: impl Into<i32>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            email: email.into(),
            daily_invoice_consolidation: daily_invoice_consolidation.into(),
            net_term_days: None,
            invoice_currency: invoice_currency.into(),
            billing_address: billing_address.into(),
            accounts_count: accounts_count.into(),
            created_at: created_at.into(),
            updated_at: updated_at.into(),
        }
    }

    /// Sets `net_term_days` (`netTermDays`); until set, it is left out.
    pub fn with_net_term_days(mut self, value: impl Into<i32>) -> Self {
        self.net_term_days = Some(value.into());
        self
    }
}
