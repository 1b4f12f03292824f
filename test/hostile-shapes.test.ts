/**
 * Issue 17, defect 10: short lines are the costly shape. Sections bound the
 * tree of input of many line breaks and sentence ends as they bound that of
 * long input, and a digest writes no message per paragraph it takes (their
 * stack traces cost more than the short lines they report). Time and memory
 * themselves are measured by `npm run bench -- --only adversarial`.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {digest, retextArticleBoilerplate} from '../src/index.js'
import {visit} from 'unist-util-visit'
import {cutSections, markWeight, needsSections, nodesPerUnit} from '../src/sections/cut.js'

function marksIn(value: string): number {
  return value.match(/\r\n|[\n\r.!?]/g)?.length ?? 0
}

describe('sections of short lines', () => {
  const length = 1_000_000

  for (const [name, text] of [
    ['one-character lines', 'a\n'.repeat(200_000)],
    ['CR-only short lines', 'ab\r'.repeat(150_000)],
    ['a line of initials', 'A. B. C. D. '.repeat(40_000)]
  ] as const) {
    it(`cuts ${name} into sections of at most length / ${markWeight} marks`, () => {
      expect(text.length).toBeLessThan(length)
      expect(needsSections(text, length)).toBe(true)
      const ranges = cutSections(text, length)
      expect(ranges.length).toBeGreaterThan(1)
      let offset = 0
      for (const range of ranges) {
        expect(range.start.offset).toBe(offset)
        expect(marksIn(text.slice(offset, range.end))).toBeLessThanOrEqual(length / markWeight)
        offset = range.end
      }

      expect(offset).toBe(text.length)
    })
  }

  it('keeps prose of under a section’s length in one piece', () => {
    const sentence = 'The council of the lake town approved the floating solar farm on a vote of nine to four, officials said. '
    const prose = Array.from({length: 4000}, (_, index) => `${sentence}It was meeting ${index}.`).join('\n\n')
    expect(prose.length).toBeLessThan(length)
    expect(needsSections(prose, length)).toBe(false)
  })

  const nodesOf = (text: string) => {
    let count = 0
    visit(unified().use(retextEnglish).parse(text), () => {
      count++
    })
    return count
  }

  for (const [name, unit] of [
    ['one line of one-letter words', 'a '],
    ['nested quotes', '\u201C"'],
    ['nested brackets', '([']
  ] as const) {
    it(`cuts ${name} into sections whose trees hold at most length × ${nodesPerUnit} nodes`, () => {
      const small = 20_000
      const text = unit.repeat(small)
      const ranges = cutSections(text, small)
      expect(ranges.length).toBeGreaterThan(1)
      for (const range of ranges) {
        // Root, paragraph and sentence come on top of the tokens counted.
        expect(nodesOf(text.slice(range.start.offset, range.end))).toBeLessThanOrEqual(small * nodesPerUnit + 3)
      }
    })
  }

  it('lets a section hold a tree the size of prose of its length', () => {
    const sentence = 'The harbour board approved a new ferry landing at Saltmarsh on Tuesday, after a long debate, officials said. '
    const small = 20_000
    const prose = sentence.repeat(Math.ceil(small / sentence.length)).slice(0, small)
    expect(nodesOf(prose)).toBeLessThan(small * nodesPerUnit)
    expect(cutSections(prose, small)).toHaveLength(1)
  })

  it('digests many short lines with every block in place', () => {
    const text = 'Subscribe\n'.repeat(40_000) + 'The council approved the plan on Tuesday, the mayor said.\n'
    const result = digest(text, {sectionLength: 100_000})
    expect(result.blocks.length).toBe(40_001)
    expect(result.blocks.every((block) => block.end > block.start)).toBe(true)
  })
})

describe('boilerplate messages', () => {
  const page = ['Subscribe to our newsletter', 'The council approved the plan on Tuesday after a long debate about the cost, the mayor said.',
    'Residents who spoke at the meeting were mostly in favour of the new ferry landing and its opening hours.', 'Share this article'].join('\n\n')

  async function messagesWith(options?: {messages?: boolean}): Promise<VFile> {
    const file = new VFile(page)
    const processor = unified().use(retextEnglish).use(retextArticleBoilerplate, options)
    await processor.run(processor.parse(file), file)
    return file
  }

  it('reports each paragraph taken by default, and none with `messages: false`', async () => {
    const on = await messagesWith()
    expect(on.data.boilerplate!.length).toBeGreaterThan(0)
    expect(on.messages.length).toBe(on.data.boilerplate!.length)
    const off = await messagesWith({messages: false})
    expect(off.data.boilerplate).toEqual(on.data.boilerplate)
    expect(off.messages).toEqual([])
  })

  it('refuses a `messages` that is not a boolean', () => {
    expect(() => unified().use(retextEnglish).use(retextArticleBoilerplate, {messages: 'no' as unknown as boolean}).freeze()).toThrow(/messages/)
  })
})
