/**
 * `selectDistinct` picks from a heap (so a huge `keyphrases` count stays
 * linear): it must pick exactly what the plain definition picks, the best
 * first, each phrase inside a pick stepping back, ties to the earlier.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Merged} from '../src/keywords/merge.js'
import {selectDistinct} from '../src/keywords/select.js'

/** A phrase of `keys` (a capitalised key is tagged a name), said `times`. */
function phrase(keys: string[], score: number, times = 2): Merged {
  const words = keys.map((key) => ({key, tag: /^[A-Z]/.test(key) ? 'NNP' : 'NN'}))
  return {candidate: {occurrences: Array.from({length: times}, () => words)}, score, members: []} as unknown as Merged
}

const namesOf = (item: {candidate: Merged['candidate']}) => item.candidate.occurrences[0]!.filter((word) => word.tag.startsWith('NNP')).map((word) => word.key)

/** The definition: scan for the best, pick it, step back what it contains. */
function reference(ranked: readonly Merged[], maximum: number, contained: number, sharedName: number): Array<[string[], number]> {
  const pool = ranked.map((item) => ({
    item,
    keys: item.candidate.occurrences[0]!.map((word) => word.key),
    names: namesOf(item),
    once: item.members.length === 0 && item.candidate.occurrences.length === 1,
    score: item.score
  }))
  const picked: Array<[string[], number]> = []
  while (picked.length < maximum && pool.length > 0) {
    let best = 0
    for (let index = 1; index < pool.length; index++) if (pool[index]!.score > pool[best]!.score) best = index
    const [choice] = pool.splice(best, 1)
    picked.push([choice!.keys, choice!.score])
    const names = new Set([choice!.item, ...choice!.item.members].flatMap(namesOf))
    for (const other of pool) {
      const inner = other.keys
      const outer = choice!.keys
      let inside = false
      for (let start = 0; inner.length < outer.length && start + inner.length <= outer.length; start++) {
        if (inner.every((key, index) => outer[start + index] === key)) inside = true
      }

      if (inside) other.score *= contained
      else if (other.once && other.names.some((key) => names.has(key))) other.score *= sharedName
    }
  }

  return picked
}

const shown = (list: readonly Merged[]) => list.map((item): [string[], number] => [item.candidate.occurrences[0]!.map((word) => word.key), item.score])

describe('selectDistinct', () => {
  it('steps back a phrase inside one picked before it', () => {
    const ranked = [phrase(['oil', 'spill'], 0.9), phrase(['exxon', 'valdez', 'oil', 'spill'], 0.8), phrase(['tanker'], 0.5)]
    expect(shown(selectDistinct(ranked, 3, 0.5, 1))).toEqual([
      [['oil', 'spill'], 0.9],
      [['exxon', 'valdez', 'oil', 'spill'], 0.8],
      [['tanker'], 0.5]
    ])
    const after = [phrase(['exxon', 'valdez', 'oil', 'spill'], 0.9), phrase(['oil', 'spill'], 0.8), phrase(['tanker'], 0.5)]
    expect(shown(selectDistinct(after, 3, 0.5, 1))).toEqual([
      [['exxon', 'valdez', 'oil', 'spill'], 0.9],
      [['tanker'], 0.5],
      [['oil', 'spill'], 0.4]
    ])
  })

  it('steps back a phrase said once that shares a name with a pick, once per pick', () => {
    const ranked = [phrase(['Kim', 'Jong', 'Un'], 0.9), phrase(['Kim', 'regime'], 0.8, 1), phrase(['Kim', 'visit'], 0.7), phrase(['tractor'], 0.5)]
    expect(shown(selectDistinct(ranked, 4, 0.5, 0.25))).toEqual([
      [['Kim', 'Jong', 'Un'], 0.9],
      [['Kim', 'visit'], 0.7],
      [['tractor'], 0.5],
      // Stepped back by each pick naming Kim: 0.8 × 0.25 × 0.25.
      [['Kim', 'regime'], 0.05]
    ])
  })

  it('tells a word key holding a space from two words (`eight minut` is not `eight`, `minut`)', () => {
    const ranked = [phrase(['eight minut', 'video'], 0.9), phrase(['eight', 'minut'], 0.8), phrase(['eight minut'], 0.7)]
    expect(shown(selectDistinct(ranked, 3, 0.5, 1))).toEqual([
      [['eight minut', 'video'], 0.9],
      [['eight', 'minut'], 0.8],
      [['eight minut'], 0.35]
    ])
  })

  it('picks what the plain definition picks, for any pool and count', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'a b', 'b a', 'Kim', 'Lisbon')
    const item = fc.record({
      keys: fc.array(key, {minLength: 1, maxLength: 4}),
      score: fc.integer({min: 0, max: 6}),
      times: fc.integer({min: 1, max: 2}),
      members: fc.array(fc.array(key, {minLength: 1, maxLength: 2}), {maxLength: 1})
    })
    const pool = fc.array(item, {maxLength: 30})
    fc.assert(
      fc.property(pool, fc.integer({min: 0, max: 40}), fc.constantFrom(0.5, 0.8, 1), fc.constantFrom(0.35, 1), (items, maximum, contained, sharedName) => {
        const ranked = items.map((item) => ({...phrase(item.keys, item.score / 6, item.times), members: item.members.map((keys) => phrase(keys, 0))}))
        expect(shown(selectDistinct(ranked, maximum, contained, sharedName))).toEqual(reference(ranked, maximum, contained, sharedName))
      }),
      {numRuns: 400, seed: 3}
    )
  })

  it('returns every phrase, once, for a count far above the pool', () => {
    const ranked = Array.from({length: 2000}, (_, index) => phrase(['w' + (index % 50), 'x' + index], 1 - index / 4000))
    const result = selectDistinct(ranked, 1e9, 0.8, 0.35)
    expect(result).toHaveLength(2000)
    expect(new Set(result.map((item) => item.candidate)).size).toBe(2000)
  })
})
