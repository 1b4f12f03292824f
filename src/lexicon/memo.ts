/**
 * Remember a pure function of a word: news repeats its vocabulary from one
 * article to the next, and stemming or guessing a tag costs more than a
 * lookup. The function being pure, remembering changes no result.
 *
 * Memory is bounded: two generations of at most `limit` words each. When the
 * newer is full it becomes the older and the older is forgotten; a word met
 * again moves to the newer. Words every story uses stay; a name met once
 * goes.
 */
export function memoize<T extends NonNullable<unknown>>(compute: (word: string) => T, limit = 1 << 15): (word: string) => T {
  let newer = new Map<string, T>()
  let older = new Map<string, T>()
  return function (word) {
    let value = newer.get(word)
    if (value !== undefined) return value
    value = older.get(word) ?? compute(word)
    if (newer.size >= limit) {
      older = newer
      newer = new Map()
    }

    newer.set(word, value)
    return value
  }
}
