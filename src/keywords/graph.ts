/**
 * Word importance from a random walk over the story’s co-occurrence graph,
 * biased towards words that come early (PositionRank; Florescu and Caragea,
 * 2017): words are linked when they occur close together, and a walker who
 * jumps back to the start of the story more often than to its end ranks the
 * words of the lede and of everything tied to them first.
 *
 * Cost: one edge per pair of words in a window of `window` words, so linear
 * in the length of the story, and a bounded number of rounds.
 */

/** Settings of the walk. */
export interface WalkSettings {
  /** Words closer than this (in words) are linked. */
  window: number
  /** Probability of following a link rather than jumping (PageRank’s `d`). */
  damping: number
}

/** Most rounds of the walk. */
const rounds = 100
/** Total change (the scores sum to 1) below which the walk has settled: the ranking settles long before the scores. */
const tolerance = 1e-3

/**
 * Scores (summing to 1) of the nodes `0 … bias.length - 1`. `order` holds the
 * node of each word of the story in turn, `-1` for words that take no part
 * (they still count in the distance between two words); `bias` each node’s
 * weight in the jump (any scale).
 */
export function walk(order: Int32Array, bias: Float64Array, settings: WalkSettings): Float64Array {
  const size = bias.length
  const window = settings.window
  // The places of the words that take part, in order: pairs are looked for
  // among them alone (most words take no part), at their distance in the story.
  const length = order.length
  let count = 0
  for (let index = 0; index < length; index++) if (order[index] !== -1) count++
  const places = new Int32Array(count)
  count = 0
  for (let index = 0; index < length; index++) if (order[index] !== -1) places[count++] = index

  // Edges in compressed rows, both ways; a pair seen twice is two edges, the
  // same as one edge of weight two. First count, then fill.
  const degree = new Uint32Array(size)
  eachPair(order, places, window, function (source, target) {
    degree[source]!++
    degree[target]!++
  })

  const offsets = new Uint32Array(size + 1)
  for (let id = 0; id < size; id++) offsets[id + 1] = offsets[id]! + degree[id]!
  const targets = new Uint32Array(offsets[size]!)
  const fill = offsets.slice(0, size)
  eachPair(order, places, window, function (source, target) {
    targets[fill[source]!++] = target
    targets[fill[target]!++] = source
  })

  let total = 0
  for (let id = 0; id < size; id++) total += bias[id]!
  const jump = new Float64Array(size)
  for (let id = 0; id < size; id++) jump[id] = total > 0 ? bias[id]! / total : 1 / size

  const damping = settings.damping
  let current = jump.slice()
  let next = new Float64Array(size)
  for (let round = 0; round < rounds; round++) {
    // A word with no neighbour hands its score back through the jump.
    let dangling = 0
    for (let id = 0; id < size; id++) if (degree[id] === 0) dangling += current[id]!
    for (let id = 0; id < size; id++) next[id] = (1 - damping + damping * dangling) * jump[id]!
    for (let id = 0; id < size; id++) {
      const end = offsets[id + 1]!
      if (end === offsets[id]) continue
      const share = (damping * current[id]!) / degree[id]!
      for (let edge = offsets[id]!; edge < end; edge++) next[targets[edge]!]! += share
    }

    let change = 0
    for (let id = 0; id < size; id++) change += Math.abs(next[id]! - current[id]!)
    ;[current, next] = [next, current]
    if (change < tolerance) break
  }

  return current
}

/**
 * Call `visit` with the nodes of each pair of words that take part (at
 * `places`) and are closer than `window` in the story, unless both are the
 * same node.
 */
function eachPair(
  order: Int32Array,
  places: Int32Array,
  window: number,
  visit: (source: number, target: number) => void
): void {
  const count = places.length
  for (let from = 0; from < count; from++) {
    const source = order[places[from]!]!
    const last = places[from]! + window
    for (let to = from + 1; to < count && places[to]! < last; to++) {
      const target = order[places[to]!]!
      if (target !== source) visit(source, target)
    }
  }
}
