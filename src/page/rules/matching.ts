/**
 * Which built-in rule a line matches: the first that applies anywhere, or
 * the first positional one after the sign-off.
 */
import type {BoilerplateRule} from './rule.js'
import type {Line} from './line.js'

/** The first rule of `rules` that applies anywhere and matches `line`. */
export function firstMatch(rules: readonly BoilerplateRule[], line: Line): BoilerplateRule | undefined {
  for (const rule of rules) {
    if (rule.where === 'anywhere' && line.text.length <= rule.maxLength && rule.test(line)) return rule
  }

  return undefined
}

/** The first positional rule of `rules` that matches a line after the sign-off. */
export function tailMatch(rules: readonly BoilerplateRule[], line: Line): BoilerplateRule | undefined {
  for (const rule of rules) {
    if (rule.where === 'after-signoff' && line.text.length <= rule.maxLength && rule.test(line)) return rule
  }

  return undefined
}
