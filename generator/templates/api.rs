{%- for line in doc %}
//! {{ line }}
{%- endfor %}

use togai_codegen_runtime as rt;
use crate::{BodyFuture, Client, RequestOptions, ResponseFuture};

{% for line in doc -%}
/// {{ line }}
{% endfor -%}
///
/// Get one from [`Client::{{ accessor }}`](crate::Client::{{ accessor }}).
#[derive(Debug, Clone)]
pub struct {{ name }} {
    client: Client,
}

impl {{ name }} {
    pub(crate) fn new(client: Client) -> Self {
        Self { client }
    }
{% for op in ops %}
{%- for line in op.doc %}
    /// {{ line }}
{%- endfor %}
{%- if op.deprecated %}
    #[deprecated(note = "deprecated by the API")]
{%- endif %}
{%- if op.many_args %}
{#- The method takes each required parameter, as many as the document has: the optional ones
    are setters of the builder already. #}
    #[allow(clippy::too_many_arguments)]
{%- endif %}
    pub fn {{ op.method }}(&self{% for a in op.args %}, {{ a }}{% endfor %}) -> {{ op.builder }} {
        {{ op.builder }} { client: self.client.clone(), {% for i in op.inits %}{{ i }}, {% endfor %}options: RequestOptions::default() }
    }
{% endfor %}
}
{% for op in ops %}
static {{ op.static_name }}: rt::Operation = {{ op.static_init }};

{% for line in op.builder_doc -%}
/// {{ line }}
{% endfor -%}
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct {{ op.builder }} {
    client: Client,
{%- for f in op.fields %}
    {{ f.ident }}: {{ f.ty }},
{%- endfor %}
    options: RequestOptions,
}

impl {{ op.builder }} {
{%- for s in op.setters %}
{%- for line in s.doc %}
    /// {{ line }}
{%- endfor %}
{%- if s.deprecated %}
    #[deprecated(note = "deprecated by the API")]
{%- endif %}
    pub fn {{ s.ident }}(mut self, value: impl Into<{{ s.ty }}>) -> Self {
        self.{{ s.ident }} = Some(value.into());
        self
    }
{% endfor %}
    /// Per-call options (timeout, retry policy, headers), replacing those set before.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Adds a header to this request only.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options = self.options.header(name, value);
        self
    }

    /// Sends the request and decodes the response body.
    pub fn send(self) -> BodyFuture<{{ op.ret }}> {
        self.send_with_response().into_body()
    }

    /// Sends the request; the decoded body comes with the status and headers.
    pub fn send_with_response(self) -> ResponseFuture<{{ op.ret }}> {
        let mut call = self.client.inner.call(&{{ op.static_name }});
{%- for line in op.call %}
        {{ line }}
{%- endfor %}
        call.options(self.options);
        call.fetch(|resp| match resp.status() {
{%- for arm in op.arms %}
            {{ arm }}
{%- endfor %}
        })
    }

    rt::blocking_methods!({{ op.blocking_ret }}, crate::Error);
{%- if let Some(p) = op.pagination %}

    /// Streams the items of every page, fetching the next page as needed.
    /// Other parameters set on this builder are sent with every page.
    pub fn stream(self) -> impl rt::futures_core::Stream<Item = crate::Result<{{ p.item }}>> + Send + 'static {
        rt::paginate(self)
    }
{%- endif %}
}
{%- if let Some(p) = op.pagination %}

impl rt::Paginated for {{ op.builder }} {
    type Page = {{ p.page }};
    type Item = {{ p.item }};
    type ErrorBody = crate::ErrorBody;

    fn with_page_token(self, token: String) -> Self {
        self.{{ p.token_setter }}(token)
    }

    fn fetch(self) -> BodyFuture<Self::Page> {
        self.send()
    }

    fn split_page(page: Self::Page) -> (Vec<Self::Item>, Option<String>) {
        {{ p.split }}
    }
}
{%- endif %}
{%- if let Some(e) = op.response_enum %}

/// The success responses of [`{{ name }}::{{ op.method }}`]({{ name }}::{{ op.method }}).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum {{ e.name }} {
{%- for v in e.variants %}
{%- for line in v.doc %}
    /// {{ line }}
{%- endfor %}
{%- if let Some(ty) = v.payload %}
    {{ v.name }}({{ ty }}),
{%- else %}
    {{ v.name }},
{%- endif %}
{%- endfor %}
}
{%- endif %}
{% endfor %}
