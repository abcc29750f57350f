// The CPU time a headless Chromium spends, for the wasm benchmarks (never shipped): on a
// machine shared with other jobs a page's wall time grows with the load, the CPU time of
// the browser's processes much less.
import { readFileSync, readdirSync } from "node:fs";

/**
 * A function that returns the CPU time (ms, user + system, every thread) spent so far by
 * the Chromium started with the profile folder `profile` and all its descendant processes
 * (renderers, GPU, utilities), read from /proc in 10 ms ticks; NaN where there is no /proc.
 */
export function chromiumCpu(profile) {
  const tick = 10; // ms: USER_HZ is 100 on Linux
  const stat = (pid) => {
    try {
      const s = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) * tick };
    } catch {
      return null;
    }
  };
  const procs = () => readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  // The browser process: its command line names the profile and has no --type= (the
  // renderers, GPU and utility processes do); not the crash handler.
  const root = procs().find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      return args.some((a) => a.includes(profile)) && !args.some((a) => a.startsWith("--type=")) && !/crashpad/.test(args[0]);
    } catch {
      return false;
    }
  });
  if (!root) return () => NaN;
  return () => {
    const all = new Map();
    for (const pid of procs()) {
      const s = stat(pid);
      if (s) all.set(pid, s);
    }
    let sum = 0;
    for (const [pid, s] of all) {
      // a descendant of the browser process (or the browser itself)?
      let p = pid;
      for (let hops = 0; p && p !== root && hops < 10; hops++) p = all.get(p)?.ppid;
      if (p === root) sum += s.cpu;
    }
    return sum;
  };
}

