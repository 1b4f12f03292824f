/**
 * Validation of plugin options: wrong types and unknown keys throw a
 * `TypeError` that names the option, so a typo never silently does nothing.
 */

/** What an option may hold. */
export type OptionKind =
  | 'boolean'
  | 'number'
  | 'integer'
  | 'string'
  | 'function'
  | 'array'
  | 'object'
  | readonly string[]

/**
 * Check `options` against `schema` and return them (a frozen empty object
 * when `options` is `null` or `undefined`).
 *
 * @param owner Name used in errors, such as `retextArticleSummary`.
 */
export function checkOptions<T extends object>(
  owner: string,
  options: T | null | undefined,
  schema: Readonly<Record<string, OptionKind>>
): Readonly<T> {
  if (options === null || options === undefined) return emptyOptions as T
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${owner}: expected options to be an object, not \`${describe(options)}\``)
  }

  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(schema, key)) {
      throw new TypeError(
        `${owner}: unknown option \`${key}\`, expected one of ${Object.keys(schema).map((d) => '`' + d + '`').join(', ')}`
      )
    }

    const value = (options as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    const kind = schema[key]!
    if (!fits(value, kind)) {
      throw new TypeError(
        `${owner}: unexpected \`${describe(value)}\` for option \`${key}\`, expected ${expected(kind)}`
      )
    }
  }

  return options
}

const emptyOptions = Object.freeze({})

function fits(value: unknown, kind: OptionKind): boolean {
  if (typeof kind !== 'string') return typeof value === 'string' && kind.includes(value)
  switch (kind) {
    case 'integer': {
      return typeof value === 'number' && Number.isInteger(value) && value >= 0
    }

    case 'number': {
      return typeof value === 'number' && Number.isFinite(value)
    }

    case 'array': {
      return Array.isArray(value)
    }

    case 'object': {
      return typeof value === 'object' && !Array.isArray(value)
    }

    default: {
      return typeof value === kind
    }
  }
}

function expected(kind: OptionKind): string {
  if (typeof kind !== 'string') return kind.map((d) => '`' + JSON.stringify(d) + '`').join(' or ')
  if (kind === 'integer') return 'a non-negative integer'
  if (kind === 'number') return 'a finite number'
  return kind === 'array' || kind === 'object' ? 'an ' + kind : 'a ' + kind
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).slice(0, 40)
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'function') return 'function'
  if (typeof value === 'object') return 'object'
  return String(value)
}
