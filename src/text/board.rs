//! Words of the board part of the app.
