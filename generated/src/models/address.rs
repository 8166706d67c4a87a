//! The `Address` model.
/// billing address of the customer
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    /// Contact number
    #[serde(
        rename = "phoneNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub phone_number: Option<String>,
    /// Address line 1 (eg. Street, PO Box, Company Name)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    /// Address line 2 (eg. apartment, suite, unit or building)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// ZIP or postal code
    #[serde(
        rename = "postalCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub postal_code: Option<String>,
    /// City, district, suburb, town or village
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State, county, province or region
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Two letter country code [ISO-3166-1 Alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}
