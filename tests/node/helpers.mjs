// Shared by the Node checks: the compiled JSON Schema, the samples, the CLI and the
// release wasm module. Paths are relative to the repository root.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCHEMA = JSON.parse(readFileSync(join(ROOT, "docs", "analysis.schema.json"), "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: true });
export const validate = ajv.compile(SCHEMA);

/** Throws with ajv's errors, readable, when `analysis` does not match the schema. */
export function assertValid(analysis, what) {
  if (!validate(analysis)) {
    const errs = validate.errors.map((e) => `  ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
    throw new Error(`${what}: output does not match docs/analysis.schema.json:\n${errs.join("\n")}`);
  }
}

/** The project's own samples (tests/samples/*.txt, the page's www/samples/*.txt), plus the gold seed article when
 *  ../shared is present (it is not in a bare clone). */
export function samples() {
  const out = [];
  for (const sub of ["tests/samples", "www/samples"]) {
    const dir = join(ROOT, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      out.push({ name: `${sub}/${f}`, path: join(dir, f), text: readFileSync(join(dir, f), "utf8") });
    }
  }
  const seed = join(ROOT, "..", "shared", "gold", "fr-seed.txt");
  if (existsSync(seed)) out.push({ name: "fr-seed.txt", path: seed, text: readFileSync(seed, "utf8") });
  return out;
}

/** Every object in `value` that has numeric start/end, with its JSON path. */
export function* spans(value, path = "") {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* spans(value[i], `${path}/${i}`);
  } else if (value && typeof value === "object") {
    if (typeof value.start === "number" && typeof value.end === "number") yield { path, span: value };
    for (const [k, v] of Object.entries(value)) yield* spans(v, `${path}/${k}`);
  }
}

/** Checks every span lies on `text` and that its `text`, when it has one, is the
 *  UTF-16 slice (String.slice) of the input. */
export function assertSpansOnText(analysis, text, what) {
  let n = 0;
  for (const { path, span } of spans(analysis)) {
    if (!(span.start <= span.end && span.end <= text.length)) {
      throw new Error(`${what}: span ${path} [${span.start}, ${span.end}) is off the text (length ${text.length})`);
    }
    if (typeof span.text === "string" && text.slice(span.start, span.end) !== span.text) {
      throw new Error(
        `${what}: span ${path} text ${JSON.stringify(span.text)} != slice ${JSON.stringify(text.slice(span.start, span.end))}`,
      );
    }
    n++;
  }
  return n;
}

/** Runs the native CLI (built by `cargo test`; LEDE_BIN overrides the path). */
export function cli(args, input) {
  const bin = process.env.LEDE_BIN || join(ROOT, "target", "debug", "lede");
  if (!existsSync(bin)) throw new Error(`no CLI at ${bin}: run cargo build first (or set LEDE_BIN)`);
  return execFileSync(bin, args, { input, encoding: "utf8", maxBuffer: 64 << 20 });
}

let wasm;
/** The release module from www/pkg (what the page downloads), instantiated in Node. */
export async function loadWasm() {
  if (!wasm) {
    const dir = join(ROOT, "www", "pkg");
    if (!existsSync(join(dir, "lede_bg.wasm"))) throw new Error("no www/pkg/lede_bg.wasm: run ./build.sh build first");
    const mod = await import(pathToFileURL(join(dir, "lede.js")).href);
    mod.initSync({ module: readFileSync(join(dir, "lede_bg.wasm")) });
    wasm = mod;
  }
  return wasm;
}
