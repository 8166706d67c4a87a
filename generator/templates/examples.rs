//! Every example of `docs/*.md`, compiled (never run): the pages cannot drift
//! from the API. Operations first, then how each model is built.
#![allow(dead_code, clippy::unnecessary_literal_unwrap)]
{% for (name, body) in examples %}
async fn {{ name }}() -> Result<(), {{ lib }}::Error> {
{%- for line in body %}
    {{ line }}
{%- endfor %}
}
{% endfor %}
{% for (name, ty, expr) in builds %}
fn {{ name }}() -> {{ lib }}::models::{{ ty }} {
    {{ expr }}
}
{% endfor %}