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
  let text = ''
  const blocks: BlockEvidence[] = []
  for (const block of walked) {
    if (text !== '') text += '\n\n'
    const start = text.length
    text += block.lines.join('\n')
    blocks.push(evidenceOf(block, start, text.length))
  }

  return {text, blocks}
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
