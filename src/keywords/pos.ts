/**
 * Plugin: keywords and keyphrases by the heavier engine of the unified
 * collective, `retext-pos` (a full part-of-speech lexicon, about 589 KB
 * gzipped) and `retext-keywords`, on the same story paragraphs and with the
 * same results as `retextArticleKeywords`. For comparison, or to keep the
 * rankings of an earlier version; the default engine is lighter and ranks
 * better on news (see the CHANGELOG).
 *
 * On its own subpath (`retext-article/keywords-pos`) so that nothing else
 * pulls the lexicon in.
 */
import type {Root, SentenceContent} from 'nlcst'
import retextKeywords from 'retext-keywords'
import retextPos from 'retext-pos'
import {VFile} from 'vfile'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf, spanOf, textOf} from '../nlcst/paragraphs.js'
import {checkOptions} from '../options.js'
import type {KeyphraseResult, KeywordResult, Span} from '../types.js'
import type {KeywordsOptions} from './index.js'
import {keywordLimitSchema} from './options.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'

/** Options of `retextArticleKeywordsPos`: the limits of `retextArticleKeywords`. */
export type Options = Pick<KeywordsOptions, 'maximum' | 'keywords' | 'keyphrases' | 'maxKeywords' | 'maxKeyphrases'>

export type {Options as KeywordsPosOptions}

/**
 * Rank keywords and keyphrases with `retext-pos` and `retext-keywords`.
 */
export function retextArticleKeywordsPos(options?: Readonly<Options> | null) {
  const settings = checkOptions('retextArticleKeywordsPos', options, keywordLimitSchema)
  const maximum = settings.maximum ?? keywordLimitSchema.maximum.default
  const maxKeywords = settings.keywords ?? maximum
  const maxKeyphrases = settings.keyphrases ?? maximum
  const tag = retextPos()
  // retext-keywords builds phrases from its top words: ask for more than we
  // keep so that both lists can be filled.
  const rank = retextKeywords({maximum: Math.max(maxKeywords, maxKeyphrases) * 2})

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    const story: Root = {
      type: 'RootNode',
      children: paragraphsOf(tree).filter(function (paragraph) {
        const role = paragraph.data?.articleRole
        return !paragraph.data?.boilerplate && role !== 'byline' && role !== 'signoff'
      })
    }
    const scratch = new VFile()
    tag(story)
    rank(story, scratch)

    const keywords: KeywordResult[] = (scratch.data.keywords ?? []).slice(0, maxKeywords).map(function (keyword) {
      const forms = keyword.matches.map((d) => textOf(d.node))
      return {
        word: displayForm(forms),
        stem: keyword.stem,
        score: round(keyword.score),
        count: keyword.matches.length,
        positions: spans(keyword.matches.map((d) => [d.node])),
        forms: byFrequency(forms)
      }
    })

    const keyphrases: KeyphraseResult[] = (scratch.data.keyphrases ?? []).slice(0, maxKeyphrases).map(function (phrase) {
      const forms = phrase.matches.map((d) => d.nodes.map((node: SentenceContent) => textOf(node)).join(''))
      return {
        phrase: displayForm(forms),
        stems: phrase.stems,
        score: round(phrase.score),
        count: phrase.matches.length,
        positions: spans(phrase.matches.map((d) => d.nodes)),
        forms: byFrequency(forms)
      }
    })

    file.data.topics = {keywords, keyphrases}
  }
}

/** Lower case unless every mention is capitalised (a name), then the most frequent form. */
function displayForm(forms: string[]): string {
  const best = byFrequency(forms)[0] ?? ''
  return forms.every((d) => /^\p{Lu}/u.test(d)) ? best : best.toLowerCase()
}

/** Distinct forms, most frequent first (ties in order of appearance). */
function byFrequency(forms: string[]): string[] {
  const counts = new Map<string, number>()
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1)
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!)
}

function spans(items: SentenceContent[][]): Span[] {
  const result: Span[] = []
  for (const nodes of items) {
    const head = nodes[0] && spanOf(nodes[0])
    const tail = nodes.at(-1) && spanOf(nodes.at(-1)!)
    if (head && tail) result.push({start: head.start, end: tail.end})
  }

  return result
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4
}
