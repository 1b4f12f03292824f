/**
 * `digest()`’s `plugins` option: every plugin option reachable from the one
 * call and the CLI, with the plugins’ own names; `digest()`’s own options
 * win where they overlap.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseCliArgs} from '../src/cli/args.js'
import {digestHtml} from '../src/html/index.js'
import {digest} from '../src/index.js'

const article = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8')

describe('digest: plugins', () => {
  const plain = digest(article)

  it('passes each plugin its own options', () => {
    const result = digest(article, {
      plugins: {
        keywords: {stopPhrases: ['harbour']},
        entities: {maxEntities: 1},
        quotes: {minQuoteWords: 50},
        figures: {bareNumbers: true}
      }
    })
    expect(plain.keywords.map((d) => d.word)).toContain('harbour')
    expect(result.keywords.map((d) => d.word)).not.toContain('harbour')
    expect(result.keywords.length).toBe(plain.keywords.length)
    expect(plain.entities.people.length).toBeGreaterThan(1)
    expect(result.entities.people).toEqual(plain.entities.people.slice(0, 1))
    expect(plain.quotes.length).toBeGreaterThan(0)
    expect(result.quotes).toEqual([])
    expect(result.figures.length).toBeGreaterThan(plain.figures.length)
  })

  it('reaches the boilerplate rules and patterns', () => {
    const line = 'The ferry timetable for the summer months is printed in the Tuesday edition of this paper.'
    const text = article.replace('take four years to finish.\n', 'take four years to finish.\n' + line + '\n')
    expect(text).toContain(line)
    expect(digest(text).body).toContain(line)
    const cut = digest(text, {plugins: {boilerplate: {patterns: ['ferry timetable']}}})
    expect(cut.body).not.toContain(line)
    expect(cut.boilerplate.map((d) => d.text)).toContain(line)
    // A rule turned off keeps what it took.
    const taken = plain.boilerplate[0]!
    expect(taken.rule).toBeTruthy()
    const off = digest(article, {plugins: {boilerplate: {rules: {[taken.rule!]: false}}}})
    expect(off.boilerplate.map((d) => d.rule)).not.toContain(taken.rule)
  })

  it('lets digest()’s own options win where they overlap', () => {
    const result = digest(article, {keywords: 2, mode: 'mark', plugins: {keywords: {keywords: 7}, boilerplate: {mode: 'remove'}}})
    expect(result.keywords).toHaveLength(2)
    // Marked, not removed: the body keeps what boilerplate lists.
    expect(result.body).toContain(result.boilerplate[0]!.text)
  })

  it('works from digestHtml', () => {
    const html = '<html><body><article><h1>Pier Reopens</h1><p>The harbour pier reopened on Monday after storm repairs, the council said. The harbour master welcomed it.</p></article></body></html>'
    expect(digestHtml(html).keywords.map((d) => d.word)).toContain('harbour')
    expect(digestHtml(html, {plugins: {keywords: {stopPhrases: ['harbour']}}}).keywords.map((d) => d.word)).not.toContain('harbour')
  })

  it('throws a TypeError that names the option', () => {
    expect(() => digest(article, {plugins: {nope: {}} as never})).toThrow(/option `plugins`\): unknown option `nope`/)
    expect(() => digest(article, {plugins: {boilerplate: {nope: 1} as never}})).toThrow(/unknown option `nope`/)
    const hostile = new Proxy({}, {ownKeys: () => { throw new Error('no') }})
    expect(() => digest(article, {plugins: {keywords: hostile}})).toThrow(TypeError)
    expect(() => digest(article, {plugins: {keywords: hostile}})).toThrow(/`plugins.keywords`/)
    // Inherited keys are not options.
    const inherited = Object.create({keywords: {stopPhrases: ['harbour']}}) as object
    expect(digest(article, {plugins: inherited}).keywords).toEqual(plain.keywords)
  })

  it('is reachable from the CLI as JSON', () => {
    const {options} = parseCliArgs(['--plugins', '{"entities":{"maxEntities":1},"figures":{"bareNumbers":true}}'])
    expect(options.plugins).toEqual({entities: {maxEntities: 1}, figures: {bareNumbers: true}})
    expect(digest(article, options).entities.people).toHaveLength(1)
    expect(() => parseCliArgs(['--plugins', '[1]'])).toThrow(/expected a JSON object of plugin options/)
    expect(() => parseCliArgs(['--plugins', '{'])).toThrow(/expected a JSON object of plugin options/)
    expect(() => parseCliArgs(['--plugins', '{"boilerplate":{"x":1}}'])).toThrow(/unknown option `x`/)
  })
})
