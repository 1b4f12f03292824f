/**
 * Read a page with the built-in rules and the story locator, for callers that
 * only have its lines: the structure plugin looks for the headline right
 * before the story this finds.
 */
import {matchBoilerplate} from '../match.js'
import {toLine} from '../rules/line.js'
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

/** Match every line against the built-in rules and locate the story. */
export function readPage(lines: readonly string[]): PageReading {
  const texts = lines.map((line) => toLine(line).text)
  const blocks = storyBlocks(texts.map((text) => ({text, rule: matchBoilerplate(text)?.rule})))
  return {texts, blocks, span: locateStory(blocks)}
}
