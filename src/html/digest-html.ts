/**
 * `digestHtml(html)`: the whole pipeline on a page given as HTML. The page is
 * read as a person sees it (one block of text to a paragraph, heading, list
 * item or table row) and the markup is kept as evidence for the boilerplate
 * and structure plugins.
 */
import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {VFile} from 'vfile'
import {digestFile} from '../digest.js'
import type {DigestOptions} from '../digest.js'
import type {Digest, PageMeta} from '../types.js'
import {readPageMeta} from './meta/index.js'
import {stripTags} from './strip.js'
import {pageText} from './text.js'
import type {PageText} from './text.js'
import {walkBlocks} from './walk.js'

/** The digest of a page given as HTML. */
export interface HtmlDigest extends Digest {
  /**
   * The page’s text that the digest reports on: one line per paragraph, a
   * blank line between blocks. Every `start`/`end` of the digest is an offset
   * into it (not into the HTML).
   */
  text: string
  /** What the page says about itself, from its markup (see `readPageMeta`). */
  meta: PageMeta
}

/**
 * The visible text of a page (HTML or a hast tree), one block to a
 * paragraph, with what the markup says about each block. A page too deeply
 * nested for the parser gives its text without evidence.
 *
 * @throws {TypeError} When `html` is neither a string nor a hast root.
 */
export function htmlToText(html: string | Root): PageText {
  if (typeof html === 'string') return readHtml(html).page

  if (typeof html === 'object' && html !== null && (html as {type?: unknown}).type === 'root') {
    return pageText(walkBlocks(html))
  }

  throw new TypeError(`htmlToText: expected \`html\` to be a string or a hast root, not \`${describe(html)}\``)
}

/** The page as text, and its tree (`null` when the parser could not build one). */
function readHtml(html: string): {page: PageText; tree: Root | null} {
  let tree: Root
  try {
    tree = fromHtml(html)
  } catch (error) {
    // The parser recurses; a page nested thousands of elements deep
    // overflows it. Its text is still worth reading, without evidence.
    if (!(error instanceof RangeError)) throw error
    return {page: {text: stripTags(html), blocks: []}, tree: null}
  }

  return {page: pageText(walkBlocks(tree)), tree}
}

/**
 * Digest a news page given as HTML.
 *
 * @throws {TypeError} When `html` is not a string or an option is wrong.
 */
export function digestHtml(html: string, options?: Readonly<DigestOptions> | null): HtmlDigest {
  if (typeof html !== 'string') {
    throw new TypeError(`digestHtml: expected \`html\` to be a string, not \`${describe(html)}\``)
  }

  const {page, tree} = readHtml(html)
  const file = new VFile(page.text)
  file.data.htmlBlocks = page.blocks
  const result = digestFile('digestHtml', file, options)
  const meta = readPageMeta(tree ?? emptyTree, {headline: result.headline})
  return {...result, meta, text: page.text}
}

const emptyTree: Root = {type: 'root', children: []}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}
