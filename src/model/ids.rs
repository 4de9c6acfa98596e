//! Stable identifiers. Everything in a session refers to other things by id, never by
//! position in a list, so reordering or deleting never makes a reference point elsewhere.

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u64);

        impl From<u64> for $name {
            fn from(raw: u64) -> Self {
                Self(raw)
            }
        }

        impl $name {
            /// The raw number, for use as a key in view state.
            #[must_use]
            pub fn raw(self) -> u64 {
                self.0
            }
        }
    )*};
}

id_type!(
    /// A person in the group.
    ParticipantId,
    /// One meeting of the group.
    MeetingId,
    /// One word-association board.
    BoardId,
    /// A sticky note on a word board.
    NoteId,
    /// A named, coloured area on a word board.
    ThemeId,
    /// A rung of the ladder of participation.
    RungId,
    /// A subject the group names itself ("the council").
    CustomSubjectId,
    /// One token placed on the ladder.
    PlacementId,
    /// A phase of the Recovery River.
    PhaseId,
    /// An "I" statement of a river phase.
    StatementId,
    /// An answer written on the river.
    RiverNoteId,
);
