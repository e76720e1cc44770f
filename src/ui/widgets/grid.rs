//! A table that behaves as an ARIA grid: one Tab stop for the whole table (a roving tabindex)
//! and the keys of [`crate::grid::step`] to move between cells. The table renders its first
//! cell's control with `tabindex="0"` and every other with `-1`.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTableCellElement, HtmlTableElement, HtmlTableRowElement};

/// The table's keydown handler: the focus, and the Tab stop with it, moves to the control of
/// the cell a key leads to, or to the cell itself when it has none.
pub fn move_in_grid(ev: web_sys::KeyboardEvent) {
    let table = ev
        .current_target()
        .and_then(|t| t.dyn_into::<HtmlTableElement>().ok());
    let cell = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("td, th").ok().flatten())
        .and_then(|c| c.dyn_into::<HtmlTableCellElement>().ok());
    let row = cell
        .as_ref()
        .and_then(|c| c.parent_element())
        .and_then(|r| r.dyn_into::<HtmlTableRowElement>().ok());
    let (Some(table), Some(cell), Some(row)) = (table, cell, row) else {
        return;
    };
    let rows = table.rows();
    let at = (index(row.row_index()), index(cell.cell_index()));
    let size = (rows.length() as usize, row.cells().length() as usize);
    let Some((to_row, to_column)) = crate::grid::step(&ev.key(), ev.ctrl_key(), at, size) else {
        return;
    };
    ev.prevent_default();
    let target = rows
        .item(to_row as u32)
        .and_then(|r| r.dyn_into::<HtmlTableRowElement>().ok())
        .and_then(|r| r.cells().item(to_column as u32))
        .map(|c| c.first_element_child().unwrap_or(c))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let Some(target) = target else {
        return;
    };
    if let Ok(Some(before)) = table.query_selector("[tabindex=\"0\"]") {
        let _ = before.set_attribute("tabindex", "-1");
    }
    let _ = target.set_attribute("tabindex", "0");
    let _ = target.focus();
}

/// A row or cell index from the DOM, where -1 means "not in a table".
fn index(i: i32) -> usize {
    usize::try_from(i).unwrap_or(0)
}
