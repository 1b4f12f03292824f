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
  /** Author names, in order of appearance, without duplicates (reporters credited in a sign-off line too). */
  authors: string[]
  /** Contacts from sign-off lines. */
  contacts: Contact[]
  /** A news agency named with the authors (`By A and B (Reuters)`), if any. */
  agency: string | null
  /** Editors credited in a sign-off line (`Editing by …`). */
  editors: string[]
  /** A date written with the byline (`By A · 12 June 2025`), with its value where it can be read. */
  date: {text: string; value: string | null} | null
}

/** The dateline that opens the story (`SEOUL—`, `WASHINGTON (Reuters) -`). */
export interface Dateline extends Span {
  /** The dateline as written, without the dash that ends it (`WASHINGTON (Reuters)`). */
  text: string
  /**
   * The place, in title case when written in capitals (`Washington`), several
   * cities joined by `/` (`Lima/Quito`); `null` for an agency-only dateline (`(CNN) --`).
   */
  place: string | null
  /** A news agency named in the dateline (`Reuters`), if any. */
  agency: string | null
  /** The cities, in title case when written in capitals (`['Lima', 'Quito']` for `LIMA/QUITO`); empty for an agency-only dateline. */
  cities: string[]
  /** A region or country after the city (`Norway` in `Tromsø, Norway –`), if any. */
  region: string | null
  /** A date in the dateline (`March 3`), with its value where it can be read (`--03-03`, `2026-03-03`). */
  date: {text: string; value: string | null} | null
}

/** A paragraph-level text with its span. */
export interface TextSpan extends Span {
  text: string
}

/**
 * When the story was published or updated, as the text says (a timestamp
 * line, a dated byline, a dateline with a year).
 */
export interface PublishedDate {
  /** The line or date as written (`Published 14 March 2026, 09:12 GMT`). */
  text: string
  /**
   * ISO 8601: a day (`2026-03-14`), or a day and a time (`2026-03-14T09:12`),
   * with the offset when the text names the zone (`2026-03-14T09:12Z`).
   */
  value: string
  /** Where it was read: a `timestamp` line, the `byline` or the `dateline`. */
  source: 'timestamp' | 'byline' | 'dateline'
}

