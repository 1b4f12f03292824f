/**
 * Remember a pure function of a word: news repeats its vocabulary from one
 * article to the next, and stemming or guessing a tag costs more than a
 * lookup. The memory is bounded (it forgets everything when full) and, the
 * function being pure, changes no result.
 */
export function memoize<T>(compute: (word: string) => T, limit = 1 << 17): (word: string) => T {
  const known = new Map<string, T>()
  return function (word) {
    let value = known.get(word)
    if (value === undefined && !known.has(word)) {
      if (known.size >= limit) known.clear()
      value = compute(word)
      known.set(word, value)
    }

    return value as T
  }
}
