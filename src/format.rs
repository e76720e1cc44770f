//! Numbers written the way each language writes them: "1.1 million" in English, "1,1 million"
//! in French. The separators come from the locale files, so a new language needs no code here.

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

#[cfg(test)]
mod tests {
    use super::*;

    const FRENCH: NumberFormat<'static> = NumberFormat {
        decimal: ",",
        group: "\u{202f}",
        million: "million",
    };

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
}
