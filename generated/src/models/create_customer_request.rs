//! The `CreateCustomerRequest` model.
/// Payload to create customer
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateCustomerRequest {
    /// Customer identifier
    pub id: String,
    /// Name of the Customer
    pub name: String,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `address`
    pub address: crate::models::Address,
    /// `settings`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<crate::models::CreateEntitySetting>>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::CreateAccountRequestWithoutCustomerId>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateCustomerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "primaryEmail",
            "address",
            "settings",
            "account",
        ];
        struct CreateCustomerRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateCustomerRequestVisitor {
            type Value = CreateCustomerRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateCustomerRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomerRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<crate::models::Address> = None;
                let mut f4: Option<Option<Vec<crate::models::CreateEntitySetting>>> = None;
                let mut f5: Option<Option<crate::models::CreateAccountRequestWithoutCustomerId>> =
                    None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "primaryEmail"),
                        3 => crate::runtime::field(&mut map, &mut f3, "address"),
                        4 => crate::runtime::field(&mut map, &mut f4, "settings"),
                        5 => crate::runtime::field(&mut map, &mut f5, "account"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateCustomerRequest {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    primary_email: crate::runtime::required(f2, "primaryEmail")?,
                    address: crate::runtime::required(f3, "address")?,
                    settings: f4.unwrap_or_default(),
                    account: f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateCustomerRequest",
            FIELDS,
            CreateCustomerRequestVisitor,
        )
    }
}
impl CreateCustomerRequest {
    /// Creates a `CreateCustomerRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        primary_email: String,
        address: crate::models::Address,
    ) -> Self {
        Self {
            id,
            name,
            primary_email,
            address,
            settings: None,
            account: None,
        }
    }
}
