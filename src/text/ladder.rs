//! Words of the ladder part of the app.
