//! Zoom and pan: which part of the map the picture shows in a box of a given size on the
//! screen, and how the buttons, a drag, a pinch, the wheel or a key moves it. The picture's
//! `viewBox` always has the box's proportions, so a map unit is as wide as it is tall.

use crate::map::{frame, Point, Rect};

/// The whole frame fits at zoom 1; closer than [`MAX_ZOOM`] shows nothing more.
pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 8.0;
/// How much a button press or a key zooms.
pub const ZOOM_STEP: f64 = 1.5;
/// The share of the box an arrow key moves the map by.
const PAN_STEP: f64 = 0.2;

/// The size of the picture's box on the screen, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Screen {
    pub width: f64,
    pub height: f64,
}

impl Screen {
    /// A box not measured yet (or hidden) counts as the frame at one pixel per unit.
    fn or_frame(self) -> Screen {
        if self.width > 0.0 && self.height > 0.0 {
            self
        } else {
            let f = frame();
            Screen {
                width: f.width,
                height: f.height,
            }
        }
    }
}

/// A move asked for with a button or a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    ZoomIn,
    ZoomOut,
    Left,
    Right,
    Up,
    Down,
}

impl Step {
    /// The move a key asks for when the map has focus: arrows pan, + and − zoom.
    pub fn from_key(key: &str) -> Option<Step> {
        Some(match key {
            "+" | "=" => Step::ZoomIn,
            "-" | "_" | "\u{2212}" => Step::ZoomOut,
            "ArrowLeft" => Step::Left,
            "ArrowRight" => Step::Right,
            "ArrowUp" => Step::Up,
            "ArrowDown" => Step::Down,
            _ => return None,
        })
    }
}

/// What the map shows: the point at the middle of the box, in map units, and the zoom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub center: Point,
    pub zoom: f64,
}

impl Default for View {
    /// The whole frame.
    fn default() -> View {
        View {
            center: frame().center(),
            zoom: MIN_ZOOM,
        }
    }
}

impl View {
    /// Screen pixels per map unit: at zoom 1 the whole frame just fits in the box.
    pub fn scale(&self, screen: Screen) -> f64 {
        let (f, s) = (frame(), screen.or_frame());
        (s.width / f.width).min(s.height / f.height) * self.zoom
    }

    /// The part of the map in the box, in map units.
    pub fn visible(&self, screen: Screen) -> Rect {
        let s = screen.or_frame();
        let scale = self.scale(s);
        let (width, height) = (s.width / scale, s.height / scale);
        Rect {
            x: self.center.x - width / 2.0,
            y: self.center.y - height / 2.0,
            width,
            height,
        }
    }

    /// The picture's SVG `viewBox`.
    pub fn view_box(&self, screen: Screen) -> String {
        let r = self.visible(screen);
        format!("{:.2} {:.2} {:.2} {:.2}", r.x, r.y, r.width, r.height)
    }

    /// The map point under `pixel`, counted from the box's top-left corner.
    pub fn to_map(&self, screen: Screen, pixel: Point) -> Point {
        let (r, scale) = (self.visible(screen), self.scale(screen));
        Point {
            x: r.x + pixel.x / scale,
            y: r.y + pixel.y / scale,
        }
    }

    /// Zoomed by `factor`, the map point under `pixel` staying where it is (a pinch or the
    /// wheel zooms where the fingers or the pointer are).
    pub fn zoom_at(self, factor: f64, pixel: Point, screen: Screen) -> View {
        let before = self.to_map(screen, pixel);
        let zoomed = View {
            zoom: (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM),
            ..self
        };
        let after = zoomed.to_map(screen, pixel);
        View {
            center: Point {
                x: zoomed.center.x + before.x - after.x,
                y: zoomed.center.y + before.y - after.y,
            },
            ..zoomed
        }
        .kept_in_frame()
    }

    /// The map dragged by `dx`, `dy` screen pixels.
    pub fn pan_by(self, dx: f64, dy: f64, screen: Screen) -> View {
        let scale = self.scale(screen);
        View {
            center: Point {
                x: self.center.x - dx / scale,
                y: self.center.y - dy / scale,
            },
            ..self
        }
        .kept_in_frame()
    }

