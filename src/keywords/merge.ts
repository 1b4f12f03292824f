/**
 * Merge the variants of one concept into one result: a short form into the
 * full name it stands for (`Kim` → `Kim Jong Un`, `Thomas` → `Clarence
 * Thomas`), an adjective of place into the place (`North Korean` → `North
 * Korea`). Stem variants (`claim`, `claims`) already share a key.
 */
import {placeOfDemonym} from '../lexicon/gazetteer.js'
import {FullNames} from '../nlcst/full-names.js'
import type {StoryWord} from './document.js'
import type {Scored} from './rank.js'

/** A scored candidate with the candidates merged into it. */
export interface Merged extends Scored {
  /** Other candidates merged into this one. */
  members: Scored[]
}

/**
 * Merge `ranked` (best first) into concepts and return the best `limit`. A
 * merged concept keeps its best member’s score and the full name’s place.
 */
export function mergeVariants(ranked: readonly Scored[], limit: number): Merged[] {
  // Only names merge: a cheap test sets them apart, the rest pass through.
  const named: Array<{item: Scored; words: string[]; key: string}> = []
  for (const item of ranked) {
    const sample = nameSample(item)
    if (sample) named.push({item, words: sample.map((word) => word.lexeme.bare), key: lowerKey(sample)})
  }

  // Longer names first, so that `Jong Un` finds `Kim Jong Un` before `Un` is looked at.
  named.sort((a, b) => b.words.length - a.words.length)
  const names = new FullNames()
  const byName = new Map<string, Scored>()
  const places = new Map<string, Scored>()
  for (const {item, words, key} of named) {
    if (!places.has(key)) places.set(key, item)
    if (words.length > 1 && !byName.has(key)) {
      byName.set(key, item)
      names.add(key, words)
    }
  }

  const target = new Map<Scored, Scored>()
  for (const {item, words} of named) {
    let into: Scored | undefined
    // Only a one-word short form (`Thomas`, `Kim`) stands for a longer name:
    // `Supreme Court` is not `California Supreme Court`. Two people who
    // share it (`Indira Gandhi`, `Rajiv Gandhi`) leave it alone.
    if (words.length === 1) {
      const longer = distinct(names.longerForms(words))
      if (longer.length === 1) into = byName.get(longer[0]!)
    }

    // `North Korean` → `North Korea`, when the story names it.
    if (into === undefined) {
      const place = placeOfDemonym(words.join(' '))
      if (place !== undefined) into = places.get(place.toLowerCase())
    }

    if (into && into !== item) target.set(item, rootOf(into, target))
  }

  const members = new Map<Scored, Scored[]>()
  for (const [item, into] of target) {
    const root = rootOf(into, target)
    const list = members.get(root) ?? []
    list.push(item)
    members.set(root, list)
  }

  // The first `limit` that stay, and any concept a member lifted above them.
  const result: Merged[] = []
  for (const item of ranked) {
    if (target.has(item)) continue
    const list = members.get(item)
    if (result.length >= limit && list === undefined) continue
    let score = item.score
    for (const member of list ?? []) if (member.score > score) score = member.score
    result.push({candidate: item.candidate, score, members: list ?? []})
  }

  return result.sort((a, b) => b.score - a.score).slice(0, limit)
}

/**
 * The shortest of the longer names: one that is another with more in front
 * (`Judge Clarence Thomas`) or behind (`Kim Jong Un Tours`) is the same person.
 */
function distinct(keys: readonly string[]): string[] {
  return keys.filter((key) => !keys.some((other) => other !== key && (key.endsWith(' ' + other) || key.startsWith(other + ' '))))
}

/** The words of a candidate written as a name (where its capitals are trusted, if anywhere), else `undefined`. */
function nameSample(item: Scored): readonly StoryWord[] | undefined {
  const occurrences = item.candidate.occurrences
  if (!isName(occurrences[0]![0]!)) return undefined
  const sample = occurrences.find((occurrence) => occurrence.every((word) => !word.caseless)) ?? occurrences[0]!
  return sample.every(isName) ? sample : undefined
}

/**
 * The written words in lower case, joined by a space: what lowering the
 * joined words gives (a space ends a word for every rule of case, the final
 * sigma’s included), from each word’s own lower case, worked out once.
 */
function lowerKey(sample: readonly StoryWord[]): string {
  let key = sample[0]!.lexeme.lower
  for (let index = 1; index < sample.length; index++) key += ' ' + sample[index]!.lexeme.lower
  return key
}

/** Whether a word is written as a name: tagged one, or capitalised where a capital may be grammar (`Kim praised …`). */
function isName(word: StoryWord): boolean {
  return word.tag.startsWith('NNP') || (word.caseless && word.lexeme.capitalised && !word.lexeme.shouted)
}

function rootOf(item: Scored, target: ReadonlyMap<Scored, Scored>): Scored {
  let current = item
  // Chains are short (a name merges into a longer one); the bound keeps cycles out.
  for (let step = 0; step < 8; step++) {
    const next = target.get(current)
    if (next === undefined || next === current) return current
    current = next
  }

  return current
}
