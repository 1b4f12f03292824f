import {describe, expect, it} from 'vitest'
import {checkOptions} from '../src/options.js'
import {digest} from '../src/index.js'

const schema = {count: 'integer', ratio: 'number', mode: ['a', 'b'], on: 'boolean', list: 'array', name: 'string'} as const

describe('checkOptions', () => {
  it('returns a frozen empty object for no options', () => {
    const result = checkOptions('owner', undefined, schema)
    expect({...result}).toEqual({})
    expect(Object.isFrozen(result)).toBe(true)
    expect({...checkOptions('owner', null, schema)}).toEqual({})
  })

  it('accepts fitting values and nullish ones', () => {
    const options = {count: 3, ratio: 0.5, mode: 'b', on: false, list: [], name: 'x'}
    const copy = checkOptions('owner', options, schema)
    expect(copy).not.toBe(options)
    expect({...copy}).toEqual(options)
    expect(Object.getPrototypeOf(copy)).toBeNull()
    expect(Object.isFrozen(copy)).toBe(true)
    expect({...checkOptions('owner', {count: null, ratio: undefined}, schema)}).toEqual({})
  })

  it('names the option and what was expected', () => {
    expect(() => checkOptions('owner', {count: 1.5}, schema)).toThrow('owner: unexpected `1.5` for option `count`, expected a non-negative integer')
    expect(() => checkOptions('owner', {ratio: Number.NaN}, schema)).toThrow(/option `ratio`, expected a finite number/)
    expect(() => checkOptions('owner', {mode: 'c'}, schema)).toThrow(/expected `"a"` or `"b"`/)
    expect(() => checkOptions('owner', {list: {}}, schema)).toThrow(/expected an array/)
    expect(() => checkOptions('owner', {on: 'yes'}, schema)).toThrow(/expected a boolean/)
    expect(() => checkOptions('owner', 'fast' as never, schema)).toThrow(/expected options to be an object, not `"fast"`/)
    expect(() => checkOptions('owner', [] as never, schema)).toThrow(TypeError)
  })

  it('rejects unknown keys, `__proto__` included, without polluting prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as object
    expect(() => checkOptions('owner', hostile, schema)).toThrow(/unknown option `__proto__`/)
    expect(() => digest('Text.', hostile as never)).toThrow(TypeError)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(() => checkOptions('owner', {toString: 1} as never, schema)).toThrow(/unknown option `toString`/)
  })
})
