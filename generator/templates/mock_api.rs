//! Mocks of the operations of [`{{ api }}`](crate::apis::{{ api }}).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`{{ api }}`](crate::apis::{{ api }}) on this mock.
    pub fn {{ accessor }}(&self) -> {{ api }}Mock {
        {{ api }}Mock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`{{ api }}`](crate::apis::{{ api }}) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct {{ api }}Mock {
    server: rt::mock::MockServer,
}

impl {{ api }}Mock {
{%- for op in ops %}
    /// Rules and requests of [`{{ api }}::{{ op.link }}`](crate::apis::{{ api }}::{{ op.link }}): {{ op.request_line }}.
    pub fn {{ op.method }}(&self) -> rt::mock::MockOperation<{{ op.view }}, {{ op.ret }}> {
        self.server.operation({{ op.id }}, {{ op.reply }})
    }
{% endfor %}
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
{%- for op in ops %}
    {{ op.route }},
{%- endfor %}
];
{% for op in ops %}
/// The request of [`{{ api }}::{{ op.link }}`](crate::apis::{{ api }}::{{ op.link }}) as the
/// mock received it and decoded it back.
#[derive({% if op.redact.is_none() %}Debug, {% endif %}Clone, PartialEq)]
#[non_exhaustive]
pub struct {{ op.view }} {
{%- for field in op.fields %}
    /// {{ field.doc }}
    pub {{ field.ident }}: {{ field.ty }},
{%- endfor %}
}

impl rt::mock::RequestView for {{ op.view }} {
    {{ op.decode }}
}
{% if let Some(debug) = op.redact %}
{{ debug }}
{% endif %}
{%- endfor %}
