//! The depth-first branch-and-bound over the space, resumable at any node.
//!
//! One level of the tree is one (class, day) pair: how many sessions of the class go on
//! that day. Classes are placed one after another, Monday to Sunday; Sunday takes what
//! is left. The first choice at every level is the count the day holds now, so the
//! first complete week reached is the current week (when the space holds it), and the
//! best week so far is a fair proposal from the first leaves on.
//!
//! A node is pruned when the sessions left can't fit the room left, or when the
//! objective's upper bound can't beat the best week found, counting what moves cost: a
//! node whose bound only ties the best score is pruned once its moves cost at least as
//! much (`Space::cost`: a move, a long-run move dearer, the top finding's advice
//! cheaper). A complete week that adds to the current week's key-session crowding is
//! never taken.
//! With the default bound ([`super::objective::MAX_SCORE`]), that is the only pruning
//! the score allows, and the search visits the whole space (deduplicated by class);
//! the board's score bounds partial weeks (`score::score_bound`) and cuts most of it.
//!
//! The tree lives in fixed per-level frames and one working week whose sessions move
//! between per-class pools and the days, so a step allocates nothing.

use super::climb::climb;
use super::objective::Objective;
use super::space::{PerDay, Space};
use crate::model::{Session, Week};
use crate::score::KeyCrowding;

/// One level's choices: `count` counts up to `hi`, `stay` first, then the rest downward.
#[derive(Clone, Copy, Debug, Default)]
struct Frame {
    hi: u16,
    stay: u16,
    /// Choices taken so far.
    next: u16,
    /// Choices in all (0 when the node was pruned).
    count: u16,
    /// The count applied at this level, while one is.
    chosen: u16,
    /// Skipped: the day can take none of the class (all placed, or no room).
    skipped: bool,
    /// The objective's bound at this node, once computed.
    bound: Option<u8>,
}

impl Frame {
    /// The `i`-th choice: `stay`, then `hi` downward, skipping `stay`.
    fn choice(&self, i: u16) -> u16 {
        if i == 0 {
            return self.stay;
        }
        let j = i - 1;
        if j < self.hi - self.stay {
            self.hi - j
        } else {
            self.hi - j - 1
        }
    }
}

/// The best complete week found so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Best {
    pub score: u8,
    /// What its moves cost (`Space::cost`): fewer moves, the long run kept, the top
    /// finding's advice taken.
    pub cost: u32,
    /// Sessions of each class on each day.
    pub placement: Vec<PerDay>,
}

/// The search state.
pub(crate) struct Engine<O> {
    pub space: Space,
    objective: O,
    /// The week being built: pinned sessions, then placed class samples.
    work: Week,
    /// Samples of each class not yet on a day.
    pools: Vec<Vec<Session>>,
    /// Every class's samples in class order: the unplaced ones are a suffix.
    samples: Vec<Session>,
    /// Where each class starts in `samples`.
    offsets: Vec<usize>,
    /// What the moves forced on each class and every later one cost (members on
    /// closed days).
    forced_from: Vec<u32>,
    /// The current week's key-session crowding: no proposal adds to it.
    crowding_now: KeyCrowding,
    occupied: PerDay,
    others: PerDay,
    rest_cards: PerDay,
    placement: Vec<PerDay>,
    placed: Vec<u16>,
    /// Members placed off their day now, and members whose day now got fewer, per class.
    excess: Vec<u32>,
    deficit: Vec<u32>,
    frames: Vec<Frame>,
    depth: usize,
    entering: bool,
    pub best: Option<Best>,
    pub explored: u64,
    pub finished: bool,
    seeded: bool,
}

impl<O: Objective> Engine<O> {
    pub fn new(week: &Week, space: Space, objective: O) -> Engine<O> {
        let mut work = Week::default();
        for pin in &space.pinned {
            work.days[pin.day].push(week.days[pin.day][pin.position].clone());
        }
        let pools: Vec<Vec<Session>> = space
            .classes
            .iter()
            .map(|c| vec![c.sample.clone(); c.members.len()])
            .collect();
        let mut samples = Vec::new();
        let mut offsets = Vec::new();
        for class in &space.classes {
            offsets.push(samples.len());
            samples.extend(std::iter::repeat_n(
                class.sample.clone(),
                class.members.len(),
            ));
        }
        let n = space.classes.len();
        let mut forced_from = vec![0u32; n + 1];
        for c in (0..n).rev() {
            let class = &space.classes[c];
            let forced: u32 = (0..7)
                .filter(|&d| !space.open[d])
                .map(|d| u32::from(class.now[d]))
                .sum();
            forced_from[c] = forced_from[c + 1] + forced * space.move_cost(c);
        }
        let occupied = space.pinned_all;
        let rest_cards = space.pinned_rest;
        let others: PerDay = std::array::from_fn(|d| occupied[d] - rest_cards[d]);
        let crowding_now = objective.key_crowding(week);
        Engine {
            crowding_now,
            objective,
            work,
            pools,
            samples,
            offsets,
            forced_from,
            occupied,
            others,
            rest_cards,
            placement: vec![[0; 7]; n],
            placed: vec![0; n],
            excess: vec![0; n],
            deficit: vec![0; n],
            frames: vec![Frame::default(); n * 7],
            depth: 0,
            entering: true,
            best: None,
            explored: 0,
            finished: false,
            seeded: false,
            space,
        }
    }

