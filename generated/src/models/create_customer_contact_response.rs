//! The `CreateCustomerContactResponse` model.
/// The `CreateCustomerContactResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateCustomerContactResponse {
    /// `username`
    pub username: String,
    /// `preferredUsername`
    #[serde(rename = "preferredUsername", skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    /// `name`
    pub name: String,
    /// `email`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `phone`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `loginAccess`
    #[serde(rename = "loginAccess")]
    pub login_access: bool,
    /// `createdBy`
    #[serde(rename = "createdBy", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `verified`
    pub verified: bool,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateCustomerContactResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "username",
            "preferredUsername",
            "name",
            "email",
            "phone",
            "loginAccess",
            "createdBy",
            "createdAt",
            "verified",
        ];
        struct CreateCustomerContactResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateCustomerContactResponseVisitor {
            type Value = CreateCustomerContactResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateCustomerContactResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomerContactResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<bool> = None;
                let mut f6: Option<Option<String>> = None;
                let mut f7: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f8: Option<bool> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "username"),
                        1 => crate::runtime::field(&mut map, &mut f1, "preferredUsername"),
                        2 => crate::runtime::field(&mut map, &mut f2, "name"),
                        3 => crate::runtime::field(&mut map, &mut f3, "email"),
                        4 => crate::runtime::field(&mut map, &mut f4, "phone"),
                        5 => crate::runtime::field(&mut map, &mut f5, "loginAccess"),
                        6 => crate::runtime::field(&mut map, &mut f6, "createdBy"),
                        7 => crate::runtime::field_seed(
                            &mut map,
                            &mut f7,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        8 => crate::runtime::field(&mut map, &mut f8, "verified"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateCustomerContactResponse {
                    username: crate::runtime::required(f0, "username")?,
                    preferred_username: f1.unwrap_or_default(),
                    name: crate::runtime::required(f2, "name")?,
                    email: f3.unwrap_or_default(),
                    phone: f4.unwrap_or_default(),
                    login_access: crate::runtime::required(f5, "loginAccess")?,
                    created_by: f6.unwrap_or_default(),
                    created_at: crate::runtime::required(f7, "createdAt")?,
                    verified: crate::runtime::required(f8, "verified")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateCustomerContactResponse",
            FIELDS,
            CreateCustomerContactResponseVisitor,
        )
    }
}
impl CreateCustomerContactResponse {
    /// Creates a `CreateCustomerContactResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        username: String,
        name: String,
        login_access: bool,
        created_at: chrono::DateTime<chrono::Utc>,
        verified: bool,
    ) -> Self {
        Self {
            username,
            preferred_username: None,
            name,
            email: None,
            phone: None,
            login_access,
            created_by: None,
            created_at,
            verified,
        }
    }
}