/** Article structure (filled by `retextArticleStructure`). */
export interface ArticleStructure {
  headline: TextSpan | null
  dek: TextSpan | null
  dateline: Dateline | null
  byline: Byline
  /** Sign-off lines (contact lines, “Reporting by …”, agency tags, author bios). */
  signoff: TextSpan[]
  /** When the story was published, from the text; `null` when it does not say. */
  published: PublishedDate | null
  /** When the story was last updated, from an `Updated …` line; `null` when it does not say. */
  modified: PublishedDate | null
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
  /** `true` when the block sits inside an element marked `itemprop="articleBody"`. */
  articleBody?: boolean
  /** The block’s links with a safe target, in order (`digestHtml` with `links: true`). */
  links?: Array<{text: string; href: string}>
  /** Images met since the block before, with a safe source (`digestHtml` with `images: true`). */
  images?: Array<{alt: string; src: string}>
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

/**
 * What a figure measures: `money` (a currency), `percent` (`%`, percentage
 * or basis points), `temperature` (`°C`, `°F`), `measure` (`km`, `tonnes`,
 * `square metres`) or a plain `count` (`1,200 workers`).
 */
export type FigureKind = 'money' | 'percent' | 'temperature' | 'measure' | 'count'

/** The bounds of a range (`between 20 and 30 staff`, `$5m-$7m`, `5–7%`). */
export interface FigureRange {
  min: number
  max: number
}

/** A number with what it measures and counts (filled by `retextArticleFigures`). */
export interface Figure extends Span {
  /** The figure as written (`roughly 15,000 troops`). */
  text: string
  /** The numeric value, when it can be read (`15000`); for a range, its lower bound. */
  value: number | null
  /**
   * Unit as written, normalised: a currency symbol or word (`$`, `€`,
   * `kroner`), `%`, `percentage points`, `basis points`, `°C`, or a measure
   * (`km`, `square metres`), if any.
   */
  unit: string | null
  /** What it counts: the head of the noun phrase after it (`120 maintenance jobs` → `jobs`), if it can be told. */
  what: string | null
  /** What kind of figure it is. */
  kind: FigureKind
  /**
   * The ISO 4217 code of its currency (`EUR` for `€2.4m` and `2.4 million
   * euros`; `$` alone is `USD`), `null` when it is not money or the code
   * cannot be told (`kroner`, without `Danish` or `Norwegian`).
   */
  currency: string | null
  /** Its bounds, when it is a range (`between 20 and 30 staff`); else `null`. */
  range: FigureRange | null
}

/** Kinds of date expressions. */
export type DateKind = 'year' | 'month' | 'day' | 'weekday' | 'relative' | 'date' | 'decade' | 'season' | 'time'

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

/** Where a metadata value came from: JSON-LD, a head tag (`<meta>`, `<title>`, `<link>`, `<html lang>`), a `<time>` element, or the story's text. */
export type MetaSource = 'json-ld' | 'meta' | 'time' | 'text'

/** One metadata value with its source. */
export interface MetaValue<T = string> {
  value: T
  source: MetaSource
}

/** A date from the metadata, as written and as ISO 8601. */
export interface MetaDate {
  /**
   * ISO 8601 when it can be read as a date: a day (`2026-03-14`), a local
   * time as written (`2026-03-14T09:12`), or UTC when the page names the
   * offset (`2026-03-14T08:12:00.000Z`); `null` when it cannot be read.
   */
  value: string | null
  /** The date as the page gives it. */
  raw: string
  source: MetaSource
}

/** Where the metadata and the story's text disagree, which won and why. */
export interface MetaConflict {
  /** The field of `PageMeta` (`title`). */
  field: string
  /** The value from the metadata. */
  meta: string
  /** The value from the text. */
  text: string
  winner: 'meta' | 'text'
  reason: string
}

/** What a page says about itself (filled by `digestHtml` from its markup). Absent fields are `null`. */
export interface PageMeta {
  title: MetaValue | null
  published: MetaDate | null
  modified: MetaDate | null
  authors: MetaValue<string[]> | null
  publisher: MetaValue | null
  siteName: MetaValue | null
  section: MetaValue | null
  tags: MetaValue<string[]> | null
  description: MetaValue | null
  image: MetaValue | null
  /** The canonical URL. */
  url: MetaValue | null
  lang: MetaValue | null
  conflicts: MetaConflict[]
}

/**
 * A link kept in a story block's text (`digestHtml` with `links: true`):
 * `start`/`end` are offsets into the block's `text`, `href` its target as the
 * page wrote it (relative URLs stay relative).
 */
export interface StoryLink extends Span {
  text: string
  href: string
}

/**
 * One block of the story as output: a heading, a paragraph, a list item, a
 * block quote or (`digestHtml` with `images: true`) an image. Blocks with text
 * carry `links` when `digestHtml` was asked to keep them and the block has some.
 */
export type StoryBlock =
  | {kind: 'heading'; /** 1 for the headline, 2–6 for subheads. */ depth: number; text: string; links?: StoryLink[]}
  | {kind: 'paragraph'; text: string; links?: StoryLink[]}
  | {kind: 'item'; /** A numbered list item. */ ordered: boolean; text: string; links?: StoryLink[]}
  | {kind: 'quote'; text: string; links?: StoryLink[]}
  | {kind: 'image'; /** The `alt` text, white space collapsed; empty when the page gave none. */ alt: string; src: string}

/** The story as a document (filled when the `story` option is on). */
export interface Story {
  /** Headline, dek and body in order, each block with what it is. */
  blocks: StoryBlock[]
  /** The story as Markdown (CommonMark). */
  markdown: string
  /** The story as plain text: a blank line between blocks, list items marked, quotes indented. */
  text: string
  /** The story as clean HTML, from `digestHtml` (`null` for plain text). */
  html: string | null
}

/** The digest of an article: what `digest()` returns. JSON-serialisable. */
export interface Digest {
  headline: string | null
  dek: string | null
  dateline: Dateline | null
  byline: Byline
  /** When the story was published, from a timestamp line, a dated byline or a dateline (`null` when the text does not say). */
  published: PublishedDate | null
  /** When the story was updated, from an `Updated …` line (`null` when the text does not say). */
  modified: PublishedDate | null
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
  /** What the page says about itself, from its markup (`digestHtml`); `null` for plain text. */
  meta: PageMeta | null
  /** The story as Markdown, text and HTML, with the `story` option (`null` without). */
  story: Story | null
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
    /**
     * Which step of the boilerplate fail-safe produced the body
     * (`'all-cues'` unless the story came back empty or small): filled by
     * `retextArticleBoilerplate`.
     */
    boilerplateStep: 'all-cues' | 'no-landmarks' | 'no-classes' | 'text-only' | 'rules-only' | 'keep-all'
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
    /**
     * The story’s body as the page’s JSON-LD gives it (`articleBody` of an
     * `Article`), when it has one: filled by `retext-article/html`.
     */
    htmlArticleBody: string
    /**
     * Source spans of the character references (and `\r\n`) whose text is
     * shorter than their source: filled by `rehypeArticleBlocks`, read by the
     * retext plugins to end a node that ends in one at its end.
     */
    htmlReferences: Span[]
  }
}
