// Types of the article analyzer's JavaScript API: web/analyzer.mjs (the package's main entry),
// web/worker-client.mjs ("./worker") and web/element/element.mjs ("./element").
// All offsets are UTF-16 code units into Analysis.text, so text.slice(start, end) is the span.

/**
 * What went wrong, as AnalyzerError.code: the core's codes (Analyzer.names.errorCodes) and the
 * JavaScript side's own. The core may add codes; these are the known ones.
 */
export type AnalyzerErrorCode =
  | 'invalid-input'   // input is not a string, Uint8Array or ArrayBuffer
  | 'invalid-option'  // unknown option, wrong type, or unknown format
  | 'input-too-large'
  | 'load-failed'     // the WebAssembly core could not be loaded
  | 'terminated'      // the worker analyzer was terminated
  | 'internal'
  | (string & {});

export class AnalyzerError extends Error {
  constructor(code: AnalyzerErrorCode, message: string, options?: ErrorOptions);
  readonly name: 'AnalyzerError';
  readonly code: AnalyzerErrorCode;
}

export interface AnalyzeOptions {
  /** How to read the input; 'auto' (the default) decides from its content. */
  format?: 'auto' | 'html' | 'text';
  /** The page's address, for metadata and relative links. */
  url?: string;
  /** The article's language (e.g. 'fr'), when known; otherwise it is detected. */
  language?: string;
  /** Remove boilerplate (navigation, captions' credits, repeated teasers…). Default true. */
  clean?: boolean;
}

/**
 * A string is analyzed as it is (a <meta charset> in it is not applied again). Bytes are sniffed
 * as browsers do (BOM; UTF-8 if they are UTF-8 beyond ASCII; a <meta charset>, <meta http-equiv=
 * "content-type"> or XML declaration in the first 1024 bytes; UTF-8; else windows-1252) and
 * decoded, legacy encodings (Shift_JIS, GBK, ISO-8859-7, KOI8-R...) with the platform's TextDecoder.
 */
export type AnalyzerInput = string | Uint8Array | ArrayBuffer;

export type ParagraphKind =
  | 'title' | 'heading' | 'paragraph' | 'list-item' | 'blockquote'
  | 'table' | 'code' | 'caption' | 'credit';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'DATE';

export interface Mention extends Span {
  /** Equal to analysis.text.slice(start, end). */
  text: string;
  /** Set when the mention is a description rather than a name (e.g. "le chef de la diplomatie russe"). */
  role?: string;
  /**
   * The title or honorific a name mention opens with ("President", "Sen.", "M."), which is not
   * part of the name; the name proper follows it after spaces.
   */
  title?: string;
}

export interface Entity {
  /** Unique within one analysis. */
  id: number;
  type: EntityType;
  /** The canonical (fullest) name. */
  name: string;
  mentions: Mention[];
}

export interface Speaker extends Span {
  name: string;
  /** The id of the speaker's Entity, or null when the speaker is not among the entities. */
  entity: number | null;
  // start/end: the mention the attribution was read from (the name, the role phrase or the
  // pronoun); for a continuation or an interview answer, the mention that named the speaker last.
}

/**
 * How a quote's speaker was found: a name beside the cue, a role phrase linked to a person, a
 * resolved pronoun, the running speaker of the paragraphs before (no cue of its own), an
 * interview's answer, the subject of a sentence ending in a colon, an organization.
 */
export type Attribution = 'named' | 'role' | 'pronoun' | 'continuation' | 'interview' | 'colon' | 'organization';

export interface Cue extends Span {
  /** The speech verb phrase, e.g. "a-t-il déclaré". */
  text: string;
}

export interface Quote extends Span {
  /** The quoted words, without their quotation marks. */
  text: string;
  speaker: Speaker | null;
  /** How the speaker was found; null when there is no speaker. */
  how: Attribution | null;
  cue: Cue | null;
}

/** Why a block is not part of the article. */
export type RemovedReason =
  | 'ui-label' | 'section-label' | 'navigation' | 'boilerplate' | 'duplicate' | 'teaser' | 'hidden'
  | 'not-content' | 'byline' | 'dateline' | 'comments' | 'related' | 'share' | 'advertising' | 'footer';

export interface Removed {
  text: string;
  /** Why the block is not part of the article; new reasons may be added in later versions. */
  reason: RemovedReason | (string & {});
}

