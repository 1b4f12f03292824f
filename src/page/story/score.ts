/**
 * Score each block for the story locator: how much it pulls the story span
 * towards it (prose, list items, table rows) or pushes it away (menus, link
 * lists, page furniture), in words. Each block gets a named kind, so every
 * decision the locator makes can be explained.
 */
import type {BlockFeatures} from './features.js'

/**
 * What a block looks like, for the locator: the evidence behind each of its
 * verdicts (see `verdicts.ts`).
 */
export type BlockKind =
  /** Sentences of some length: what stories are made of. */
  | 'prose'
  /** A short sentence (“He declined to comment.”). */
  | 'short-sentence'
  /** A long block that does not end like a sentence. */
  | 'long-text'
  /**
   * An item of a list: numbered in order, one of a run of lines of one
   * shape, or under a line that ends with a colon (see `lists.ts`).
   */
  | 'list-item'
  /** A row of a table (cells split by tabs). */
  | 'table-row'
  /** A line that is only a web address. */
  | 'address'
  /** A short line with figures in it: a row of data, an ingredient, a result. */
  | 'data-line'
  /** A short line in title case, or of one or two words: a menu entry, a link, a label. */
  | 'link-like'
  /** Any other line that is not a sentence: a teaser, a subhead, a label. */
  | 'short-line'
  /** A line a boilerplate rule took. */
  | 'furniture'
  /** A block that repeats an earlier one word for word. */
  | 'repeated'
  /** A block after the heading of a comment section. */
  | 'comment'
  /** A heading that opens related links or comments: the story rarely goes on after it. */
  | 'section-break'

/** Weights of the score, in words. */
export interface ScoreWeights {
  /** Cost of a line a boilerplate rule took. */
  readonly furniture: number
  /** Cost of a line a rule took for something that sits inside stories (an ad slot, a caption). */
  readonly inline: number
  /** Cost of a link-like line. */
  readonly link: number
  /** Cost of another short line. */
  readonly short: number
  /** Cost of a heading of related links or comments. */
  readonly section: number
}

/** Default weights. */
export const defaultWeights: ScoreWeights = Object.freeze({furniture: 20, inline: 8, link: 12, short: 2, section: 40})

/** The default weights with every cost multiplied by `strictness`. */
export function scaleWeights(strictness: number): ScoreWeights {
  if (strictness === 1) return defaultWeights
  return {
    furniture: defaultWeights.furniture * strictness,
    inline: defaultWeights.inline * strictness,
    link: defaultWeights.link * strictness,
    short: defaultWeights.short * strictness,
    section: defaultWeights.section * strictness
  }
}

/** Fewest words of a sentence that counts as prose. */
export const proseWords = 8
/** Fewest words of a long block that does not end like a sentence. */
const longWords = 20
/** A line with at least this share of numbers is data, even in title case. */
const dataNumbers = 0.3
/** A line with at least this share of capitalised words reads as a title or a menu. */
const titleCapitals = 0.6

/** A scored block. */
export interface ScoredBlock {
  readonly kind: BlockKind
  /** Positive: story-like, in words; negative: a cost, in words. */
  readonly score: number
}

/**
 * Score one block from its features. `listed` says whether the block is
 * part of a numbered list (its number follows or precedes a neighbour’s).
 */
export function scoreBlock(
  features: BlockFeatures,
  listed: boolean,
  weights: ScoreWeights = defaultWeights
): ScoredBlock {
  const {size, terminal, capitals, functionShare} = features
  const title = capitals >= titleCapitals

  if (terminal && size >= proseWords && !features.truncated) {
    // Title case is a headline with a full stop, or a list of names.
    return {kind: 'prose', score: title ? size * 0.3 : size}
  }

  if (size >= longWords && !title) {
    // Prose without its last full stop, or a recipe’s ingredients (with
    // figures); a tag list has neither function words nor figures.
    return {kind: 'long-text', score: functionShare >= 0.15 || features.numbers >= 0.1 ? size * 0.5 : -weights.short}
  }

  if (listed) return {kind: 'list-item', score: Math.max(2, size * 0.5)}
  if (features.tabular) return {kind: 'table-row', score: 1}
  if (features.address) return {kind: 'address', score: -1}
  if (terminal && size >= 2 && !title) return {kind: 'short-sentence', score: size * 0.5}
  // Results and figures (`Ana Lima (Brazil) beat Eva Roe (U.S.) 6-4 6-2`),
  // though their names make them look like titles.
  if (features.numbers >= dataNumbers && size >= 4) return {kind: 'data-line', score: 0}
  if (title || size <= 2) return {kind: 'link-like', score: -weights.link}
  if (features.numbers >= 0.1 && size >= 3) return {kind: 'data-line', score: 0}
  return {kind: 'short-line', score: -weights.short}
}
