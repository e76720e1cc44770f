//! The weight of each score component. The defaults are fitted to the known partnerships
//! (`passerelle-cli fit`, see [`super::fit`]); the user sees and changes every one of them.

use crate::data::Mode;

/// One number for each component of a score, in the order of [`NAMES`]: how much each counts
/// ([`Weights`]), or a score's parts before weighting ([`super::Components`]), so that a score is
/// the dot product of the two.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PerComponent {
    pub complementarity: f64,
    pub shared_priorities: f64,
    pub networks: f64,
    pub language: f64,
    pub context: f64,
    pub ties: f64,
    /// What the cities say they want from partners: a wish for partners on the other's continent.
    pub wishes: f64,
}

/// How much each component of a score counts. `Default` is the fit committed in `fitted.rs`.
pub type Weights = PerComponent;

/// The order of [`PerComponent::to_list`], for the URL and the command line.
pub const NAMES: [&str; 7] = [
    "complementarity",
    "shared_priorities",
    "networks",
    "language",
    "context",
    "ties",
    "wishes",
];

impl PerComponent {
    /// Starting weights for a collaboration mode, as factors of the defaults: peer learning leans
    /// on shared priorities, development partnerships on expertise meeting needs, economic
    /// partnerships and integrated services on channels that already exist. Each is rounded to a
    /// quarter and kept within the sliders' 0–5, so links stay short. The user can change any.
    pub fn for_mode(mode: Option<Mode>) -> Weights {
        let base = Weights::default();
        let adjust = |weight: f64, factor: f64| ((weight * factor * 4.0).round() / 4.0).min(5.0);
        let scaled = |c: f64, s: f64, n: f64, l: f64| Weights {
            complementarity: adjust(base.complementarity, c),
            shared_priorities: adjust(base.shared_priorities, s),
            networks: adjust(base.networks, n),
            language: adjust(base.language, l),
            ..base
        };
        match mode {
            None => base,
            Some(Mode::PeerLearning) => scaled(2.0 / 3.0, 2.0, 1.0, 1.0),
            Some(Mode::Development) => scaled(4.0 / 3.0, 2.0 / 3.0, 1.0, 1.0),
            Some(Mode::Economic) => scaled(1.0, 1.0, 1.5, 2.0),
            Some(Mode::ServiceDelivery) => scaled(2.0 / 3.0, 4.0 / 3.0, 2.0, 3.0),
        }
    }

    /// The numbers in the order of [`NAMES`].
    pub fn to_list(self) -> [f64; 7] {
        [
            self.complementarity,
            self.shared_priorities,
            self.networks,
            self.language,
            self.context,
            self.ties,
            self.wishes,
        ]
    }

    /// The score these components make under `weights`.
    pub fn weighted(&self, weights: &Weights) -> f64 {
        self.to_list()
            .iter()
            .zip(weights.to_list())
            .map(|(c, w)| c * w)
            .sum()
    }

    /// Name and number of each component, in the order of [`NAMES`].
    pub fn named(&self) -> [(&'static str, f64); 7] {
        let mut named = [("", 0.0); 7];
        for (slot, (name, value)) in named.iter_mut().zip(NAMES.iter().zip(self.to_list())) {
            *slot = (*name, value);
        }
        named
    }

    /// Reads seven numbers from 0 to 100 in the order of [`NAMES`]; six, from links made before
    /// wishes were weighted, take the default weight for wishes.
    pub fn from_list(values: &[f64]) -> Option<Weights> {
        if !values
            .iter()
            .all(|v| v.is_finite() && (0.0..=100.0).contains(v))
        {
            return None;
        }
        let (head, wishes) = match values {
            [head @ .., w] if values.len() == 7 => (head, *w),
            head if values.len() == 6 => (head, Weights::default().wishes),
            _ => return None,
        };
        match head {
            [c, s, n, l, x, t] => Some(Weights {
                complementarity: *c,
                shared_priorities: *s,
                networks: *n,
                language: *l,
                context: *x,
                ties: *t,
                wishes,
            }),
            _ => None,
        }
    }
}
