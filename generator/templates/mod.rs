//! {{ doc }}
{% for module in modules %}
{% if public %}pub {% endif %}mod {{ module.name }};
{%- for item in module.items %}
pub use {{ module.name }}::{{ item }};
{%- endfor %}
{%- endfor %}
