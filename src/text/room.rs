//! Words for running the room: text size, projector mode, the timer and motion.
