//! Dates in the card's language without a browser (`news-card render`, the markup tests): the
//! long date and the day and month exactly as Chromium's `Intl.DateTimeFormat` writes them, from
//! a table generated in Chromium (`scripts/date-formats.mjs`), so a prerendered card's dates do
//! not change when the widget takes it over. A tag not in the table takes its language's
//! format (`de-AT` → `de`), which some regions write otherwise (`en-AU` as `en-GB`); a language
//! not in it gets `None`, and the caller's English.

#[rustfmt::skip]
mod table;

/// One piece of a date's pattern.
pub enum Part {
    Lit(&'static str),
    Day,
    Month,
    Year,
}

/// A pattern and the month names it uses (some languages change a month's form after a day).
pub struct Format {
    pub pattern: &'static [Part],
    pub months: [&'static str; 12],
}

/// A language's formats, and its digits from 0 to 9.
pub struct Locale {
    pub tag: &'static str,
    pub digits: &'static str,
    pub date: Format,
    pub day: Format,
}

fn find(tag: &str) -> Option<&'static Locale> {
    let exact = table::LOCALES
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(tag));
    exact.or_else(|| {
        let language = tag.split(['-', '_']).next()?;
        table::LOCALES
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(language))
    })
}

/// The date in `tag`'s language: the long date with `with_year`, else the day and month.
pub fn format(tag: &str, year: i32, month0: u32, day: u32, with_year: bool) -> Option<String> {
    let locale = find(tag)?;
    let format = if with_year { &locale.date } else { &locale.day };
    let digits: Vec<char> = locale.digits.chars().collect();
    let number = |n: i64| -> String {
        let sign = if n < 0 { "-" } else { "" };
        let text = n.unsigned_abs().to_string();
        let mapped: String = text
            .chars()
            .map(|c| {
                let digit = c.to_digit(10).and_then(|d| usize::try_from(d).ok());
                digit.and_then(|d| digits.get(d)).copied().unwrap_or(c)
            })
            .collect();
        [sign, &mapped].concat()
    };
    let mut out = String::new();
    for part in format.pattern {
        match part {
            Part::Lit(text) => out.push_str(text),
            Part::Day => out.push_str(&number(i64::from(day))),
            Part::Month => out.push_str(format.months.get(month0 as usize)?),
            Part::Year => out.push_str(&number(i64::from(year))),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_chromium_writes_them() {
        for &(tag, year, month0, day, with_year, expected) in table::SAMPLES {
            assert_eq!(
                format(tag, year, month0, day, with_year).as_deref(),
                Some(expected),
                "{tag} {year}-{month0}-{day} {with_year}"
            );
        }
    }

    #[test]
    fn a_region_takes_its_language_and_an_unknown_language_nothing() {
        assert_eq!(
            format("de-AT", 2021, 5, 5, true).as_deref(),
            Some("5. Juni 2021")
        );
        assert_eq!(
            format("EN-gb", 2021, 5, 5, false).as_deref(),
            Some("5 June")
        );
        assert_eq!(format("sv", 2021, 5, 5, true), None);
        assert_eq!(format("en", 2021, 12, 5, true), None, "no thirteenth month");
    }
}
