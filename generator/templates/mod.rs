//! {{ doc }}
{% for (module, names) in modules %}
{% if public %}pub {% endif %}mod {{ module }};
{%- for name in names %}
pub use {{ module }}::{{ name }};
{%- endfor %}
{%- endfor %}
