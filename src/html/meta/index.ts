/**
 * `readPageMeta(tree)`: what a page says about itself — title, dates,
 * authors, publisher, section, tags, description, image, canonical URL and
 * language — each value with its source. JSON-LD wins over `<meta>` tags,
 * which win over `<time>` and the `<title>` element; a headline from the
 * story's text is compared with the metadata title and the choice reported.
 */
import type {Root} from 'hast'
import type {MetaConflict, MetaDate, MetaSource, MetaValue, PageMeta} from '../../types.js'
import {clip, collectMeta} from './collect.js'
import {isoDate} from './dates.js'
import type {CollectedMeta} from './collect.js'
import {parseJsonLd, type JsonLdReader} from '../json-ld-scripts.js'
import {findArticle, textValue, textValues} from './json-ld.js'

/** Options of `readPageMeta`. */
export interface ReadPageMetaOptions {
  /** The headline found in the story's text, compared with the metadata title (default `null`). */
  headline?: string | null | undefined
}

type Candidate = [MetaSource, string | null | undefined]

/** Read a page's metadata from its hast tree (never throws on bad metadata). */
export function readPageMeta(tree: Root, options?: Readonly<ReadPageMetaOptions> | null): PageMeta {
  return readPageMetaWith(tree, options, parseJsonLd)
}

/**
 * `readPageMeta`, its JSON-LD scripts parsed by `read` (`digestHtml` shares
 * one reader between the story’s body and the metadata, so each script is
 * parsed once).
 */
export function readPageMetaWith(tree: Root, options: Readonly<ReadPageMetaOptions> | null | undefined, read: JsonLdReader): PageMeta {
  if (typeof tree !== 'object' || tree === null || (tree as {type?: unknown}).type !== 'root') {
    throw new TypeError('readPageMeta: expected `tree` to be a hast root')
  }

  const given = options && Object.hasOwn(options, 'headline') ? options.headline : undefined
  if (given !== undefined && given !== null && typeof given !== 'string') {
    throw new TypeError(`readPageMeta: expected option \`headline\` to be a string or null, not \`${typeof given}\``)
  }

  const page = collectMeta(tree)
  const ld = findArticle(page.scripts, read) ?? {}
  const tag = tagLookup(page)
  const headline = clip(given ?? null)
  const conflicts: MetaConflict[] = []

  const title = first([
    ['json-ld', textValue(ld['headline'])],
    ['meta', tag('og:title')],
    ['meta', tag('twitter:title')],
    ['meta', page.title],
  ])

  return {
    title: chooseTitle(title, headline, conflicts),
    published: date(first([
      ['json-ld', textValue(ld['datePublished'])],
      ['meta', tag('article:published_time')],
      ['meta', tag('datepublished')],
      ['meta', tag('date')],
      ['time', page.time],
    ])),
    modified: date(first([
      ['json-ld', textValue(ld['dateModified'])],
      ['meta', tag('article:modified_time')],
      ['meta', tag('og:updated_time')],
      ['meta', tag('datemodified')],
    ])),
    authors: list(
      ['json-ld', textValues(ld['author'])],
      ['meta', page.tags.filter(([key, value]) => (key === 'author' || key === 'article:author') && !isUrl(value)).map(([, value]) => value)],
    ),
    publisher: first([['json-ld', textValue(ld['publisher'])]]),
    siteName: first([
      ['meta', tag('og:site_name')],
      ['json-ld', textValue(ld['publisher'])],
    ]),
    section: first([
      ['json-ld', textValues(ld['articleSection'])[0]],
      ['meta', tag('article:section')],
    ]),
    tags: list(
      ['json-ld', keywordList(ld['keywords'])],
      ['meta', page.tags.filter(([key]) => key === 'article:tag').map(([, value]) => value)],
      ['meta', splitKeywords(tag('news_keywords') ?? tag('keywords') ?? '')],
    ),
    description: first([
      ['json-ld', textValue(ld['description'])],
      ['meta', tag('og:description')],
      ['meta', tag('twitter:description')],
      ['meta', tag('description')],
    ]),
    image: first([
      ['json-ld', image(ld['image'])],
      ['meta', tag('og:image')],
      ['meta', tag('og:image:url')],
      ['meta', tag('twitter:image')],
    ]),
    url: first([
      ['meta', page.canonical],
      ['meta', tag('og:url')],
      ['json-ld', textValue(ld['url'])],
    ]),
    lang: first([
      ['meta', page.lang],
      ['json-ld', textValue(ld['inLanguage'])],
      ['meta', tag('og:locale')?.replace('_', '-')],
    ]),
    conflicts,
  }
}

function tagLookup(page: CollectedMeta): (key: string) => string | null {
  const map = new Map<string, string>()
  for (const [key, value] of page.tags) if (!map.has(key)) map.set(key, value)
  return (key) => map.get(key) ?? null
}

function first(candidates: readonly Candidate[]): MetaValue | null {
  for (const [source, raw] of candidates) {
    const value = clip(raw ?? null)
    if (value !== null) return {value, source}
  }

  return null
}

function list(...candidates: Array<[MetaSource, string[]]>): MetaValue<string[]> | null {
  for (const [source, raw] of candidates) {
    const seen = new Set<string>()
    const value: string[] = []
    for (const item of raw) {
      const text = clip(item)
      if (text === null || seen.has(text.toLowerCase())) continue
      seen.add(text.toLowerCase())
      value.push(text)
      if (value.length >= 20) break
    }

    if (value.length > 0) return {value, source}
  }

  return null
}

function keywordList(value: unknown): string[] {
  if (typeof value === 'string') return splitKeywords(value)
  return textValues(value)
}

function splitKeywords(value: string): string[] {
  return value.slice(0, 4000).split(',')
}

function image(value: unknown): string | null {
  const items = Array.isArray(value) ? value : [value]
  for (const item of items.slice(0, 5)) {
    const url = textValue(item, 'url') ?? textValue(item, 'contentUrl')
    if (url !== null) return url
  }

  return null
}

function isUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value)
}

/** A date with its ISO 8601 reading (`null` when it cannot be read). */
function date(found: MetaValue | null): MetaDate | null {
  if (found === null) return null
  return {value: isoDate(found.value), raw: found.value, source: found.source}
}

/**
 * The metadata title, unless the story's headline is the same title without
 * the site's name around it (`Headline | Site`): then the text's shorter
 * headline wins. Any disagreement is listed in `conflicts`.
 */
function chooseTitle(title: MetaValue | null, headline: string | null, conflicts: MetaConflict[]): MetaValue | null {
  if (headline === null) return title
  if (title === null) return {value: headline, source: 'text'}
  const meta = normal(title.value)
  const text = normal(headline)
  if (meta === text) return title
  if (text.length > 0 && meta.includes(text)) {
    conflicts.push({field: 'title', meta: title.value, text: headline, winner: 'text', reason: 'the metadata title is the headline with more around it (a site name)'})
    return {value: headline, source: 'text'}
  }

  conflicts.push({
    field: 'title',
    meta: title.value,
    text: headline,
    winner: 'meta',
    reason: `the page's ${title.source === 'json-ld' ? 'JSON-LD headline' : 'title tag'} is what the publisher declares; the text headline may be a page element`,
  })
  return title
}

function normal(value: string): string {
  return value.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim()
}
