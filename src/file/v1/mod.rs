//! Format 1, the first. Its types are its own (`types.rs`), frozen as format 1 was made,
//! and `convert.rs` turns them into the model and back. A change to the model therefore
//! never changes format 1 by accident: it stops compiling in `convert.rs` instead.
//! `tests/fixtures/v1.ron` must always load, and saving the example session must give
//! `tests/fixtures/example-v1-written.ron` byte for byte while format 1 is the newest.

mod convert;
mod types;

use super::{DiskStamp, LoadError, SaveError, Snapshot, describe, ron_options};
use crate::model::Session;
use types::{FileV1, SessionV1, SnapshotV1, StampV1};

const VERSION: u32 = 1;

/// Reads a format-1 file. Unknown fields are refused rather than dropped, so saving can
/// never silently lose something this version did not understand.
pub(super) fn read(text: &str) -> Result<Session, LoadError> {
    let file = ron_options()
        .from_str::<FileV1>(text)
        .map_err(|err| LoadError::Damaged {
            detail: describe(&err),
        })?;
    check_version(file.format_version)?;
    Ok(file.session.into())
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
            &FileV1 {
                format_version: VERSION,
                session: SessionV1::from(session),
            },
            config,
        )
        .map_err(|err| SaveError::Encode(err.to_string()))?;
    text.push('\n');
    Ok(text)
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
        session: file.session.into(),
    })
}

pub(super) fn write_snapshot(snapshot: &Snapshot) -> Result<String, SaveError> {
    // Compact: a snapshot is for the app, not for people to read.
    ron_options()
        .to_string(&SnapshotV1 {
            format_version: VERSION,
            written_at: snapshot.written_at,
            origin: snapshot.origin.clone(),
            origin_stamp: snapshot.origin_stamp.map(StampV1::from),
            session: SessionV1::from(&snapshot.session),
        })
        .map_err(|err| SaveError::Encode(err.to_string()))
}
