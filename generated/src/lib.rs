#![doc = include_str!("lib.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
pub mod apis;

pub mod auth;

mod document;

#[cfg(feature = "mock")]
pub mod mock;

pub mod models;

pub use document::{servers, ErrorBody, SERVERS};
pub use rt::{
    http_client_builder, DecodeError, Nullable, Redirect, RequestOptions, Response, RetryPolicy,
    Server,
};
use togai_codegen_runtime as rt;

pub use rt::{bytes, chrono, reqwest, serde_json};

/// Any failure of a call or of building a client, with this API's error bodies.
pub type Error = rt::Error<ErrorBody>;

/// An error status returned by the server, with the body typed as this API declares it.
pub type ApiError = rt::ApiError<ErrorBody>;

/// `Result` with this crate's [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What the `send` method of every request builder returns: resolves to the decoded body.
pub type BodyFuture<T> = rt::BodyFuture<T, ErrorBody>;

/// What the `send_with_response` method of every request builder returns: resolves to the
/// decoded body with the status and headers.
pub type ResponseFuture<T> = rt::ResponseFuture<T, ErrorBody>;

/// Configures and builds a [`Client`].
pub type ClientBuilder = rt::ClientBuilder<Client>;

/// Client of the API: cheap to clone (shared connection pool and configuration), `Send` and
/// `Sync`; one accessor per API.
///
/// ```no_run
/// # fn main() -> togai_client::Result<()> {
/// let client = togai_client::Client::builder().build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    /// The runtime's client; the operation builders start their calls on it.
    inner: rt::Client,
}

impl rt::ApiClient for Client {
    type ErrorBody = ErrorBody;

    const DOCUMENT: &'static rt::Document = &document::DOCUMENT;

