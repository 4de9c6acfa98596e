//! `cargo xtask dist`: the downloads, built into `dist/`.
//!
//! - Windows: the app cross-built for `x86_64-pc-windows-gnu` with MinGW, packed by NSIS
//!   into a per-user installer (`packaging/windows/installer.nsi`).
//! - Linux: a `.deb` made with `dpkg-deb` from a staged folder, and a plain `.tar.gz`.
//!
//! Each part first checks for the system tools it needs. As root with `apt-get` it installs
//! them; otherwise it stops and says what to install.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::icon::PNG_SIZES;

const WINDOWS_TARGET: &str = "x86_64-pc-windows-gnu";
const APP: &str = "stepping-stones";

/// Which downloads to build.
pub struct Parts {
    pub windows: bool,
    pub linux: bool,
}

/// Builds the chosen parts into `root/dist` and prints what was made, with sizes.
pub fn dist(root: &Path, parts: &Parts) -> Result<(), String> {
    let version = package_version(root)?;
    let dist = root.join("dist");
    fs::create_dir_all(&dist).map_err(|e| format!("could not make {}: {e}", dist.display()))?;
    let target = target_dir(root)?;
    let mut made = Vec::new();
    if parts.linux {
        made.extend(linux(root, &dist, &target, &version)?);
    }
    if parts.windows {
        made.push(windows(root, &dist, &target, &version)?);
    }
    println!("\nBuilt into {}:", dist.display());
    for path in made {
        let size = fs::metadata(&path).map_or(0, |m| m.len());
        println!("  {:>8.1} MB  {}", size as f64 / 1e6, path.display());
    }
    Ok(())
}

// The Windows installer.

fn windows(root: &Path, dist: &Path, target: &Path, version: &str) -> Result<PathBuf, String> {
    need_tools(&[
        ("x86_64-w64-mingw32-gcc", "gcc-mingw-w64-x86-64"),
        ("makensis", "nsis"),
    ])?;
    need_windows_target()?;
    cargo(
        root,
        &["build", "--release", "--locked", "--target", WINDOWS_TARGET],
    )?;
    let exe = target
        .join(WINDOWS_TARGET)
        .join("release")
        .join(format!("{APP}.exe"));
    let installer = dist.join(format!("{APP}-{version}-windows-setup.exe"));
    run(Command::new("makensis")
        .arg("-V2")
        .arg(format!("-DVERSION={version}"))
        .arg(format!("-DAPP_EXE={}", exe.display()))
        .arg(format!(
            "-DAPP_ICON={}",
            root.join("assets/icon.ico").display()
        ))
        .arg(format!("-DOUTFILE={}", installer.display()))
        .arg(root.join("packaging/windows/installer.nsi")))?;
    Ok(installer)
}

/// The Rust standard library for Windows, added with rustup when it is missing.
fn need_windows_target() -> Result<(), String> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("could not ask rustup which targets are installed: {e}"))?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == WINDOWS_TARGET)
    {
        return Ok(());
    }
    println!("Adding the Rust target {WINDOWS_TARGET} with rustup…");
    run(Command::new("rustup").args(["target", "add", WINDOWS_TARGET]))
}

// The Linux packages.

fn linux(root: &Path, dist: &Path, target: &Path, version: &str) -> Result<Vec<PathBuf>, String> {
    need_tools(&[("dpkg-deb", "dpkg"), ("tar", "tar"), ("gzip", "gzip")])?;
    cargo(root, &["build", "--release", "--locked"])?;
    let binary = target.join("release").join(APP);
    let deb = deb(root, dist, &binary, version)?;
    let tarball = tarball(root, dist, &binary, version)?;
    Ok(vec![deb, tarball])
}

