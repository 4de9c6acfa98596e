//! Words of the river part of the app.
