/**
 * The real article the product was conceived from, read from `../shared`
 * (never copied into the repo). Skipped, with a note, where it is absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {digest} from '../src/index.js'

const url = new URL('../../shared/corpus/seed-article.txt', import.meta.url)
const present = existsSync(url)
if (!present) console.warn('seed-article.test: ../shared/corpus/seed-article.txt not found, skipping')

describe.skipIf(!present)('seed article', () => {
  const text = present ? readFileSync(url, 'utf8') : ''
  const lines = text.split('\n').map((d) => d.trim()).filter(Boolean)
  const result = present ? digest(text) : undefined

  it('finds the headline, dek and dateline', () => {
    expect(result!.headline).toBe(lines[0])
    expect(result!.dek).toBe(lines[1])
    expect(result!.dateline).toMatchObject({place: 'Seoul', agency: null})
    expect(text.slice(result!.dateline!.start, result!.dateline!.end)).toBe(result!.dateline!.text)
  })

  it('takes the author from the contact line', () => {
    const contact = lines.find((d) => d.startsWith('Write to'))!
    const email = contact.split(' at ').pop()!
    expect(result!.byline.contacts).toHaveLength(1)
    expect(result!.byline.contacts[0]!.email).toBe(email)
    expect(result!.byline.authors).toEqual([result!.byline.contacts[0]!.name])
  })

  it('keeps every story paragraph and drops the contact line and promos', () => {
    const contactAt = lines.findIndex((d) => d.startsWith('Write to'))
    const story = lines.slice(2, contactAt)
    const paragraphs = result!.body.split('\n\n')
    expect(paragraphs).toHaveLength(story.length)
    // The first keeps its text after the dateline.
    expect(story[0]!.endsWith(paragraphs[0]!)).toBe(true)
    expect(paragraphs.slice(1)).toEqual(story.slice(1))
    for (const line of lines.slice(contactAt)) expect(result!.body).not.toContain(line)
    const removed = result!.boilerplate.map((d) => d.text)
    for (const line of lines.slice(contactAt)) expect(removed).toContain(line)
  })

  it('ranks the main topics first: Kim and Russia in the top five keyphrases', () => {
    const top = result!.keyphrases.slice(0, 5)
    expect(top.some((d) => d.phrase.split(' ').includes('Kim') && d.count > 5)).toBe(true)
    expect(top.map((d) => d.phrase)).toContain('Russia')
    // A phrase said once does not come first.
    expect(result!.keyphrases[0]!.count).toBeGreaterThan(1)
    // Words that say little alone are no keyword and no keyphrase alone at all; the leader leads.
    const keywords = result!.keywords.map((d) => d.word.toLowerCase())
    expect(keywords[0]).toBe('kim')
    expect(keywords).toHaveLength(10)
    expect(keywords).not.toContain('year')
    expect(keywords).not.toContain('north')
    expect(result!.keyphrases.map((d) => d.phrase.toLowerCase())).not.toContain('year')
  })

  it('summarises with story sentences', () => {
    expect(result!.summary.length).toBe(3)
    for (const sentence of result!.summary) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      expect(result!.body).toContain(sentence.text)
    }
  })
})
