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

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};
    use serde_json::json;

    use super::*;

    #[test]
    fn numbers_print_without_trailing_zeros_or_exponents() {
        assert_eq!(10.0_f64.to_param(), "10");
        assert_eq!(0.25_f32.to_param(), "0.25");
        assert_eq!(1e21_f64.to_param(), "1000000000000000000000");
        assert_eq!((-3_i64).to_param(), "-3");
        assert_eq!(true.to_param(), "true");
    }

    #[test]
    fn dates_and_date_times_use_their_rfc3339_forms() {
        assert_eq!(
            NaiveDate::from_ymd_opt(2024, 2, 9).unwrap().to_param(),
            "2024-02-09"
        );
        let at = Utc.with_ymd_and_hms(2024, 2, 9, 8, 0, 0).unwrap();
        assert_eq!(at.to_param(), "2024-02-09T08:00:00Z");
        let at = at + chrono::Duration::milliseconds(120);
        assert_eq!(at.to_param(), "2024-02-09T08:00:00.120Z");
    }

    #[test]
    fn json_strings_are_unquoted_and_other_json_is_text() {
        assert_eq!(json!("a b").to_param(), "a b");
        assert_eq!(json!({"a": 1}).to_param(), "{\"a\":1}");
        assert_eq!(json!(null).to_param(), "null");
    }
}
