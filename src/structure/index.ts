/**
 * Plugin: recognise the structure of an article — headline, dek, byline,
 * dateline, body paragraphs and sign-off — record it in `file.data.article`
 * and mark each paragraph with `data.articleRole`.
 */
import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {matchBoilerplate} from '../boilerplate/match.js'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf} from '../nlcst/paragraphs.js'
import {checkOptions} from '../options.js'
import type {ArticleStructure, ParagraphRole, TextSpan} from '../types.js'
import {bylineAuthors, contactsOf, isByline, isSignoff} from './byline.js'
import {readDateline} from './dateline.js'
import {looksLikeDek, looksLikeHeadline} from './headline.js'

/** Options of `retextArticleStructure`. */
export interface Options {
  /**
   * Look for a headline among the first this many paragraphs that are not
   * boilerplate (default `3`); `0` turns headline detection off, for text that
   * is only a story body.
   */
  headlineWindow?: number | null | undefined
  /** Recognise a dek under the headline (default `true`). */
  dek?: boolean | null | undefined
}

export type {Options as StructureOptions}

/** Sign-off lines are looked for among the last this many paragraphs. */
const signoffWindow = 8

/**
 * Recognise headline, dek, byline, dateline, body paragraphs and sign-off.
 */
export function retextArticleStructure(options?: Readonly<Options> | null) {
  const settings = checkOptions('retextArticleStructure', options, {
    headlineWindow: 'integer',
    dek: 'boolean'
  })
  const headlineWindow = settings.headlineWindow ?? 3
  const findDek = settings.dek ?? true

  return function (tree: Root, file: VFile): undefined {
    splitParagraphsAtLineBreaks(tree)
    const paragraphs = paragraphsOf(tree).filter((d) => !d.data?.boilerplate)
    const texts = paragraphs.map((d) => toString(d))
    const roles: Array<ParagraphRole | undefined> = []
    const article: ArticleStructure = {
      headline: null,
      dek: null,
      dateline: null,
      byline: {text: null, authors: [], contacts: []},
      signoff: []
    }

    // Headline: the first title-like line among the first few lines that are
    // not navigation or promos.
    let index = 0
    let seen = 0
    while (index < paragraphs.length && seen < headlineWindow) {
      const text = texts[index]!
      if (!matchBoilerplate(text)) {
        seen++
        if (looksLikeHeadline(text) && paragraphs.length > 1) {
          roles[index] = 'headline'
          article.headline = span(paragraphs[index]!, text)
          break
        }

        if (!isByline(text)) break
      }

      index++
    }

    const bodyFrom = article.headline ? index + 1 : 0

    // Bylines near the top.
    for (let at = bodyFrom; at < Math.min(paragraphs.length, bodyFrom + 4); at++) {
      const text = texts[at]!
      if (roles[at] === undefined && isByline(text)) {
        roles[at] = 'byline'
        article.byline.text ??= text
        addAuthors(article, bylineAuthors(text))
      }
    }

    // Sign-off lines at the end.
    for (let at = Math.max(bodyFrom, paragraphs.length - signoffWindow); at < paragraphs.length; at++) {
      const text = texts[at]!
      if (roles[at] === undefined && isSignoff(text)) {
        roles[at] = 'signoff'
        article.signoff.push(span(paragraphs[at]!, text))
        const contacts = contactsOf(text)
        article.byline.contacts.push(...contacts)
        addAuthors(article, contacts.map((d) => d.name))
      }
    }

    // Lines between headline and story that are neither structure nor story
    // (timestamps, share bars) are stepped over; the boilerplate plugin
    // reports them.
    const junk: boolean[] = []
    function skippable(at: number): boolean {
      if (roles[at] !== undefined) return true
      junk[at] ??= matchBoilerplate(texts[at]!) !== undefined
      return junk[at]
    }

    // The first story paragraph: after the headline, bylines, and a dek.
    let first = bodyFrom
    while (first < paragraphs.length && skippable(first)) first++

    if (findDek && article.headline && first < paragraphs.length - 1) {
      const text = texts[first]!
      // A dek sits under the headline and above a byline or a dateline: a
      // story’s first paragraph does not announce itself like that.
      let next = first + 1
      const bylineBelow = roles[next] === 'byline'
      while (next < paragraphs.length && skippable(next)) next++
      const datelineBelow = next < paragraphs.length && readDateline(texts[next]!, 0) !== undefined
      if (looksLikeDek(text) && !readDateline(text, 0) && (bylineBelow || datelineBelow)) {
        roles[first] = 'dek'
        article.dek = span(paragraphs[first]!, text)
        first = next
      }
    }

    if (first < paragraphs.length) {
      const paragraph = paragraphs[first]!
      const dateline = readDateline(texts[first]!, paragraph.position?.start.offset ?? 0)
      if (dateline) {
        const {storyStart, ...rest} = dateline
        article.dateline = rest
        setData(paragraph).datelineEnd = storyStart
      }
    }

    for (const [at, paragraph] of paragraphs.entries()) {
      setData(paragraph).articleRole = roles[at] ?? 'body'
    }

    file.data.article = article
  }
}

function addAuthors(article: ArticleStructure, names: string[]): void {
  for (const name of names) {
    if (!article.byline.authors.includes(name)) article.byline.authors.push(name)
  }
}

function span(paragraph: Paragraph, text: string): TextSpan {
  const start = paragraph.position?.start.offset ?? 0
  return {text, start, end: paragraph.position?.end.offset ?? start + text.length}
}

function setData(paragraph: Paragraph): NonNullable<Paragraph['data']> {
  paragraph.data ??= {}
  return paragraph.data
}
