/**
 * The story as output: Markdown, plain text, and (for the HTML path) HTML,
 * built from the article tree after the pipeline ran. Opt in with the
 * `story` option of `digest()` and `digestHtml()`.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Story} from '../types.js'
import {storyBlocks} from './blocks.js'
import {storyHast, storyHtml, storyMarkdown, storyText} from './render.js'

export {storyBlocks} from './blocks.js'
export {storyHast, storyHtml, storyMarkdown, storyText} from './render.js'

/** The story of a file the pipeline ran on; `html` when the file came from a page. */
export function storyOf(tree: Root, file: VFile): Story {
  const blocks = storyBlocks(tree, file)
  return {
    blocks,
    markdown: storyMarkdown(blocks),
    text: storyText(blocks),
    html: file.data.htmlBlocks ? storyHtml(storyHast(blocks)) : null
  }
}
