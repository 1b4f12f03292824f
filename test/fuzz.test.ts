/**
 * Property tests: whatever string arrives, every plugin and `digest` answer,
 * deterministically, with offsets that point at what they say, and without
 * losing story text unreported. Runs are bounded; on failure fast-check
 * prints the seed and path to replay.
 */
import fc from 'fast-check'
import retextEnglish from 'retext-english'
import type {Pluggable} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  digest,
  retextArticle,
  retextArticleBoilerplate,
  retextArticleEnglish,
  retextArticleEntities,
  retextArticleFigures,
  retextArticleKeywords,
  retextArticleQuotes,
  retextArticleStructure,
  retextArticleSummary
} from '../src/index.js'
import type {Digest} from '../src/index.js'
import {spansOf} from './helpers.js'

const runs = {numRuns: 120}

// Characters that stress parsers and line handling.
const tricky = ['\r\n', '\r', '\n', '\n\n', '\t', ' ', '\u00A0', '\u200B', '\u2028', '\uFEFF', '\uD800', '\uDC00',
  '\u0000', '\u001B', '"', '\u201C', '\u201D', '\u2019', "'", '\u2014', '-', '.', '!', '?', ':', ',', '(', ')',
  '@', '$', '%', '\u00A9', '\u203A', '|', '1', '2025', 'A', 'a', 'Z\u0301', '\u{1F600}']

/** Any UTF-16 string, lone surrogates included, with tricky pieces mixed in. */
const anyText = fc
  .array(fc.oneof(fc.constantFrom(...tricky), fc.string({unit: 'binary', maxLength: 12}),
    fc.string({unit: fc.integer({min: 0, max: 0xff_ff}).map((d) => String.fromCharCode(d)), maxLength: 8})), {maxLength: 60})
  .map((parts) => parts.join(''))

// Invented article pieces: story sentences, title-like lines, boilerplate.
const sentences = [
  'The harbour board approved the new crane on Tuesday after a long debate.',
  '“We waited ten years for this,” said Mira Castell, the board’s chair.',
  'Shipping volumes rose 12% last year, according to the port authority.',
  'Critics said the plan ignored the wetlands north of the town.',
  'The crane will cost about $4.5 million and arrive in March.',
  'LISBON\u2014Dock workers stopped work for two hours on Friday.',
  'He said the vote was fair.'
]
const titles = ['Port Board Backs Crane Plan', 'Why the Harbour Is Changing', 'By Ana Reis and Luc Moreau']
const junk = ['Advertisement', 'Read more: Ten ports to watch', 'Subscribe now', 'Share this article',
  '\u00A9 2026 Port News. All rights reserved.', 'Home \u203A Business \u203A Ports', 'Photo: Ana Reis/Port News',
  'Write to Ana Reis at ana.reis@portnews.example', 'Sign up for our newsletter']
const articleText = fc
  .tuple(
    fc.array(fc.constantFrom(...junk), {maxLength: 3}),
    fc.option(fc.constantFrom(...titles), {nil: undefined}),
    fc.array(fc.array(fc.constantFrom(...sentences), {minLength: 1, maxLength: 3}), {maxLength: 8}),
    fc.array(fc.constantFrom(...junk), {maxLength: 4}),
    fc.constantFrom('\n', '\n\n', '\r\n')
  )
  .map(([before, title, paragraphs, after, eol]) =>
    [...before, ...(title ? [title] : []), ...paragraphs.map((d) => d.join(' ')), ...after].join(eol)
  )

const keys = ['headline', 'dek', 'dateline', 'byline', 'body', 'boilerplate', 'summary', 'keywords', 'keyphrases',
  'entities', 'quotes', 'figures', 'dates', 'stats', 'blocks', 'meta', 'story']

/** Check the documented guarantees of one digest. */
function checkDigest(text: string, result: Digest): void {
  expect(Object.keys(result).sort()).toEqual([...keys].sort())
  expect(typeof result.body).toBe('string')

  // Offsets lie in the input and point at the text reported.
  for (const span of spansOf(result)) {
    expect(span.start).toBeGreaterThanOrEqual(0)
    expect(span.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(span.start, span.end)).toBe(span.text)
  }

  // `body` is input text, in input order.
  let cursor = 0
  for (const paragraph of result.body ? result.body.split('\n\n') : []) {
    const at = text.indexOf(paragraph, cursor)
    expect(at, paragraph).toBeGreaterThanOrEqual(0)
    cursor = at + paragraph.length
  }

  // Blocks are ordered, do not overlap, and cover every non-space character.
  let previous = 0
  const covered = new Uint8Array(text.length)
  for (const block of result.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(previous)
    expect(block.end).toBeLessThanOrEqual(text.length)
    covered.fill(1, block.start, block.end)
    previous = block.end
  }

  for (let index = 0; index < text.length; index++) {
    if (!covered[index] && !/\s/.test(text.charAt(index))) {
      throw new Error(`character ${index} (${JSON.stringify(text.charAt(index))}) is in no block`)
    }
  }
}

describe('digest on any input', () => {
  it('answers with the documented shape, offsets and coverage', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkDigest(text, digest(text))
      }),
      runs
    )
  })

  it('answers on article-like input, and stripping is idempotent', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const result = digest(text)
        checkDigest(text, result)
        expect(digest(result.body).boilerplate).toEqual([])
      }),
      runs
    )
  })

  it('keeps the guarantees when cut into sections, and the same body and blocks', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, articleText), fc.integer({min: 1, max: 200}), (text, sectionLength) => {
        const whole = digest(text)
        const cut = digest(text, {sectionLength})
        checkDigest(text, cut)
        expect(cut.stats.sentences).toBeGreaterThanOrEqual(0)
        if (text.length <= sectionLength) expect(cut).toEqual(whole)
      }),
      runs
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, articleText), (text) => {
        expect(digest(text)).toEqual(digest(text))
      }),
      {numRuns: 40}
    )
  })
})

describe('each plugin on any input', () => {
  const plugins: Array<[string, Pluggable]> = [
    ['structure', retextArticleStructure],
    ['boilerplate', retextArticleBoilerplate],
    ['boilerplate (mark)', [retextArticleBoilerplate, {mode: 'mark'}]],
    ['summary', retextArticleSummary],
    ['keywords', retextArticleKeywords],
    ['entities', retextArticleEntities],
    ['quotes', retextArticleQuotes],
    ['figures', retextArticleFigures],
    ['all', retextArticle]
  ]

  for (const [name, plugin] of plugins) {
    it(`${name} never throws, after either parser`, () => {
      fc.assert(
        fc.property(fc.oneof(anyText, articleText), fc.boolean(), (text, english) => {
          const processor = unified()
            .use(english ? retextEnglish : retextArticleEnglish)
            .use([plugin])
          const file = new VFile(text)
          processor.runSync(processor.parse(file), file)
        }),
        {numRuns: 40}
      )
    })
  }
})
