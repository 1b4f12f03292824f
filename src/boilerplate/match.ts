/**
 * Match one line against the built-in rules: the pure core of the plugin,
 * also used by the structure plugin to step over navigation and promos when
 * it looks for the headline.
 */
import {checkOptions} from '../options.js'
import {checkRuleSwitches} from '../page/rule-table.js'
import {boilerplateRules} from '../page/rules/index.js'
import {firstMatch, tailMatch} from '../page/rules/matching.js'
import {toLine} from '../page/rules/line.js'

/** What `matchBoilerplate` may know of the line’s place. */
export interface BoilerplateContext {
  /**
   * Whether the line follows the sign-off that ends the story (default
   * `false`); only then can the `after-signoff` rule match.
   */
  afterSignoff?: boolean | null | undefined
  /**
   * Built-in rules turned off, as in the plugin’s `rules` option
   * (`{navigation: false}`; default: all on).
   */
  rules?: Readonly<Record<string, boolean | null | undefined>> | null | undefined
}

/** The rule that matched a line. */
export interface BoilerplateMatch {
  /** `ruleId` of the rule. */
  rule: string
  /** Why, in words. */
  reason: string
}

/**
 * The first built-in rule that takes `text` (one line or paragraph) for
 * boilerplate, or `undefined`. Pure; costs one scan of `text` plus patterns
 * that only look at short lines.
 */
export function matchBoilerplate(text: string, context?: Readonly<BoilerplateContext> | null): BoilerplateMatch | undefined {
  if (typeof text !== 'string') {
    throw new TypeError(`matchBoilerplate: expected \`text\` to be a string, not \`${text === null ? 'null' : typeof text}\``)
  }

  const settings = checkOptions('matchBoilerplate', context, {afterSignoff: 'boolean', rules: 'object'})
  const off = settings.rules
  if (off) checkRuleSwitches('matchBoilerplate', off)
  const active = off ? boilerplateRules.filter((rule) => off[rule.id] !== false) : boilerplateRules
  const line = toLine(text)
  const rule = firstMatch(active, line) ?? (settings.afterSignoff ? tailMatch(active, line) : undefined)
  return rule ? {rule: rule.id, reason: rule.reason} : undefined
}
