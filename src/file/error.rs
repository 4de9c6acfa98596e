//! What can go wrong with a session file, in words a facilitator can act on.

use std::io;
use std::path::PathBuf;

use crate::text::files as words;

/// Why a session file could not be opened. The file itself is never changed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}", words::not_found(path))]
    NotFound { path: PathBuf },
    #[error("{}", words::open_is_folder(path))]
    IsFolder { path: PathBuf },
    #[error("{}", words::not_a_file(path))]
    NotAFile { path: PathBuf },
    #[error("{}", words::no_permission(path))]
    NoPermission { path: PathBuf },
    #[error("{}", words::could_not_read(path, source))]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}", words::too_large(megabytes_rounded_up(*size), megabytes_rounded_up(*limit)))]
    TooLarge { size: u64, limit: u64 },
    #[error("{}", words::EMPTY_FILE)]
    Empty,
    #[error("{}", words::NOT_TEXT)]
    NotText,
    #[error("{}", words::not_a_session(detail))]
    NotASession { detail: String },
    #[error("{}", words::newer_version(*found, *supported))]
    NewerVersion { found: u32, supported: u32 },
    #[error("{}", words::damaged(detail))]
    Damaged { detail: String },
    #[error("{}", words::invalid(.0))]
    Invalid(#[from] crate::model::Invalid),
}

/// Why a save did not happen. The old file, if there was one, is still whole.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", words::folder_missing(folder))]
    FolderMissing { folder: PathBuf },
    #[error("{}", words::save_is_folder(path))]
    IsFolder { path: PathBuf },
    #[error("{}", words::NOT_ALLOWED)]
    NotAllowed,
    #[error("{}", words::DISK_FULL)]
    DiskFull,
    #[error("{}", words::NAME_TOO_LONG)]
    NameTooLong,
    #[error("{}", words::write_failed(.0))]
    Io(io::Error),
    #[error("{}", words::could_not_encode(.0))]
    Encode(String),
    /// What would be written could not be opened again; nothing was written.
    #[error("{}", words::would_not_read_back(.0))]
    WouldNotReadBack(String),
}

/// A megabyte as people see one in their file manager (Windows' Explorer counts in these):
/// 1024 × 1024 bytes.
const MEGABYTE: u64 = 1024 * 1024;

/// Whole megabytes, rounded up, so a file just over a limit never reads as equal to it.
fn megabytes_rounded_up(bytes: u64) -> u64 {
    bytes.div_ceil(MEGABYTE)
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
