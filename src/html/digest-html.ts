/**
 * `digestHtml(html)`: the whole pipeline on a page given as HTML. The page is
 * read as a person sees it (one block of text to a paragraph, heading, list
 * item or table row) and the markup is kept as evidence for the boilerplate
 * and structure plugins.
 */
import type {Root} from 'hast'
import {VFile} from 'vfile'
import {digestFile, digestOptionSchema} from '../digest.js'
import type {DigestOptions} from '../digest.js'
import {checkLength, defaultMaxLength} from '../parser/retext-article-english.js'
import {checkOptions} from '../options.js'
import type {Digest, PageMeta} from '../types.js'
import {articleBodyOf} from './json-ld.js'
import type {KeepInline} from './blocks.js'
import {jsonLdOnce, type JsonLdReader} from './json-ld-scripts.js'
import {readPageMetaWith} from './meta/index.js'
import {readHtml} from './reader.js'
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
  /**
   * Where `text` comes from: `'page'`, the visible page, or `'json-ld'`, the
   * `articleBody` of the page’s structured data, taken when the visible page
   * gives next to no story and that body holds prose.
   */
  source: 'page' | 'json-ld'
  /** What the page says about itself, from its markup (see `readPageMeta`). */
  meta: PageMeta
}

/** Words under which the visible page’s story counts as next to none. */
const nearEmptyWords = 30
/** Words the JSON-LD `articleBody` holds, at least, to replace it (and more than the story). */
const proseWords = 50

/**
 * The visible text of a page (HTML or a hast tree), one block to a
 * paragraph, with what the markup says about each block. HTML is read in
 * one linear pass at any depth (see `reader.ts`).
 *
 * @throws {TypeError} When `html` is neither a string nor a hast root.
 */
export function htmlToText(html: string | Root): PageText {
  if (typeof html === 'string') return pageOf(html).page

  if (typeof html === 'object' && html !== null && (html as {type?: unknown}).type === 'root') {
    return pageText(walkBlocks(html))
  }

  throw new TypeError(`htmlToText: expected \`html\` to be a string or a hast root, not \`${describe(html)}\``)
}

/**
 * A page’s text and evidence, the `articleBody` of its JSON-LD, and the
 * tree its metadata is read from; `keep` says which inline markup the story
 * keeps (links, images), and `read` parses each JSON-LD script once.
 */
function pageOf(html: string, keep: KeepInline = {}, read: JsonLdReader = jsonLdOnce()): {page: PageText; articleBody: string; tree: Root} {
  const found = readHtml(html, keep)
  // The elements metadata is read from, with the JSON-LD scripts, as a flat tree.
  const scripts: Root['children'] = found.jsonLd.map((value) => ({
    type: 'element',
    tagName: 'script',
    properties: {type: 'application/ld+json'},
    children: [{type: 'text', value}]
  }))
  const tree: Root = {type: 'root', children: [...found.meta, ...scripts]}
  return {page: found.page, articleBody: articleBodyOf(found.jsonLd, read), tree}
}

/**
 * Digest a news page given as HTML. `maxLength` bounds the HTML: a longer
 * page fails (`max-length`) before it is read.
 *
 * When the visible page gives next to no story (under 30 words) and the
 * JSON-LD `articleBody` holds prose (50 words or more, and more than the
 * page gave), that body is digested instead: `source` says `'json-ld'`, and
 * a warning (`html-article-body`) is in the messages of the error-free run
 * (see `file.messages` through the plugins).
 *
 * @throws {TypeError} When `html` is not a string or an option is wrong.
 */
export function digestHtml(html: string, options?: Readonly<DigestOptions> | null): HtmlDigest {
  if (typeof html !== 'string') {
    throw new TypeError(`digestHtml: expected \`html\` to be a string, not \`${describe(html)}\``)
  }

  // Options are checked, and the HTML bounded, before the page is read.
  const settings = checkOptions('digestHtml', options, digestOptionSchema)
  checkLength(new VFile(), html.length, settings.maxLength ?? defaultMaxLength)
  const read = jsonLdOnce()
  const {page, articleBody, tree} = pageOf(html, {links: settings.links ?? false, images: settings.images ?? false}, read)
  const file = new VFile(page.text)
  file.data.htmlBlocks = page.blocks
  if (articleBody !== '') file.data.htmlArticleBody = articleBody
  const digest = digestFile('digestHtml', file, options)
  const visible = {...digest, text: page.text, source: 'page' as const}
  let result: Omit<HtmlDigest, 'meta'> = visible
  if (articleBody !== '' && wordsOf(digest.body) < nearEmptyWords) {
    const words = wordsOf(articleBody)
    if (words >= proseWords && words > wordsOf(digest.body)) {
      result = {...digestFile('digestHtml', new VFile(articleBody), options), text: articleBody, source: 'json-ld'}
    }
  }

  return {...result, meta: readPageMetaWith(tree, {headline: result.headline}, read)}
}

const word = /[\p{L}\p{N}]+/gu

function wordsOf(value: string): number {
  let count = 0
  word.lastIndex = 0
  while (word.exec(value) !== null) count++
  return count
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}
