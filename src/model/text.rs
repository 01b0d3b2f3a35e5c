//! Text from data made safe to show: white space collapsed, invisible characters that could
//! spoof a headline removed, lengths capped, and host names shown the way browsers show them.

/// Collapses runs of white space, removes control and invisible formatting characters (see
/// [`is_invisible`]), trims, and cuts the text at `max` characters with an ellipsis.
///
/// Zero-width joiners and non-joiners shape Persian, Indic scripts and emoji sequences, so they
/// are kept between two non-ASCII characters; next to ASCII they have no job but hiding.
pub fn clean(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max.saturating_mul(4)));
    let mut count = 0usize;
    let mut pending_space = false;
    let mut chars = s.chars().peekable();
    let mut previous: Option<char> = None;
    while let Some(c) = chars.next() {
        if c.is_whitespace() || c.is_control() {
            pending_space = count > 0;
            continue;
        }
        if is_invisible(c) || (is_selector(c) && (pending_space || !selects(c, previous))) {
            continue;
        }
        if is_joiner(c) {
            let next = chars.peek().copied();
            let between_non_ascii =
                previous.is_some_and(|p| !p.is_ascii()) && next.is_some_and(|n| !n.is_ascii());
            if !between_non_ascii || pending_space {
                continue;
            }
        }
        let needed = if pending_space { 2 } else { 1 };
        if count.saturating_add(needed) > max {
            out.push('…');
            return out;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
        count = count.saturating_add(needed);
        previous = Some(c);
    }
    out
}

/// Characters that change how text around them is ordered or hide in it: bidi embeddings,
/// overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C),
/// zero-width spaces and word joiners, the byte-order mark, invisible operators and
/// interlinear annotation marks.
pub fn is_invisible(c: char) -> bool {
    // With the rest of Unicode's Default_Ignorable_Code_Point (U+00AD, U+034F, U+180B–U+180F,
    // U+FFF0–U+FFF8, U+1BCA0–U+1BCA3, U+1D173–U+1D17A, U+E0000–U+E0FFF), but for the joiners
    // and the selectors (`is_selector`), which shape the character before them. The tag
    // characters (U+E0020–E007F) all go, also in a subdivision flag's run after 🏴: a run of
    // them can spell any hidden text, and the flag shows as 🏴.
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'
            | '\u{200E}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFFB}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E00FF}'
            | '\u{E01F0}'..='\u{E0FFF}'
    )
}