    /// One press of a button or a key, zooming about the middle of the box.
    pub fn step(self, step: Step, screen: Screen) -> View {
        let s = screen.or_frame();
        let middle = Point {
            x: s.width / 2.0,
            y: s.height / 2.0,
        };
        let (dx, dy) = (s.width * PAN_STEP, s.height * PAN_STEP);
        match step {
            Step::ZoomIn => self.zoom_at(ZOOM_STEP, middle, s),
            Step::ZoomOut => self.zoom_at(1.0 / ZOOM_STEP, middle, s),
            // The arrow says which way the view goes: the map moves the other way.
            Step::Left => self.pan_by(dx, 0.0, s),
            Step::Right => self.pan_by(-dx, 0.0, s),
            Step::Up => self.pan_by(0.0, dy, s),
            Step::Down => self.pan_by(0.0, -dy, s),
        }
    }

    /// The middle of the view never leaves the frame, so some of the map is always in sight.
    fn kept_in_frame(self) -> View {
        let f = frame();
        View {
            center: Point {
                x: self.center.x.clamp(f.x, f.x + f.width),
                y: self.center.y.clamp(f.y, f.y + f.height),
            },
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLET: Screen = Screen {
        width: 700.0,
        height: 600.0,
    };

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6
    }

    #[test]
    fn at_zoom_one_the_whole_frame_fits_in_the_box() {
        let visible = View::default().visible(TABLET);
        assert!(visible.contains(&frame()));
        assert!((visible.height - frame().height).abs() < 1e-6, "tall frame");
        assert!((visible.width / visible.height - 700.0 / 600.0).abs() < 1e-9);
    }

    #[test]
    fn zooming_keeps_the_point_under_the_fingers() {
        let pixel = Point { x: 100.0, y: 450.0 };
        let view = View::default();
        let zoomed = view.zoom_at(2.0, pixel, TABLET);
        assert_eq!(zoomed.zoom, 2.0);
        assert!(close(
            zoomed.to_map(TABLET, pixel),
            view.to_map(TABLET, pixel)
        ));
    }

    #[test]
    fn zoom_stays_between_the_whole_frame_and_the_closest() {
        let mut view = View::default();
        for _ in 0..20 {
            view = view.step(Step::ZoomIn, TABLET);
        }
        assert_eq!(view.zoom, MAX_ZOOM);
        for _ in 0..20 {
            view = view.step(Step::ZoomOut, TABLET);
        }
        assert_eq!(view.zoom, MIN_ZOOM);
    }

    #[test]
    fn arrows_move_the_view_their_way_and_never_off_the_map() {
        let view = View::default().step(Step::ZoomIn, TABLET);
        let right = view.step(Step::Right, TABLET);
        assert!(right.center.x > view.center.x);
        let up = view.step(Step::Up, TABLET);
        assert!(up.center.y < view.center.y);
        let mut far = view;
        for _ in 0..50 {
            far = far.step(Step::Left, TABLET);
        }
        assert_eq!(far.center.x, frame().x);
    }

    #[test]
    fn a_drag_moves_the_map_with_the_finger() {
        let view = View::default().step(Step::ZoomIn, TABLET);
        let pixel = Point { x: 300.0, y: 300.0 };
        let under = view.to_map(TABLET, pixel);
        let dragged = view.pan_by(40.0, -25.0, TABLET);
        let moved = Point { x: 340.0, y: 275.0 };
        assert!(close(dragged.to_map(TABLET, moved), under));
    }

    #[test]
    fn keys_map_to_steps() {
        assert_eq!(Step::from_key("+"), Some(Step::ZoomIn));
        assert_eq!(Step::from_key("-"), Some(Step::ZoomOut));
        assert_eq!(Step::from_key("ArrowDown"), Some(Step::Down));
        assert_eq!(Step::from_key("a"), None);
    }
}
