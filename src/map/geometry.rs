//! Where things go on the map: the projection from latitude and longitude to the basemap's
//! units, the frame the map shows, and the points and boxes the rest of [`crate::map`] counts
//! with. It depends on nothing, so every part of the map can use it.

/// Degrees of longitude per unit of latitude: the cosine of the map's middle latitude (about
/// 35 degrees), a compromise between Africa and Europe.
pub const X_SCALE: f64 = 0.82;
const UNITS_PER_DEGREE: f64 = 10.0;

/// The part of the world the map shows: Africa, Europe and the Middle East.
pub const WEST: f64 = -26.0;
pub const EAST: f64 = 60.0;
pub const SOUTH: f64 = -37.0;
pub const NORTH: f64 = 71.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Where a place goes on the map, or `None` outside the part the map shows.
pub fn project(lat: f64, lon: f64) -> Option<Point> {
    ((WEST..=EAST).contains(&lon) && (SOUTH..=NORTH).contains(&lat)).then(|| Point {
        x: lon * X_SCALE * UNITS_PER_DEGREE,
        y: -lat * UNITS_PER_DEGREE,
    })
}

/// The place at `point`, latitude and longitude rounded to 0.01 degree (about a kilometre,
/// what a tap can mean), or `None` outside the part the map shows: the inverse of [`project`].
pub fn unproject(point: Point) -> Option<(f64, f64)> {
    let round = |degrees: f64| (degrees * 100.0).round() / 100.0;
    let lat = round(-point.y / UNITS_PER_DEGREE);
    let lon = round(point.x / (X_SCALE * UNITS_PER_DEGREE));
    ((WEST..=EAST).contains(&lon) && (SOUTH..=NORTH).contains(&lat)).then_some((lat, lon))
}

/// A box: in map units, or in screen pixels for labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    /// Whether the two boxes share any area (touching edges do not count).
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }

    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.width <= self.x + self.width
            && other.y + other.height <= self.y + self.height
    }

    pub fn center(&self) -> Point {
        Point {
            x: self.x + self.width / 2.0,
            y: self.y + self.height / 2.0,
        }
    }

    /// The box grown by `margin` on every side.
    pub fn grown(&self, margin: f64) -> Rect {
        Rect {
            x: self.x - margin,
            y: self.y - margin,
            width: self.width + 2.0 * margin,
            height: self.height + 2.0 * margin,
        }
    }
}

/// The part of the world the map shows at its widest, in map units.
pub fn frame() -> Rect {
    Rect {
        x: WEST * X_SCALE * UNITS_PER_DEGREE,
        y: -NORTH * UNITS_PER_DEGREE,
        width: (EAST - WEST) * X_SCALE * UNITS_PER_DEGREE,
        height: (NORTH - SOUTH) * UNITS_PER_DEGREE,
    }
}

/// Where the whole-world basemap image goes: `(x, y, width, height)`.
pub fn basemap_frame() -> (f64, f64, f64, f64) {
    (
        -180.0 * X_SCALE * UNITS_PER_DEGREE,
        -90.0 * UNITS_PER_DEGREE,
        360.0 * X_SCALE * UNITS_PER_DEGREE,
        180.0 * UNITS_PER_DEGREE,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_inside_the_frame_are_projected_and_others_are_not() {
        let dakar = project(14.7, -17.4).expect("Dakar is on the map");
        let zurich = project(47.4, 8.5).expect("Zürich is on the map");
        assert!(
            dakar.x < zurich.x && dakar.y > zurich.y,
            "west and south of Zürich"
        );
        assert_eq!(project(43.1, -89.4), None, "Madison is off the map");
    }

    #[test]
    fn a_tapped_point_is_read_back_as_the_place_drawn_there() {
        let kisumu = project(-0.09, 34.77).expect("Kisumu is on the map");
        assert_eq!(unproject(kisumu), Some((-0.09, 34.77)));
        let near = Point {
            x: kisumu.x + 0.01,
            y: kisumu.y - 0.01,
        };
        assert_eq!(
            unproject(near),
            Some((-0.09, 34.77)),
            "rounded to 0.01 degree"
        );
        let far_west = Point {
            x: frame().x - 1.0,
            y: kisumu.y,
        };
        assert_eq!(unproject(far_west), None, "off the map");
    }
}
