/**
 * The story as blocks (headings, paragraphs, list items, block quotes), read
 * from the article tree after the pipeline: the headline and dek, then the
 * body paragraphs in order. From HTML the markup says what each block is (its
 * element, a `blockquote` around it); from plain text the usual markers do
 * (`- `, `* `, `• `, `1. `, `> `) and a short line without an end mark
 * between body paragraphs is taken for a subhead. The text of every body
 * paragraph is kept whole; only a list or quote marker is taken off.
 *
 * When the page's evidence holds links and images (`digestHtml` with `links`
 * or `images`), a block's links are found in its text in order (a link whose
 * text is not there, say in a dateline taken off, is left out: its words
 * stay), and the images met since the story block before come before it,
 * each as an image block.
 */
import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {paragraphsOf, textOf} from '../nlcst/paragraphs.js'
import type {BlockEvidence, StoryBlock, StoryLink} from '../types.js'

const spaces = /\s+/g
const bullet = /^[-*•–]\s+(?=\S)/
const number = /^(\d{1,3})[.)]\s+(?=\S)/
const quote = /^>\s?/
// Ends a sentence or a clause: a line ending so is not a subhead.
const endMark = /[.!?:;,…"”’)\]]$/

/** The story's blocks from a tree the pipeline ran on. */
export function storyBlocks(tree: Root, file: VFile): StoryBlock[] {
  const value = file.value === undefined ? '' : String(file.value)
  const evidence = file.data.htmlBlocks
  const blocks: StoryBlock[] = []
  const article = file.data.article
  if (article?.headline) blocks.push({kind: 'heading', depth: 1, text: article.headline.text})
  if (article?.dek) blocks.push({kind: 'paragraph', text: article.dek.text})
  const body = paragraphsOf(tree).filter(isBody)
  let cursor = 0
  // The first block whose images are not placed yet, and the links of the
  // current block not placed yet.
  let imagesFrom = 0
  let linkBlock = -1
  let linksFrom = 0
  for (const [index, paragraph] of body.entries()) {
    const start = paragraph.position?.start.offset
    const end = paragraph.position?.end.offset
    if (start === undefined || end === undefined) continue
    const from = Math.max(start, paragraph.data?.datelineEnd ?? start)
    const own = textOf(paragraph)
    const text = (value.slice(start, end) === own ? value.slice(from, end) : own).replace(spaces, ' ').trim()
    if (!text) continue
    if (evidence && evidence.length > 0) {
      // Paragraphs come in page order: the search for each block goes on
      // from the last one found, so the whole walk is linear.
      while (cursor < evidence.length - 1 && evidence[cursor]!.end <= start) cursor++
      const block = evidence[cursor]!
      const inside = block.start <= start && start < block.end
      if (inside) {
        for (; imagesFrom <= cursor; imagesFrom++) {
          for (const image of evidence[imagesFrom]!.images ?? []) blocks.push({kind: 'image', alt: image.alt, src: image.src})
        }
      }

      const story: StoryBlock = inside ? fromMarkup(block, text) : {kind: 'paragraph', text}
      if (inside && block.links && block.links.length > 0) {
        if (linkBlock !== cursor) {
          linkBlock = cursor
          linksFrom = 0
        }

        const found = linksIn(text, block.links, linksFrom)
        linksFrom = found.next
        if (found.links.length > 0 && story.kind !== 'image') story.links = found.links
      }

      blocks.push(story)
    } else {
      blocks.push(fromText(text, index > 0 && index < body.length - 1))
    }
  }

  return blocks
}

/**
 * The links of a block found in `text`, in order from `from`: each searched
 * after the one before, and the search stops at the first not found, which
 * the next paragraph of the block may hold. Linear in the text.
 */
function linksIn(
  text: string,
  links: ReadonlyArray<{text: string; href: string}>,
  from: number
): {links: StoryLink[]; next: number} {
  const found: StoryLink[] = []
  let position = 0
  let next = from
  for (; next < links.length; next++) {
    const link = links[next]!
    const start = text.indexOf(link.text, position)
    if (start === -1) break
    position = start + link.text.length
    found.push({text: link.text, href: link.href, start, end: position})
  }

  return {links: found, next}
}

function isBody(paragraph: Paragraph): boolean {
  const data = paragraph.data
  if (!data) return true
  if (data.boilerplate) return false
  return data.articleRole === undefined || data.articleRole === 'body'
}

function fromMarkup(block: BlockEvidence, text: string): StoryBlock {
  const heading = /^h([1-6])$/.exec(block.tag)
  // The page's own h1 is the headline: headings in the story sit below it.
  if (heading) return {kind: 'heading', depth: Math.max(2, Number(heading[1])), text}
  if (block.tag === 'li') return {kind: 'item', ordered: false, text}
  if (block.within.includes('blockquote')) return {kind: 'quote', text}
  return {kind: 'paragraph', text}
}

function fromText(text: string, between: boolean): StoryBlock {
  let match = bullet.exec(text)
  if (match) return {kind: 'item', ordered: false, text: text.slice(match[0].length)}
  match = number.exec(text)
  if (match) return {kind: 'item', ordered: true, text: text.slice(match[0].length)}
  match = quote.exec(text)
  if (match && text.length > match[0].length) return {kind: 'quote', text: text.slice(match[0].length)}
  if (between && isSubhead(text)) return {kind: 'heading', depth: 2, text}
  return {kind: 'paragraph', text}
}

function isSubhead(text: string): boolean {
  if (text.length > 80 || endMark.test(text)) return false
  const first = text.codePointAt(0)!
  const letter = String.fromCodePoint(first)
  if (letter.toUpperCase() === letter.toLowerCase() || letter !== letter.toUpperCase()) return false
  return text.split(' ').length <= 10
}
