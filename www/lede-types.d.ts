/** Options for `analyze`. */
export interface AnalyzeOptions {
  /** "YYYY-MM-DD" that relative dates resolve against; defaults to the article's date line. */
  referenceDate?: string;
  /** ISO 639-1 code ("fr", "en", "de", "es", "it", "pt", "nl"); detected when absent. */
  language?: string;
  /** Maximum input size in UTF-8 bytes (default 16 MiB). */
  maxBytes?: number;
  /** The reader's date, "YYYY-MM-DD": a place dateline without a year ("GENEVA, June 12
   * (Reuters) -") is read in the latest year on or before it (reference_source
   * "dateline_year"). */
  today?: string;
}

/** A piece of the text. Offsets are UTF-16 code units (String.slice), end exclusive. */
export interface TextSpan { start: number; end: number; text: string; }

export type EntityType = "PER" | "ORG" | "LOC" | "MISC";

export interface Entity {
  id: number;
  type: EntityType;
  /** Canonical name: the fullest form in the text. */
  name: string;
  mentions: TextSpan[];
  /** Titles and appositions the text gives the entity. */
  roles: TextSpan[];
  /** The country a nationality adjective in the roles points to ("russe" → "Russie"), or null. */
  nationality: string | null;
  salience: number;
}

export interface Speaker {
  /** Canonical name of the speaking entity, or a short lower-case description. */
  name: string;
  /** Index into `entities`, when the speaker is one. */
  entity: number | null;
  start: number;
  end: number;
}

export interface Quote {
  kind: "direct" | "indirect";
  start: number;
  end: number;
  text: string;
  speaker: Speaker | null;
  cue: TextSpan | null;
}

export type DateAnchor =
  | { kind: "none" }
  | { kind: "reference"; value: string }
  | { kind: "date"; index: number; value: string };

export interface DateExpr {
  type: "DATE" | "TIME" | "DURATION" | "SET";
  start: number;
  end: number;
  text: string;
  /** TIMEX3 value: "2018-12-30", "2018-W51", "P7Y", "PRESENT_REF"… */
  value: string | null;
  mod: string | null;
  anchor: DateAnchor;
}

export interface DateLine { start: number; end: number; text: string; date: string | null; time: string | null; }
export interface PlaceLine { start: number; end: number; text: string; place: TextSpan; agency: TextSpan | null; }

export interface Layout {
  headline: TextSpan | null;
  dateline: DateLine | null;
  place: PlaceLine | null;
  byline: TextSpan | null;
  captions: TextSpan[];
}

export interface Stats { characters: number; words: number; sentences: number; paragraphs: number; reading_minutes: number; }

export interface Analysis {
  /** ISO 639-1 code, or "und" when the language could not be told. */
  language: string;
  language_detected: boolean;
  reference_date: string | null;
  reference_source: "option" | "dateline" | "dateline_year" | "none";
  layout: Layout;
  stats: Stats;
  entities: Entity[];
  quotes: Quote[];
  dates: DateExpr[];
}

/** Analyzes `text`. Throws an Error whose message says what was wrong and what is accepted. */
export function analyze(text: string, options?: AnalyzeOptions | null): Analysis;
