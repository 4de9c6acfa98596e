//! The types of format 1, frozen: field names, their order and their serde attributes are
//! the format, so nothing here may change once files have been written with it. They mirror
//! the model as it was when format 1 was made; when the model moves on, these stay, and
//! `convert.rs` bridges the gap.
//!
//! Every id is a plain number (`#[serde(transparent)]`), dates are `"YYYY-MM-DD"`, and
//! enums are written by their variant names.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::Date;

/// A whole file: the version first, then the session.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileV1 {
    pub format_version: u32,
    pub session: SessionV1,
}

/// A recovery snapshot: the session with when it was written and which file it belongs to.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotV1 {
    pub format_version: u32,
    pub written_at: u64,
    pub origin: Option<std::path::PathBuf>,
    /// Missing in snapshots written before it was added: then nothing is known.
    #[serde(default)]
    pub origin_stamp: Option<StampV1>,
    pub session: SessionV1,
}

/// A file's stamp as a snapshot keeps it: the file's length, a hash of its bytes, and
/// when it was last changed (seconds and nanoseconds since 1970).
#[derive(Serialize, Deserialize, Clone, Copy)]
pub struct StampV1 {
    pub len: u64,
    pub hash: u64,
    pub modified: Option<(u64, u32)>,
}

/// Any id: a number, written bare.
#[derive(Serialize, Deserialize, Clone, Copy)]
#[serde(transparent)]
pub struct IdV1(pub u64);

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionV1 {
    pub title: String,
    pub group: String,
    pub participants: Vec<ParticipantV1>,
    pub meetings: Vec<MeetingV1>,
    pub current_meeting: Option<IdV1>,
    pub boards: Vec<BoardV1>,
    pub ladder: LadderV1,
    pub river: RiverV1,
    pub next_id: u64,
}

// People and meetings.

#[derive(Serialize, Deserialize, Clone, Copy)]
pub enum ColourV1 {
    Yellow,
    Blue,
    Green,
    Pink,
    Orange,
    Purple,
    Grey,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
pub enum SymbolV1 {
    Circle,
    Square,
    Triangle,
    Diamond,
    Star,
    Cross,
    Ring,
    Hexagon,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParticipantV1 {
    pub id: IdV1,
    pub name: String,
    pub colour: ColourV1,
    pub symbol: SymbolV1,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingV1 {
    pub id: IdV1,
    pub date: DateV1,
    pub title: String,
    pub attended: Vec<IdV1>,
    pub notes: String,
}

/// A calendar date, written `"YYYY-MM-DD"`. A day that does not exist is refused as the
/// file is read, with the place in the file where it stands.
#[derive(Clone, Copy)]
pub struct DateV1(pub Date);

impl Serialize for DateV1 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Self(date) = self;
        serializer.collect_str(&format_args!(
            "{:04}-{:02}-{:02}",
            date.year(),
            date.month(),
            date.day()
        ))
    }
}

impl<'de> Deserialize<'de> for DateV1 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let bad = || serde::de::Error::custom(crate::model::BadDate(text.clone()));
        let mut parts = text.trim().splitn(3, '-');
        let mut next = || parts.next().ok_or_else(bad);
        let year = next()?.parse().map_err(|_| bad())?;
        let month = next()?.parse().map_err(|_| bad())?;
        let day = next()?.parse().map_err(|_| bad())?;
        Date::new(year, month, day).map(Self).ok_or_else(bad)
    }
}

// The word board.

#[derive(Serialize, Deserialize, Clone, Copy)]
pub struct PointV1 {
    pub x: f32,
    pub y: f32,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
pub struct AreaV1 {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardV1 {
    pub id: IdV1,
    pub topic: String,
    pub notes: Vec<NoteV1>,
    pub themes: Vec<ThemeV1>,
    pub votes: Vec<VoteV1>,
    pub settings: BoardSettingsV1,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteV1 {
    pub id: IdV1,
    pub text: String,
    pub position: PointV1,
    pub author: Option<IdV1>,
    pub colour: ColourV1,
    pub theme: Option<IdV1>,
    pub hidden: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeV1 {
    pub id: IdV1,
    pub name: String,
    pub colour: ColourV1,
    pub area: AreaV1,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
pub enum VoteTargetV1 {
    Note(IdV1),
    Theme(IdV1),
}

#[derive(Serialize, Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct VoteV1 {
    pub voter: IdV1,
    pub target: VoteTargetV1,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct BoardSettingsV1 {
    pub words_per_person: u32,
    pub votes_per_person: u32,
    pub private_round: bool,
    pub votes_hidden: bool,
}

// The ladder.

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderV1 {
    pub rungs: Vec<RungV1>,
    pub custom_subjects: Vec<CustomSubjectV1>,
    pub placements: Vec<PlacementV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RungV1 {
    pub id: IdV1,
    pub name: String,
    pub description: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomSubjectV1 {
    pub id: IdV1,
    pub name: String,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
pub enum SubjectV1 {
    Organisation,
    Team,
    Participant(IdV1),
    Custom(IdV1),
}

#[derive(Serialize, Deserialize, Clone, Copy)]
pub enum PlacementKindV1 {
    Now,
    ShouldBe,
    Realistic,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacementV1 {
    pub id: IdV1,
    pub subject: SubjectV1,
    pub kind: PlacementKindV1,
    pub rung: IdV1,
    pub by: Option<IdV1>,
    pub agreed: bool,
    pub meeting: Option<IdV1>,
    pub reason: String,
    /// Placed from a phone and not yet shown to the room. Written only when set, so a file
    /// without tokens waiting is exactly as format 1 always was.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !*value
}

// The river.

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiverV1 {
    pub phases: Vec<PhaseV1>,
    pub notes: Vec<RiverNoteV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseV1 {
    pub id: IdV1,
    pub name: String,
    pub statements: Vec<StatementV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementV1 {
    pub id: IdV1,
    pub text: String,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
pub enum QuestionV1 {
    Effect,
    Barriers,
    Support,
    Activities,
    Resources,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiverNoteV1 {
    pub id: IdV1,
    pub phase: IdV1,
    pub question: QuestionV1,
    pub text: String,
    pub author: Option<IdV1>,
    pub colour: ColourV1,
}
