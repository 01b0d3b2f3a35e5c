//! URLs that are safe to put in the DOM: absolute, http or https, with a host.
//!
//! The model cannot use the browser's URL parser (it is tested natively) and the `url` crate's
//! IDNA tables would double the bundle, so this is a small RFC 3986 resolver that errs on the
//! side of refusing: anything it is not sure about is dropped, never passed through.

use std::fmt;

/// An absolute `http:` or `https:` URL. The only way to make one is [`HttpUrl::parse`], so a
/// value of this type is the proof that a string may go into an `href` or `src`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HttpUrl(String);

/// Why a string is not a usable URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlError {
    /// Empty or only white space.
    Empty,
    /// A scheme other than http or https (`javascript:`, `data:`, `ftp:`, ...).
    UnsafeScheme,
    /// Relative, and there is no base URL to resolve it against.
    Relative,
    /// Control characters, backslashes, user names, a missing host: not a URL to trust.
    Malformed,
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            UrlError::Empty => "empty URL",
            UrlError::UnsafeScheme => "not an http(s) URL",
            UrlError::Relative => "relative URL without a base",
            UrlError::Malformed => "malformed URL",
        })
    }
}

impl HttpUrl {
    /// Parses `input`, resolving a relative reference against `base`.
    pub fn parse(input: &str, base: Option<&HttpUrl>) -> Result<HttpUrl, UrlError> {
        // Browsers strip leading and trailing C0 controls and spaces before parsing.
        let s = input.trim_matches(|c: char| c <= ' ');
        if s.is_empty() {
            return Err(UrlError::Empty);
        }
        // Browsers silently delete tabs and newlines inside a URL ("java\nscript:" runs), and
        // treat "\" like "/". Refusing both keeps our reading and the browser's the same.
        if s.chars().any(|c| c.is_control() || c == '\\') {
            return Err(UrlError::Malformed);
        }
        let s = s.replace(' ', "%20");
        let absolute = match scheme(&s) {
            Some(scheme) => {
                let scheme = scheme.to_ascii_lowercase();
                if scheme != "http" && scheme != "https" {
                    return Err(UrlError::UnsafeScheme);
                }
                [scheme.as_str(), &s[scheme.len()..]].concat()
            }
            None => resolve(&s, base.ok_or(UrlError::Relative)?),
        };
        check_authority(&absolute)?;
        Ok(HttpUrl(absolute))
    }

    /// The URL as text, ready for an attribute.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host name (without port), e.g. `www.example.org`.
    pub fn host(&self) -> &str {
        let authority = authority(&self.0);
        match authority.rfind(':') {
            Some(i) if !authority.ends_with(']') => &authority[..i],
            _ => authority,
        }
    }
}

