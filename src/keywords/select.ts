/**
 * Pick the keyphrases to show: best first, but a phrase inside one already
 * picked (`oil spill` after `Exxon Valdez oil spill`) says less and steps
 * back a little, and a phrase said once that names someone or somewhere
 * picked already (`Kim regime` after `Kim Jong Un`) is a detail of that
 * topic and steps back further.
 */
import type {Merged} from './merge.js'

interface Entry {
  item: Merged
  keys: readonly string[]
  /** Place in `ranked`: ties go to the earlier. */
  index: number
  score: number
  picked: boolean
  /** Keys of its words tagged as names. */
  names: readonly string[]
  /** Said once, with nothing merged into it. */
  once: boolean
}

interface HeapItem {
  entry: Entry
  score: number
}

/**
 * The best `maximum` of `ranked` (best first), each phrase inside one picked
 * before it multiplied by `contained`, each said once that shares a name
 * with one picked before it by `sharedName` (once per pick, and not both).
 *
 * The next best comes off a heap (an entry whose score dropped is pushed
 * again and its stale copy skipped), and the phrases a pick steps back are
 * found by looking up its runs (a phrase has a handful of words) and its
 * names, not by scanning every other phrase: a huge `maximum` costs about
 * what the default does.
 */
export function selectDistinct(ranked: readonly Merged[], maximum: number, contained: number, sharedName: number): Merged[] {
  const byRun = new Map<string, Entry[]>()
  const onceByName = new Map<string, Entry[]>()
  const heap: HeapItem[] = []
  for (const [index, item] of ranked.entries()) {
    const keys = item.candidate.occurrences[0]!.map((word) => word.key)
    const entry: Entry = {
      item,
      keys,
      index,
      score: item.score,
      picked: false,
      names: namesOf(item),
      once: item.members.length === 0 && item.candidate.occurrences.length === 1
    }
    add(byRun, runKey(keys), entry)
    if (entry.once) for (const name of new Set(entry.names)) add(onceByName, name, entry)
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
    const touched = new Set<Entry>()
    for (const inner of runsOf(entry.keys)) {
      for (const other of byRun.get(inner) ?? []) {
        if (other.picked || touched.has(other)) continue
        touched.add(other)
        other.score *= contained
        push(heap, {entry: other, score: other.score})
      }
    }

    const names = new Set([entry.item, ...entry.item.members].flatMap(namesOf))
    for (const name of names) {
      for (const other of onceByName.get(name) ?? []) {
        if (other.picked || touched.has(other)) continue
        touched.add(other)
        other.score *= sharedName
        push(heap, {entry: other, score: other.score})
      }
    }
  }

  return picked.map(({item, score}) => ({...item, score}))
}

/** Keys of the words of a phrase tagged as names. */
function namesOf(item: {candidate: Merged['candidate']}): string[] {
  return item.candidate.occurrences[0]!.filter((word) => word.tag.startsWith('NNP')).map((word) => word.key)
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key)
  if (list) list.push(entry)
  else map.set(key, [entry])
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
function before(a: HeapItem, b: HeapItem): boolean {
  return a.score > b.score || (a.score === b.score && a.entry.index < b.entry.index)
}

function push(heap: HeapItem[], value: HeapItem): void {
  heap.push(value)
  let index = heap.length - 1
  while (index > 0) {
    const parent = (index - 1) >> 1
    if (!before(heap[index]!, heap[parent]!)) break
    ;[heap[index], heap[parent]] = [heap[parent]!, heap[index]!]
    index = parent
  }
}

function pop(heap: HeapItem[]): HeapItem | undefined {
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
