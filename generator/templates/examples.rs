//! Every example of `docs/*.md`, compiled (never run): the pages cannot drift
//! from the API. Operations first, then how each model is built.
#![allow(dead_code, clippy::unnecessary_literal_unwrap)]
{% for example in examples %}
{{ example.cfg }}
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