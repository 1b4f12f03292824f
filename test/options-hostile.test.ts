/**
 * Options are read from own enumerable keys only, once, into a copy: what
 * sits on a prototype, hides as non-enumerable, or throws when read never
 * changes a result or escapes as anything but a `TypeError` naming the option.
 */
import fc from 'fast-check'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {digest} from '../src/index.js'
import {retextArticleEntities} from '../src/entities/index.js'
import {retextArticleKeywords} from '../src/keywords/index.js'
import {retextArticleEnglish} from '../src/parser/retext-article-english.js'
import {checkOptions} from '../src/options.js'

const story = [
  'Harbour board approves night ferry to Saltmere',
  'By Ines Okafor',
  'The Calder Harbour Board voted on Monday to run a night ferry between Calder and Saltmere from May.',
  '“We have waited ten years for this,” said Tomas Reyes, who runs a bakery by the quay.',
  'The ferry will cost 4.2 million pounds a year, the board said, and carry up to 300 passengers.',
  'Saltmere council welcomed the decision and said it would add buses to meet the late boats.'
].join('\n')

const plain = digest(story)

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).maxLength
  delete (Object.prototype as Record<string, unknown>).sectionLength
})

describe('options: own enumerable keys only', () => {
  it('ignores inherited values (they used to empty the body)', () => {
    const inherited = Object.create({sectionLength: 'x', maxLength: 1}) as object
    expect(digest(story, inherited)).toEqual(plain)
    expect(plain.body.length).toBeGreaterThan(100)
  })

  it('ignores non-enumerable values', () => {
    const options = {}
    Object.defineProperty(options, 'maxLength', {value: 'nope', enumerable: false})
    expect(digest(story, options)).toEqual(plain)
  })

  it('is not poisoned by a polluted Object.prototype, now or later', () => {
    ;(Object.prototype as Record<string, unknown>).maxLength = 1
    ;(Object.prototype as Record<string, unknown>).sectionLength = 10
    expect(digest(story, {keywords: 4})).toEqual(digest(story, {keywords: 4, maxLength: 20_000_000}))
    expect(digest(story)).toEqual(plain)
    delete (Object.prototype as Record<string, unknown>).maxLength
    delete (Object.prototype as Record<string, unknown>).sectionLength
    expect(digest(story)).toEqual(plain)
    expect(digest(story, {keywords: 4}).keywords).toHaveLength(4)
  })

  it('plugins ignore inherited values too (they used to crash)', () => {
    const entities = unified()
      .use(retextArticleEnglish)
      .use(retextArticleEntities, Object.create({maximum: -1}) as never)
    const file = new VFile(story)
    entities.runSync(entities.parse(file), file)
    expect(file.data.entities?.people.map((d) => d.name)).toContain('Tomas Reyes')
    const keywords = unified()
      .use(retextArticleEnglish)
      .use(retextArticleKeywords, Object.create({stopPhrases: 'abc'}) as never)
    const other = new VFile(story)
    keywords.runSync(keywords.parse(other), other)
    expect(other.data.topics?.keywords.length).toBeGreaterThan(0)
  })

  it('names the option the caller passed', () => {
    expect(() => digest(story, {summaryRatio: 0})).toThrow(/option `summaryRatio`, expected a number above 0 and at most 1/)
    expect(() => digest(story, {summaryRatio: 1.5})).toThrow(/`summaryRatio`/)
    expect(() => digest(story, {sectionLength: 0})).toThrow(/option `sectionLength`, expected an integer 1 or more/)
  })

  it('a getter that throws, or a revoked proxy, is a TypeError naming the option', () => {
    const getter = {}
    Object.defineProperty(getter, 'keywords', {
      enumerable: true,
      get() {
        throw new Error('boom')
      }
    })
    expect(() => digest(story, getter)).toThrow(new TypeError('digest: could not read option `keywords` (its getter threw)'))
    const {proxy, revoke} = Proxy.revocable({}, {})
    revoke()
    expect(() => digest(story, proxy)).toThrow(TypeError)
    expect(() => digest(story, proxy)).toThrow(/listing its keys failed/)
  })

  it('a huge keyword count on the section path stays a count (it used to double to Infinity)', () => {
    const long = Array.from({length: 40}, (_, index) => `Paragraph ${index} tells how the ferry board met the council about route ${index}.`).join('\n')
    const result = digest(long, {keywords: Number.MAX_SAFE_INTEGER, sectionLength: 800})
    expect(result.keywords.length).toBeGreaterThan(3)
  })
})

