//! What the runtime needs to know about the document: its servers, security
//! schemes and error bodies.

use togai_codegen_runtime as rt;

/// Servers, security schemes and the default `User-Agent` (the generated
/// package and its version), for the runtime.
pub(crate) static DOCUMENT: rt::Document = rt::Document {
    servers: SERVERS,
    security_schemes: SECURITY_SCHEMES,
    user_agent: "togai-client/0.3.0",
    token_exchange: Some(&crate::auth::TOKEN_EXCHANGE),
};

/// The servers the document declares; the first is the default base URL.
pub mod servers {
    /// Api endpoint
    ///
    /// `https://api.togai.com/`
    pub const API_ENDPOINT: &str = "https://api.togai.com/";

    /// Sandbox api endpoint
    ///
    /// `https://sandbox-api.togai.com/`
    pub const SANDBOX_API_ENDPOINT: &str = "https://sandbox-api.togai.com/";
}

/// Every server of the document, in its order.
pub const SERVERS: &[rt::Server] = &[
    rt::Server {
        url: servers::API_ENDPOINT,
        description: "Api endpoint",
    },
    rt::Server {
        url: servers::SANDBOX_API_ENDPOINT,
        description: "Sandbox api endpoint",
    },
];

const SECURITY_SCHEMES: &[rt::SecurityScheme] = &[
    rt::SecurityScheme {
        name: "bearerAuth",
        kind: rt::SchemeKind::Bearer,
    },
    rt::SecurityScheme {
        name: "apiKeyAuth",
        kind: rt::SchemeKind::ApiKey {
            location: rt::ApiKeyLocation::Header,
            name: "X-API-Key",
        },
    },
];

/// An error body as the document declares it for the status received.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorBody {
    /// A [`ErrorResponse`](crate::models::ErrorResponse).
    ErrorResponse(crate::models::ErrorResponse),
}

impl ErrorBody {
    /// The server's human-readable message, where the body has one.
    pub fn message(&self) -> Option<&str> {
        match *self {
            ErrorBody::ErrorResponse(ref b) => Some(&*b.message),
        }
    }
}

impl rt::ErrorBody for ErrorBody {
    fn message(&self) -> Option<&str> {
        ErrorBody::message(self)
    }
}

/// How 104 operation(s) decode error responses, by status.
#[cfg(any(
    feature = "customers",
    feature = "accounts",
    feature = "event-schemas",
    feature = "usage-meters",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "pricing-rules",
    feature = "settings",
    feature = "price-experimentation",
    feature = "invoice-groups",
    feature = "customer-portal",
    feature = "alerts",
    feature = "entitlements",
    feature = "invoices",
    feature = "credits",
    feature = "wallet",
    feature = "payments",
    feature = "add-ons",
    feature = "feature",
    feature = "jobs",
    feature = "file-storage"
))]
pub(crate) const ERRORS_400_401_403_404_429_DEFAULT: &[rt::ErrorCase<ErrorBody>] = &[
    rt::ErrorCase {
        status: rt::StatusMatch::Code(400),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(401),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(403),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(404),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(429),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Default,
        decode: decode_error_response,
    },
];

/// How 27 operation(s) decode error responses, by status.
#[cfg(any(
    feature = "accounts",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "aliases",
    feature = "reports",
    feature = "licenses",
    feature = "wallet"
))]
pub(crate) const ERRORS_DEFAULT: &[rt::ErrorCase<ErrorBody>] = &[rt::ErrorCase {
    status: rt::StatusMatch::Default,
    decode: decode_error_response,
}];

/// How 6 operation(s) decode error responses, by status.
#[cfg(any(
    feature = "event-management",
    feature = "licenses",
    feature = "entitlements",
    feature = "invoices"
))]
pub(crate) const ERRORS_400_401_403_422_429_DEFAULT: &[rt::ErrorCase<ErrorBody>] = &[
    rt::ErrorCase {
        status: rt::StatusMatch::Code(400),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(401),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(403),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(422),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(429),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Default,
        decode: decode_error_response,
    },
];

/// How 4 operation(s) decode error responses, by status.
#[cfg(any(
    feature = "event-management",
    feature = "metrics",
    feature = "licenses"
))]
pub(crate) const ERRORS_400_401_403_429_DEFAULT: &[rt::ErrorCase<ErrorBody>] = &[
    rt::ErrorCase {
        status: rt::StatusMatch::Code(400),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(401),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(403),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(429),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Default,
        decode: decode_error_response,
    },
];

/// How 1 operation(s) decode error responses, by status.
#[cfg(feature = "entitlements")]
pub(crate) const ERRORS_400_401_403_409_422_429_DEFAULT: &[rt::ErrorCase<ErrorBody>] = &[
    rt::ErrorCase {
        status: rt::StatusMatch::Code(400),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(401),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(403),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(409),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(422),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(429),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Default,
        decode: decode_error_response,
    },
];

/// How 2 operation(s) decode error responses, by status.
#[cfg(any(feature = "invoices", feature = "authentication"))]
pub(crate) const ERRORS_401_403_404_429_DEFAULT: &[rt::ErrorCase<ErrorBody>] = &[
    rt::ErrorCase {
        status: rt::StatusMatch::Code(401),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(403),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(404),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(429),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Default,
        decode: decode_error_response,
    },
];

/// How 2 operation(s) decode error responses, by status.
#[cfg(feature = "event-ingestion")]
pub(crate) const ERRORS_400_401_422_429_503_DEFAULT: &[rt::ErrorCase<ErrorBody>] = &[
    rt::ErrorCase {
        status: rt::StatusMatch::Code(400),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(401),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(422),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(429),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Code(503),
        decode: decode_error_response,
    },
    rt::ErrorCase {
        status: rt::StatusMatch::Default,
        decode: decode_error_response,
    },
];

#[cfg(any(
    feature = "customers",
    feature = "accounts",
    feature = "event-schemas",
    feature = "usage-meters",
    feature = "price-plans",
    feature = "price-plan-v2",
    feature = "schedules",
    feature = "pricing-rules",
    feature = "settings",
    feature = "price-experimentation",
    feature = "invoice-groups",
    feature = "aliases",
    feature = "reports",
    feature = "customer-portal",
    feature = "alerts",
    feature = "event-management",
    feature = "metrics",
    feature = "licenses",
    feature = "entitlements",
    feature = "invoices",
    feature = "credits",
    feature = "wallet",
    feature = "payments",
    feature = "authentication",
    feature = "add-ons",
    feature = "feature",
    feature = "jobs",
    feature = "file-storage",
    feature = "event-ingestion"
))]
pub(crate) fn decode_error_response(body: &[u8]) -> Option<ErrorBody> {
    rt::serde_json::from_slice(body)
        .ok()
        .map(ErrorBody::ErrorResponse)
}
