//! The `CreateCustomerResponse` model.
/// The `CreateCustomerResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateCustomerResponse {
    /// Identifier of customer
    pub id: String,
    /// Unique identifier of customer
    #[serde(rename = "togaiCustomerId")]
    pub togai_customer_id: String,
    /// Name of the Customer
    pub name: String,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `billingAddress`
    #[serde(rename = "billingAddress", skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
    /// `settings`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<crate::models::CreateEntitySetting>>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::Account>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateCustomerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "togaiCustomerId",
            "name",
            "primaryEmail",
            "billingAddress",
            "address",
            "settings",
            "account",
        ];
        struct CreateCustomerResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateCustomerResponseVisitor {
            type Value = CreateCustomerResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateCustomerResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomerResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<crate::models::Address>> = None;
                let mut f6: Option<Option<Vec<crate::models::CreateEntitySetting>>> = None;
                let mut f7: Option<Option<crate::models::Account>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "togaiCustomerId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "name"),
                        3 => crate::runtime::field(&mut map, &mut f3, "primaryEmail"),
                        4 => crate::runtime::field(&mut map, &mut f4, "billingAddress"),
                        5 => crate::runtime::field(&mut map, &mut f5, "address"),
                        6 => crate::runtime::field(&mut map, &mut f6, "settings"),
                        7 => crate::runtime::field(&mut map, &mut f7, "account"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateCustomerResponse {
                    id: crate::runtime::required(f0, "id")?,
                    togai_customer_id: crate::runtime::required(f1, "togaiCustomerId")?,
                    name: crate::runtime::required(f2, "name")?,
                    primary_email: crate::runtime::required(f3, "primaryEmail")?,
                    billing_address: f4.unwrap_or_default(),
                    address: f5.unwrap_or_default(),
                    settings: f6.unwrap_or_default(),
                    account: f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateCustomerResponse",
            FIELDS,
            CreateCustomerResponseVisitor,
        )
    }
}
impl CreateCustomerResponse {
    /// Creates a `CreateCustomerResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, togai_customer_id: String, name: String, primary_email: String) -> Self {
        Self {
            id,
            togai_customer_id,
            name,
            primary_email,
            billing_address: None,
            address: None,
            settings: None,
            account: None,
        }
    }
}
