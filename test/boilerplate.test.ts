/**
 * The boilerplate plugin: what it removes or marks, what it reports, and
 * its options.
 */
import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as boilerplate from '../src/boilerplate/index.js'
import {retextArticleBoilerplate} from '../src/boilerplate/index.js'
import type {BoilerplateOptions} from '../src/boilerplate/index.js'
import {bodyParagraphs, paragraphsOf} from '../src/nlcst/paragraphs.js'
import type {BoilerplateEntry, ParagraphRole} from '../src/types.js'
import {run} from './helpers.js'

// An invented article with the furniture of a modern news page around it.
const story = [
  'Harbor City Approves Flood Wall After Record Storm',
  'The council backs a plan that had stalled for a decade.',
  'By Ada Brook',
  'Home › Local › Weather',
  'HARBOR CITY—The city council voted 9-2 on Tuesday to build a flood wall along the old port, a decade after the plan was first proposed and a month after a record storm flooded hundreds of homes.',
  'Advertisement',
  'The wall, which will cost an estimated $180 million, is to be finished by 2029. The council said it would pay for most of it with a bond, and hoped for federal money for the rest.',
  'Read more: Storm leaves thousands without power',
  'Residents who lost homes in the storm said the vote came too late. “We asked for this for ten years,” said one, whose basement filled with water in March. The city’s newsletter and its app had warned of the storm.',
  'Share this article',
  'Write to Ada Brook at ada.brook@harbor-press.example',
  'One Subscription.',
  'Every story, every day,',
  'from the front page to the archive.',
  'Harbor App & Website',
  'E-Paper'
]
const article = story.join('\n')
const storyLines = [story[0]!, story[1]!, story[2]!, story[4]!, story[6]!, story[8]!]

function process(text: string, options?: BoilerplateOptions, parser: 'article' | 'english' = 'article') {
  let file: VFile
  let tree: Root
  if (parser === 'article') {
    ;({file, tree} = run(text, [[retextArticleBoilerplate, options]]))
  } else {
    const processor = unified().use(retextEnglish).use(retextArticleBoilerplate, options)
    file = new VFile(text)
    tree = processor.parse(file)
    processor.runSync(tree, file)
  }

  return {file, tree, texts: paragraphsOf(tree).map((d) => toString(d))}
}