fn deb(root: &Path, dist: &Path, binary: &Path, version: &str) -> Result<PathBuf, String> {
    let arch = capture(Command::new("dpkg").arg("--print-architecture"))?;
    let name = format!("{APP}_{version}_{arch}");
    let stage = fresh_dir(&dist.join("stage").join(&name))?;
    let usr = stage.join("usr");
    copy(binary, &usr.join("bin").join(APP), 0o755)?;
    copy(
        &root.join("packaging/linux/stepping-stones.desktop"),
        &usr.join("share/applications/stepping-stones.desktop"),
        0o644,
    )?;
    copy(
        &root.join("packaging/linux/stepping-stones.xml"),
        &usr.join("share/mime/packages/stepping-stones.xml"),
        0o644,
    )?;
    for size in PNG_SIZES {
        copy(
            &root.join(format!("assets/icon-{size}.png")),
            &usr.join(format!("share/icons/hicolor/{size}x{size}/apps/{APP}.png")),
            0o644,
        )?;
    }
    write(
        &usr.join(format!("share/doc/{APP}/copyright")),
        "Stepping Stones\nLicence: MIT OR Apache-2.0 (either, as you prefer).\n",
        0o644,
    )?;
    // The desktop, file-type and icon caches are refreshed by Debian's own triggers on
    // these folders, so the package needs no scripts of its own.
    let control = format!(
        "Package: {APP}\n\
         Version: {version}\n\
         Architecture: {arch}\n\
         Maintainer: The Stepping Stones project <stepping-stones@localhost>\n\
         Installed-Size: {size}\n\
         Depends: {depends}\n\
         Section: misc\n\
         Priority: optional\n\
         Description: canvases for co-production groups\n \
         A word board of sticky notes, the ladder of participation and the Recovery\n \
         River, for a facilitator and a group working on a service together. It works\n \
         offline and keeps each group's work in one plain file.\n",
        size = folder_kib(&stage)?,
        depends = DEB_DEPENDS,
    );
    write(&stage.join("DEBIAN/control"), &control, 0o644)?;
    let deb = dist.join(format!("{name}.deb"));
    run(Command::new("dpkg-deb")
        .args(["--root-owner-group", "-Zxz", "--build"])
        .arg(&stage)
        .arg(&deb))?;
    Ok(deb)
}

/// What the app needs at run time: the C library it links against, and the libraries
/// the window code opens as it starts (OpenGL, keyboard maps, X11). On a Wayland desktop
/// it opens the Wayland client library, which such a desktop always has.
const DEB_DEPENDS: &str = "libc6 (>= 2.35), libgcc-s1, libgl1, libegl1, libxkbcommon0, \
     libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcursor1, libxi6, libxrandr2";

fn tarball(root: &Path, dist: &Path, binary: &Path, version: &str) -> Result<PathBuf, String> {
    let arch = std::env::consts::ARCH;
    let name = format!("{APP}-{version}-{arch}-linux");
    let stage_parent = dist.join("stage");
    let stage = fresh_dir(&stage_parent.join(&name))?;
    copy(binary, &stage.join(APP), 0o755)?;
    copy(
        &root.join("packaging/linux/stepping-stones.desktop"),
        &stage.join("stepping-stones.desktop"),
        0o644,
    )?;
    copy(
        &root.join("assets/icon-256.png"),
        &stage.join("stepping-stones.png"),
        0o644,
    )?;
    write(&stage.join("README.txt"), &tarball_readme(version), 0o644)?;
    let tarball = dist.join(format!("{name}.tar.gz"));
    run(Command::new("tar")
        .args([
            "--owner=0",
            "--group=0",
            "--numeric-owner",
            "--sort=name",
            "-czf",
        ])
        .arg(&tarball)
        .arg("-C")
        .arg(&stage_parent)
        .arg(&name))?;
    Ok(tarball)
}

fn tarball_readme(version: &str) -> String {
    let mut text = format!("Stepping Stones {version}\n\n");
    let _ = write!(
        text,
        "Start it with ./stepping-stones (or ./stepping-stones our-group.ron to open a\n\
         session file). It needs a desktop with OpenGL; nothing else.\n\n\
         To see it in your desktop's menu, copy stepping-stones to ~/.local/bin,\n\
         stepping-stones.png to ~/.local/share/icons/hicolor/256x256/apps/ and\n\
         stepping-stones.desktop to ~/.local/share/applications/.\n\n\
         To remove it, delete those files again. Your sessions stay where you saved\n\
         them; unsaved work that was kept safe is in ~/.local/share/stepping-stones.\n"
    );
    text
}

// Helpers.

