//! What the runtime needs to know about the document: its servers, security
//! schemes and error bodies.

use togai_codegen_runtime as rt;

/// Servers, security schemes and the default `User-Agent` (the generated
/// package and its version), for the runtime.
pub(crate) static DOCUMENT: rt::Document = rt::Document {
    servers: SERVERS,
    security_schemes: SECURITY_SCHEMES,
    user_agent: "togai-client/0.2.0",
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
pub(crate) const ERRORS_DEFAULT: &[rt::ErrorCase<ErrorBody>] = &[rt::ErrorCase {
    status: rt::StatusMatch::Default,
    decode: decode_error_response,
}];

/// How 6 operation(s) decode error responses, by status.
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

pub(crate) fn decode_error_response(body: &[u8]) -> Option<ErrorBody> {
    rt::serde_json::from_slice(body)
        .ok()
        .map(ErrorBody::ErrorResponse)
}
