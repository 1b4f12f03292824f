/**
 * Plugin: people, places and organisations named in an article.
 *
 * Names are runs of capitalised words; what they name is told by titles and
 * roles (`President Trump`, `leader Kim Jong Un`), organisation words
 * (`Workers’ Party`), a small gazetteer, and context, summed over all the
 * mentions of a name. Short forms count towards the full name they stand
 * for (`Kim` → `Kim Jong Un`).
 */
import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {notNamePhrases} from '../lexicon/titles.js'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {sentenceTokens, tokenNameRuns} from '../article/sentence-reading.js'
import type {NameRun} from '../nlcst/names.js'
import {isAllCaps, type Token} from '../nlcst/tokens.js'
import {paragraphShouting} from '../article/paragraph-reading.js'
import {paragraphsOf, sentencesOf} from '../nlcst/paragraphs.js'
import {shapeOf} from '../nlcst/word-shapes.js'
import {checkOptions} from '../options.js'
import {entitiesOptionSchema} from './options.js'
import type {Entities, Entity} from '../types.js'
import {ClusterBook, nameOf, type Cluster} from './clusters.js'
import {isEvent, isTyped, kindOf, mentionOf, organizationContext, type Kind, type Mention} from './evidence.js'
import {isSide, scoredEnds} from './scores.js'
import {datelineOf, shoutedNames} from './shouting.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'

/** Options of `retextArticleEntities`. */
export interface Options {
  /**
   * Most entities to report in each list (people, places, organisations),
   * the most mentioned first (default: no limit).
   */
  maxEntities?: number | null | undefined
  /** @deprecated The older name of `maxEntities`. */
  maximum?: number | null | undefined
}

export type {Options as EntitiesOptions}


const datelineMarks = new Set(['—', '–', '-', '(', ','])

/**
 * Find people, places and organisations, and store them in
 * `file.data.entities`.
 *
 * Reads every paragraph but boilerplate, bylines and sign-offs, so the
 * headline and dek count.
 */
export function retextArticleEntities(options?: Options | null) {
  const settings = checkOptions('retextArticleEntities', options, entitiesOptionSchema)
  const maximum = settings.maxEntities ?? Number.POSITIVE_INFINITY

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    const found = readArticle(paragraphsOf(tree).filter(isRead))
    const entities: Entities = {people: [], places: [], organizations: []}
    const lists: Record<Kind, Entity[]> = {person: entities.people, place: entities.places, organization: entities.organizations}

    for (const [cluster, kind] of found) {
      const positions = cluster.mentions.map(({start, end}) => ({start, end})).sort((a, b) => a.start - b.start)
      lists[kind].push({name: nameOf(cluster), count: positions.length, positions})
    }

    for (const list of Object.values(lists)) {
      list.sort((a, b) => b.count - a.count || a.positions[0]!.start - b.positions[0]!.start)
      if (list.length > maximum) list.length = maximum
    }

    file.data.entities = entities
  }
}

function isRead(paragraph: Paragraph): boolean {
  const data = paragraph.data
  return !data || (!data.boilerplate && data.articleRole !== 'byline' && data.articleRole !== 'signoff')
}

