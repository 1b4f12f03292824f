/**
 * Merge near-duplicate keyphrases into the best-formed one: a head alone
 * and the phrases it heads (`inflation`, `core price inflation`), one word
 * written fuller (`ferry crossings`, `ferry-boat crossings`), and a phrase
 * whose only extra word says nothing of what it is (`new ferries`,
 * `electric ferries`) are one concept. The form the story ranks best
 * shows (never one with a plain `new`), with the occurrences of all. A
 * describing word more is a narrower thing and stays apart (`oil spill`,
 * `tanker oil spill`).
 */
import type {StoryWord} from './document.js'
import type {Merged} from './merge.js'

/** Adjectives that tell a thing apart from nothing else in a story: `the new trains` are the trains it is about. */
const plainModifiers = new Set(
  'new old recent current latest present big small large huge major minor main key whole entire general overall usual local total full'.split(' ')
)

interface Shape {
  item: Merged
  /** Key of the last word. */
  head: string
  /** Whether the head is written as a name: names merge with names, common nouns with common nouns. */
  named: boolean
  /** Stems of the describing words’ parts (`hydrogen-powered` gives two), plain adjectives left out. */
  modifiers: Set<string>
  /** Whether it has a plain adjective (`new`). */
  plain: boolean
}

/**
 * Merge the near duplicates of `ranked` (best first) and return them best
 * first again; a merged phrase keeps the best score of its members.
 */
export function mergeNearDuplicates(ranked: readonly Merged[]): Merged[] {
  const shapes = ranked.map(shapeOf)
  // The fullest first, so that a phrase finds the fullest form left standing.
  const order = [...shapes].sort((a, b) => b.modifiers.size - a.modifiers.size)
  const into = new Map<Shape, Shape>()
  for (const shape of order) {
    let target: Shape | undefined
    for (const other of shapes) {
      if (other === shape || into.has(other) || !fuller(other, shape)) continue
      if (target === undefined || other.item.score > target.item.score) target = other
    }

    if (target) into.set(shape, target)
  }

  if (into.size === 0) return [...ranked]
  const groups = new Map<Shape, Shape[]>()
  for (const shape of shapes) if (!into.has(shape)) groups.set(shape, [shape])
  for (const [shape, target] of into) groups.get(target)!.push(shape)

  const result: Merged[] = []
  for (const group of groups.values()) {
    // The form the story ranks best shows, unless it only adds a plain word.
    let shown = group[0]!
    for (const shape of group) if (!shape.plain && (shown.plain || shape.item.score > shown.item.score)) shown = shape
    const members: Merged['members'] = []
    let score = 0
    for (const shape of group) {
      if (shape.item.score > score) score = shape.item.score
      if (shape !== shown) members.push({candidate: shape.item.candidate, score: shape.item.score})
      members.push(...shape.item.members)
    }

    result.push({candidate: shown.item.candidate, score, members})
  }

  return result.sort((a, b) => b.score - a.score)
}

/** Whether `full` says all that `short` says and more, of the same head. */
function fuller(full: Shape, short: Shape): boolean {
  if (full.head !== short.head || full.named !== short.named || full.modifiers.size <= short.modifiers.size) return false
  if (short.modifiers.size > 0 && full.item.candidate.length > short.item.candidate.length) return false
  for (const stem of short.modifiers) if (!full.modifiers.has(stem)) return false
  return true
}

function shapeOf(item: Merged): Shape {
  const words = item.candidate.occurrences[0]!
  const last = words[words.length - 1]!
  const modifiers = new Set<string>()
  let plain = false
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index]!
    if (isPlain(word)) {
      plain = true
      continue
    }

    for (const part of word.key.split(' ')) modifiers.add(part)
  }

  return {item, head: last.key, named: last.tag.startsWith('NNP'), modifiers, plain}
}

/** A plain adjective in lower case (`new`, not the `New` of `New Zealand`). */
function isPlain(word: StoryWord): boolean {
  return !word.tag.startsWith('NNP') && plainModifiers.has(word.lexeme.lower)
}
