//! How the planner follows a drag: the same [`DragEvent`]s come from the pointer
//! sensor and the keyboard sensor; the input only changes what is said and whether
//! focus follows the card.

use super::planner::{By, Planner};
use crate::announce::Said;
use crate::drag::{Drag, DragEvent, DragInput, DragSource, DropTarget};

impl Planner {
    pub(super) fn on_drag(&mut self, event: DragEvent) -> bool {
        match event {
            DragEvent::Started(drag) => {
                match drag.input {
                    // The pointer's drag closes any open menu.
                    DragInput::Pointer => self.menu = None,
                    DragInput::Keyboard => {
                        if let Some((title, from)) = self.lifted_card(&drag) {
                            self.said = Said::Lifted { title, from }.text();
                        }
                    }
                }
                self.drag = Some(drag);
                self.ghost_score = self.ghost();
                true
            }
            DragEvent::Target(target) => {
                let Some(drag) = self.drag.as_mut() else {
                    return false;
                };
                let moved = drag.target != target;
                drag.target = target;
                let keyboard = drag.input == DragInput::Keyboard;
                if !moved && !keyboard {
                    return false;
                }
                self.ghost_score = self.ghost();
                if keyboard {
                    if let Some(said) = self.aiming() {
                        self.said = said.text();
                    }
                }
                true
            }
            DragEvent::Dropped(target) => {
                let Some(mut drag) = self.drag.take() else {
                    return false;
                };
                self.ghost_score = None;
                drag.target = target;
                self.drop(drag);
                true
            }
            DragEvent::Cancelled => {
                let Some(drag) = self.drag.take() else {
                    return false;
                };
                self.ghost_score = None;
                if drag.input == DragInput::Keyboard {
                    if let Some((title, on)) = self.lifted_card(&drag) {
                        self.said = Said::MoveCancelled { title, on }.text();
                    }
                }
                true
            }
        }
    }

    fn drop(&mut self, drag: Drag) {
        let by = match drag.input {
            DragInput::Pointer => By::Pointer,
            DragInput::Keyboard => By::Focus,
        };
        let command = drag.command();
        let landed = command.is_some_and(|command| self.edit(command, by));
        if landed {
            return;
        }
        match drag.input {
            // Dropped where it was: nothing to say. Over nothing: say so.
            DragInput::Pointer if drag.command().is_none() => {
                let title = match &drag.source {
                    DragSource::Card(id) => self
                        .week()
                        .session(*id)
                        .map(|s| s.display_title().to_string())
                        .unwrap_or_default(),
                    DragSource::New(session) => session.kind.label().to_string(),
                };
                self.said = Said::NotMoved { title }.text();
            }
            DragInput::Pointer => {}
            DragInput::Keyboard => {
                if let Some((title, on)) = self.lifted_card(&drag) {
                    self.said = Said::DroppedBack { title, on }.text();
                }
            }
        }
    }

    /// The title of the card a drag holds, and the day it sits on.
    fn lifted_card(&self, drag: &Drag) -> Option<(String, usize)> {
        let DragSource::Card(id) = drag.source else {
            return None;
        };
        let week = self.week();
        let (day, _) = week.find(id)?;
        Some((week.session(id)?.display_title().to_string(), day))
    }

    /// "Friday, position 2 of 2. Score if dropped: 84.", or that Friday is full.
    fn aiming(&self) -> Option<Said> {
        let drag = self.drag.as_ref()?;
        let Some(DropTarget::Slot { day, index }) = drag.target else {
            return None;
        };
        if let Some(full) = drag.command()?.overfills(self.plan(), self.shown()) {
            return Some(Said::AimingAtFull(full));
        }
        let others = self.week().days[day]
            .iter()
            .filter(|s| !matches!(&drag.source, DragSource::Card(id) if *id == s.id))
            .count();
        Some(Said::Aiming {
            day,
            position: index + 1,
            of: others + 1,
            ghost: self.ghost_score.or(self.report().score),
        })
    }

    /// The score the week would get if the drag dropped where it aims now; none
    /// over a full day, which won't take it.
    pub(super) fn ghost(&self) -> Option<u8> {
        let command = self.drag.as_ref()?.command()?;
        if command.overfills(self.plan(), self.shown()).is_some() {
            return None;
        }
        match command.apply(self.plan(), self.shown()) {
            Some(preview) => super::scored::quick_score(&preview, self.shown()),
            None => self.report().score,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drag::keyboard::{Key, Step};
    use crate::state::planner::tests::{planner, TEMPO};
    use crate::state::Action;

    fn keys(start: Planner, keys: &[Key]) -> Planner {
        keys.iter().fold(start, |planner, key| {
            planner.after(Action::Key(TEMPO, *key)).unwrap_or(planner)
        })
    }

    #[test]
    fn the_keyboard_lifts_aims_and_drops_with_words_for_each() {
        let lifted = keys(planner(), &[Key::Lift]);
        assert_eq!(
            lifted.said,
            "Tempo lifted from Wednesday. Arrow keys move it, Space drops it, Escape cancels."
        );
        let aiming = keys(
            lifted,
            &[Key::Step(Step::NextDay), Key::Step(Step::NextDay)],
        );
        assert!(aiming.ghost_score.is_some());
        assert_eq!(
            aiming.said,
            format!(
                "Friday, position 1 of 2. Score if dropped: {}.",
                aiming.ghost_score.unwrap()
            )
        );
        let dropped = keys(aiming, &[Key::Lift]);
        assert_eq!(dropped.drag, None);
        assert_eq!(dropped.week().find(TEMPO), Some((4, 0)));
        assert_eq!(dropped.focus.map(|f| f.card), Some(TEMPO));
        assert!(dropped
            .said
            .starts_with("Tempo moved from Wednesday to Friday."));
    }

    #[test]
    fn escape_and_dropping_in_place_leave_the_card() {
        let cancelled = keys(
            planner(),
            &[Key::Lift, Key::Step(Step::PreviousDay), Key::Cancel],
        );
        assert_eq!(cancelled.week().find(TEMPO), Some((2, 0)));
        assert_eq!(cancelled.said, "Move cancelled. Tempo stays on Wednesday.");
        let back = keys(planner(), &[Key::Lift, Key::Lift]);
        assert_eq!(back.said, "Tempo dropped back on Wednesday.");
    }

    #[test]
    fn a_pointer_drop_over_nothing_says_so_and_focuses_nothing() {
        let start = planner()
            .after(Action::Drag(DragEvent::Started(Drag {
                source: DragSource::Card(TEMPO),
                input: DragInput::Pointer,
                target: None,
            })))
            .unwrap();
        let missed = start.after(Action::Drag(DragEvent::Dropped(None))).unwrap();
        assert_eq!(missed.said, "Tempo was not moved.");
        let friday = Some(DropTarget::Slot { day: 4, index: 0 });
        let landed = start
            .after(Action::Drag(DragEvent::Dropped(friday)))
            .unwrap();
        assert_eq!(landed.week().find(TEMPO), Some((4, 0)));
        assert_eq!(landed.focus, None);
    }
}
