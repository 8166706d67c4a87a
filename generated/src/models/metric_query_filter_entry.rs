//! The `MetricQueryFilterEntry` model.
/// | Metric Name       | FilterEntry Name |    Allowed groupBy fields                                           |      Default Values      |                 Allowed Values                                  |
/// |-------------------|------------------|---------------------------------------------------------------------|--------------------------|-----------------------------------------------------------------|
/// | EVENTS            | ACCOUNT_ID       | ACCOUNT_ID, EVENT_STATUS, SCHEMA_NAME, RAW_EVENT_STATUS             | None                     | *\\&lt;one or more valid account IDs&gt;                               |
/// | EVENTS            | CUSTOMER_ID      | ACCOUNT_ID, EVENT_STATUS, SCHEMA_NAME, RAW_EVENT_STATUS             | None                     | *\\&lt;one or more valid customer IDs&gt;                              |
/// | EVENTS            | SCHEMA_NAME      | ACCOUNT_ID, EVENT_STATUS, SCHEMA_NAME, RAW_EVENT_STATUS             | None                     | *\\&lt;at most one valid schema names&gt;                              |
/// | EVENTS            | EVENT_STATUS     | ACCOUNT_ID, EVENT_STATUS, SCHEMA_NAME, RAW_EVENT_STATUS             | \[PROCESSED, UNPROCESSED\] | oneOrMoreOf PROCESSED, UNPROCESSED, IN_PROGRESS, IngestionStatus|
/// | USAGE             | ACCOUNT_ID       | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid account IDs&gt;                               |
/// | USAGE             | CUSTOMER_ID      | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid customer IDs&gt;                              |
/// | USAGE             | USAGE_METER_ID   | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid usage meter name&gt;                          |
/// | USAGE             | BILLABLE_ID      | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid usage meter name&gt;                          |
/// | REVENUE           | ACCOUNT_ID       | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid account IDs&gt;                               |
/// | REVENUE           | CUSTOMER_ID      | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid customer IDs&gt;                              |
/// | REVENUE           | USAGE_METER_ID   | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid usage meter name&gt;                          |
/// | REVENUE           | BILLABLE_ID      | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid usage meter name&gt;                          |
/// | EVENTS            | ORGANIZATION_ID  | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | &lt;From auth token&gt;        |                                                                 |
/// | USAGE             | ORGANIZATION_ID  | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | &lt;From auth token&gt;        |                                                                 |
/// | REVENUE           | ORGANIZATION_ID  | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | &lt;From auth token&gt;        |                                                                 |
/// | USAGE_FOR_CYCLE   | ACCOUNT_ID       | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid account IDs&gt;                               |
/// | USAGE_FOR_CYCLE   | CUSTOMER_ID      | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid customer IDs&gt;                              |
/// | USAGE_FOR_CYCLE   | USAGE_METER_ID   | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid usage meter name&gt;                          |
/// | USAGE_FOR_CYCLE   | BILLABLE_ID      | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid usage meter name&gt;                          |
/// | REVENUE_FOR_CYCLE | ACCOUNT_ID       | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid account IDs&gt;                               |
/// | REVENUE_FOR_CYCLE | CUSTOMER_ID      | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid customer IDs&gt;                              |
/// | REVENUE_FOR_CYCLE | USAGE_METER_ID   | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid usage meter name&gt;                          |
/// | REVENUE_FOR_CYCLE | BILLABLE_ID      | ACCOUNT_ID, USAGE_METER_ID, BILLABLE_ID CUSTOMER_ID                 | None                     | *\\&lt;one or more valid usage meter name&gt;                          |
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MetricQueryFilterEntry {
    /// `fieldName`
    #[serde(rename = "fieldName")]
    pub field_name: String,
    /// `fieldValues`
    #[serde(rename = "fieldValues")]
    pub field_values: Vec<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for MetricQueryFilterEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["fieldName", "fieldValues"];
        struct MetricQueryFilterEntryVisitor;
        impl<'de> serde::de::Visitor<'de> for MetricQueryFilterEntryVisitor {
            type Value = MetricQueryFilterEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct MetricQueryFilterEntry")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<MetricQueryFilterEntry, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Vec<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "fieldName"),
                        1 => crate::runtime::field(&mut map, &mut f1, "fieldValues"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(MetricQueryFilterEntry {
                    field_name: crate::runtime::required(f0, "fieldName")?,
                    field_values: crate::runtime::required(f1, "fieldValues")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "MetricQueryFilterEntry",
            FIELDS,
            MetricQueryFilterEntryVisitor,
        )
    }
}
impl MetricQueryFilterEntry {
    /// Creates a `MetricQueryFilterEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(field_name: String, field_values: Vec<String>) -> Self {
        Self {
            field_name,
            field_values,
        }
    }
}
