/**
 * The keyword engine: from the story’s words to ranked keyphrases and
 * keywords, one walk over the story serving both lists.
 */
import type {Topics} from '../types.js'
import {findCandidates, type Candidate} from './candidates.js'
import {keyOf} from '../lexicon/keys.js'
import {isCommon, type Story} from './document.js'
import {mergeVariants, type Merged} from './merge.js'
import {mergeNearDuplicates} from './near-duplicates.js'
import {isTaggedEnglish, neutralCandidates} from './neutral.js'
import {addAllowed, stopKeys} from './phrase-lists.js'
import {rankPhrases, wordScores, type Weights} from './rank.js'
import {toKeyphrases, toKeywords, trustedForms} from './results.js'
import {selectDistinct} from './select.js'
import {rankKeywords} from './words.js'

/** How candidates are found: from the tags, language-neutral, or the tags unless they find nothing. */
export type CandidateMode = 'auto' | 'tagged' | 'neutral'

/** Settings of one run. */
export interface EngineSettings {
  maxKeywords: number
  maxKeyphrases: number
  candidates: CandidateMode
  stopPhrases: readonly string[]
  allowPhrases: readonly string[]
  weights: Weights
}

/** Whether a phrase names a topic: not a general noun or a role alone (`company`, `mayor`), which still ranks the phrases around it. */
function isSpecific(item: Merged): boolean {
  const first = item.candidate.occurrences[0]!
  if (first.length > 1) return true
  const word = first[0]!
  return !(word.facts.general || word.facts.role) || !isCommon(word)
}

/** Keywords and keyphrases of `story`. */
export function extractTopics(story: Story, settings: EngineSettings): Topics {
  const {weights} = settings
  let neutral = settings.candidates === 'neutral' || (settings.candidates === 'auto' && !isTaggedEnglish(story))
  let candidates = neutral ? neutralCandidates(story) : findCandidates(story.words)
  if (!neutral && candidates.length === 0 && settings.candidates === 'auto') {
    neutral = true
    candidates = neutralCandidates(story)
  }

  const keyFor = neutral ? (text: string) => text.toLowerCase().trim() : keyOf
  addAllowed(story.words, candidates, settings.allowPhrases, keyFor)
  const stopped = stopKeys(settings.stopPhrases, keyFor)
  const kept: Candidate[] = stopped.size === 0 ? candidates : candidates.filter((candidate) => !stopped.has(candidate.key))

  const scores = wordScores(story, kept, weights)
  // Overlap may push a phrase down the list: merge twice as many as are kept.
  const variants = mergeVariants(rankPhrases(kept, scores, weights), settings.maxKeyphrases * 2 + 5)
  const phrases = selectDistinct(mergeNearDuplicates(variants).filter(isSpecific), settings.maxKeyphrases, weights.contained, weights.sharedName)
  // Merging a demonym into its place may free a slot: rank a few more than are kept.
  const keywords = rankKeywords(story, kept, weights, neutral, settings.maxKeywords * 2 + 10).filter((item) => !stopped.has(item.candidate.key))
  const words = mergeVariants(keywords, settings.maxKeywords)
  const forms = trustedForms(story, [...phrases, ...words])

  return {
    keyphrases: toKeyphrases(phrases, forms, settings.maxKeyphrases),
    keywords: toKeywords(words, forms, settings.maxKeywords)
  }
}
