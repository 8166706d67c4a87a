//! The `MetricQueryFilterEntry` model.

use togai_codegen_runtime as rt;

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
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct MetricQueryFilterEntry {
    /// `fieldName`
    #[serde(rename = "fieldName")]
    pub field_name: String,
    /// `fieldValues`
    #[serde(rename = "fieldValues")]
    pub field_values: Vec<String>,
}

rt::deserialize_struct! {
    MetricQueryFilterEntry {
        0 field_name "fieldName" required,
        1 field_values "fieldValues" required,
    }
}
impl MetricQueryFilterEntry {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(field_name: impl Into<String>, field_values: impl Into<Vec<String>>) -> Self {
        Self {
            field_name: field_name.into(),
            field_values: field_values.into(),
        }
    }
}
