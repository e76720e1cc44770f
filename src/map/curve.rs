//! The arcs' shape, and which arc a tap is meant for: the nearest one within a finger's reach,
//! not whichever happens to be drawn on top.

use crate::map::geometry::Point;

/// How far an arc bows to the side, as a share of its length.
const BOW: f64 = 0.2;
/// How much further apart each next arc between the same two cities bows.
const BOW_SPREAD: f64 = 0.1;
/// Straight pieces a curve is measured with: enough to be within a pixel at any zoom.
const PIECES: usize = 48;

/// A quadratic Bézier curve from one city to another.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Curve {
    pub from: Point,
    pub control: Point,
    pub to: Point,
}

impl Curve {
    /// The `nth` arc between `from` and `to` (counting from 0), bowed to one side so that arcs
    /// between the same cities, in both directions, and arcs along one line, stay apart: the
    /// first bows by [`BOW`], the next ones alternately more and less.
    pub fn between(from: Point, to: Point, nth: usize) -> Curve {
        let step = nth.div_ceil(2) as f64;
        let bow = if nth % 2 == 1 {
            BOW + step * BOW_SPREAD
        } else {
            BOW - step * BOW_SPREAD
        };
        let (dx, dy) = (to.x - from.x, to.y - from.y);
        Curve {
            from,
            control: Point {
                x: (from.x + to.x) / 2.0 - dy * bow,
                y: (from.y + to.y) / 2.0 + dx * bow,
            },
            to,
        }
    }

    /// The SVG path data.
    pub fn path(&self) -> String {
        let Curve { from, control, to } = self;
        format!(
            "M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}",
            from.x, from.y, control.x, control.y, to.x, to.y
        )
    }

    /// The point a share `t` (0 to 1) along the curve.
    pub fn at(&self, t: f64) -> Point {
        let u = 1.0 - t;
        Point {
            x: u * u * self.from.x + 2.0 * u * t * self.control.x + t * t * self.to.x,
            y: u * u * self.from.y + 2.0 * u * t * self.control.y + t * t * self.to.y,
        }
    }

    /// How far `point` is from the curve.
    pub fn distance_to(&self, point: Point) -> f64 {
        (0..PIECES)
            .map(|i| {
                let a = self.at(i as f64 / PIECES as f64);
                let b = self.at((i + 1) as f64 / PIECES as f64);
                segment_distance(point, a, b)
            })
            .fold(f64::INFINITY, f64::min)
    }
}

fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = dx * dx + dy * dy;
    let t = if length > 0.0 {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / length).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (x, y) = (a.x + t * dx - p.x, a.y + t * dy - p.y);
    (x * x + y * y).sqrt()
}

/// The position in `curves` of the curve nearest to `point`, if any is within `reach` (all in
/// map units); the first drawn wins a tie.
pub fn nearest<'a>(
    curves: impl IntoIterator<Item = &'a Curve>,
    point: Point,
    reach: f64,
) -> Option<usize> {
    curves
        .into_iter()
        .map(|c| c.distance_to(point))
        .enumerate()
        .filter(|(_, d)| *d <= reach)
        .fold(None, |best: Option<(usize, f64)>, (i, d)| match best {
            Some((_, b)) if b <= d => best,
            _ => Some((i, d)),
        })
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Point = Point { x: 0.0, y: 0.0 };
    const B: Point = Point { x: 100.0, y: 0.0 };

    #[test]
    fn an_arc_bows_to_the_side_and_ends_at_both_cities() {
        assert_eq!(
            Curve::between(A, B, 0).path(),
            "M0.0 0.0Q50.0 20.0 100.0 0.0"
        );
        assert_eq!(Curve::between(A, B, 0).at(1.0), B);
    }

    #[test]
    fn arcs_between_the_same_cities_bow_apart() {
        let bows: Vec<f64> = (0..3)
            .map(|n| Curve::between(A, B, n).at(0.5).y.round())
            .collect();
        assert_eq!(bows, [10.0, 15.0, 5.0]);
    }

    #[test]
    fn the_nearest_arc_within_reach_is_picked_not_the_last_drawn() {
        let low = Curve::between(A, B, 0);
        let high = Curve::between(A, B, 1);
        let on_low = low.at(0.5);
        assert!(low.distance_to(on_low) < 0.01);
        assert_eq!(nearest([&low, &high], on_low, 8.0), Some(0));
        assert_eq!(nearest([&low, &high], high.at(0.5), 8.0), Some(1));
        assert_eq!(
            nearest([&low, &high], Point { x: 50.0, y: 60.0 }, 8.0),
            None
        );
    }
}
