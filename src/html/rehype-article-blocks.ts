/**
 * Plugin (rehype): read the page’s markup for the retext plugins of this
 * package that run after `rehype-retext`. It records what the markup says
 * about each block in `file.data.htmlBlocks`, with offsets into the HTML
 * source (where the nlcst positions of `rehype-retext` point), so that
 * `retextArticleBoilerplate` takes navigation, footers, asides, captions and
 * link lists for what they are and `retextArticleStructure` takes the `<h1>`
 * for the headline.
 *
 * It also turns line breaks inside the text of a block into spaces (one
 * character for one, so every position stays right): source HTML is wrapped
 * at any width, and the retext plugins start a paragraph at each line break.
 *
 * And it cuts text nodes at character references (`&amp;`, `&#8217;`) and
 * `\r\n`, whose text is shorter than their source, so that the positions
 * `rehype-retext` gives after them do not drift; their spans go to
 * `file.data.htmlReferences`, where the retext plugins read where a node
 * ending in one ends.
 */
import type {Element, Root} from 'hast'
import type {VFile} from 'vfile'
import type {BlockEvidence} from '../types.js'
import {splitAtReferences} from './references.js'
import {evidenceOf} from './text.js'
import {walkBlocks} from './walk.js'

const lineBreaks = /[\r\n]/g

/**
 * Record the markup’s evidence in `file.data.htmlBlocks` and unwrap the
 * text of blocks. Use before `rehype-retext`.
 */
export function rehypeArticleBlocks() {
  return function (tree: Root, file: VFile): undefined {
    // Each character reference its own text node, placed in the source.
    file.data.htmlReferences = file.value === undefined ? [] : splitAtReferences(tree, String(file))
    unwrap(tree)
    const blocks: BlockEvidence[] = []
    for (const block of walkBlocks(tree)) {
      // Blocks of a tree without positions cannot be placed in the file.
      if (block.start !== undefined && block.end !== undefined) blocks.push(evidenceOf(block, block.start, block.end))
    }

    file.data.htmlBlocks = blocks
  }
}

/** Replace line breaks in text outside `<pre>` with spaces, iteratively. */
function unwrap(tree: Root): void {
  const stack: Array<Root | Element> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const child of node.children) {
      if (child.type === 'text') child.value = child.value.replace(lineBreaks, ' ')
      else if (child.type === 'element' && child.tagName !== 'pre') stack.push(child)
    }
  }
}
