//! {{ doc }}
{%- if uses_rt %}

use togai_codegen_runtime as rt;
{%- endif %}
{% for item in items %}
{%- match item %}
{%- when Item::Alias with { doc, name, ty } %}
{%- for line in doc %}
/// {{ line }}
{%- endfor %}
pub type {{ name }} = {{ ty }};
{%- when Item::Struct with (s) %}
{%- for line in s.doc %}
/// {{ line }}
{%- endfor %}
#[derive({% if s.debug.is_none() %}Debug, {% endif %}Clone{% if s.default %}, Default{% endif %}, PartialEq, rt::serde::Serialize{% if s.de.is_none() %}, rt::serde::Deserialize{% endif %})]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct {{ s.name }} {
{%- for f in s.fields %}
{%- for line in f.doc %}
    /// {{ line }}
{%- endfor %}
{%- for a in f.attrs %}
    {{ a }}
{%- endfor %}
    pub {{ f.ident }}: {{ f.ty }},
{%- endfor %}
}
{%- if let Some(debug) = s.debug %}

{{ debug }}
{%- endif %}
{%- if let Some(de) = s.de %}

rt::deserialize_struct! {
    {{ s.name }} {
    {%- for f in de %}
        {{ loop.index0 }} {{ f.ident }} {{ f.wire }} {% if f.required %}required{% else %}optional{% endif %}{% if let Some(seed) = f.seed %} {{ seed }}{% endif %},
    {%- endfor %}
    }
}
{%- endif %}
{% if s.allow_deprecated %}
{#- `new` and the setters set the deprecated fields themselves; users see the warning. #}
#[allow(deprecated)]
{%- endif %}
impl {{ s.name }} {
{%- if s.default %}
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }
{%- else %}
    /// A new value from the required fields; set the others with the `with_` methods.
    {%- if s.many_args %}
    {#- `new` takes each required field, as many as the schema has: the optional ones have
        setters already. #}
    #[allow(clippy::too_many_arguments)]
    {%- endif %}
    pub fn new({{ s.args|join(", ") }}) -> Self {
        Self { {{ s.inits|join(", ") }} }
    }
{%- endif %}
{%- for st in s.setters %}
{% for line in st.doc %}
    /// {{ line }}
{%- endfor %}
{%- if st.deprecated %}
    #[deprecated]
{%- endif %}
    pub fn {{ st.name }}(mut self{% if let Some(ty) = st.ty %}, value: impl Into<{{ ty }}>{% endif %}) -> Self {
        self.{{ st.field }} = {{ st.value }};
        self
    }
{%- endfor %}
}
{%- when Item::Enum with (e) %}
{%- for line in e.doc %}
/// {{ line }}
{%- endfor %}
///
/// Values this version of the crate does not know decode into
/// [`{{ e.name }}::{{ e.unknown }}`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum {{ e.name }} {
{%- for v in e.variants %}
    /// {{ v.doc }}
    {{ v.name }},
{%- endfor %}
    /// A value not known to this version of the crate, kept as sent.
    {{ e.unknown }}(String),
}

impl {{ e.name }} {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
        {%- for v in e.variants %}
            Self::{{ v.name }} => {{ v.wire }},
        {%- endfor %}
            Self::{{ e.unknown }}(value) => value,
        }
    }
}

impl From<&str> for {{ e.name }} {
    fn from(value: &str) -> Self {
        match value {
        {%- for v in e.variants %}
            {{ v.wire }} => Self::{{ v.name }},
        {%- endfor %}
            other => Self::{{ e.unknown }}(other.to_owned()),
        }
    }
}

