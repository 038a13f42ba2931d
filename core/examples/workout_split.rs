//! Prints what the notation reads from each argument: kind, RPE, totals and the time
//! and distance at each pace. `cargo run --example workout_split -- "6 x 800m @ 5K pace"`
fn main() {
    for t in std::env::args().skip(1) {
        match weekboard_core::notation::parse(&t) {
            Ok(w) => println!(
                "{t}\n  kind {:?} rpe {} totals {:?}\n  split {:?}",
                w.suggested_kind, w.suggested_rpe, w.totals, w.pace_split
            ),
            Err(e) => println!("{t}\n  ERR {}", e.message),
        }
    }
}
