//! The `CreateInvoiceGroupRequest` model.
/// Create an invoice group
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateInvoiceGroupRequest {
    /// `name`
    pub name: String,
    /// `email`
    pub email: String,
    /// `dailyInvoiceConsolidation`
    #[serde(rename = "dailyInvoiceConsolidation")]
    pub daily_invoice_consolidation: bool,
    /// `accountIds`
    #[serde(rename = "accountIds")]
    pub account_ids: Vec<String>,
    /// `netTermDays`
    #[serde(rename = "netTermDays", skip_serializing_if = "Option::is_none")]
    pub net_term_days: Option<i32>,
    /// `address`
    pub address: crate::models::Address,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateInvoiceGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "email",
            "dailyInvoiceConsolidation",
            "accountIds",
            "netTermDays",
            "address",
        ];
        struct CreateInvoiceGroupRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateInvoiceGroupRequestVisitor {
            type Value = CreateInvoiceGroupRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateInvoiceGroupRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateInvoiceGroupRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<bool> = None;
                let mut f3: Option<Vec<String>> = None;
                let mut f4: Option<Option<i32>> = None;
                let mut f5: Option<crate::models::Address> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "email"),
                        2 => crate::runtime::field(&mut map, &mut f2, "dailyInvoiceConsolidation"),
                        3 => crate::runtime::field(&mut map, &mut f3, "accountIds"),
                        4 => crate::runtime::field(&mut map, &mut f4, "netTermDays"),
                        5 => crate::runtime::field(&mut map, &mut f5, "address"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateInvoiceGroupRequest {
                    name: crate::runtime::required(f0, "name")?,
                    email: crate::runtime::required(f1, "email")?,
                    daily_invoice_consolidation: crate::runtime::required(
                        f2,
                        "dailyInvoiceConsolidation",
                    )?,
                    account_ids: crate::runtime::required(f3, "accountIds")?,
                    net_term_days: f4.unwrap_or_default(),
                    address: crate::runtime::required(f5, "address")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateInvoiceGroupRequest",
            FIELDS,
            CreateInvoiceGroupRequestVisitor,
        )
    }
}
impl CreateInvoiceGroupRequest {
    /// Creates a `CreateInvoiceGroupRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        email: String,
        daily_invoice_consolidation: bool,
        account_ids: Vec<String>,
        address: crate::models::Address,
    ) -> Self {
        Self {
            name,
            email,
            daily_invoice_consolidation,
            account_ids,
            net_term_days: None,
            address,
        }
    }
}
