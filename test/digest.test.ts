import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {digest} from '../src/index.js'
import {spansOf} from './helpers.js'

const article = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8')

describe('digest', () => {
  const result = digest(article)

  it('reads the structure of the example article', () => {
    expect(result.headline).toBe('Harbour Town Votes to Rebuild Its Storm-Wrecked Pier')
    expect(result.dek).toBe("The council's decision ends a decade of argument over the future of the waterfront.")
    expect(result.dateline).toMatchObject({text: 'BERGEN, Norway', place: 'Bergen', agency: null})
    expect(result.byline.authors).toEqual(['Maren Holt', 'Tobias Ekdahl'])
    expect(result.byline.contacts.map((d) => d.email)).toEqual([
      'maren.holt@harbourtimes.example',
      'tobias.ekdahl@harbourtimes.example'
    ])
  })

  it('keeps the story and only the story in `body`', () => {
    const paragraphs = result.body.split('\n\n')
    expect(paragraphs).toHaveLength(7)
    expect(paragraphs[0]!.startsWith('The city council of Bergen voted')).toBe(true)
    for (const junk of ['Advertisement', 'Photo:', 'Read more', 'Write to', 'Subscribe', '©', 'Share this', 'Updated']) {
      expect(result.body).not.toContain(junk)
    }

    expect(result.boilerplate.map((d) => d.rule)).toEqual([
      'navigation',
      'subscription-promo',
      'timestamp',
      'advertisement',
      'photo-credit',
      'read-more',
      'contact-line',
      'newsletter-signup',
      'share-bar',
      'copyright'
    ])
  })

  it('points every span at its text in the input', () => {
    for (const span of spansOf(result)) expect(article.slice(span.start, span.end)).toBe(span.text)
  })

  it('summarises, ranks and finds entities, quotes and figures', () => {
    expect(result.summary).toHaveLength(3)
    expect(result.keywords.length).toBe(10)
    expect(result.keyphrases.length).toBeGreaterThan(0)
    expect(result.keywords.map((d) => d.word)).toContain('pier')
    expect(result.entities.people.map((d) => d.name)).toEqual(['Ingrid Solberg', 'Jonas Vik'])
    expect(result.entities.organizations.map((d) => d.name)).toContain('Green Party')
    expect(result.quotes.map((d) => d.speaker)).toEqual(['Ingrid Solberg', 'Ingrid Solberg', 'Jonas Vik', 'Ingrid Solberg'])
    expect(result.figures.map((d) => [d.value, d.what])).toContainEqual([650_000, 'passengers'])
    expect(result.dates.map((d) => d.text)).toContain('Monday')
    expect(result.stats).toEqual({words: 215, sentences: 11, paragraphs: 7, readingMinutes: 1})
  })

  it('is JSON-serialisable and deterministic', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
    expect(digest(article)).toEqual(result)
  })

  it('honours the counts and the mark mode', () => {
    const small = digest(article, {summarySentences: 1, keywords: 3, keyphrases: 2})
    expect(small.summary).toHaveLength(1)
    expect(small.keywords).toHaveLength(3)
    expect(small.keyphrases).toHaveLength(2)
    const marked = digest(article, {boilerplate: 'mark'})
    expect(marked.boilerplate).toEqual(result.boilerplate)
    expect(marked.body).toContain('Advertisement')
  })

  it('handles empty and odd input', () => {
    for (const text of ['', ' \n\n ', '\u0000\uFFFF\uD800', 'no punctuation at all just words']) {
      const odd = digest(text)
      expect(typeof odd.body).toBe('string')
      expect(odd.summary.length).toBeLessThanOrEqual(3)
    }

    expect(digest('').stats).toEqual({words: 0, sentences: 0, paragraphs: 0, readingMinutes: 0})
  })

  it('throws a TypeError on wrong arguments', () => {
    expect(() => digest(42 as unknown as string)).toThrow(/expected `text` to be a string, not `number`/)
    expect(() => digest(null as unknown as string)).toThrow(TypeError)
    expect(() => digest(article, {summarySentences: -1})).toThrow(/summarySentences/)
    expect(() => digest(article, {boilerplate: 'drop' as 'mark'})).toThrow(/`"remove"` or `"mark"`/)
    expect(() => digest(article, {unknown: 1} as never)).toThrow(/unknown option `unknown`/)
  })
})
