/**
 * Which link targets and image sources of a page the story keeps (the
 * `links` and `images` options of `digestHtml`). A URL is kept as the page
 * wrote it, relative or absolute, after the clean-up a browser does (ASCII
 * tabs and line breaks removed, outer spaces trimmed, inner spaces
 * percent-encoded); one with a scheme other than the safe few is dropped,
 * so `javascript:`, `vbscript:` and `data:` never reach the Markdown.
 */

/** Schemes a kept link may have. */
const linkSchemes: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel', 'ftp'])
/** Schemes a kept image may have. */
const imageSchemes: ReadonlySet<string> = new Set(['http', 'https'])
/** Longest URL kept, in UTF-16 code units: longer ones are dropped, not cut. */
export const maxUrlLength = 4096

const browserStripped = /[\t\n\r]/g
// C0 controls and space at either end, as a browser trims them.
const outerControls = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g
const innerControls = /[\u0000-\u001F\u007F]/
const scheme = /^([a-z][a-z\d+.-]*):/i
const space = / /g

/** A link target the story may keep, or `undefined`. In-page anchors (`#…`) are not kept. */
export function safeHref(raw: string | undefined): string | undefined {
  const url = clean(raw)
  if (url === undefined || url.startsWith('#')) return undefined
  return allowed(url, linkSchemes) ? url : undefined
}

/** An image source the story may keep (`http:`, `https:` or relative), or `undefined`. */
export function safeSrc(raw: string | undefined): string | undefined {
  const url = clean(raw)
  if (url === undefined || url.startsWith('#')) return undefined
  return allowed(url, imageSchemes) ? url : undefined
}

function clean(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.length > maxUrlLength) return undefined
  const url = raw.replace(browserStripped, '').replace(outerControls, '')
  if (url === '' || innerControls.test(url)) return undefined
  return url.replace(space, '%20')
}

function allowed(url: string, schemes: ReadonlySet<string>): boolean {
  const match = scheme.exec(url)
  // No scheme: relative (`/a`, `a/b`, `//host/a`, `?q`), kept as written.
  if (!match) return true
  return schemes.has(match[1]!.toLowerCase())
}
