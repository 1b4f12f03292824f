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
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf, spanOf} from '../nlcst/paragraphs.js'
import {checkOptions} from '../options.js'
import type {BoilerplateEntry, ParagraphRole} from '../types.js'
import {isSignoffLine, isStoryLine, locateStoryEnd} from './locate-story.js'
import type {StoryFacts} from './locate-story.js'
import {firstMatch, tailMatch} from './match.js'
import {compilePatterns, patternWindow} from './patterns.js'
import type {BoilerplatePattern, CompiledPattern} from './patterns.js'
import {boilerplateRules} from './rules/index.js'
import type {BoilerplateRule} from './rules/index.js'
import type {Line} from './rules/line.js'
import {toLine} from './rules/line.js'

export {matchBoilerplate} from './match.js'
export type {BoilerplateContext, BoilerplateMatch} from './match.js'
export type {BoilerplatePattern, CustomPattern} from './patterns.js'
export {boilerplateRules} from './rules/index.js'
export type {BoilerplateRule} from './rules/index.js'
export type {Line as BoilerplateLine} from './rules/line.js'

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
}

export type {Options as BoilerplateOptions}

const owner = 'retextArticleBoilerplate'

// Structure, not boilerplate: the structure plugin already placed them.
const structural: ReadonlySet<ParagraphRole | undefined> = new Set(['headline', 'dek', 'byline'])

/** A paragraph under judgement. */
interface Candidate {
  paragraph: Paragraph
  text: string
  line: Line
  found: {rule: string; reason: string} | undefined
}

/**
 * Find, report and remove (or mark) boilerplate paragraphs.
 *
 * @throws {TypeError} When an option is wrong, such as an unknown `ruleId`.
 */
export function retextArticleBoilerplate(options?: Readonly<Options> | null) {
  const settings = checkOptions(owner, options, {mode: ['remove', 'mark'], rules: 'object', patterns: 'array'})
  const mark = settings.mode === 'mark'
  const rules = activeRules(settings.rules ?? {})
  const patterns = compilePatterns(owner, settings.patterns ?? [])

  return function (tree: Root, file: VFile): undefined {
    splitParagraphsAtLineBreaks(tree)
    const candidates: Array<Candidate | undefined> = []
    const facts: StoryFacts[] = []

    // One pass over the paragraphs: judge each, and note what the story
    // locator needs.
    for (const paragraph of paragraphsOf(tree)) {
      const data = paragraph.data
      if (structural.has(data?.articleRole) || data?.boilerplate) {
        candidates.push(undefined)
        facts.push({signoff: false, story: false})
        continue
      }

      const text = toString(paragraph)
      const line = toLine(text)
      const rule = firstMatch(rules, line)
      const found = rule ? {rule: rule.id, reason: rule.reason} : customMatch(patterns, text)
      candidates.push({paragraph, text, line, found})
      facts.push({signoff: data?.articleRole === 'signoff' || isSignoffLine(line), story: isStoryLine(line)})
    }

    // The tail: short lines after the sign-off that ends the story. A
    // second sign-off there (“Reporting by …”) is a credit, not furniture.
    const end = locateStoryEnd(facts)
    if (end !== -1) {
      for (let index = end + 1; index < candidates.length; index++) {
        const candidate = candidates[index]
        if (!candidate || candidate.found || facts[index]!.signoff) continue
        const rule = tailMatch(rules, candidate.line)
        if (rule) candidate.found = {rule: rule.id, reason: rule.reason}
      }
    }

    const entries = (file.data.boilerplate ??= [])
    const removed = new Set<Paragraph>()

    for (const candidate of candidates) {
      if (!candidate?.found) continue
      const {paragraph, text, found} = candidate
      const message = file.message(found.reason, {place: paragraph.position, ruleId: found.rule, source: 'retext-article'})
      message.actual = text
      // Trees from a parser always have positions; one built by hand may not.
      const span = spanOf(paragraph) ?? {start: -1, end: -1}
      const entry: BoilerplateEntry = {text, rule: found.rule, reason: found.reason, start: span.start, end: span.end}
      entries.push(entry)

      if (mark) {
        paragraph.data = {...paragraph.data, boilerplate: {rule: found.rule, reason: found.reason}}
      } else {
        removed.add(paragraph)
      }
    }

    if (removed.size > 0) tree.children = tree.children.filter((child) => !removed.has(child as Paragraph))
  }
}

/**
 * The built-in rules left on by the `rules` option.
 *
 * @throws {TypeError} On an unknown `ruleId` or a value that is not a boolean.
 */
function activeRules(switches: Readonly<Record<string, unknown>>): readonly BoilerplateRule[] {
  const known = new Set(boilerplateRules.map((rule) => rule.id))
  for (const [id, value] of Object.entries(switches)) {
    if (!known.has(id)) {
      throw new TypeError(
        `${owner}: unknown rule \`${id}\` in \`rules\`, expected one of ${[...known].map((d) => '`' + d + '`').join(', ')}`
      )
    }

    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      throw new TypeError(`${owner}: unexpected \`${typeof value}\` for rule \`${id}\`, expected a boolean`)
    }
  }

  return boilerplateRules.filter((rule) => switches[rule.id] !== false)
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
