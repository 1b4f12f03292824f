/**
 * Merge the digests of the sections of one long input (see `cutSections`)
 * into the digest of the whole. Every offset already points into the whole
 * input; what is counted adds up; what is ranked is ranked again.
 */
import {wordsPerMinute} from '../stats.js'
import {spacedWords} from '../summary/text.js'
import type {Digest, SummarySentence} from '../types.js'

/** How much of each list the whole digest keeps: the settings of `digest()`. */
export interface MergeLimits {
  /** Most summary sentences (`Infinity`: as many as the sections picked). */
  sentences: number
  /** Most words in the summary (`Infinity`: no budget). */
  words: number
  keywords: number
  keyphrases: number
}

/**
 * The digest of the whole from the digests of its sections, in order.
 *
 * - The head (headline, dek, dateline, byline text) is the first section’s;
 *   authors and contacts of every section are gathered.
 * - Body, boilerplate, blocks, quotes, figures and dates follow each other.
 * - Counts (entities, keywords, stats) add up; keyword scores are averaged
 *   over the sections, weighed by their words.
 * - The summary is picked again, by score, from the sections’ picks, and
 *   shown in the order of the text, with `index` counted over the whole body.
 */
export function mergeDigests(parts: readonly Digest[], limits: MergeLimits): Digest {
  const [head] = parts
  if (!head) throw new Error('mergeDigests: expected at least one digest')
  const words = parts.reduce((sum, part) => sum + part.stats.words, 0)
  const authors = new Set<string>()
  for (const part of parts) for (const author of part.byline.authors) authors.add(author)
  const people = mergeCounts(parts.flatMap((part) => part.entities.people), true)
  const inFull = fullNames(people)

  return {
    headline: head.headline,
    dek: head.dek,
    dateline: head.dateline,
    byline: {
      text: parts.find((part) => part.byline.text !== null)?.byline.text ?? null,
      authors: [...authors],
      contacts: parts.flatMap((part) => part.byline.contacts),
      agency: parts.find((part) => part.byline.agency !== null)?.byline.agency ?? null,
      editors: [...new Set(parts.flatMap((part) => part.byline.editors))],
      date: parts.find((part) => part.byline.date !== null)?.byline.date ?? null
    },
    published: parts.find((part) => part.published !== null)?.published ?? null,
    modified: parts.find((part) => part.modified !== null)?.modified ?? null,
    body: parts
      .map((part) => part.body)
      .filter(Boolean)
      .join('\n\n'),
    boilerplate: parts.flatMap((part) => part.boilerplate),
    summary: mergeSummaries(parts, limits),
    keywords: mergeRanked(parts, words, limits.keywords, (part) => part.keywords, (item) => item.word),
    keyphrases: mergeRanked(parts, words, limits.keyphrases, (part) => part.keyphrases, (item) => item.phrase),
    entities: {
      people,
      places: mergeCounts(parts.flatMap((part) => part.entities.places)),
      organizations: mergeCounts(parts.flatMap((part) => part.entities.organizations))
    },
    quotes: parts.flatMap((part) => part.quotes).map(function (quote) {
      const speaker = quote.speaker === null ? null : inFull(quote.speaker)
      return speaker === quote.speaker ? quote : {...quote, speaker}
    }),
    figures: parts.flatMap((part) => part.figures),
    dates: parts.flatMap((part) => part.dates),
    stats: {
      words,
      sentences: parts.reduce((sum, part) => sum + part.stats.sentences, 0),
      paragraphs: parts.reduce((sum, part) => sum + part.stats.paragraphs, 0),
      readingMinutes: Math.ceil(words / wordsPerMinute)
    },
    blocks: parts.flatMap((part) => part.blocks),
    meta: head.meta,
    story: null
  }
}

/** The best of the sections’ summary sentences, within the limits, in text order. */
function mergeSummaries(parts: readonly Digest[], limits: MergeLimits): SummarySentence[] {
  const candidates: SummarySentence[] = []
  let before = 0
  for (const part of parts) {
    for (const sentence of part.summary) candidates.push({...sentence, index: sentence.index + before})
    before += part.stats.sentences
  }

  // Best first; the earlier sentence wins a tie, as in the summary plugin.
  candidates.sort((a, b) => b.score - a.score || a.start - b.start)
  const picked: SummarySentence[] = []
  let words = 0
  for (const sentence of candidates) {
    if (picked.length >= limits.sentences) break
    const count = spacedWords(sentence.text)
    if (words + count > limits.words) continue
    words += count
    picked.push(sentence)
  }

  return picked.sort((a, b) => a.start - b.start)
}

/** Keywords or keyphrases of all sections, the same ones merged, best first. */
function mergeRanked<T extends {score: number; count: number}>(
  parts: readonly Digest[],
  words: number,
  limit: number,
  listOf: (part: Digest) => readonly T[],
  keyOf: (item: T) => string
): T[] {
  const merged = new Map<string, T>()
  for (const part of parts) {
    const weight = words > 0 ? part.stats.words / words : 1 / parts.length
    for (const item of listOf(part)) {
      const key = keyOf(item)
      const known = merged.get(key)
      if (known) {
        known.score += item.score * weight
        known.count += item.count
      } else {
        merged.set(key, {...item, score: item.score * weight})
      }
    }
  }

  // Scores are relative, the best at 1, rounded as the keywords plugin rounds them.
  const ranked = [...merged.values()].sort((a, b) => b.score - a.score).slice(0, limit)
  const best = ranked[0]?.score ?? 0
  for (const item of ranked) item.score = best > 0 ? Math.round((item.score / best) * 1e4) / 1e4 : 0
  return ranked
}

/**
 * Entities of all sections, the same names merged, most mentioned first.
 * With `surnames` (people), a one-word name that ends exactly one longer
 * name (`Solberg`, named in full in an earlier section) counts for it.
 */
function mergeCounts(list: ReadonlyArray<{name: string; count: number}>, surnames = false): Array<{name: string; count: number}> {
  const merged = new Map<string, {name: string; count: number}>()
  for (const {name, count} of list) {
    const known = merged.get(name)
    if (known) known.count += count
    else merged.set(name, {name, count})
  }

  if (surnames) {
    const all = [...merged.values()]
    const inFull = fullNames(all)
    for (const entity of all) {
      const full = inFull(entity.name)
      if (full !== entity.name) {
        merged.get(full)!.count += entity.count
        merged.delete(entity.name)
      }
    }
  }

  // A stable sort: among equal counts, the first named comes first.
  return [...merged.values()].sort((a, b) => b.count - a.count)
}

/**
 * For a name of one word, the one longer name of `people` that it ends
 * (`Solberg` → `Ingrid Solberg`); any other name as it is. Names are indexed
 * by their last word once, so a call is a lookup.
 */
function fullNames(people: ReadonlyArray<{name: string}>): (name: string) => string {
  // Last word → the one name ending with it, or `null` when several do.
  const byLastWord = new Map<string, string | null>()
  for (const {name} of people) {
    const space = name.lastIndexOf(' ')
    if (space === -1) continue
    const last = name.slice(space + 1)
    byLastWord.set(last, byLastWord.has(last) ? null : name)
  }

  return function (name) {
    if (name.includes(' ')) return name
    return byLastWord.get(name) ?? name
  }
}
