//! Where the cities' names go: beside their markers, never over another name or another city's
//! marker. Names are placed greedily, the most important first (Dialogue cities, then the
//! cities with the most arcs), each at the first of eight spots around its marker where it
//! fits; a name that fits nowhere is left out, and shows when the user zooms in. Partner
//! cities are named from [`PARTNER_NAMES_ZOOM`] on.
//!
//! All of it is in screen pixels at the view's scale, since names keep their size on screen
//! whatever the zoom. Widths are estimated from the letters, a little wider than the widest
//! common sans-serif (DejaVu Sans), so that a real name is never wider than its box.

use crate::data::Catalog;
use crate::map::{frame, MapModel, Point, Rect};

/// The names' font size, in CSS pixels (style/visual.css says the same).
pub const FONT_PX: f64 = 13.0;
/// Half the size of a marker on the screen: the circle's radius, the square's half side.
pub const MARKER_PX: f64 = 7.0;
/// From this zoom on, partner cities are named too.
pub const PARTNER_NAMES_ZOOM: f64 = 2.0;
/// Space between a marker and its name.
const GAP: f64 = 3.0;
/// The white halo around a name (style/visual.css, `stroke-width: 3`): the browser counts it in
/// the name's box, so the name takes this much more room on every side.
const HALO: f64 = 3.0;
/// Space kept free between two names' boxes, and between a name and another city's marker.
const CLEARANCE: f64 = 1.0;
/// A line of text, and where its baseline lies, as shares of the font size.
const LINE: f64 = 1.2;
const BASELINE: f64 = 0.95;

/// Which end of the text sits at its anchor, as SVG's `text-anchor` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A name placed: its anchor and baseline relative to the marker's centre, and the box it takes
/// with its halo, all in screen pixels (the box from the frame's corner at the view's scale).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    pub dx: f64,
    pub dy: f64,
    pub anchor: Anchor,
    pub bounds: Rect,
}

/// A marker, and its name if it should be shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Wanted<'a> {
    pub at: Point,
    pub name: Option<&'a str>,
    /// Higher is placed first.
    pub priority: usize,
}

/// The width of `name` at [`FONT_PX`], never less than it is drawn.
pub fn text_width(name: &str) -> f64 {
    let ems: f64 = name
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | 'I' | 'J' | '.' | ',' | '\'' | '\u{2019}' => 0.3,
            'f' | 'r' | 't' | ' ' | '-' => 0.42,
            'm' | 'w' | 'M' | 'W' => 1.0,
            c if c.is_uppercase() => 0.8,
            _ => 0.64,
        })
        .sum();
    ems * FONT_PX
}

/// The spots tried around a marker at `p`, in order, for a name `width` wide.
fn spots(p: Point, width: f64) -> [(Anchor, Rect); 8] {
    let h = LINE * FONT_PX;
    let near = MARKER_PX + GAP;
    let corner = MARKER_PX * 0.7;
    let at = |x: f64, y: f64| Rect {
        x,
        y,
        width,
        height: h,
    };
    [
        (Anchor::Start, at(p.x + near, p.y - h / 2.0)),
        (Anchor::End, at(p.x - near - width, p.y - h / 2.0)),
        (Anchor::Start, at(p.x + corner, p.y - corner - h)),
        (Anchor::Start, at(p.x + corner, p.y + corner)),
        (Anchor::End, at(p.x - corner - width, p.y - corner - h)),
        (Anchor::End, at(p.x - corner - width, p.y + corner)),
        (Anchor::Middle, at(p.x - width / 2.0, p.y - near - h)),
        (Anchor::Middle, at(p.x - width / 2.0, p.y + near)),
    ]
}

fn marker_box(p: Point) -> Rect {
    Rect {
        x: p.x - MARKER_PX,
        y: p.y - MARKER_PX,
        width: 2.0 * MARKER_PX,
        height: 2.0 * MARKER_PX,
    }
}

