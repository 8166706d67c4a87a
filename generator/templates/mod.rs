//! {{ doc }}
{% for module in modules %}
{{ module.cfg }}
{% if public %}pub {% endif %}mod {{ module.name }};
{%- for item in module.items %}
{{ module.cfg }}
pub use {{ module.name }}::{{ item }};
{%- endfor %}
{%- endfor %}
