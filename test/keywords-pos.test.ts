import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {retextArticleKeywordsPos} from '../src/keywords/pos.js'
import {retextArticleStructure} from '../src/structure/index.js'
import {run} from './helpers.js'

const story = [
  'Harbour Pier Rebuild Approved',
  'By Jane Roe',
  'The city council approved the rebuild of the harbour pier on Monday.',
  'The pier was wrecked by a storm, and the council spent a year debating the rebuild.',
  'Fishermen said the harbour pier is vital, and ferry operators backed the council plan.'
].join('\n')

describe('retextArticleKeywordsPos', () => {
  it('ranks with retext-pos and retext-keywords, into the same results', () => {
    const {file} = run(story, [retextArticleStructure, [retextArticleKeywordsPos, {keywords: 2, keyphrases: 1}]])
    expect(file.data.topics).toEqual({
      keywords: [
        {
          word: 'pier',
          stem: 'pier',
          score: 1,
          count: 4,
          positions: [
            {start: 8, end: 12},
            {start: 95, end: 99},
            {start: 115, end: 119},
            {start: 222, end: 226}
          ],
          forms: ['pier', 'Pier']
        },
        {
          word: 'harbour',
          stem: 'harbour',
          score: 0.75,
          count: 3,
          positions: [
            {start: 0, end: 7},
            {start: 87, end: 94},
            {start: 214, end: 221}
          ],
          forms: ['harbour', 'Harbour']
        }
      ],
      keyphrases: [
        {
          phrase: 'harbour pier',
          stems: ['harbour', 'pier'],
          score: 1,
          count: 3,
          positions: [
            {start: 0, end: 12},
            {start: 87, end: 99},
            {start: 214, end: 226}
          ],
          forms: ['harbour pier', 'Harbour Pier']
        }
      ]
    })
  })

  it('handles empty text and checks its options', () => {
    expect(run('', [retextArticleKeywordsPos]).file.data.topics).toEqual({keywords: [], keyphrases: []})
    expect(() => retextArticleKeywordsPos({maximum: 'ten'} as never)).toThrow(
      'retextArticleKeywordsPos: unexpected `"ten"` for option `maximum`, expected a non-negative integer'
    )
  })
})

describe('the default path', () => {
  it('never imports retext-pos: only `keywords/pos.ts` does', () => {
    const files = [...importsFrom(new URL('../src/index.ts', import.meta.url))]
    expect(files.map((file) => file.pathname)).toContainEqual(expect.stringMatching(/src\/keywords\/index\.ts$/))
    expect(files.filter((file) => /from '(?:retext-pos|pos)'/.test(readFileSync(file, 'utf8')))).toEqual([])
  })
})

/** Every source file `entry` imports, directly or not (relative imports only). */
function importsFrom(entry: URL): Set<URL> {
  const seen = new Map<string, URL>()
  const stack = [entry]
  while (stack.length > 0) {
    const file = stack.pop()!
    if (seen.has(file.href)) continue
    seen.set(file.href, file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      stack.push(new URL(specifier!.replace(/\.js$/, '.ts'), file))
    }
  }

  return new Set(seen.values())
}
