/**
 * HTML shapes for the hostile-input bench, each built to a given size, and
 * the reference: ordinary news pages (invented, every paragraph different),
 * of the same size.
 */
import {variedText} from './varied-text.js'

/** Ordinary pages: header, menu, story, related links, footer; the story’s paragraphs are varied text, none repeated. */
export function ordinaryPages(size: number): string {
  const paragraphs = variedText(size)
    .split('\n\n')
    .filter((line) => line.trim() !== '')
  let html = ''
  let page = 0
  let next = 0
  while (html.length < size && next < paragraphs.length) {
    page++
    const story = paragraphs.slice(next, next + 12).map((text) => `<p>${text}</p>`)
    next += 12
    html +=
      `<!doctype html><html><head><title>Page ${page}</title><script>var page = ${page};</script>` +
      `<style>.nav-${page} {color: red}</style></head><body class="page page-${page}">` +
      `<header class="masthead"><nav><ul>${Array.from({length: 12}, (_, i) => `<li><a href="/s${i}">Section ${i + page}</a></li>`).join('')}</ul></nav></header>` +
      `<main><article><h1>Story number ${page}</h1><p class="byline">By Reporter ${page}</p>${story.join('\n')}</article></main>` +
      `<aside class="related"><h2>Related</h2><ul>${Array.from({length: 6}, (_, i) => `<li><a href="/r${page}-${i}">Related story ${page}-${i}</a></li>`).join('')}</ul></aside>` +
      `<footer><p>© Paper ${page}</p></footer></body></html>\n`
  }

  return html.slice(0, size)
}

function fill(size: number, unit: (index: number) => string, head = '', tail = ''): string {
  const parts: string[] = [head]
  let length = head.length + tail.length
  for (let index = 0; length < size; index++) {
    const part = unit(index)
    parts.push(part)
    length += part.length
  }

  parts.push(tail)
  return parts.join('')
}

/** Hostile shapes by name, each a function of the size in characters. */
export const htmlShapes: Record<string, (size: number) => string> = {
  'ordinary pages': ordinaryPages,
  'deep nesting': (size) => {
    const depth = Math.floor(size / 24)
    return '<div><span>'.repeat(depth) + 'Deep text of the page.' + '</span></div>'.repeat(depth)
  },
  '<p>a<br> repeated': (size) => fill(size, () => '<p>a<br>'),
  'many scripts': (size) =>
    fill(size, (index) => `<script>var x${index} = "<p>İ</p>";</script><p>Line ${index} of the page.</p>`),
  'short paragraphs': (size) => fill(size, (index) => `<p>Word ${index}.</p>`),
  'one-character lines': (size) => fill(size, () => 'a\n', '<div>', '</div>'),
  'line of initials': (size) => fill(size, (index) => `${String.fromCharCode(65 + (index % 26))}. `, '<p>', '</p>')
}
