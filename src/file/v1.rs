//! Format 1, the first. While it is the newest format, its session is the app's own model.
//!
//! When format 2 arrives, this module keeps a frozen copy of the format-1 types, and
//! `read` converts them forward with `TryFrom`, one version at a time, so every old file
//! keeps opening. `tests/fixtures/v1.ron` must always load.

use serde::{Deserialize, Serialize};

use super::{DiskStamp, LoadError, SaveError, Snapshot, describe, ron_options};
use crate::model::Session;

const VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    format_version: u32,
    session: Session,
}

#[derive(Serialize)]
struct FileV1Ref<'a> {
    format_version: u32,
    session: &'a Session,
}

/// Reads a format-1 file. Unknown fields are refused rather than dropped, so saving can
/// never silently lose something this version did not understand.
pub(super) fn read(text: &str) -> Result<Session, LoadError> {
    let file = ron_options()
        .from_str::<FileV1>(text)
        .map_err(|err| LoadError::Damaged {
            detail: describe(&err),
        })?;
    check_version(file.format_version)?;
    Ok(file.session)
}

/// The version inside the file must be the one it was read as.
fn check_version(found: u32) -> Result<(), LoadError> {
    if found == VERSION {
        Ok(())
    } else {
        Err(LoadError::Damaged {
            detail: crate::text::files::two_versions(found, VERSION),
        })
    }
}

pub(super) fn write(session: &Session) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ");
    let mut text = ron_options()
        .to_string_pretty(
            &FileV1Ref {
                format_version: VERSION,
                session,
            },
            config,
        )
        .map_err(|err| SaveError::Encode(err.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// A recovery snapshot: the session with when it was written and which file it belongs to.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SnapshotV1 {
    format_version: u32,
    written_at: u64,
    origin: Option<std::path::PathBuf>,
    /// Missing in snapshots written before it was added: then nothing is known.
    #[serde(default)]
    origin_stamp: Option<StampV1>,
    session: Session,
}

#[derive(Serialize)]
struct SnapshotV1Ref<'a> {
    format_version: u32,
    written_at: u64,
    origin: Option<&'a std::path::Path>,
    origin_stamp: Option<StampV1>,
    session: &'a Session,
}

/// A [`DiskStamp`] as a snapshot keeps it: the file's length, a hash of its bytes, and
/// when it was last changed (seconds and nanoseconds since 1970).
#[derive(Serialize, Deserialize, Clone, Copy)]
struct StampV1 {
    len: u64,
    hash: u64,
    modified: Option<(u64, u32)>,
}

impl From<DiskStamp> for StampV1 {
    fn from(stamp: DiskStamp) -> Self {
        let modified = stamp
            .modified
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| (d.as_secs(), d.subsec_nanos()));
        Self {
            len: stamp.len,
            hash: stamp.hash,
            modified,
        }
    }
}

impl From<StampV1> for DiskStamp {
    fn from(stamp: StampV1) -> Self {
        let modified = stamp.modified.and_then(|(secs, nanos)| {
            std::time::UNIX_EPOCH.checked_add(std::time::Duration::new(secs, nanos))
        });
        Self {
            modified,
            len: stamp.len,
            hash: stamp.hash,
        }
    }
}

pub(super) fn read_snapshot(text: &str) -> Result<Snapshot, LoadError> {
    let file = ron_options()
        .from_str::<SnapshotV1>(text)
        .map_err(|err| LoadError::Damaged {
            detail: describe(&err),
        })?;
    check_version(file.format_version)?;
    Ok(Snapshot {
        written_at: file.written_at,
        origin: file.origin,
        origin_stamp: file.origin_stamp.map(DiskStamp::from),
        session: file.session,
    })
}

pub(super) fn write_snapshot(snapshot: &Snapshot) -> Result<String, SaveError> {
    // Compact: a snapshot is for the app, not for people to read.
    ron_options()
        .to_string(&SnapshotV1Ref {
            format_version: VERSION,
            written_at: snapshot.written_at,
            origin: snapshot.origin.as_deref(),
            origin_stamp: snapshot.origin_stamp.map(StampV1::from),
            session: &snapshot.session,
        })
        .map_err(|err| SaveError::Encode(err.to_string()))
}
