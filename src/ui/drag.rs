//! Dragging something onto one of several places drawn this frame: a token onto a rung, an
//! answer onto a question at a phase. The view starts a drag, names the places as it draws
//! them, and asks once a frame, after drawing them all, whether something was let go.

use egui::{Painter, Pos2, Rect, Ui};

/// What is being dragged (`T`), and the places (`P`) it can be let go on, as drawn this
/// frame. Lives in view state, never in the session.
#[derive(Debug, Clone)]
pub struct DragAndDrop<T, P> {
    dragging: Option<T>,
    places: Vec<(P, Rect)>,
}

impl<T, P> Default for DragAndDrop<T, P> {
    fn default() -> Self {
        Self {
            dragging: None,
            places: Vec::new(),
        }
    }
}

impl<T: Copy, P: Copy + PartialEq> DragAndDrop<T, P> {
    /// Starts dragging `what`.
    pub fn start(&mut self, what: T) {
        self.dragging = Some(what);
    }

    /// What is being dragged, if anything.
    #[must_use]
    pub fn dragging(&self) -> Option<T> {
        self.dragging
    }

    /// Forgets last frame's places, before the view draws them again.
    pub fn clear_places(&mut self) {
        self.places.clear();
    }

    /// Names a place drawn this frame at `rect`.
    pub fn place(&mut self, place: P, rect: Rect) {
        self.places.push((place, rect));
    }

    /// The place under `pos`, as drawn this frame.
    #[must_use]
    pub fn place_at(&self, pos: Pos2) -> Option<P> {
        self.places
            .iter()
            .find(|(_, r)| r.contains(pos))
            .map(|(p, _)| *p)
    }

    /// Where `place` was drawn this frame.
    #[must_use]
    pub fn rect_of(&self, place: P) -> Option<Rect> {
        self.places
            .iter()
            .find(|(p, _)| *p == place)
            .map(|(_, r)| *r)
    }

    /// Call once a frame after every place is drawn. While something is dragged, `ghost`
    /// draws it under the pointer, above everything. When it is let go, returns it with the
    /// place it landed on, or `None` as place when it landed on none.
    pub fn drop_ui(
        &mut self,
        ui: &Ui,
        ghost: impl FnOnce(&Painter, Pos2, T),
    ) -> Option<(T, Option<P>)> {
        let what = self.dragging?;
        let (pointer, released) =
            ui.input(|i| (i.pointer.interact_pos(), i.pointer.any_released()));
        if let Some(pos) = pointer {
            let painter = ui.ctx().layer_painter(egui::LayerId::new(
                egui::Order::Tooltip,
                ui.scope_id().with("dragging"),
            ));
            ghost(&painter, pos, what);
        }
        if !released {
            return None;
        }
        self.dragging = None;
        Some((what, pointer.and_then(|p| self.place_at(p))))
    }
}
