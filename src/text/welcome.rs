//! Words of the welcome part of the app.
