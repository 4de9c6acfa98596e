//! On Windows, puts the app's icon and name into the `.exe`, so Explorer, the taskbar and
//! Task Manager show them. Nothing happens for other systems.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=assets/icon.ico");
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
    }
}

/// Compiles a small resource file with MinGW's `windres` and links it into the program.
/// Without `windres` (another toolchain), the app still builds, with Windows' plain icon.
fn windows_resources() {
    let (Some(manifest), Some(out)) = (
        std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from),
        std::env::var_os("OUT_DIR").map(PathBuf::from),
    ) else {
        return;
    };
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let numbers: Vec<&str> = version.split(['.', '-']).take(3).collect();
    let comma_version = format!("{},0", numbers.join(","));
    let icon = manifest.join("assets").join("icon.ico");
    let rc = out.join("app.rc");
    let text = format!(
        "1 ICON \"{icon}\"\n\
         1 VERSIONINFO\n\
         FILEVERSION {comma_version}\n\
         PRODUCTVERSION {comma_version}\n\
         BEGIN\n\
           BLOCK \"StringFileInfo\"\n\
           BEGIN\n\
             BLOCK \"080904B0\"\n\
             BEGIN\n\
               VALUE \"FileDescription\", \"Stepping Stones\"\n\
               VALUE \"ProductName\", \"Stepping Stones\"\n\
               VALUE \"FileVersion\", \"{version}\"\n\
               VALUE \"ProductVersion\", \"{version}\"\n\
               VALUE \"OriginalFilename\", \"stepping-stones.exe\"\n\
             END\n\
           END\n\
           BLOCK \"VarFileInfo\"\n\
           BEGIN\n\
             VALUE \"Translation\", 0x809, 1200\n\
           END\n\
         END\n",
        icon = icon.display().to_string().replace('\\', "/"),
    );
    if let Err(err) = std::fs::write(&rc, text) {
        println!("cargo:warning=no Windows icon in the .exe: {err}");
        return;
    }
    let object = out.join("app-resources.o");
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| "x86_64-w64-mingw32-windres".into());
    match std::process::Command::new(&windres)
        .arg(&rc)
        .args(["-O", "coff", "-o"])
        .arg(&object)
        .status()
    {
        Ok(status) if status.success() => {
            println!("cargo:rustc-link-arg-bins={}", object.display());
        }
        Ok(status) => {
            println!("cargo:warning=no Windows icon in the .exe: {windres} failed ({status})");
        }
        Err(err) => {
            println!("cargo:warning=no Windows icon in the .exe: {windres} not found ({err})");
        }
    }
}
