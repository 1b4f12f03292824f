/**
 * The text a page shows, one block to a paragraph, and what its markup says
 * about each block, with offsets into that text.
 */
import type {BlockEvidence} from '../types.js'
import type {WalkedBlock} from './walk.js'

/** A page as text, with the markup’s evidence on each block. */
export interface PageText {
  /** The visible text: one line per paragraph, a blank line between blocks. */
  text: string
  /** Evidence of each block, in order; `start`/`end` are offsets into `text`. */
  blocks: BlockEvidence[]
}

/** Join walked blocks into text, and place each block’s evidence in it. */
export function pageText(walked: readonly WalkedBlock[]): PageText {
  const builder = new PageTextBuilder()
  for (const block of walked) builder.add(block)
  return builder.finish()
}

/**
 * Builds a page’s text block by block, as the reader finds them, so that a
 * page of a million blocks never holds them all besides their text and
 * evidence. The parts are joined once at the end: a string grown by `+=` is
 * a rope of one node per part.
 */
export class PageTextBuilder {
  private readonly parts: string[] = []
  private readonly blocks: BlockEvidence[] = []
  private length = 0

  /** Add the next block, after a blank line. */
  add(block: WalkedBlock): void {
    if (this.length !== 0) {
      this.parts.push('\n\n')
      this.length += 2
    }

    const value = block.lines.join('\n')
    this.parts.push(value)
    this.blocks.push(evidenceOf(block, this.length, this.length + value.length))
    this.length += value.length
  }

  /** The page’s text and its blocks’ evidence. */
  finish(): PageText {
    return {text: this.parts.join(''), blocks: this.blocks}
  }
}

/** Evidence of a walked block placed at `start`–`end`. */
export function evidenceOf(block: WalkedBlock, start: number, end: number): BlockEvidence {
  const evidence: BlockEvidence = {
    start,
    end,
    tag: block.tag,
    within: block.within,
    linkDensity: block.chars > 0 ? Math.round((block.linkChars / block.chars) * 100) / 100 : 0
  }
  if (block.articleBody) evidence.articleBody = true
  if (block.links) evidence.links = block.links.map((link) => ({...link}))
  if (block.images) evidence.images = block.images.map((image) => ({...image}))
  return evidence
}
