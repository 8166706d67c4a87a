//! Lenient decoding of `date-time` fields.
//!
//! RFC 3339 demands an offset, but servers (and the API description's own examples) send
//! timestamps without one, such as `2023-03-30T10:41:10.088499`; rejecting them would fail a
//! whole response over one field. Generated structs read such fields through [`Seed`] or
//! [`OptionSeed`]; [`deserialize`] and [`deserialize_option`] are the same for
//! `#[serde(deserialize_with = "...")]`.
//! Serialisation is chrono's own: RFC 3339 in UTC with a `Z`.

use std::fmt;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::de::{DeserializeSeed, Deserializer, Error, Visitor};

/// Parses `text` as RFC 3339 with any offset (converted to UTC) or, failing that, as a
/// date-time without offset, taken as UTC.
fn parse(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at.to_utc());
    }
    // An offset without colon (`+0000`), as some Java servers print it.
    if let Ok(at) = DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f%z") {
        return Some(at.to_utc());
    }
    // No offset at all: UTC is the only reading that does not depend on where this runs.
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .map(|at| at.and_utc())
}

/// Visitor of a date-time string.
struct DateTimeVisitor;

impl Visitor<'_> for DateTimeVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date-time string")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
        parse(v).ok_or_else(|| {
            E::custom(format!(
                "invalid date-time `{v}`: expected RFC 3339 such as `2023-01-01T12:00:00Z`, \
                 or a date-time without offset (taken as UTC)"
            ))
        })
    }
}

/// Visitor of a date-time string or null.
struct OptionVisitor;

impl<'de> Visitor<'de> for OptionVisitor {
    type Value = Option<DateTime<Utc>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date-time string or null")
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        deserialize(d).map(Some)
    }
}

/// Decodes a required date-time: RFC 3339 with any offset (converted to UTC), or a
/// date-time without offset such as `2023-01-01T12:00:00` or `2022-06-15T07:30:35.123`,
/// taken as UTC. The error names the value that could not be read.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(DateTimeVisitor)
}

/// Decodes an optional date-time like [`deserialize`]; `null` is `None`. Use with
/// `#[serde(default)]` so that a missing field is `None` too.
pub fn deserialize_option<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    d.deserialize_option(OptionVisitor)
}

/// [`deserialize`] as a seed, for generated structs.
#[doc(hidden)]
pub struct Seed;

impl<'de> DeserializeSeed<'de> for Seed {
    type Value = DateTime<Utc>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        deserialize(d)
    }
}

/// [`deserialize_option`] as a seed, for generated structs.
#[doc(hidden)]
pub struct OptionSeed;

impl<'de> DeserializeSeed<'de> for OptionSeed {
    type Value = Option<DateTime<Utc>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        deserialize_option(d)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Timelike};
    use serde_json::json;

    use super::*;

    fn read(text: &str) -> Result<DateTime<Utc>, String> {
        deserialize(json!(text)).map_err(|e| e.to_string())
    }

    fn utc(h: u32, min: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 1, 1, h, min, s).unwrap()
    }

    #[test]
    fn rfc3339_offsets_are_converted_to_utc() {
        assert_eq!(read("2024-01-01T12:00:00Z"), Ok(utc(12, 0, 0)));
        assert_eq!(read("2024-01-01T12:00:00+02:00"), Ok(utc(10, 0, 0)));
        assert_eq!(read("2024-01-01T12:00:00-05:30"), Ok(utc(17, 30, 0)));
    }

    #[test]
    fn offset_without_colon_is_accepted() {
        assert_eq!(read("2024-01-01T12:00:00+0200"), Ok(utc(10, 0, 0)));
        assert_eq!(
            read("2024-01-01T12:00:00.5+0000"),
            Ok(utc(12, 0, 0) + chrono::Duration::milliseconds(500))
        );
    }

    #[test]
    fn date_time_without_offset_reads_as_utc() {
        let at = read("2023-03-30T10:41:10.088499").unwrap();
        assert_eq!(at.to_rfc3339(), "2023-03-30T10:41:10.088499+00:00");
        assert_eq!(read("2024-01-01 12:00:00"), Ok(utc(12, 0, 0)));
        assert_eq!(read(" 2024-01-01T12:00:00 ").map(|at| at.hour()), Ok(12));
    }

    #[test]
    fn unreadable_date_time_error_names_the_value() {
        let err = read("2024-01-01").unwrap_err();
        assert!(err.starts_with("invalid date-time `2024-01-01`"), "{err}");
        let err = deserialize(json!(5)).unwrap_err().to_string();
        assert!(err.contains("expected a date-time string"), "{err}");
    }

    #[test]
    fn optional_date_time_reads_null_as_none() {
        assert_eq!(deserialize_option(json!(null)).unwrap(), None);
        assert_eq!(
            OptionSeed
                .deserialize(json!("2024-01-01T00:00:00"))
                .unwrap(),
            Some(utc(0, 0, 0))
        );
        assert_eq!(
            Seed.deserialize(json!("2024-01-01T01:00:00+01:00"))
                .unwrap(),
            utc(0, 0, 0)
        );
        assert!(deserialize_option(json!("later")).is_err());
    }

    #[test]
    fn serialisation_is_rfc3339_utc() {
        assert_eq!(
            serde_json::to_value(utc(10, 0, 0)).unwrap(),
            json!("2024-01-01T10:00:00Z")
        );
    }
}
