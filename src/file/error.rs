//! What can go wrong with a session file, in words a facilitator can act on.

use std::io;
use std::path::PathBuf;

/// Why a session file could not be opened. The file itself is never changed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("“{}” can't be found. It may have been moved, renamed or deleted.", path.display())]
    NotFound { path: PathBuf },
    #[error("“{}” is a folder, not a session file.", path.display())]
    IsFolder { path: PathBuf },
    #[error("Stepping Stones isn't allowed to read “{}”.", path.display())]
    NoPermission { path: PathBuf },
    #[error("“{}” couldn't be read: {source}.", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(
        "This file is {} MB, which is bigger than any session file should be (the limit is {} MB), so it was not opened.",
        size / 1_000_000,
        limit / 1_000_000
    )]
    TooLarge { size: u64, limit: u64 },
    #[error("This file is empty, so there is nothing to open.")]
    Empty,
    #[error("This file is not a Stepping Stones session: it is not plain text.")]
    NotText,
    #[error("This file is not a Stepping Stones session ({detail}).")]
    NotASession { detail: String },
    #[error(
        "This file was made by a newer Stepping Stones (file format {found}). This copy understands formats up to {supported}. Please update Stepping Stones to open it. The file has not been changed."
    )]
    NewerVersion { found: u32, supported: u32 },
    #[error(
        "Part of this file can't be read: {detail}. It was not opened, and it has not been changed."
    )]
    Damaged { detail: String },
    #[error(
        "This file doesn't hold together: {0}. It was not opened, and it has not been changed."
    )]
    Invalid(#[from] crate::model::Invalid),
}

/// Why a save did not happen. The old file, if there was one, is still whole.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("The folder “{}” can't be found. If it was on a USB stick or a network drive, it may have been removed.", folder.display())]
    FolderMissing { folder: PathBuf },
    #[error("“{}” is a folder, so a session can't be saved with that name.", path.display())]
    IsFolder { path: PathBuf },
    #[error("This place can't be written to: it may be read-only, or belong to someone else.")]
    NotAllowed,
    #[error("The disk is full.")]
    DiskFull,
    #[error("The file name is too long.")]
    NameTooLong,
    #[error("Writing the file went wrong: {0}.")]
    Io(io::Error),
    #[error("The session couldn't be turned into a file: {0}.")]
    Encode(String),
}

impl SaveError {
    /// Sorts an input/output error into the cases people can do something about.
    #[must_use]
    pub fn from_io(err: io::Error, folder: &std::path::Path) -> Self {
        use io::ErrorKind as K;
        match err.kind() {
            K::NotFound | K::NotADirectory => SaveError::FolderMissing {
                folder: folder.to_owned(),
            },
            K::PermissionDenied | K::ReadOnlyFilesystem => SaveError::NotAllowed,
            K::StorageFull | K::QuotaExceeded => SaveError::DiskFull,
            K::InvalidFilename => SaveError::NameTooLong,
            _ => SaveError::Io(err),
        }
    }
}

impl LoadError {
    /// Sorts an input/output error met while reading `path`.
    #[must_use]
    pub fn from_io(err: io::Error, path: &std::path::Path) -> Self {
        let path = path.to_owned();
        match err.kind() {
            io::ErrorKind::NotFound => LoadError::NotFound { path },
            io::ErrorKind::IsADirectory => LoadError::IsFolder { path },
            io::ErrorKind::PermissionDenied => LoadError::NoPermission { path },
            _ => LoadError::Io { path, source: err },
        }
    }
}
