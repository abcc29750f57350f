//! A clock of the calling thread's CPU time (Linux, 64-bit; wall time elsewhere), so
//! that timings on a loaded machine measure the analysis, not the other processes.
//! Used by `lede bench`, and included by path in `tests/common/mod.rs` (for
//! `tests/adversarial.rs`) and `examples/growth.rs`: one clock for every timing.

use std::time::{Duration, Instant};

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu() -> Option<Duration> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes one `struct timespec` (two 64-bit fields on
    // 64-bit Linux) into `t`, which lives for the whole call.
    let r = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    (r == 0).then(|| {
        Duration::new(
            t.tv_sec.max(0) as u64,
            t.tv_nsec.clamp(0, 999_999_999) as u32,
        )
    })
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu() -> Option<Duration> {
    None
}

/// Thread CPU time when the platform gives it, else wall time since the clock was made.
#[derive(Clone, Copy)]
pub struct Clock {
    /// True when `now` reads the thread's CPU time, false for wall time.
    pub cpu: bool,
    origin: Instant,
}

impl Clock {
    pub fn new() -> Clock {
        Clock {
            cpu: thread_cpu().is_some(),
            origin: Instant::now(),
        }
    }
    /// "thread CPU" or "wall", for reports.
    pub fn kind(&self) -> &'static str {
        if self.cpu {
            "thread CPU"
        } else {
            "wall"
        }
    }
    pub fn now(&self) -> Duration {
        if self.cpu {
            thread_cpu().unwrap_or_default()
        } else {
            self.origin.elapsed()
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new()
    }
}