describe('options: hostile objects (property)', () => {
  const known = ['keywords', 'keyphrases', 'summarySentences', 'maxLength', 'boilerplate'] as const
  const value = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.integer({min: -3, max: 12}),
    fc.double(),
    fc.string({maxLength: 4}),
    fc.constantFrom('remove', 'mark'),
    fc.boolean(),
    fc.constant([]),
    fc.constant({})
  )
  const shape = fc.record({
    own: fc.dictionary(fc.constantFrom(...known), value, {maxKeys: 3}),
    inherited: fc.dictionary(fc.constantFrom(...known, 'sectionLength'), value, {maxKeys: 3}),
    hidden: fc.dictionary(fc.constantFrom(...known), value, {maxKeys: 2}),
    throwing: fc.option(fc.constantFrom(...known), {nil: undefined}),
    symbol: fc.boolean(),
    frozen: fc.boolean(),
    proxy: fc.boolean()
  })

  it('either works as with those own values or throws a TypeError that names an option', () => {
    fc.assert(
      fc.property(shape, (input) => {
        let options = Object.create(input.inherited) as Record<string | symbol, unknown>
        Object.assign(options, input.own)
        for (const [key, hidden] of Object.entries(input.hidden)) {
          if (!Object.hasOwn(input.own, key)) Object.defineProperty(options, key, {value: hidden, enumerable: false})
        }

        if (input.throwing && !Object.hasOwn(options, input.throwing)) {
          Object.defineProperty(options, input.throwing, {
            enumerable: true,
            get() {
              throw new Error('getter')
            }
          })
        }

        if (input.symbol) options[Symbol('x')] = 'ignored'
        if (input.frozen) Object.freeze(options)
        if (input.proxy) options = new Proxy(options, {})
        // The reference: the same own enumerable values on a plain object.
        const throws = input.throwing !== undefined && !Object.hasOwn(input.own, input.throwing) && !Object.hasOwn(input.hidden, input.throwing)
        const reference: Record<string, unknown> = {...input.own}
        let expected: unknown
        let expectedError: unknown
        try {
          checkOptions('digest', reference, {
            keywords: 'integer',
            keyphrases: 'integer',
            summarySentences: 'integer',
            maxLength: 'integer',
            boilerplate: ['remove', 'mark']
          })
          expected = throws ? undefined : digest(story, reference)
        } catch (error) {
          expectedError = error
        }

        let actual: unknown
        let actualError: unknown
        try {
          actual = digest(story, options)
        } catch (error) {
          actualError = error
        }

        if (throws) {
          // A getter that throws is a TypeError naming the option.
          expect(actualError).toBeInstanceOf(TypeError)
          // Either it, or an own wrong value read before it, is named.
          const named = expectedError === undefined ? input.throwing! : '[a-zA-Z]+'
          expect(String((actualError as Error).message)).toMatch(new RegExp('option `' + named + '`'))
        } else if (expectedError === undefined) {
          expect(actualError).toBeUndefined()
          expect(actual).toEqual(expected)
        } else {
          // The same own values fail the same way (a wrong type, or an own
          // `maxLength` shorter than the story).
          expect(actualError).toBeInstanceOf(Error)
          expect((actualError as Error).constructor).toBe((expectedError as Error).constructor)
          expect((actualError as Error).message).toBe((expectedError as Error).message)
        }
      }),
      {numRuns: 120, seed: 17}
    )
  })
})

describe('options: plugins without options', () => {
  it('the tagger and the digest compiler refuse any key, and take none, null or {}', async () => {
    const {retextArticleTagger} = await import('../src/tagger/index.js')
    const {retextArticleDigest} = await import('../src/compile-digest.js')
    for (const [name, plugin] of [
      ['retextArticleTagger', retextArticleTagger],
      ['retextArticleDigest', retextArticleDigest]
    ] as const) {
      expect(() => unified().use(plugin as never, {maximum: 3} as never).freeze()).toThrow(
        new TypeError(`${name}: unknown option \`maximum\`, it takes no options`)
      )
      expect(() => unified().use(plugin as never, 'x' as never).freeze()).toThrow(/expected options to be an object/)
      for (const fine of [undefined, null, {}]) expect(() => unified().use(plugin as never, fine as never).freeze()).not.toThrow()
    }
  })
})
