/**
 * The table of every boilerplate `ruleId` with its kind.
 */
import {describe, expect, it} from 'vitest'
import {boilerplateRuleTable, boilerplateRules, retextArticleBoilerplate} from '../src/boilerplate/index.js'

describe('boilerplateRuleTable', () => {
  it('lists every ruleId once, with its kind', () => {
    const ids = boilerplateRuleTable.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of boilerplateRules) expect(boilerplateRuleTable).toContainEqual({id: rule.id, kind: 'line', reason: rule.reason})
    const kinds = new Map(boilerplateRuleTable.map((d) => [d.id, d.kind]))
    expect(kinds.get('html-furniture')).toBe('markup')
    expect(kinds.get('html-form')).toBe('markup')
    expect(kinds.get('page-text')).toBe('page')
    expect(kinds.get('comment-section')).toBe('page')
    for (const row of boilerplateRuleTable) expect(row.reason).toMatch(/^Unexpected /)
  })

  it('names exactly the ids the `rules` option takes', () => {
    for (const row of boilerplateRuleTable) {
      expect(() => retextArticleBoilerplate({rules: {[row.id]: false}}), row.id).not.toThrow()
    }

    expect(() => retextArticleBoilerplate({rules: {'no-such-rule': false}})).toThrow(/unknown rule `no-such-rule`/)
  })
})
