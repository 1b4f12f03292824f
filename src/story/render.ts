/**
 * The story's blocks as Markdown, plain text, a hast tree and HTML. Every
 * block's text is written whole; Markdown escapes what would read as syntax.
 * Links kept in a block (`links`) become `[text](href)` and `<a href>`;
 * image blocks `![alt](src)` and `<img>` (plain text leaves images out).
 */
import type {Element, ElementContent, Root} from 'hast'
import type {StoryBlock, StoryLink} from '../types.js'

/** The story as Markdown (CommonMark): `#` headings, `-`/`1.` lists, `>` quotes, `[links](…)`, `![images](…)`. */
export function storyMarkdown(blocks: readonly StoryBlock[]): string {
  return join(blocks, function (block, number) {
    if (block.kind === 'image') return `![${escapeInline(block.alt)}](${destination(block.src)})`
    const text = markdownInline(block.text, block.links)
    switch (block.kind) {
      case 'heading': {
        return `${'#'.repeat(block.depth)} ${text}`
      }

      case 'item': {
        return `${block.ordered ? `${number}.` : '-'} ${text}`
      }

      case 'quote': {
        return `> ${text}`
      }

      default: {
        return text
      }
    }
  })
}

/** The story as plain text: a block a line, lists marked, quotes indented, a blank line between blocks. */
export function storyText(blocks: readonly StoryBlock[]): string {
  return join(blocks.filter((block) => block.kind !== 'image'), function (block, number) {
    if (block.kind === 'image') return ''
    if (block.kind === 'item') return `${block.ordered ? `${number}.` : '•'} ${block.text}`
    if (block.kind === 'quote') return `    ${block.text}`
    return block.text
  })
}

/** The story as a hast tree (for rehype): `h1`–`h6`, `p`, `ul`/`ol` with `li`, `blockquote` with `p`. */
export function storyHast(blocks: readonly StoryBlock[]): Root {
  const children: Element[] = []
  let list: Element | null = null
  for (const block of blocks) {
    if (block.kind === 'image') {
      list = null
      children.push(element('p', [element('img', [], {src: block.src, alt: block.alt})]))
      continue
    }

    const text = hastInline(block.text, block.links)
    if (block.kind === 'item') {
      const tagName = block.ordered ? 'ol' : 'ul'
      if (list === null || list.tagName !== tagName) {
        list = element(tagName, [])
        children.push(list)
      }

      list.children.push(element('li', text))
      continue
    }

    list = null
    if (block.kind === 'heading') children.push(element(`h${block.depth}`, text))
    else if (block.kind === 'quote') children.push(element('blockquote', [element('p', text)]))
    else children.push(element('p', text))
  }

  return {type: 'root', children}
}

/** A hast tree of the story's elements as HTML, a block a line. */
export function storyHtml(tree: Root): string {
  return tree.children.map((node) => (node.type === 'element' ? html(node) : '')).join('\n')
}

/** Attributes written, in this order, when an element has them. */
const attributeNames = ['href', 'src', 'alt']

function html(node: Element): string {
  let attributes = ''
  for (const name of attributeNames) {
    const value = node.properties[name]
    if (typeof value === 'string') attributes += ` ${name}="${escapeAttribute(value)}"`
  }

  if (node.tagName === 'img') return `<img${attributes}>`
  const inner = node.children.map((child) => (child.type === 'element' ? html(child) : child.type === 'text' ? escapeHtml(child.value) : '')).join('')
  return `<${node.tagName}${attributes}>${inner}</${node.tagName}>`
}

function element(tagName: string, children: ElementContent[], properties: Record<string, string> = {}): Element {
  return {type: 'element', tagName, properties, children}
}

/** A block's text as hast: text, with its links as `a` elements. */
function hastInline(text: string, links: readonly StoryLink[] | undefined): ElementContent[] {
  const children: ElementContent[] = []
  let cursor = 0
  for (const link of links ?? []) {
    if (link.start > cursor) children.push({type: 'text', value: text.slice(cursor, link.start)})
    children.push(element('a', [{type: 'text', value: text.slice(link.start, link.end)}], {href: link.href}))
    cursor = link.end
  }

  if (cursor < text.length || children.length === 0) children.push({type: 'text', value: text.slice(cursor)})
  return children
}

/** A block's text as Markdown: escaped, with its links as `[text](href)`. */
function markdownInline(text: string, links: readonly StoryLink[] | undefined): string {
  let out = ''
  let cursor = 0
  for (const link of links ?? []) {
    out += escapeInline(text.slice(cursor, link.start))
    out += `[${escapeInline(text.slice(link.start, link.end))}](${destination(link.href)})`
    cursor = link.end
  }

  return escapeLineStart(out + escapeInline(text.slice(cursor)))
}

// Characters a link destination cannot hold bare (CommonMark): percent-encoded.
const destinationUnsafe = /[\s()<>\\`]/g

/** A URL as a Markdown link destination. */
function destination(url: string): string {
  return url.replace(destinationUnsafe, (character) => `%${character.codePointAt(0)!.toString(16).toUpperCase().padStart(2, '0')}`)
}

/** Blocks joined by a blank line; list items of one list by a line break, numbered from 1. */
function join(blocks: readonly StoryBlock[], line: (block: StoryBlock, number: number) => string): string {
  let out = ''
  let number = 0
  let previous: StoryBlock | undefined
  for (const block of blocks) {
    const sameList = block.kind === 'item' && previous?.kind === 'item' && previous.ordered === block.ordered
    number = sameList ? number + 1 : 1
    if (out !== '') out += sameList ? '\n' : '\n\n'
    out += line(block, number)
    previous = block
  }

  return out
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(value: string): string {
  return escapeHtml(value).replace(/"/g, '&quot;')
}

const inlineSyntax = /[\\`*_[\]<>|]/g
const lineStart = /^(#{1,6}(?=\s|$)|[-+=](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))/

function escapeInline(value: string): string {
  return value.replace(inlineSyntax, '\\$&')
}

/** Escape what would read as a block marker at the start of a line (`#`, `-`, `1.`). */
function escapeLineStart(value: string): string {
  return value.replace(lineStart, (match) => (/^\d/.test(match) ? `${match}\\` : `\\${match}`))
}
