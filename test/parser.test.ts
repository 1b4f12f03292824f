import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Point} from 'unist'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {splitParagraphsAtLineBreaks} from '../src/nlcst/lines.js'
import {paragraphsOf} from '../src/nlcst/paragraphs.js'
import {retextArticleEnglish} from '../src/parser/index.js'

const text = '  Headline Without A Stop\r\nThe dek sits here.\n\n  A body line.  Second sentence.\rLast line\n'

describe('retextArticleEnglish', () => {
  it('makes one paragraph per line, positions into the input', () => {
    const tree = unified().use(retextArticleEnglish).parse(text)
    expect(toString(tree)).toBe(text)
    const paragraphs = paragraphsOf(tree)
    expect(paragraphs.map((d) => toString(d))).toEqual([
      'Headline Without A Stop',
      'The dek sits here.',
      'A body line.  Second sentence.',
      'Last line'
    ])
    for (const paragraph of paragraphs) {
      const {start, end} = paragraph.position!
      expect(text.slice(start.offset, end.offset)).toBe(toString(paragraph))
    }

    expect(paragraphs[2]!.position!.start).toEqual({line: 4, column: 3, offset: 49})
    expect(paragraphs[3]!.position!.start).toEqual({line: 5, column: 1, offset: 80})
  })

  it('gives every leaf the positions of its text, sharing one point per offset', () => {
    const tree = unified().use(retextArticleEnglish).parse(text)
    const lines = text.split(/\r\n|\r|\n/)
    let previous: Point | undefined
    visit(tree, function (node) {
      const {start, end} = node.position!
      for (const point of [start, end]) {
        // Line and column agree with the offset.
        const before = text.slice(0, point.offset).split(/\r\n|\r|\n/)
        expect([point.line, point.column]).toEqual([before.length, before.at(-1)!.length + 1])
        expect(point.line).toBeLessThanOrEqual(lines.length)
      }

      if ('value' in node && node.type !== 'WhiteSpaceNode' && node.type !== 'TextNode') {
        expect(text.slice(start.offset, end.offset)).toBe(node.value)
      }

      if (node.type === 'WordNode' && node.children.length === 1) expect(node.children[0]!.position).toBe(node.position)
      if (previous && node.type !== 'RootNode' && previous.offset === start.offset && node.type === 'PunctuationNode') {
        expect(start).toBe(previous)
      }

      if ('value' in node) previous = end
    })
  })

  it('parses a very long line in chunks, keeping text and positions', () => {
    const long = 'Word soup, endless. '.repeat(2000) + 'x'.repeat(20_000) + '\nNext line.'
    const tree = unified().use(retextArticleEnglish).parse(long)
    expect(toString(tree)).toBe(long)
    const [first, second] = paragraphsOf(tree)
    expect(first!.position!.end.offset).toBe(60_000)
    expect(second!.position!.start).toEqual({line: 2, column: 1, offset: 60_001})
    for (const child of first!.children) {
      expect(long.slice(child.position!.start.offset, child.position!.end.offset)).toBe(toString(child))
    }
  })

  it('fails on input over `maxLength`', () => {
    const processor = unified().use(retextArticleEnglish, {maxLength: 5})
    expect(() => processor.parse('123456')).toThrow(/Unexpected input of 6 characters, expected at most 5/)
    expect(processor.parse('12345').children).toHaveLength(1)
    expect(() => unified().use(retextArticleEnglish, {maxLength: -1}).parse('')).toThrow(TypeError)
  })

  it('parses empty and white-space-only input', () => {
    expect(unified().use(retextArticleEnglish).parse('').children).toEqual([])
    const tree = unified().use(retextArticleEnglish).parse(' \n ')
    expect(tree.children.map((d) => d.type)).toEqual(['WhiteSpaceNode'])
  })
})

describe('splitParagraphsAtLineBreaks', () => {
  it('splits retext-english paragraphs at every line break, idempotently', () => {
    const tree = unified().use(retextEnglish).parse(text)
    splitParagraphsAtLineBreaks(tree)
    const once = paragraphsOf(tree).map((d) => toString(d))
    splitParagraphsAtLineBreaks(tree)
    expect(paragraphsOf(tree).map((d) => toString(d))).toEqual(once)
    expect(once).toEqual(['Headline Without A Stop', 'The dek sits here.', 'A body line.  Second sentence.', 'Last line'])
    expect(toString(tree)).toBe(text)
    for (const paragraph of paragraphsOf(tree)) {
      const {start, end} = paragraph.position!
      expect(text.slice(start.offset, end.offset)).toBe(toString(paragraph))
    }
  })
})
