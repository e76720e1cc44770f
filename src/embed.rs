//! Embedding Passerelle in a partner's page: the one message the app sends to its host, and the
//! snippet the host pastes (see `docs/embedding.md`).

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "passerelle:height";

/// `scheme://host[:port]` of an absolute URL, or `None` when `url` is not absolute.
pub fn origin(url: &str) -> Option<&str> {
    let host = url.find("://")? + 3;
    let end = url[host..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |at| host + at);
    Some(&url[..end])
}

/// Text safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The iframe for `address` (absolute) and the few lines of script that resize it, accepting
/// height messages only from the app's origin and only for its own frames.
pub fn snippet(address: &str, title: &str) -> String {
    let origin = origin(address).unwrap_or_default();
    let (address, title) = (attribute(address), attribute(title));
    // The origin goes into a JavaScript string: keep only what an origin can contain.
    let origin: String = origin
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '.' | '-' | '[' | ']'))
        .collect();
    format!(
        "<iframe src=\"{address}\" title=\"{title}\" style=\"width:100%;height:640px;border:0\" loading=\"lazy\"></iframe>\n\
         <script>\n\
         addEventListener('message', function (e) {{\n  \
           if (e.origin !== '{origin}' || !e.data || e.data.type !== '{HEIGHT_MESSAGE}') return;\n  \
           document.querySelectorAll('iframe[src^=\"{origin}/\"]').forEach(function (f) {{\n    \
             if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';\n  \
           }});\n\
         }});\n\
         </script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_of_absolute_addresses() {
        assert_eq!(
            origin("https://passerelle.example/app/?view=matrix"),
            Some("https://passerelle.example")
        );
        assert_eq!(
            origin("http://127.0.0.1:8080?embed=1"),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin("?view=matrix"), None);
    }

    #[test]
    fn the_snippet_escapes_what_it_quotes() {
        let code = snippet(
            "https://p.example/?q=\"><script>alert(1)</script>",
            "Cities & \"partners\"",
        );
        assert!(!code.contains("\"><script>alert"));
        assert!(code.contains("title=\"Cities &amp; &quot;partners&quot;\""));
        assert!(code.contains("e.origin !== 'https://p.example'"));
        assert!(code.contains("iframe[src^=\"https://p.example/\"]"));
    }
}
