//! The standalone page: mounts the planner and nothing else.

fn main() {
    weekboard::start_standalone();
}
