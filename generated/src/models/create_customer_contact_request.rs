//! The `CreateCustomerContactRequest` model.
/// Payload to create a contact for a customer
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateCustomerContactRequest {
    /// `preferredUsername`
    #[serde(rename = "preferredUsername", skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    /// `name`
    pub name: String,
    /// `password`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// `email`
    pub email: String,
    /// `phone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `verified`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// `loginAccess`
    ///
    /// Default: `false`
    #[serde(rename = "loginAccess", skip_serializing_if = "Option::is_none")]
    pub login_access: Option<bool>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateCustomerContactRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "preferredUsername",
            "name",
            "password",
            "email",
            "phone",
            "verified",
            "loginAccess",
        ];
        struct CreateCustomerContactRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateCustomerContactRequestVisitor {
            type Value = CreateCustomerContactRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateCustomerContactRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomerContactRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<bool>> = None;
                let mut f6: Option<Option<bool>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "preferredUsername"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "password"),
                        3 => crate::runtime::field(&mut map, &mut f3, "email"),
                        4 => crate::runtime::field(&mut map, &mut f4, "phone"),
                        5 => crate::runtime::field(&mut map, &mut f5, "verified"),
                        6 => crate::runtime::field(&mut map, &mut f6, "loginAccess"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateCustomerContactRequest {
                    preferred_username: f0.unwrap_or_default(),
                    name: crate::runtime::required(f1, "name")?,
                    password: f2.unwrap_or_default(),
                    email: crate::runtime::required(f3, "email")?,
                    phone: f4.unwrap_or_default(),
                    verified: f5.unwrap_or_default(),
                    login_access: f6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateCustomerContactRequest",
            FIELDS,
            CreateCustomerContactRequestVisitor,
        )
    }
}
impl CreateCustomerContactRequest {
    /// Creates a `CreateCustomerContactRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, email: String) -> Self {
        Self {
            preferred_username: None,
            name,
            password: None,
            email,
            phone: None,
            verified: None,
            login_access: None,
        }
    }
}
