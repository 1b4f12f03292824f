/**
 * Plugin: find the boilerplate around a story — promos, contact lines,
 * share bars, ads, captions, related links, navigation, the tail after the
 * sign-off — report each piece as a vfile message with the rule that fired,
 * list it in `file.data.boilerplate`, and remove it (or only mark it).
 *
 * Every line is its own paragraph, and each is judged whole: a rule matches
 * a short line that is nothing but a cue (“Advertisement”, “Read more: …”),
 * never a word inside a story sentence.
 */
import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf, spanOf} from '../nlcst/paragraphs.js'
import {paragraphText} from '../nlcst/text.js'
import {checkOptions} from '../options.js'
import {boilerplateOptionSchema} from './options.js'
import type {BlockEvidence, BoilerplateEntry, ParagraphRole} from '../types.js'
import {isSignoffLine, isStoryLine, locateStoryEnd} from '../page/locate-story.js'
import type {StoryFacts} from '../page/locate-story.js'
import {evidenceOf, isBoxed, markupMatch, markupRules} from '../page/markup.js'
import type {MarkupRule} from '../page/markup.js'
import {firstMatch, tailMatch} from '../page/rules/matching.js'
import {lineMemoOf} from '../page/memo.js'
import {compilePatterns, patternWindow} from './patterns.js'
import type {BoilerplatePattern, CompiledPattern} from './patterns.js'
import {boilerplateRules} from '../page/rules/index.js'
import type {BoilerplateRule} from '../page/rules/index.js'
import type {Line} from '../page/rules/line.js'
import {storyBlocks, type Measure} from '../page/story/blocks.js'
import type {BlockInput} from '../page/story/blocks.js'
import {findHead} from '../page/story/head.js'
import {locateStory} from '../page/story/locate.js'
import {scaleWeights} from '../page/story/score.js'
import type {ScoreWeights} from '../page/story/score.js'
import {storyVerdicts} from '../page/story/verdicts.js'
import {checkRuleSwitches} from '../page/rule-table.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'
import {readBodyAgainAfterBoilerplate} from '../page/reread.js'

export {matchBoilerplate} from './match.js'
export type {BoilerplateContext, BoilerplateMatch} from './match.js'
export type {BoilerplatePattern, CustomPattern} from './patterns.js'
export {boilerplateRules} from '../page/rules/index.js'
export {ruleTable as boilerplateRuleTable} from '../page/rule-table.js'
export type {RuleKind as BoilerplateRuleKind, RuleRow as BoilerplateRuleRow} from '../page/rule-table.js'
export type {BoilerplateRule} from '../page/rules/index.js'
export type {Line as BoilerplateLine} from '../page/rules/line.js'