describe('retextArticleBoilerplate', () => {
  it('exposes the public surface', () => {
    expect(Object.keys(boilerplate).sort()).toEqual(['boilerplateRuleTable', 'boilerplateRules', 'defaultStrictness', 'matchBoilerplate', 'retextArticleBoilerplate'])
  })

  it('removes the furniture and keeps the story', () => {
    const {file, texts} = process(article)
    expect(texts).toEqual(storyLines)
    expect(file.data.boilerplate!.map((d) => [d.rule, d.text])).toEqual([
      ['navigation', 'Home › Local › Weather'],
      ['advertisement', 'Advertisement'],
      ['read-more', 'Read more: Storm leaves thousands without power'],
      ['share-bar', 'Share this article'],
      ['contact-line', 'Write to Ada Brook at ada.brook@harbor-press.example'],
      ['subscription-promo', 'One Subscription.'],
      ['after-signoff', 'Every story, every day,'],
      ['after-signoff', 'from the front page to the archive.'],
      ['app-promo', 'Harbor App & Website'],
      ['app-promo', 'E-Paper']
    ])
  })

  it('gives each entry the span of its text in the input', () => {
    const {file} = process(article)
    for (const entry of file.data.boilerplate!) {
      expect(article.slice(entry.start, entry.end)).toBe(entry.text)
      expect(entry.reason).toMatch(/^Unexpected /)
    }
  })

  it('reports each removal as a message', () => {
    const {file} = process(article)
    expect(file.messages).toHaveLength(10)
    const [first] = file.messages
    expect(first).toMatchObject({
      reason: 'Unexpected navigation, expected story text',
      ruleId: 'navigation',
      source: 'retext-article',
      actual: 'Home › Local › Weather',
      fatal: false
    })
    expect(first!.place).toMatchObject({start: {line: 4, column: 1}, end: {line: 4, column: 23}})
    const contact = file.messages.find((d) => d.ruleId === 'contact-line')!
    expect(contact.reason).toBe('Unexpected contact line, expected story text')
    expect(contact.actual).toBe('Write to Ada Brook at ada.brook@harbor-press.example')
  })

  it('leaves white space and the positions of other nodes alone', () => {
    const before = process(article, {mode: 'mark'}).tree
    const {tree} = process(article)
    const kept = before.children.filter((d) => d.type !== 'ParagraphNode' || !d.data?.boilerplate)
    expect(tree.children.map((d) => d.position)).toEqual(kept.map((d) => d.position))
    expect(tree.children.filter((d) => d.type === 'WhiteSpaceNode')).toHaveLength(story.length - 1)
  })

  it('marks instead of removing in `mark` mode', () => {
    const removed = process(article)
    const {file, tree, texts} = process(article, {mode: 'mark'})
    expect(texts).toEqual(story)
    expect(file.data.boilerplate).toEqual(removed.file.data.boilerplate)
    expect(file.messages.map(String)).toEqual(removed.file.messages.map(String))
    const marked = paragraphsOf(tree).filter((d) => d.data?.boilerplate)
    expect(marked.map((d) => d.data!.boilerplate!.rule)).toEqual(file.data.boilerplate!.map((d) => d.rule))
    expect(marked[0]!.data!.boilerplate).toEqual({rule: 'navigation', reason: 'Unexpected navigation, expected story text'})
    expect(bodyParagraphs(tree).map((d) => toString(d))).toEqual(storyLines)
  })

  it('does not judge a marked paragraph twice', () => {
    const {file} = run(article, [
      [retextArticleBoilerplate, {mode: 'mark'}],
      [retextArticleBoilerplate, {mode: 'mark'}]
    ])
    expect(file.data.boilerplate).toHaveLength(10)
  })

  it('works after `retext-english`', () => {
    // retext-english glues a headline to the line under it: the plugin
    // splits paragraphs at line breaks first.
    const {file, texts} = process(article, undefined, 'english')
    expect(texts).toEqual(storyLines)
    expect(file.data.boilerplate).toEqual(process(article).file.data.boilerplate)
  })

  it('adds to an existing `file.data.boilerplate`', () => {
    const earlier: BoilerplateEntry = {text: 'x', rule: 'custom', reason: 'earlier', start: 0, end: 1}
    const seed = () => (_: Root, file: VFile) => {
      file.data.boilerplate = [earlier]
    }

    const {file} = run('Advertisement', [seed, retextArticleBoilerplate])
    expect(file.data.boilerplate!.map((d) => d.rule)).toEqual(['custom', 'advertisement'])
  })

  it('leaves a clean story alone', () => {
    const {file, texts} = process(storyLines.join('\n\n'))
    expect(texts).toEqual(storyLines)
    expect(file.data.boilerplate).toEqual([])
    expect(file.messages).toEqual([])
  })

  it('reports entries of a tree without positions with offsets of -1', () => {
    const tree: Root = {
      type: 'RootNode',
      children: [{type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [{type: 'WordNode', children: [{type: 'TextNode', value: 'Advertisement'}]}]}]}]
    }
    const file = new VFile()
    retextArticleBoilerplate()(tree, file)
    expect(file.data.boilerplate).toEqual([
      {text: 'Advertisement', rule: 'advertisement', reason: 'Unexpected advertisement, expected story text', start: -1, end: -1}
    ])
    expect(tree.children).toEqual([])
  })
})

describe('structure roles', () => {
  // Stands in for the structure plugin: sets roles on chosen lines.
  function withRoles(roles: Record<number, ParagraphRole>) {
    return function () {
      return function (tree: Root) {
        for (const [index, paragraph] of paragraphsOf(tree).entries()) {
          const role = roles[index]
          if (role) paragraph.data = {...paragraph.data, articleRole: role}
        }
      }
    }
  }

  it('skips the headline, dek and byline but judges the sign-off', () => {
    const text = ['Share', 'Advertisement', 'Follow us on Instagram', 'Story text goes here.', 'Write to Ada Brook at ada@harbor-press.example'].join('\n')
    const {file, tree} = run(text, [withRoles({0: 'headline', 1: 'dek', 2: 'byline', 4: 'signoff'}), retextArticleBoilerplate])
    expect(file.data.boilerplate!.map((d) => d.rule)).toEqual(['contact-line'])
    expect(paragraphsOf(tree)).toHaveLength(4)
  })

  it('takes the tail after a sign-off the structure plugin found', () => {
    const body = 'The council voted on Tuesday to build a flood wall along the old port after the storm.'
    const text = [body, body, '— Harbor Press staff', 'Our journalism, your way', 'Everywhere you go'].join('\n')
    const {file, tree} = run(text, [withRoles({2: 'signoff'}), retextArticleBoilerplate])
    expect(file.data.boilerplate!.map((d) => [d.rule, d.text])).toEqual([
      ['after-signoff', 'Our journalism, your way'],
      ['after-signoff', 'Everywhere you go']
    ])
    expect(paragraphsOf(tree).map((d: Paragraph) => toString(d))).toEqual([body, body, '— Harbor Press staff'])
  })
})

