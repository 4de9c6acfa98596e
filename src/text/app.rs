//! Words of the app as a whole: the status line, and the few words used all over the app
//! (common buttons, "anonymous", who is writing).

// Buttons that many parts of the app share.

pub const SAVE: &str = "Save";
pub const OPEN: &str = "Open";
pub const CANCEL: &str = "Cancel";
pub const CLOSE: &str = "Close";
pub const REMOVE: &str = "Remove";
pub const DELETE: &str = "Delete";
pub const ADD: &str = "Add";
/// Move something one place up or down a list.
pub const UP: &str = "Up";
pub const DOWN: &str = "Down";
/// Shows a canvas (the ladder, the river) as a plain list instead.
pub const SHOW_LIST: &str = "Show as a list";

// Who wrote a note or an answer.

/// Shown instead of a name for notes and answers nobody signed.
pub const ANONYMOUS: &str = "anonymous";
pub const WRITING_AS: &str = "Writing as";
/// The accessible name of the "Writing as" list.
pub const WRITING_AS_SPOKEN: &str = "Writing new notes as";
