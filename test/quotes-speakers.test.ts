/**
 * `retextArticleQuotes`: speakers named around a quote in the ways news
 * writes them, on invented sentences.
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

describe('retextArticleQuotes: speakers', () => {
  it('takes the subject of the sentence when no speech verb names one', () => {
    expect(speakers('Marta Quill dismissed the plan on Friday, calling it “a costly detour for every commuter.”')).toEqual([
      ['a costly detour for every commuter.', 'Marta Quill']
    ])
  })

  it('takes a subject whose apposition holds the first quote, for both quotes', () => {
    const text = 'Mr. Delacroix, noting that the depot was “far too small for the fleet,” added: “We need a second one.”'
    expect(speakers(text)).toEqual([
      ['far too small for the fleet', 'Delacroix'],
      ['We need a second one.', 'Delacroix']
    ])
  })

  it('skips names after a preposition when looking for the subject', () => {
    const text = 'On the visit to Harwick, Senator Ilse Brandt attacked the council for its “slow and secretive habits.”'
    expect(speakers(text)).toEqual([['slow and secretive habits.', 'Ilse Brandt']])
  })

  it('gives a quoted term after an article no speaker from the subject alone', () => {
    expect(speakers('Ilse Brandt opened a “green corridor” along the river.')).toEqual([['green corridor', null]])
  })

  it('reads a speaker after a lower-case role word', () => {
    const text = '“The numbers are moving our way,” Democratic strategist Owen Pryce, who advises two campaigns, told a radio host.'
    expect(speakers(text)).toEqual([['The numbers are moving our way', 'Owen Pryce']])
  })

  it('does not end the sentence at a title’s full stop', () => {
    const text = '“Work starts in June” and the road reopens by winter, Mr. Halloran said.'
    expect(speakers(text)).toEqual([['Work starts in June', 'Halloran']])
  })
})
