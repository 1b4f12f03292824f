/**
 * Pick the keyphrases to show: best first, but a phrase inside one already
 * picked (`oil spill` after `Exxon Valdez oil spill`) says less and steps
 * back a little, and a phrase said once that names someone or somewhere
 * picked already (`Kim regime` after `Kim Jong Un`) is a detail of that
 * topic and steps back further.
 */
import type {Merged} from './merge.js'

/**
 * The best `maximum` of `ranked` (best first; a few times `maximum` long, so
 * the cost is apart from the story’s length), each phrase inside one picked
 * before it multiplied by `contained`, each said once that shares a name
 * with one picked before it by `sharedName`.
 */
export function selectDistinct(ranked: readonly Merged[], maximum: number, contained: number, sharedName: number): Merged[] {
  const pool = ranked.map((item) => ({
    item,
    keys: item.candidate.occurrences[0]!.map((word) => word.key),
    names: namesOf(item),
    once: item.members.length === 0 && item.candidate.occurrences.length === 1,
    score: item.score
  }))
  const picked: typeof pool = []

  while (picked.length < maximum && pool.length > 0) {
    let best = 0
    for (let index = 1; index < pool.length; index++) if (pool[index]!.score > pool[best]!.score) best = index
    const [choice] = pool.splice(best, 1)
    picked.push(choice!)
    const names = new Set([choice!.item, ...choice!.item.members].flatMap(namesOf))
    for (const other of pool) {
      if (contains(choice!.keys, other.keys)) other.score *= contained
      else if (other.once && other.names.some((key) => names.has(key))) other.score *= sharedName
    }
  }

  return picked.map(({item, score}) => ({...item, score}))
}

/** Keys of the words of a phrase tagged as names. */
function namesOf(item: {candidate: Merged['candidate']}): string[] {
  return item.candidate.occurrences[0]!.filter((word) => word.tag.startsWith('NNP')).map((word) => word.key)
}

/** Whether `inner` is a run of `outer` (and shorter). */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length >= outer.length) return false
  for (let start = 0; start + inner.length <= outer.length; start++) {
    let index = 0
    while (index < inner.length && outer[start + index] === inner[index]) index++
    if (index === inner.length) return true
  }

  return false
}
