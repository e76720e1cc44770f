//! Moving through a table from the keyboard as the ARIA grid pattern has it: the arrow keys
//! one cell, Home and End to the ends of the row, Ctrl+Home and Ctrl+End to the first and the
//! last cell. Kept apart from the browser so the rules are tested natively.

/// The cell (row, column) that `key` moves to from `at` in a grid of `size` (rows, columns),
/// staying put at an edge; `None` for a key that does not move, which keeps its usual meaning.
pub fn step(
    key: &str,
    ctrl: bool,
    at: (usize, usize),
    size: (usize, usize),
) -> Option<(usize, usize)> {
    let (row, column) = at;
    let last = (size.0.saturating_sub(1), size.1.saturating_sub(1));
    Some(match key {
        "ArrowUp" => (row.saturating_sub(1), column),
        "ArrowDown" => ((row + 1).min(last.0), column),
        "ArrowLeft" => (row, column.saturating_sub(1)),
        "ArrowRight" => (row, (column + 1).min(last.1)),
        "Home" if ctrl => (0, 0),
        "End" if ctrl => last,
        "Home" => (row, 0),
        "End" => (row, last.1),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::step;

    /// In a 3×4 grid: each key, whether Ctrl is held, the cell it starts from and where it leads.
    #[test]
    fn each_key_moves_as_the_grid_pattern_says() {
        let arrows = [
            ("ArrowRight", false, (1, 1), Some((1, 2))),
            ("ArrowLeft", false, (1, 1), Some((1, 0))),
            ("ArrowDown", false, (1, 1), Some((2, 1))),
            ("ArrowUp", false, (1, 1), Some((0, 1))),
        ];
        let at_the_edges = [
            ("ArrowRight", false, (1, 3), Some((1, 3))),
            ("ArrowLeft", false, (1, 0), Some((1, 0))),
            ("ArrowDown", false, (2, 1), Some((2, 1))),
            ("ArrowUp", false, (0, 1), Some((0, 1))),
        ];
        let ends = [
            ("Home", false, (1, 2), Some((1, 0))),
            ("End", false, (1, 2), Some((1, 3))),
            ("Home", true, (1, 2), Some((0, 0))),
            ("End", true, (1, 2), Some((2, 3))),
        ];
        let other_keys = [("Enter", false, (1, 1), None), ("Tab", false, (1, 1), None)];
        for cases in [&arrows[..], &at_the_edges, &ends, &other_keys] {
            for &(key, ctrl, from, to) in cases {
                assert_eq!(
                    step(key, ctrl, from, (3, 4)),
                    to,
                    "{key} (ctrl: {ctrl}) from {from:?}"
                );
            }
        }
    }
}
