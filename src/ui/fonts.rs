//! The fonts every surface draws with: the window, pictures, projector mode and the tests.
//!
//! egui's own fonts cover Latin, Greek, Cyrillic and emoji. The app adds the scripts that
//! groups in England and Wales write in (see `assets/fonts/README.md`), cut down to the
//! script's own letters so the program stays small, and asks the computer for anything
//! else (rare Chinese characters, Korean, Thai …) through its own font fallback.
//!
//! egui 0.37 shapes text with `harfrust`, so letters join (Arabic) and combine (Devanagari,
//! Bengali, Tamil …) within a word; putting the words of a right-to-left line in reading
//! order is done by [`crate::ui::bidi`].

use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

use egui::{FontData, FontDefinitions, FontFamily, FontId};

/// A bundled font: its name in egui's font list and its bytes.
struct Bundled {
    name: &'static str,
    bytes: &'static [u8],
}

/// The bundled fonts, in the order egui tries them after its own main font.
const BUNDLED: &[Bundled] = &[
    Bundled {
        name: "NotoSansArabic",
        bytes: include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    },
    Bundled {
        name: "NotoSansHebrew",
        bytes: include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf"),
    },
    Bundled {
        name: "NotoSansDevanagari",
        bytes: include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    },
    Bundled {
        name: "NotoSansBengali",
        bytes: include_bytes!("../../assets/fonts/NotoSansBengali-Regular.ttf"),
    },
    Bundled {
        name: "NotoSansGujarati",
        bytes: include_bytes!("../../assets/fonts/NotoSansGujarati-Regular.ttf"),
    },
    Bundled {
        name: "NotoSansGurmukhi",
        bytes: include_bytes!("../../assets/fonts/NotoSansGurmukhi-Regular.ttf"),
    },
    Bundled {
        name: "NotoSansTamil",
        bytes: include_bytes!("../../assets/fonts/NotoSansTamil-Regular.ttf"),
    },
    Bundled {
        name: "NotoSansSC-Common",
        bytes: include_bytes!("../../assets/fonts/NotoSansSC-Common.otf"),
    },
];

/// egui's fonts with the bundled ones added right after each family's main font, so
/// Latin text looks exactly as before and each script gets its own font before egui's
/// icon and emoji fallbacks are tried.
#[must_use]
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for font in BUNDLED {
        fonts.font_data.insert(
            font.name.to_owned(),
            Arc::new(FontData::from_static(font.bytes)),
        );
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        // Monospace starts with Hack and then Ubuntu for what Hack lacks.
        let after = if family == FontFamily::Monospace {
            2
        } else {
            1
        };
        let at = after.min(list.len());
        for (i, font) in BUNDLED.iter().enumerate() {
            list.insert(at + i, font.name.to_owned());
        }
    }
    fonts
}

/// The computer's fonts, found once per run and shared by every context (the window,
/// each picture), so they are only looked through once.
fn system_fonts() -> Arc<egui_system_font_provider::SystemFontProvider> {
    static PROVIDER: OnceLock<Arc<egui_system_font_provider::SystemFontProvider>> = OnceLock::new();
    Arc::clone(
        PROVIDER.get_or_init(|| Arc::new(egui_system_font_provider::SystemFontProvider::new())),
    )
}

/// Gives `ctx` the app's fonts. Called once for each context, wherever one is made.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
    ctx.add_font_provider(system_fonts());
}

/// The scripts in `texts` that no font on this computer can draw, named for people
/// ("Thai", "Hangul"), each once, in alphabetical order. Empty when everything can be drawn.
pub fn missing_scripts<'a>(
    ctx: &egui::Context,
    texts: impl IntoIterator<Item = &'a str>,
) -> Vec<&'static str> {
    use unicode_script::{Script, UnicodeScript as _};
    let chars: BTreeSet<char> = texts
        .into_iter()
        .flat_map(str::chars)
        .filter(|c| !c.is_ascii() && !c.is_control() && !is_invisible(*c))
        .collect();
    if chars.is_empty() {
        return Vec::new();
    }
    let font = FontId::proportional(16.0);
    let mut missing = BTreeSet::new();
    ctx.fonts_mut(|fonts| {
        for c in chars {
            if !fonts.has_glyph(&font, c) {
                missing.insert(match c.script() {
                    Script::Common | Script::Inherited | Script::Unknown => "symbol",
                    script => script.full_name(),
                });
            }
        }
    });
    missing.into_iter().collect()
}

/// Characters that are never drawn (joiners, direction marks, variation selectors), so a
/// font need not have them.
#[must_use]
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{E0100}'..='\u{E01EF}')
}

/// The board, ladder and river words of `session` that people wrote.
fn session_texts(session: &crate::model::Session) -> impl Iterator<Item = &str> {
    let people = session.participants.iter().map(|p| p.name.as_str());
    let boards = session.boards.iter().flat_map(|b| {
        std::iter::once(b.topic.as_str())
            .chain(b.notes.iter().map(|n| n.text.as_str()))
            .chain(b.themes.iter().map(|t| t.name.as_str()))
    });
    let rungs = session
        .ladder
        .rungs
        .iter()
        .flat_map(|r| [r.name.as_str(), r.description.as_str()]);
    let phases = session.river.phases.iter().map(|p| p.name.as_str());
    [session.title.as_str(), session.group.as_str()]
        .into_iter()
        .chain(people)
        .chain(boards)
        .chain(rungs)
        .chain(phases)
}

/// What the computer has no font for in `session`, said once a run for each script:
/// `Some` plain sentence for the status line the first time a script turns up that
/// nothing can draw, otherwise `None`. Looks again only when `state` (the session's
/// history state) or the session's size changes, not every frame.
#[must_use]
pub fn missing_fonts_notice(
    ctx: &egui::Context,
    session: &crate::model::Session,
    state: u64,
) -> Option<String> {
    #[derive(Clone, Default)]
    struct Told {
        looked_at: Option<(u64, usize, usize)>,
        scripts: BTreeSet<&'static str>,
    }
    let id = egui::Id::unique("stepping-stones-missing-fonts");
    let key = (
        state,
        session.boards.iter().map(|b| b.notes.len()).sum(),
        session.participants.len(),
    );
    let mut told: Told = ctx.data(|d| d.get_temp(id)).unwrap_or_default();
    if told.looked_at == Some(key) {
        return None;
    }
    told.looked_at = Some(key);
    let new: Vec<&'static str> = missing_scripts(ctx, session_texts(session))
        .into_iter()
        .filter(|s| told.scripts.insert(s))
        .collect();
    ctx.data_mut(|d| d.insert_temp(id, told));
    (!new.is_empty()).then(|| crate::text::app::no_font_for(&new))
}
