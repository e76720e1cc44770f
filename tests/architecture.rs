//! The shape of the source tree: no import cycle between modules (a module never depends, through
//! others, on itself), and no source file longer than a reader can hold.
//!
//! Dependencies are read from the source text: every `crate::`, `super::` and `self::` path, and
//! every path starting with a child module's name, in `use` declarations (groups expanded) and
//! in code, resolved to the file of the deepest module it names. Each file is a node.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;

/// A module of the library: its path from the crate root (`["ui", "widgets", "city"]`) and its
/// file.
struct Module {
    path: Vec<String>,
    file: PathBuf,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .expect("readable src folder")
        .map(|e| e.expect("readable entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Modules generated at build time, included by a file of `src/`: nodes without dependencies.
const GENERATED: [(&[&str], &str); 1] = [(&["ui", "i18n"], "locales/ (leptos_i18n, build.rs)")];

/// The library's modules; the binaries under `src/bin` and `src/main.rs` are crates of their own.
fn library_modules() -> Vec<Module> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let generated = GENERATED.iter().map(|(path, from)| Module {
        path: path.iter().map(|s| s.to_string()).collect(),
        file: PathBuf::from(from),
    });
    files
        .into_iter()
        .filter(|f| !f.starts_with(src.join("bin")) && *f != src.join("main.rs"))
        .map(|file| {
            let relative = file.strip_prefix(&src).expect("under src");
            let mut path: Vec<String> = relative
                .iter()
                .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            if matches!(path.last().map(String::as_str), Some("mod" | "lib")) {
                path.pop();
            }
            Module { path, file }
        })
        .chain(generated)
        .collect()
}

/// The source without its unit tests (whose `super` is the file's own module), comments, string
/// and character literals, which may mention paths that are no dependency.
fn code_only(source: &str) -> String {
    let source = source.split("#[cfg(test)]").next().unwrap_or(source);
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            // A character literal ('"', '\'', '\u{201c}'), which may hold a quote; a lifetime
            // ('a) has no closing quote right after its first character.
            '\'' if chars.peek() == Some(&'\\') || chars.clone().nth(1) == Some('\'') => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '\'' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
                out.push_str("' '");
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '"' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Expands a `use` tree (`a::{b, c::{d, e}}`) into its full paths.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree).trim();
        return vec![path.to_string()];
    };
    let prefix = tree[..open].trim_end_matches("::");
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand)
        .map(|p| {
            if p == "self" {
                prefix.to_string()
            } else {
                format!("{prefix}::{p}")
            }
        })
        .collect()
}

/// Every path the code names: `use` trees expanded, and paths written in code.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let is_word_start = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric();
        let end = rest[at..].find(';').map_or(rest.len(), |e| at + e);
        if is_word_start {
            paths.extend(expand(&rest[at + 4..end]));
        }
        rest = &rest[(at + 4).min(end)..];
    }
    let is_path_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':';
    let mut word = String::new();
    for c in code.chars().chain(std::iter::once(' ')) {
        if is_path_char(c) {
            word.push(c);
        } else {
            if word.contains("::") {
                paths.push(word.trim_matches(':').to_string());
            }
            word.clear();
        }
    }
    paths
}

/// The module a path names, from `module`: the deepest known module on the path.
fn resolve(
    path: &str,
    module: &[String],
    children: &BTreeSet<String>,
    known: &BTreeMap<Vec<String>, usize>,
) -> Option<usize> {
    let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut absolute: Vec<String> = match segments.first()? {
        &"crate" => Vec::new(),
        &"self" => module.to_vec(),
        &"super" => {
            let mut base = module.to_vec();
            base.pop();
            base
        }
        first if children.contains(*first) => module.to_vec(),
        _ => return None,
    };
    let skip = usize::from(matches!(segments[0], "crate" | "self" | "super"));
    let mut rest = segments[skip..].iter().peekable();
    while rest.peek() == Some(&&"super") {
        absolute.pop();
        rest.next();
    }
    let mut found = known.get(&absolute).copied();
    for segment in rest {
        absolute.push(segment.to_string());
        match known.get(&absolute) {
            Some(&m) => found = Some(m),
            None => break,
        }
    }
    found
}

