/**
 * Options declared once (issue 14): each plugin’s declaration is what its
 * check reads, what `digest()` shares with it under the same name, and what
 * the README documents, defaults included. Older names still work.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {boilerplateOptionSchema} from '../src/boilerplate/options.js'
import {digestOptionSchema} from '../src/digest.js'
import {entitiesOptionSchema} from '../src/entities/options.js'
import {figuresOptionSchema} from '../src/figures/options.js'
import {
  digest,
  retextArticleEntities,
  retextArticleKeywords,
  retextArticleQuotes,
  retextArticleSummary
} from '../src/index.js'
import {keywordLimitSchema, keywordsOptionSchema} from '../src/keywords/options.js'
import {checkOptions, type OptionSchema, type OptionSpec} from '../src/options.js'
import {parserOptionSchema} from '../src/parser/retext-article-english.js'
import {quotesOptionSchema} from '../src/quotes/options.js'
import {structureOptionSchema} from '../src/structure/options.js'
import {summaryOptionSchema} from '../src/summary/options.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The README’s section of a heading that starts with `title`, to the next heading of that level. */
function section(title: string): string {
  const start = readme.indexOf(`\n### \`${title}`)
  expect(start, title).toBeGreaterThan(-1)
  const end = readme.indexOf('\n### ', start + 1)
  return readme.slice(start, end === -1 ? undefined : end)
}

/** How the README writes a default. */
function written(value: unknown): string[] {
  if (typeof value === 'string') return [`'${value}'`]
  if (typeof value === 'number') return [String(value), value.toLocaleString('en-US').replaceAll(',', '_')]
  if (Array.isArray(value)) return ['[]']
  return [String(value)]
}

const documented: Array<[string, OptionSchema]> = [
  ['digest(', digestOptionSchema],
  ['retextArticleEnglish(', parserOptionSchema],
  ['retextArticleStructure(', structureOptionSchema],
  ['retextArticleBoilerplate(', boilerplateOptionSchema],
  ['retextArticleSummary(', summaryOptionSchema],
  ['retextArticleKeywords(', keywordsOptionSchema],
  ['retextArticleEntities(', entitiesOptionSchema],
  ['retextArticleQuotes(', quotesOptionSchema],
  ['retextArticleFigures(', figuresOptionSchema]
]

describe('option declarations', () => {
  for (const [title, schema] of documented) {
    it(`documents every option of ${title}) in the README, with its declared default`, () => {
      const text = section(title)
      for (const [name, spec] of Object.entries(schema)) {
        const bullet = new RegExp(`^\\* \`${name}\` \\(([^\\n]*(?:\\n  [^\\n]*)*)`, 'm').exec(text)
        expect(bullet, `${title}) ${name}`).not.toBeNull()
        const declared = spec as OptionSpec
        if (typeof declared !== 'object' || Array.isArray(declared) || !('default' in declared)) continue
        if (typeof declared.default === 'object' && !Array.isArray(declared.default)) continue
        const words = bullet![1]!.replace(/\s+/g, ' ')
        expect(
          written(declared.default).some((value) => words.includes(`default \`${value}\``)),
          `${title}) ${name}: README says ${words.slice(0, 80)}…, declared ${JSON.stringify(declared.default)}`
        ).toBe(true)
      }
    })
  }

  it('shares options with the plugins under the same names and declarations', () => {
    expect(digestOptionSchema.summarySentences).toBe(summaryOptionSchema.summarySentences)
    expect(digestOptionSchema.summaryRatio).toBe(summaryOptionSchema.summaryRatio)
    expect(digestOptionSchema.maxLength).toBe(parserOptionSchema.maxLength)
    expect(Object.keys(keywordLimitSchema)).toEqual(expect.arrayContaining(['keywords', 'keyphrases']))
    expect((digestOptionSchema.mode as OptionSpec).kind).toBe(boilerplateOptionSchema.mode.kind)
  })
})

describe('older names', () => {
  const story =
    'Ferry fares rise in Saltmarsh\n\nThe harbour board raised ferry fares by 8 percent on Tuesday. ' +
    'The board said fuel had cost more. "We had no choice," said Ingrid Palm, who chairs it. ' +
    'Passengers said the rise was too steep. The new fares start in June. Season tickets will cost more too.'

  it('reads an older name as the option it stands for', () => {
    expect({...checkOptions('owner', {maxSentences: 2}, summaryOptionSchema)}).toEqual({summarySentences: 2})
    const older = digest(story, {plugins: {summary: {maxSentences: 1}, keywords: {maxKeywords: 2}, quotes: {minimumWords: 9}}})
    const newer = digest(story, {plugins: {summary: {summarySentences: 1}, keywords: {keywords: 2}, quotes: {minQuoteWords: 9}}})
    expect(older).toEqual(newer)
    expect(newer.summary).toHaveLength(1)
    expect(newer.keywords).toHaveLength(2)
    expect(digest(story, {boilerplate: 'mark'})).toEqual(digest(story, {mode: 'mark'}))
  })

  it('refuses a name and its older name together, naming both', () => {
    expect(() => retextArticleSummary({summarySentences: 2, maxSentences: 3})).toThrow(
      new TypeError('retextArticleSummary: unexpected both `summarySentences` and `maxSentences`, which are one option (`summarySentences`): give one')
    )
    expect(() => retextArticleKeywords({keywords: 2, maxKeywords: 3})).toThrow(/both `keywords` and `maxKeywords`/)
  })

  it('names the option as the caller gave it in errors', () => {
    expect(() => retextArticleSummary({ratio: 0})).toThrow(/option `ratio`, expected a number above 0 and at most 1/)
    expect(() => digest(story, {summaryRatio: 0})).toThrow(/option `summaryRatio`, expected a number above 0 and at most 1/)
    expect(() => retextArticleEntities({maximum: -1})).toThrow(/option `maximum`/)
    expect(() => retextArticleQuotes({minimumWords: 'x'} as never)).toThrow(/option `minimumWords`/)
  })

  it('lets digest()’s own option win over an older name given to the plugin', () => {
    const result = digest(story, {summarySentences: 1, plugins: {summary: {maxSentences: 4}}})
    expect(result.summary).toHaveLength(1)
  })
})
