//! Numbers written the way each language writes them: "1.1 million" in English, "1,1 million"
//! in French. The separators come from the locale files, so a new language needs no code here.
//! Numbers in addresses and form values are written and read in English.
//!
//! Written by hand rather than with a formatting crate (or the browser's `Intl`, which would
//! need a call into JavaScript per number): these few functions cost a few hundred bytes of the
//! first page's WebAssembly, a number formatting crate tens of kilobytes.

use std::borrow::Cow;

/// How a language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat<'a> {
    pub decimal: &'a str,
    pub group: &'a str,
    /// The word for a million ("million", "milhões"...).
    pub million: &'a str,
}

pub const ENGLISH: NumberFormat<'static> = NumberFormat {
    decimal: ".",
    group: ",",
    million: "million",
};

/// Groups the digits of a whole number by thousands.
pub fn integer(value: u64, format: &NumberFormat) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * format.group.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(format.group);
        }
        out.push(digit);
    }
    out
}

/// A number rounded to at most `decimals` decimals (half away from zero), trailing zeros
/// dropped. Integer arithmetic only: float formatting would add kilobytes to the browser build.
pub fn decimal(value: f64, decimals: usize, format: &NumberFormat) -> String {
    let decimals = decimals.min(9) as u32;
    let scale = 10u64.pow(decimals);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, mut fraction) = (scaled / scale, scaled % scale);
    let mut digits = decimals;
    while digits > 0 && fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let whole = integer(whole, format);
    if digits == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole}{}{fraction:0width$}",
            format.decimal,
            width = digits as usize
        )
    }
}

/// A population as Table 1 writes it: millions with one decimal from a million up, whole
/// numbers below.
pub fn population(value: u64, format: &NumberFormat) -> String {
    if value >= 1_000_000 {
        format!(
            "{} {}",
            decimal(value as f64 / 1_000_000.0, 1, format),
            format.million
        )
    } else {
        integer(value, format)
    }
}

/// A download's size in megabytes (10⁶ bytes, as a mobile plan counts them) with one decimal,
/// never under 0.1: what a user on a metered link weighs before saying yes.
pub fn megabytes(bytes: u64, format: &NumberFormat) -> String {
    decimal(bytes.max(100_000) as f64 / 1_000_000.0, 1, format)
}

/// `text` cut to at most `max` characters in place, as editors keep what they can save.
pub fn truncate(text: &mut String, max: usize) {
    if let Some((end, _)) = text.char_indices().nth(max) {
        text.truncate(end);
    }
}

/// `text` cut to at most `max` characters, with an ellipsis when cut: for values echoed back
/// to the user (an address that cannot be shown) that may be of any length.
pub fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some((end, _)) => Cow::Owned(format!("{}\u{2026}", &text[..end])),
    }
}

/// `text` set apart for direction inside a sentence of the app (Unicode's first-strong
/// isolate): a value from a link or a file that holds right-to-left text or direction controls
/// cannot turn the app's own words around.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// How precise a stored date is: the dataset gives months (`2020-08`), milestones days
/// (`2026-11-23`), and the proposals' history timestamps (`2026-11-23T12:04:10.724Z`). The
/// browser writes them in the user's language; this says which parts to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePrecision {
    Month,
    Day,
    Minute,
}

impl DatePrecision {
    /// The precision of an ISO 8601 date or timestamp, or `None` for text that is not one.
    pub fn of(iso: &str) -> Option<DatePrecision> {
        let digits = |range: std::ops::Range<usize>| {
            iso.get(range)
                .filter(|part| part.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|part| part.parse::<u32>().ok())
        };
        let dash = |at: usize| iso.as_bytes().get(at) == Some(&b'-');
        digits(0..4)?;
        digits(5..7).filter(|m| dash(4) && (1..=12).contains(m))?;
        if iso.len() == 7 {
            return Some(DatePrecision::Month);
        }
        digits(8..10).filter(|d| dash(7) && (1..=31).contains(d))?;
        match iso.as_bytes().get(10) {
            None => Some(DatePrecision::Day),
            Some(b'T') if digits(11..13).is_some() && digits(14..16).is_some() => {
                Some(DatePrecision::Minute)
            }
            Some(_) => None,
        }
    }
}

