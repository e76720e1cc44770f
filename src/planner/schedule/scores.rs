//! What the match engine says about each pair of attendees: each city's ranking of the others
//! on the session's themes, its top 5, and the pair's mean score.

use std::collections::BTreeSet;

use crate::data::Catalog;
use crate::matching::{rank, MatchError, MatchIndex, MatchQuery};

/// How many suggestions of each city the quality measure counts.
pub const TOP: usize = 5;

/// The attendees' rankings of each other, by attendee position.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// City ids of the attendees.
    pub ids: Vec<String>,
    /// `rank[a][b]`: where `b` stands in `a`'s ranking (1 is best).
    rank: Vec<Vec<usize>>,
    /// `score[a][b]`: the mean of the scores each gives the other.
    score: Vec<Vec<f64>>,
}

impl Scores {
    /// Ranks every attendee's partners among the attendees, on `themes`.
    pub fn new(
        catalog: &Catalog,
        index: &MatchIndex,
        cities: &[String],
        themes: &[String],
    ) -> Result<Scores, MatchError> {
        let positions: Vec<usize> = cities
            .iter()
            .map(|id| {
                catalog
                    .city_index(id)
                    .ok_or_else(|| MatchError::UnknownCity(id.clone()))
            })
            .collect::<Result<_, _>>()?;
        let n = cities.len();
        let mut ranks = vec![vec![usize::MAX; n]; n];
        let mut given = vec![vec![0.0; n]; n];
        for (a, id) in cities.iter().enumerate() {
            let mut query = MatchQuery::new(id.clone());
            query.sectors = themes.iter().cloned().collect();
            query.candidates = Some(positions.iter().copied().collect::<BTreeSet<_>>());
            for (place, suggestion) in rank(catalog, index, &query)?.iter().enumerate() {
                if let Some(b) = positions.iter().position(|&p| p == suggestion.city) {
                    ranks[a][b] = place + 1;
                    given[a][b] = suggestion.score;
                }
            }
        }
        let score = (0..n)
            .map(|a| (0..n).map(|b| (given[a][b] + given[b][a]) / 2.0).collect())
            .collect();
        Ok(Scores {
            ids: cities.to_vec(),
            rank: ranks,
            score,
        })
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Where `b` stands in `a`'s ranking (1 is best); `None` when `a` does not rank it.
    pub fn rank(&self, a: usize, b: usize) -> Option<usize> {
        Some(self.rank[a][b]).filter(|&r| r != usize::MAX)
    }

    pub fn score(&self, a: usize, b: usize) -> f64 {
        self.score[a][b]
    }

    /// How many suggestions of `a` count towards its share: its top 5, or fewer when fewer
    /// other cities attend.
    pub fn top_count(&self, a: usize) -> usize {
        TOP.min(self.rank[a].iter().filter(|&&r| r != usize::MAX).count())
    }

    /// `b` is among `a`'s top 5.
    pub fn in_top(&self, a: usize, b: usize) -> bool {
        self.rank[a][b] <= TOP
    }
}