/// The invisible characters that choose how the one before them looks: variation selectors
/// (U+FE0E text and U+FE0F emoji style, U+E0100–E01EF for ideographs).
fn is_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Whether selector `c` has a character it can choose a glyph for right before it (`previous`,
/// the last character kept, with no space between): a character of another script, or a digit,
/// `#` or `*` for a keycap's emoji style. Anywhere else a selector only hides in the text
/// (256 of them can carry a byte each), and goes.
fn selects(c: char, previous: Option<char>) -> bool {
    previous.is_some_and(|before| match before.is_ascii() {
        true => matches!(c, '\u{FE0E}' | '\u{FE0F}') && matches!(before, '0'..='9' | '#' | '*'),
        false => !is_selector(before) && !is_joiner(before),
    })
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// `n` in decimal digits. The widget writes its numbers with this and joins text with
/// `concat`, not `format!`: measured, 0.4 KB brotli less wasm (ARCHITECTURE.md's lever table;
/// `core::fmt` itself stays, for Yew's default panic hook).
pub fn decimal(n: u64) -> String {
    let mut digits = Vec::new();
    let mut rest = n;
    loop {
        digits.push(char::from(b'0'.wrapping_add((rest % 10) as u8)));
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// `tag` as a BCP 47 language tag, if it is a plausible one: trimmed, with underscores made
/// hyphens (`Intl` and `lang` reject "de_DE"; "de-DE" is what people mean). Plausible means
/// letters, digits and hyphens, starting with a 2–8 letter language; the browser's `Intl` has
/// the last word, this keeps junk away from it.
pub fn language_tag(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-");
    is_language_tag(&tag).then_some(tag)
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    language_ok
        && tag.len() <= 35
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The first letter of `text` (skipping white space and ASCII punctuation), for image
/// placeholders. Upper case comes from the stylesheet: Unicode case tables would cost
/// kilobytes of wasm.
pub fn initial(text: &str) -> Option<String> {
    text.chars()
        .find(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
        .map(String::from)
}

/// A host name as a reader should see it: lower case, and in punycode (`xn--…`) for any label
/// that mixes scripts, the way browsers show a look-alike address such as "аpple.com" with a
/// Cyrillic "а", or that is all Cyrillic letters shaped like Latin ones ("аррӏе.com") under a
/// Latin top-level domain. Other labels in one script (or Chinese, Japanese or Korean mixed
/// with Latin) stay readable. Text that is not a host name is returned as it is.
pub fn display_host(host: &str) -> String {
    if host.contains(char::is_whitespace) {
        return host.to_owned();
    }
    if host.is_ascii() {
        return host.to_ascii_lowercase();
    }
    let latin_tld = host.rsplit('.').next().is_some_and(|tld| tld.is_ascii());
    let labels: Vec<String> = host
        .split('.')
        .map(|label| {
            let label: String = label.chars().map(lower).collect();
            let looks_latin = latin_tld && label.chars().all(latin_lookalike);
            if label.is_ascii() || single_script(&label) && !looks_latin {
                label
            } else {
                punycode(&label).map_or(label, |encoded| ["xn--", &encoded].concat())
            }
        })
        .collect();
    labels.join(".")
}

/// Where a card names a story's site: its link's host as [`display_host`] shows it, without a
/// leading "www." ("www.dailymail.co.uk" is "dailymail.co.uk").
pub fn site(host: &str) -> String {
    let host = host.to_ascii_lowercase();
    let host = host
        .strip_prefix("www.")
        .filter(|h| h.bytes().any(|b| b == b'.'))
        .unwrap_or(&host);
    display_host(host)
}

/// Whether `c` is a Cyrillic letter that reads as a Latin one (Chromium's IDN spoof checks
/// list these): a label made only of them spells a Latin name in another script.
fn latin_lookalike(c: char) -> bool {
    matches!(
        c,
        'а' | 'ы'
            | 'с'
            | 'ԁ'
            | 'е'
            | 'ԍ'
            | 'һ'
            | 'і'
            | 'ю'
            | 'ј'
            | 'ӏ'
            | 'о'
            | 'р'
            | 'ԗ'
            | 'ԛ'
            | 'ѕ'
            | 'ԝ'
            | 'х'
            | 'у'
            | 'ъ'
            | 'ь'
            | 'ҽ'
            | 'п'
            | 'г'
            | 'ѵ'
            | 'ѡ'
    )
}

/// `c` in lower case, for the cased scripts [`script`] tells apart: Latin (with Latin-1,
/// Extended-A and Extended Additional), Greek, Cyrillic and Armenian. Any other character is
/// returned as it is. The standard library's full Unicode case tables would add about 5 KB
/// brotli to the widget for scripts that host names do not use in upper case.
fn lower(c: char) -> char {
    let u = u32::from(c);
    // Plain additions: every range is far from overflowing.
    let odd = u & 1 == 1;
    let to = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u.wrapping_add(0x20),
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if !odd => u.wrapping_add(1),
        0x139..=0x148 | 0x179..=0x17E if odd => u.wrapping_add(1),
        0x178 => 0xFF,
        0x370..=0x373 | 0x376 | 0x3D8..=0x3EF if !odd => u.wrapping_add(1),
        0x37F => 0x3F3,
        0x386 => 0x3AC,
        0x388..=0x38A => u.wrapping_add(0x25),
        0x38C => 0x3CC,
        0x38E | 0x38F => u.wrapping_add(0x3F),
        0x391..=0x3A1 | 0x3A3..=0x3AB => u.wrapping_add(0x20),
        0x3CF => 0x3D7,
        0x3F4 => 0x3B8,
        0x3F7 | 0x3FA => u.wrapping_add(1),
        0x3F9 => 0x3F2,
        0x3FD..=0x3FF => u.wrapping_sub(0x82),
        0x400..=0x40F => u.wrapping_add(0x50),
        0x410..=0x42F => u.wrapping_add(0x20),
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if !odd => u.wrapping_add(1),
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if odd => u.wrapping_add(1),
        0x531..=0x556 => u.wrapping_add(0x30),
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if !odd => u.wrapping_add(1),
        0x1E9E => 0xDF,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Coarse script groups: enough to tell a look-alike from an honest name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Indic,
    Thai,
    /// Han, Hiragana, Katakana, Hangul and Bopomofo, which real names mix.
    Cjk,
    Other,
}

fn script(c: char) -> Option<Script> {
    let script = match u32::from(c) {
        0x30..=0x39 | 0x2D | 0x5F => return None,
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x530..=0x58F => Script::Armenian,
        0x590..=0x5FF => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F => Script::Arabic,
        0x900..=0xDFF => Script::Indic,
        0xE00..=0xE7F => Script::Thai,
        0x1100..=0x11FF
        | 0x3040..=0x30FF
        | 0x3100..=0x312F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF => Script::Cjk,
        _ => Script::Other,
    };
    Some(script)
}

/// Whether every letter of `label` is in one script group (CJK may mix with Latin).
fn single_script(label: &str) -> bool {
    let mut seen: Option<Script> = None;
    let mut latin = false;
    for s in label.chars().filter_map(script) {
        if s == Script::Other {
            return false;
        }
        if s == Script::Latin {
            latin = true;
            continue;
        }
        match seen {
            None => seen = Some(s),
            Some(first) if first == s => {}
            Some(_) => return false,
        }
    }
    match seen {
        Some(Script::Cjk) | None => true,
        Some(_) => !latin,
    }
}

/// Punycode (RFC 3492) of one label, without the `xn--` prefix; `None` if it would overflow,
/// which no label of a real host name does.
pub fn punycode(label: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    const INITIAL_N: u32 = 128;
    const INITIAL_BIAS: u32 = 72;

    let input: Vec<u32> = label.chars().map(u32::from).collect();
    let mut output: String = label.chars().filter(char::is_ascii).collect();
    let basic = u32::try_from(output.len()).ok()?;
    let mut handled = basic;
    if basic > 0 {
        output.push('-');
    }
    let total = u32::try_from(input.len()).ok()?;
    let mut n = INITIAL_N;
    let mut delta: u32 = 0;
    let mut bias = INITIAL_BIAS;
    while handled < total {
        let m = input.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add(m.checked_sub(n)?.checked_mul(handled.checked_add(1)?)?)?;
        n = m;
        for &c in &input {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias.checked_add(T_MAX)? {
                        T_MAX
                    } else {
                        k.checked_sub(bias)?
                    };
                    if q < t {
                        break;
                    }
                    let span = BASE.checked_sub(t)?;
                    output.push(digit(t.checked_add(q.checked_sub(t)?.checked_rem(span)?)?)?);
                    q = q.checked_sub(t)?.checked_div(span)?;
                    k = k.checked_add(BASE)?;
                }
                output.push(digit(q)?);
                bias = adapt(delta, handled.checked_add(1)?, handled == basic)?;
                delta = 0;
                handled = handled.checked_add(1)?;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(output)
}

fn digit(d: u32) -> Option<char> {
    match d {
        0..=25 => char::from_u32(d.checked_add(u32::from(b'a'))?),
        26..=35 => char::from_u32(d.checked_add(22)?),
        _ => None,
    }
}

fn adapt(delta: u32, points: u32, first: bool) -> Option<u32> {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta = delta.checked_add(delta.checked_div(points)?)?;
    let mut k = 0u32;
    while delta > 455 {
        delta /= 35;
        k = k.checked_add(36)?;
    }
    k.checked_add(delta.checked_mul(36)?.checked_div(delta.checked_add(38)?)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_collapses_and_caps() {
        assert_eq!(clean("  a \n\t b\u{0}c  ", 100), "a b c");
        let cut = clean(&"x".repeat(50), 10);
        assert_eq!(cut, format!("{}…", "x".repeat(10)));
        assert_eq!(clean("ab cd", 4), "ab c…");
        assert_eq!(clean("", 10), "");
    }

    #[test]
    fn clean_drops_default_ignorable_characters_as_a_table() {
        let cases = [
            // Tags spelling "IGN" inside a word, and the other ignorables the issue listed.
            ("Safe\u{E0049}\u{E0047}\u{E004E}title", "Safetitle"),
            ("soft\u{00AD}hyphen", "softhyphen"),
            ("com\u{034F}bining", "combining"),
            ("a\u{180B}\u{180C}\u{180D}b", "ab"),
            ("mu\u{1D173}\u{1D17A}sic", "music"),
            ("x\u{E0001}\u{E0000}\u{E0FFF}y", "xy"),
            ("a\u{FFF0}b\u{1BCA0}c", "abc"),
            // Kept where they choose a glyph: an emoji's style, a keycap, an ideograph's variant,
            // an emoji in a ZWJ sequence. (Mongolian's free variation selectors go, as the issue
            // asks: a letter keeps its default form.)
            ("I \u{2764}\u{FE0F} news", "I \u{2764}\u{FE0F} news"),
            ("1\u{FE0F}\u{20E3} place", "1\u{FE0F}\u{20E3} place"),
            ("\u{845B}\u{E0100}", "\u{845B}\u{E0100}"),
            (
                "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
                "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
            ),
            // ...and go where they choose nothing, or could carry hidden bytes.
            ("\u{FE0F}start", "start"),
            ("a \u{FE0F}b", "a b"),
            ("a\u{FE0F}b", "ab"),
            ("a\u{E0100}b", "ab"),
            ("\u{2764}\u{FE0F}\u{FE0F}", "\u{2764}\u{FE0F}"),
            (
                "\u{1F469}\u{200D}\u{FE0F}\u{1F4BB}",
                "\u{1F469}\u{200D}\u{1F4BB}",
            ),
            ("x\u{180B}y", "xy"),
            // Tags go whole, a flag's run too (it shows as the black flag).
            (
                "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland",
                "\u{1F3F4} Scotland",
            ),
            ("flag\u{E0067}\u{E007F}", "flag"),
        ];
        for (input, expected) in cases {
            assert_eq!(clean(input, 100), expected, "{input:?}");
        }
        // Every Default_Ignorable_Code_Point (Unicode 16's DerivedCoreProperties.txt) after a
        // space, where no selector has a character to select and no joiner two to join, goes.
        let ignorable = [
            0xAD..=0xAD,
            0x34F..=0x34F,
            0x61C..=0x61C,
            0x115F..=0x1160,
            0x17B4..=0x17B5,
            0x180B..=0x180F,
            0x200B..=0x200F,
            0x202A..=0x202E,
            0x2060..=0x206F,
            0x3164..=0x3164,
            0xFE00..=0xFE0F,
            0xFEFF..=0xFEFF,
            0xFFA0..=0xFFA0,
            0xFFF0..=0xFFF8,
            0x1BCA0..=0x1BCA3,
            0x1D173..=0x1D17A,
            0xE0000..=0xE0FFF,
        ];
        for c in ignorable.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(
                clean(&format!("a {c}b"), 100),
                "a b",
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn clean_removes_spoofing_characters() {
        let cases = [
            // A right-to-left override turns "txt.exe" around on screen.
            ("report\u{202E}txt.exe", "reporttxt.exe"),
            ("a\u{2066}b\u{2069}c\u{200F}d\u{200E}e\u{061C}f", "abcdef"),
            ("pay\u{200B}pal", "paypal"),
            ("\u{FEFF}title\u{2060}", "title"),
            ("g\u{200D}oogle", "google"),
            ("a \u{200C} b", "a b"),
            // Kept where they shape a script: Persian ZWNJ, an emoji ZWJ sequence.
            ("می\u{200C}خواهم", "می\u{200C}خواهم"),
            ("👩\u{200D}💻", "👩\u{200D}💻"),
        ];
        for (input, expected) in cases {
            assert_eq!(clean(input, 100), expected, "{input:?}");
        }
    }

    #[test]
    fn punycode_matches_rfc_3492() {
        // Expected values from the browser's own `new URL("https://…").hostname`.
        let cases = [
            ("münchen", "mnchen-3ya"),
            ("bücher", "bcher-kva"),
            ("аpple", "pple-43d"),
            ("例え", "r8jz45g"),
            ("ü", "tda"),
        ];
        for (label, expected) in cases {
            assert_eq!(punycode(label).as_deref(), Some(expected), "{label}");
        }
    }

    #[test]
    fn hosts_that_mix_scripts_are_shown_in_punycode() {
        let cases = [
            ("WWW.Forbes.com", "www.forbes.com"),
            ("аpple.com", "xn--pple-43d.com"),
            ("paypаl.com", "xn--paypl-7ve.com"),
            ("münchen.de", "münchen.de"),
            ("MÜNCHEN.DE", "münchen.de"),
            ("ПРИМЕР.РФ", "пример.рф"),
            ("АPPLE.com", "xn--pple-43d.com"),
            ("пример.рф", "пример.рф"),
            ("例え.jp", "例え.jp"),
            ("Daily Mail", "Daily Mail"),
            // All Cyrillic, every letter shaped like a Latin one: a spoof under .com, not .рф.
            ("аррӏе.com", "xn--80ak6aa92e.com"),
            ("дом.com", "дом.com"),
            ("сор.рф", "сор.рф"),
            ("новости.com", "новости.com"),
        ];
        for (host, shown) in cases {
            assert_eq!(display_host(host), shown, "{host}");
        }
    }

    #[test]
    fn a_site_is_its_host_without_www() {
        let cases = [
            ("www.dailymail.co.uk", "dailymail.co.uk"),
            ("news.example", "news.example"),
            ("www.com", "www.com"),
            ("WWW.News.Example", "news.example"),
            ("wwwexample.org", "wwwexample.org"),
            ("www.аррӏе.com", "xn--80ak6aa92e.com"),
        ];
        for (host, shown) in cases {
            assert_eq!(site(host), shown, "{host}");
        }
    }

    #[test]
    fn lower_case_agrees_with_unicode() {
        // Against the standard library's Unicode tables: every character of the blocks `lower`
        // covers maps as Unicode says (one-to-many mappings such as "İ" stay as they are), and
        // no character anywhere maps to anything else.
        let unicode = |c: char| {
            let mut all = c.to_lowercase();
            match (all.next(), all.next()) {
                (Some(one), None) => one,
                _ => c,
            }
        };
        let covered = [
            0x0..=0x17F,
            0x370..=0x3FF,
            0x400..=0x52F,
            0x531..=0x58F,
            0x1E00..=0x1EFF,
        ];
        for c in covered.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(lower(c), unicode(c), "U+{:04X}", u32::from(c));
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(
                lower(c) == c || lower(c) == unicode(c),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn decimal_numbers() {
        for n in [0, 7, 10, 99, 404, 1_000_000, u64::MAX] {
            assert_eq!(decimal(n), n.to_string());
        }
    }

    #[test]
    fn language_tags_as_a_table() {
        for (tag, expected) in [
            ("en", Some("en")),
            (" en-GB ", Some("en-GB")),
            ("zh-Hant-TW", Some("zh-Hant-TW")),
            ("de_DE", Some("de-DE")),
            ("e", None),
            ("en--GB", None),
            ("12", None),
            ("en-GB-x-verylongsubtag", None),
            ("<script>", None),
        ] {
            assert_eq!(language_tag(tag).as_deref(), expected, "{tag:?}");
        }
    }
}
