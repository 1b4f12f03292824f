/**
 * What the structure and boilerplate plugins both work out about the lines
 * of one tree, worked out once: the story locator’s measures of each line,
 * and the built-in rule that takes it. Both depend on the text only, so a
 * memo keyed by text stays right whatever happens to the tree in between;
 * it lives as long as the tree.
 */
import {firstMatch} from './match.js'
import {boilerplateRules, type BoilerplateRule} from './rules/index.js'
import type {Line} from './rules/line.js'
import type {Measure} from './story/blocks.js'
import {blockFeatures, type BlockFeatures} from './story/features.js'

/** The memo of one tree. */
export interface LineMemo {
  /** `blockFeatures`, remembered. */
  readonly measure: Measure
  /** `firstMatch` of all built-in rules, remembered by the line’s text. */
  readonly match: (line: Line) => BoilerplateRule | undefined
}

const memos = new WeakMap<object, LineMemo>()

/** The memo of `tree`. */
export function lineMemoOf(tree: object): LineMemo {
  let memo = memos.get(tree)
  if (!memo) {
    memo = {measure: remember(blockFeatures), match: rememberMatch()}
    memos.set(tree, memo)
  }

  return memo
}

function remember(compute: (text: string) => BlockFeatures): Measure {
  const known = new Map<string, BlockFeatures>()
  return function (text) {
    let value = known.get(text)
    if (!value) {
      value = compute(text)
      known.set(text, value)
    }

    return value
  }
}

function rememberMatch(): LineMemo['match'] {
  const known = new Map<string, BoilerplateRule | null>()
  return function (line) {
    let rule = known.get(line.text)
    if (rule === undefined) {
      rule = firstMatch(boilerplateRules, line) ?? null
      known.set(line.text, rule)
    }

    return rule ?? undefined
  }
}
