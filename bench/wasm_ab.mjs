// Paired speed comparison of two or more builds of the module (never shipped).
//
//   node bench/wasm_ab.mjs --docs DIR/docs.jsonl --pkg A --pkg B [--pkg C…] [--rounds 8] [--browser]
//
// Each --pkg is a folder holding a wasm-bindgen `--target web` build (lede.js +
// lede_bg.wasm, e.g. www/pkg). All the builds are loaded side by side in ONE engine (Node,
// or with --browser one headless Chromium page: each build is its own module instance),
// warmed up, then timed in rounds: each round analyzes every text of docs.jsonl once with
// each build, in an order that alternates from round to round (A B, B A, …), so that a
// slow moment of a shared machine falls on both. Prints JSON: per build the median, the
// lowest and highest pass (ms, MB/s), and per build after the first the median of its
// per-round ratio to the first (below 1: faster). One pass is the whole analysis of every
// text, as bench/wasm_bench.mjs times it.
//
// Each pass is also charged its CPU time (`cpu_*` fields): on a machine shared with other
// jobs the wall time grows with the load, the CPU time much less. In Node, the process's
// (process.cpuUsage); with --browser, what Chromium's processes spent on it (user +
// system, every thread, from /proc, in 10 ms ticks: --reps N runs N passes in a row per
// build and round, default 2, to make the ticks small against the time).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromiumCpu } from "./cpu.mjs";
import { benchPage, readDocs } from "./chromium.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const pkgs = args.flatMap((a, i) => (a === "--pkg" ? [resolve(args[i + 1])] : []));
if (pkgs.length < 2) throw new Error("give at least two --pkg folders");
const docsPath = resolve(opt("--docs", "docs.jsonl"));
const rounds = Number(opt("--rounds", "8"));
const browser = args.includes("--browser");
const reps = Number(opt("--reps", "2"));

const { docs, bytes } = readDocs(docsPath);

// The Node side: `mods` are the initialized modules; returns every pass's wall time and
// the process's CPU time for it, per module.
function rounds_(mods) {
  const pass = (lede) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const d of docs) {
      try {
        lede.analyze(d.text, d.options);
      } catch (e) {
        // a refused text costs what it costs, in every build alike
      }
    }
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
  for (const m of mods) pass(m); // warm-up: word indexes, JIT tiers
  const times = mods.map(() => []);
  const cpus = mods.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = mods.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      const t = pass(mods[i]);
      times[i].push(t.ms);
      cpus[i].push(t.cpu);
    }
  }
  return { times, cpus };
}

async function inNode() {
  const mods = [];
  for (const p of pkgs) {
    // A query string makes each folder's glue its own module instance.
    const lede = await import(`${join(p, "lede.js")}?ab=${mods.length}`);
    lede.initSync({ module: readFileSync(join(p, "lede_bg.wasm")) });
    mods.push(lede);
  }
  return { engine: `Node ${process.version}`, ...rounds_(mods) };
}

async function inBrowser() {
  const { page, profile, version, close } = await benchPage(docs, (path) => {
    const m = /^\/v(\d+)\/(lede\.js|lede_bg\.wasm)$/.exec(path);
    return m && pkgs[Number(m[1])] ? join(pkgs[Number(m[1])], m[2]) : "";
  });
  try {
    await page.evaluate(
      async ({ n }) => {
        const docs = await (await fetch("/docs.json")).json();
        const mods = [];
        for (let i = 0; i < n; i++) {
          const lede = await import(`/v${i}/lede.js`);
          await lede.default({ module_or_path: `/v${i}/lede_bg.wasm` });
          mods.push(lede);
        }
        // One pass of every text with build i, `reps` times; returns the wall ms.
        window.__pass = (i, reps) => {
          const t0 = performance.now();
          for (let r = 0; r < reps; r++) {
            for (const d of docs) {
              try {
                mods[i].analyze(d.text, d.options);
              } catch (e) {
                // a refused text costs what it costs, in every build alike
              }
            }
          }
          return (performance.now() - t0) / reps;
        };
      },
      { n: pkgs.length },
    );
    const cpu = chromiumCpu(profile);
    const pass = async (i) => {
      const c0 = cpu();
      const ms = await page.evaluate(([i, reps]) => window.__pass(i, reps), [i, reps]);
      return { ms, cpu: (cpu() - c0) / reps };
    };
    for (let i = 0; i < pkgs.length; i++) await pass(i); // warm-up: word indexes, JIT tiers
    const times = pkgs.map(() => []);
    const cpus = pkgs.map(() => []);
    for (let r = 0; r < rounds; r++) {
      const order = pkgs.map((_, i) => i);
      if (r % 2) order.reverse();
      for (const i of order) {
        const t = await pass(i);
        times[i].push(t.ms);
        cpus[i].push(t.cpu);
      }
    }
    return { engine: `Chromium ${version}`.trim(), times, cpus };
  } finally {
    await close();
  }
}

const { engine, times, cpus } = browser ? await inBrowser() : await inNode();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mbs = (ms) => +(bytes / 1e6 / (ms / 1e3)).toFixed(2);
const round1 = (x) => +x.toFixed(1);
console.log(
  JSON.stringify(
    {
      engine,
      texts: docs.length,
      bytes,
      rounds,
      builds: pkgs.map((p, i) => ({
        pkg: p,
        median_ms: round1(median(times[i])),
        min_ms: round1(Math.min(...times[i])),
        max_ms: round1(Math.max(...times[i])),
        median_mb_per_s: mbs(median(times[i])),
        ...(i ? { ratio_to_first: +median(times[i].map((t, r) => t / times[0][r])).toFixed(3) } : {}),
        ...(cpus
          ? {
              cpu_median_ms: round1(median(cpus[i])),
              cpu_min_ms: round1(Math.min(...cpus[i])),
              cpu_max_ms: round1(Math.max(...cpus[i])),
              cpu_median_mb_per_s: mbs(median(cpus[i])),
              ...(i ? { cpu_ratio_to_first: +median(cpus[i].map((t, r) => t / cpus[0][r])).toFixed(3) } : {}),
              cpu_ms: cpus[i].map(round1),
            }
          : {}),
        times_ms: times[i].map(round1),
      })),
    },
    null,
    2,
  ),
);
