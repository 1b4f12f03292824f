/**
 * Plugin: recognise the structure of an article — headline, dek, byline,
 * dateline, body paragraphs and sign-off — record it in `file.data.article`
 * and mark each paragraph with `data.articleRole`.
 */
import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {evidenceOf} from '../page/markup.js'
import {lineMemoOf, type LineMemo} from '../page/memo.js'
import {findHead} from '../page/story/head.js'
import {readPage} from '../page/story/page.js'
import {isPage} from '../page/story/verdicts.js'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf, textOf} from '../nlcst/paragraphs.js'
import {paragraphText} from '../nlcst/text.js'
import {checkOptions} from '../options.js'
import {structureOptionSchema} from './options.js'
import type {ArticleStructure, BlockEvidence, ParagraphRole, TextSpan} from '../types.js'
import {contactsOf, creditsOf, isBio, isByline, isSignoff, readByline} from './byline.js'
import {readDateline} from './dateline.js'
import {looksLikeDek, looksLikeHeadline} from './headline.js'
import {dateTimeOf, readTimestamp} from './published.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'
import {leaveBodyReader} from '../page/reread.js'

/** Options of `retextArticleStructure`. */
export interface Options {
  /**
   * Look for the headline among this many paragraphs that are not
   * boilerplate before the story (default `8`): the title-like one that is
   * longest and nearest the story. When no story is located (a short text),
   * the first title-like paragraph among the first three. `0` turns headline
   * detection off, for text that is only a story body.
   */
  headlineWindow?: number | null | undefined
  /** Recognise a dek under the headline (default `true`). */
  dek?: boolean | null | undefined
}

export type {Options as StructureOptions}


/** Sign-off lines are looked for among this many paragraphs where the story ends. */
const signoffWindow = 8
/** …of which this many may follow the last paragraph of the story. */
const signoffAfter = 4
/** Without a located story, the headline is looked for among this many first paragraphs. */
const topWindow = 3

/**
 * Recognise headline, dek, byline, dateline, body paragraphs and sign-off.
 */
export function retextArticleStructure(options?: Readonly<Options> | null) {
  const settings = checkOptions('retextArticleStructure', options, structureOptionSchema)
  const headlineWindow = settings.headlineWindow ?? structureOptionSchema.headlineWindow.default
  const findDek = settings.dek ?? structureOptionSchema.dek.default

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    const paragraphs = paragraphsOf(tree).filter((d) => !d.data?.boilerplate)
    const source = String(file)
    const texts = paragraphs.map((d) => paragraphText(d, source))
    const memo = lineMemoOf(tree)
    const evidence = evidenceOf(paragraphs, file.data.htmlBlocks)
    const spans = (at: number) => span(paragraphs[at]!, texts[at]!)
    const offsets = paragraphs.map((d) => d.position?.start.offset ?? 0)
    const reading = readStructure({texts, offsets, memo, evidence, spans, headlineWindow, findDek})
    const {roles, article} = reading
    const datelines = new Map<number, number>()
    if (reading.dateline) datelines.set(reading.dateline.at, reading.dateline.storyStart)
    // Plain text: the boilerplate plugin, last, reads again what `body` keeps.
    leaveBodyReader(file, (read) => readBodyOf(read, file, {headlineWindow, findDek}))

    for (const [at, paragraph] of paragraphs.entries()) {
      setData(paragraph).articleRole = roles[at] ?? 'body'
      const storyStart = datelines.get(at)
      if (storyStart !== undefined) setData(paragraph).datelineEnd = storyStart
    }

    article.signoff.sort((a, b) => a.start - b.start)
    readPublished(article, texts, reading.blocks, reading.first, reading.storyEnd)

    file.data.article = article
  }
}

/** Readings of what `body` keeps, at most, after the first (each takes a line or stops). */
const rereadings = 4

/**
 * Read the structure again from what `body` keeps once the boilerplate
 * plugin is done (see `readBodyAgain`), when `file` is plain text.
 */
