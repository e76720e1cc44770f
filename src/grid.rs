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

    const SIZE: (usize, usize) = (3, 4);

    #[test]
    fn arrows_move_one_cell_and_stop_at_the_edges() {
        assert_eq!(step("ArrowRight", false, (1, 1), SIZE), Some((1, 2)));
        assert_eq!(step("ArrowLeft", false, (1, 1), SIZE), Some((1, 0)));
        assert_eq!(step("ArrowDown", false, (1, 1), SIZE), Some((2, 1)));
        assert_eq!(step("ArrowUp", false, (1, 1), SIZE), Some((0, 1)));
        assert_eq!(step("ArrowRight", false, (1, 3), SIZE), Some((1, 3)));
        assert_eq!(step("ArrowLeft", false, (1, 0), SIZE), Some((1, 0)));
        assert_eq!(step("ArrowDown", false, (2, 1), SIZE), Some((2, 1)));
        assert_eq!(step("ArrowUp", false, (0, 1), SIZE), Some((0, 1)));
    }

    #[test]
    fn home_and_end_go_to_the_ends_of_the_row_or_with_ctrl_of_the_grid() {
        assert_eq!(step("Home", false, (1, 2), SIZE), Some((1, 0)));
        assert_eq!(step("End", false, (1, 2), SIZE), Some((1, 3)));
        assert_eq!(step("Home", true, (1, 2), SIZE), Some((0, 0)));
        assert_eq!(step("End", true, (1, 2), SIZE), Some((2, 3)));
    }

    #[test]
    fn other_keys_do_not_move() {
        assert_eq!(step("Enter", false, (1, 1), SIZE), None);
        assert_eq!(step("a", false, (1, 1), SIZE), None);
        assert_eq!(step("Tab", false, (1, 1), SIZE), None);
    }
}
