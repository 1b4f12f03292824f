/**
 * The named cues of the summary: each one on sentences it must and must not take.
 */
import {describe, expect, it} from 'vitest'
import {isQuoteFragment, sentenceCues} from '../src/summary/cues.js'

const cue = (id: string) => sentenceCues.find((d) => d.id === id)!
const inside = {endsParagraph: false}
const last = {endsParagraph: true}

describe('summary cues', () => {
  it('lists the cues, exclusions first', () => {
    expect(sentenceCues.map((d) => [d.id, d.effect])).toEqual([
      ['media-prompt', 'exclude'],
      ['quote-fragment', 'exclude'],
      ['unfinished', 'penalty'],
      ['opens-with-quote', 'penalty'],
      ['question', 'penalty'],
      ['caption', 'penalty']
    ])
    for (const d of sentenceCues) expect(d.reason).toMatch(/^[a-z]/)
  })

  it('media-prompt: prompts to videos and pictures, and credits', () => {
    const {test} = cue('media-prompt')
    for (const text of ['Scroll down for video The mayor spoke on Monday.', 'Watch the video: the bridge opens.', 'Click here to see the pictures.', 'Pictured: the new bridge.', 'Image copyright Jane Roe']) {
      expect(test(text, inside)).toBe(true)
    }

    for (const text of ['The video was watched by thousands of people.', 'Police said pictures of the scene were released.']) expect(test(text, inside)).toBe(false)
  })

  it('quote-fragment: a quote opened or closed in another sentence', () => {
    for (const text of ['“The landing will be rebuilt.', 'It will take a year.”', '"We will be back.', "'We will stay here.", 'He said: ‘We will stay here.']) {
      expect(isQuoteFragment(text)).toBe(true)
    }

    for (const text of [
      '“We will be back,” she said.',
      '"We will be back," she said.',
      "'We will be back,' she said.",
      "The players' union said it didn't agree.",
      'The mayor’s office said it would not comment on the “rumours”.',
      'Nothing quoted here.'
    ]) {
      expect(isQuoteFragment(text)).toBe(false)
    }
  })

  it('unfinished: a paragraph ending without a full stop', () => {
    const {test} = cue('unfinished')
    expect(test('The mayor opens the new bridge in Ashford', last)).toBe(true)
    expect(test('In his budget the minister has:', last)).toBe(true)
    expect(test('The mayor opens the new bridge in Ashford', inside)).toBe(false)
    for (const text of ['The mayor opened it.', 'Did he open it?', '“It is open!”', 'It opened (finally.)']) expect(test(text, last)).toBe(false)
  })

  it('opens-with-quote and question', () => {
    expect(cue('opens-with-quote').test('“We are ready,” he said.', inside)).toBe(true)
    expect(cue('opens-with-quote').test("'We are ready,' he said.", inside)).toBe(true)
    expect(cue('opens-with-quote').test('He said: “We are ready.”', inside)).toBe(false)
    expect(cue('question').test('Why did nobody notice?', inside)).toBe(true)
    expect(cue('question').test('“Who knew?” ', inside)).toBe(true)
    expect(cue('question').test('Nobody asked why.', inside)).toBe(false)
  })

  it('caption: a kicker label, or a caption run into the story', () => {
    const {test} = cue('caption')
    for (const text of [
      'Top spot: Iconic shop opens its second store in the city.',
      'Star-crossed lovers: Jane and John met in October.',
      'The artist paints models into the woodland In many of the pictures the models are hard to see.',
      'The mayor (left) opens the bridge The bridge cost two million pounds to build.'
    ]) {
      expect(test(text, inside)).toBe(true)
    }

    for (const text of [
      'The mayor said: “The bridge is open.”',
      'Speaking at the opening on Monday, the mayor said: The bridge is open.',
      'He read The Times and The Guardian every morning.',
      'The bridge opened in 2024 and it cost two million pounds.'
    ]) {
      expect(test(text, inside)).toBe(false)
    }
  })

  it('costs one pass on long input', () => {
    // Shapes that would make a careless pattern backtrack; no timing asserted.
    const inputs = ['a '.repeat(100_000) + 'In', '“'.repeat(100_000), "'a ".repeat(100_000), 'A' + ' b'.repeat(100_000) + ':']
    for (const text of inputs) for (const d of sentenceCues) expect(typeof d.test(text, last)).toBe('boolean')
  })
})
