/**
 * `selectDistinct` picks from a heap (so a huge `keyphrases` count stays
 * linear): it must pick exactly what the plain definition picks, the best
 * first, each phrase inside a pick stepping back, ties to the earlier.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Merged} from '../src/keywords/merge.js'
import {selectDistinct} from '../src/keywords/select.js'

function phrase(keys: string[], score: number): Merged {
  return {candidate: {occurrences: [keys.map((key) => ({key}))]}, score, members: []} as unknown as Merged
}

/** The definition: scan for the best, pick it, step back what it contains. */
function reference(ranked: readonly Merged[], maximum: number, contained: number): Array<[string[], number]> {
  const pool = ranked.map((item) => ({keys: item.candidate.occurrences[0]!.map((word) => word.key), score: item.score}))
  const picked: Array<[string[], number]> = []
  while (picked.length < maximum && pool.length > 0) {
    let best = 0
    for (let index = 1; index < pool.length; index++) if (pool[index]!.score > pool[best]!.score) best = index
    const [choice] = pool.splice(best, 1)
    picked.push([choice!.keys, choice!.score])
    for (const other of pool) {
      const inner = other.keys
      const outer = choice!.keys
      if (inner.length >= outer.length) continue
      for (let start = 0; start + inner.length <= outer.length; start++) {
        if (inner.every((key, index) => outer[start + index] === key)) {
          other.score *= contained
          break
        }
      }
    }
  }

  return picked
}

const shown = (list: readonly Merged[]) => list.map((item): [string[], number] => [item.candidate.occurrences[0]!.map((word) => word.key), item.score])

describe('selectDistinct', () => {
  it('steps back a phrase inside one picked before it', () => {
    const ranked = [phrase(['oil', 'spill'], 0.9), phrase(['exxon', 'valdez', 'oil', 'spill'], 0.8), phrase(['tanker'], 0.5)]
    expect(shown(selectDistinct(ranked, 3, 0.5))).toEqual([
      [['oil', 'spill'], 0.9],
      [['exxon', 'valdez', 'oil', 'spill'], 0.8],
      [['tanker'], 0.5]
    ])
    const after = [phrase(['exxon', 'valdez', 'oil', 'spill'], 0.9), phrase(['oil', 'spill'], 0.8), phrase(['tanker'], 0.5)]
    expect(shown(selectDistinct(after, 3, 0.5))).toEqual([
      [['exxon', 'valdez', 'oil', 'spill'], 0.9],
      [['tanker'], 0.5],
      [['oil', 'spill'], 0.4]
    ])
  })

  it('tells a word key holding a space from two words (`eight minut` is not `eight`, `minut`)', () => {
    const ranked = [phrase(['eight minut', 'video'], 0.9), phrase(['eight', 'minut'], 0.8), phrase(['eight minut'], 0.7)]
    expect(shown(selectDistinct(ranked, 3, 0.5))).toEqual([
      [['eight minut', 'video'], 0.9],
      [['eight', 'minut'], 0.8],
      [['eight minut'], 0.35]
    ])
  })

  it('picks what the plain definition picks, for any pool and count', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'a b', 'b a')
    const pool = fc.array(fc.record({keys: fc.array(key, {minLength: 1, maxLength: 4}), score: fc.integer({min: 0, max: 6})}), {maxLength: 30})
    fc.assert(
      fc.property(pool, fc.integer({min: 0, max: 40}), fc.constantFrom(0.5, 0.8, 1), (items, maximum, contained) => {
        const ranked = items.map((item) => phrase(item.keys, item.score / 6))
        expect(shown(selectDistinct(ranked, maximum, contained))).toEqual(reference(ranked, maximum, contained))
      }),
      {numRuns: 400, seed: 3}
    )
  })

  it('returns every phrase, once, for a count far above the pool', () => {
    const ranked = Array.from({length: 2000}, (_, index) => phrase(['w' + (index % 50), 'x' + index], 1 - index / 4000))
    const result = selectDistinct(ranked, 1e9, 0.8)
    expect(result).toHaveLength(2000)
    expect(new Set(result.map((item) => item.candidate)).size).toBe(2000)
  })
})
