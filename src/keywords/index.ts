/**
 * Plugin: ranked keywords (single words) and keyphrases (often several words)
 * of the story, with scores, counts and positions.
 *
 * First engine: `retext-pos` tags, `retext-keywords` ranks; this plugin runs
 * them on the headline, dek and body only (never on boilerplate or bylines)
 * and turns their node-bearing results into plain, serialisable data.
 */
import type {Root, RootContent, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextKeywords from 'retext-keywords'
import retextPos from 'retext-pos'
import {VFile} from 'vfile'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf, spanOf} from '../nlcst/paragraphs.js'
import {checkOptions} from '../options.js'
import type {KeyphraseResult, KeywordResult, Span} from '../types.js'

/** Options of `retextArticleKeywords`. */
export interface Options {
  /** Most keywords and keyphrases to return, each (default `10`). */
  maximum?: number | null | undefined
  /** Most keywords, overriding `maximum`. */
  maxKeywords?: number | null | undefined
  /** Most keyphrases, overriding `maximum`. */
  maxKeyphrases?: number | null | undefined
}

export type {Options as KeywordsOptions}

/**
 * Rank keywords and keyphrases.
 */
export function retextArticleKeywords(options?: Readonly<Options> | null) {
  const settings = checkOptions('retextArticleKeywords', options, {
    maximum: 'integer',
    maxKeywords: 'integer',
    maxKeyphrases: 'integer'
  })
  const maximum = settings.maximum ?? 10
  const maxKeywords = settings.maxKeywords ?? maximum
  const maxKeyphrases = settings.maxKeyphrases ?? maximum
  // retext-keywords builds phrases from its top words: ask for more than we
  // keep so that both lists can be filled.
  const tag = retextPos()
  const rank = retextKeywords({maximum: Math.max(maxKeywords, maxKeyphrases) * 2})

  return function (tree: Root, file: VFile): undefined {
    splitParagraphsAtLineBreaks(tree)
    const story: Root = {type: 'RootNode', children: storyParagraphs(tree)}
    const scratch = new VFile()
    tag(story)
    rank(story, scratch)

    const keywords: KeywordResult[] = (scratch.data.keywords ?? []).slice(0, maxKeywords).map(function (keyword) {
      const forms = keyword.matches.map((d) => toString(d.node))
      return {
        word: displayForm(forms),
        stem: keyword.stem,
        score: round(keyword.score),
        count: keyword.matches.length,
        positions: spans(keyword.matches.map((d) => d.node))
      }
    })

    const keyphrases: KeyphraseResult[] = (scratch.data.keyphrases ?? [])
      .slice(0, maxKeyphrases)
      .map(function (phrase) {
        const forms = phrase.matches.map((d) => d.nodes.map((n: SentenceContent) => toString(n)).join(''))
        return {
          phrase: displayForm(forms),
          stems: phrase.stems,
          score: round(phrase.score),
          count: phrase.matches.length,
          positions: spans(phrase.matches.map((d) => d.nodes))
        }
      })

    file.data.topics = {keywords, keyphrases}
  }
}

/** Headline, dek and body paragraphs: what the story is about. */
function storyParagraphs(tree: Root): RootContent[] {
  return paragraphsOf(tree).filter(function (paragraph) {
    const role = paragraph.data?.articleRole
    return !paragraph.data?.boilerplate && role !== 'byline' && role !== 'signoff'
  })
}

/**
 * The form to show: lower case unless every mention is capitalised (a name),
 * then the most frequent form.
 */
function displayForm(forms: string[]): string {
  const counts = new Map<string, number>()
  let best = forms[0] ?? ''
  for (const form of forms) {
    const count = (counts.get(form) ?? 0) + 1
    counts.set(form, count)
    if (count > (counts.get(best) ?? 0)) best = form
  }

  const proper = forms.every((d) => /^\p{Lu}/u.test(d))
  return proper ? best : best.toLowerCase()
}

function spans(items: Array<SentenceContent | SentenceContent[]>): Span[] {
  const result: Span[] = []
  for (const item of items) {
    const nodes = Array.isArray(item) ? item : [item]
    const head = nodes[0] && spanOf(nodes[0])
    const tail = nodes[nodes.length - 1] && spanOf(nodes[nodes.length - 1]!)
    if (head && tail) result.push({start: head.start, end: tail.end})
  }

  return result
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4
}
