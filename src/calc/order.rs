//! One sort for every list the calculator puts in order. The standard
//! library's sort is generic: each element type compiled in its own copy of
//! it (about 3 KB of wasm each). Here the comparing and merging is done once,
//! on positions and `f64` keys, and only the final moving of items is per type.

use std::cmp::Ordering;

/// Whether key `a` comes after key `b`: by [`f64::total_cmp`], with every
/// missing key after every present one.
fn after(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b) == Ordering::Greater,
        (None, Some(_)) => true,
        _ => false,
    }
}

/// Merge sort of the positions in `idx` by `keys`; ties keep their order.
fn merge_sort(idx: &mut [usize], keys: &[Option<f64>], buf: &mut Vec<usize>) {
    if idx.len() < 2 {
        return;
    }
    let mid = idx.len() / 2;
    merge_sort(&mut idx[..mid], keys, buf);
    merge_sort(&mut idx[mid..], keys, buf);
    buf.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < idx.len() {
        // The right one goes first only when strictly before: stable.
        if after(keys[idx[i]], keys[idx[j]]) {
            buf.push(idx[j]);
            j += 1;
        } else {
            buf.push(idx[i]);
            i += 1;
        }
    }
    buf.extend_from_slice(&idx[i..mid]);
    buf.extend_from_slice(&idx[j..]);
    idx.copy_from_slice(buf);
}

/// The positions of `keys` in ascending order of key ([`f64::total_cmp`]),
/// missing keys last; equal keys keep their order (a stable sort).
#[must_use]
pub fn ascending(keys: &[Option<f64>]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..keys.len()).collect();
    merge_sort(&mut idx, keys, &mut Vec::with_capacity(keys.len()));
    idx
}

/// Puts a list in the order `order` (from [`ascending`]) by swapping its
/// items: afterwards position `k` holds what was at `order[k]`.
fn arrange(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    // `at[p]`: the original position of the item now at `p`; `pos` the inverse.
    let mut at: Vec<usize> = (0..order.len()).collect();
    let mut pos = at.clone();
    for (k, &want) in order.iter().enumerate() {
        let from = pos[want];
        if from != k {
            swap(k, from);
            let displaced = at[k];
            at[from] = displaced;
            pos[displaced] = from;
            at[k] = want;
            pos[want] = k;
        }
    }
}

/// Sorts `items` in ascending order of `key`, missing keys last, equal keys
/// in their given order (a stable sort).
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> Option<f64>) {
    let keys: Vec<Option<f64>> = items.iter().map(key).collect();
    arrange(&ascending(&keys), &mut |a, b| items.swap(a, b));
}

/// Sorts numbers by [`f64::total_cmp`].
pub fn sort_floats(values: &mut [f64]) {
    sort_by_key(values, |&v| Some(v));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_keys_last_and_ties_stable() {
        let keys = [Some(2.0), None, Some(1.0), Some(2.0), None, Some(-1.0)];
        assert_eq!(ascending(&keys), vec![5, 2, 0, 3, 1, 4]);
    }

    #[test]
    fn sorts_items_like_the_standard_stable_sort() {
        // Pairs (key, tag): many ties, missing keys, every length up to 40.
        for n in 0..40_u32 {
            let items: Vec<(Option<f64>, u32)> = (0..n)
                .map(|i| {
                    let k = (i * 7919 + 13) % 11;
                    ((k != 0).then_some(f64::from(k % 5) - 2.0), i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by(|(a, _), (b, _)| match (a, b) {
                (Some(a), Some(b)) => a.total_cmp(b),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            });
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn floats_in_total_order() {
        let mut v = [3.0, -0.0, f64::INFINITY, 0.0, -5.5, 1.0];
        sort_floats(&mut v);
        let bits: Vec<u64> = v.iter().map(|x| x.to_bits()).collect();
        let want: Vec<u64> = [-5.5, -0.0, 0.0, 1.0, 3.0, f64::INFINITY]
            .iter()
            .map(|x: &f64| x.to_bits())
            .collect();
        assert_eq!(bits, want);
    }
}
