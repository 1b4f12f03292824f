/**
 * The JSON Lines batch runner: `{"id", "text"}` (or `{"id", "html"}`) lines
 * in, one `{"id", "digest"}` or `{"id", "error"}` line out per article, in
 * order.
 * Input is read line by line, so a batch of any size runs in flat memory.
 */
import type {Readable} from 'node:stream'
import type {DigestOptions} from '../digest.js'
import type {Digest} from '../types.js'
import {messageOf, type Output} from './io.js'
import {readLines} from './lines.js'
import type {Pool} from './pool.js'
import type {Progress} from './progress.js'

/** The `digest()` function (or `digestHtml()`), injectable for tests. */
export type DigestFunction = (text: string, options?: DigestOptions | null) => Digest

/** What digests each kind of input. */
export interface Digesters {
  /** Plain text (`text` fields). */
  text: DigestFunction
  /** HTML (`html` fields). */
  html: DigestFunction
}

/** What one input line becomes. */
export interface LineResult {
  /** The output line, without its newline. */
  line: string
  ok: boolean
}

/** Running totals over a batch. */
export interface BatchCounts {
  articles: number
  failed: number
}

/**
 * Digest one input line: its `text` with `digest` (a function, or
 * `{text, html}` functions), or, when it has no `text`, its `html` with
 * `digesters.html`.
 *
 * @param where Prefix for error messages (`stdin:3`), so a failure can be
 *   found in the input.
 */
export function digestLine(
  text: string,
  where: string,
  digest: DigestFunction | Digesters,
  options: DigestOptions,
  fields?: readonly string[]
): LineResult {
  const digesters = typeof digest === 'function' ? {text: digest, html: undefined} : digest
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return failure(null, `${where}: invalid JSON: ${messageOf(error)}`)
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(null, `${where}: expected a JSON object with \`text\`, not ${kind(value)}`)
  }

  const record = value as Record<string, unknown>
  // The `id` is echoed back untouched, so it must be safe to serialise: one
  // nested too deeply (or too large) would overflow the stack of
  // `JSON.stringify` while the record is written.
  const id = usableId(record.id)
  if (id === unusable) {
    return failure(null, `${where}: unusable \`id\` (nested deeper than ${maxIdDepth} levels or over ${maxIdNodes} values), dropped`)
  }

  const html = typeof record.text !== 'string' && typeof record.html === 'string' && digesters.html
  if (typeof record.text !== 'string' && !html) {
    const expected = digesters.html ? 'a string `text` or `html`' : 'a string `text`'
    return failure(id, `${where}: expected ${expected}, not ${kind(record.text)}`)
  }

  let line: string
  try {
    const result = html ? html(record.html as string, options) : digesters.text(record.text as string, options)
    line = JSON.stringify({id, digest: fields ? pick(result, fields) : result})
  } catch (error) {
    return failure(id, `${where}: ${messageOf(error)}`)
  }

  return {line, ok: true}
}

/** How a batch runs beyond its options. */
export interface BatchSettings {
  /** Worker threads to digest on; without one, lines are digested here. */
  pool?: Pool | undefined
  /** Digest fields to keep (default: all). */
  fields?: readonly string[] | undefined
  progress?: Progress | undefined
}

/**
 * Digest every line of `input` and write the results to `output`, in input
 * order. With a pool, up to four lines a worker are in flight; their results
 * are written as soon as all earlier ones are.
 *
 * @param label Name of the input in error messages (a path, or `stdin`).
 */
export async function runJsonl(
  input: Readable,
  label: string,
  output: Output,
  digest: DigestFunction | Digesters,
  options: DigestOptions,
  counts: BatchCounts,
  settings: BatchSettings = {}
): Promise<void> {
  const {pool, fields, progress} = settings
  const inFlight: Array<Promise<LineResult>> = []
  const window = pool ? pool.size * 4 : 0
  let number = 0

  async function flush(keep: number): Promise<void> {
    while (inFlight.length > keep) {
      const result = await inFlight.shift()!
      counts.articles++
      if (!result.ok) counts.failed++
      await output.write(result.line + '\n')
      progress?.tick(counts)
    }
  }

  for await (const line of readLines(input)) {
    number++
    const where = `${label}:${number}`
    if (line.error !== undefined) {
      inFlight.push(Promise.resolve(failure(null, `${where}: ${line.error}`)))
    } else {
      // A byte order mark would make the first line invalid JSON.
      const text = number === 1 && line.text.charCodeAt(0) === 0xfe_ff ? line.text.slice(1) : line.text
      if (text.trim() === '') continue
      inFlight.push(
        pool ? pool.digest(text, where, options, fields) : Promise.resolve(digestLine(text, where, digest, options, fields))
      )
    }

    await flush(window)
  }

  await flush(0)
}

/** Only the `fields` of a digest. */
export function pick(result: object, fields: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const field of fields) {
    if (Object.hasOwn(result, field)) picked[field] = (result as Record<string, unknown>)[field]
  }

  return picked
}

/** Deepest nesting of arrays and objects accepted in an `id`. */
export const maxIdDepth = 64
/** Most values (of any kind, nested or not) accepted in an `id`. */
export const maxIdNodes = 10_000
const unusable = Symbol('unusable id')

/**
 * `value` when it is small and shallow enough to serialise safely (`null`
 * when missing), else `unusable`. An iterative walk, so no input can
 * exhaust the stack here either.
 */
function usableId(value: unknown): unknown {
  if (value === undefined) return null
  const stack: Array<{value: unknown; depth: number}> = [{value, depth: 0}]
  let nodes = 0
  while (stack.length > 0) {
    const {value: current, depth} = stack.pop()!
    if (++nodes > maxIdNodes) return unusable
    if (typeof current !== 'object' || current === null) continue
    if (depth >= maxIdDepth) return unusable
    const children = Object.values(current)
    if (nodes + stack.length + children.length > maxIdNodes) return unusable
    for (const child of children) stack.push({value: child, depth: depth + 1})
  }

  return value
}

/** Lines longer than this are not parsed again just to find their `id`. */
const maxReparse = 16_000_000

/**
 * The error record of a line that could not be digested elsewhere (its
 * worker died): with the line’s `id` when it is cheap and safe to find.
 */
export function failedLine(text: string, message: string): LineResult {
  let id: unknown = null
  if (text.length <= maxReparse) {
    try {
      const value: unknown = JSON.parse(text)
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        id = usableId((value as Record<string, unknown>).id)
      }
    } catch {}
  }

  return failure(id === unusable ? null : id, message)
}

function failure(id: unknown, message: string): LineResult {
  try {
    return {line: JSON.stringify({id, error: {message}}), ok: false}
  } catch {
    // Last resort: never let the record of a bad line stop the batch.
    return {line: JSON.stringify({id: null, error: {message}}), ok: false}
  }
}

function kind(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
