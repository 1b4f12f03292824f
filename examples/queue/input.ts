/**
 * What the producer makes of one JSON Lines input line: an article to
 * enqueue, or the error line to write in its place. The output format is
 * the one of the CLI's JSON Lines mode (`retext-article --jsonl`).
 */
import {keyOf} from './settings.js'

/** The id an article carries, as given in the input. */
export type ArticleId = string | number

/** An article that can go on the queue. */
export interface Entry {
  id: ArticleId
  key: string
  text: string
}

/** An input line that cannot: the output line that stands for it. */
export interface Rejected {
  line: string
}

/**
 * Read one input line.
 *
 * @param where Prefix of error messages (`input.jsonl:3`).
 * @param seen Keys met so far, with the place of their first line; updated.
 * @param maxBytes Largest `text` accepted, in UTF-8 bytes.
 */
export function readLine(
  text: string,
  where: string,
  seen: Map<string, string>,
  maxBytes: number
): Entry | Rejected {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return rejected(null, `${where}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return rejected(null, `${where}: expected a JSON object with \`id\` and \`text\``)
  }

  const record = value as Record<string, unknown>
  const id = record.id
  // Results are stored by id, so an article without a usable one has nowhere to go.
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    return rejected(null, `${where}: expected \`id\` to be a non-empty string or a number`)
  }

  if (typeof record.text !== 'string') {
    return rejected(id, `${where}: expected a string \`text\``)
  }

  const bytes = Buffer.byteLength(record.text, 'utf8')
  if (bytes > maxBytes) {
    return rejected(id, `${where}: article too large (${bytes} bytes, at most ${maxBytes})`)
  }

  const key = keyOf(id)
  const first = seen.get(key)
  if (first !== undefined) {
    return rejected(id, `${where}: duplicate id, first given at ${first}`)
  }

  seen.set(key, where)
  return {id, key, text: record.text}
}

/** The output line of an article that failed. */
export function errorLine(id: ArticleId | null, message: string): string {
  return JSON.stringify({id, error: {message}})
}

function rejected(id: ArticleId | null, message: string): Rejected {
  return {line: errorLine(id, message)}
}
