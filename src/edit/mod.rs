//! Every change to a session is a [`Command`], and [`apply`] is the only code that writes
//! to the model. Applying a command returns its inverse, which is what undo applies; undoing
//! returns the command again, so redo reuses the very same ids.

mod board;
pub mod import;
mod ladder;
mod river;
mod weight;

pub use board::{BoardPatch, NoteLayout};
pub use ladder::LadderCommand;
pub use river::RiverCommand;

use crate::model::{
    Area, Board, BoardId, BoardSettings, Colour, CustomSubjectId, Date, Meeting, MeetingId, Note,
    NoteId, Participant, ParticipantId, PhaseId, PlacementId, Point, RiverNoteId, RungId, Session,
    StatementId, Symbol, ThemeId, Vote,
};

/// The longest a note on a board or an answer on the river may be, in characters. Notes are
/// short on purpose: a word or phrase that stays readable on a projector.
pub const NOTE_MAX_CHARS: usize = 140;

/// A piece of text in the session that people can edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    SessionTitle,
    GroupName,
    ParticipantName(ParticipantId),
    MeetingTitle(MeetingId),
    MeetingNotes(MeetingId),
    BoardTopic(BoardId),
    NoteText(BoardId, NoteId),
    ThemeName(BoardId, ThemeId),
    RungName(RungId),
    RungDescription(RungId),
    CustomSubjectName(CustomSubjectId),
    PlacementReason(PlacementId),
    PhaseName(PhaseId),
    StatementText(PhaseId, StatementId),
    RiverNoteText(RiverNoteId),
}

impl TextField {
    /// The longest text the field keeps, in characters. Notes are short on purpose: a word
    /// or phrase that stays readable on a projector.
    #[must_use]
    pub fn max_chars(self) -> usize {
        match self {
            TextField::NoteText(..) | TextField::RiverNoteText(_) => NOTE_MAX_CHARS,
            TextField::ParticipantName(_)
            | TextField::ThemeName(..)
            | TextField::RungName(_)
            | TextField::PhaseName(_)
            | TextField::CustomSubjectName(_) => 60,
            TextField::SessionTitle
            | TextField::GroupName
            | TextField::MeetingTitle(_)
            | TextField::BoardTopic(_) => 120,
            TextField::StatementText(..)
            | TextField::RungDescription(_)
            | TextField::PlacementReason(_) => 400,
            TextField::MeetingNotes(_) => 10_000,
        }
    }
}

