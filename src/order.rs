//! Sorting through one shared routine. Each `sort_by` with its own closure compiles a whole sort
//! algorithm again (several kilobytes each in the browser download); here every sort in the app
//! orders positions with the same dynamically dispatched comparison, so the algorithm is
//! compiled once.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, which must be a total order (break ties explicitly) so the
/// result never depends on the input order.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut positions: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut positions, &|a: &usize, b: &usize| {
        compare(&items[*a], &items[*b])
    });
    // Slot i takes the item at positions[i]: follow each cycle of the permutation with swaps.
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut current = start;
        while !placed[current] {
            placed[current] = true;
            let next = positions[current];
            if next == start {
                break;
            }
            items.swap(current, next);
            current = next;
        }
    }
}

fn sort_positions(positions: &mut [usize], compare: &dyn Fn(&usize, &usize) -> Ordering) {
    positions.sort_unstable_by(compare);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_any_type_by_a_total_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi"];
        sort_by(&mut words, |a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        assert_eq!(words, ["fig", "kiwi", "pear", "apple"]);
        let mut numbers: Vec<u32> = (0..1000).map(|i| (i * 7919) % 1000).collect();
        sort_by(&mut numbers, |a, b| b.cmp(a));
        assert!(numbers.windows(2).all(|w| w[0] > w[1]));
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}
