//! One small sort for the crate's cold sort sites, to keep the page's wasm small.
//!
//! Each `sort`/`sort_unstable` of the standard library is compiled anew for every element
//! type and comparison (quicksort, driftsort, small sorts, heapsort fallback: 6-13 KB of
//! wasm each); the crate had eighteen, a tenth of its code. Here one sort, compiled once
//! (a pass that checks for order, insertion for short lists, else heapsort), orders the
//! positions of the items through a `dyn` comparison, then the items are moved into
//! place: a few hundred bytes per call site. Ties are broken by position, so the order is
//! the stable one (the same as `sort_by`), whatever the call site used before.
//! O(n log n) on any input, no allocation but the positions.
//!
//! It is slower per comparison than the standard sorts: sites a profile shows hot (a
//! text's candidates, entities, mentions) keep the standard sort, with a comment saying
//! so (docs/performance.md, session 4, has the figures).

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably.
pub(crate) fn by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    {
        let items = &*v;
        sort_positions(&mut order, &mut |a, b| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y).then(a.cmp(&b)) == Ordering::Less,
            _ => a < b,
        });
    }
    permute(v, &mut order);
}

/// Sorts `v` by the key `key` gives, stably (like `sort_by_key`).
pub(crate) fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)))
}

/// Sorts `v` in its natural order (like `sort_unstable`, but stable).
pub(crate) fn natural<T: Ord>(v: &mut [T]) {
    by(v, T::cmp)
}

#[inline(never)]
fn sort_positions(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    fn sift(
        v: &mut [usize],
        mut node: usize,
        end: usize,
        less: &mut dyn FnMut(usize, usize) -> bool,
    ) {
        loop {
            let mut child = 2 * node + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && less(v[child], v[child + 1]) {
                child += 1;
            }
            if !less(v[node], v[child]) {
                return;
            }
            v.swap(node, child);
            node = child;
        }
    }
    // Most call sites sort lists already in order, or nearly (things found in text order):
    // one pass says so, and short lists are done by insertion.
    if v.windows(2).all(|w| less(w[0], w[1])) {
        return;
    }
    let n = v.len();
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    for i in (0..n / 2).rev() {
        sift(v, i, n, less);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end, less);
    }
}

/// Puts `v[order[j]]` at `j` for every `j`, following the cycles of the permutation
/// (`order` is used up: each visited place is marked `usize::MAX`).
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut j = start;
        loop {
            let k = std::mem::replace(&mut order[j], usize::MAX);
            if k == usize::MAX || k == start {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_as_the_standard_stable_sort() {
        let mut seed = 12345u32;
        for n in [0usize, 1, 2, 3, 7, 64, 500] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((seed >> 16) as u8 % 5, i)
                })
                .collect();
            let mut a = v.clone();
            a.sort_by_key(|x| x.0);
            let mut b = v.clone();
            super::by_key(&mut b, |x| x.0);
            assert_eq!(a, b);
            let mut c: Vec<String> = v.iter().map(|x| format!("{}-{}", x.0, n - x.1)).collect();
            let mut d = c.clone();
            c.sort();
            super::natural(&mut d);
            assert_eq!(c, d);
        }
    }
}
