/**
 * A last resort for pages the HTML parser cannot turn into a tree (nested
 * thousands of elements deep, which overflows its recursion): the text
 * between the tags, a block break at each tag that makes a block. One linear
 * scan; no markup evidence comes out of it.
 */

// Tags whose content is never text.
const skipped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title'])
// Tags that break the text into blocks.
const breaking = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'td', 'th', 'tr', 'ul'
])
const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'"}
const entity = /&(amp|lt|gt|quot|apos|nbsp|#39);/g
const tagName = /^\/?([a-zA-Z][a-zA-Z0-9-]{0,20})/
const spaces = /[ \t\f\v\r\u00A0]+/g
// After `spaces`, white space is single spaces and line breaks.
const blankLines = / ?\n(?: ?\n)+ ?/g

/** The visible text of `html`, blocks split by blank lines. */
export function stripTags(html: string): string {
  let text = ''
  let index = 0
  while (index < html.length) {
    const open = html.indexOf('<', index)
    if (open === -1) {
      text += html.slice(index)
      break
    }

    text += html.slice(index, open)
    const close = html.indexOf('>', open + 1)
    if (close === -1) break
    const name = tagName.exec(html.slice(open + 1, open + 24))?.[1]?.toLowerCase()
    index = close + 1
    if (name === undefined) continue
    const closing = html.charAt(open + 1) === '/'
    if (!closing && skipped.has(name)) {
      // Jump past the element’s end (or to the end of the page).
      const end = html.toLowerCase().indexOf(`</${name}`, index)
      index = end === -1 ? html.length : end
    } else if (breaking.has(name)) {
      text += name === 'br' ? '\n' : '\n\n'
    }
  }

  return text
    .replace(entity, (_, name: string) => entities[name]!)
    .replace(spaces, ' ')
    .replace(blankLines, '\n\n')
    .trim()
}