function readBodyOf(tree: Root, file: VFile, settings: {headlineWindow: number; findDek: boolean}): void {
  const article = file.data.article
  if (!article || file.data.htmlBlocks) return
  const all = paragraphsOf(tree)
  const paragraphs = all.filter((d) => (d.data?.articleRole ?? 'body') === 'body')
  // Nothing taken: `body` is the text, and a digest of it reads it as this one did.
  const untouched = paragraphs.length === all.length && (file.data.boilerplate?.length ?? 0) === 0
  if (untouched && !paragraphs.some((d) => d.data?.datelineEnd !== undefined)) return
  const texts = paragraphs.map((d) => textOf(d))
  const offsets = paragraphs.map((d) => d.position?.start.offset ?? 0)
  const datelines = new Map<number, number>()
  for (const [at, paragraph] of paragraphs.entries()) {
    const storyStart = paragraph.data?.datelineEnd
    if (storyStart !== undefined) datelines.set(at, storyStart)
  }

  const roles: Array<ParagraphRole | undefined> = []
  const spans = (at: number) => span(paragraphs[at]!, texts[at]!)
  readBodyAgain(roles, article, {texts, offsets, memo: lineMemoOf(tree), spans, ...settings}, datelines)
  for (const [at, paragraph] of paragraphs.entries()) {
    if (roles[at] !== undefined) setData(paragraph).articleRole = roles[at]
    const storyStart = datelines.get(at)
    if (storyStart !== undefined) setData(paragraph).datelineEnd = storyStart
  }

  article.signoff.sort((a, b) => a.start - b.start)
}

/** What the structure is read from: the paragraphs’ texts, start offsets and spans. */
interface Input {
  readonly texts: readonly string[]
  readonly offsets: readonly number[]
  readonly memo: LineMemo
  readonly evidence: ReadonlyArray<BlockEvidence | undefined>
  readonly spans: (at: number) => TextSpan
  readonly headlineWindow: number
  readonly findDek: boolean
}

/** The roles read, the structure, and where the story is. */
interface Reading {
  readonly roles: Array<ParagraphRole | undefined>
  readonly article: ArticleStructure
  /** The first story paragraph’s dateline: its index, and the offset where the story starts after it. */
  readonly dateline: {at: number; storyStart: number} | undefined
  /** Lines a boilerplate rule takes (stepped over; the boilerplate plugin removes them). */
  readonly junk: readonly boolean[]
  readonly first: number
  readonly storyEnd: number
  readonly blocks: ReadonlyArray<{rule?: string | undefined}>
}

/**
 * Read the structure again from the paragraphs `body` keeps (its texts as
 * `body` gives them: a dateline cut off), as a digest of `body` would, and
 * take what that reading takes: a headline that now stands first, a byline
 * now under it, a sign-off now at the end, a dateline now on the first
 * paragraph. Until a reading takes nothing more (each one takes a line or
 * stops), so that `digest(digest(t).body).body === digest(t).body`.
 */
function readBodyAgain(
  roles: Array<ParagraphRole | undefined>,
  article: ArticleStructure,
  input: Omit<Input, 'evidence'>,
  datelines: Map<number, number>
): void {
  // The paragraphs are `body`’s at first; after a reading, the lines a
  // boilerplate rule would take are not.
  let junk: readonly boolean[] | undefined
  let view = Array.from(input.texts, (_, at) => at)
  // Bounded, so a text of many structure-like lines costs a few readings, not one per line.
  for (let reading = 0; reading < rereadings; reading++) {
    const known = junk
    view = view.filter(
      (at, index) => roles[at] === undefined && (!known || (!known[index] && !input.memo.match(input.memo.line(input.texts[at]!))))
    )
    if (view.length === 0) return
    const texts = view.map((at) => {
      const storyStart = datelines.get(at)
      const text = input.texts[at]!
      return storyStart === undefined ? text : text.slice(storyStart - input.offsets[at]!).trim()
    })
    const offsets = view.map((at) => datelines.get(at) ?? input.offsets[at]!)
    const again = readStructure({...input, texts, offsets, evidence: [], spans: (index) => input.spans(view[index]!)})
    let taken = false
    for (const [index, role] of again.roles.entries()) {
      if (role === undefined) continue
      roles[view[index]!] = role
      taken = true
    }

    if (again.dateline && !datelines.has(view[again.dateline.at]!)) {
      datelines.set(view[again.dateline.at]!, again.dateline.storyStart)
      taken = true
    }

    if (!taken) return
    mergeStructure(article, again.article)
    junk = again.junk
  }
}

