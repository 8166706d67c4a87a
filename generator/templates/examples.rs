//! Every example of `docs/*.md`, compiled (never run): the pages cannot drift
//! from the API. Operations first, then how each model is built.
{#- Why these allows, for this file only: its functions are compiled and never called (each is an
    example, the test is that it builds), and the examples unwrap sample values written as
    literals, as the pages show users. #}
#![allow(dead_code, clippy::unnecessary_literal_unwrap)]
{% for example in examples %}
{{ example.cfg }}
{%- if let Some(why) = example.deprecated %}
/// {{ why }}
#[allow(deprecated)]
{%- endif %}
async fn {{ example.name }}() -> Result<(), {{ lib }}::Error> {
    {{ example.body }}
}
{% endfor %}
{% for build in builds %}
{{ build.cfg }}
fn {{ build.name }}() -> {{ lib }}::models::{{ build.model }} {
    {{ build.expr }}
}
{% endfor %}