/**
 * The story as output (`story` option): Markdown, text, HTML and a hast tree,
 * from plain text and from HTML. Invented stories.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {digest} from '../src/digest.js'
import {digestHtml, storyHast} from '../src/html/index.js'

const lead = 'The harbour board voted on Tuesday to close the old ferry landing after divers found deep cracks in its piles, ending a century of crossings.'
const next = 'A temporary bus service will run around the bay until a new landing opens, which engineers expect to take at least two years.'
const last = 'The board will meet again in May to choose a builder for the new landing, its chair said.'

const text = `Harbour town votes to close the old ferry landing

Divers found deep cracks in the piles

By Lena Park

${lead}

What happens next

${next}

- Buses every 30 minutes from the quay
- A free pass for residents over 70

1. Apply at the town hall
2. Show a bill with your address

> We sent letters every winter, and nobody came.

${last}
`

describe('story from plain text', () => {
  it('is null unless asked for', () => {
    expect(digest(text).story).toBeNull()
    expect(digest(text, {story: false}).story).toBeNull()
  })

  it('gives Markdown with the headline, subheads, lists and quotes', () => {
    expect(digest(text, {story: true}).story!.markdown).toBe(`# Harbour town votes to close the old ferry landing

Divers found deep cracks in the piles

${lead}

## What happens next

${next}

- Buses every 30 minutes from the quay
- A free pass for residents over 70

1. Apply at the town hall
2. Show a bill with your address

> We sent letters every winter, and nobody came.

${last}`)
  })

  it('gives plain text with paragraphs, list marks and indented quotes', () => {
    const story = digest(text, {story: true}).story!
    expect(story.text).toContain(`${lead}\n\nWhat happens next\n\n${next}\n\n• Buses every 30 minutes from the quay\n• A free pass for residents over 70\n\n1. Apply at the town hall`)
    expect(story.text).toContain('\n\n    We sent letters every winter, and nobody came.\n\n')
    expect(story.html).toBeNull()
  })

  it('keeps every word of the body', () => {
    const result = digest(text, {story: true})
    const words = (value: string) => value.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean)
    const story = words(result.story!.text)
    for (const word of words(result.body)) expect(story).toContain(word)
  })

  it('escapes what Markdown would read as syntax', () => {
    const tricky = `A headline about stars and bars\n\n${lead}\n\nSales rose 5 *per cent* in [March] <b>2026</b>, the board said on Friday.\n\n${last}`
    const markdown = digest(tricky, {story: true}).story!.markdown
    expect(markdown).toContain('Sales rose 5 \\*per cent\\* in \\[March\\] \\<b\\>2026\\</b\\>, the board said on Friday.')
  })

  it('does not take a sentence for a subhead', () => {
    const blocks = digest(text, {story: true}).story!.blocks
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'Harbour town votes to close the old ferry landing',
      'What happens next'
    ])
  })

  it('is built section by section for long input', () => {
    const long = digest(text, {story: true, sectionLength: 400}).story!
    expect(long.markdown).toContain('- Buses every 30 minutes from the quay')
    expect(long.markdown).toContain(last)
  })

  it('rejects a story option that is no boolean', () => {
    expect(() => digest(text, {story: 'yes' as never})).toThrow(/option `story`/)
  })
})

const html = `<html><head><title>Ferry</title></head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article>
<h1>Ferry landing closes after divers find cracks</h1><p>By Lena Park</p>
<p>${lead}</p>
<h2>What happens next</h2><p>${next.replace('two years', 'two years &amp; more')}</p>
<ul><li>Buses every 30 minutes from the quay and the station</li><li>A free pass for residents over 70 who live on the island</li></ul>
<blockquote><p>We sent letters every winter, and nobody came to look at the piles.</p></blockquote>
<p>${last}</p></article><footer><p>© 2026 Harbor Press</p></footer></body></html>`

describe('story from HTML', () => {
  it('reads headings, lists and quotes from the markup', () => {
    const story = digestHtml(html, {story: true}).story!
    expect(story.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'item', 'item', 'quote', 'paragraph'])
    expect(story.markdown).toContain('## What happens next\n\n')
    expect(story.markdown).toContain('- Buses every 30 minutes from the quay and the station\n- A free pass')
    expect(story.markdown).not.toContain('Home')
    expect(story.markdown).not.toContain('Harbor Press')
  })

  it('gives clean HTML, escaped', () => {
    const story = digestHtml(html, {story: true}).story!
    expect(story.html).toBe(
      [
        '<h1>Ferry landing closes after divers find cracks</h1>',
        `<p>${lead}</p>`,
        '<h2>What happens next</h2>',
        `<p>${next.replace('two years', 'two years &amp; more')}</p>`,
        '<ul><li>Buses every 30 minutes from the quay and the station</li><li>A free pass for residents over 70 who live on the island</li></ul>',
        '<blockquote><p>We sent letters every winter, and nobody came to look at the piles.</p></blockquote>',
        `<p>${last}</p>`
      ].join('\n')
    )
  })

  it('gives the story as a hast tree', () => {
    const tree = storyHast(digestHtml(html, {story: true}).story!.blocks)
    expect(tree.type).toBe('root')
    expect(tree.children.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual([
      'h1', 'p', 'h2', 'p', 'ul', 'blockquote', 'p'
    ])
  })
})

describe('story and metadata on any input', () => {
  const words = (value: string) => value.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean)

  it('keeps every word of the body in the story text', () => {
    const line = fc.oneof(fc.string({maxLength: 60}), fc.constantFrom('- a list item', '> a quote', '1. first', 'Subhead here', ''))
    fc.assert(
      fc.property(fc.array(line, {maxLength: 12}), (lines) => {
        const result = digest(lines.join('\n\n'), {story: true})
        const story = new Set(words(result.story!.text))
        for (const word of words(result.body)) expect(story.has(word)).toBe(true)
      }),
      {numRuns: 40}
    )
  })

  it('never throws on whatever a JSON-LD script holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({maxDepth: 8}).map((value) => JSON.stringify(value)), fc.string({maxLength: 200})), (json) => {
        const html = `<html><head><script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script></head><body><p>${lead}</p></body></html>`
        const meta = digestHtml(html).meta
        expect(Array.isArray(meta.conflicts)).toBe(true)
      }),
      {numRuns: 40}
    )
  })
})