/// Reads a number written with digits and a `.` before its fraction, as [`decimal`] writes it
/// in English: an address's weights, a range input's value. Written by hand because
/// `f64::from_str` and its tables cost about 13 kB brotli of each page's wasm. More than 19
/// digits, a sign or an exponent are refused.
pub fn read_decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = || whole.bytes().chain(fraction.bytes());
    if digits().next().is_none() || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = digits().try_fold(0_u64, |n, b| {
        n.checked_mul(10)?.checked_add(u64::from(b - b'0'))
    })?;
    let scale = 10_u64.checked_pow(u32::try_from(fraction.len()).ok()?)?;
    // One division of two whole numbers, rounded once, as `f64::from_str` rounds.
    Some(number as f64 / scale as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRENCH: NumberFormat<'static> = NumberFormat {
        decimal: ",",
        group: "\u{202f}",
        million: "million",
    };

    #[test]
    fn an_isolated_value_cannot_reach_past_its_isolate() {
        let hostile = "\u{202e}evil";
        let isolated = isolate(hostile);
        assert!(isolated.starts_with('\u{2068}') && isolated.ends_with('\u{2069}'));
        assert_eq!(isolated.trim_matches(['\u{2068}', '\u{2069}']), hostile);
    }

    #[test]
    fn integers_are_grouped_by_thousands() {
        assert_eq!(integer(0, &ENGLISH), "0");
        assert_eq!(integer(999, &ENGLISH), "999");
        assert_eq!(integer(463_000, &ENGLISH), "463,000");
        assert_eq!(integer(1_234_567, &FRENCH), "1\u{202f}234\u{202f}567");
    }

    #[test]
    fn populations_read_like_table_1() {
        assert_eq!(population(1_100_000, &ENGLISH), "1.1 million");
        assert_eq!(population(1_100_000, &FRENCH), "1,1 million");
        assert_eq!(population(2_000_000, &ENGLISH), "2 million");
        assert_eq!(population(384_000, &FRENCH), "384\u{202f}000");
    }

    #[test]
    fn decimals_round_and_drop_trailing_zeros() {
        assert_eq!(decimal(32.0, 1, &ENGLISH), "32");
        assert_eq!(decimal(2.25, 1, &FRENCH), "2,3");
        assert_eq!(decimal(12.5, 2, &FRENCH), "12,5");
        assert_eq!(decimal(0.05, 2, &ENGLISH), "0.05");
        assert_eq!(decimal(1234.5, 0, &ENGLISH), "1,235");
        assert_eq!(decimal(-17.4677, 4, &ENGLISH), "-17.4677");
        assert_eq!(decimal(-0.0001, 2, &ENGLISH), "0");
    }

    #[test]
    fn download_sizes_are_megabytes_with_one_decimal() {
        assert_eq!(megabytes(1_486_000, &ENGLISH), "1.5");
        assert_eq!(megabytes(1_486_000, &FRENCH), "1,5");
        assert_eq!(megabytes(2_000_400, &ENGLISH), "2");
        assert_eq!(megabytes(930_000, &FRENCH), "0,9");
        assert_eq!(
            megabytes(4_000, &ENGLISH),
            "0.1",
            "a few kilobytes are not nothing"
        );
    }

    #[test]
    fn clipped_text_keeps_whole_characters() {
        assert_eq!(clip("Dakar", 5), "Dakar");
        assert_eq!(clip("Zürich-Zürich", 3), "Zür\u{2026}");
        assert_eq!(clip(&"x".repeat(60_000), 80).chars().count(), 81);
    }

    #[test]
    fn dates_say_how_precise_they_are() {
        assert_eq!(DatePrecision::of("2020-08"), Some(DatePrecision::Month));
        assert_eq!(DatePrecision::of("2026-11-23"), Some(DatePrecision::Day));
        assert_eq!(
            DatePrecision::of("2026-11-23T12:04:10.724Z"),
            Some(DatePrecision::Minute)
        );
        for not_a_date in [
            "",
            "2020",
            "2020-13",
            "2020-00",
            "20x0-01",
            "2020-02-40",
            "2020-02-01 12:00",
            "next week",
        ] {
            assert_eq!(DatePrecision::of(not_a_date), None, "{not_a_date}");
        }
    }

    #[test]
    fn decimals_read_back_as_they_are_written() {
        for thousandths in 0..=100_000_u32 {
            let written = decimal(f64::from(thousandths) / 1000.0, 3, &ENGLISH);
            assert_eq!(read_decimal(&written), written.parse().ok(), "{written}");
        }
        // Earlier versions wrote weights with `f64`'s `Display`, which can take 17 digits.
        for written in [
            "1.",
            ".5",
            "0.30000000000000004",
            "2.6666666666666665",
            "100",
        ] {
            assert_eq!(read_decimal(written), written.parse().ok(), "{written}");
        }
        for refused in [
            "",
            ".",
            "-1",
            "+1",
            "1e3",
            "1,5",
            "inf",
            "NaN",
            "0x10",
            "1.2.3",
            "99999999999999999999",
        ] {
            assert_eq!(read_decimal(refused), None, "{refused}");
        }
    }
}
