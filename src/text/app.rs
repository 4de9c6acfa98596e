//! Words of the app part of the app.
