//! Words of the files part of the app.
