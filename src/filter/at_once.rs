//! What the city list shows in the frame that answers a keystroke. Building a card is the
//! costly part of an answer (forty new cards took 200 ms at 10,000 cities, CPU ×4), and a card
//! already on screen costs nothing to keep: the answer shows its first screen of cards, then as
//! many of the next as are on screen already; the rest follow once typing pauses.

/// The first `first` of `wanted` (positions, in the list's order), then those after them up to
/// the first that is not `on_screen`.
pub fn at_once(wanted: &[usize], on_screen: &[usize], first: usize) -> Vec<usize> {
    let first = first.min(wanted.len());
    let kept = wanted[first..]
        .iter()
        .take_while(|position| on_screen.contains(position))
        .count();
    wanted[..first + kept].to_vec()
}

#[cfg(test)]
mod tests {
    use super::at_once;

    #[test]
    fn cards_on_screen_stay_however_many() {
        let wanted: Vec<usize> = (0..40).collect();
        assert_eq!(at_once(&wanted, &wanted, 6), wanted);
    }

    #[test]
    fn after_the_first_screen_stops_at_the_first_card_to_build() {
        assert_eq!(
            at_once(&[0, 1, 2, 4, 5, 6, 7], &[0, 2, 3, 4, 7], 2),
            [0, 1, 2, 4]
        );
    }

    #[test]
    fn an_empty_screen_gets_the_first_screen() {
        assert_eq!(at_once(&[9, 3, 5, 1], &[], 2), [9, 3]);
        assert_eq!(at_once(&[9], &[], 2), [9]);
    }
}