/** Milliseconds spent in the whole call and in each stage, by the stage's name. */
export interface Timings {
  total: number;
  parse: number;
  extract: number;
  /** Language detection and the cutting into sentences and words. */
  segment: number;
  /** Finding and typing the entity mentions. */
  entities: number;
  /** Grouping the mentions into entities. */
  coref: number;
  quotes: number;
  /** Stages added in later versions appear under their own names. */
  [stage: string]: number;
}

export interface Analysis {
  /** BCP 47 language tag, e.g. 'fr'. Metadata strings are '' when unknown. */
  language: string;
  dir: 'ltr' | 'rtl' | (string & {});
  title: string;
  byline: string;
  published: string;
  site: string;
  section: string;
  canonicalUrl: string;
  image: string;
  /** The format the input was read as. */
  format: 'html' | 'text' | (string & {});
  /** The cleaned article text; every offset points into it. */
  text: string;
  paragraphs: Paragraph[];
  entities: Entity[];
  quotes: Quote[];
  removed: Removed[];
  timings: Timings;
}

/**
 * Every name the core may put in a result or an error, read from the core's own tables, and its
 * version. tests/node/types.test.mjs checks the unions of this file against them.
 */
export interface AnalyzerNames {
  /** The core's error codes (without the JavaScript-only ones). */
  readonly errorCodes: readonly AnalyzerErrorCode[];
  readonly paragraphKinds: readonly ParagraphKind[];
  /** The paragraph kinds that make up the article body: not the title, captions or credits. */
  readonly bodyKinds: readonly ParagraphKind[];
  readonly entityTypes: readonly EntityType[];
  readonly attributions: readonly Attribution[];
  /** The values of AnalyzeOptions.format. */
  readonly formats: readonly NonNullable<AnalyzeOptions['format']>[];
  readonly removalReasons: readonly RemovedReason[];
  /** The core's version, "major.minor.patch" (the package's version). */
  readonly version: string;
}

export interface MemoryStats {
  /** Size of the WebAssembly heap, in bytes. */
  heapSize: number;
  /** Bytes allocated now. */
  used: number;
}

export interface Analyzer {
  /** Analyzes synchronously; throws AnalyzerError. */
  analyze(input: AnalyzerInput, options?: AnalyzeOptions): Analysis;
  /** The core's version, the same as names.version. */
  readonly version: string;
  readonly names: AnalyzerNames;
  memoryStats(): MemoryStats;
}

export interface CreateAnalyzerConfig {
  /** Where to load the .wasm from. Default: ../dist/article-analyzer.wasm next to analyzer.mjs. */
  wasmUrl?: string | URL;
  /** The .wasm bytes, if the caller already has them. */
  wasmBinary?: Uint8Array | ArrayBuffer;
}

/** Loads the WebAssembly core (rejects with AnalyzerError code 'load-failed'). */
export function createAnalyzer(config?: CreateAnalyzerConfig): Promise<Analyzer>;

export interface WorkerAnalyzer {
  /** Analyzes in the worker; rejects with AnalyzerError. */
  analyze(input: AnalyzerInput, options?: AnalyzeOptions): Promise<Analysis>;
  /** Stops the worker; pending and later analyses reject with code 'terminated'. */
  terminate(): void;
  readonly version: string;
  readonly names: AnalyzerNames;
}

export interface CreateWorkerAnalyzerConfig {
  /** The worker script. Default: worker.mjs next to worker-client.mjs. */
  workerUrl?: string | URL;
  wasmUrl?: string | URL;
}

/** Starts a module Worker; resolves once its core is loaded. */
export function createWorkerAnalyzer(config?: CreateWorkerAnalyzerConfig): Promise<WorkerAnalyzer>;

/**
 * <article-analyzer>: shows an Analysis. Colours: --aa-per, --aa-org, --aa-loc, --aa-date, --aa-quote.
 * Parts: title, meta, paragraph (plus its kind: heading, list-item…), caption (credit), entity,
 * entity-label, quote, speaker, cue, legend, entities, entity-button, quotes, how (how a speaker was found),
 * removed, article, list.
 */
export class ArticleAnalyzerElement extends HTMLElement {
  /** Registers the element (default tag 'article-analyzer') and returns its constructor. */
  static define(tag?: string): typeof ArticleAnalyzerElement;
  /** Setting it renders the analysis; null shows the element's children instead. */
  result: Analysis | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-analyzer': ArticleAnalyzerElement;
  }
}
