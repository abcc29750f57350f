// Types for lede.js, Lede's JavaScript API. The analysis types are the contract in
// lede-types.d.ts (generated alongside the WebAssembly module).
import type { Analysis, AnalyzeOptions } from "./lede-types";

export type {
  Analysis,
  AnalyzeOptions,
  Entity,
  EntityType,
  TextSpan,
  Quote,
  Speaker,
  DateExpr,
  DateAnchor,
  Layout,
  DateLine,
  PlaceLine,
  Stats,
} from "./lede-types";

/** Loads the WebAssembly module once (from `pkg/lede_bg.wasm` beside lede.js). */
export function ready(): Promise<void>;

/**
 * Analyzes `text`: layout, entities, quotes and dates. Offsets are UTF-16 code units.
 * Rejects with an Error whose message says what was wrong and what is accepted.
 */
export function analyze(text: string, options?: AnalyzeOptions | null): Promise<Analysis>;

/** Same as `analyze`, synchronously; only after `ready()` has resolved. */
export function analyzeSync(text: string, options?: AnalyzeOptions | null): Analysis;

/** The core's version, only after `ready()` has resolved. */
export function version(): string;

/** The `<lede-analyzer>` element (defined by lede-analyzer.js). */
export interface LedeAnalyzerElement extends HTMLElement {
  /** Analyzes `text`, shows the result, fires `lede-analyzed`, and resolves to the analysis. */
  analyze(text: string, options?: AnalyzeOptions | null): Promise<Analysis>;
  /** The last analysis shown, or null. */
  readonly analysis: Analysis | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "lede-analyzer": LedeAnalyzerElement;
  }
  interface HTMLElementEventMap {
    "lede-analyzed": CustomEvent<Analysis>;
  }
}