    fn from_client(inner: rt::Client) -> Self {
        Client { inner }
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.inner, f)
    }
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The base URL operation paths are appended to (without trailing slash).
    pub fn base_url(&self) -> &str {
        self.inner.base_url()
    }

    /// Customer level calls
    ///
    /// The operations of the [`CustomersApi`](apis::CustomersApi).
    #[cfg(feature = "customers")]
    #[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
    pub fn customers(&self) -> apis::CustomersApi {
        apis::CustomersApi::new(self.clone())
    }

    /// Account level calls
    ///
    /// The operations of the [`AccountsApi`](apis::AccountsApi).
    #[cfg(feature = "accounts")]
    #[cfg_attr(docsrs, doc(cfg(feature = "accounts")))]
    pub fn accounts(&self) -> apis::AccountsApi {
        apis::AccountsApi::new(self.clone())
    }

    /// Event Schema level calls
    ///
    /// The operations of the [`EventSchemasApi`](apis::EventSchemasApi).
    #[cfg(feature = "event-schemas")]
    #[cfg_attr(docsrs, doc(cfg(feature = "event-schemas")))]
    pub fn event_schemas(&self) -> apis::EventSchemasApi {
        apis::EventSchemasApi::new(self.clone())
    }

    /// Usage Meter level calls
    ///
    /// The operations of the [`UsageMetersApi`](apis::UsageMetersApi).
    #[cfg(feature = "usage-meters")]
    #[cfg_attr(docsrs, doc(cfg(feature = "usage-meters")))]
    pub fn usage_meters(&self) -> apis::UsageMetersApi {
        apis::UsageMetersApi::new(self.clone())
    }

    /// (DEPRECATED) Price Plan level calls
    ///
    /// The operations of the [`PricePlansApi`](apis::PricePlansApi).
    #[cfg(feature = "price-plans")]
    #[cfg_attr(docsrs, doc(cfg(feature = "price-plans")))]
    pub fn price_plans(&self) -> apis::PricePlansApi {
        apis::PricePlansApi::new(self.clone())
    }

    /// Price Plan V2 level calls
    ///
    /// The operations of the [`PricePlanV2Api`](apis::PricePlanV2Api).
    #[cfg(feature = "price-plan-v2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "price-plan-v2")))]
    pub fn price_plan_v2(&self) -> apis::PricePlanV2Api {
        apis::PricePlanV2Api::new(self.clone())
    }

    /// Account Schedule level calls
    ///
    /// The operations of the [`SchedulesApi`](apis::SchedulesApi).
    #[cfg(feature = "schedules")]
    #[cfg_attr(docsrs, doc(cfg(feature = "schedules")))]
    pub fn schedules(&self) -> apis::SchedulesApi {
        apis::SchedulesApi::new(self.clone())
    }

    /// Pricing Rules level calls
    ///
    /// The operations of the [`PricingRulesApi`](apis::PricingRulesApi).
    #[cfg(feature = "pricing-rules")]
    #[cfg_attr(docsrs, doc(cfg(feature = "pricing-rules")))]
    pub fn pricing_rules(&self) -> apis::PricingRulesApi {
        apis::PricingRulesApi::new(self.clone())
    }

    /// Settings
    ///
    /// The operations of the [`SettingsApi`](apis::SettingsApi).
    #[cfg(feature = "settings")]
    #[cfg_attr(docsrs, doc(cfg(feature = "settings")))]
    pub fn settings(&self) -> apis::SettingsApi {
        apis::SettingsApi::new(self.clone())
    }

    /// Price Experimentation apis
    ///
    /// The operations of the [`PriceExperimentationApi`](apis::PriceExperimentationApi).
    #[cfg(feature = "price-experimentation")]
    #[cfg_attr(docsrs, doc(cfg(feature = "price-experimentation")))]
    pub fn price_experimentation(&self) -> apis::PriceExperimentationApi {
        apis::PriceExperimentationApi::new(self.clone())
    }

    /// Invoice Group level calls
    ///
    /// The operations of the [`InvoiceGroupsApi`](apis::InvoiceGroupsApi).
    #[cfg(feature = "invoice-groups")]
    #[cfg_attr(docsrs, doc(cfg(feature = "invoice-groups")))]
    pub fn invoice_groups(&self) -> apis::InvoiceGroupsApi {
        apis::InvoiceGroupsApi::new(self.clone())
    }

    /// Alias level calls
    ///
    /// The operations of the [`AliasesApi`](apis::AliasesApi).
    #[cfg(feature = "aliases")]
    #[cfg_attr(docsrs, doc(cfg(feature = "aliases")))]
    pub fn aliases(&self) -> apis::AliasesApi {
        apis::AliasesApi::new(self.clone())
    }

    /// Report level calls
    ///
    /// The operations of the [`ReportsApi`](apis::ReportsApi).
    #[cfg(feature = "reports")]
    #[cfg_attr(docsrs, doc(cfg(feature = "reports")))]
    pub fn reports(&self) -> apis::ReportsApi {
        apis::ReportsApi::new(self.clone())
    }

    /// Portal level calls
    ///
    /// The operations of the [`CustomerPortalApi`](apis::CustomerPortalApi).
    #[cfg(feature = "customer-portal")]
    #[cfg_attr(docsrs, doc(cfg(feature = "customer-portal")))]
    pub fn customer_portal(&self) -> apis::CustomerPortalApi {
        apis::CustomerPortalApi::new(self.clone())
    }

    /// Alert level calls
    ///
    /// The operations of the [`AlertsApi`](apis::AlertsApi).
    #[cfg(feature = "alerts")]
    #[cfg_attr(docsrs, doc(cfg(feature = "alerts")))]
    pub fn alerts(&self) -> apis::AlertsApi {
        apis::AlertsApi::new(self.clone())
    }

    /// APIs for getting events ingested in Togai
    ///
    /// The operations of the [`EventManagementApi`](apis::EventManagementApi).
    #[cfg(feature = "event-management")]
    #[cfg_attr(docsrs, doc(cfg(feature = "event-management")))]
    pub fn event_management(&self) -> apis::EventManagementApi {
        apis::EventManagementApi::new(self.clone())
    }

    /// APIs for getting Togai metrics
    ///
    /// The operations of the [`MetricsApi`](apis::MetricsApi).
    #[cfg(feature = "metrics")]
    #[cfg_attr(docsrs, doc(cfg(feature = "metrics")))]
    pub fn metrics(&self) -> apis::MetricsApi {
        apis::MetricsApi::new(self.clone())
    }

    /// APIs for getting or updating license records in Togai
    ///
    /// The operations of the [`LicensesApi`](apis::LicensesApi).
    #[cfg(feature = "licenses")]
    #[cfg_attr(docsrs, doc(cfg(feature = "licenses")))]
    pub fn licenses(&self) -> apis::LicensesApi {
        apis::LicensesApi::new(self.clone())
    }

    /// APIs related to entitlements
    ///
    /// The operations of the [`EntitlementsApi`](apis::EntitlementsApi).
    #[cfg(feature = "entitlements")]
    #[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
    pub fn entitlements(&self) -> apis::EntitlementsApi {
        apis::EntitlementsApi::new(self.clone())
    }

    /// Invoices API
    ///
    /// The operations of the [`InvoicesApi`](apis::InvoicesApi).
    #[cfg(feature = "invoices")]
    #[cfg_attr(docsrs, doc(cfg(feature = "invoices")))]
    pub fn invoices(&self) -> apis::InvoicesApi {
        apis::InvoicesApi::new(self.clone())
    }

    /// Credits API
    ///
    /// The operations of the [`CreditsApi`](apis::CreditsApi).
    #[cfg(feature = "credits")]
    #[cfg_attr(docsrs, doc(cfg(feature = "credits")))]
    pub fn credits(&self) -> apis::CreditsApi {
        apis::CreditsApi::new(self.clone())
    }

    /// Wallet API
    ///
    /// The operations of the [`WalletApi`](apis::WalletApi).
    #[cfg(feature = "wallet")]
    #[cfg_attr(docsrs, doc(cfg(feature = "wallet")))]
    pub fn wallet(&self) -> apis::WalletApi {
        apis::WalletApi::new(self.clone())
    }

    /// Payments API
    ///
    /// The operations of the [`PaymentsApi`](apis::PaymentsApi).
    #[cfg(feature = "payments")]
    #[cfg_attr(docsrs, doc(cfg(feature = "payments")))]
    pub fn payments(&self) -> apis::PaymentsApi {
        apis::PaymentsApi::new(self.clone())
    }

    /// Authentication API
    ///
    /// The operations of the [`AuthenticationApi`](apis::AuthenticationApi).
    #[cfg(feature = "authentication")]
    #[cfg_attr(docsrs, doc(cfg(feature = "authentication")))]
    pub fn authentication(&self) -> apis::AuthenticationApi {
        apis::AuthenticationApi::new(self.clone())
    }

    /// The operations of the [`AddOnsApi`](apis::AddOnsApi).
    #[cfg(feature = "add-ons")]
    #[cfg_attr(docsrs, doc(cfg(feature = "add-ons")))]
    pub fn add_ons(&self) -> apis::AddOnsApi {
        apis::AddOnsApi::new(self.clone())
    }

    /// The operations of the [`FeatureApi`](apis::FeatureApi).
    #[cfg(feature = "feature")]
    #[cfg_attr(docsrs, doc(cfg(feature = "feature")))]
    pub fn feature(&self) -> apis::FeatureApi {
        apis::FeatureApi::new(self.clone())
    }

    /// The operations of the [`JobsApi`](apis::JobsApi).
    #[cfg(feature = "jobs")]
    #[cfg_attr(docsrs, doc(cfg(feature = "jobs")))]
    pub fn jobs(&self) -> apis::JobsApi {
        apis::JobsApi::new(self.clone())
    }

    /// The operations of the [`FileStorageApi`](apis::FileStorageApi).
    #[cfg(feature = "file-storage")]
    #[cfg_attr(docsrs, doc(cfg(feature = "file-storage")))]
    pub fn file_storage(&self) -> apis::FileStorageApi {
        apis::FileStorageApi::new(self.clone())
    }

    /// The operations of the [`EventIngestionApi`](apis::EventIngestionApi).
    #[cfg(feature = "event-ingestion")]
    #[cfg_attr(docsrs, doc(cfg(feature = "event-ingestion")))]
    pub fn event_ingestion(&self) -> apis::EventIngestionApi {
        apis::EventIngestionApi::new(self.clone())
    }
}
