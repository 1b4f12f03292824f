/**
 * The story locator: block features, scores, the story span, and what the
 * boilerplate plugin removes for lying outside it (each removal named, with
 * its score).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {retextArticleBoilerplate} from '../src/boilerplate/index.js'
import type {BoilerplateOptions} from '../src/boilerplate/index.js'
import {blockFeatures} from '../src/page/story/features.js'
import {functionWords} from '../src/page/story/function-words.js'
import {storyBlocks} from '../src/page/story/blocks.js'
import {findHead, looksLikeTitle} from '../src/page/story/head.js'
import {locateStory} from '../src/page/story/locate.js'
import {readPage} from '../src/page/story/page.js'
import {defaultWeights, scaleWeights, scoreBlock} from '../src/page/story/score.js'
import {storyRuleIds} from '../src/page/story/verdicts.js'
import {run} from './helpers.js'

// An invented page: menus, a headline, a story broken by an ad and a
// caption, a list, teasers after it, and a comment thread.
const story = [
  'The harbour board voted on Tuesday to close the old ferry landing after divers found deep cracks in its piles, ending a century of crossings from the town quay.',
  'The board said a temporary bus service would run around the bay until a new landing opens, which engineers expect to take at least two years and cost about 30 million crowns.',
  'Ferry workers, who learned of the decision from a notice pinned to the ticket office, said they had warned the board about the piles for a decade.',
  '“We sent letters every winter,” said Aino Vik, who has piloted the morning crossing since 2009. “Nobody came to look until the divers did.”',
  'The board will hold a public meeting on the plans next month.'
]
const page = [
  'Home | News | Local',
  'Sports',
  'Weather',
  'Ferry Landing Closes After Divers Find Cracks',
  'By Lena Park',
  'Updated Jan. 5, 2026 9:30 am ET',
  story[0]!,
  'Advertisement',
  story[1]!,
  'The old landing at dawn. Photo: Tom Reed/Harbor Press',
  story[2]!,
  'What the board decided:',
  'Close the landing from Monday',
  'Run buses every 20 minutes',
  story[3]!,
  story[4]!,
  'Share this article',
  'More from Harbor Press',
  'Storm warning for the coast',
  'Mayor opens new library',
  '2 Comments',
  'SeaDog says:',
  'About time the board listened to the ferry crews, who have said this for years and were ignored every single winter.',
  '© 2026 Harbor Press'
]

function removed(lines: readonly string[], options?: BoilerplateOptions) {
  const {file} = run(lines.join('\n'), [[retextArticleBoilerplate, options]])
  return file.data.boilerplate!.map((d) => [d.rule, d.text])
}

describe('blockFeatures', () => {
  it('counts words and function words as the pattern it stands for would, on any text', () => {
    // The reference: letters and digits with one inner apostrophe; a run of
    // Chinese or Japanese counts a word per two characters.
    const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)?/gu
    const wide = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g
    const pieces = ['a', 'Z', 'é', 'É', '1', "'", '’', ' ', '\t', '.', 'ß', '中文', 'カ', '\u{1F600}', '\uD800', '²', 'the', 'Der', 'THE', 'und', 'The', 'o', 'às', 'which', 'whichever', 'İ']
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3})), {maxLength: 30}).map((d) => d.join(''))
    fc.assert(
      fc.property(text, (value) => {
        let size = 0
        let words = 0
        let functional = 0
        for (const [word] of value.matchAll(wordPattern)) {
          const count = word.match(wide)?.length ?? 0
          size += count > 0 ? Math.ceil(count / 2) : 1
          if (count > 0) continue
          words++
          if (functionWords.has(word.toLowerCase())) functional++
        }

        const features = blockFeatures(value)
        expect(features.size).toBe(size)
        expect(features.functionShare).toBe(words > 0 ? functional / words : 0)
      }),
      {numRuns: 2000}
    )
  })

  it('measures length, sentence ends, capitals, function words and shape', () => {
    const prose = blockFeatures(story[0]!)
    expect(prose).toMatchObject({terminal: true, colon: false, truncated: false, tabular: false, address: false})
    expect(prose.size).toBe(29)
    expect(prose.capitals).toBeLessThan(0.2)
    expect(prose.functionShare).toBeGreaterThan(0.3)

    const menu = blockFeatures('Latest News & Rumors')
    expect(menu).toMatchObject({size: 3, terminal: false, capitals: 1, functionShare: 0})
    expect(blockFeatures('June 9 -- Arena, Tampa, FL')).toMatchObject({shape: '0--', numbers: 0.2})
    expect(blockFeatures('3) Pack a torch').ordinal).toBe(3)
    expect(blockFeatures('1a etapa: 10 de março').ordinal).toBe(1)
    expect(blockFeatures('2019 was a good year').ordinal).toBeUndefined()
    expect(blockFeatures('Pos\tDriver\tPoints').tabular).toBe(true)
    expect(blockFeatures('www.harbor-press.example').address).toBe(true)
    expect(blockFeatures('Windows 10 is now available via the update...').truncated).toBe(true)
    expect(blockFeatures('The case for more:').colon).toBe(true)
  })

  it('counts Chinese and Japanese text by characters', () => {
    // No spaces: about two characters a word.
    expect(blockFeatures('商標権侵害と判断される場合があります。')).toMatchObject({size: 9, terminal: true})
  })
})

describe('scoreBlock', () => {
  const score = (text: string, listed = false) => scoreBlock(blockFeatures(text), listed)

  it('names each kind of block and weighs it in words', () => {
    expect(score(story[0]!)).toEqual({kind: 'prose', score: 29})
    expect(score('He declined to comment.')).toEqual({kind: 'short-sentence', score: 2})
    expect(score('Latest News & Rumors')).toEqual({kind: 'link-like', score: -defaultWeights.link})
    expect(score('Drink during your workout')).toEqual({kind: 'short-line', score: -defaultWeights.short})
    expect(score('Close the landing from Monday', true)).toEqual({kind: 'list-item', score: 2.5})
    expect(score('Pos\tDriver\tPoints')).toEqual({kind: 'table-row', score: 1})
    expect(score('Ana Lima (Brazil) beat Eva Roe (Chile) 6-4 6-2')).toEqual({kind: 'data-line', score: 0})
    expect(score('www.harbor-press.example').kind).toBe('address')
  })

  it('takes teasers cut short and tag lists for what they are', () => {
    expect(score('Microsoft removes the safeguard hold for users with older Bluetooth...').kind).not.toBe('prose')
    const tags =
      'ferry, harbour, board, landing, cracks, divers, buses, bay, quay, crossing, town, piles, winter, crews, notice, office, engineers, ticket, letters, meeting'
    expect(score(tags)).toEqual({kind: 'long-text', score: -defaultWeights.short})
  })

  it('scales its costs with strictness', () => {
    expect(scaleWeights(1)).toBe(defaultWeights)
    expect(scaleWeights(2)).toEqual({furniture: 40, inline: 16, link: 24, short: 4, section: 80})
  })
})

describe('locateStory', () => {
  it('finds the densest run of prose, across an ad slot and a caption', () => {
    const reading = readPage(page)
    expect([reading.span.start, reading.span.end]).toEqual([6, 15])
    expect(reading.span.kinds[11]).toBe('short-line')
    expect(reading.span.kinds[12]).toBe('list-item')
    expect(reading.span.kinds[21]).toBe('comment')
  })

  it('locates nothing in a text with too little prose', () => {
    const blocks = storyBlocks(['Home', 'Short note.'].map((text) => ({text})))
    expect(locateStory(blocks)).toMatchObject({start: -1, end: -1})
    expect(locateStory(storyBlocks([]))).toMatchObject({start: -1, end: -1, kinds: [], scores: []})
  })

  it('weighs a hard-wrapped paragraph as one', () => {
    const wrapped = [
      'Australia will defend the Ashes in',
      'a six-test series against England during a four-month tour',
      'starting on May 13 next year, the Test and County Cricket Board',
      'said on Friday.'
    ]
    const blocks = storyBlocks(wrapped.map((text) => ({text})))
    expect(blocks.map((d) => d.share)).toEqual([0.25, 0.25, 0.25, 0.25])
    const span = locateStory(blocks)
    expect(span.kinds).toEqual(['prose', 'prose', 'prose', 'prose'])
    expect([span.start, span.end]).toEqual([0, 3])
  })

  it('takes runs of one shape and numbered lines for lists', () => {
    const lines = ['June 9 -- Arena, Tampa, FL', 'June 10 -- Hall, Miami, FL', 'June 14 -- Park (North), Atlanta, GA']
    const span = locateStory(storyBlocks(lines.map((text) => ({text}))), {minScore: 0})
    expect(span.kinds).toEqual(['list-item', 'list-item', 'list-item'])
    const numbered = ['1) Pack a torch', 'And spare batteries too', '2) Fill the tank']
    expect(locateStory(storyBlocks(numbered.map((text) => ({text}))), {minScore: 0}).kinds).toEqual([
      'list-item',
      'short-line',
      'list-item'
    ])
  })

  it('says a repeated paragraph is not story', () => {
    const caption = 'Fans wait for the team bus outside the stadium before the final on Sunday evening.'
    const blocks = storyBlocks([...story, caption, caption].map((text) => ({text})))
    expect(blocks.map((d) => d.repeated)).toEqual([false, false, false, false, false, false, true])
    expect(locateStory(blocks).kinds[6]).toBe('repeated')
  })
})

describe('findHead', () => {
  it('picks the headline before the story, not the site’s or the author’s name', () => {
    const lines = [
      'Ferry Landing Closes After Divers Find Cracks',
      'The board says buses will run around the bay for two years.',
      'By',
      'Lena Park',
      'The Harbor Press',
      'Nov. 19, 2019 8:03 am ET',
      ...story
    ]
    const reading = readPage(lines)
    expect(findHead(reading.texts, reading.blocks, reading.span.start, 8)).toBe(0)
    expect(findHead(reading.texts, reading.blocks, reading.span.start, 2)).toBe(4)
  })

  it('knows headlines, wire headlines in capitals, and not bylines or sentences', () => {
    expect(looksLikeTitle('Ferry Landing Closes After Divers Find Cracks')).toBe(true)
    expect(looksLikeTitle('SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.')).toBe(true)
    expect(looksLikeTitle('The board voted on Tuesday.')).toBe(false)
    expect(looksLikeTitle('Posted by Lena Park on November 19')).toBe(false)
  })
})

describe('retextArticleBoilerplate on a page', () => {
  it('removes what lies outside the story, naming why', () => {
    const {file} = run(page.join('\n'), [retextArticleBoilerplate])
    expect(file.data.boilerplate!.map((d) => [d.rule, d.text])).toEqual([
      ['navigation', 'Home | News | Local'],
      ['page-link', 'Sports'],
      ['page-link', 'Weather'],
      ['timestamp', 'Updated Jan. 5, 2026 9:30 am ET'],
      ['advertisement', 'Advertisement'],
      ['caption', 'The old landing at dawn. Photo: Tom Reed/Harbor Press'],
      ['share-bar', 'Share this article'],
      ['related-links', 'More from Harbor Press'],
      ['page-line', 'Storm warning for the coast'],
      ['page-line', 'Mayor opens new library'],
      ['comment-prompt', '2 Comments'],
      ['comment-section', 'SeaDog says:'],
      ['comment-section', 'About time the board listened to the ferry crews, who have said this for years and were ignored every single winter.'],
      ['copyright', '© 2026 Harbor Press']
    ])
    // The head of the story stays when no structure plugin named it.
    const kept = file.data.boilerplate!.map((d) => d.text)
    expect(kept).not.toContain('Ferry Landing Closes After Divers Find Cracks')
    expect(kept).not.toContain('By Lena Park')
    // Rules’ entries have no score; the locator’s carry theirs.
    const entries = file.data.boilerplate!
    expect(entries.find((d) => d.rule === 'navigation')!.score).toBeUndefined()
    expect(entries.find((d) => d.rule === 'page-link')!.score).toBe(-defaultWeights.link)
    const message = file.messages.find((d) => d.ruleId === 'comment-section')!
    expect(message.reason).toBe('Unexpected comment, expected the story to end where comments start')
    expect(message.source).toBe('retext-article')
  })

  it('ends a German blog post where its comment thread and its furniture start', () => {
    // An invented blog page: the post, the platform's share and like
    // buttons, related posts, then a thread of comments long enough to
    // outweigh them, and the reply form.
    const post = [
      'Am Samstag haben wir mit der ganzen Klasse den alten Hafen besucht und uns angesehen, wie die Fähren früher beladen wurden.',
      'Der Hafenmeister erzählte uns, dass an guten Tagen mehr als zweihundert Wagen über die Rampe rollten, bevor die Brücke gebaut wurde.',
      'Zum Schluss durften wir selbst die schwere Glocke am Anleger läuten, was vor allem den Jüngeren großen Spaß gemacht hat.'
    ]
    const lines = [
      ...post,
      'Teilen mit:',
      'Gefällt mir:',
      'Ähnliche Beiträge',
      '3 Kommentare zu „Ein Tag am alten Hafen“',
      'Möwe sagt:',
      'Was für ein schöner Ausflug, wir waren letztes Jahr auch dort und die Kinder reden heute noch von der Glocke am Anleger.',
      'Fährfrau sagt:',
      'Vielen Dank für den Bericht, ich habe als Kind selbst noch die Wagen auf der Rampe gesehen und erinnere mich gut daran.',
      'Kommentar verfassen Antwort abbrechen',
      'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.'
    ]
    const entries = removed(lines)
    const taken = new Set(entries.map((d) => d[1]))
    for (const line of post) expect(taken.has(line)).toBe(false)
    for (const line of lines.slice(post.length)) expect(taken.has(line)).toBe(true)
    expect(entries.slice(0, 4).map((d) => d[0])).toEqual(['share-bar', 'share-bar', 'related-links', 'comment-prompt'])
    expect(entries.filter((d) => d[0] === 'comment-section').length).toBeGreaterThanOrEqual(2)
  })

  it('ends the story where a thread of commenters starts, with no heading', () => {
    // Two commenter lines (“Name says:”) make a thread; their comments read
    // like prose and would otherwise join the story.
    const lines = [
      'Home | News | Local',
      'Sports',
      ...story,
      'Kestrel says:',
      'January 5, 2026 at 10:12 am',
      'The landing was already in a poor state when I worked on the morning crossing, and the board knew it for years before the divers went down.',
      'Harbourmaster Jo says:',
      'January 5, 2026 at 11:40 am',
      'A bus around the bay will take three times as long as the ferry did, and nobody at the meeting could say who would pay for the extra drivers.',
      '© 2026 Harbor Press'
    ]
    const entries = removed(lines)
    const taken = new Set(entries.map((d) => d[1]))
    for (const line of story) expect(taken.has(line)).toBe(false)
    expect(entries.filter((d) => d[0] === 'comment-section').map((d) => d[1])).toEqual([
      'Kestrel says:',
      lines[story.length + 4],
      'Harbourmaster Jo says:',
      lines[story.length + 7]
    ])
    // The times under the names are the timestamp rule's.
    expect(taken.has('January 5, 2026 at 10:12 am')).toBe(true)
  })

  it('removes the headline too after all when the structure plugin ran', () => {
    // The structure plugin names the head: then nothing is kept for being
    // near the story that is not its headline, dek or byline.
    const lines = ['Home | News | Local', 'Ferry Landing Closes After Divers Find Cracks', ...story, '© 2026 Harbor Press']
    const {file} = run(lines.join('\n'), [retextArticleBoilerplate])
    expect(file.data.boilerplate!.map((d) => d.rule)).toEqual(['navigation', 'copyright'])
  })

  it('turns the locator off, or its verdicts one by one', () => {
    expect(removed(page, {locate: false}).map((d) => d[0])).not.toContain('page-link')
    const rules = removed(page, {rules: {'page-link': false, 'comment-section': false}}).map((d) => d[0])
    expect(rules).not.toContain('page-link')
    expect(rules).not.toContain('comment-section')
    expect(rules).toContain('copyright')
  })

  it('is stricter or looser on request', () => {
    // Strict enough, the ad slot splits the story and its first paragraph goes.
    const strict = removed(page, {strictness: 8}).map((d) => d[1])
    expect(strict).toContain(story[0])
    // Without costs, every block between the first and the last prose is story.
    expect(removed(page, {strictness: 0}).length).toBeLessThanOrEqual(removed(page).length)
    expect(() => removed(page, {strictness: -1})).toThrow(/`strictness`/)
  })

  it('locates nothing below `minStoryWords`', () => {
    expect(removed(page, {minStoryWords: 1000}).map((d) => d[0])).not.toContain('page-text')
  })

  it('takes nothing from a text without page furniture', () => {
    const wire = ['SOCCER - HARBOR WIN CUP FINAL.', 'HARBOR CITY 1996-08-30', ...story, 'Scorers:', 'Harbor - Ana Lima (31st)', 'Attendance: 300']
    expect(removed(wire)).toEqual([])
  })

  it('removes links under a related-links heading inside the story', () => {
    const lines = ['Home | News | Local', story[0]!, story[1]!, 'Related Stories', 'Storm warning for the coast', 'Mayor opens new library', story[2]!, story[3]!, '© 2026 Harbor Press']
    expect(removed(lines)).toEqual([
      ['navigation', 'Home | News | Local'],
      ['related-links', 'Related Stories'],
      ['related-list', 'Storm warning for the coast'],
      ['related-list', 'Mayor opens new library'],
      ['copyright', '© 2026 Harbor Press']
    ])
  })

  it('has a verdict id for every way it removes', () => {
    expect(storyRuleIds).toEqual(['page-link', 'page-line', 'page-text', 'comment-section', 'related-list', 'repeated-text'])
  })
})