/// The version in the app's own Cargo.toml (`version = "…"` under `[package]`).
fn package_version(root: &Path) -> Result<String, String> {
    let manifest = root.join("Cargo.toml");
    let text = fs::read_to_string(&manifest)
        .map_err(|e| format!("could not read {}: {e}", manifest.display()))?;
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package && let Some(rest) = line.strip_prefix("version") {
            let value = rest.trim_start().trim_start_matches('=').trim();
            return Ok(value.trim_matches('"').to_owned());
        }
    }
    Err(format!(
        "no version under [package] in {}",
        manifest.display()
    ))
}

/// Where cargo puts what it builds (honours `CARGO_TARGET_DIR`).
fn target_dir(root: &Path) -> Result<PathBuf, String> {
    let json = capture(
        Command::new(cargo_program())
            .args(["metadata", "--format-version", "1", "--no-deps"])
            .current_dir(root),
    )?;
    let key = "\"target_directory\":\"";
    let start = json
        .find(key)
        .map(|i| i + key.len())
        .ok_or("cargo metadata did not say where the target folder is")?;
    let end = json[start..]
        .find('"')
        .ok_or("cargo metadata's target folder is cut short")?;
    Ok(PathBuf::from(
        json[start..start + end].replace("\\\\", "\\"),
    ))
}

fn cargo_program() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn cargo(root: &Path, args: &[&str]) -> Result<(), String> {
    run(Command::new(cargo_program()).args(args).current_dir(root))
}

/// Checks that each (command, Debian package) is there; installs the missing packages
/// when running as root with apt-get, and otherwise says how.
fn need_tools(tools: &[(&str, &str)]) -> Result<(), String> {
    let missing: Vec<&str> = tools
        .iter()
        .filter(|(command, _)| !on_path(command))
        .map(|(_, package)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing.join(" ");
    let root_user = capture(Command::new("id").arg("-u")).is_ok_and(|id| id == "0");
    if root_user && on_path("apt-get") {
        println!("Installing {list} with apt-get…");
        run(Command::new("apt-get").args(["update", "-qq"]))?;
        run(Command::new("apt-get")
            .args(["install", "-y", "-qq"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"))?;
        return Ok(());
    }
    Err(format!(
        "this needs some system tools that are not installed. On Debian or Ubuntu:\n\n    \
         sudo apt-get install {list}\n"
    ))
}

fn on_path(command: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(command).is_file()))
}

fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("could not start {}: {e}", command.get_program().display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

fn capture(command: &mut Command) -> Result<String, String> {
    let output = command
        .output()
        .map_err(|e| format!("could not start {}: {e}", command.get_program().display()))?;
    if !output.status.success() {
        return Err(format!(
            "{command:?} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// An empty folder at `path`, whatever was there before.
fn fresh_dir(path: &Path) -> Result<PathBuf, String> {
    if path.exists() {
        fs::remove_dir_all(path).map_err(|e| format!("could not clear {}: {e}", path.display()))?;
    }
    fs::create_dir_all(path).map_err(|e| format!("could not make {}: {e}", path.display()))?;
    Ok(path.to_owned())
}

fn copy(from: &Path, to: &Path, mode: u32) -> Result<(), String> {
    make_parent(to)?;
    fs::copy(from, to)
        .map_err(|e| format!("could not copy {} to {}: {e}", from.display(), to.display()))?;
    set_mode(to, mode)
}

fn write(path: &Path, text: &str, mode: u32) -> Result<(), String> {
    make_parent(path)?;
    fs::write(path, text).map_err(|e| format!("could not write {}: {e}", path.display()))?;
    set_mode(path, mode)
}

fn make_parent(path: &Path) -> Result<(), String> {
    match path.parent() {
        Some(parent) => fs::create_dir_all(parent)
            .map_err(|e| format!("could not make {}: {e}", parent.display())),
        None => Ok(()),
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
        .map_err(|e| format!("could not set the permissions of {}: {e}", path.display()))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> Result<(), String> {
    Ok(())
}

/// The size of everything under `folder`, in KiB, as Debian's Installed-Size wants it.
fn folder_kib(folder: &Path) -> Result<u64, String> {
    fn bytes(path: &Path) -> Result<u64, String> {
        let meta = fs::symlink_metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if !meta.is_dir() {
            return Ok(meta.len());
        }
        let mut total = 0;
        for entry in fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))? {
            let entry = entry.map_err(|e| format!("{}: {e}", path.display()))?;
            total += bytes(&entry.path())?;
        }
        Ok(total)
    }
    Ok(bytes(folder)?.div_ceil(1024))
}
