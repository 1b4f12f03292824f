import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Node} from 'unist'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {digest} from '../src/digest.js'
import {flowText} from '../src/nlcst/layout.js'
import {splitParagraphsAtLineBreaks} from '../src/nlcst/lines.js'
import {paragraphsOf} from '../src/nlcst/paragraphs.js'
import {retextArticleEnglish} from '../src/parser/index.js'

// Invented stories and texts.
const wire = [
  'Harbour town votes to build a sea wall',
  '',
  'PORT MERRIN, March 3 (Tidewire) - The council of Port Merrin voted',
  'on Tuesday to build a sea wall along the old harbour, after a winter',
  'of storms that flooded the fish market three times, the mayor said.',
  '',
  'The wall will cost 14 million crowns and take two years to build,',
  'said Mayor Elsa Brandvik, who called the vote a turning point for a',
  'town that has lived with the water for four hundred years.',
  '',
  '"We could not wait for the next storm," said Brandvik. "The market',
  'is the heart of this town and it has been under water too often."',
  '',
  'Write to Tomas Lindqvist at tomas.lindqvist@tidewire.example'
].join('\n')

const unwrapped = [
  'Harbour town votes to build a sea wall',
  '',
  'PORT MERRIN, March 3 (Tidewire) - The council of Port Merrin voted on Tuesday to build a sea wall along the old harbour, after a winter of storms that flooded the fish market three times, the mayor said.',
  '',
  'The wall will cost 14 million crowns and take two years to build, said Mayor Elsa Brandvik, who called the vote a turning point for a town that has lived with the water for four hundred years.',
  '',
  '"We could not wait for the next storm," said Brandvik. "The market is the heart of this town and it has been under water too often."',
  '',
  'Write to Tomas Lindqvist at tomas.lindqvist@tidewire.example'
].join('\n')

function parse(text: string): Root {
  return unified().use(retextArticleEnglish).parse(text)
}

function paragraphTexts(text: string): string[] {
  return paragraphsOf(parse(text)).map((d) => toString(d).replace(/\s+/g, ' '))
}

/** Every node’s position says where its text is in `text`, line and column too. */
function expectTruthfulPositions(tree: Root, text: string): void {
  expect(toString(tree)).toBe(text)
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) lineStarts.push(index + 1)
  }

  let checked = 0
  visit(tree, (node: Node) => {
    const {start, end} = node.position!
    expect(text.slice(start.offset, end.offset)).toBe(toString(node as Root))
    for (const point of [start, end]) {
      let line = 0
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= point.offset!) line++
      expect([point.line, point.column]).toEqual([line + 1, point.offset! - lineStarts[line]! + 1])
    }

    checked++
  })
  expect(checked).toBeGreaterThan(20)
}

