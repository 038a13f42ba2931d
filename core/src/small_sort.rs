//! A stable sort for the short lists the core orders (findings, recovery clauses,
//! session classes, moves: tens of items at most).
//!
//! `slice::sort_by` is fast on long slices and costs some 3 KB of wasm for each
//! type it sorts; an insertion sort is a few hundred bytes and, for lists this
//! short, as quick. Same order as `sort_by`: equal items keep their order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably.
pub(crate) fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j], &items[j - 1]) == Ordering::Less {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` by the key `key` gives, stably.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut theirs = items.clone();
            theirs.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(&ours, &theirs);
            sort_by(&mut ours, |a, b| b.cmp(a));
            theirs.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(ours, theirs);
        }
    }
}
