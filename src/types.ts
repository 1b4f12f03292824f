/**
 * Public data types of `retext-article`, and the augmentations of `vfile`’s
 * `DataMap` and nlcst node data that its plugins fill.
 */

/** Where a piece of the output came from: offsets into the input string. */
export interface Span {
  /** Offset of the first character in the input (0-based, UTF-16 units). */
  start: number
  /** Offset just past the last character in the input. */
  end: number
}

/** Role of a paragraph in the article, as recognised by the structure plugin. */
export type ParagraphRole =
  | 'headline'
  | 'dek'
  | 'byline'
  | 'body'
  | 'signoff'

/** A contact found in the article (“Write to Jane Roe at jane.roe@paper.com”). */
export interface Contact {
  name: string
  email: string
}

/** The byline: who wrote the story. */
export interface Byline {
  /** The byline line as written (`By Jane Roe and John Doe`), if any. */
  text: string | null
  /** Author names, in order of appearance, without duplicates. */
  authors: string[]
  /** Contacts from sign-off lines. */
  contacts: Contact[]
}

/** The dateline that opens the story (`SEOUL—`, `WASHINGTON (Reuters) -`). */
export interface Dateline extends Span {
  /** The dateline as written, without the dash that ends it (`WASHINGTON (Reuters)`). */
  text: string
  /** The place, in title case (`Washington`); `null` for an agency-only dateline (`(CNN) --`). */
  place: string | null
  /** A news agency named in the dateline (`Reuters`), if any. */
  agency: string | null
}

/** A paragraph-level text with its span. */
export interface TextSpan extends Span {
  text: string
}

/** Article structure (filled by `retextArticleStructure`). */
export interface ArticleStructure {
  headline: TextSpan | null
  dek: TextSpan | null
  dateline: Dateline | null
  byline: Byline
  /** Sign-off lines (contact lines, “Reporting by …”, agency tags). */
  signoff: TextSpan[]
}

/** One removal (or, in `mark` mode, one finding) of the boilerplate plugin. */
export interface BoilerplateEntry extends Span {
  /** The text removed. */
  text: string
  /** The `ruleId` of the rule that fired. */
  rule: string
  /** Why, in words. */
  reason: string
  /**
   * The story locator’s score of the paragraph, in words (negative: page
   * furniture), when the locator (not a rule) removed it.
   */
  score?: number
}

/**
 * What a page’s markup says about one block of its text (filled by
 * `rehypeArticleBlocks` and `digestHtml` from `retext-article/html`).
 * `start`/`end` are offsets into the file’s text: the HTML source after
 * `rehypeArticleBlocks`, the text `digestHtml` reports on after it.
 */
export interface BlockEvidence extends Span {
  /** The element that makes the block (`p`, `h1`, `li`, `tr`, `figcaption`, `div`, …). */
  tag: string
  /**
   * Landmarks around the block, innermost first: `article`, `main`, `nav`,
   * `header`, `footer`, `aside`, `figure`, `figcaption`, `form`,
   * `blockquote`, `table`, and `furniture` where a class or id names page
   * furniture (`sidebar`, `related`, `comments`, `share`, …).
   */
  within: string[]
  /** Share (0–1) of the block’s text inside links. */
  linkDensity: number
}

/** A sentence chosen for the summary. */
export interface SummarySentence extends Span {
  text: string
  /** Score of the sentence (higher is more central); 0 to 1. */
  score: number
  /** Index of the sentence among the body’s sentences (0-based). */
  index: number
}

/** A single-word keyword. */
export interface KeywordResult {
  /** The most frequent surface form, lower-cased unless a proper noun. */
  word: string
  /** Stem shared by the forms. */
  stem: string
  score: number
  count: number
  /** Where the keyword occurs. */
  positions: Span[]
  /** The forms merged into it as written (`claims`, `Claims`), most frequent first. */
  forms: string[]
}

/** A (usually multi-word) keyphrase. */
export interface KeyphraseResult {
  phrase: string
  /** Stems of the words of the phrase. */
  stems: string[]
  score: number
  count: number
  positions: Span[]
  /** The forms merged into it as written (`Kim Jong Un`, `Kim`), most frequent first. */
  forms: string[]
}

/** Keywords and keyphrases (filled by `retextArticleKeywords`). */
export interface Topics {
  keywords: KeywordResult[]
  keyphrases: KeyphraseResult[]
}

/** A named entity mention group. */
export interface Entity {
  /** Full name, as first written in full. */
  name: string
  count: number
  positions: Span[]
}

