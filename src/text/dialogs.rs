//! Words of the dialogs part of the app.
