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
  // Edges in compressed rows, both ways; a pair seen twice is two edges, the
  // same as one edge of weight two. First count, then fill.
  const degree = new Uint32Array(size)
  const length = order.length
  for (let index = 0; index < length; index++) {
    const from = order[index]!
    if (from === -1) continue
    const last = Math.min(length, index + window)
    for (let other = index + 1; other < last; other++) {
      const to = order[other]!
      if (to === -1 || to === from) continue
      degree[from]!++
      degree[to]!++
    }
  }

  const offsets = new Uint32Array(size + 1)
  for (let id = 0; id < size; id++) offsets[id + 1] = offsets[id]! + degree[id]!
  const targets = new Uint32Array(offsets[size]!)
  const fill = offsets.slice(0, size)
  for (let index = 0; index < length; index++) {
    const from = order[index]!
    if (from === -1) continue
    const last = Math.min(length, index + window)
    for (let other = index + 1; other < last; other++) {
      const to = order[other]!
      if (to === -1 || to === from) continue
      targets[fill[from]!++] = to
      targets[fill[to]!++] = from
    }
  }

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
