//! Text form of path, query, header and cookie parameter values.

use super::enums::StringEnum;

/// Text form of a path, query, header or cookie parameter value.
#[doc(hidden)]
pub trait ParamValue {
    /// The value as sent, before percent-encoding.
    fn to_param(&self) -> String;
}

macro_rules! display_param {
    ($($t:ty),*) => {$(
        impl ParamValue for $t {
            fn to_param(&self) -> String { self.to_string() }
        }
    )*};
}
// Strings are copied, not formatted: parameters are on every request's path.
impl ParamValue for str {
    fn to_param(&self) -> String {
        self.to_owned()
    }
}

impl ParamValue for &str {
    fn to_param(&self) -> String {
        (*self).to_owned()
    }
}

impl ParamValue for String {
    fn to_param(&self) -> String {
        self.clone()
    }
}

// Floats use `Display`, which prints `10.0` as `10` and never uses exponents.
display_param!(bool, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);

impl ParamValue for chrono::NaiveDate {
    fn to_param(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }
}

impl ParamValue for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> String {
        self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

impl ParamValue for serde_json::Value {
    fn to_param(&self) -> String {
        match self {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

// Integer enums get an explicit impl from the generator: a second blanket impl (over
// `IntEnum`) would conflict with this one.
impl<T: StringEnum> ParamValue for T {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