/** Options of `retextArticleBoilerplate`. */
export interface Options {
  /**
   * What to do with boilerplate paragraphs (default `'remove'`): `'remove'`
   * takes them out of the tree; `'mark'` keeps them and sets
   * `paragraph.data.boilerplate` to `{rule, reason}`, which the other plugins
   * of this package skip. Messages and `file.data.boilerplate` are the same
   * in both modes.
   */
  mode?: 'remove' | 'mark' | null | undefined
  /**
   * Built-in rules to turn off, by `ruleId` (`{'after-signoff': false}`;
   * default: all on). An unknown `ruleId` is an error.
   */
  rules?: Readonly<Record<string, boolean | null | undefined>> | null | undefined
  /**
   * Extra patterns tested on the first 2,000 characters of every paragraph
   * (default `[]`): a `RegExp`, a string (matched case-insensitively as a
   * substring), or `{id, pattern, reason}` to name the rule (`ruleId`
   * `'custom'` unless `id` is given) and say why. They are tried after the
   * built-in rules, before the positional `after-signoff` rule. The
   * 2,000-character window bounds the cost of a pattern that is slow on long
   * text; it cannot save one that backtracks exponentially (`/(a+)+$/`).
   */
  patterns?: ReadonlyArray<BoilerplatePattern> | null | undefined
  /**
   * Locate the story and remove what lies outside it (default `true`): the
   * story is the run of paragraphs with the highest score, where prose,
   * list items and table rows count for their length and every menu entry,
   * teaser or piece of furniture between them costs a fixed amount. What
   * lies outside the run is reported as `page-link`, `page-line`,
   * `page-text` or `comment-section`; inside it, links under a related-links
   * heading are `related-list` and repeats of an earlier paragraph
   * `repeated-text`. `false` leaves only the rules.
   */
  locate?: boolean | null | undefined
  /**
   * How hard the locator is on what is not prose (default `1` for text,
   * `0.6` for a page whose markup is known, as from `digestHtml`): the cost
   * of each menu entry, teaser or piece of furniture is multiplied by it.
   * Higher keeps less around the story (and may cut a story broken by many
   * ads); lower keeps more. The defaults were fitted with cross-validation
   * by site (`npm run fit`).
   */
  strictness?: number | null | undefined
  /**
   * Fewest words of prose a run needs to be taken for the story (default
   * `20`): on a page with less, nothing is removed for lying outside it.
   */
  minStoryWords?: number | null | undefined
  /**
   * Report each paragraph taken as a message on the file (default `true`).
   * `file.data.boilerplate` lists them either way; `digest()` turns the
   * messages off (its file is never seen), as a message costs more than the
   * short line it reports.
   */
  messages?: boolean | null | undefined
}

export type {Options as BoilerplateOptions}


const owner = 'retextArticleBoilerplate'

/** Blocks before the story in which its headline is looked for. */
const headWindow = 6

// Structure, not boilerplate: the structure plugin already placed them.
const structural: ReadonlySet<ParagraphRole | undefined> = new Set(['headline', 'dek', 'byline'])

/** Why a paragraph is boilerplate: the rule, and the locator’s score when it decided. */
interface Finding {
  rule: string
  reason: string
  score?: number
}

/** A paragraph under judgement. */
interface Candidate {
  paragraph: Paragraph
  text: string
  line: Line
  found: Finding | undefined
}

/**
 * Default `strictness`: for text, and for a page whose markup is known.
 * Fitted with cross-validation by site over the article-extraction
 * benchmark and trafilatura's suite (`npm run fit`): for HTML every fold
 * chose 0.6 (held-out F1 AEB 96.13, trafilatura 90.31, against 96.22 and
 * 89.63 at 1); for text every fold chose 1 (AEB 95.24, trafilatura 87.38).
 */
export const defaultStrictness = {text: 1, markup: 0.6} as const

/**
 * Find, report and remove (or mark) boilerplate paragraphs.
 *
 * @throws {TypeError} When an option is wrong, such as an unknown `ruleId`.
 */
