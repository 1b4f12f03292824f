/**
 * One pass over a hast tree that collects what a page says about itself:
 * `<html lang>`, `<title>`, every `<meta>`, `<link rel=canonical>`, the text
 * of JSON-LD scripts and the first `<time datetime>`. Bounded: a page with
 * thousands of tags gives at most the caps below.
 */
import type {Element, Root, RootContent} from 'hast'

/** Most `<meta>` tags read from one page. */
const maxMetaTags = 500
/** Most JSON-LD scripts read from one page. */
const maxScripts = 10
/** Most characters of one JSON-LD script that are parsed (longer ones are skipped). */
export const maxScriptLength = 200_000
/** Most characters of any one value kept. */
export const maxValueLength = 2000

/** What the markup of a page says about it, before choosing. */
export interface CollectedMeta {
  lang: string | null
  title: string | null
  canonical: string | null
  /** `<meta>` pairs, keys lower-cased (`og:title`, `author`, `article:tag`), in order. */
  tags: Array<[string, string]>
  /** Text of each `application/ld+json` script within the caps. */
  scripts: string[]
  /** `datetime` of the first `<time>` element. */
  time: string | null
}

/** Collect the page's metadata from its tree (never throws). */
export function collectMeta(tree: Root): CollectedMeta {
  const found: CollectedMeta = {lang: null, title: null, canonical: null, tags: [], scripts: [], time: null}
  const stack: Array<Root | RootContent> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element') visit(node, found)
    if (node.type === 'root' || (node.type === 'element' && node.tagName !== 'script')) {
      const children = node.children
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }

  return found
}

function visit(node: Element, found: CollectedMeta): void {
  const props = node.properties
  switch (node.tagName) {
    case 'html': {
      if (found.lang === null) found.lang = clip(stringProp(props['lang']))
      break
    }

    case 'title': {
      if (found.title === null) found.title = clip(textOf(node))
      break
    }

    case 'meta': {
      if (found.tags.length >= maxMetaTags) break
      const key = stringProp(props['property']) ?? stringProp(props['name']) ?? stringProp(props['itemProp'])
      const content = stringProp(props['content'])
      if (key !== null && content !== null && content.trim() !== '') {
        found.tags.push([key.trim().toLowerCase(), clip(content)!])
      }

      break
    }

    case 'link': {
      const rel: unknown = props['rel']
      const rels = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : []
      if (found.canonical === null && rels.some((value) => value.toLowerCase() === 'canonical')) {
        found.canonical = clip(stringProp(props['href']))
      }

      break
    }

    case 'script': {
      const type = stringProp(props['type'])
      if (type !== null && type.trim().toLowerCase() === 'application/ld+json' && found.scripts.length < maxScripts) {
        const text = textOf(node)
        if (text.length <= maxScriptLength) found.scripts.push(text)
      }

      break
    }

    case 'time': {
      if (found.time === null) found.time = clip(stringProp(props['dateTime']))
      break
    }

    default:
  }
}

function stringProp(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(' ')
  return null
}

function textOf(node: Element): string {
  let text = ''
  for (const child of node.children) {
    if (child.type === 'text') text += child.value
    if (text.length > maxScriptLength) break
  }

  return text
}

/** Trim, collapse white space and cap a value; `null` when empty. */
export function clip(value: string | null): string | null {
  if (value === null) return null
  const text = value.slice(0, maxValueLength * 2).replace(/\s+/g, ' ').trim().slice(0, maxValueLength)
  return text === '' ? null : text
}
