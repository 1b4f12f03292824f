/**
 * Plugin: gather what the other plugins put in `file.data` into one plain,
 * serialisable `file.data.digest`. Runs last in `retextArticle`.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {flowText} from './nlcst/layout.js'
import {paragraphsOf} from './nlcst/paragraphs.js'
import {sentenceTextOf} from './article/sentence-reading.js'
import {bodySentences} from './nlcst/sentences.js'
import {paragraphTextOf} from './article/paragraph-reading.js'
import {checkOptions} from './options.js'
import {bodyStats} from './stats.js'
import type {Block, BoilerplateEntry, Digest, Entity} from './types.js'
import {placeReferenceEnds} from './nlcst/html-references.js'

const spaces = /\s+/g

/** Options of `retextArticleDigest`: none yet (any key is an error). */
export type DigestPluginOptions = Readonly<Record<string, never>>

/**
 * Assemble `file.data.digest`.
 *
 * @throws {TypeError} When `options` is given with any key: there are none.
 */
export function retextArticleDigest(options?: DigestPluginOptions | null) {
  checkOptions('retextArticleDigest', options, {})
  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    const value = file.value === undefined ? '' : String(file.value)
    const data = file.data
    const article = data.article
    const sentences = bodySentences(tree, (sentence) => sentenceTextOf(sentence, value))
    const topics = data.topics ?? {keywords: [], keyphrases: []}
    const entities = data.entities ?? {people: [], places: [], organizations: []}

    file.data.digest = {
      headline: article?.headline?.text ?? null,
      dek: article?.dek?.text ?? null,
      dateline: article?.dateline ?? null,
      byline: article?.byline ?? {text: null, authors: [], contacts: [], agency: null, editors: [], date: null},
      published: article?.published ?? null,
      modified: article?.modified ?? null,
      body: bodyText(tree, value),
      boilerplate: data.boilerplate ?? [],
      summary: data.summary ?? [],
      keywords: topics.keywords.map((d) => ({word: d.word, score: d.score, count: d.count})),
      keyphrases: topics.keyphrases.map((d) => ({phrase: d.phrase, score: d.score, count: d.count})),
      entities: {
        people: entities.people.map(nameAndCount),
        places: entities.places.map(nameAndCount),
        organizations: entities.organizations.map(nameAndCount)
      },
      quotes: data.quotes ?? [],
      figures: data.figures ?? [],
      dates: data.dates ?? [],
      stats: bodyStats(tree, sentences),
      blocks: blocksOf(tree, data.boilerplate ?? []),
      meta: null,
      story: null
    } satisfies Digest
  }
}

/**
 * Body paragraphs from the input, a dateline cut off, joined by a blank line.
 * Boilerplate that is only marked (not removed) stays: that is what marking
 * is for.
 */
function bodyText(tree: Root, value: string): string {
  const parts: string[] = []
  for (const paragraph of paragraphsOf(tree)) {
    const role = paragraph.data?.articleRole
    if (role !== undefined && role !== 'body') continue
    const start = paragraph.position?.start.offset
    const end = paragraph.position?.end.offset
    if (start === undefined || end === undefined) continue
    const from = Math.max(start, paragraph.data?.datelineEnd ?? start)
    // Positions into markup (after rehype-retext) frame tags too: the text
    // is then the paragraph’s own, with the source’s indentation collapsed.
    const own = paragraphTextOf(paragraph, value)
    // The lines of a wrapped paragraph are joined: it reads as one line.
    const text = (value.slice(start, end) === own ? flowText(value.slice(from, end)) : own.replace(spaces, ' ')).trim()
    if (text) parts.push(text)
  }

  return parts.join('\n\n')
}

/**
 * Every block in input order: the paragraphs left in the tree with their
 * roles, and the boilerplate taken out of it (in `remove` mode).
 */
function blocksOf(tree: Root, removed: readonly BoilerplateEntry[]): Block[] {
  const blocks: Block[] = []
  const seen = new Set<number>()
  for (const paragraph of paragraphsOf(tree)) {
    const start = paragraph.position?.start.offset
    const end = paragraph.position?.end.offset
    if (start === undefined || end === undefined) continue
    const marked = paragraph.data?.boilerplate
    seen.add(start)
    blocks.push({
      role: marked ? 'boilerplate' : (paragraph.data?.articleRole ?? 'body'),
      rule: marked ? marked.rule : null,
      start,
      end
    })
  }

  for (const entry of removed) {
    if (!seen.has(entry.start)) blocks.push({role: 'boilerplate', rule: entry.rule, start: entry.start, end: entry.end})
  }

  return blocks.sort((a, b) => a.start - b.start)
}

function nameAndCount(entity: Entity): {name: string; count: number} {
  return {name: entity.name, count: entity.count}
}