export function retextArticleBoilerplate(options?: Readonly<Options> | null) {
  const settings = checkOptions(owner, options, boilerplateOptionSchema)
  const mark = (settings.mode ?? boilerplateOptionSchema.mode.default) === 'mark'
  const messages = settings.messages ?? boilerplateOptionSchema.messages.default
  const switches = settings.rules ?? {}
  const rules = activeRules(switches)
  const markup = markupRules.filter((rule) => switches[rule.id] !== false)
  const patterns = compilePatterns(owner, settings.patterns ?? [])
  const locate = settings.locate ?? boilerplateOptionSchema.locate.default
  const weights = scaleWeights(settings.strictness ?? defaultStrictness.text)
  const markupWeights = scaleWeights(settings.strictness ?? defaultStrictness.markup)
  const minScore = settings.minStoryWords ?? boilerplateOptionSchema.minStoryWords.default

  // With every built-in rule on, matches are shared with the structure plugin.
  const allRules = rules.length === boilerplateRules.length

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    const memo = lineMemoOf(tree)
    const candidates: Array<Candidate | undefined> = []
    const facts: StoryFacts[] = []
    // Every paragraph’s text as the rules see it, judged or not, and the
    // rule of those an earlier run marked.
    const lines: Line[] = []
    const marked: Array<string | undefined> = []
    // What the rules on text found, before markup and the locator.
    const byText: Array<Finding | undefined> = []

    // One pass over the paragraphs: judge each by its text, and note what
    // the story locator needs. A page’s markup, when known, is evidence too.
    const paragraphs = paragraphsOf(tree)
    const evidence = evidenceOf(paragraphs, file.data.htmlBlocks)
    const source = String(file)
    for (const paragraph of paragraphs) {
      const data = paragraph.data
      const text = paragraphText(paragraph, source)
      const line = memo.line(text)
      lines.push(line)
      marked.push(data?.boilerplate?.rule)
      if (structural.has(data?.articleRole) || data?.boilerplate) {
        // Not judged, but the locator still sees it where it stands.
        candidates.push(undefined)
        byText.push(undefined)
        facts.push({signoff: false, story: false})
        continue
      }

      const rule = allRules ? memo.match(line) : firstMatch(rules, line)
      byText.push(rule ? {rule: rule.id, reason: rule.reason} : customMatch(patterns, text))
      candidates.push({paragraph, text, line, found: undefined})
      facts.push({signoff: data?.articleRole === 'signoff' || isSignoffLine(line), story: isStoryLine(line)})
    }

    // The tail: short lines after the sign-off that ends the story. A
    // second sign-off there (“Reporting by …”) is a credit, not furniture.
    const end = locateStoryEnd(facts)
    const afterEnd: Array<Finding | undefined> = []
    if (end !== -1) {
      for (let index = end + 1; index < candidates.length; index++) {
        const candidate = candidates[index]
        if (!candidate || byText[index] || facts[index]!.signoff) continue
        const rule = tailMatch(rules, candidate.line)
        if (rule) afterEnd[index] = {rule: rule.id, reason: rule.reason}
      }
    }

    const structured = file.data.article !== undefined
    const hasMarkup = evidence.some((d) => d !== undefined)

    /** Judge every candidate with the cues of `step`. */
    function judge(step: FailSafeStep): Array<Finding | undefined> {
      const cues = step === 'all-cues' ? markup : step === 'no-landmarks' ? markup.filter((d) => !landmarkRules.has(d.id)) : step === 'no-classes' ? markup.filter((d) => !landmarkRules.has(d.id) && !classRules.has(d.id)) : []
      const found: Array<Finding | undefined> = candidates.map((candidate, index) => {
        if (!candidate) return undefined
        return byText[index] ?? (cues.length > 0 ? fromMarkup(markupMatch(cues, evidence[index])) : undefined)
      })
      if (step === 'keep-all') return candidates.map(() => undefined)
      if (cues.length > 0) spareDensestProse(found, byText, evidence, lines, facts)
      for (const [index, finding] of afterEnd.entries()) if (finding && !found[index]) found[index] = finding
      if (!locate || step === 'rules-only') return found

      // The story span: what no rule took is judged by where it lies.
      const known = lines.map((line, index) => ({
        text: line.text,
        rule: found[index]?.rule ?? marked[index],
        boxed: cues.length > 0 && isBoxed(evidence[index], cues)
      }))
      const findings = storyFindings(known, facts, {weights: file.data.htmlBlocks ? markupWeights : weights, minScore, structured, measure: memo.measure})
      for (const [index, candidate] of candidates.entries()) {
        const finding = findings[index]
        if (candidate && !found[index] && finding && switches[finding.rule] !== false) found[index] = finding
      }

      return found
    }

    // The fail-safe: when the story comes back empty, or small against the
    // prose the page holds, read it again with fewer cues.
    const prose = proseWords(lines, candidates, facts, undefined)
    let step: FailSafeStep = 'all-cues'
    let found = judge(step)
    if (prose > 0) {
      for (const next of failSafeSteps) {
        const kept = proseWords(lines, candidates, facts, found)
        // Empty: not a word left of the body (prose or not).
        const empty = kept === 0 && !candidates.some((candidate, index) => candidate && !found[index] && lines[index]!.words > 0)
        const small = kept < minScore || kept < failSafeShare * prose
        if (!empty && !(small && hasMarkup && markupStep.has(next))) break
        // Without markup, its steps read the page as the first did.
        if (!hasMarkup && markupStep.has(next)) continue
        step = next
        found = judge(next)
      }
    }

    file.data.boilerplateStep = step
    if (step !== 'all-cues') {
      const message = file.info(
        `Story read with fewer cues (step \`${step}\`): with every cue the story was empty or small against the page’s prose`,
        {ruleId: 'fail-safe', source: 'retext-article'}
      )
      message.actual = step
    }

    for (const [index, candidate] of candidates.entries()) if (candidate) candidate.found = found[index]

    const entries = (file.data.boilerplate ??= [])
    const removed = new Set<Paragraph>()

    for (const candidate of candidates) {
      if (!candidate?.found) continue
      const {paragraph, text, found} = candidate
      if (messages) {
        const message = file.message(found.reason, {place: paragraph.position, ruleId: found.rule, source: 'retext-article'})
        message.actual = text
      }

      // Trees from a parser always have positions; one built by hand may not.
      const span = spanOf(paragraph) ?? {start: -1, end: -1}
      const entry: BoilerplateEntry = {text, rule: found.rule, reason: found.reason, start: span.start, end: span.end}
      if (found.score !== undefined) entry.score = found.score
      entries.push(entry)

      if (mark) {
        paragraph.data = {...paragraph.data, boilerplate: {rule: found.rule, reason: found.reason}}
      } else {
        removed.add(paragraph)
      }
    }

    if (removed.size > 0) tree.children = tree.children.filter((child) => !removed.has(child as Paragraph))
    // What `body` keeps, read as a digest of it would read it (issue 17, defect 8).
    readBodyAgainAfterBoilerplate(tree, file)
  }
}

