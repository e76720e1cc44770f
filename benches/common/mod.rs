//! What every benchmark measures with: the median of repeated runs, which a slow outlier (the
//! machine busy elsewhere) does not move.

use std::time::{Duration, Instant};

/// The median time of `runs` calls of `f`; its result is kept from being optimised away.
pub fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    samples.sort();
    samples[samples.len() / 2]
}
