//! The `InvoiceLineItem` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `InvoiceLineItem` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct InvoiceLineItem {
    /// `id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `description`
    pub description: String,
    /// Type of the line item
    /// - GRAND_TOTAL_AMOUNT: Sum of all total amount of individual invoices in a grouped(composite) invoice
    /// - TOTAL_AMOUNT: Total revenue of the invoice
    /// - NET_AMOUNT: Net revenue of the invoice ( Gross revenue - Discounts )
    /// - GROSS_AMOUNT: Gross revenue of the invoice
    /// - PRICE_PLAN_AMOUNT: SUB_TOTAL_AMOUNT + true up amount
    /// - SUB_TOTAL_AMOUNT: Sum of all rate card revenues
    /// - TRUE_UP_AMOUNT: Minimum commitment - SUB_TOTAL_AMOUNT (Always positive)
    /// - TOTAL_USAGE: List of all the usage meter usages
    /// - USAGE_METER_USAGE: Usage of an usage meter
    /// - USAGE_RATE_CARD_AMOUNT: Revenue generated from usage rate card
    /// - USAGE_RATE_CARD_SLAB_AMOUNT: Revenue generated from usage rate card slab
    /// - FIXED_FEE_RATE_CARD_AMOUNT: Revenue generated from fixed fee rate card
    /// - CREDIT_GRANT_RATE_CARD_AMOUNT: : Revenue generated from credit grant rate card
    /// - BILLING_ENTITLEMENT_RATE_CARD_AMOUNT: Revenue generated from billing entitlement rate card
    /// - ENTITLEMENT_OVERAGE_RATE_CARD_AMOUNT: : Revenue generated from entitlement overage rate card
    /// - ENTITLEMENT_OVERAGE_RATE_CARD_SLAB_AMOUNT: Revenue generated from entitlement overage rate card slab
    /// - LICENSE_RATE_CARD_AMOUNT: Revenue generated from license rate card
    /// - TOTAL_CREDITS: Sum of all credit amounts
    /// - SUB_CREDITS: Granted credit value
    /// - TOTAL_ADVANCED_FEES: Sum of all advanced fee revenue
    /// - ADVANCED_FIXED_FEE: Revenue generated from advanced fixed fee rate card
    /// - ADVANCED_LICENSE_RATE_CARD_AMOUNT: Revenue generated from advanced license rate card
    /// - ADVANCED_BILLING_ENTITLEMENT_RATE_CARD_AMOUNT: Revenue generated from advanced billing entitlement rate card
    /// - ADVANCED_CREDIT_GRANT_RATE_CARD_AMOUNT: Revenue generated from advanced credit grant rate card
    /// - TOTAL_MISCELLANEOUS_CHARGES: Net revenue of all MISCELLANEOUS_CHARGE
    /// - MISCELLANEOUS_CHARGE: Custom amount added to a DRAFT invoice
    /// - TOTAL_PURCHASE_AMOUNT: Net revenue all rate cards in a purchase plan
    /// - CUSTOM_AMOUNT: Custom amount added a DRAFT invoice
    /// - CUSTOM_TAG: User defined tags given to each rate card
    /// - TOTAL_PRICING_RULE_ADDITION_AMOUNT: Sum of all line items added by applying pricing rules
    /// - PRICING_RULE_ADDITION_AMOUNT: Amount added to invoice as a result of applying a pricing rule
    /// - PRICING_RULE_REVENUE_UPDATE_AMOUNT: Difference in revenue(value) obtained as a result of applying a pricing rule
    /// - PRICING_RULE_USAGE_UPDATE_AMOUNT: Difference in usage(quantity) obtained as a result of applying a pricing rule
    /// - RATE_CONFIG_ADJUSTMENT_AMOUNT: Difference in revenue obtained as a result of applying rate config\['minimumRate', 'maximumRate'\] at rate card level
    pub r#type: crate::models::InvoiceLineItemType,
    /// `valuePerQuantity`
    #[serde(rename = "valuePerQuantity", skip_serializing_if = "Option::is_none")]
    pub value_per_quantity: Option<f64>,
    /// `quantity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// `units`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// `value`
    pub value: f64,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<rt::serde_json::Value>,
    /// `lineItems`
    #[serde(rename = "lineItems")]
    pub line_items: Vec<crate::models::InvoiceLineItem>,
}

