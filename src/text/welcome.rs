//! Words of the welcome view, shown before a session is open.

pub const APP_NAME: &str = "Stepping Stones";
pub const WHAT_IT_IS: &str = "A word board, the ladder of participation and the Recovery River, for groups who shape their services together. Everything stays on this computer, in one file that belongs to the group.";
pub const START_NEW: &str = "Start a new session";
pub const OPEN_FILE: &str = "Open a session file…";
pub const TRY_EXAMPLE: &str = "Try the example session";
pub const RECENT: &str = "Opened recently";
