/**
 * User patterns (the `patterns` option): extra boilerplate a site prints
 * that the built-in rules do not know.
 */

/** A user pattern with its own `ruleId` and reason. */
export interface CustomPattern {
  /** `ruleId` of the messages (default `'custom'`). */
  id?: string | null | undefined
  /** A regular expression, or a string matched case-insensitively as a substring. */
  pattern: RegExp | string
  /** Reason of the messages (default: “Unexpected text matching …, expected story text”). */
  reason?: string | null | undefined
}

/** A user pattern: a regular expression, a string (case-insensitive substring), or both with an id and reason. */
export type BoilerplatePattern = RegExp | string | CustomPattern

/** A user pattern ready to test. */
export interface CompiledPattern {
  readonly id: string
  readonly reason: string
  /** Test the start of a paragraph (see `patternWindow`), given as is and in lower case. */
  readonly test: (text: string, lower: string) => boolean
}

/**
 * Characters at the start of a paragraph that user patterns see: a user’s
 * regular expression cannot be made to crawl over a megabyte-long line.
 */
export const patternWindow = 2000

/**
 * Check and compile the `patterns` option.
 *
 * @throws {TypeError} When an entry is not a pattern.
 */
export function compilePatterns(owner: string, patterns: readonly unknown[]): CompiledPattern[] {
  // `Array.from` visits holes (`[, 'x']`) too, as `undefined`: an error, not a skip.
  return Array.from(patterns, function (entry, index) {
    const where = `${owner}: unexpected \`patterns[${index}]\``
    if (entry instanceof RegExp || typeof entry === 'string') return compile(entry, undefined, undefined, where)
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new TypeError(`${where}, expected a RegExp, a string, or an object with \`pattern\``)
    }

    const {id, pattern, reason, ...rest} = entry as Record<string, unknown>
    const extra = Object.keys(rest)[0]
    if (extra !== undefined) {
      throw new TypeError(`${where}: unknown field \`${extra}\`, expected \`id\`, \`pattern\` or \`reason\``)
    }

    if (!(pattern instanceof RegExp) && typeof pattern !== 'string') {
      throw new TypeError(`${where}: expected \`pattern\` to be a RegExp or a string`)
    }

    if (id !== undefined && id !== null && (typeof id !== 'string' || id === '')) {
      throw new TypeError(`${where}: expected \`id\` to be a non-empty string`)
    }

    if (reason !== undefined && reason !== null && (typeof reason !== 'string' || reason === '')) {
      throw new TypeError(`${where}: expected \`reason\` to be a non-empty string`)
    }

    return compile(pattern, id ?? undefined, reason ?? undefined, where)
  })
}

function compile(pattern: RegExp | string, id: string | undefined, reason: string | undefined, where: string): CompiledPattern {
  if (pattern === '') throw new TypeError(`${where}: expected a non-empty string`)
  const shown = typeof pattern === 'string' ? JSON.stringify(pattern) : String(pattern)
  const base = {id: id ?? 'custom', reason: reason ?? `Unexpected text matching \`${shown}\`, expected story text`}

  if (typeof pattern === 'string') {
    const needle = pattern.toLowerCase()
    return {...base, test: (_text, lower) => lower.includes(needle)}
  }

  // A `g` or `y` flag would make `test` remember where it stopped.
  const expression = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
  return {...base, test: (text) => expression.test(text)}
}
