/**
 * Reading a page’s JSON-LD scripts, each once: `digestHtml` looks in them
 * for the story’s body and `readPageMeta` for the article’s metadata, and a
 * page’s JSON-LD can be large. The data comes from the page and is not
 * trusted: a malformed script reads as `undefined`.
 */

/** The data of a JSON-LD script (`undefined` when it is malformed). */
export type JsonLdReader = (script: string) => unknown

/** Parse one script; `undefined` when it is malformed. */
export function parseJsonLd(script: string): unknown {
  try {
    return JSON.parse(script) as unknown
  } catch {
    return undefined
  }
}

/** A reader that parses each script once, for the lifetime of one page. */
export function jsonLdOnce(): JsonLdReader {
  const known = new Map<string, unknown>()
  return function (script) {
    if (!known.has(script)) known.set(script, parseJsonLd(script))
    return known.get(script)
  }
}
