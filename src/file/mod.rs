//! The session file: pretty RON with a `format_version` at the top, read version-first and
//! brought forward from older formats; written atomically with a backup beside it.

mod atomic;
mod error;
mod v1;

use std::fs::File;
use std::io::Read as _;
use std::path::Path;

pub use atomic::{backup_path, write_atomic};
pub use error::{LoadError, SaveError};

use crate::model::Session;

/// The file format this build writes. Files of this version or older can be opened.
pub const FORMAT_VERSION: u32 = 1;

/// No real session comes near this; anything larger is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How deeply brackets may nest. A real session needs fewer than 10 levels.
const NESTING_LIMIT: usize = 64;

/// Reads a session file. The file is only read, never changed.
pub fn load(path: &Path) -> Result<Session, LoadError> {
    let io = |err| LoadError::from_io(err, path);
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(LoadError::IsFolder {
            path: path.to_owned(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::new();
    // Read one byte past the limit, in case the file grew since we looked at its size.
    File::open(path)
        .map_err(io)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    from_bytes(&bytes)
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
    let mut session = match version {
        0 => {
            return Err(LoadError::NotASession {
                detail: "its format version is 0".to_owned(),
            });
        }
        1 => v1::read(text)?,
        found => {
            return Err(LoadError::NewerVersion {
                found,
                supported: FORMAT_VERSION,
            });
        }
    };
    session.validate_and_repair()?;
    Ok(session)
}

/// The session as the text of a file in the current format.
pub fn to_text(session: &Session) -> Result<String, SaveError> {
    v1::write(session)
}

/// Saves a session atomically, keeping the previous file as `NAME.bak`.
pub fn save(path: &Path, session: &Session) -> Result<(), SaveError> {
    write_atomic(path, to_text(session)?.as_bytes())
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(NESTING_LIMIT)
}

/// Puts a parse error into words, with where in the file it is.
fn describe(err: &ron::error::SpannedError) -> String {
    format!(
        "line {}, column {}: {}",
        err.span.start.line, err.span.start.col, err.code
    )
}

/// Reads only `format_version`, skipping over the rest, so a file from a newer version is
/// recognised before anything else in it is trusted.
fn read_version(text: &str) -> Result<u32, LoadError> {
    #[derive(serde::Deserialize)]
    struct Probe {
        format_version: u32,
    }
    match ron_options().from_str::<Probe>(text) {
        Ok(probe) => Ok(probe.format_version),
        Err(err) => match scan_version(text) {
            // A newer format may use syntax this version can't follow; say so plainly.
            Some(found) if found > FORMAT_VERSION => Err(LoadError::NewerVersion {
                found,
                supported: FORMAT_VERSION,
            }),
            Some(_) => Err(LoadError::Damaged {
                detail: describe(&err),
            }),
            None => Err(LoadError::NotASession {
                detail: format!("it has no format version; {}", describe(&err)),
            }),
        },
    }
}

/// Finds `format_version: N` near the start of the text without parsing the rest.
fn scan_version(text: &str) -> Option<u32> {
    let head: String = text.chars().take(4096).collect();
    let after = &head[head.find("format_version")? + "format_version".len()..];
    let after = after.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
