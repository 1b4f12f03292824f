/**
 * What the structure and boilerplate plugins both work out about the lines
 * of one tree, worked out once: each line as the rules see it, the story
 * locator’s measures of it, and the built-in rule that takes it. All depend
 * on the text only, so a memo keyed by text stays right whatever happens to
 * the tree in between; it lives as long as the tree.
 */
import {firstMatch} from './rules/matching.js'
import {boilerplateRules, type BoilerplateRule} from './rules/index.js'
import {toLine, type Line} from './rules/line.js'
import type {Measure} from './story/blocks.js'
import {blockFeatures} from './story/features.js'

/** The memo of one tree. */
export interface LineMemo {
  /**
   * `toLine`, remembered by the paragraph’s text. Lines from here share their
   * `text` strings, so the lookups below, by that text, are cheap.
   */
  readonly line: (text: string) => Line
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
    memo = newLineMemo()
    memos.set(tree, memo)
  }

  return memo
}

/** An empty memo, for lines that belong to no tree. */
export function newLineMemo(): LineMemo {
  return {
    line: remember(toLine, String),
    measure: remember(blockFeatures, String),
    match: remember((line: Line) => firstMatch(boilerplateRules, line), (line) => line.text)
  }
}

/** `compute`, remembered by the `key` of its input. */
function remember<Input, Value>(compute: (input: Input) => Value, key: (input: Input) => string): (input: Input) => Value {
  const known = new Map<string, Value>()
  return function (input) {
    const name = key(input)
    let value = known.get(name)
    if (value === undefined && !known.has(name)) {
      value = compute(input)
      known.set(name, value)
    }

    return value as Value
  }
}
