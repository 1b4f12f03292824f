/**
 * Plugin: ranked keywords (single words) and keyphrases (often several words)
 * of the story, with scores, counts, positions and the forms merged into each.
 *
 * The engine is this package’s own: noun phrases found with the light tagger
 * (or with tags an earlier plugin wrote), ranked by a walk over the story
 * biased towards its start, with variants of one concept merged. It runs on
 * the headline, dek and body only, never on boilerplate or bylines.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {checkOptions} from '../options.js'
import {keywordLimitSchema, keywordsOptionSchema} from './options.js'
import {readStory} from './document.js'
import {extractTopics, type CandidateMode} from './engine.js'
import {defaultWeights} from './weights.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'

/** Options of `retextArticleKeywords` (the same names as `digest()`’s and the CLI’s). */
export interface Options {
  /** Most keywords and keyphrases to return, each (default `10`; as `retext-keywords` names it). */
  maximum?: number | null | undefined
  /** Most keywords, overriding `maximum`. */
  keywords?: number | null | undefined
  /** Most keyphrases, overriding `maximum`. */
  keyphrases?: number | null | undefined
  /** Words and phrases never to return (matched by stems: `claim` stops `claims`). */
  stopPhrases?: readonly string[] | null | undefined
  /** Words and phrases to consider wherever they occur, whatever the tagger says (`Internet of Things`). */
  allowPhrases?: readonly string[] | null | undefined
  /**
   * How candidates are found: `'tagged'` (noun phrases from part-of-speech
   * tags), `'neutral'` (runs of words between marks and frequent short words,
   * for any language written with spaces), or `'auto'` (default: tagged,
   * unless the text does not read as English or tagging finds nothing).
   */
  candidates?: CandidateMode | null | undefined
  /** @deprecated The older name of `keywords`. */
  maxKeywords?: number | null | undefined
  /** @deprecated The older name of `keyphrases`. */
  maxKeyphrases?: number | null | undefined
}

export type {Options as KeywordsOptions}


/**
 * Rank keywords and keyphrases.
 */
export function retextArticleKeywords(options?: Readonly<Options> | null) {
  const settings = checkOptions('retextArticleKeywords', options, keywordsOptionSchema)
  const maximum = settings.maximum ?? keywordLimitSchema.maximum.default
  const engine = {
    maxKeywords: settings.keywords ?? maximum,
    maxKeyphrases: settings.keyphrases ?? maximum,
    candidates: settings.candidates ?? keywordsOptionSchema.candidates.default,
    stopPhrases: strings('stopPhrases', settings.stopPhrases),
    allowPhrases: strings('allowPhrases', settings.allowPhrases),
    weights: defaultWeights
  }

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    file.data.topics = extractTopics(readStory(tree), engine)
  }
}

function strings(name: string, value: readonly unknown[] | null | undefined): string[] {
  const list = value ?? []
  for (const item of list) {
    if (typeof item !== 'string') {
      throw new TypeError(`retextArticleKeywords: unexpected \`${typeof item}\` in option \`${name}\`, expected strings`)
    }
  }

  return list as string[]
}
