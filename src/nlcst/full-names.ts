/**
 * Full names of an article by their first and last words, to find what a
 * short form stands for (`Kim` → `Kim Jong Un`, `Putin` → `Vladimir Putin`).
 */

const sharedWordCap = 64

/** Full names (of two words or more), found by their first or last word. */
export class FullNames {
  readonly #byEdge = new Map<string, string[]>()
  readonly #words = new Map<string, string[]>()

  /** Remember a full name under `key`. */
  add(key: string, words: readonly string[]): void {
    if (words.length < 2 || this.#words.has(key)) return
    const lower = words.map((word) => word.toLowerCase())
    this.#words.set(key, lower)
    for (const edge of new Set([lower[0]!, lower[lower.length - 1]!])) {
      const list = this.#byEdge.get(edge)
      if (list) list.push(key)
      else this.#byEdge.set(edge, [key])
    }
  }

  /**
   * Keys of the longer names that `words` ends (surnames) and then, unless
   * `endOnly`, of those it starts, each in the order they were added.
   */
  longerForms(words: readonly string[], endOnly = false): string[] {
    if (words.length === 0) return []
    const first = words[0]!.toLowerCase()
    const last = words.length === 1 ? first : words[words.length - 1]!.toLowerCase()
    // Most words edge no full name: nothing is built for them.
    let lower: string[] | undefined
    let atEnd: string[] | undefined
    let atStart: string[] | undefined
    for (let side = 0; side < (first === last ? 1 : 2); side++) {
      const keys = this.#byEdge.get(side === 0 ? first : last)
      if (keys === undefined) continue
      lower ??= words.map((word) => word.toLowerCase())
      // Few names share a word in one article; the cap keeps made-up input linear.
      const count = Math.min(keys.length, sharedWordCap)
      for (let index = 0; index < count; index++) {
        const key = keys[index]!
        const full = this.#words.get(key)!
        if (full.length <= lower.length) continue
        if (matchesAt(full, lower, full.length - lower.length)) (atEnd ??= []).push(key)
        else if (!endOnly && matchesAt(full, lower, 0)) (atStart ??= []).push(key)
      }
    }

    if (atEnd === undefined && atStart === undefined) return []
    return [...new Set([...(atEnd ?? []), ...(atStart ?? [])])]
  }
}

function matchesAt(full: string[], part: string[], offset: number): boolean {
  for (let index = 0; index < part.length; index++) {
    if (full[offset + index] !== part[index]) return false
  }

  return true
}
