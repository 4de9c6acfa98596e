//! The session file: pretty RON with a `format_version` at the top, read version-first and
//! brought forward from older formats; written atomically with a backup beside it.
//!
//! Each format version is a module with its own frozen types (`v1/types.rs`), never the
//! model's: changing the model cannot change a format that files already use. A version's
//! module parses its text into those types and converts them to the model (`v1/convert.rs`).
//!
//! Adding format 2: copy `v1/` to `v2/` and change `v2/types.rs` to the new shape; give
//! `v2/convert.rs` the conversions between format 2 and the model, and put
//! `impl TryFrom<v1::SessionV1> for v2::SessionV2` (its error a [`LoadError`], for what
//! format 2 cannot hold) in `v2/`, so a format-1 file is read as format 1, brought forward
//! one step, then into the model. Then `v1` keeps only reading (its `From<&Session>` goes:
//! nothing writes format 1 any more), `read_version_body` sends 2 to `v2::read` and 1 through
//! the step, [`FORMAT_VERSION`] becomes 2 and `to_text` writes `v2`. Snapshots follow the
//! same path. Keep `tests/fixtures/v1.ron` and add a `tests/fixtures/v2.ron` written by the
//! new version: every fixture must keep loading, for as long as the app exists.

mod atomic;
mod error;
pub mod recovery;
mod v1;

use std::fs::File;
use std::io::Read as _;
use std::path::Path;

pub use atomic::{Backup, backup_path, write_atomic};
pub use error::{LoadError, SaveError};

use crate::model::Session;

/// The file format this build writes. Files of this version or older can be opened.
pub const FORMAT_VERSION: u32 = 1;

/// No real session comes near this; anything larger is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How deeply brackets may nest. A real session needs fewer than 10 levels.
const NESTING_LIMIT: usize = 64;

/// What a file on disk looked like when the app last read or wrote it, to notice when
/// another program changes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiskStamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
    hash: u64,
}

impl DiskStamp {
    fn of(bytes: &[u8], modified: Option<std::time::SystemTime>) -> Self {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self {
            modified,
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// The stamp of the file at `path` as it is now, or `None` if it is not there.
    #[must_use]
    pub fn read(path: &Path) -> Option<Self> {
        let (bytes, meta) = read_regular_file(path, MAX_FILE_BYTES).ok()?;
        Some(Self::of(&bytes, meta.modified().ok()))
    }

    /// Whether the file at `path` differs from this stamp. A file that is gone counts as
    /// unchanged: saving then simply writes it again.
    #[must_use]
    pub fn changed_on_disk(&self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else {
            return false;
        };
        if meta.len() == self.len && meta.modified().ok() == self.modified {
            return false;
        }
        // The time or size moved; only different content counts as a change.
        Self::read(path).is_some_and(|now| now.len != self.len || now.hash != self.hash)
    }
}

/// Reads a session file. The file is only read, never changed.
pub fn load(path: &Path) -> Result<Session, LoadError> {
    load_with_stamp(path).map(|(session, _)| session)
}

/// Reads a session file, with its stamp for noticing later changes by other programs.
pub fn load_with_stamp(path: &Path) -> Result<(Session, DiskStamp), LoadError> {
    let (bytes, meta) = read_regular_file(path, MAX_FILE_BYTES)?;
    let session = from_bytes(&bytes)?;
    Ok((session, DiskStamp::of(&bytes, meta.modified().ok())))
}

/// Reads the whole of an ordinary file of at most `limit` bytes. Anything else a path can
/// name (a folder, a named pipe, a device such as `/dev/zero`, a socket) is refused before
/// it is opened, because reading one could wait forever or never end.
pub fn read_regular_file(
    path: &Path,
    limit: u64,
) -> Result<(Vec<u8>, std::fs::Metadata), LoadError> {
    let io = |err| LoadError::from_io(err, path);
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(LoadError::IsFolder {
            path: path.to_owned(),
        });
    }
    if !meta.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_owned(),
        });
    }
    if meta.len() > limit {
        return Err(LoadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::new();
    // Read one byte past the limit, in case the file grew since we looked at its size.
    File::open(path)
        .map_err(io)?
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok((bytes, meta))
}

/// Reads a session from the bytes of a file.
pub fn from_bytes(bytes: &[u8]) -> Result<Session, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    from_text(text)
}

/// Reads a session from the text of a file: the version first, then the format it names.
pub fn from_text(text: &str) -> Result<Session, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let version = read_version(text)?;
    let mut session = read_version_body(version, text)?;
    session.validate_and_repair()?;
    Ok(session)
}