impl fmt::Display for HttpUrl {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The scheme of `s` if it has one (`[A-Za-z][A-Za-z0-9+.-]*:` before any `/?#`).
fn scheme(s: &str) -> Option<&str> {
    let end = s.find(':')?;
    let candidate = &s[..end];
    let mut chars = candidate.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then_some(candidate)
}

/// The authority of an absolute URL (`host[:port]`), or "" when there is none.
fn authority(url: &str) -> &str {
    // Called on URLs whose scheme is followed by "//" (checked first).
    let Some(rest) = url
        .split_once(':')
        .and_then(|(_, rest)| rest.strip_prefix("//"))
    else {
        return "";
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    &rest[..end]
}

fn check_authority(url: &str) -> Result<(), UrlError> {
    let after_scheme = url.split_once(':').map_or("", |(_, rest)| rest);
    if !after_scheme.starts_with("//") {
        return Err(UrlError::Malformed);
    }
    let authority = authority(url);
    // "https://bank.example@evil.example" reads as the bank to a person and goes to evil.
    if authority.is_empty() || authority.contains('@') || authority.starts_with(':') {
        return Err(UrlError::Malformed);
    }
    // A port is digits up to 65535, as the browser's parser takes it ("https://a.example:99999/"
    // would be accepted here and refused there).
    // An IPv6 address is hex digits, colons and dots between brackets, as the browser's parser
    // takes it (no zone, nothing unclosed).
    let after_host = match authority.strip_prefix('[') {
        Some(v6) => {
            let (address, rest) = v6.split_once(']').ok_or(UrlError::Malformed)?;
            let hex = |b: u8| b.is_ascii_hexdigit() || b == b':' || b == b'.';
            if address.is_empty() || !address.bytes().all(hex) {
                return Err(UrlError::Malformed);
            }
            rest
        }
        None => authority
            .find(':')
            .and_then(|i| authority.get(i..))
            .unwrap_or(""),
    };
    let port_ok = match after_host.strip_prefix(':') {
        Some(port) => {
            port.is_empty()
                || (port.bytes().all(|b| b.is_ascii_digit())
                    && port.parse::<usize>().is_ok_and(|p| p <= 65_535))
        }
        None => after_host.is_empty(),
    };
    if !port_ok {
        return Err(UrlError::Malformed);
    }
    Ok(())
}

/// Resolves a relative reference against an absolute base (RFC 3986, section 5.2).
fn resolve(reference: &str, base: &HttpUrl) -> String {
    let base = base.as_str();
    let scheme_end = base.find(':').unwrap_or(0);
    let authority_start = scheme_end.saturating_add(3);
    let path_start = base
        .get(authority_start..)
        .and_then(|rest| rest.find(['/', '?', '#']))
        .map_or(base.len(), |i| authority_start.saturating_add(i));
    let origin = base.get(..path_start).unwrap_or(base);
    let without_fragment = base.split('#').next().unwrap_or(base);
    let base_path = {
        let rest = &base[path_start..];
        let end = rest.find(['?', '#']).unwrap_or(rest.len());
        &rest[..end]
    };

    if reference.starts_with("//") {
        [&base[..=scheme_end], reference].concat()
    } else if reference.starts_with('/') {
        [origin, &remove_dot_segments_in(reference)].concat()
    } else if reference.starts_with('?') {
        let no_query = without_fragment
            .split('?')
            .next()
            .unwrap_or(without_fragment);
        [no_query, reference].concat()
    } else if reference.starts_with('#') {
        [without_fragment, reference].concat()
    } else {
        let dir = base_path.rfind('/').map_or("/", |i| &base_path[..=i]);
        [origin, &remove_dot_segments_in(&[dir, reference].concat())].concat()
    }
}

/// Removes `.` and `..` segments from the path part of `path_and_more` (query and fragment kept).
fn remove_dot_segments_in(path_and_more: &str) -> String {
    let end = path_and_more
        .find(['?', '#'])
        .unwrap_or(path_and_more.len());
    let (path, tail) = path_and_more.split_at(end);
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i.saturating_add(1) == segments.len();
        match *segment {
            "." => {
                if last {
                    out.push("");
                }
            }
            ".." => {
                out.pop();
                if last {
                    out.push("");
                }
            }
            other => out.push(other),
        }
    }
    ["/", &out.join("/"), tail].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> HttpUrl {
        HttpUrl::parse("https://news.example/a/b/article.json?v=1#top", None).unwrap()
    }

    #[test]
    fn resolves_and_refuses_as_a_table() {
        let cases: &[(&str, Result<&str, UrlError>)] = &[
            ("https://www.forbes.com/x/", Ok("https://www.forbes.com/x/")),
            ("HTTPS://Example.org/Path", Ok("https://Example.org/Path")),
            ("  http://a.example/ ", Ok("http://a.example/")),
            (
                "/assets/images/logo.jpg",
                Ok("https://news.example/assets/images/logo.jpg"),
            ),
            ("logo.jpg", Ok("https://news.example/a/b/logo.jpg")),
            ("../c/./d.jpg", Ok("https://news.example/a/c/d.jpg")),
            ("../../../../x", Ok("https://news.example/x")),
            ("//cdn.example/i.png", Ok("https://cdn.example/i.png")),
            (
                "?page=2",
                Ok("https://news.example/a/b/article.json?page=2"),
            ),
            (
                "#frag",
                Ok("https://news.example/a/b/article.json?v=1#frag"),
            ),
            (
                "https://a.example/with space",
                Ok("https://a.example/with%20space"),
            ),
            ("https://a.example:8443/p", Ok("https://a.example:8443/p")),
            ("https://a.example:65535/", Ok("https://a.example:65535/")),
            ("https://a.example:/", Ok("https://a.example:/")),
            ("https://[::1]:8080/", Ok("https://[::1]:8080/")),
            ("https://[::1]/", Ok("https://[::1]/")),
            ("https://a.example:65536/", Err(UrlError::Malformed)),
            ("https://a.example:99999/", Err(UrlError::Malformed)),
            ("https://a.example:80a/", Err(UrlError::Malformed)),
            ("https://a.example:-1/", Err(UrlError::Malformed)),
            ("https://[::1]x/", Err(UrlError::Malformed)),
            ("https://[::1/", Err(UrlError::Malformed)),
            ("https://[]/", Err(UrlError::Malformed)),
            ("https://[fe80::1%25eth0]/", Err(UrlError::Malformed)),
            ("https://[evil.example]/", Err(UrlError::Malformed)),
            (
                "https://[::ffff:192.0.2.1]/",
                Ok("https://[::ffff:192.0.2.1]/"),
            ),
            ("", Err(UrlError::Empty)),
            ("   ", Err(UrlError::Empty)),
            ("javascript:alert(1)", Err(UrlError::UnsafeScheme)),
            (" JavaScript:alert(1)", Err(UrlError::UnsafeScheme)),
            ("java\nscript:alert(1)", Err(UrlError::Malformed)),
            ("java\tscript:alert(1)", Err(UrlError::Malformed)),
            ("data:text/html,<b>x</b>", Err(UrlError::UnsafeScheme)),
            ("vbscript:msgbox", Err(UrlError::UnsafeScheme)),
            ("ftp://files.example/", Err(UrlError::UnsafeScheme)),
            ("mailto:a@b.example", Err(UrlError::UnsafeScheme)),
            ("https:no-slashes", Err(UrlError::Malformed)),
            ("https://", Err(UrlError::Malformed)),
            ("https:///path", Err(UrlError::Malformed)),
            (
                "https://bank.example@evil.example/",
                Err(UrlError::Malformed),
            ),
            ("/\\evil.example", Err(UrlError::Malformed)),
            ("https://a.example/\u{0}x", Err(UrlError::Malformed)),
        ];
        let base = base();
        for (input, expected) in cases {
            let got = HttpUrl::parse(input, Some(&base));
            let got = got.as_ref().map(HttpUrl::as_str).map_err(|e| *e);
            assert_eq!(got, *expected, "input {input:?}");
        }
    }

    #[test]
    fn relative_without_base_is_refused() {
        assert_eq!(HttpUrl::parse("/a.jpg", None), Err(UrlError::Relative));
    }

    #[test]
    fn host_drops_the_port() {
        let url = HttpUrl::parse("https://a.example:8443/p?q#f", None).unwrap();
        assert_eq!(url.host(), "a.example");
        assert_eq!(base().host(), "news.example");
    }
}
