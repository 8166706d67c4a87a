//! A billing job that needs three APIs of the Togai client: authentication, customers and
//! licenses. Its manifest enables only those features.

use togai_client::models::{BaseSuccessResponse, GetLicenseUpdatesResponse, TokenResponse};
use togai_client::{Client, Result};

/// What the job got back from each API.
#[derive(Debug)]
pub struct Outcome {
    /// From `authentication().authenticate()`.
    pub token: TokenResponse,
    /// From `customers().delete_customer(..)`.
    pub deleted: BaseSuccessResponse,
    /// From `licenses().get_license_updates()`.
    pub licenses: GetLicenseUpdatesResponse,
}

/// Authenticates, deletes a customer, and reads the license updates.
pub async fn run(client: &Client, customer_id: &str) -> Result<Outcome> {
    let token = client.authentication().authenticate().send().await?;
    let deleted = client
        .customers()
        .delete_customer(customer_id)
        .send()
        .await?;
    let licenses = client.licenses().get_license_updates().send().await?;
    Ok(Outcome {
        token,
        deleted,
        licenses,
    })
}