describe('hard-wrapped text', () => {
  it('joins the lines of each wrapped block into one paragraph (wire copy)', () => {
    expect(paragraphTexts(wire)).toEqual(paragraphTexts(unwrapped))
    expect(paragraphTexts(wire)).toHaveLength(5)
  })

  it('keeps positions truthful and the tree covering the input, the breaks marked `lineWrap`', () => {
    const tree = parse(wire)
    expectTruthfulPositions(tree, wire)
    const wraps: string[] = []
    visit(tree, 'WhiteSpaceNode', (node) => {
      if (node.data?.lineWrap) wraps.push(node.value)
    })
    expect(wraps).toEqual(['\n', '\n', '\n', '\n', '\n'])
  })

  it('handles CRLF and indented first lines', () => {
    const crlf = wire.replaceAll('\n', '\r\n')
    expect(paragraphTexts(crlf)).toEqual(paragraphTexts(unwrapped))
    expectTruthfulPositions(parse(crlf), crlf)

    // Indented paragraphs, without blank lines between them.
    const indented = wire
      .split('\n\n')
      .map((block) => '    ' + block)
      .join('\n')
    expect(paragraphTexts(indented)).toEqual(paragraphTexts(unwrapped))
    expectTruthfulPositions(parse(indented), indented)
  })

  it('digests wrapped text as its unwrapped text: body, summary, paragraphs, keyphrases, people', () => {
    const options = {summarySentences: 2, keyphrases: 5}
    const a = digest(wire, options)
    const b = digest(unwrapped, options)
    expect(a.body).toBe(b.body)
    expect(a.body).toContain('The council of Port Merrin voted on Tuesday')
    expect(a.summary.map((d) => d.text)).toEqual(b.summary.map((d) => d.text))
    expect(a.summary.length).toBe(2)
    expect(a.stats.paragraphs).toBe(b.stats.paragraphs)
    expect(a.keyphrases.map((d) => d.phrase)).toEqual(b.keyphrases.map((d) => d.phrase))
    expect(a.entities.people.map((d) => d.name)).toEqual(b.entities.people.map((d) => d.name))
    expect(a.entities.people.map((d) => d.name)).toContain('Elsa Brandvik')
  })

  it('gives quotes, figures and dates as they read in the unwrapped text, their offsets into the wrapped input', () => {
    const a = digest(wire)
    const b = digest(unwrapped)
    for (const field of ['quotes', 'figures', 'dates'] as const) {
      expect(a[field].map((d) => d.text), field).toEqual(b[field].map((d) => d.text))
      for (const item of a[field]) {
        expect(item.text, field).not.toMatch(/[\r\n]/)
        // The source says the same, its line breaks read as spaces.
        expect(flowText(wire.slice(item.start, item.end)), field).toContain(item.text)
      }
    }

    expect(a.quotes.map((d) => d.text)).toContain('The market is the heart of this town and it has been under water too often.')
    expect(a.figures.map((d) => d.text)).toEqual(expect.arrayContaining(['three times', '14 million crowns']))
  })

  it('still finds single-line boilerplate (“Write to … at …”) after wrapped paragraphs', () => {
    const result = digest(wire)
    expect(result.boilerplate.map((d) => d.rule)).toContain('contact-line')
    expect(result.body).not.toContain('Write to')
  })

  it('joins an e-mail’s wrapped paragraphs, not its greeting or signature', () => {
    const mail = [
      'Hi Marta,',
      '',
      'Thanks for sending over the draft of the quarterly report. I read it',
      'on the train this morning and I think the section on the new depot',
      'needs another pass before it goes to the board next week.',
      '',
      'Best,',
      'Jonas Feld',
      'Depot Planning'
    ].join('\n')
    expect(paragraphTexts(mail)).toEqual([
      'Hi Marta,',
      'Thanks for sending over the draft of the quarterly report. I read it on the train this morning and I think the section on the new depot needs another pass before it goes to the board next week.',
      'Best,',
      'Jonas Feld',
      'Depot Planning'
    ])
  })

  it('does not join a poem, an address block or a list', () => {
    const poem = [
      'The gulls come in before the rain',
      'and sit along the harbour chain,',
      'they do not ask the tide its name',
      'and every winter is the same.',
      '',
      'The boats go out before the light',
      'and come back heavy late at night.'
    ].join('\n')
    expect(paragraphTexts(poem)).toHaveLength(6)

    const address = ['Tidewire News Agency', '14 Quay Street', 'Port Merrin PM4 2QX', 'Telephone 0100 555 0199'].join('\n')
    expect(paragraphTexts(wire + '\n\n' + address).slice(-4)).toEqual(address.split('\n'))

    const list = [
      'The council listed what the wall must do, in the order of the vote',
      'taken by the members at the end of the long meeting on Tuesday:',
      '- hold back a storm surge of three metres above the highest tide',
      '- leave a gate wide enough for the fishing fleet to pass through',
      '- be finished before the storms of the second winter come along'
    ].join('\n')
    const texts = paragraphTexts(wire + '\n\n' + list)
    expect(texts.slice(-3)).toEqual(list.split('\n').slice(2))
    expect(texts.at(-4)).toBe(list.split('\n').slice(0, 2).join(' '))
  })

  it('keeps wrapped paragraphs whole in a `retext-english` tree that the plugins split at line breaks', () => {
    const text = 'Harbour Town Votes\n' + wire
    const tree = unified().use(retextEnglish).parse(text)
    splitParagraphsAtLineBreaks(tree)
    expect(toString(tree)).toBe(text)
    expect(paragraphsOf(tree).map((d) => toString(d).replace(/\s+/g, ' '))).toEqual([
      'Harbour Town Votes',
      ...paragraphTexts(unwrapped)
    ])
  })

  it('leaves one-paragraph-a-line text as it was', () => {
    const lines = unwrapped.split('\n').filter(Boolean)
    expect(paragraphTexts(lines.join('\n'))).toEqual(lines)
  })
})
