/**
 * Matches of a big pattern, tried only near its anchors.
 *
 * The figures patterns have many alternatives and would be tried at every
 * position of a paragraph, yet every match holds an anchor (a digit, a
 * number word, a month) a few characters from its start. One small pattern
 * finds the anchors of both (`anchorsOf`); each big one, sticky, is tried
 * only at the positions before its anchors where a match may start. The
 * matches are those `matchAll` would give, at a fraction of the cost.
 */

/** A place a match may be near: it starts at most `reach` characters before `at`. */
export interface Anchor {
  at: number
  reach: number
}

/**
 * Matches of `pattern` (sticky, never empty) in `text`, in order, as
 * `text.matchAll` gives them for the pattern made global. Every match must
 * hold one of `anchors` (in order) at most its `reach` after its start, with
 * no other anchor between the two; `mayStart` answers `false` only where
 * the pattern cannot match (`at` is the anchor whose match would hold it).
 */
export function matchesNear(
  text: string,
  pattern: RegExp,
  anchors: readonly Anchor[],
  mayStart: (text: string, index: number, at: number) => boolean
): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  // Positions before `next` were tried, or lie inside a match.
  let next = 0

  for (const {at, reach} of anchors) {
    let index = Math.max(next, at - reach)
    while (index <= at) {
      if (mayStart(text, index, at)) {
        pattern.lastIndex = index
        const match = pattern.exec(text)
        if (match) {
          found.push(match)
          index += Math.max(match[0].length, 1)
          continue
        }
      }

      index++
    }

    if (index > next) next = index
  }

  return found
}

/** Whether `index` falls between the two halves of a surrogate pair (where `matchAll` never starts a match). */
export function insidePair(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0xdc00 || code > 0xdfff || index === 0) return false
  const before = text.charCodeAt(index - 1)
  return before >= 0xd800 && before <= 0xdbff
}

/** Whether a UTF-16 code unit is an ASCII letter or digit. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
}
