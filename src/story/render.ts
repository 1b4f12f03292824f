/**
 * The story's blocks as Markdown, plain text, a hast tree and HTML. Every
 * block's text is written whole; Markdown escapes what would read as syntax.
 */
import type {Element, ElementContent, Root} from 'hast'
import type {StoryBlock} from '../types.js'

/** The story as Markdown (CommonMark): `#` headings, `-`/`1.` lists, `>` quotes. */
export function storyMarkdown(blocks: readonly StoryBlock[]): string {
  return join(blocks, function (block, number) {
    const text = escapeMarkdown(block.text)
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
  return join(blocks, function (block, number) {
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
    const text: ElementContent = {type: 'text', value: block.text}
    if (block.kind === 'item') {
      const tagName = block.ordered ? 'ol' : 'ul'
      if (list === null || list.tagName !== tagName) {
        list = element(tagName, [])
        children.push(list)
      }

      list.children.push(element('li', [text]))
      continue
    }

    list = null
    if (block.kind === 'heading') children.push(element(`h${block.depth}`, [text]))
    else if (block.kind === 'quote') children.push(element('blockquote', [element('p', [text])]))
    else children.push(element('p', [text]))
  }

  return {type: 'root', children}
}

/** A hast tree of the story's elements as HTML, a block a line. */
export function storyHtml(tree: Root): string {
  return tree.children.map((node) => (node.type === 'element' ? html(node) : '')).join('\n')
}

function html(node: Element): string {
  const inner = node.children.map((child) => (child.type === 'element' ? html(child) : child.type === 'text' ? escapeHtml(child.value) : '')).join('')
  return `<${node.tagName}>${inner}</${node.tagName}>`
}

function element(tagName: string, children: ElementContent[]): Element {
  return {type: 'element', tagName, properties: {}, children}
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

const inlineSyntax = /[\\`*_[\]<>|]/g
const lineStart = /^(#{1,6}(?=\s|$)|[-+=](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))/

function escapeMarkdown(value: string): string {
  const escaped = value.replace(inlineSyntax, '\\$&')
  return escaped.replace(lineStart, (match) => (/^\d/.test(match) ? `${match}\\` : `\\${match}`))
}
