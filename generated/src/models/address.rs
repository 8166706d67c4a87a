//! The `Address` model.
/// billing address of the customer
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Address {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "phoneNumber",
            "line1",
            "line2",
            "postalCode",
            "city",
            "state",
            "country",
        ];
        struct AddressVisitor;
        impl<'de> serde::de::Visitor<'de> for AddressVisitor {
            type Value = Address;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Address")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Address, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<String>> = None;
                let mut f6: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "phoneNumber"),
                        1 => crate::runtime::field(&mut map, &mut f1, "line1"),
                        2 => crate::runtime::field(&mut map, &mut f2, "line2"),
                        3 => crate::runtime::field(&mut map, &mut f3, "postalCode"),
                        4 => crate::runtime::field(&mut map, &mut f4, "city"),
                        5 => crate::runtime::field(&mut map, &mut f5, "state"),
                        6 => crate::runtime::field(&mut map, &mut f6, "country"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Address {
                    phone_number: f0.unwrap_or_default(),
                    line1: f1.unwrap_or_default(),
                    line2: f2.unwrap_or_default(),
                    postal_code: f3.unwrap_or_default(),
                    city: f4.unwrap_or_default(),
                    state: f5.unwrap_or_default(),
                    country: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Address", FIELDS, AddressVisitor)
    }
}
