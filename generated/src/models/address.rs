//! The `Address` model.

use togai_codegen_runtime as rt;

/// billing address of the customer
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Address {
    /// Contact number
    #[serde(rename = "phoneNumber", skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Address line 1 (eg. Street, PO Box, Company Name)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    /// Address line 2 (eg. apartment, suite, unit or building)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// ZIP or postal code
    #[serde(rename = "postalCode", skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// City, district, suburb, town or village
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State, county, province or region
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Two letter country code [ISO-3166-1 Alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

rt::deserialize_struct! {
    Address {
        0 phone_number "phoneNumber" optional,
        1 line1 "line1" optional,
        2 line2 "line2" optional,
        3 postal_code "postalCode" optional,
        4 city "city" optional,
        5 state "state" optional,
        6 country "country" optional,
    }
}
impl Address {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `phone_number` (`phoneNumber`); until set, it is left out.
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `line1`; until set, it is left out.
    pub fn with_line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = Some(value.into());
        self
    }

    /// Sets `line2`; until set, it is left out.
    pub fn with_line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = Some(value.into());
        self
    }

    /// Sets `postal_code` (`postalCode`); until set, it is left out.
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }

    /// Sets `city`; until set, it is left out.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `state`; until set, it is left out.
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `country`; until set, it is left out.
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
}
