/**
 * Locate the story on a page: the run of blocks with the highest total score
 * (see `score.ts`), where story-like blocks count for their length and page
 * furniture between them costs a fixed amount each. A story broken by an ad
 * or a caption stays whole (its paragraphs outweigh the cost of the break);
 * a menu, a list of teasers or a comment thread far from it is left out
 * (the furniture between costs more than it brings).
 *
 * Linear: one pass to score, one pass (Kadane’s maximum subarray) to find
 * the run.
 */
import type {BlockFeatures} from './features.js'
import {listItems} from './lists.js'
import {defaultWeights, scoreBlock} from './score.js'
import type {BlockKind, ScoreWeights} from './score.js'

/** A block as the locator sees it. */
export interface StoryBlock {
  readonly features: BlockFeatures
  /** `ruleId` of the boilerplate rule that took the block, if any. */
  readonly rule?: string | undefined
  /**
   * Whether that rule names something that sits inside stories (a caption,
   * an ad slot, a teaser), which costs less to step over than a menu.
   */
  readonly inline?: boolean | undefined
  /** Whether the block opens a section of related links or of comments. */
  readonly section?: 'related' | 'comments' | undefined
  /** Whether the block repeats an earlier one word for word. */
  readonly repeated?: boolean | undefined
  /**
   * The block’s share of a paragraph wrapped over several blocks (default
   * `1`): its features are the paragraph’s, its score that share of the
   * paragraph’s.
   */
  readonly share?: number | undefined
}

/** Where the story is. */
export interface StorySpan {
  /** Index of the first block of the story; `-1` when no story was found. */
  readonly start: number
  /** Index of the last block of the story; `-1` when no story was found. */
  readonly end: number
  /** Total score of the span, in words. */
  readonly score: number
  /** Kind of every block. */
  readonly kinds: readonly BlockKind[]
  /** Score of every block. */
  readonly scores: readonly number[]
}

/** Settings of `locateStory`. */
export interface LocateSettings {
  readonly weights?: ScoreWeights | undefined
  /** Least score of a span that is a story (default `20`): below it, nothing is located. */
  readonly minScore?: number | undefined
}

/** Most ad slots or captions stepped over to a short sentence after the story. */
const inlineReach = 2

/** Find the story span among `blocks`. */
export function locateStory(blocks: readonly StoryBlock[], settings: LocateSettings = {}): StorySpan {
  const weights = settings.weights ?? defaultWeights
  const minScore = settings.minScore ?? 20
  const listed = listItems(blocks)
  const kinds: BlockKind[] = []
  const scores: number[] = []

  // Once a comment section opens after a story, nothing after it is story:
  // comments read like prose, and there may be many more of them.
  let before = 0
  let comments = false
  for (const [index, block] of blocks.entries()) {
    if (comments) {
      const scored = scoreBlock(block.features, listed[index]!, weights)
      kinds.push('comment')
      scores.push(Math.min(0, block.rule ? -weights.furniture : scored.score))
    } else if (block.section) {
      if (block.section === 'comments' && before >= minScore) comments = true
      kinds.push('section-break')
      scores.push(-weights.section)
    } else if (block.rule) {
      kinds.push('furniture')
      scores.push(block.inline ? -weights.inline : -weights.furniture)
    } else if (block.repeated) {
      kinds.push('repeated')
      scores.push(-weights.link)
    } else {
      const scored = scoreBlock(block.features, listed[index]!, weights)
      const score = scored.score * (block.share ?? 1)
      kinds.push(scored.kind)
      scores.push(score)
      if (score > 0) before += score
    }
  }

  // Kadane: the run with the highest sum.
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let start = 0
  for (const [index, score] of scores.entries()) {
    if (sum <= 0) {
      sum = 0
      start = index
    }

    sum += score
    if (sum > best) {
      best = sum
      bestStart = start
      bestEnd = index
    }
  }

  if (best < minScore) return {start: -1, end: -1, score: best, kinds, scores}

  // A short sentence after an ad slot or a caption still ends the story,
  // though the slot costs more than the sentence brings.
  let end = bestEnd
  let skipped = 0
  for (let index = bestEnd + 1; index < blocks.length && skipped <= inlineReach; index++) {
    if (kinds[index] === 'furniture' && blocks[index]!.inline) {
      skipped++
    } else if (kinds[index] === 'short-sentence') {
      end = index
      skipped = 0
    } else {
      break
    }
  }

  return {start: bestStart, end, score: best, kinds, scores}
}