/**
 * The built-in rules left on by the `rules` option.
 *
 * @throws {TypeError} On an unknown `ruleId` or a value that is not a boolean.
 */
function activeRules(switches: Readonly<Record<string, unknown>>): readonly BoilerplateRule[] {
  checkRuleSwitches(owner, switches)
  return boilerplateRules.filter((rule) => switches[rule.id] !== false)
}

/** Settings of `storyFindings`. */
interface FindingSettings {
  weights: ScoreWeights
  minScore: number
  /** Whether the structure plugin ran (and named the story’s head). */
  structured: boolean
  /** How blocks are measured (a memo shared with the structure plugin). */
  measure: Measure
}

/** Most words of a byline, a dateline or a timestamp between a headline and its story. */
const headLineWords = 8

/**
 * The story locator’s findings on every paragraph (`undefined`: story, or a
 * rule’s business). Sign-offs are credits, never page furniture; and without
 * the structure plugin nobody has named the headline, dek and byline above
 * the story, so they are kept rather than called page text.
 */
function storyFindings(
  known: readonly BlockInput[],
  facts: readonly StoryFacts[],
  settings: FindingSettings
): Array<Finding | undefined> {
  const blocks = storyBlocks(known, settings.measure)
  const span = locateStory(blocks, settings)
  const verdicts = storyVerdicts(blocks, span)
  const texts = known.map((d) => d.text)
  const head = settings.structured || span.start === -1 ? -1 : findHead(texts, blocks, span.start, headWindow)

  return verdicts.map(function (verdict, index) {
    if (!verdict || facts[index]!.signoff) return undefined
    const inHead =
      head !== -1 && index >= head && index < span.start && (index <= head + 1 || blocks[index]!.features.size < headLineWords)
    return inHead ? undefined : {rule: verdict.id, reason: verdict.reason, score: verdict.score}
  })
}

/**
 * The steps of the fail-safe, after `'all-cues'`, in order: markup
 * landmarks off (`<nav>`, `<footer>`, `<aside>`, `<form>`, `<header>`),
 * then class and id cues off too, then the plain-text locator alone (no
 * markup), then the rules on text alone (no locator), then nothing removed.
 */
export type FailSafeStep = 'all-cues' | 'no-landmarks' | 'no-classes' | 'text-only' | 'rules-only' | 'keep-all'

