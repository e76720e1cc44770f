//! The default weights, fitted on every known partnership: written by
//! `passerelle-cli fit --write`, not by hand. Refit when the data or the engine change (see
//! [`super::fit`]).

use super::weights::Weights;

impl Default for Weights {
    /// The weights `passerelle-cli fit` found best on every known partnership; a test refits
    /// and fails when data or engine changed without a refit.
    fn default() -> Self {
        Weights {
            complementarity: 3.0,
            shared_priorities: 0.5,
            networks: 4.0,
            language: 1.5,
            context: 1.0,
            ties: 1.0,
            wishes: 5.0,
        }
    }
}
