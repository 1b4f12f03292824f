/**
 * The fixture folders (`test/fixtures/<case>/`, see `fixture-cases.ts`):
 * each input gives the digest saved beside it. After a change that is meant
 * to change digests, `npm run golden -- fixtures` saves them again; the diff
 * shows what changed.
 */
import {describe, expect, it} from 'vitest'
import {digestOfCase, expectedOfCase, fixtureCases} from './fixture-cases.js'

const cases = fixtureCases()

describe('fixture folders', () => {
  it('has the cases, each with its expected digest', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
    for (const fixture of cases) expect(expectedOfCase(fixture), `${fixture.name}: run \`npm run golden -- fixtures\``).toBeDefined()
  })

  for (const fixture of cases) {
    it(`${fixture.name} (${fixture.kind}) gives its saved digest`, () => {
      const actual = digestOfCase(fixture) as {body: string; blocks: unknown[]}
      // A saved digest of nothing would pass on nothing: each case has blocks,
      // and a body wherever the input holds prose.
      expect(actual.blocks.length).toBeGreaterThan(0)
      if (fixture.name !== 'only-boilerplate') expect(actual.body.length).toBeGreaterThan(100)
      expect(actual, `${fixture.name}: if the change is meant, run \`npm run golden -- fixtures\` and review the diff`).toEqual(
        expectedOfCase(fixture)
      )
    })
  }
})
