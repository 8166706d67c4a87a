//! What the runtime needs to know about the document: its servers, security
//! schemes and error bodies.

use togai_codegen_runtime as rt;

/// Servers, security schemes and the default `User-Agent` (the generated
/// package and its version), for the runtime.
pub(crate) static DOCUMENT: rt::Document = rt::Document {
    servers: SERVERS,
    security_schemes: SECURITY_SCHEMES,
    user_agent: {{ user_agent }},
    token_exchange: {{ token_exchange }},
};

/// The servers the document declares; the first is the default base URL.
pub mod servers {
{%- for s in servers %}
{%- for line in s.doc %}
    /// {{ line }}
{%- endfor %}
    pub const {{ s.const_name }}: &str = {{ s.url }};
{%- endfor %}
}

/// Every server of the document, in its order.
pub const SERVERS: &[rt::Server] = &[
{%- for s in servers %}
    rt::Server { url: servers::{{ s.const_name }}, description: {{ s.description }} },
{%- endfor %}
];

const SECURITY_SCHEMES: &[rt::SecurityScheme] = &[
{%- for s in schemes %}
    {{ s }},
{%- endfor %}
];

/// An error body as the document declares it for the status received.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorBody {
{%- for e in error_bodies %}
    /// A [`{{ e.variant }}`]({{ e.link }}).
    {{ e.variant }}({{ e.ty }}),
{%- endfor %}
}

impl ErrorBody {
    /// The server's human-readable message, where the body has one.
    pub fn message(&self) -> Option<&str> {
        match *self {
{%- for e in error_bodies %}
{%- if let Some(m) = e.message %}
            ErrorBody::{{ e.variant }}(ref b) => {{ m }},
{%- else %}
            ErrorBody::{{ e.variant }}(_) => None,
{%- endif %}
{%- endfor %}
        }
    }
}

impl rt::ErrorBody for ErrorBody {
    fn message(&self) -> Option<&str> {
        ErrorBody::message(self)
    }
}
{% for t in error_tables %}
/// How {{ t.table.uses }} operation(s) decode error responses, by status.
{{ t.cfg }}
pub(crate) const {{ t.table.name }}: &[rt::ErrorCase<ErrorBody>] = &[
{%- for c in t.table.cases %}
    {{ c }},
{%- endfor %}
];
{% endfor %}
{%- for e in error_bodies %}
{{ e.decoder_cfg }}
pub(crate) fn {{ e.decoder }}(body: &[u8]) -> Option<ErrorBody> {
    rt::serde_json::from_slice(body).ok().map(ErrorBody::{{ e.variant }})
}
{% endfor %}
