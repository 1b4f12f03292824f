/**
 * The article object of a page's JSON-LD (`NewsArticle`, `Article`,
 * `BlogPosting`, … as a single object, in an array or in an `@graph`).
 * JSON-LD is untrusted input: malformed scripts are skipped, and the search
 * visits at most `maxNodes` objects no deeper than `maxDepth`.
 */

import {parseJsonLd, type JsonLdReader} from '../json-ld-scripts.js'

const maxDepth = 6
const maxNodes = 1000

/** An article object: JSON values under string keys. */
export type JsonObject = Record<string, unknown>

const articleType = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/

/**
 * The first article object in the scripts, or `null` (never throws); `read`
 * parses a script (a page’s shared reader, so each is parsed once).
 */
export function findArticle(scripts: readonly string[], read: JsonLdReader = parseJsonLd): JsonObject | null {
  for (const script of scripts) {
    const data = read(script)
    if (data === undefined) continue
    const found = search(data)
    if (found) return found
  }

  return null
}

function search(root: unknown): JsonObject | null {
  const queue: Array<[unknown, number]> = [[root, 0]]
  let visited = 0
  for (let head = 0; head < queue.length && visited < maxNodes; head++) {
    const [value, depth] = queue[head]!
    visited++
    if (depth > maxDepth || typeof value !== 'object' || value === null) continue
    if (Array.isArray(value)) {
      for (const item of value.slice(0, maxNodes)) queue.push([item, depth + 1])
      continue
    }

    const object = value as JsonObject
    if (types(object['@type']).some((type) => articleType.test(type))) return object
    if (Array.isArray(object['@graph'])) queue.push([object['@graph'], depth + 1])
    if (typeof object['mainEntity'] === 'object') queue.push([object['mainEntity'], depth + 1])
  }

  return null
}

function types(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string').slice(0, 10)
  return []
}

/** A string, or the `name` (or `url`, with `key`) of an object; `null` for other types. */
export function textValue(value: unknown, key = 'name'): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const inner = (value as JsonObject)[key]
    return typeof inner === 'string' ? inner : null
  }

  return null
}

/** Every string (or object `key`) in a value that may be one or a list, at most `limit`. */
export function textValues(value: unknown, key = 'name', limit = 20): string[] {
  const list = Array.isArray(value) ? value.slice(0, limit) : [value]
  const out: string[] = []
  for (const item of list) {
    const text = textValue(item, key)
    if (text !== null) out.push(text)
  }

  return out
}
