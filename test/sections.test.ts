/**
 * Long input is digested in sections of whole lines (`sectionLength`), and
 * the digests merged: nothing of the text is lost or moved.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {digest} from '../src/index.js'
import {BlockList} from '../src/sections/block-list.js'
import {cutSections} from '../src/sections/cut.js'
import type {Block} from '../src/types.js'
import {spansOf} from './helpers.js'

const article = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8')

/** Line and column of `offset`, counted the slow way. */
function pointOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/)
  return {line: before.length, column: before.at(-1)!.length + 1}
}

describe('cutSections', () => {
  it('cuts after line breaks, covers the input in order, and knows where each section starts', () => {
    const text = 'One line.\r\nTwo lines here.\n\nThree.\rFour and the last one.'
    const ranges = cutSections(text, 12)
    let offset = 0
    for (const range of ranges) {
      expect(range.start.offset).toBe(offset)
      expect(range.start).toMatchObject(pointOf(text, offset))
      expect(range.end - offset).toBeLessThanOrEqual(12)
      offset = range.end
    }

    expect(offset).toBe(text.length)
    // After the line break, not inside `\r\n`; a line too long is cut at a
    // space, in sections of half the length.
    expect(ranges.map((d) => text.slice(d.start.offset, d.end)).slice(0, 3)).toEqual(['One line.\r\n', 'Two ', 'lines here.\n'])
  })

  it('cuts a long line at white space in sections of half the length, and text without any anywhere but in a surrogate pair', () => {
    // Inside one line, sections of half the length (8 here), each after a space.
    expect(cutSections('aaaa bbbb cccc dddd eeee ffff', 16).map((d) => d.end)).toEqual([5, 10, 15, 29])
    const emoji = '\u{1F600}'.repeat(6)
    for (const range of cutSections(emoji, 5)) expect(range.end % 2).toBe(0)
    expect(cutSections('', 10)).toEqual([])
  })
})

describe('digest in sections', () => {
  const whole = digest(article)
  const cut = digest(article, {sectionLength: 1500})

  it('keeps the head, the body, the boilerplate, the blocks and the counts', () => {
    expect(cut.headline).toBe(whole.headline)
    expect(cut.dek).toBe(whole.dek)
    expect(cut.dateline).toEqual(whole.dateline)
    expect(cut.byline).toEqual(whole.byline)
    expect(cut.body).toBe(whole.body)
    expect(cut.boilerplate).toEqual(whole.boilerplate)
    expect(cut.blocks).toEqual(whole.blocks)
    expect(cut.figures).toEqual(whole.figures)
    expect(cut.dates).toEqual(whole.dates)
    expect(cut.stats).toEqual(whole.stats)
    expect(cut.quotes.map((d) => d.text)).toEqual(whole.quotes.map((d) => d.text))
  })

  it('keeps every block’s role and rule, marked or removed', () => {
    expect(whole.blocks.some((d) => d.rule !== null)).toBe(true)
    const marked = digest(article, {mode: 'mark'})
    expect(digest(article, {mode: 'mark', sectionLength: 1500}).blocks).toEqual(marked.blocks)
    expect(marked.blocks.some((d) => d.role === 'boilerplate' && d.rule !== null)).toBe(true)
  })

  it('ranks again: three summary sentences in text order, keywords best first, entities counted', () => {
    expect(cut.summary).toHaveLength(3)
    expect(cut.summary.map((d) => d.start)).toEqual([...cut.summary.map((d) => d.start)].sort((a, b) => a - b))
    for (const sentence of cut.summary) expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(cut.keywords).toHaveLength(whole.keywords.length)
    expect(cut.keywords[0]!.score).toBe(1)
    expect(cut.keywords.map((d) => d.score)).toEqual([...cut.keywords.map((d) => d.score)].sort((a, b) => b - a))
    expect(cut.entities.places).toEqual(whole.entities.places)
  })

  it('names a speaker given by surname in a later section in full', () => {
    const speakers = [...new Set(cut.quotes.map((d) => d.speaker))]
    expect(speakers.length).toBeGreaterThan(1)
    for (const speaker of speakers) expect(speaker).toContain(' ')
    expect(speakers).toEqual([...new Set(whole.quotes.map((d) => d.speaker))])
  })

  it('points offsets into the whole input', () => {
    const long = Array.from({length: 6}, () => article).join('\n')
    const result = digest(long, {sectionLength: 4000})
    expect(result.stats.words).toBeGreaterThan(whole.stats.words)
    for (const span of spansOf(result)) expect(long.slice(span.start, span.end)).toBe(span.text)
    for (const block of result.blocks) expect(block.end).toBeLessThanOrEqual(long.length)
  })

  it('digests empty text as empty, whatever the section length', () => {
    expect(digest('', {sectionLength: 1})).toEqual(digest(''))
    expect(digest('', {sectionLength: 1}).body).toBe('')
  })

  it('rejects a section length below 1', () => {
    expect(() => digest('text', {sectionLength: 0})).toThrow(TypeError)
    expect(() => digest('text', {sectionLength: 1.5})).toThrow(TypeError)
  })
})

describe('BlockList', () => {
  it('gives back the blocks appended, in order, past its first size', () => {
    const roles = ['headline', 'dek', 'byline', 'body', 'signoff', 'boilerplate'] as const
    const blocks: Block[] = Array.from({length: 3000}, (_, index) => ({
      role: roles[index % roles.length]!,
      rule: index % roles.length === 5 ? `rule-${index % 7}` : null,
      start: 2 * index,
      end: 2 * index + 1
    }))
    const list = new BlockList()
    list.append(blocks.slice(0, 1000))
    list.append([])
    list.append(blocks.slice(1000))
    expect(list.toArray()).toEqual(blocks)
    expect(new BlockList().toArray()).toEqual([])
  })
})
