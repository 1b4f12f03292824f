/**
 * `digestHtml` bounded like `digest`: `maxLength` checked on the HTML before
 * it is read, long pages digested section by section with their markup’s
 * evidence, and the JSON-LD `articleBody` read when the visible page gives
 * next to no story.
 */
import {describe, expect, it} from 'vitest'
import {digestHtml} from '../src/html/index.js'

const paragraphs = [
  'The council approved a new cycle lane along the river road on Monday, after two years of debate among residents.',
  'Work on the lane will begin in the spring and should take about six months, the city engineer said at the meeting.',
  'Shop owners on the road asked for loading bays to stay, and the plan was changed to keep four of them near the bridge.'
]

describe('digestHtml bounds', {timeout: 60_000}, () => {
  it('fails fast with `max-length` on HTML longer than `maxLength`, before reading it', () => {
    // Markup far longer than its text: the HTML is what is bounded.
    const page = '<div class="wrapper">'.repeat(200) + `<p>${paragraphs[0]}</p>`
    expect(() => digestHtml(page, {maxLength: 1000})).toThrow(/at most 1000/)
    try {
      digestHtml(page, {maxLength: 1000})
    } catch (error) {
      expect((error as {ruleId?: string}).ruleId).toBe('max-length')
    }

    expect(digestHtml(page, {maxLength: page.length}).body).toContain('cycle lane')
  })

  it('digests a long page in sections, with the markup’s evidence in each', () => {
    const story = paragraphs.map((text) => `<p>${text}</p>`).join('')
    const menu = '<nav><ul><li><a href="/a">Weather</a></li><li><a href="/b">Sport</a></li></ul></nav>'
    const page = `<html><body>${menu}<article>${story.repeat(40)}</article>${menu}</body></html>`
    const whole = digestHtml(page)
    const cut = digestHtml(page, {sectionLength: 2000})
    for (const result of [whole, cut]) {
      expect(result.body).toContain(paragraphs[2])
      expect(result.body).not.toContain('Weather')
      expect(result.source).toBe('page')
    }

    expect(cut.body).toBe(whole.body)
  })
})

describe('digestHtml and JSON-LD', {timeout: 60_000}, () => {
  const body = Array.from({length: 3}, () => paragraphs.join(' ')).join('\n\n')
  const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`

  it('reads the `articleBody` when the visible page gives next to no story', () => {
    const page = `<html><head>${jsonLd({'@graph': [{'@type': 'NewsArticle', articleBody: body}]})}</head><body><div id="app"><p>Loading…</p></div></body></html>`
    const result = digestHtml(page)
    expect(result.source).toBe('json-ld')
    expect(result.text).toBe(body)
    expect(result.body).toContain('loading bays')
  })

  it('keeps the visible story when it holds one, and ignores hostile data', () => {
    const story = paragraphs.map((text) => `<p>${text}</p>`).join('')
    const visible = digestHtml(`${jsonLd({'@type': 'Article', articleBody: 'Other words entirely.'})}<article>${story}</article>`)
    expect(visible.source).toBe('page')
    expect(visible.body).toContain('cycle lane')
    const hostile = `<script type="application/ld+json">${'['.repeat(50_000)}</script><script type="application/ld+json">{"@type":"Article","articleBody":{"x":1}}</script><p>Short.</p>`
    expect(digestHtml(hostile).source).toBe('page')
  })
})
