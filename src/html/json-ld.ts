/**
 * The story’s body as a page’s structured data gives it: the `articleBody`
 * of a JSON-LD `Article` (`NewsArticle`, `BlogPosting`, `ReportageNewsArticle`,
 * …), at the top, in an array or in an `@graph`. The data comes from the page
 * and is not trusted: malformed JSON is skipped, the search visits a bounded
 * number of values without recursing, and the caller bounds what it keeps.
 */

import {parseJsonLd, type JsonLdReader} from './json-ld-scripts.js'

/** Values visited per script, at most. */
const maxVisits = 10_000
const articleType = /(?:^|[/:])(?:\w*Article|BlogPosting|Report)$/

/**
 * The longest `articleBody` of an article in the JSON-LD `scripts`, or `''`;
 * `read` parses a script (a page’s shared reader, so each is parsed once).
 */
export function articleBodyOf(scripts: readonly string[], read: JsonLdReader = parseJsonLd): string {
  let best = ''
  for (const script of scripts) {
    const data = read(script)
    if (data === undefined) continue
    const stack: unknown[] = [data]
    let visits = 0
    while (stack.length > 0 && visits < maxVisits) {
      const value = stack.pop()
      visits++
      if (typeof value !== 'object' || value === null) continue
      if (Array.isArray(value)) {
        for (let index = Math.min(value.length, maxVisits) - 1; index >= 0; index--) stack.push(value[index])
        continue
      }

      const record = value as Record<string, unknown>
      const body = own(record, 'articleBody')
      if (typeof body === 'string' && body.length > best.length && isArticle(own(record, '@type'))) best = body
      const graph = own(record, '@graph')
      if (graph !== undefined) stack.push(graph)
      const main = own(record, 'mainEntity')
      if (main !== undefined) stack.push(main)
    }
  }

  return best
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

function isArticle(type: unknown): boolean {
  if (typeof type === 'string') return articleType.test(type)
  if (Array.isArray(type)) return type.some((item) => typeof item === 'string' && articleType.test(item))
  return false
}