/** Every entity of the article with its kind. */
function readArticle(paragraphs: Paragraph[]): Array<[Cluster, Kind]> {
  const book = new ClusterBook()
  const shouted: Array<readonly Token[]> = []
  const demonyms: NameRun[] = []
  const mentions: Mention[] = []
  // What the article writes in lower case is a common word, not a name.
  const lowerWords = new Set<string>()
  // Words written capitalised where grammar does not ask for it.
  const nameWords = new Set<string>()

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    const sentences = sentencesOf(paragraph)
    const tokens = sentences.map(sentenceTokens)
    if (paragraphShouting(paragraph, tokens, index)) {
      shouted.push(...tokens)
      continue
    }

    // A dateline (`OSLO/BERGEN (Reuters) -`) is read apart: its names are places
    // (an agency in brackets aside), and the story opens after it.
    const datelineEnd = paragraph.data?.datelineEnd
    const pieces: ReadonlyArray<readonly Token[]> = datelineEnd === undefined || tokens.length === 0 ? tokens : [...splitAt(tokens[0]!, datelineEnd), ...tokens.slice(1)]
    const datelined = datelineEnd !== undefined && pieces.length > tokens.length
    for (let position = 0; position < pieces.length; position++) {
      const piece = pieces[position]!
      for (const token of piece) {
        if (token.kind === 'word' && token.shape.lowerStart) lowerWords.add(token.shape.lower)
      }

      const inDateline = datelined && position === 0
      const bracket = inDateline ? piece.findIndex((token) => token.value === '(') : -1
      const bracketStart = bracket === -1 ? Number.POSITIVE_INFINITY : piece[bracket]!.start
      const runs = tokenNameRuns(piece)
      const scored = scoredEnds(piece)
      for (let order = 0; order < runs.length; order++) {
        const run = runs[order]!
        if (run.kind === 'demonym') {
          demonyms.push(run)
          continue
        }

        if (isEvent(run) || notNamePhrases.has(run.phrase)) continue
        const read = mentionOf(run)
        read.evidence.organization += organizationContext(piece, run)
        // Only a run ending where a score follows may be a side: most are not asked.
        const mention = scored?.has(read.end) && isSide({...read, title: run.title}, scored) ? sideOf(read) : read
        // `SEOUL—` opening the first sentence of a paragraph is a dateline.
        if (inDateline ? run.start < bracketStart : position === 0 && order === 0 && run.initial && run.words.every(isAllCaps) && datelineMarks.has(run.after)) {
          mention.evidence.place += 4
        } else if (inDateline) {
          // The agency in brackets: `(Orkney Wire)`.
          mention.evidence.organization += 4
        }

        if (!run.initial || run.words.length > 1) for (const word of run.words) nameWords.add(shapeOf(word).lower)
        mentions.push(mention)
      }
    }
  }

  for (const mention of mentions) {
    if (keep(mention, lowerWords, nameWords)) book.add(mention)
  }

  book.mergeShortForms()
  book.typeAcronyms()
  addShouted(book, shouted)
  addDemonyms(book, demonyms)

  const result: Array<[Cluster, Kind]> = []
  // First words of firms and bodies named in full (`Pirelli SpA`): other names they open are theirs too (`Pirelli Cables`).
  const firms = new Set<string>()
  for (const cluster of book.roots()) {
    const kind = kindOf(cluster.evidence) ?? defaultKind(cluster)
    if (kind === 'organization' && cluster.words.length > 1 && cluster.evidence.organization >= 4) firms.add(cluster.words[0]!.toLowerCase())
    if (kind) result.push([cluster, kind])
  }

  for (const entry of result) {
    const [cluster, kind] = entry
    if (kind !== 'person' || cluster.place !== undefined || cluster.mentions.some((mention) => mention.evidence.person >= 4)) continue
    if (firms.has(cluster.words[0]!.toLowerCase())) entry[1] = 'organization'
  }

  return result
}

/** The tokens of a sentence before `offset` and from it, without the space between. */
function splitAt(tokens: readonly Token[], offset: number): Token[][] {
  const before = tokens.filter((token) => token.end <= offset)
  const after = tokens.filter((token) => token.start >= offset && !(token.kind === 'space' && token.start === offset))
  return before.length > 0 && after.length > 0 ? [before, after] : [[...tokens]]
}

/** Whether a lone capitalised word with nothing to type it is a name at all. */
function keep(mention: Mention, lowerWords: Set<string>, nameWords: Set<string>): boolean {
  if (mention.words.length > 1 || isTyped(mention.evidence)) return true
  const shape = shapeOf(mention.words[0]!)
  if (shape.role) return false
  if (mention.initial) return nameWords.has(shape.lower)
  return !lowerWords.has(shape.lower)
}

/**
 * Kind of a name nothing spoke for. Surnames went to their full names, and
 * places with a preposition were typed: a lone word left is most often a
 * company, team or body (`Boeing`, `Leicestershire`).
 */
function defaultKind(cluster: Cluster): Kind | undefined {
  return cluster.mentions.some((mention) => !mention.initial) ? 'organization' : undefined
}

/** Names in headlines and lines in capitals: only those known from the body, places and datelines. */
function addShouted(book: ClusterBook, sentences: ReadonlyArray<readonly Token[]>): void {
  const known = (words: string[]) => book.find(words, undefined) !== undefined
  for (const tokens of sentences) {
    const scored = scoredEnds(tokens)
    const names = shoutedNames(tokens, (words) => known(words) || (scored !== undefined && words.length === 1))
    const dateline = datelineOf(tokens)
    if (dateline && !names.some((name) => name.start === dateline.start)) names.unshift(dateline)
    for (const name of names) {
      const evidence = {person: 0, place: name.place !== undefined || name === dateline ? 4 : 0, organization: 0}
      const side = isSide(name, scored)
      // A word taken only for its score, and not scored after all.
      if (!side && name !== dateline && name.place === undefined && !known(name.words)) continue
      const mention: Mention = side ? sideOf({...name, evidence, initial: true}) : {...name, evidence, initial: true}
      const cluster = book.find(name.words, name.place)
      if (cluster) cluster.mentions.push(mention)
      else book.add(mention)
    }
  }
}

/** A side in a results line: a team, apart from the place it is named after. */
function sideOf(mention: Mention): Mention {
  return {...mention, place: undefined, evidence: {person: 0, place: 0, organization: 4}}
}

/** Count `North Korean` as a mention of North Korea, when the article names it. */
function addDemonyms(book: ClusterBook, demonyms: NameRun[]): void {
  for (const run of demonyms) {
    if (run.place === undefined) continue
    const cluster = book.find([run.place], run.place)
    if (cluster) cluster.mentions.push({...mentionOf(run), place: run.place, demonym: true})
  }
}
