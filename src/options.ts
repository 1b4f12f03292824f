/**
 * Validation of plugin options: wrong types and unknown keys throw a
 * `TypeError` that names the option, so a typo never silently does nothing.
 *
 * Only own enumerable string keys are read, each once, into a fresh
 * null-prototype object: what the plugins then read is that copy, so an
 * inherited value (`Object.create({maxLength: 1})`, or a polluted
 * `Object.prototype`), a non-enumerable one or a getter that changes its
 * answer between reads never reaches them.
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
 * The declaration of one option: `kind` plus, for numbers, `min` (at
 * least), `above` (strictly more than) and `max` (at most); the `default`
 * the plugin applies when the option is left out (absent when none applies,
 * or when it depends on other options); and older names still accepted with
 * the same meaning (`aliases`).
 */
export interface OptionSpec {
  kind: OptionKind
  min?: number
  above?: number
  max?: number
  default?: unknown
  aliases?: readonly string[]
}

/**
 * The declaration of a plugin’s options, each key’s kind or spec: the one
 * place its kinds, bounds, defaults and older names are said. The check
 * (`checkOptions`) and the defaults (`optionDefault`) read it; a test holds
 * the README to it.
 */
export type OptionSchema = Readonly<Record<string, OptionKind | OptionSpec>>

/**
 * Check `options` against `schema` and return a frozen null-prototype copy
 * of their own enumerable keys (a frozen empty one when `options` is `null`
 * or `undefined`). Keys set to `undefined` or `null` are left out, so they
 * take their defaults.
 *
 * @param owner Name used in errors, such as `retextArticleSummary`.
 * @throws {TypeError} When `options` is not an object, a key is unknown, a
 *   value has the wrong kind or is out of bounds, or reading it throws.
 */
export function checkOptions<T extends object>(
  owner: string,
  options: T | null | undefined,
  schema: OptionSchema
): Readonly<T> {
  if (options === null || options === undefined) return emptyOptions as T
  if (typeof options !== 'object' || isArray(options)) {
    throw new TypeError(`${owner}: expected options to be an object, not \`${describe(options)}\``)
  }

  let keys: string[]
  try {
    keys = Object.keys(options)
  } catch {
    // A revoked proxy, or a proxy whose `ownKeys` trap throws.
    throw new TypeError(`${owner}: expected options to be a readable object, but listing its keys failed`)
  }

  const copy = Object.create(null) as Record<string, unknown>
  // The name each option was given by, for errors and for a name given twice.
  const givenAs = new Map<string, string>()
  for (const key of keys) {
    const name = Object.hasOwn(schema, key) ? key : aliasesOf(schema).get(key)
    if (name === undefined) {
      const known = Object.keys(schema).map((d) => '`' + d + '`')
      throw new TypeError(
        `${owner}: unknown option \`${key}\`, ${known.length > 0 ? 'expected one of ' + known.join(', ') : 'it takes no options'}`
      )
    }

    const before = givenAs.get(name)
    if (before !== undefined) {
      throw new TypeError(`${owner}: unexpected both \`${before}\` and \`${key}\`, which are one option (\`${name}\`): give one`)
    }

    givenAs.set(name, key)

    let value: unknown
    try {
      value = (options as Record<string, unknown>)[key]
    } catch {
      throw new TypeError(`${owner}: could not read option \`${key}\` (its getter threw)`)
    }

    if (value === undefined || value === null) continue
    const spec = schema[name]!
    const kind = isSpec(spec) ? spec.kind : spec
    if (!fits(value, kind)) {
      throw new TypeError(
        `${owner}: unexpected \`${describe(value)}\` for option \`${key}\`, expected ${expected(kind)}`
      )
    }

    if (isSpec(spec) && typeof value === 'number') checkBounds(owner, key, value, spec)
    copy[name] = value
  }

  return Object.freeze(copy) as T
}

const emptyOptions = Object.freeze(Object.create(null) as object)

/** Older names of a schema’s options, to the name each stands for (made once per schema). */
const aliasMaps = new WeakMap<OptionSchema, ReadonlyMap<string, string>>()

function aliasesOf(schema: OptionSchema): ReadonlyMap<string, string> {
  let map = aliasMaps.get(schema)
  if (!map) {
    const found = new Map<string, string>()
    for (const [name, spec] of Object.entries(schema)) {
      if (isSpec(spec)) for (const alias of spec.aliases ?? []) found.set(alias, name)
    }

    map = found
    aliasMaps.set(schema, map)
  }

  return map
}

/**
 * The declared default of option `name` of `schema`, typed by the caller.
 *
 * @throws {TypeError} When the schema declares no default for it (a
 *   mistake in this package, not in a caller’s options).
 */
export function optionDefault<T>(schema: OptionSchema, name: string): T {
  const spec = schema[name]
  if (spec === undefined || !isSpec(spec) || !('default' in spec)) {
    throw new TypeError(`optionDefault: option \`${name}\` declares no default`)
  }

  return spec.default as T
}

/**
 * A frozen null-prototype copy of checked `settings` without the keys in
 * `omit` and with `changes` over it: object spread and rest (`{...a}`,
 * `const {x, ...rest} = a`) make ordinary objects, which read absent keys
 * through `Object.prototype`.
 */
export function deriveOptions<T extends object>(
  settings: Readonly<T>,
  changes: Readonly<Partial<T>> = {} as Partial<T>,
  omit: ReadonlyArray<keyof T> = []
): Readonly<T> {
  const copy = Object.create(null) as Record<string, unknown>
  for (const [key, value] of Object.entries(settings)) {
    if (!omit.includes(key as keyof T)) copy[key] = value
  }

  for (const [key, value] of Object.entries(changes)) copy[key] = value
  return Object.freeze(copy) as T
}

/** `Array.isArray` that answers `false` for a revoked proxy instead of throwing. */
function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value)
  } catch {
    return false
  }
}

function isSpec(value: OptionKind | OptionSpec): value is OptionSpec {
  return typeof value === 'object' && !Array.isArray(value)
}

function checkBounds(owner: string, key: string, value: number, spec: OptionSpec): void {
  const tooLow =
    (spec.min !== undefined && value < spec.min) || (spec.above !== undefined && value <= spec.above)
  const tooHigh = spec.max !== undefined && value > spec.max
  if (!tooLow && !tooHigh) return
  const parts: string[] = []
  if (spec.above !== undefined) parts.push(`above ${spec.above}`)
  if (spec.min !== undefined) parts.push(`${spec.min} or more`)
  if (spec.max !== undefined) parts.push(`at most ${spec.max}`)
  throw new TypeError(
    `${owner}: unexpected \`${value}\` for option \`${key}\`, expected ${spec.kind === 'integer' ? 'an integer' : 'a number'} ${parts.join(' and ')}`
  )
}

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
      return isArray(value)
    }

    case 'object': {
      return typeof value === 'object' && !isArray(value)
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
  if (isArray(value)) return 'array'
  if (typeof value === 'function') return 'function'
  if (typeof value === 'object') return 'object'
  return String(value)
}