impl PartialOrd for {{ e.name }} {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for {{ e.name }} {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::{{ e.unknown }}(_));
        self.as_str().cmp(other.as_str()).then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for {{ e.name }} {
    fn as_str(&self) -> &str {
        {{ e.name }}::as_str(self)
    }
    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for {{ e.name }} {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for {{ e.name }} {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for {{ e.name }} {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
{%- when Item::IntEnum with (e) %}
{%- for line in e.doc %}
/// {{ line }}
{%- endfor %}
///
/// Values this version of the crate does not know decode into
/// [`{{ e.name }}::{{ e.unknown }}`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum {{ e.name }} {
{%- for v in e.variants %}
    /// {{ v.doc }}
    {{ v.name }},
{%- endfor %}
    /// A value not known to this version of the crate, kept as sent.
    {{ e.unknown }}(i64),
}

impl {{ e.name }} {
    /// The value as it is sent on the wire.
    pub fn as_i64(&self) -> i64 {
        match *self {
        {%- for v in e.variants %}
            Self::{{ v.name }} => {{ v.wire }},
        {%- endfor %}
            Self::{{ e.unknown }}(value) => value,
        }
    }
}

impl From<i64> for {{ e.name }} {
    fn from(value: i64) -> Self {
        match value {
        {%- for v in e.variants %}
            {{ v.wire }} => Self::{{ v.name }},
        {%- endfor %}
            other => Self::{{ e.unknown }}(other),
        }
    }
}

impl PartialOrd for {{ e.name }} {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for {{ e.name }} {
    /// By wire value (a value this crate does not know after the known one it equals).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::{{ e.unknown }}(_));
        self.as_i64().cmp(&other.as_i64()).then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::IntEnum for {{ e.name }} {
    fn as_i64(&self) -> i64 {
        {{ e.name }}::as_i64(self)
    }
    fn from_wire(value: i64) -> Self {
        value.into()
    }
}

impl rt::ParamValue for {{ e.name }} {
    fn to_param(&self) -> String {
        self.as_i64().to_string()
    }
}

impl std::fmt::Display for {{ e.name }} {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_i64())
    }
}

impl rt::serde::Serialize for {{ e.name }} {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_int_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for {{ e.name }} {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_int_enum(deserializer)
    }
}
{%- when Item::Union with (u) %}
{%- for line in u.doc %}
/// {{ line }}
{%- endfor %}
{%- if u.tag.is_none() %}
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde", untagged)]
{%- else %}
#[derive(Debug, Clone, PartialEq)]
{%- endif %}
#[non_exhaustive]
pub enum {{ u.name }} {
{%- for v in u.variants %}
    /// A `{{ v.name }}`.
    {{ v.name }}({{ v.ty }}),
{%- endfor %}
    /// JSON this version of the crate cannot place, kept as sent.
    {{ u.unknown }}(rt::serde_json::Value),
}
{%- for v in u.variants %}
{%- if let Some(from) = v.from %}

impl From<{{ from }}> for {{ u.name }} {
    /// The `{{ v.name }}` variant (boxed: the type is large).
    fn from(value: {{ from }}) -> Self {
        Self::{{ v.name }}(Box::new(value))
    }
}
{%- endif %}
{%- endfor %}
{%- if u.tag.is_none() %}

impl<'de> rt::serde::Deserialize<'de> for {{ u.name }} {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <rt::serde_json::Value as rt::serde::Deserialize>::deserialize(deserializer)?;
    {%- for v in u.variants %}
        if let Some(v) = rt::try_variant(&value, rt::JsonKind::{{ v.kind }}) {
            return Ok(Self::{{ v.name }}(v));
        }
    {%- endfor %}
        Ok(Self::{{ u.unknown }}(value))
    }
}
{%- endif %}
{%- if let Some(tag) = u.tag %}

impl<'de> rt::serde::Deserialize<'de> for {{ u.name }} {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <rt::serde_json::Value as rt::serde::Deserialize>::deserialize(deserializer)?;
        Ok(match rt::discriminator(&value, {{ tag.prop }}) {
        {%- for d in tag.decode %}
            Some({{ d.value }}) => Self::{{ d.variant }}(rt::from_value(value)?),
        {%- endfor %}
            _ => Self::{{ u.unknown }}(value),
        })
    }
}

impl rt::serde::Serialize for {{ u.name }} {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
        {%- for e in tag.encode %}
        {%- if let Some(value) = e.value %}
            Self::{{ e.variant }}(v) => rt::serialize_tagged(v, {{ tag.prop }}, {{ value }}, serializer),
        {%- else %}
            Self::{{ e.variant }}(v) => rt::serde::Serialize::serialize(v, serializer),
        {%- endif %}
        {%- endfor %}
            Self::{{ u.unknown }}(v) => rt::serde::Serialize::serialize(v, serializer),
        }
    }
}
{%- endif %}
{%- endmatch %}
{% endfor %}