/** People, places and organisations (filled by `retextArticleEntities`). */
export interface Entities {
  people: Entity[]
  places: Entity[]
  organizations: Entity[]
}

/** A direct quote (filled by `retextArticleQuotes`). */
export interface Quote extends Span {
  /** The quoted words, without the quote marks. */
  text: string
  /** Who said it, or `null` when the text does not say (or we are unsure). */
  speaker: string | null
}

/** A figure: a number with what it counts (filled by `retextArticleFigures`). */
export interface Figure extends Span {
  /** The figure as written (`roughly 15,000 troops`). */
  text: string
  /** The numeric value, when it can be read (`15000`). */
  value: number | null
  /** Unit or currency (`%`, `$`, `km`), if any. */
  unit: string | null
  /** What it counts (`troops`), if it can be told. */
  what: string | null
}

/** Kinds of date expressions. */
export type DateKind = 'year' | 'month' | 'day' | 'weekday' | 'relative' | 'date'

/** A date expression (filled by `retextArticleFigures`). */
export interface DateMention extends Span {
  text: string
  kind: DateKind
  /** Normalised value where safe (`2026`, `2026-01-01`, `--12` for a month), else `null`. */
  value: string | null
}

/** Role of a block of the input in the digest’s `blocks`. */
export type BlockRole = ParagraphRole | 'boilerplate'

/**
 * One block (non-blank line) of the input: what it was taken for. Together
 * the blocks cover every non-space character of the input, so nothing
 * vanishes unreported.
 */
export interface Block extends Span {
  role: BlockRole
  /** `ruleId` of the boilerplate rule that took the block (`null` otherwise). */
  rule: string | null
}

/** Counts over the story body. */
export interface Stats {
  words: number
  sentences: number
  paragraphs: number
  /** Reading time at 230 words a minute, rounded up (0 for an empty body). */
  readingMinutes: number
}

/** The digest of an article: what `digest()` returns. JSON-serialisable. */
export interface Digest {
  headline: string | null
  dek: string | null
  dateline: Dateline | null
  byline: Byline
  /** The clean story: body paragraphs joined by a blank line. */
  body: string
  boilerplate: BoilerplateEntry[]
  summary: SummarySentence[]
  keywords: Array<{word: string; score: number; count: number}>
  keyphrases: Array<{phrase: string; score: number; count: number}>
  entities: {
    people: Array<{name: string; count: number}>
    places: Array<{name: string; count: number}>
    organizations: Array<{name: string; count: number}>
  }
  quotes: Quote[]
  figures: Figure[]
  dates: DateMention[]
  stats: Stats
  /** Every block of the input in order, with its role (and rule, for boilerplate). */
  blocks: Block[]
}

declare module 'nlcst' {
  interface ParagraphData {
    /** Role of the paragraph (set by `retextArticleStructure`). */
    articleRole?: ParagraphRole | undefined
    /** Set on boilerplate paragraphs (by `retextArticleBoilerplate` in `mark` mode). */
    boilerplate?: {rule: string; reason: string} | undefined
    /** Input offset where the story starts after a dateline (set by `retextArticleStructure`). */
    datelineEnd?: number | undefined
  }
  interface WordData {
    /** Part-of-speech tag (Penn Treebank): filled by `retextArticleTagger` (or `retext-pos`). */
    partOfSpeech?: string
  }
  interface WhiteSpaceData {
    /**
     * Set on a line break of hard-wrapped text, inside its paragraph (by
     * `retextArticleEnglish`, or by the plugins on other parsers’ trees):
     * a space, not the end of a line the writer meant.
     */
    lineWrap?: boolean | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Article structure: filled by `retextArticleStructure`. */
    article: ArticleStructure
    /** Boilerplate removed (or marked): filled by `retextArticleBoilerplate`. */
    boilerplate: BoilerplateEntry[]
    /** Key sentences: filled by `retextArticleSummary`. */
    summary: SummarySentence[]
    /** Keywords and keyphrases: filled by `retextArticleKeywords`. */
    topics: Topics
    /** People, places, organisations: filled by `retextArticleEntities`. */
    entities: Entities
    /** Direct quotes: filled by `retextArticleQuotes`. */
    quotes: Quote[]
    /** Figures: filled by `retextArticleFigures`. */
    figures: Figure[]
    /** Dates: filled by `retextArticleFigures`. */
    dates: DateMention[]
    /** The whole digest: filled by `retextArticle`. */
    digest: Digest
    /** Evidence of the page’s markup, block by block: filled by `retext-article/html`. */
    htmlBlocks: BlockEvidence[]
  }
}
