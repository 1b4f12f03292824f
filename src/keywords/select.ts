/**
 * Pick the keyphrases to show: best first, but a phrase inside one already
 * picked (`oil spill` after `Exxon Valdez oil spill`) says less and steps
 * back a little.
 */
import type {Merged} from './merge.js'

interface Entry {
  item: Merged
  keys: readonly string[]
  /** Place in `ranked`: ties go to the earlier. */
  index: number
  score: number
  picked: boolean
}

/**
 * The best `maximum` of `ranked` (best first), each phrase inside one picked
 * before it multiplied by `contained`.
 *
 * Linear in `ranked` times the log of its length, whatever `maximum` is: the
 * next best comes off a heap (an entry whose score dropped is pushed again
 * and its stale copy skipped), and the phrases inside a pick are found by
 * looking up its runs, which are few (a phrase has a handful of words), not by
 * scanning every other phrase.
 */
export function selectDistinct(ranked: readonly Merged[], maximum: number, contained: number): Merged[] {
  const byKey = new Map<string, Entry[]>()
  const heap: Array<{entry: Entry; score: number}> = []
  for (const [index, item] of ranked.entries()) {
    const keys = item.candidate.occurrences[0]!.map((word) => word.key)
    const entry: Entry = {item, keys, index, score: item.score, picked: false}
    const key = runKey(keys)
    const list = byKey.get(key)
    if (list) list.push(entry)
    else byKey.set(key, [entry])
    push(heap, {entry, score: entry.score})
  }

  const picked: Entry[] = []
  while (picked.length < maximum && heap.length > 0) {
    const top = pop(heap)!
    const {entry} = top
    // A stale copy: the entry was picked, or its score has dropped since.
    if (entry.picked || top.score !== entry.score) continue
    entry.picked = true
    picked.push(entry)
    for (const inner of runsOf(entry.keys)) {
      for (const other of byKey.get(inner) ?? []) {
        if (other.picked) continue
        other.score *= contained
        push(heap, {entry: other, score: other.score})
      }
    }
  }

  return picked.map(({item, score}) => ({...item, score}))
}

/** A key for a run of word keys; unambiguous, as a word’s key may hold a space (`eight minut`). */
function runKey(keys: readonly string[]): string {
  return JSON.stringify(keys)
}

/** The distinct shorter runs of `keys`, each as its `runKey`. */
function runsOf(keys: readonly string[]): Set<string> {
  const runs = new Set<string>()
  for (let length = 1; length < keys.length; length++) {
    for (let start = 0; start + length <= keys.length; start++) runs.add(runKey(keys.slice(start, start + length)))
  }

  return runs
}

/** Whether `a` comes off the heap before `b`: higher score, then earlier place. */
function before(a: {entry: Entry; score: number}, b: {entry: Entry; score: number}): boolean {
  return a.score > b.score || (a.score === b.score && a.entry.index < b.entry.index)
}

function push(heap: Array<{entry: Entry; score: number}>, value: {entry: Entry; score: number}): void {
  heap.push(value)
  let index = heap.length - 1
  while (index > 0) {
    const parent = (index - 1) >> 1
    if (!before(heap[index]!, heap[parent]!)) break
    ;[heap[index], heap[parent]] = [heap[parent]!, heap[index]!]
    index = parent
  }
}

function pop(heap: Array<{entry: Entry; score: number}>): {entry: Entry; score: number} | undefined {
  const top = heap[0]
  const last = heap.pop()
  if (heap.length > 0 && last) {
    heap[0] = last
    let index = 0
    for (;;) {
      const left = 2 * index + 1
      const right = left + 1
      let best = index
      if (left < heap.length && before(heap[left]!, heap[best]!)) best = left
      if (right < heap.length && before(heap[right]!, heap[best]!)) best = right
      if (best === index) break
      ;[heap[index], heap[best]] = [heap[best]!, heap[index]!]
      index = best
    }
  }

  return top
}