rt::deserialize_struct! {
    InvoiceLineItem {
        0 id "id" optional,
        1 description "description" required,
        2 r#type "type" required,
        3 value_per_quantity "valuePerQuantity" optional,
        4 quantity "quantity" optional,
        5 units "units" optional,
        6 value "value" required,
        7 metadata "metadata" optional,
        8 line_items "lineItems" required,
    }
}
impl InvoiceLineItem {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        description: impl Into<String>,
        r#type: impl Into<crate::models::InvoiceLineItemType>,
        value: impl Into<f64>,
        line_items: impl Into<Vec<crate::models::InvoiceLineItem>>,
    ) -> Self {
        Self {
            id: None,
            description: description.into(),
            r#type: r#type.into(),
            value_per_quantity: None,
            quantity: None,
            units: None,
            value: value.into(),
            metadata: None,
            line_items: line_items.into(),
        }
    }

    /// Sets `id`; until set, it is left out.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `value_per_quantity` (`valuePerQuantity`); until set, it is left out.
    pub fn with_value_per_quantity(mut self, value: impl Into<f64>) -> Self {
        self.value_per_quantity = Some(value.into());
        self
    }

    /// Sets `quantity`; until set, it is left out.
    pub fn with_quantity(mut self, value: impl Into<f64>) -> Self {
        self.quantity = Some(value.into());
        self
    }

    /// Sets `units`; until set, it is left out.
    pub fn with_units(mut self, value: impl Into<String>) -> Self {
        self.units = Some(value.into());
        self
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

/// Type of the line item
/// - GRAND_TOTAL_AMOUNT: Sum of all total amount of individual invoices in a grouped(composite) invoice
/// - TOTAL_AMOUNT: Total revenue of the invoice
/// - NET_AMOUNT: Net revenue of the invoice ( Gross revenue - Discounts )
/// - GROSS_AMOUNT: Gross revenue of the invoice
/// - PRICE_PLAN_AMOUNT: SUB_TOTAL_AMOUNT + true up amount
/// - SUB_TOTAL_AMOUNT: Sum of all rate card revenues
/// - TRUE_UP_AMOUNT: Minimum commitment - SUB_TOTAL_AMOUNT (Always positive)
/// - TOTAL_USAGE: List of all the usage meter usages
/// - USAGE_METER_USAGE: Usage of an usage meter
/// - USAGE_RATE_CARD_AMOUNT: Revenue generated from usage rate card
/// - USAGE_RATE_CARD_SLAB_AMOUNT: Revenue generated from usage rate card slab
/// - FIXED_FEE_RATE_CARD_AMOUNT: Revenue generated from fixed fee rate card
/// - CREDIT_GRANT_RATE_CARD_AMOUNT: : Revenue generated from credit grant rate card
/// - BILLING_ENTITLEMENT_RATE_CARD_AMOUNT: Revenue generated from billing entitlement rate card
/// - ENTITLEMENT_OVERAGE_RATE_CARD_AMOUNT: : Revenue generated from entitlement overage rate card
/// - ENTITLEMENT_OVERAGE_RATE_CARD_SLAB_AMOUNT: Revenue generated from entitlement overage rate card slab
/// - LICENSE_RATE_CARD_AMOUNT: Revenue generated from license rate card
/// - TOTAL_CREDITS: Sum of all credit amounts
/// - SUB_CREDITS: Granted credit value
/// - TOTAL_ADVANCED_FEES: Sum of all advanced fee revenue
/// - ADVANCED_FIXED_FEE: Revenue generated from advanced fixed fee rate card
/// - ADVANCED_LICENSE_RATE_CARD_AMOUNT: Revenue generated from advanced license rate card
/// - ADVANCED_BILLING_ENTITLEMENT_RATE_CARD_AMOUNT: Revenue generated from advanced billing entitlement rate card
/// - ADVANCED_CREDIT_GRANT_RATE_CARD_AMOUNT: Revenue generated from advanced credit grant rate card
/// - TOTAL_MISCELLANEOUS_CHARGES: Net revenue of all MISCELLANEOUS_CHARGE
/// - MISCELLANEOUS_CHARGE: Custom amount added to a DRAFT invoice
/// - TOTAL_PURCHASE_AMOUNT: Net revenue all rate cards in a purchase plan
/// - CUSTOM_AMOUNT: Custom amount added a DRAFT invoice
/// - CUSTOM_TAG: User defined tags given to each rate card
/// - TOTAL_PRICING_RULE_ADDITION_AMOUNT: Sum of all line items added by applying pricing rules
/// - PRICING_RULE_ADDITION_AMOUNT: Amount added to invoice as a result of applying a pricing rule
/// - PRICING_RULE_REVENUE_UPDATE_AMOUNT: Difference in revenue(value) obtained as a result of applying a pricing rule
/// - PRICING_RULE_USAGE_UPDATE_AMOUNT: Difference in usage(quantity) obtained as a result of applying a pricing rule
/// - RATE_CONFIG_ADJUSTMENT_AMOUNT: Difference in revenue obtained as a result of applying rate config\['minimumRate', 'maximumRate'\] at rate card level
///
/// Values this version of the crate does not know decode into
/// [`InvoiceLineItemType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvoiceLineItemType {
    /// `TOTAL_USAGE`
    TotalUsage,
    /// `USAGE_METER_USAGE`
    UsageMeterUsage,
    /// `GRAND_TOTAL_AMOUNT`
    GrandTotalAmount,
    /// `TOTAL_AMOUNT`
    TotalAmount,
    /// `NET_AMOUNT`
    NetAmount,
    /// `GROSS_AMOUNT`
    GrossAmount,
    /// `SUB_TOTAL_AMOUNT`
    SubTotalAmount,
    /// `PRICE_PLAN_AMOUNT`
    PricePlanAmount,
    /// `FIXED_FEE_RATE_CARD_AMOUNT`
    FixedFeeRateCardAmount,
    /// `CREDIT_GRANT_RATE_CARD_AMOUNT`
    CreditGrantRateCardAmount,
    /// `BILLING_ENTITLEMENT_RATE_CARD_AMOUNT`
    BillingEntitlementRateCardAmount,
    /// `ENTITLEMENT_OVERAGE_RATE_CARD_AMOUNT`
    EntitlementOverageRateCardAmount,
    /// `ENTITLEMENT_OVERAGE_RATE_CARD_SLAB_AMOUNT`
    EntitlementOverageRateCardSlabAmount,
    /// `LICENSE_RATE_CARD_AMOUNT`
    LicenseRateCardAmount,
    /// `USAGE_CYCLE_AMOUNT`
    UsageCycleAmount,
    /// `LICENSE_RATE_CARD_SLAB_AMOUNT`
    LicenseRateCardSlabAmount,
    /// `USAGE_RATE_CARD_AMOUNT`
    UsageRateCardAmount,
    /// `USAGE_RATE_CARD_SLAB_AMOUNT`
    UsageRateCardSlabAmount,
    /// `TOTAL_CREDITS`
    TotalCredits,
    /// `SUB_CREDITS`
    SubCredits,
    /// `TOTAL_ADVANCED_FEES`
    TotalAdvancedFees,
    /// `ADVANCED_FIXED_FEE`
    AdvancedFixedFee,
    /// `ADVANCED_LICENSE_RATE_CARD_AMOUNT`
    AdvancedLicenseRateCardAmount,
    /// `ADVANCED_BILLING_ENTITLEMENT_RATE_CARD_AMOUNT`
    AdvancedBillingEntitlementRateCardAmount,
    /// `ADVANCED_CREDIT_GRANT_RATE_CARD_AMOUNT`
    AdvancedCreditGrantRateCardAmount,
    /// `TOTAL_MISCELLANEOUS_CHARGES`
    TotalMiscellaneousCharges,
    /// `MISCELLANEOUS_CHARGE`
    MiscellaneousCharge,
    /// `TRUE_UP_AMOUNT`
    TrueUpAmount,
    /// `TOTAL_PURCHASE_AMOUNT`
    TotalPurchaseAmount,
    /// `CUSTOM_AMOUNT`
    CustomAmount,
    /// `CUSTOM_TAG`
    CustomTag,
    /// `TOTAL_PRICING_RULE_ADDITION_AMOUNT`
    TotalPricingRuleAdditionAmount,
    /// `PRICING_RULE_ADDITION_AMOUNT`
    PricingRuleAdditionAmount,
    /// `PRICING_RULE_REVENUE_UPDATE_AMOUNT`
    PricingRuleRevenueUpdateAmount,
    /// `PRICING_RULE_USAGE_UPDATE_AMOUNT`
    PricingRuleUsageUpdateAmount,
    /// `RATE_CONFIG_ADJUSTMENT_AMOUNT`
    RateConfigAdjustmentAmount,
    /// `TOTAL_TAX_AMOUNT`
    TotalTaxAmount,
    /// `TAX_AMOUNT`
    TaxAmount,
    /// `PROXY_AMOUNT`
    ProxyAmount,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl InvoiceLineItemType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TotalUsage => "TOTAL_USAGE",
            Self::UsageMeterUsage => "USAGE_METER_USAGE",
            Self::GrandTotalAmount => "GRAND_TOTAL_AMOUNT",
            Self::TotalAmount => "TOTAL_AMOUNT",
            Self::NetAmount => "NET_AMOUNT",
            Self::GrossAmount => "GROSS_AMOUNT",
            Self::SubTotalAmount => "SUB_TOTAL_AMOUNT",
            Self::PricePlanAmount => "PRICE_PLAN_AMOUNT",
            Self::FixedFeeRateCardAmount => "FIXED_FEE_RATE_CARD_AMOUNT",
            Self::CreditGrantRateCardAmount => "CREDIT_GRANT_RATE_CARD_AMOUNT",
            Self::BillingEntitlementRateCardAmount => "BILLING_ENTITLEMENT_RATE_CARD_AMOUNT",
            Self::EntitlementOverageRateCardAmount => "ENTITLEMENT_OVERAGE_RATE_CARD_AMOUNT",
            Self::EntitlementOverageRateCardSlabAmount => {
                "ENTITLEMENT_OVERAGE_RATE_CARD_SLAB_AMOUNT"
            }
            Self::LicenseRateCardAmount => "LICENSE_RATE_CARD_AMOUNT",
            Self::UsageCycleAmount => "USAGE_CYCLE_AMOUNT",
            Self::LicenseRateCardSlabAmount => "LICENSE_RATE_CARD_SLAB_AMOUNT",
            Self::UsageRateCardAmount => "USAGE_RATE_CARD_AMOUNT",
            Self::UsageRateCardSlabAmount => "USAGE_RATE_CARD_SLAB_AMOUNT",
            Self::TotalCredits => "TOTAL_CREDITS",
            Self::SubCredits => "SUB_CREDITS",
            Self::TotalAdvancedFees => "TOTAL_ADVANCED_FEES",
            Self::AdvancedFixedFee => "ADVANCED_FIXED_FEE",
            Self::AdvancedLicenseRateCardAmount => "ADVANCED_LICENSE_RATE_CARD_AMOUNT",
            Self::AdvancedBillingEntitlementRateCardAmount => {
                "ADVANCED_BILLING_ENTITLEMENT_RATE_CARD_AMOUNT"
            }
            Self::AdvancedCreditGrantRateCardAmount => "ADVANCED_CREDIT_GRANT_RATE_CARD_AMOUNT",
            Self::TotalMiscellaneousCharges => "TOTAL_MISCELLANEOUS_CHARGES",
            Self::MiscellaneousCharge => "MISCELLANEOUS_CHARGE",
            Self::TrueUpAmount => "TRUE_UP_AMOUNT",
            Self::TotalPurchaseAmount => "TOTAL_PURCHASE_AMOUNT",
            Self::CustomAmount => "CUSTOM_AMOUNT",
            Self::CustomTag => "CUSTOM_TAG",
            Self::TotalPricingRuleAdditionAmount => "TOTAL_PRICING_RULE_ADDITION_AMOUNT",
            Self::PricingRuleAdditionAmount => "PRICING_RULE_ADDITION_AMOUNT",
            Self::PricingRuleRevenueUpdateAmount => "PRICING_RULE_REVENUE_UPDATE_AMOUNT",
            Self::PricingRuleUsageUpdateAmount => "PRICING_RULE_USAGE_UPDATE_AMOUNT",
            Self::RateConfigAdjustmentAmount => "RATE_CONFIG_ADJUSTMENT_AMOUNT",
            Self::TotalTaxAmount => "TOTAL_TAX_AMOUNT",
            Self::TaxAmount => "TAX_AMOUNT",
            Self::ProxyAmount => "PROXY_AMOUNT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InvoiceLineItemType {
    fn from(value: &str) -> Self {
        match value {
            "TOTAL_USAGE" => Self::TotalUsage,
            "USAGE_METER_USAGE" => Self::UsageMeterUsage,
            "GRAND_TOTAL_AMOUNT" => Self::GrandTotalAmount,
            "TOTAL_AMOUNT" => Self::TotalAmount,
            "NET_AMOUNT" => Self::NetAmount,
            "GROSS_AMOUNT" => Self::GrossAmount,
            "SUB_TOTAL_AMOUNT" => Self::SubTotalAmount,
            "PRICE_PLAN_AMOUNT" => Self::PricePlanAmount,
            "FIXED_FEE_RATE_CARD_AMOUNT" => Self::FixedFeeRateCardAmount,
            "CREDIT_GRANT_RATE_CARD_AMOUNT" => Self::CreditGrantRateCardAmount,
            "BILLING_ENTITLEMENT_RATE_CARD_AMOUNT" => Self::BillingEntitlementRateCardAmount,
            "ENTITLEMENT_OVERAGE_RATE_CARD_AMOUNT" => Self::EntitlementOverageRateCardAmount,
            "ENTITLEMENT_OVERAGE_RATE_CARD_SLAB_AMOUNT" => {
                Self::EntitlementOverageRateCardSlabAmount
            }
            "LICENSE_RATE_CARD_AMOUNT" => Self::LicenseRateCardAmount,
            "USAGE_CYCLE_AMOUNT" => Self::UsageCycleAmount,
            "LICENSE_RATE_CARD_SLAB_AMOUNT" => Self::LicenseRateCardSlabAmount,
            "USAGE_RATE_CARD_AMOUNT" => Self::UsageRateCardAmount,
            "USAGE_RATE_CARD_SLAB_AMOUNT" => Self::UsageRateCardSlabAmount,
            "TOTAL_CREDITS" => Self::TotalCredits,
            "SUB_CREDITS" => Self::SubCredits,
            "TOTAL_ADVANCED_FEES" => Self::TotalAdvancedFees,
            "ADVANCED_FIXED_FEE" => Self::AdvancedFixedFee,
            "ADVANCED_LICENSE_RATE_CARD_AMOUNT" => Self::AdvancedLicenseRateCardAmount,
            "ADVANCED_BILLING_ENTITLEMENT_RATE_CARD_AMOUNT" => {
                Self::AdvancedBillingEntitlementRateCardAmount
            }
            "ADVANCED_CREDIT_GRANT_RATE_CARD_AMOUNT" => Self::AdvancedCreditGrantRateCardAmount,
            "TOTAL_MISCELLANEOUS_CHARGES" => Self::TotalMiscellaneousCharges,
            "MISCELLANEOUS_CHARGE" => Self::MiscellaneousCharge,
            "TRUE_UP_AMOUNT" => Self::TrueUpAmount,
            "TOTAL_PURCHASE_AMOUNT" => Self::TotalPurchaseAmount,
            "CUSTOM_AMOUNT" => Self::CustomAmount,
            "CUSTOM_TAG" => Self::CustomTag,
            "TOTAL_PRICING_RULE_ADDITION_AMOUNT" => Self::TotalPricingRuleAdditionAmount,
            "PRICING_RULE_ADDITION_AMOUNT" => Self::PricingRuleAdditionAmount,
            "PRICING_RULE_REVENUE_UPDATE_AMOUNT" => Self::PricingRuleRevenueUpdateAmount,
            "PRICING_RULE_USAGE_UPDATE_AMOUNT" => Self::PricingRuleUsageUpdateAmount,
            "RATE_CONFIG_ADJUSTMENT_AMOUNT" => Self::RateConfigAdjustmentAmount,
            "TOTAL_TAX_AMOUNT" => Self::TotalTaxAmount,
            "TAX_AMOUNT" => Self::TaxAmount,
            "PROXY_AMOUNT" => Self::ProxyAmount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for InvoiceLineItemType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for InvoiceLineItemType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for InvoiceLineItemType {
    fn as_str(&self) -> &str {
        InvoiceLineItemType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for InvoiceLineItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for InvoiceLineItemType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for InvoiceLineItemType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