/// A label for each of `wanted` that has a name and room for it, at `scale` screen pixels per
/// map unit.
pub fn place(wanted: &[Wanted], scale: f64) -> Vec<Option<Label>> {
    let f = frame();
    let inside = Rect {
        x: f.x * scale,
        y: f.y * scale,
        width: f.width * scale,
        height: f.height * scale,
    };
    let at: Vec<Point> = wanted
        .iter()
        .map(|w| Point {
            x: w.at.x * scale,
            y: w.at.y * scale,
        })
        .collect();
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(wanted[i].priority));
    let mut taken: Vec<Rect> = Vec::new();
    let mut labels = vec![None; wanted.len()];
    for i in order {
        let Some(name) = wanted[i].name else { continue };
        let free = |r: &Rect| {
            let room = r.grown(CLEARANCE);
            inside.contains(r)
                && !taken.iter().any(|t| t.intersects(&room))
                && !at
                    .iter()
                    .enumerate()
                    .any(|(j, p)| j != i && marker_box(*p).intersects(&room))
        };
        let found = spots(at[i], text_width(name))
            .into_iter()
            .find(|(_, text)| free(&text.grown(HALO)));
        if let Some((anchor, text)) = found {
            let dx = match anchor {
                Anchor::Start => text.x,
                Anchor::Middle => text.x + text.width / 2.0,
                Anchor::End => text.x + text.width,
            } - at[i].x;
            let bounds = text.grown(HALO);
            labels[i] = Some(Label {
                dx,
                dy: text.y + BASELINE * FONT_PX - at[i].y,
                anchor,
                bounds,
            });
            taken.push(bounds);
        }
    }
    labels
}

/// The labels of the map's markers, in the order of [`MapModel::markers`], at `zoom` and
/// `scale` screen pixels per map unit.
pub fn map_labels(
    catalog: &Catalog,
    model: &MapModel,
    zoom: f64,
    scale: f64,
) -> Vec<Option<Label>> {
    let wanted: Vec<Wanted> = model
        .markers
        .iter()
        .map(|m| {
            let city = &catalog.cities()[m.city];
            let arcs = model
                .arcs
                .iter()
                .filter(|a| a.from == m.city || a.to == m.city)
                .count();
            Wanted {
                at: m.at,
                name: (city.participant || zoom >= PARTNER_NAMES_ZOOM)
                    .then_some(city.name.as_str()),
                priority: usize::from(city.participant) * 1000 + arcs,
            }
        })
        .collect();
    place(&wanted, scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wanted(x: f64, name: &str, priority: usize) -> Wanted<'_> {
        Wanted {
            at: Point { x, y: 0.0 },
            name: Some(name),
            priority,
        }
    }

    #[test]
    fn a_lone_name_goes_to_the_right_of_its_marker() {
        let labels = place(&[wanted(0.0, "Dakar", 1)], 1.0);
        let label = labels[0].expect("placed");
        assert_eq!(label.anchor, Anchor::Start);
        assert_eq!(label.dx, MARKER_PX + GAP);
    }

    #[test]
    fn a_neighbour_moves_aside_and_the_more_important_name_keeps_its_spot() {
        let labels = place(&[wanted(0.0, "Kanifing", 1), wanted(30.0, "Dakar", 2)], 1.0);
        let (kanifing, dakar) = (labels[0].expect("placed"), labels[1].expect("placed"));
        assert_eq!(dakar.anchor, Anchor::Start);
        assert!(!kanifing.bounds.intersects(&dakar.bounds));
        assert_ne!(kanifing.anchor, Anchor::Start, "not across Dakar's marker");
    }

    #[test]
    fn a_name_with_no_room_is_left_out() {
        let crowd: Vec<Wanted> = (0..40)
            .map(|i| wanted(i as f64 * 12.0, "Rotterdam", i))
            .collect();
        let labels = place(&crowd, 1.0);
        assert!(labels.iter().any(Option::is_none));
        assert!(labels.iter().any(Option::is_some));
    }

    #[test]
    fn widths_are_never_narrower_than_dejavu_sans() {
        // Widths measured in Chromium with DejaVu Sans, in ems.
        for (name, ems) in [
            ("Amsterdam", 5.802),
            ("Mannheim", 5.244),
            ("Zürich", 3.191),
            ("Beni Mellal", 5.455),
        ] {
            assert!(text_width(name) >= ems * FONT_PX, "{name}");
        }
    }
}