/// One change to a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Replace a piece of text (cut to the field's length limit).
    SetText {
        field: TextField,
        text: String,
    },
    /// Add a person with the next free colour and symbol.
    AddParticipant {
        name: String,
    },
    /// Remove a person. Their notes stay, without a name; their attendance, votes and own
    /// placements go. Undo brings everything back.
    RemoveParticipant(ParticipantId),
    /// Change how a person is shown.
    SetParticipantLook {
        id: ParticipantId,
        colour: Colour,
        symbol: Symbol,
    },
    /// Start a meeting on `date` and make it the current one.
    AddMeeting {
        date: Date,
        title: String,
    },
    /// Remove a meeting; ladder placements made at it stay, without a meeting.
    RemoveMeeting(MeetingId),
    SetMeetingDate {
        id: MeetingId,
        date: Date,
    },
    /// Tick or untick that a person came to a meeting.
    SetAttendance {
        meeting: MeetingId,
        participant: ParticipantId,
        present: bool,
    },
    /// Choose the meeting that new placements belong to.
    SetCurrentMeeting(Option<MeetingId>),
    /// Add an empty board after the others.
    AddBoard {
        topic: String,
    },
    /// Remove a board and everything on it (undo brings it back).
    RemoveBoard(BoardId),
    /// Put a board back at a place in the list.
    InsertBoard {
        index: usize,
        board: Box<Board>,
    },
    /// Put back the layout, themes, votes and settings a change over many notes altered.
    /// The inverse of such changes; it holds only what they changed.
    PatchBoard(Box<BoardPatch>),
    /// Change how a board's activities run (words and votes per person, rounds).
    SetBoardSettings {
        board: BoardId,
        settings: BoardSettings,
    },
    /// Add a note. During a private round it is written face-down.
    AddNote {
        board: BoardId,
        text: String,
        position: Point,
        author: Option<ParticipantId>,
        colour: Colour,
        theme: Option<ThemeId>,
    },
    /// Remove notes, and the votes on them.
    RemoveNotes {
        board: BoardId,
        notes: Vec<NoteId>,
    },
    /// Put notes (and their votes) back at their places in the list.
    InsertNotes {
        board: BoardId,
        notes: Vec<(usize, Note)>,
        votes: Vec<(usize, Vote)>,
    },
    /// Move notes, each to a position and into a theme (or none).
    PlaceNotes {
        board: BoardId,
        places: Vec<(NoteId, Point, Option<ThemeId>)>,
    },
    SetNoteAuthor {
        board: BoardId,
        note: NoteId,
        author: Option<ParticipantId>,
    },
    SetNoteColour {
        board: BoardId,
        note: NoteId,
        colour: Colour,
    },
    /// Start a theme holding `notes`, laid out inside it.
    AddTheme {
        board: BoardId,
        name: String,
        notes: Vec<NoteId>,
    },
    /// Put notes into a theme (laid out inside it), or take them out of any theme.
    AssignToTheme {
        board: BoardId,
        notes: Vec<NoteId>,
        theme: Option<ThemeId>,
    },
    /// Move or resize a theme's area.
    SetThemeArea {
        board: BoardId,
        theme: ThemeId,
        area: Area,
    },
    SetThemeColour {
        board: BoardId,
        theme: ThemeId,
        colour: Colour,
    },
    /// Remove a theme; its notes stay on the board.
    RemoveTheme {
        board: BoardId,
        theme: ThemeId,
    },
    /// Lay a theme's notes out neatly in rows, and fit the theme around them.
    TidyTheme {
        board: BoardId,
        theme: ThemeId,
    },
    /// Turn every set of matching notes that are not yet in a theme into a theme.
    GroupSimilar {
        board: BoardId,
    },
    /// Make a new board about a theme, starting with copies of its notes.
    ExploreTheme {
        board: BoardId,
        theme: ThemeId,
    },
    /// Turn all face-down notes face up and end the private round.
    Reveal {
        board: BoardId,
    },
    /// Give one dot vote. Refused if the person has no votes left on this board.
    AddVote {
        board: BoardId,
        vote: Vote,
    },
    /// Take one dot vote back.
    RemoveVote {
        board: BoardId,
        vote: Vote,
    },
    /// Put a vote that was taken back at its place again (the undo of taking it back).
    InsertVote {
        board: BoardId,
        index: usize,
        vote: Vote,
    },
    /// A change to the ladder of participation.
    Ladder(LadderCommand),
    /// A change to the Recovery River.
    River(RiverCommand),
    /// Put the whole session back as it was. The inverse of changes that touch many places.
    Restore(Box<Session>),
    /// Several changes that undo and redo as one.
    Batch(Vec<Command>),
}

/// Something a command made, found from the command that undoes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Created {
    Note(BoardId, NoteId),
    Board(BoardId),
    RiverNote(RiverNoteId),
}

impl Created {
    /// What the command whose inverse is `inverse` created.
    #[must_use]
    pub fn by(inverse: &Command) -> Option<Self> {
        match inverse {
            Command::RemoveNotes { board, notes } if notes.len() == 1 => {
                Some(Created::Note(*board, notes[0]))
            }
            Command::RemoveBoard(id) => Some(Created::Board(*id)),
            Command::River(RiverCommand::RemoveNote(id)) => Some(Created::RiverNote(*id)),
            _ => None,
        }
    }
}

