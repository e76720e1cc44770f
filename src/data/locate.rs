//! Turns a line and column in a JSON text into the path of the value there
//! (`cities[3].population`), so that a parse error says where in the dataset it is. Walking the
//! text once is far smaller in the browser than tracking paths during deserialization.

enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The path of the innermost value at byte `column` (1-based) of `line` (1-based).
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let offset = byte_offset(json, line, column);
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < offset.min(bytes.len()) {
        match bytes[i] {
            b'"' => {
                let end = string_end(bytes, i);
                if let Some(Frame::Object { key }) = stack.last_mut() {
                    // A string followed by ':' is a key.
                    let after = bytes[end..]
                        .iter()
                        .position(|b| !b.is_ascii_whitespace())
                        .map(|p| end + p);
                    if after.is_some_and(|a| bytes.get(a) == Some(&b':')) {
                        *key = Some(
                            String::from_utf8_lossy(
                                &bytes[i + 1..end.saturating_sub(1).max(i + 1)],
                            )
                            .into_owned(),
                        );
                    }
                }
                i = end;
                continue;
            }
            b'{' => stack.push(Frame::Object { key: None }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => *key = None,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        "(top level)".into()
    } else {
        path
    }
}

/// The byte just past the closing quote of the string starting at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn byte_offset(json: &str, line: usize, column: usize) -> usize {
    let line_start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    line_start + column.saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_path<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let error = serde_json::from_str::<T>(json).expect_err("invalid");
        path_at(json, error.line(), error.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct City {
        id: String,
        population: Option<u64>,
        tags: Vec<String>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Data {
        name: String,
        cities: Vec<City>,
    }

    #[test]
    fn locates_a_wrong_type_in_a_nested_array() {
        let json = r#"{
  "name": "x, \"y\": [z]",
  "cities": [
    {"id": "a", "population": 1, "tags": ["b", "c"]},
    {"id": "d", "tags": [], "population": "many"}
  ]
}"#;
        assert_eq!(error_path::<Data>(json), "cities[1].population");
    }

    #[test]
    fn locates_errors_in_arrays_of_strings_and_at_the_top() {
        assert_eq!(
            error_path::<Data>(
                r#"{"name": "n", "cities": [{"id": "a", "population": null, "tags": ["x", 3]}]}"#
            ),
            "cities[0].tags[1]"
        );
        assert_eq!(error_path::<Data>(r#"{"name": 5, "cities": []}"#), "name");
        assert_eq!(path_at("", 1, 1), "(top level)");
    }
}
