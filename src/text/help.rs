//! Words of the help part of the app.