/** Fill what `into` lacks from `from`, a later reading. */
function mergeStructure(into: ArticleStructure, from: ArticleStructure): void {
  into.headline ??= from.headline
  into.dek ??= from.dek
  into.dateline ??= from.dateline
  into.byline.text ??= from.byline.text
  into.byline.agency ??= from.byline.agency
  into.byline.date ??= from.byline.date
  addAuthors(into, from.byline.authors)
  into.byline.contacts.push(...from.byline.contacts)
  for (const name of from.byline.editors) if (!into.byline.editors.includes(name)) into.byline.editors.push(name)
  into.signoff.push(...from.signoff)
}

/** Read headline, dek, bylines, dateline and sign-offs from the paragraphs’ texts. */
function readStructure(input: Input): Reading {
  const {texts, offsets, memo, evidence, spans: spanAt, headlineWindow, findDek} = input
  const paragraphs = texts
  const roles: Array<ParagraphRole | undefined> = []
  const article: ArticleStructure = {
    headline: null,
    dek: null,
    dateline: null,
    byline: {text: null, authors: [], contacts: [], agency: null, editors: [], date: null},
    signoff: [],
    published: null,
    modified: null
  }

  // Where the story is: on a whole page the headline stands right before
  // it, after the navigation, not among the first lines.
  const page = readPage(texts, memo)
  const story = page.span
  const located = story.start !== -1

  // Headline: the page’s `<h1>` when the markup is known. Otherwise a text
  // without page furniture starts with its headline (the first title-like
  // line that is not navigation or a promo), and on a page the headline
  // stands right before the story, after the navigation.
  let headline = headlineWindow > 0 ? headingOne(evidence, located ? story.start : paragraphs.length) : -1
  const onPage = located && isPage(page.blocks)
  if (headline === -1 && !onPage) headline = headlineAtTop(texts, Math.min(headlineWindow, topWindow), memo)
  if (headline === -1 && located) headline = findHead(page.texts, page.blocks, story.start, headlineWindow)
  if (headline !== -1 && paragraphs.length > 1) {
    roles[headline] = 'headline'
    article.headline = spanAt(headline)
  }

  const bodyFrom = article.headline ? headline + 1 : 0

  // Bylines under the headline, before the story: past at most one story
  // paragraph (a lead or a dek). Counting the paragraphs `body` keeps, not
  // lines, keeps the window the same when `body` is digested again (issue
  // 17, defect 8): junk and structure lines are gone then.
  const junkLine = page.blocks.map((d) => d.rule !== undefined)
  function takeBylines(): void {
    let lead = 0
    for (let at = bodyFrom; at < paragraphs.length; at++) {
      const text = texts[at]!
      if (roles[at] !== undefined || junkLine[at]) continue
      if (!isByline(text)) {
        if (located && at < story.start) continue
        if (lead++ > 0) break
        continue
      }

      roles[at] = 'byline'
      article.byline.text ??= text
      const parts = readByline(text)
      addAuthors(article, parts.authors)
      article.byline.agency ??= parts.agency
      article.byline.date ??= parts.date
    }
  }

  takeBylines()

  // Sign-off lines where the story ends.
  const storyEnd = located ? Math.min(paragraphs.length, story.end + 1 + signoffAfter) : paragraphs.length
  for (let at = Math.max(bodyFrom, storyEnd - signoffWindow); at < storyEnd; at++) {
    const text = texts[at]!
    if (roles[at] === undefined && (isSignoff(text) || isBio(text, article.byline.authors))) {
      roles[at] = 'signoff'
      article.signoff.push(spanAt(at))
      const contacts = contactsOf(text)
      article.byline.contacts.push(...contacts)
      const credits = creditsOf(text)
      addAuthors(article, [...credits.authors, ...contacts.map((d) => d.name)])
      for (const name of credits.editors) if (!article.byline.editors.includes(name)) article.byline.editors.push(name)
    }
  }

  // Lines between headline and story that are neither structure nor story
  // (timestamps, share bars) are stepped over; the boilerplate plugin
  // reports them.
  const junk = page.blocks.map((d) => d.rule !== undefined)
  function skippable(at: number): boolean {
    return roles[at] !== undefined || junk[at]!
  }

  // The first story paragraph: after the headline, bylines, and a dek.
  let first = bodyFrom
  while (first < paragraphs.length && skippable(first)) first++

  if (findDek && article.headline && first < paragraphs.length - 1) {
    const text = texts[first]!
    // A dek sits under the headline and above a byline, a dateline or the
    // story: a story’s first paragraph does not announce itself like that.
    let next = first + 1
    const bylineBelow = roles[next] === 'byline'
    while (next < paragraphs.length && skippable(next)) next++
    const datelineBelow = next < paragraphs.length && readDateline(texts[next]!, 0) !== undefined
    const storyBelow = onPage && first < story.start
    if (looksLikeDek(text) && !readDateline(text, 0) && (bylineBelow || datelineBelow || storyBelow)) {
      roles[first] = 'dek'
      article.dek = spanAt(first)
      first = next
      // With the dek out of the story, one more story paragraph may stand before a byline.
      takeBylines()
      while (first < paragraphs.length && skippable(first)) first++
    }
  }

  // On a page, the story starts where the locator found it.
  if (onPage && story.start > first) {
    first = story.start
    while (first < paragraphs.length && skippable(first)) first++
  }

  let dateline: Reading['dateline']
  if (first < paragraphs.length) {
    const found = readDateline(texts[first]!, offsets[first]!)
    if (found) {
      const {storyStart, ...rest} = found
      article.dateline = rest
      dateline = {at: first, storyStart}
    }
  }

  const storyJunk = page.blocks.map((d) => d.rule !== undefined)
  return {roles, article, dateline, junk: storyJunk, first, storyEnd, blocks: page.blocks}

}

