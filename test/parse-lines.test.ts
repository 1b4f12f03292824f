import {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {parseLines} from '../src/parser/index.js'

const value = 'Ferry vote today.\nThe board met at noon.\r\nIt voted five to two.'

describe('parseLines', () => {
  it('parses a range with positions into the whole value', () => {
    const start = value.indexOf('The')
    const root = parseLines(new ParseEnglish(), value, {start: {line: 2, column: 1, offset: start}, end: value.indexOf('\r')})
    expect(toString(root)).toBe('The board met at noon.')
    expect(root.position).toEqual({start: {line: 2, column: 1, offset: start}, end: {line: 2, column: 23, offset: start + 22}})
  })

  it('refuses a range outside the value, or a column the line cannot have (it gave negative columns)', () => {
    const parser = new ParseEnglish()
    const bad = [
      {start: {line: 1, column: 1, offset: -3}, end: 4},
      {start: {line: 1, column: 1, offset: value.length + 1}, end: value.length + 5},
      {start: {line: 1, column: 1, offset: 5}, end: 2},
      {start: {line: 1, column: 1, offset: 0}, end: value.length + 10},
      {start: {line: 0, column: 1, offset: 0}, end: 4},
      {start: {line: 2, column: 40, offset: 18}, end: 30},
      {start: {line: 1, column: 1.5, offset: 0}, end: 4},
      {start: {line: 1, column: 1}, end: 4},
      {end: 4}
    ]
    for (const range of bad) {
      expect(() => parseLines(parser, value, range as never), JSON.stringify(range)).toThrow(/parseLines: expected `range` to have/)
    }

    expect(() => parseLines(parser, 5 as never)).toThrow(TypeError)
  })

  it('never gives a column below 1 in a valid range', () => {
    const root = parseLines(new ParseEnglish(), value, {start: {line: 2, column: 1, offset: 18}, end: value.length})
    const columns: number[] = []
    const walk = (node: {position?: {start: {column: number}; end: {column: number}}; children?: unknown[]}) => {
      if (node.position) columns.push(node.position.start.column, node.position.end.column)
      for (const child of node.children ?? []) walk(child as never)
    }

    walk(root as never)
    expect(columns.length).toBeGreaterThan(10)
    expect(Math.min(...columns)).toBeGreaterThanOrEqual(1)
  })
})
