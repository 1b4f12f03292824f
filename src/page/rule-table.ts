/**
 * Every `ruleId` the boilerplate plugin may report, in one table, with its
 * kind: a rule on the text of one line (`'line'`), a rule on the page’s
 * markup (`'markup'`), or a verdict of the story locator, which reads the
 * whole page (`'page'`). The `rules` option of `retextArticleBoilerplate`
 * takes these ids.
 */
import {markupRules} from './markup.js'
import {boilerplateRules} from './rules/index.js'
import {storyRules} from './story/verdicts.js'

/** What a rule reads. */
export type RuleKind = 'line' | 'markup' | 'page'

/** One row of `ruleTable`. */
export interface RuleRow {
  /** `ruleId` of the messages. */
  readonly id: string
  readonly kind: RuleKind
  /** Reason of the messages. */
  readonly reason: string
}

/** Every built-in `ruleId`, rules on lines first, then on markup, then the locator’s verdicts. */
export const ruleTable: readonly RuleRow[] = Object.freeze([
  ...boilerplateRules.map((rule) => Object.freeze({id: rule.id, kind: 'line' as const, reason: rule.reason})),
  ...markupRules.map((rule) => Object.freeze({id: rule.id, kind: 'markup' as const, reason: rule.reason})),
  ...Object.values(storyRules).map((rule) => Object.freeze({id: rule.id, kind: 'page' as const, reason: rule.reason}))
])

/**
 * Check switches of rules (`{navigation: false}`): every key a `ruleId` of
 * `ruleTable`, every value a boolean (or nullish).
 *
 * @throws {TypeError} On an unknown `ruleId` or a value that is not a boolean.
 */
export function checkRuleSwitches(owner: string, switches: Readonly<Record<string, unknown>>): void {
  let known: Set<string> | undefined
  for (const [id, value] of Object.entries(switches)) {
    known ??= new Set(ruleTable.map((rule) => rule.id))
    if (!known.has(id)) {
      throw new TypeError(
        `${owner}: unknown rule \`${id}\` in \`rules\`, expected one of ${[...known].map((d) => '`' + d + '`').join(', ')}`
      )
    }

    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      throw new TypeError(`${owner}: unexpected \`${typeof value}\` for rule \`${id}\`, expected a boolean`)
    }
  }
}