/**
 * `published` and `modified` from the timestamp lines before the story
 * (before `first`) or, when there are none, after it (from `end`); else
 * `published` from a dated byline or a dateline with a year.
 */
function readPublished(
  article: ArticleStructure,
  texts: readonly string[],
  blocks: ReadonlyArray<{rule?: string | undefined}>,
  first: number,
  end: number
): void {
  for (const [from, to] of [[0, first], [end, texts.length]] as const) {
    for (let at = from; at < to; at++) {
      if (blocks[at]?.rule !== 'timestamp') continue
      const stamp = readTimestamp(texts[at]!)
      if (stamp && article[stamp.kind] === null) article[stamp.kind] = {text: texts[at]!, value: stamp.value, source: 'timestamp'}
    }

    if (article.published || article.modified) break
  }

  if (article.published) return
  const byline = article.byline.text === null ? undefined : dateTimeOf(article.byline.text)
  if (byline) {
    article.published = {text: article.byline.date?.text ?? article.byline.text!, value: byline, source: 'byline'}
  } else if (article.dateline?.date?.value && /^\d{4}/.test(article.dateline.date.value)) {
    article.published = {text: article.dateline.date.text, value: article.dateline.date.value, source: 'dateline'}
  }
}

function addAuthors(article: ArticleStructure, names: string[]): void {
  for (const name of names) {
    if (!article.byline.authors.includes(name)) article.byline.authors.push(name)
  }
}

// Where a page’s `<h1>` is not its headline (the site’s name in a masthead,
// a box of links).
const notHeadline: ReadonlySet<string> = new Set(['nav', 'footer', 'aside', 'form', 'furniture'])

/** Whether the evidence shows the page’s own `<h1>`, not one in its furniture. */
function isPageHeading(block: BlockEvidence | undefined): boolean {
  if (block?.tag !== 'h1' || block.within.some((d) => notHeadline.has(d))) return false
  // A `<header>` of the page holds a masthead; the story’s own holds its headline.
  return !block.within.includes('header') || block.within.includes('article') || block.within.includes('main')
}

/**
 * A page’s `<h1>` before the story (the last one, nearest the story), from
 * the markup’s evidence; `-1` without one.
 */
function headingOne(evidence: ReadonlyArray<BlockEvidence | undefined>, before: number): number {
  let found = -1
  for (let index = 0; index < before; index++) if (isPageHeading(evidence[index])) found = index
  return found
}

/**
 * The first title-like line among the first `window` lines that are not
 * navigation or promos (bylines are stepped over), or `-1`. `memo` knows
 * which built-in rule takes a line.
 */
function headlineAtTop(texts: readonly string[], window: number, memo: LineMemo): number {
  let seen = 0
  for (let index = 0; index < texts.length && seen < window; index++) {
    const text = texts[index]!
    if (memo.match(memo.line(text))) continue
    seen++
    if (looksLikeHeadline(text)) return index
    if (!isByline(text)) return -1
  }

  return -1
}

function span(paragraph: Paragraph, text: string): TextSpan {
  const start = paragraph.position?.start.offset ?? 0
  return {text, start, end: paragraph.position?.end.offset ?? start + text.length}
}

function setData(paragraph: Paragraph): NonNullable<Paragraph['data']> {
  paragraph.data ??= {}
  return paragraph.data
}