const failSafeSteps: readonly FailSafeStep[] = ['no-landmarks', 'no-classes', 'text-only', 'rules-only', 'keep-all']
/** Steps that only turn markup cues off: tried when the story is small, not only when it is empty. */
const markupStep: ReadonlySet<FailSafeStep> = new Set(['no-landmarks', 'no-classes', 'text-only'])
const landmarkRules: ReadonlySet<string> = new Set(['html-navigation', 'html-footer', 'html-aside', 'html-form', 'html-header'])
const classRules: ReadonlySet<string> = new Set(['html-furniture'])
/** Least share of the page’s prose that a story keeps before the fail-safe reads it again. */
const failSafeShare = 0.1

/**
 * Words of the prose lines (sentences of twelve words or more) among the
 * candidates: all of them when `found` is `undefined`, else those no
 * finding took.
 */
function proseWords(
  lines: readonly Line[],
  candidates: ReadonlyArray<Candidate | undefined>,
  facts: readonly StoryFacts[],
  found: ReadonlyArray<Finding | undefined> | undefined
): number {
  let words = 0
  for (const [index, candidate] of candidates.entries()) {
    // A sign-off is no prose of the story, however long (contact lines read as one wrapped paragraph).
    if (candidate && facts[index]!.story && !facts[index]!.signoff && !found?.[index]) words += lines[index]!.words
  }

  return words
}

/**
 * Evidence, not verdicts: a cue of the markup alone (a landmark, a class or
 * id word, link density) never removes the subtree that holds the page’s
 * densest prose. A subtree is a run of blocks that one markup rule took
 * under the same landmarks; when the one with the most prose words holds
 * more than any run of prose that is kept, and half the page’s prose or
 * more, its findings are dropped (in
 * place) and the story locator judges its blocks like any other.
 */
function spareDensestProse(
  found: Array<Finding | undefined>,
  byText: ReadonlyArray<Finding | undefined>,
  evidence: ReadonlyArray<BlockEvidence | undefined>,
  lines: readonly Line[],
  facts: readonly StoryFacts[]
): void {
  let best = {start: -1, end: -1, words: 0}
  let run = {start: -1, end: -1, words: 0, key: ''}
  let kept = 0
  let bestKept = 0
  let total = 0
  for (let index = 0; index <= found.length; index++) {
    const finding = found[index]
    const block = evidence[index]
    const taken = index < found.length && finding !== undefined && !byText[index] && block !== undefined && finding.rule !== 'html-caption'
    const key = taken ? `${finding.rule} ${block.within.join(' ')}` : ''
    if (run.start !== -1 && key !== run.key) {
      if (run.words > best.words) best = {start: run.start, end: run.end, words: run.words}
      run = {start: -1, end: -1, words: 0, key: ''}
    }

    if (index === found.length) break
    const words = facts[index]!.story ? lines[index]!.words : 0
    total += words
    if (taken) {
      if (run.start === -1) run = {start: index, end: index, words: 0, key}
      run.end = index
      run.words += words
      kept = 0
    } else if (!finding) {
      kept += words
      bestKept = Math.max(bestKept, kept)
    }
  }

  if (best.start === -1 || best.words <= bestKept || best.words < spareShare * total) return
  for (let index = best.start; index <= best.end; index++) found[index] = undefined
}

/** Least share of the page’s prose a subtree holds for `spareDensestProse` to spare it. */
const spareShare = 0.5

/** A finding of a markup rule, if any. */
function fromMarkup(rule: MarkupRule | undefined): Finding | undefined {
  return rule ? {rule: rule.id, reason: rule.reason} : undefined
}

/** The first user pattern that matches `text`, if any. */
function customMatch(patterns: readonly CompiledPattern[], text: string): {rule: string; reason: string} | undefined {
  if (patterns.length === 0) return undefined
  const head = text.slice(0, patternWindow)
  const lower = head.toLowerCase()
  for (const pattern of patterns) {
    if (pattern.test(head, lower)) return {rule: pattern.id, reason: pattern.reason}
  }

  return undefined
}