describe('options', () => {
  it('turns built-in rules off', () => {
    // The story locator would take the tail as short lines outside the
    // story: its verdicts are rules too, and turn off the same way.
    const {file, texts} = process(article, {
      rules: {'after-signoff': false, 'page-text': false, advertisement: false, 'app-promo': true}
    })
    const rules = file.data.boilerplate!.map((d) => d.rule)
    expect(rules).not.toContain('after-signoff')
    expect(rules).not.toContain('advertisement')
    expect(rules).toContain('app-promo')
    expect(texts).toContain('Advertisement')
    expect(texts).toContain('Every story, every day,')
  })

  it('takes custom patterns', () => {
    const text = ['Storm Coverage Sponsored By Acme Boats', 'The council voted on Tuesday.', 'PROMO CODE FLOOD26', 'Our reporters in the field', 'Harbor Press Live at 9'].join('\n')
    const {file, texts} = process(text, {
      patterns: [/^Storm coverage sponsored by/i, 'promo code', {id: 'house-ad', pattern: /^Harbor Press Live\b/, reason: 'Unexpected house ad, expected story text'}, {pattern: 'field'}]
    })
    expect(texts).toEqual(['The council voted on Tuesday.'])
    expect(file.data.boilerplate!.map((d) => [d.rule, d.reason])).toEqual([
      ['custom', 'Unexpected text matching `/^Storm coverage sponsored by/i`, expected story text'],
      ['custom', 'Unexpected text matching `"promo code"`, expected story text'],
      ['custom', 'Unexpected text matching `"field"`, expected story text'],
      ['house-ad', 'Unexpected house ad, expected story text']
    ])
    expect(file.messages.map((d) => d.ruleId)).toEqual(['custom', 'custom', 'custom', 'house-ad'])
  })

  it('tries custom patterns after the built-in rules', () => {
    const {file} = process('Advertisement', {patterns: ['advert']})
    expect(file.data.boilerplate!.map((d) => d.rule)).toEqual(['advertisement'])
  })

  it('ignores the state of global and sticky patterns', () => {
    const {file} = process('Sponsored by Acme\nSponsored by Acme\nSponsored by Acme', {
      rules: {advertisement: false},
      patterns: [/sponsored/gi, /acme/y]
    })
    expect(file.data.boilerplate).toHaveLength(3)
  })

  it('tests custom patterns on the first 2,000 characters only', () => {
    const long = 'word '.repeat(500) + 'needle'
    expect(process(long, {patterns: ['needle']}).file.data.boilerplate).toEqual([])
    expect(process('needle ' + long, {patterns: ['needle']}).file.data.boilerplate).toHaveLength(1)
  })

  it('accepts no options, null and undefined fields', () => {
    expect(() => retextArticleBoilerplate()).not.toThrow()
    expect(() => retextArticleBoilerplate(null)).not.toThrow()
    expect(() => retextArticleBoilerplate({mode: null, rules: null, patterns: undefined})).not.toThrow()
    expect(() => retextArticleBoilerplate({rules: {advertisement: null}})).not.toThrow()
  })

  it.each<[string, unknown, RegExp]>([
    ['unknown option', {modes: 'mark'}, /unknown option `modes`/],
    ['wrong mode', {mode: 'delete'}, /unexpected `"delete"` for option `mode`/],
    ['rules not an object', {rules: ['navigation']}, /option `rules`, expected an object/],
    ['unknown rule', {rules: {'sign-up': false}}, /unknown rule `sign-up` in `rules`/],
    ['rule not a boolean', {rules: {navigation: 'off'}}, /unexpected `string` for rule `navigation`, expected a boolean/],
    ['patterns not an array', {patterns: /x/}, /option `patterns`, expected an array/],
    ['pattern of a wrong type', {patterns: [42]}, /`patterns\[0\]`, expected a RegExp, a string, or an object/],
    ['null pattern', {patterns: ['x', null]}, /`patterns\[1\]`, expected a RegExp/],
    ['empty string', {patterns: ['']}, /`patterns\[0\]`: expected a non-empty string/],
    ['object without pattern', {patterns: [{id: 'x'}]}, /expected `pattern` to be a RegExp or a string/],
    ['empty id', {patterns: [{id: '', pattern: 'x'}]}, /expected `id` to be a non-empty string/],
    ['reason of a wrong type', {patterns: [{pattern: 'x', reason: 3}]}, /expected `reason` to be a non-empty string/],
    ['unknown field', {patterns: [{pattern: 'x', rule: 'y'}]}, /unknown field `rule`/]
  ])('throws a TypeError on %s', (_, options, message) => {
    expect(() => retextArticleBoilerplate(options as BoilerplateOptions)).toThrow(TypeError)
    expect(() => retextArticleBoilerplate(options as BoilerplateOptions)).toThrow(message)
  })
})
