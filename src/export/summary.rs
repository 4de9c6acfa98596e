//! A written summary of the session (or of one meeting) in Markdown: the meetings, each
//! board's themes and notes with votes, the ladder with reasons and what moved since the
//! meeting before, and the river's answers by phase and question.

use std::fmt::Write as _;

use super::Names;
use crate::model::{
    Board, MeetingId, Placement, PlacementKind, Question, Session, Subject, VoteTarget,
};
use crate::text::export as words;

/// What the summary covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SummaryOptions {
    pub names: Names,
    /// One meeting (its ladder, and the change since the meeting before); `None` for the
    /// whole session, with the ladder at its latest meeting.
    pub meeting: Option<MeetingId>,
}

/// The summary as Markdown text.
#[must_use]
pub fn summary(session: &Session, options: SummaryOptions) -> String {
    // Ladder tokens from phones still waiting to be shown stay out, like face-down notes.
    let session = &*session.without_hidden_tokens();
    let mut out = String::new();
    let _ = writeln!(out, "# {}", one_line(&session.title));
    if !session.group.trim().is_empty() {
        let _ = writeln!(out, "\n{}", one_line(&session.group));
    }
    meetings(&mut out, session, options);
    for board in &session.boards {
        board_section(&mut out, session, board, options.names);
    }
    ladder(&mut out, session, options);
    river(&mut out, session, options.names);
    // One pass over everything written, so no control character gets through, whichever
    // part of the session it came from.
    match super::printable(&out) {
        std::borrow::Cow::Borrowed(_) => out,
        std::borrow::Cow::Owned(clean) => clean,
    }
}

/// Text on one line, with Markdown's own marks made harmless.
fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut safe = String::with_capacity(joined.len());
    for c in joined.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '#' | '[' | ']' | '<' | '>' | '|'
        ) {
            safe.push('\\');
        }
        safe.push(c);
    }
    safe
}

fn meetings(out: &mut String, session: &Session, options: SummaryOptions) {
    let shown: Vec<_> = session
        .meetings
        .iter()
        .filter(|m| options.meeting.is_none_or(|id| id == m.id))
        .collect();
    if shown.is_empty() {
        return;
    }
    let _ = write!(out, "\n## {}\n\n", words::MEETINGS);
    for m in shown {
        let _ = write!(out, "- {} — {}", m.date, one_line(&m.title));
        let came: Vec<String> = m
            .attended
            .iter()
            .map(|p| options.names.person(session, *p))
            .collect();
        match (options.names, came.len()) {
            (_, 0) => {}
            (Names::Show, _) => {
                let _ = write!(out, ". {}", words::came(&came.join(", ")));
            }
            (Names::Hide, n) => {
                let _ = write!(out, ". {}", words::people_came(n));
            }
        }
        out.push('\n');
        // Meeting notes are free text about people; without names they stay out.
        if options.names == Names::Show && !m.notes.trim().is_empty() {
            let _ = writeln!(out, "  {}", one_line(&m.notes));
        }
    }
}

fn board_section(out: &mut String, session: &Session, board: &Board, names: Names) {
    let _ = writeln!(out, "\n## {}\n", words::word_board(&one_line(&board.topic)));
    let shown = |n: &&crate::model::Note| !n.hidden;
    let hidden = board.notes.iter().filter(|n| n.hidden).count();
    let note_line = |out: &mut String, n: &crate::model::Note| {
        let _ = write!(out, "- {}", one_line(&n.text));
        let count = board.votes_for(VoteTarget::Note(n.id));
        if count > 0 && !board.settings.votes_hidden {
            let _ = write!(out, " ({})", words::votes(count));
        }
        if let Some(author) = names.author(session, n.author) {
            let _ = write!(out, " — {}", one_line(&author));
        }
        out.push('\n');
    };
    for theme in &board.themes {
        let _ = write!(out, "### {}", one_line(&theme.name));
        let count = board.votes_for(VoteTarget::Theme(theme.id));
        if count > 0 && !board.settings.votes_hidden {
            let _ = write!(out, " ({})", words::votes(count));
        }
        out.push_str("\n\n");
        for n in board
            .notes
            .iter()
            .filter(shown)
            .filter(|n| n.theme == Some(theme.id))
        {
            note_line(out, n);
        }
        out.push('\n');
    }
    let loose: Vec<_> = board
        .notes
        .iter()
        .filter(shown)
        .filter(|n| n.theme.is_none())
        .collect();
    if !loose.is_empty() {
        if !board.themes.is_empty() {
            let _ = write!(out, "### {}\n\n", words::NOT_IN_A_THEME);
        }
        for n in loose {
            note_line(out, n);
        }
    }
    if hidden > 0 {
        let _ = writeln!(out, "\n{}", words::face_down(hidden));
    }
}

