//! Writing a file so that a crash, a full disk or a pulled USB stick never leaves it
//! half-written: the new content goes to a temporary file beside it, which then replaces
//! the old file in one step. The old content is kept as `NAME.bak`.

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::SaveError;

/// The backup file kept beside `path`: `group.ron` → `group.ron.bak`.
#[must_use]
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Whether a save keeps the previous content beside the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backup {
    /// Keep it as `NAME.bak` (the group's own files).
    Keep,
    /// Don't (the app's own recovery snapshots).
    None,
}

/// Replaces `path` with `bytes` atomically, keeping the previous content as a backup if
/// asked. On failure the old file is untouched and no temporary file is left behind.
pub fn write_atomic(path: &Path, bytes: &[u8], backup_mode: Backup) -> Result<(), SaveError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(SaveError::IsFolder {
            path: path.to_owned(),
        });
    }
    if !folder.is_dir() {
        return Err(SaveError::FolderMissing { folder });
    }
    let had_old = path.is_file() && backup_mode == Backup::Keep;
    let temp = temp_path(path);
    let backup = backup_path(path);
    let backup_temp = temp_path(&backup);
    let result = (|| {
        write_synced(&temp, bytes, path)?;
        // What is on the disk must be what was meant, before it takes the old file's place.
        if fs::read(&temp)? != bytes {
            return Err(std::io::Error::other(crate::text::files::READ_BACK_DIFFERS));
        }
        if had_old {
            // Copy rather than rename, so the real file exists at every moment.
            fs::copy(path, &backup_temp)?;
            File::open(&backup_temp)?.sync_all()?;
            fs::rename(&backup_temp, &backup)?;
        }
        fs::rename(&temp, path)?;
        sync_folder(&folder);
        Ok(())
    })();
    result.map_err(|err: std::io::Error| {
        let _ = fs::remove_file(&temp);
        let _ = fs::remove_file(&backup_temp);
        SaveError::from_io(err, &folder)
    })
}

fn write_synced(temp: &Path, bytes: &[u8], like: &Path) -> std::io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    file.write_all(bytes)?;
    file.flush()?;
    if let Ok(meta) = fs::metadata(like) {
        // Keep the old file's permissions, so saving never makes it more readable.
        file.set_permissions(meta.permissions())?;
    }
    file.sync_all()
}

/// A name beside `path` that no other save, in this process or another, is using.
fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".{}-{n}.tmp", std::process::id()));
    path.with_file_name(name)
}

/// Makes the rename itself survive a power cut. Not every system can sync a folder, and
/// the file is already safely written by then, so a failure here is not reported.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}
