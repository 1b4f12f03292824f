/**
 * Read a page with the built-in rules and the story locator, for callers that
 * only have its lines: the structure plugin looks for the headline right
 * before the story this finds.
 */
import {newLineMemo, type LineMemo} from '../memo.js'
import {storyBlocks} from './blocks.js'
import {locateStory} from './locate.js'
import type {StoryBlock, StorySpan} from './locate.js'

/** A page read by `readPage`. */
export interface PageReading {
  /** Each line as the rules see it (trimmed, without leading bullets). */
  readonly texts: readonly string[]
  readonly blocks: readonly StoryBlock[]
  readonly span: StorySpan
}

/**
 * Match every line against the built-in rules and locate the story. `memo`
 * (see `lineMemoOf`) shares the work with other readers of the same lines.
 */
export function readPage(lines: readonly string[], memo: LineMemo = newLineMemo()): PageReading {
  const seen = lines.map((line) => memo.line(line))
  const blocks = storyBlocks(
    seen.map((line) => ({text: line.text, rule: memo.match(line)?.id})),
    memo.measure
  )
  return {texts: seen.map((line) => line.text), blocks, span: locateStory(blocks)}
}