/// Reads the body of a file whose version is known, bringing it forward to the model.
fn read_version_body(version: u32, text: &str) -> Result<Session, LoadError> {
    match version {
        0 => Err(LoadError::NotASession {
            detail: crate::text::files::VERSION_ZERO.to_owned(),
        }),
        1 => v1::read(text),
        found => Err(LoadError::NewerVersion {
            found,
            supported: FORMAT_VERSION,
        }),
    }
}

/// Unsaved work copied to the app's own folder, to offer back after a crash.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// When it was written, in seconds since 1970.
    pub written_at: u64,
    /// The session file it belongs to, if it was ever saved.
    pub origin: Option<std::path::PathBuf>,
    /// That file as it was when the session was last opened from it or saved to it, so
    /// that after a restore, Save only warns if another program really changed it since.
    pub origin_stamp: Option<DiskStamp>,
    pub session: Session,
}

/// Reads a recovery snapshot, with the same care as a session file.
pub fn snapshot_from_text(text: &str) -> Result<Snapshot, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    match read_version(text)? {
        1 => {
            let mut snapshot = v1::read_snapshot(text)?;
            snapshot.session.validate_and_repair()?;
            Ok(snapshot)
        }
        found => Err(LoadError::NewerVersion {
            found,
            supported: FORMAT_VERSION,
        }),
    }
}

/// A recovery snapshot as text, checked to read back as the same snapshot.
pub fn snapshot_to_text(snapshot: &Snapshot) -> Result<String, SaveError> {
    let text = v1::write_snapshot(snapshot)?;
    match snapshot_from_text(&text) {
        Ok(read) if read == *snapshot => Ok(text),
        Ok(_) => Err(SaveError::WouldNotReadBack(
            crate::text::files::READS_BACK_DIFFERENT.to_owned(),
        )),
        Err(err) => Err(SaveError::WouldNotReadBack(why_not(err))),
    }
}

/// The session as the text of a file in the current format.
pub fn to_text(session: &Session) -> Result<String, SaveError> {
    v1::write(session)
}

/// Saves a session atomically, keeping the previous file as `NAME.bak`. Returns the
/// stamp of what was written.
///
/// The app never writes a session it could not open again: the text is read back and must
/// give the very same session, or nothing is written and the old file stays as it was.
pub fn save(path: &Path, session: &Session) -> Result<DiskStamp, SaveError> {
    let text = to_text(session)?;
    check_reads_back(&text, session)?;
    write_atomic(path, text.as_bytes(), Backup::Keep)?;
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok(DiskStamp::of(text.as_bytes(), modified))
}

/// Whether `text` opens as exactly `session`.
fn check_reads_back(text: &str, session: &Session) -> Result<(), SaveError> {
    match from_text(text) {
        Ok(read) if read == *session => Ok(()),
        Ok(_) => Err(SaveError::WouldNotReadBack(
            crate::text::files::READS_BACK_DIFFERENT.to_owned(),
        )),
        Err(err) => Err(SaveError::WouldNotReadBack(why_not(err))),
    }
}

/// What stands in the way of reading back, in words that fit after "would not open again".
fn why_not(err: LoadError) -> String {
    match err {
        LoadError::Invalid(invalid) => format!("{}.", invalid.0),
        other => other.to_string(),
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(NESTING_LIMIT)
}

/// Puts a parse error into words, with where in the file it is.
fn describe(err: &ron::error::SpannedError) -> String {
    crate::text::files::at_place(err.span.start.line, err.span.start.col, &err.code)
}

/// Reads `format_version` before anything else in the file is trusted. The app writes it
/// first, so a glance at the start usually finds it; otherwise the whole file is read for it,
/// skipping over everything else. (The format's own reader checks the version again.)
fn read_version(text: &str) -> Result<u32, LoadError> {
    #[derive(serde::Deserialize)]
    struct Probe {
        format_version: u32,
    }
    if let Some(found) = scan_version(text) {
        return Ok(found);
    }
    match ron_options().from_str::<Probe>(text) {
        Ok(probe) => Ok(probe.format_version),
        Err(err) => Err(LoadError::NotASession {
            detail: crate::text::files::no_version(&describe(&err)),
        }),
    }
}

/// Finds the version in a file laid out as the app writes it, `(format_version: N, ...`,
/// without parsing the rest. Anything else (a comment first, `0x1`, `1_0`, `+1`) gives
/// `None`, and the full parse, which knows every way RON writes a number, decides.
fn scan_version(text: &str) -> Option<u32> {
    let after = text
        .trim_start()
        .strip_prefix('(')?
        .trim_start()
        .strip_prefix("format_version")?
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let end = after
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after.len());
    let (digits, rest) = after.split_at(end);
    // Only a plain number that ends where the field ends: `1e3` or `1.0` are not versions.
    if !rest.trim_start().starts_with([',', ')']) {
        return None;
    }
    digits.parse().ok()
}
