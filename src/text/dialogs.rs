//! Words of the questions that wait for an answer before anything else happens.

// Typing a path, on computers where no file chooser can be shown.

pub const WHERE_TO_SAVE: &str = "Where should the session be saved?";
pub const WHICH_TO_OPEN: &str = "Which session file should be opened?";
pub const NO_FILE_CHOOSER: &str = "Stepping Stones can't show a file chooser on this computer. Type the file's full path instead: the folders it is in, and its name.";
pub const FILE_PATH: &str = "File path";
