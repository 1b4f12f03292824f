/**
 * The quality gate of `npm run eval -- --check`: absolute floors, and the
 * summary held against LEAD-3 of the same run.
 */
import {describe, expect, it} from 'vitest'
import {checkFloors} from '../scripts/eval/floors.js'

const all = () => true

describe('checkFloors', () => {
  it('checks absolute floors', () => {
    expect(checkFloors({'entities.x.f1': 65}, {'entities.x.f1': 70}, all)).toEqual([])
    expect(checkFloors({'entities.x.f1': 65}, {'entities.x.f1': 60}, all)).toEqual(['entities.x.f1: 60.00 is below its floor 65'])
    expect(checkFloors({'entities.x.f1': 65}, {}, all)).toEqual(['entities.x.f1: not measured (floor 65)'])
  })

  it('checks floors relative to a baseline of the same run', () => {
    const floors = {'summary.x.r1': {of: 'summary.x.lead3.r1', minus: 0.5}}
    expect(checkFloors(floors, {'summary.x.r1': 39.6, 'summary.x.lead3.r1': 40.1}, all)).toEqual([])
    expect(checkFloors(floors, {'summary.x.r1': 39.5, 'summary.x.lead3.r1': 40.1}, all)).toEqual([
      'summary.x.r1: 39.50 is below its floor summary.x.lead3.r1 − 0.5 = 39.60'
    ])
    expect(checkFloors(floors, {'summary.x.r1': 39.5}, all)).toEqual(['summary.x.r1: its floor summary.x.lead3.r1 − 0.5 was not measured'])
    expect(checkFloors({'a.b.c': {of: 'a.b.d'}}, {'a.b.c': 1, 'a.b.d': 1}, all)).toEqual([])
  })

  it('skips floors of sets not run', () => {
    expect(checkFloors({'summary.x.r1': 50}, {}, (key) => !key.startsWith('summary.'))).toEqual([])
  })
})