    pub fn objective(&self) -> &O {
        &self.objective
    }

    fn levels(&self) -> usize {
        self.frames.len()
    }

    /// Sessions of class `c` day `d` may still take.
    fn room(&self, c: usize, d: usize) -> u16 {
        let space = &self.space;
        if !space.open[d] {
            return 0;
        }
        let room = space.caps[d].saturating_sub(self.occupied[d]);
        if !space.days_off_kept {
            return room;
        }
        if space.classes[c].rest {
            if self.others[d] > 0 {
                let sharing = space.rest_sharing[d].saturating_sub(self.rest_cards[d]);
                return room.min(sharing);
            }
            room
        } else if self.rest_cards[d] > space.rest_sharing[d] {
            // A day off (a pinned rest card alone now) takes no other session.
            0
        } else {
            room
        }
    }

    /// The least any week below the current node can cost (`Space::cost`), the
    /// advice's discount given.
    fn cost_at_least(&self, c: usize) -> u32 {
        let done: u32 = (0..c)
            .map(|k| self.excess[k] * self.space.move_cost(k))
            .sum();
        let here = self.excess[c].max(self.deficit[c]) * self.space.move_cost(c);
        let least = done + here + self.forced_from[c + 1];
        least.saturating_sub(u32::from(self.space.advice.is_some()))
    }

    /// Sets up the frame of the level at `depth`; false when the node is pruned.
    fn enter(&mut self) -> bool {
        let level = self.depth;
        let (c, d) = (level / 7, level % 7);
        let class = &self.space.classes[c];
        let left = class.len() - self.placed[c];
        if d == 0 {
            // Everything left must fit the room left, whatever goes where.
            let sessions: u16 = self.space.classes[c..].iter().map(|k| k.len()).sum();
            let room: u16 = (0..7)
                .filter(|&d| self.space.open[d])
                .map(|d| self.space.caps[d].saturating_sub(self.occupied[d]))
                .sum();
            if sessions > room {
                return false;
            }
        }
        let mut bound = None;
        if let Some(best) = &self.best {
            let bound = *bound.insert(self.bound_here(level, c));
            if bound < best.score || (bound == best.score && self.cost_at_least(c) >= best.cost) {
                return false;
            }
        }
        let later = self.room_after(c, d);
        let hi = left.min(self.room(c, d));
        let lo = left.saturating_sub(later);
        if lo > hi {
            return false;
        }
        let now = class.now[d];
        self.frames[level] = Frame {
            hi,
            stay: now.clamp(lo, hi),
            next: 0,
            count: hi - lo + 1,
            chosen: 0,
            skipped: false,
            bound,
        };
        true
    }

    /// Room for class `c` on the days after `d`.
    fn room_after(&self, c: usize, d: usize) -> u16 {
        (d + 1..7).map(|e| self.room(c, e)).sum()
    }

    /// The objective's bound for the week being built. A level whose parent placed
    /// nothing has the parent's week, so it has the parent's bound.
    fn bound_here(&self, level: usize, c: usize) -> u8 {
        let parent = self.frames[..level].iter().rev().find(|f| !f.skipped);
        if let Some(Frame {
            chosen: 0,
            bound: Some(bound),
            ..
        }) = parent
        {
            return *bound;
        }
        let unplaced = &self.samples[self.offsets[c] + usize::from(self.placed[c])..];
        self.objective.upper_bound(&self.work, unplaced)
    }

    fn apply(&mut self, level: usize, k: u16) {
        let (c, d) = (level / 7, level % 7);
        for _ in 0..k {
            let session = self.pools[c].pop().expect("a class pool holds its members");
            self.work.days[d].push(session);
        }
        let class = &self.space.classes[c];
        if class.rest {
            self.rest_cards[d] += k;
        } else {
            self.others[d] += k;
        }
        self.occupied[d] += k;
        self.placement[c][d] = k;
        self.placed[c] += k;
        self.excess[c] += u32::from(k.saturating_sub(class.now[d]));
        self.deficit[c] += u32::from(class.now[d].saturating_sub(k));
        self.frames[level].chosen = k;
    }

