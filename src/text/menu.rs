//! Words of the menu part of the app.
