//! Words of the session part of the app.