/// Why a command could not be applied. The session is left as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// What the command names was removed, for example by an undo.
    #[error("{}", crate::text::app::change_gone(.0))]
    Gone(&'static str),
    /// The session has no numbers left for new things.
    #[error(transparent)]
    IdsUsedUp(#[from] crate::model::IdsUsedUp),
    /// A dot vote beyond what the person has.
    #[error("{}", crate::text::app::no_votes_left(name, *votes))]
    NoVotesLeft { name: String, votes: u32 },
}

/// Applies `command` to `session` and returns the command that undoes it.
pub fn apply(session: &mut Session, command: Command) -> Result<Command, EditError> {
    match command {
        Command::SetText { field, text } => {
            let slot =
                text_mut(session, field).ok_or(EditError::Gone(crate::text::app::GONE_TEXT))?;
            let text: String = text.chars().take(field.max_chars()).collect();
            let old = std::mem::replace(slot, text);
            Ok(Command::SetText { field, text: old })
        }
        Command::AddParticipant { name } => {
            let (colour, symbol) = session.next_look();
            let id = session.allocate()?;
            let name = name
                .chars()
                .take(TextField::ParticipantName(id).max_chars())
                .collect();
            session.participants.push(Participant {
                id,
                name,
                colour,
                symbol,
            });
            Ok(Command::RemoveParticipant(id))
        }
        Command::RemoveParticipant(id) => {
            let before = session.clone();
            let index = session
                .participants
                .iter()
                .position(|p| p.id == id)
                .ok_or(EditError::Gone(crate::text::app::GONE_PERSON))?;
            session.participants.remove(index);
            forget_participant(session, id);
            Ok(Command::Restore(Box::new(before)))
        }
        Command::SetParticipantLook { id, colour, symbol } => {
            let p = session
                .participants
                .iter_mut()
                .find(|p| p.id == id)
                .ok_or(EditError::Gone(crate::text::app::GONE_PERSON))?;
            let old = Command::SetParticipantLook {
                id,
                colour: p.colour,
                symbol: p.symbol,
            };
            p.colour = colour;
            p.symbol = symbol;
            Ok(old)
        }
        Command::AddMeeting { date, title } => {
            let id = session.allocate()?;
            session.meetings.push(Meeting {
                id,
                date,
                title,
                attended: Vec::new(),
                notes: String::new(),
            });
            let previous = session.current_meeting.replace(id);
            Ok(Command::Batch(vec![
                Command::SetCurrentMeeting(previous),
                Command::RemoveMeeting(id),
            ]))
        }
        Command::RemoveMeeting(id) => {
            let before = session.clone();
            let index = session
                .meetings
                .iter()
                .position(|m| m.id == id)
                .ok_or(EditError::Gone(crate::text::app::GONE_MEETING))?;
            session.meetings.remove(index);
            if session.current_meeting == Some(id) {
                session.current_meeting = session.meetings.last().map(|m| m.id);
            }
            for p in &mut session.ladder.placements {
                if p.meeting == Some(id) {
                    p.meeting = None;
                }
            }
            Ok(Command::Restore(Box::new(before)))
        }
        Command::SetMeetingDate { id, date } => {
            let meeting = meeting_mut(session, id)?;
            let old = std::mem::replace(&mut meeting.date, date);
            Ok(Command::SetMeetingDate { id, date: old })
        }
        Command::SetAttendance {
            meeting,
            participant,
            present,
        } => {
            if session.participant(participant).is_none() {
                return Err(EditError::Gone(crate::text::app::GONE_PERSON));
            }
            let m = meeting_mut(session, meeting)?;
            let was = m.attended.contains(&participant);
            // Kept in order of id, so taking someone off and putting them back is no change.
            match (present, m.attended.binary_search(&participant)) {
                (true, Err(at)) => m.attended.insert(at, participant),
                (false, Ok(at)) => {
                    m.attended.remove(at);
                }
                _ => {}
            }
            Ok(Command::SetAttendance {
                meeting,
                participant,
                present: was,
            })
        }
        Command::SetCurrentMeeting(id) => {
            if let Some(id) = id {
                meeting_mut(session, id)?;
            }
            let old = std::mem::replace(&mut session.current_meeting, id);
            Ok(Command::SetCurrentMeeting(old))
        }
        Command::AddBoard { .. }
        | Command::RemoveBoard(_)
        | Command::InsertBoard { .. }
        | Command::PatchBoard(_)
        | Command::SetBoardSettings { .. }
        | Command::AddNote { .. }
        | Command::RemoveNotes { .. }
        | Command::InsertNotes { .. }
        | Command::PlaceNotes { .. }
        | Command::SetNoteAuthor { .. }
        | Command::SetNoteColour { .. }
        | Command::AddTheme { .. }
        | Command::AssignToTheme { .. }
        | Command::SetThemeArea { .. }
        | Command::SetThemeColour { .. }
        | Command::RemoveTheme { .. }
        | Command::TidyTheme { .. }
        | Command::GroupSimilar { .. }
        | Command::ExploreTheme { .. }
        | Command::Reveal { .. }
        | Command::AddVote { .. }
        | Command::RemoveVote { .. }
        | Command::InsertVote { .. } => board::apply(session, command),
        Command::Ladder(command) => ladder::apply(session, command),
        Command::River(command) => river::apply(session, command),
        Command::Restore(saved) => {
            let old = std::mem::replace(session, *saved);
            Ok(Command::Restore(Box::new(old)))
        }
        Command::Batch(commands) => {
            // If a step fails, undo the steps already done: never leave a change half-made.
            let mut inverses = Vec::with_capacity(commands.len());
            for command in commands {
                match apply(session, command) {
                    Ok(inverse) => inverses.push(inverse),
                    Err(err) => {
                        for inverse in inverses.into_iter().rev() {
                            // Each inverse was just produced against this very state.
                            let _ = apply(session, inverse);
                        }
                        return Err(err);
                    }
                }
            }
            inverses.reverse();
            Ok(Command::Batch(inverses))
        }
    }
}

fn meeting_mut(session: &mut Session, id: MeetingId) -> Result<&mut Meeting, EditError> {
    session
        .meetings
        .iter_mut()
        .find(|m| m.id == id)
        .ok_or(EditError::Gone(crate::text::app::GONE_MEETING))
}

/// Takes a removed person out of everything that referred to them.
fn forget_participant(session: &mut Session, id: ParticipantId) {
    for m in &mut session.meetings {
        m.attended.retain(|p| *p != id);
    }
    for b in &mut session.boards {
        for n in &mut b.notes {
            if n.author == Some(id) {
                n.author = None;
            }
        }
        b.votes.retain(|v| v.voter != id);
    }
    session
        .ladder
        .placements
        .retain(|p| p.by != Some(id) && p.subject != crate::model::Subject::Participant(id));
    for n in &mut session.river.notes {
        if n.author == Some(id) {
            n.author = None;
        }
    }
}

/// The text a field names, if it still exists.
pub fn text_mut(session: &mut Session, field: TextField) -> Option<&mut String> {
    match field {
        TextField::SessionTitle => Some(&mut session.title),
        TextField::GroupName => Some(&mut session.group),
        TextField::ParticipantName(id) => session
            .participants
            .iter_mut()
            .find(|p| p.id == id)
            .map(|p| &mut p.name),
        TextField::MeetingTitle(id) => meeting_mut(session, id).ok().map(|m| &mut m.title),
        TextField::MeetingNotes(id) => meeting_mut(session, id).ok().map(|m| &mut m.notes),
        TextField::BoardTopic(id) => board_mut(session, id).map(|b| &mut b.topic),
        TextField::NoteText(b, n) => board_mut(session, b)?
            .notes
            .iter_mut()
            .find(|x| x.id == n)
            .map(|x| &mut x.text),
        TextField::ThemeName(b, t) => board_mut(session, b)?
            .themes
            .iter_mut()
            .find(|x| x.id == t)
            .map(|x| &mut x.name),
        TextField::RungName(id) => rung_mut(session, id).map(|r| &mut r.name),
        TextField::RungDescription(id) => rung_mut(session, id).map(|r| &mut r.description),
        TextField::CustomSubjectName(id) => session
            .ladder
            .custom_subjects
            .iter_mut()
            .find(|c| c.id == id)
            .map(|c| &mut c.name),
        TextField::PlacementReason(id) => session
            .ladder
            .placements
            .iter_mut()
            .find(|p| p.id == id)
            .map(|p| &mut p.reason),
        TextField::PhaseName(id) => phase_mut(session, id).map(|p| &mut p.name),
        TextField::StatementText(p, s) => phase_mut(session, p)?
            .statements
            .iter_mut()
            .find(|x| x.id == s)
            .map(|x| &mut x.text),
        TextField::RiverNoteText(id) => session
            .river
            .notes
            .iter_mut()
            .find(|n| n.id == id)
            .map(|n| &mut n.text),
    }
}

fn board_mut(session: &mut Session, id: BoardId) -> Option<&mut Board> {
    session.boards.iter_mut().find(|b| b.id == id)
}

fn rung_mut(session: &mut Session, id: RungId) -> Option<&mut crate::model::Rung> {
    session.ladder.rungs.iter_mut().find(|r| r.id == id)
}

fn phase_mut(session: &mut Session, id: PhaseId) -> Option<&mut crate::model::Phase> {
    session.river.phases.iter_mut().find(|p| p.id == id)
}
