//! Zoom and pan by hand: drag, pinch and wheel as pointer events, arrows and + and − as keys,
//! and the size of the map's box, which the view needs. The arithmetic is
//! [`crate::map::view`]'s; this only reads the browser's events.

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;
use leptos::svg::Svg;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::map::view::{Screen, Step, View};
use crate::map::Point;

/// How far a finger may wander before a tap becomes a drag, in pixels.
const DRAG_AFTER: f64 = 6.0;
/// How much one notch of the wheel (100 pixels of scroll) zooms.
const WHEEL_ZOOM: f64 = 1.25;

/// What the map shows and the size of its box: shared by the picture and the zoom buttons.
#[derive(Clone, Copy)]
pub(super) struct Camera {
    pub view: RwSignal<View>,
    pub screen: RwSignal<Screen>,
}

impl Camera {
    pub fn new() -> Camera {
        Camera {
            view: RwSignal::new(View::default()),
            screen: RwSignal::new(Screen {
                width: 0.0,
                height: 0.0,
            }),
        }
    }

    pub fn step(self, step: Step) {
        let screen = self.screen.get_untracked();
        self.view.update(|v| *v = v.step(step, screen));
    }

    /// Screen pixels per map unit.
    pub fn scale(self) -> f64 {
        self.view.with(|v| v.scale(self.screen.get()))
    }
}

/// The pointers down on the map, in pixels from its box's corner, and whether they moved it.
#[derive(Default)]
struct Touches {
    down: Vec<(i32, Point)>,
    travel: f64,
    dragged: bool,
}

/// Turns the map's pointer, wheel and key events into moves of its [`Camera`].
#[derive(Clone, Copy)]
pub(super) struct Hands {
    camera: Camera,
    svg: NodeRef<Svg>,
    touches: StoredValue<Touches>,
}

impl Hands {
    pub fn new(camera: Camera, svg: NodeRef<Svg>) -> Hands {
        Hands {
            camera,
            svg,
            touches: StoredValue::new(Touches::default()),
        }
    }

    /// Where an event happened, in pixels from the corner of the map's box.
    pub fn pixel(self, ev: &MouseEvent) -> Option<Point> {
        let svg = self.svg.get_untracked()?;
        let rect = svg.get_bounding_client_rect();
        Some(Point {
            x: f64::from(ev.client_x()) - rect.left() - f64::from(svg.client_left()),
            y: f64::from(ev.client_y()) - rect.top() - f64::from(svg.client_top()),
        })
    }

    pub fn down(self, ev: PointerEvent) {
        let Some(at) = self.pixel(&ev) else { return };
        self.touches.update_value(|t| {
            if t.down.is_empty() {
                t.travel = 0.0;
                t.dragged = false;
            }
            t.down.push((ev.pointer_id(), at));
        });
    }

    pub fn moved(self, ev: PointerEvent) {
        let Some(at) = self.pixel(&ev) else { return };
        let id = ev.pointer_id();
        let screen = self.camera.screen.get_untracked();
        let mut capture = false;
        let next = self.touches.try_update_value(|t| {
            let i = t.down.iter().position(|(p, _)| *p == id)?;
            let before = t.down.clone();
            t.down[i].1 = at;
            let view = self.camera.view.get_untracked();
            match (before.as_slice(), t.down.as_slice()) {
                ([(_, a)], [_]) => {
                    t.travel += (at.x - a.x).hypot(at.y - a.y);
                    capture = !t.dragged && t.travel > DRAG_AFTER;
                    t.dragged |= capture;
                    t.dragged
                        .then(|| view.pan_by(at.x - a.x, at.y - a.y, screen))
                }
                ([(_, a0), (_, a1)], [(_, b0), (_, b1)]) => {
                    t.dragged = true;
                    let (was, now) = (middle(*a0, *a1), middle(*b0, *b1));
                    let factor = spread(*b0, *b1) / spread(*a0, *a1).max(1.0);
                    // The map follows the fingers' middle, then grows or shrinks around it.
                    Some(
                        view.pan_by(now.x - was.x, now.y - was.y, screen)
                            .zoom_at(factor, now, screen),
                    )
                }
                _ => None,
            }
        });
        if capture {
            // From now on the drag is the map's, even where the finger leaves it.
            if let Some(svg) = self.svg.get_untracked() {
                let _ = svg.set_pointer_capture(id);
            }
        }
        if let Some(Some(view)) = next {
            self.camera.view.set(view);
        }
    }

    pub fn up(self, ev: PointerEvent) {
        let id = ev.pointer_id();
        self.touches
            .update_value(|t| t.down.retain(|(p, _)| *p != id));
    }

    /// Whether the click that ends a gesture ends a drag rather than a tap (and should not
    /// act).
    pub fn was_drag(self) -> bool {
        self.touches
            .try_update_value(|t| std::mem::take(&mut t.dragged))
            .unwrap_or(false)
    }

    pub fn wheel(self, ev: WheelEvent) {
        let Some(at) = self.pixel(&ev) else { return };
        ev.prevent_default();
        let factor = WHEEL_ZOOM.powf(-ev.delta_y() / 100.0);
        let screen = self.camera.screen.get_untracked();
        self.camera
            .view
            .update(|v| *v = v.zoom_at(factor, at, screen));
    }

    pub fn key(self, ev: KeyboardEvent) {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if let Some(step) = Step::from_key(&ev.key()) {
            ev.prevent_default();
            self.camera.step(step);
        }
    }

    /// Keeps the camera's screen the size of the map's box, as the layout changes.
    pub fn watch_size(self) {
        let observer = StoredValue::new_local(None);
        Effect::new(move || {
            let Some(svg) = self.svg.get() else { return };
            let screen = self.camera.screen;
            let element = svg.clone();
            let measure = Closure::<dyn Fn()>::new(move || {
                screen.try_set(Screen {
                    width: f64::from(element.client_width()),
                    height: f64::from(element.client_height()),
                });
            });
            if let Ok(watching) = web_sys::ResizeObserver::new(measure.as_ref().unchecked_ref()) {
                watching.observe(&svg);
                observer.set_value(Some((watching, measure)));
            }
        });
        on_cleanup(move || {
            observer.try_with_value(|o| o.as_ref().map(|(watching, _)| watching.disconnect()));
        });
    }
}

fn middle(a: Point, b: Point) -> Point {
    Point {
        x: (a.x + b.x) / 2.0,
        y: (a.y + b.y) / 2.0,
    }
}

fn spread(a: Point, b: Point) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}
