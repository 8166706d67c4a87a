//! The `MiscellaneousCharge` model.
/// Miscellaneous charges are the charges that can be added to the invoice. A charge must either have rate and quantity or value. In case of rate and quantity, the value must not be provided as it is automatically calculated as (rate * quantity).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MiscellaneousCharge {
    /// Name of the miscellaneous charge
    pub name: String,
    /// Rate of the charge
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<f64>,
    /// Quantity of the charge
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// Value of the charge
    /// Possible values:
    /// 1. Fixed number \[Example: 10\]
    /// 2. Json Logic \[Example: {"*": \[{"var": "um.lineitem.id"}, 0.1\]}\]
    ///    You can use all line item ids as variables in the json logic
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Specifies whether to consider this miscellaneous charge for revenue or not
    ///
    /// Default: `false`
    #[serde(rename = "considerForRevenue", skip_serializing_if = "Option::is_none")]
    pub consider_for_revenue: Option<bool>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for MiscellaneousCharge {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "rate", "quantity", "value", "considerForRevenue"];
        struct MiscellaneousChargeVisitor;
        impl<'de> serde::de::Visitor<'de> for MiscellaneousChargeVisitor {
            type Value = MiscellaneousCharge;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct MiscellaneousCharge")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<MiscellaneousCharge, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<f64>> = None;
                let mut f2: Option<Option<f64>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<bool>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "rate"),
                        2 => crate::runtime::field(&mut map, &mut f2, "quantity"),
                        3 => crate::runtime::field(&mut map, &mut f3, "value"),
                        4 => crate::runtime::field(&mut map, &mut f4, "considerForRevenue"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(MiscellaneousCharge {
                    name: crate::runtime::required(f0, "name")?,
                    rate: f1.unwrap_or_default(),
                    quantity: f2.unwrap_or_default(),
                    value: f3.unwrap_or_default(),
                    consider_for_revenue: f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("MiscellaneousCharge", FIELDS, MiscellaneousChargeVisitor)
    }
}
impl MiscellaneousCharge {
    /// Creates a `MiscellaneousCharge` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self {
            name,
            rate: None,
            quantity: None,
            value: None,
            consider_for_revenue: None,
        }
    }
}