    fn undo(&mut self, level: usize) {
        let (c, d) = (level / 7, level % 7);
        let k = self.frames[level].chosen;
        for _ in 0..k {
            let session = self.work.days[d]
                .pop()
                .expect("placed sessions are on the day");
            self.pools[c].push(session);
        }
        let class = &self.space.classes[c];
        if class.rest {
            self.rest_cards[d] -= k;
        } else {
            self.others[d] -= k;
        }
        self.occupied[d] -= k;
        self.placement[c][d] = 0;
        self.placed[c] -= k;
        self.excess[c] -= u32::from(k.saturating_sub(class.now[d]));
        self.deficit[c] -= u32::from(class.now[d].saturating_sub(k));
        self.frames[level].chosen = 0;
    }

    /// Scores the complete week being built.
    fn leaf(&mut self) {
        let cost = self.space.cost(&self.placement);
        let score = self.objective.score(&self.work);
        let better = match &self.best {
            None => true,
            Some(best) => score > best.score || (score == best.score && cost < best.cost),
        };
        if better
            && !self
                .objective
                .key_crowding(&self.work)
                .adds_to(&self.crowding_now)
        {
            self.best = Some(Best {
                score,
                cost,
                placement: self.placement.clone(),
            });
        }
    }

    /// Goes down one level, past the levels where the day can take none of the class:
    /// the class is all placed, or the day has no room and later days have enough.
    fn descend(&mut self) {
        self.depth += 1;
        while self.depth < self.levels() && self.depth % 7 != 0 {
            let (c, d) = (self.depth / 7, self.depth % 7);
            let left = self.space.classes[c].len() - self.placed[c];
            let none_fits = left == 0 || (self.room(c, d) == 0 && left <= self.room_after(c, d));
            if !none_fits {
                break;
            }
            self.frames[self.depth] = Frame {
                skipped: true,
                ..Frame::default()
            };
            self.depth += 1;
        }
        self.entering = true;
    }

    /// Goes back to the last level with a choice applied; false when there is none
    /// (the search is over).
    fn retreat(&mut self) -> bool {
        loop {
            if self.depth == 0 {
                self.finished = true;
                return false;
            }
            self.depth -= 1;
            if !self.frames[self.depth].skipped {
                break;
            }
        }
        self.undo(self.depth);
        true
    }

    /// The week of a placement, before the search has placed anything.
    fn compose(&self, placement: &[PerDay]) -> Week {
        let mut week = self.work.clone();
        for (class, placed) in self.space.classes.iter().zip(placement) {
            for (d, &k) in placed.iter().enumerate() {
                week.days[d].extend(std::iter::repeat_n(&class.sample, usize::from(k)).cloned());
            }
        }
        week
    }

    /// Starts from the week the climb reaches (see [`super::climb`]).
    fn seed(&mut self) -> u64 {
        self.seeded = true;
        let (point, evaluated) = climb(&self.space, &self.objective, |p| self.compose(p));
        if let Some(point) = point {
            self.best = Some(Best {
                score: point.score,
                cost: point.moves,
                placement: point.placement,
            });
        }
        evaluated
    }

    /// Visits up to `budget` nodes, the first call also climbing to a seed (each score
    /// it computes counts as a node); returns the nodes visited.
    pub fn run(&mut self, budget: u64) -> u64 {
        let mut visited = if self.seeded { 0 } else { self.seed() };
        while !self.finished && visited < budget {
            if self.entering {
                visited += 1;
                self.entering = false;
                if self.depth == self.levels() {
                    self.leaf();
                    self.retreat();
                    continue;
                }
                if !self.enter() {
                    self.frames[self.depth] = Frame::default();
                }
            }
            let frame = self.frames[self.depth];
            if frame.next < frame.count {
                self.frames[self.depth].next += 1;
                self.apply(self.depth, frame.choice(frame.next));
                self.descend();
            } else if !self.retreat() {
                break;
            }
        }
        self.explored += visited;
        visited
    }

    /// A rough share of the tree done, from the choices taken at the top levels.
    pub fn done(&self) -> f64 {
        if self.finished {
            return 1.0;
        }
        let mut done = 0.0;
        let mut width = 1.0;
        for frame in &self.frames[..self.depth.min(self.levels())] {
            if frame.skipped {
                continue;
            }
            if frame.count == 0 {
                break;
            }
            let count = f64::from(frame.count);
            done += width * f64::from(frame.next.saturating_sub(1)) / count;
            width /= count;
        }
        done.min(1.0)
    }
}
