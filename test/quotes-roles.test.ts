/**
 * `retextArticleQuotes`: a speaker given by a role (`the president said`) is
 * the person last named in that role; unsure, it is `null`.
 */
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {retextArticleEnglish} from '../src/parser/index.js'
import {retextArticleQuotes} from '../src/quotes/index.js'

function speakers(text: string): Array<[string, string | null]> {
  const processor = unified().use(retextArticleEnglish).use(retextArticleQuotes)
  const file = new VFile(text)
  processor.runSync(processor.parse(file) as Root, file)
  return file.data.quotes!.map((d) => [d.text, d.speaker])
}

// An invented story.
const story = [
  'President Maria Lindqvist met Gov. Paul Okafor and spokesman Tom Reyes in Ashford on Monday.',
  '“The bridge will be built,” the president said.',
  '“Not this year,” said the governor.',
  'The spokesman told reporters: “Talks go on.”',
  '“We have the money,” the former governor added.',
  '“It is a fair plan,” the Ashford mayor said.',
  '“I doubt it,” a senator said.'
].join('\n')

describe('retextArticleQuotes: roles', () => {
  it('gives a role the person last named in it', () => {
    expect(speakers(story)).toEqual([
      ['The bridge will be built', 'Maria Lindqvist'],
      ['Not this year', 'Paul Okafor'],
      ['Talks go on.', 'Tom Reyes'],
      ['We have the money', 'Paul Okafor'],
      // Nobody was named mayor, and a name qualifies this one: unsure.
      ['It is a fair plan', null],
      // `a senator` is nobody in particular.
      ['I doubt it', null]
    ])
  })

  it('takes the latest person in the role', () => {
    const text = 'Coach Ann Berg left in May. Coach Lena Holm took over.\n“We start again,” the coach said.'
    expect(speakers(text)).toEqual([['We start again', 'Lena Holm']])
  })

  it('gives no speaker when nobody had the role before the quote', () => {
    expect(speakers('“We start again,” the coach said. Coach Lena Holm took over in May.')).toEqual([['We start again', null]])
  })

  it('reads straight quote marks the same way', () => {
    expect(speakers('Mayor Ana Ruiz opened the bridge.\n"It is open," the mayor said.')).toEqual([['It is open', 'Ana Ruiz']])
  })
})
