/**
 * What a boilerplate rule is, and a helper to build the common kind: a list
 * of anchored patterns tested on short lines.
 */
import type {Line} from './line.js'
import {matchesAny} from './line.js'

/** A named, documented test for one kind of boilerplate. */
export interface BoilerplateRule {
  /** `ruleId` of the messages, kebab-case (`subscription-promo`). */
  readonly id: string
  /** Reason of the messages (`Unexpected subscription promo, expected story text`). */
  readonly reason: string
  /**
   * Longest line (in UTF-16 code units) the rule looks at: longer lines never
   * match, which keeps every pattern cheap on huge lines.
   */
  readonly maxLength: number
  /**
   * Where the rule applies: `'anywhere'`, or only `'after-signoff'` (lines
   * that follow the sign-off that ends the story).
   */
  readonly where: 'anywhere' | 'after-signoff'
  /** Whether `line` is this kind of boilerplate. Pure. */
  readonly test: (line: Line) => boolean
}

/** Settings of `patternRule`. */
export interface PatternRuleSettings {
  id: string
  reason: string
  maxLength: number
  /** Patterns that fire on any line up to `maxLength`. */
  lines?: readonly RegExp[]
  /**
   * Patterns that fire only on lines that do not read as a sentence: the cue
   * could also open a story sentence (“Have your say …”).
   */
  labels?: readonly RegExp[]
  /** An extra test, for what patterns say badly. */
  test?: (line: Line) => boolean
}

/** Build a rule from anchored patterns. */
export function patternRule(settings: PatternRuleSettings): BoilerplateRule {
  const lines = joinPatterns(settings.lines)
  const labels = joinPatterns(settings.labels)
  const extra = settings.test
  return Object.freeze({
    id: settings.id,
    reason: settings.reason,
    maxLength: settings.maxLength,
    where: 'anywhere',
    test(line: Line) {
      return (
        matchesAny(lines, line.text) ||
        (!line.sentence && matchesAny(labels, line.text)) ||
        (extra !== undefined && extra(line))
      )
    }
  })
}

/**
 * Patterns that match where any of `patterns` does, joined into one
 * alternation per set of flags (a flag changes what a pattern means): one
 * call instead of one a pattern, and the engine tries the alternatives at
 * once. A pattern with a back-reference, which joining would renumber, stays
 * on its own; none has a `g` or `y` flag (`test` would keep state).
 */
export function joinPatterns(patterns: readonly RegExp[] = []): readonly RegExp[] {
  const groups = new Map<string, string[]>()
  const alone: RegExp[] = []
  for (const pattern of patterns) {
    if (backReference.test(pattern.source)) {
      alone.push(pattern)
      continue
    }

    const list = groups.get(pattern.flags) ?? []
    list.push(`(?:${pattern.source})`)
    groups.set(pattern.flags, list)
  }

  return [...[...groups].map(([flags, list]) => new RegExp(list.join('|'), flags)), ...alone]
}

const backReference = /\\(?:[1-9]|k<)/
