/**
 * Named cues that a sentence is not summary material on its own: each one a
 * pattern of news text, tested apart. A summary sentence must stand alone,
 * out of its context, and say something about the story.
 *
 * `excluding` cues rule a sentence out; the others lower its score, since
 * they sometimes fire on a sentence worth having.
 */
import {isSpace} from '../characters.js'

/** What a cue does to a sentence. */
export type CueEffect = 'exclude' | 'penalty'

/** A named test on the text of one sentence. */
export interface SentenceCue {
  /** Identifier, shown in tests and docs. */
  id: string
  /** Why such sentences make bad summary sentences. */
  reason: string
  effect: CueEffect
  test: (text: string, place: Readonly<Place>) => boolean
}

/** Where the sentence sits. */
export interface Place {
  /** Whether it is the last sentence of its paragraph. */
  endsParagraph: boolean
}

// Every pattern is anchored or made of bounded, non-nested repeats: linear.
const mediaPrompt =
  /^(?:scroll\s+down\s+for\s+(?:the\s+)?(?:video|more|pictures)|watch\s+(?:the\s+)?video|click\s+here|video\s*:|photo\s*:|pictured\s*:|image\s*:|(?:photograph|image)\s+(?:copyright|credit))/i
// `Top spot: Iconic UK brand…`: a short kicker and a colon, the way captions are labelled.
const kickerLabel = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}:\s+\p{Lu}/u
// `…in woodland In many of the pictures…`: a new sentence starting with no full stop
// before it, where a caption runs into the story in pasted text.
const runOnSeam = /[\p{Ll}\d)'’]\s+(?:The|A|An|In|He|She|It|They|His|Her|Their|But|This|These|Those|After|When|While)\s+\p{Ll}/u
// What any such seam holds, without Unicode classes: several times quicker to
// rule a sentence out, and most sentences are.
const runOnHint = /\s(?:The|A|An|In|He|She|It|They|His|Her|Their|But|This|These|Those|After|When|While)\s/
const opensWithQuote = /^["“‘'«]/
// A single quote mark opens at a word start and closes at a word end; an
// apostrophe inside a word (`don’t`) is neither.
const singleOpen = /(?:^|[\s([—–-])['‘](?=[\p{L}\p{N}])/gu
const singleClose = /[\p{L}\p{N}.,!?]['’](?=$|[\s,.;:!?)\]—–-])/gu

/** Whether a sentence opens or closes a quote that it does not also close or open. */
export function isQuoteFragment(text: string): boolean {
  // One pass counts the double marks and looks for a single one that may open.
  let straight = 0
  let curly = 0
  let single = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x22) straight++
    else if (code === 0x20_1c || code === 0xab) curly++
    else if (code === 0x20_1d || code === 0xbb) curly--
    else if (code === 0x27 || code === 0x20_18) single = true
  }

  if (straight % 2 === 1 || curly !== 0) return true
  if (!single) return false
  const opened = count(text, singleOpen)
  return opened > 0 && opened !== count(text, singleClose)
}

/**
 * Whether `text` ends, white space and closing marks (`"”’'»)`, and `]` when
 * `bracket`) aside, with one of `marks`: what `/[marks][closers]*$/` tests
 * on the trimmed text, without trying every position.
 */
function endsWithMark(text: string, marks: string, bracket: boolean): boolean {
  let index = text.length - 1
  while (index >= 0 && isSpace(text.charCodeAt(index))) index--
  while (index >= 0 && isCloser(text.charCodeAt(index), bracket)) index--
  return index >= 0 && marks.includes(text.charAt(index))
}

function isCloser(code: number, bracket: boolean): boolean {
  return code === 0x22 || code === 0x20_1d || code === 0x20_19 || code === 0x27 || code === 0xbb || code === 0x29 || (bracket && code === 0x5d)
}

/** The cues, exclusions first. */
export const sentenceCues: readonly SentenceCue[] = [
  {
    id: 'media-prompt',
    reason: 'a prompt to a video or a picture, or a picture credit',
    effect: 'exclude',
    test: (text) => mediaPrompt.test(text)
  },
  {
    id: 'quote-fragment',
    reason: 'part of a quote that runs over several sentences: without the rest it misleads',
    effect: 'exclude',
    test: isQuoteFragment
  },
  {
    id: 'unfinished',
    reason: 'a paragraph that ends without a full stop: a caption, a subhead, a list item or its lead-in',
    effect: 'penalty',
    test: (text, place) => place.endsParagraph && !endsWithMark(text, '.!?…', true)
  },
  {
    id: 'opens-with-quote',
    reason: 'a quote first: colour and reaction more than news',
    effect: 'penalty',
    test: (text) => opensWithQuote.test(text)
  },
  {
    id: 'question',
    reason: 'a question asks; a summary tells',
    effect: 'penalty',
    test: (text) => endsWithMark(text, '?', false)
  },
  {
    id: 'caption',
    reason: 'a caption: a kicker label, or run into the story without a full stop',
    effect: 'penalty',
    test: (text) => (text.includes(':') && kickerLabel.test(text)) || (runOnHint.test(text) && runOnSeam.test(text))
  }
]

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0
  let found = 0
  while (pattern.exec(text)) found++
  return found
}
