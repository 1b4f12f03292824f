/**
 * Picking summary sentences: best first, no repeats, within the limits.
 */
import {describe, expect, it} from 'vitest'
import type {SentenceFeatures} from '../src/summary/features.js'
import {defaultWeights, overlap, scoreSentence} from '../src/summary/score.js'
import {pick, type Candidate} from '../src/summary/select.js'

function candidate(index: number, score: number, stems: string[], words = 10): Candidate {
  const features: SentenceFeatures = {index, position: index, words, stems: new Set(stems), centrality: 0, phrases: 0, headline: 0, figure: false, cues: []}
  return {features, score, words}
}

const indices = (list: Candidate[]) => list.map((d) => d.features.index)

describe('pick', () => {
  it('takes the best first', () => {
    const list = [candidate(0, 1, ['a']), candidate(1, 3, ['b']), candidate(2, 2, ['c'])]
    expect(indices(pick(list, {sentences: 2, words: Infinity}, 2))).toEqual([1, 2])
  })

  it('discounts what repeats a pick, and never takes the same thing twice', () => {
    const list = [candidate(0, 3, ['bridge', 'close', 'crack']), candidate(1, 2.9, ['bridge', 'close', 'crack', 'friday']), candidate(2, 2, ['bus', 'service'])]
    expect(indices(pick(list, {sentences: 2, words: Infinity}, 2))).toEqual([0, 2])
    // Even with no discount, a sentence sharing half its stems with a pick is left out.
    expect(indices(pick(list, {sentences: 3, words: Infinity}, 0))).toEqual([0, 2])
  })

  it('keeps to the word budget, taking a shorter sentence that fits', () => {
    const list = [candidate(0, 3, ['a'], 20), candidate(1, 2, ['b'], 15), candidate(2, 1, ['c'], 5)]
    expect(indices(pick(list, {sentences: Infinity, words: 21}, 2))).toEqual([0])
    expect(indices(pick(list, {sentences: Infinity, words: 25}, 2))).toEqual([0, 2])
    expect(indices(pick(list, {sentences: Infinity, words: 4}, 2))).toEqual([])
  })

  it('weighs repeats among the best candidates only, then goes by score', () => {
    // All say the same thing: within the pool only the best; past it, by score alone.
    const list = Array.from({length: 100}, (_, index) => candidate(index, 100 - index, ['same']))
    const picked = pick(list, {sentences: 70, words: Infinity}, 2)
    expect(indices(picked)).toEqual([0, ...Array.from({length: 40}, (_, index) => 60 + index)])
  })
})

describe('scoreSentence', () => {
  const base: SentenceFeatures = {index: 0, position: 0, words: 25, stems: new Set(), centrality: 0, phrases: 0, headline: 0, figure: false, cues: []}

  it('puts the lede’s two first sentences on top, then decays', () => {
    const at = (position: number) => scoreSentence({...base, position})
    expect(at(0)).toBe(defaultWeights.first)
    expect(at(1)).toBe(0)
    expect(at(2)).toBeCloseTo(-defaultWeights.decay * Math.log(2))
    expect(at(10)).toBeLessThan(at(3))
  })

  it('adds the evidence and takes off the penalties', () => {
    expect(scoreSentence({...base, position: 1, centrality: 1, phrases: 1, headline: 0.5, figure: true})).toBeCloseTo(1 + 0.5 + 2 + 0.5)
    expect(scoreSentence({...base, position: 1, words: 9})).toBeCloseTo(-0.5)
    expect(scoreSentence({...base, position: 1, words: 80})).toBeCloseTo(-1)
    const question = {id: 'question', reason: '', effect: 'penalty' as const, test: () => true}
    expect(scoreSentence({...base, position: 1, cues: [question]})).toBe(-2)
    expect(scoreSentence({...base, position: 1, cues: [{...question, effect: 'exclude'}]})).toBe(Number.NEGATIVE_INFINITY)
  })

  it('measures overlap as Jaccard', () => {
    expect(overlap(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3)
    expect(overlap(new Set(), new Set(['a']))).toBe(0)
  })
})