fn subject_name(session: &Session, subject: Subject, names: Names) -> String {
    match subject {
        Subject::Participant(id) => crate::text::model::in_their_role(&names.person(session, id)),
        other => session.subject_name(other),
    }
}

fn kind_name(kind: PlacementKind) -> &'static str {
    match kind {
        PlacementKind::Now => words::NOW,
        PlacementKind::ShouldBe => words::SHOULD_BE,
        PlacementKind::Realistic => words::REALISTIC,
    }
}

fn ladder(out: &mut String, session: &Session, options: SummaryOptions) {
    let meeting = options.meeting.or_else(|| {
        session
            .current_meeting
            .or_else(|| session.meetings.last().map(|m| m.id))
    });
    let placements: Vec<&Placement> = session
        .ladder
        .placements
        .iter()
        .filter(|p| p.meeting == meeting)
        .collect();
    if placements.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}", words::LADDER);
    if let Some(m) = meeting.and_then(|m| session.meeting(m)) {
        let _ = writeln!(
            out,
            "\n{}",
            words::at_the_meeting(&m.date, &one_line(&m.title))
        );
    }
    let who = |p: &Placement| match p.by {
        Some(id) => options.names.person(session, id),
        None => words::AGREED_BY_THE_GROUP.to_owned(),
    };
    out.push('\n');
    for (index, r) in session.ladder.rungs.iter().enumerate().rev() {
        let here: Vec<_> = placements.iter().filter(|p| p.rung == r.id).collect();
        if here.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {}. {}\n", index + 1, one_line(&r.name));
        for p in here {
            let _ = write!(
                out,
                "- {}: {} ({})",
                subject_name(session, p.subject, options.names),
                kind_name(p.kind),
                who(p)
            );
            if !p.reason.trim().is_empty() {
                let _ = write!(out, " — “{}”", one_line(&p.reason));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    // What moved since the meeting before this one.
    let position = meeting.and_then(|m| session.meetings.iter().position(|x| x.id == m));
    let Some(before) = position
        .and_then(|i| i.checked_sub(1))
        .map(|i| &session.meetings[i])
    else {
        return;
    };
    let moves: Vec<String> = session
        .ladder
        .moves(Some(before.id), meeting)
        .into_iter()
        .map(|(then, now)| {
            format!(
                "- {} ({}, {}): {}",
                subject_name(session, now.subject, options.names),
                kind_name(now.kind),
                who(now),
                words::from_to(
                    session.ladder.rung_name(then.rung),
                    session.ladder.rung_name(now.rung)
                )
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "### {}\n",
        words::since(&before.date, &one_line(&before.title))
    );
    if moves.is_empty() {
        let _ = writeln!(out, "{}", words::NOTHING_MOVED);
    } else {
        for line in moves {
            let _ = writeln!(out, "{line}");
        }
    }
}

fn river(out: &mut String, session: &Session, names: Names) {
    let _ = writeln!(out, "\n## {}", words::RIVER);
    for phase in &session.river.phases {
        let _ = writeln!(out, "\n### {}\n", one_line(&phase.name));
        for s in &phase.statements {
            let _ = writeln!(out, "- {}", one_line(&s.text));
        }
        for question in Question::ALL {
            let answers: Vec<_> = session
                .river
                .notes
                .iter()
                .filter(|n| n.phase == phase.id && n.question == question)
                .collect();
            if answers.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n**{}**\n", question.text());
            for a in answers {
                let _ = write!(out, "- {}", one_line(&a.text));
                if let Some(author) = names.author(session, a.author) {
                    let _ = write!(out, " — {}", one_line(&author));
                }
                out.push('\n');
            }
        }
    }
}
