/**
 * The boilerplate plugin on the real article the product was conceived from,
 * read from `../shared` (never copied into the repo). Skipped, with a note,
 * where the file is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {retextArticleBoilerplate} from '../src/boilerplate/index.js'
import {paragraphsOf} from '../src/nlcst/paragraphs.js'
import {run} from './helpers.js'

const url = new URL('../../shared/corpus/seed-article.txt', import.meta.url)
const exists = existsSync(url)
if (!exists) console.warn('boilerplate-seed.test: ../shared/corpus/seed-article.txt not found, skipping')

describe('boilerplate on the seed article', () => {
  it.skipIf(!exists)('reports the contact line and the promo tail, and keeps the story', () => {
    const text = readFileSync(url, 'utf8')
    const lines = text.split('\n').map((d) => d.trim()).filter(Boolean)
    // The article ends with a “Write to … at …” line and the promos under it.
    const contactAt = lines.findIndex((d) => /^Write to .+ at \S+@\S+$/.test(d))
    expect(contactAt).toBeGreaterThan(2)

    const {file, tree} = run(text, [retextArticleBoilerplate])
    const entries = file.data.boilerplate!

    expect(entries.map((d) => d.text)).toEqual(lines.slice(contactAt))
    expect(entries[0]!.rule).toBe('contact-line')
    for (const entry of entries) expect(text.slice(entry.start, entry.end)).toBe(entry.text)
    // Each line of the tail is named by a rule; most by what it is, the
    // line-broken remainder of a promo by where it is.
    expect(new Set(entries.map((d) => d.rule))).toEqual(
      new Set(['contact-line', 'subscription-promo', 'app-promo', 'after-signoff'])
    )
    expect(file.messages.map((d) => d.actual)).toEqual(lines.slice(contactAt))

    expect(paragraphsOf(tree).map((d) => toString(d))).toEqual(lines.slice(0, contactAt))
  })
})