/// One cycle in the graph, if there is any (depth-first search).
fn find_cycle(edges: &[BTreeSet<usize>]) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(
        n: usize,
        edges: &[BTreeSet<usize>],
        marks: &mut [Mark],
        stack: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        marks[n] = Mark::Open;
        stack.push(n);
        for &next in &edges[n] {
            match marks[next] {
                Mark::Open => {
                    let from = stack.iter().position(|&m| m == next).unwrap_or(0);
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next);
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(cycle) = visit(next, edges, marks, stack) {
                        return Some(cycle);
                    }
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        marks[n] = Mark::Done;
        None
    }
    let mut marks = vec![Mark::New; edges.len()];
    (0..edges.len()).find_map(|n| {
        if marks[n] == Mark::New {
            visit(n, edges, &mut marks, &mut Vec::new())
        } else {
            None
        }
    })
}

#[test]
fn no_module_depends_on_itself_through_others() {
    let modules = library_modules();
    let known: BTreeMap<Vec<String>, usize> = modules
        .iter()
        .enumerate()
        .map(|(i, m)| (m.path.clone(), i))
        .collect();
    let mut edges = vec![BTreeSet::new(); modules.len()];
    for (i, module) in modules.iter().enumerate() {
        let Ok(source) = fs::read_to_string(&module.file) else {
            continue; // generated
        };
        let code = code_only(&source);
        let children: BTreeSet<String> = modules
            .iter()
            .filter(|m| m.path.len() == module.path.len() + 1 && m.path.starts_with(&module.path))
            .filter_map(|m| m.path.last().cloned())
            .collect();
        for path in named_paths(&code) {
            if let Some(target) = resolve(&path, &module.path, &children, &known) {
                if target != i {
                    edges[i].insert(target);
                }
            }
        }
    }
    // The check sees real dependencies: the views depend on the contexts.
    let context = known[&vec!["ui".to_string(), "context".to_string()]];
    let list = known[&vec!["ui".into(), "explore".into(), "list".into()]];
    assert!(
        edges[list].contains(&context),
        "the dependency reader misses `use` lines"
    );
    if let Some(cycle) = find_cycle(&edges) {
        let names: Vec<String> = cycle
            .iter()
            .map(|&m| modules[m].file.display().to_string())
            .collect();
        panic!("import cycle: {}", names.join(" -> "));
    }
}

#[test]
fn use_trees_expand_to_full_paths() {
    assert_eq!(
        expand("crate::ui::{context::{use_data, Terms}, widgets::words::{self, text}}"),
        [
            "crate::ui::context::use_data",
            "crate::ui::context::Terms",
            "crate::ui::widgets::words",
            "crate::ui::widgets::words::text",
        ]
    );
    assert_eq!(
        expand("super::state::Keeping as K"),
        ["super::state::Keeping"]
    );
}

#[test]
fn quotes_in_character_literals_hide_no_code() {
    let code = code_only(
        "let q = '\"'; let e = '\\''; fn f<'a>(s: &'a str) { crate::x::y(\"crate::z\") }",
    );
    assert!(named_paths(&code).contains(&"crate::x::y".to_string()));
    assert!(!code.contains("crate::z"));
}

#[test]
fn a_cycle_is_found_and_a_chain_is_not() {
    let chain = vec![BTreeSet::from([1]), BTreeSet::from([2]), BTreeSet::new()];
    assert_eq!(find_cycle(&chain), None);
    let looped = vec![
        BTreeSet::from([1]),
        BTreeSet::from([2]),
        BTreeSet::from([0]),
    ];
    assert_eq!(find_cycle(&looped), Some(vec![0, 1, 2, 0]));
}

#[test]
fn no_source_file_is_longer_than_a_reader_can_hold() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = fs::read_to_string(f)
                .expect("readable source")
                .lines()
                .count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these by concept (at most {MAX_LINES} lines): {}",
        long.join(", ")
    );
}
