/**
 * Turn the paragraphs of a page into the blocks the story locator reads:
 * their features, the rule that took each (if any), whether a rule names
 * furniture that sits inside stories, whether a block opens a section of
 * related links or comments, and whether it repeats an earlier block.
 */
import {blockFeatures, type BlockFeatures} from './features.js'
import type {StoryBlock} from './locate.js'

/** A paragraph, as the plugin knows it. */
export interface BlockInput {
  /** The paragraph’s text, trimmed, without leading bullets. */
  readonly text: string
  /** `ruleId` of the rule that took it, if any. */
  readonly rule?: string | undefined
  /**
   * Whether the page’s markup puts it in a box set into the story (a
   * figure, an aside, a box of related links): its heading ends the box,
   * not the story.
   */
  readonly boxed?: boolean | undefined
}

// What sits inside stories: ad slots, captions and credits, player controls,
// “Read more: …” teasers. Stepping over one costs less than over a menu. (So
// does stepping over a box the markup sets into the story: see `boxed`.)
const inlineRules: ReadonlySet<string> = new Set([
  'advertisement',
  'caption',
  'photo-credit',
  'media-control',
  'read-more'
])

// Headings of a comment section (“34 Comments”, “Leave a Reply”, “34
// responses to …”), not the “Comment” button of a share bar.
const commentHeading =
  /^(?:(?:\d[\d,.]*\s+)?(?:comments|responses|replies)|reader\s+comments|discussion|join\s+the\s+(?:discussion|conversation)|(?:leave|post|add)\s+a\s+(?:reply|comment)|\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts)\s+(?:to|on)\s.{1,300})\s*(?:\(\s*\d+\s*\))?\s*:?$/i
// The same in other languages (German, French, Spanish, Italian, Portuguese),
// and the title of a blog’s reply form, which ends in its “cancel” link.
const foreignCommentHeading =
  /^(?:(?:\d[\d.]*\s+)?(?:kommentare|commentaires|comentarios|coment[áa]rios|commenti|kommentit)\s*(?:\(\s*\d+\s*\))?\s*:?|\d[\d.]*\s+(?:kommentare?|antworten|gedanken|commentaires?|r[ée]ponses|comentarios?|coment[áa]rios|respuestas|commenti|risposte)\s+(?:zu|auf|[àa]|sur|a|en|em|sobre|su)\s\S.{0,300}|(?:schreibe|hinterlasse|verfasse)\s+(?:einen|eine)\s+(?:kommentar|antwort)|kommentar\s+(?:verfassen|schreiben|hinzuf[üu]gen)|(?:eine\s+)?antwort\s+hinterlassen|(?:laisser|laissez)\s+un\s+commentaire|vos\s+r[ée]actions|(?:deja|dejar|deje)\s+(?:un|tu)\s+comentario|lascia\s+un\s+commento|(?:deixe|deixar)\s+(?:um|seu)\s+coment[áa]rio|.{1,80}?\s(?:cancel\s+reply|antwor?t(?:en)?\s+abbrechen|annuler\s+la\s+r[ée]ponse|cancelar\s+(?:la\s+)?respuesta|annulla\s+risposta|cancelar\s+resposta))\s*$/i

// A commenter's name over a comment (“SeaDog says:”, “Möwe sagt:”): two
// or more on a page are a comment thread, which the first one opens, with or
// without a heading.
const commenterLine = /^(?:\d+\.\s*)?\S.{0,50}?\s(?:says|sagt|schreibt|dit|dice|diz|scrive|kirjoittaa)\s*:$/i
/** Most words of a commenter's name line. */
const commenterWords = 6
/** Fewest commenter lines that make a comment thread. */
const commenters = 2

/** Most words of a heading that opens a list of related links. */
const headingWords = 8
/** Fewest words of a block whose repeat is not a story’s. */
const repeatWords = 8

/** Fewest words of a line that a wrapped line continues. */
const wrapWords = 3
const lowerStart = /^\p{Ll}/u
// A line that stops on a comma or a little word (“… matches against”) goes on
// in the next, whatever that starts with.
const openEnd = /(?:,|\s(?:a|an|the|and|or|but|of|in|on|at|to|for|from|by|with|against|as|than|that|which|who|its|their|his|her))$/i

/** Measure a block’s text: `blockFeatures`, or a memo of it. */
export type Measure = (text: string) => BlockFeatures

/**
 * Build the locator’s blocks, in one pass (and one more over wrapped lines).
 * Each text is measured once, with `measure` (default `blockFeatures`; pass a
 * memo of it to share measures between callers).
 */
export function storyBlocks(inputs: readonly BlockInput[], measure: Measure = blockFeatures): StoryBlock[] {
  const seen = new Set<string>()
  const measured = inputs.map((input) => measure(input.text))
  const groups = wrappedGroups(inputs, measured, measure)
  const thread = commentThreadStart(inputs, measured)
  return inputs.map(function ({text, rule, boxed}, index) {
    const group = groups[index]!
    const features = group.features ?? measured[index]!
    let section: StoryBlock['section']
    if (rule === 'comment-prompt' && (commentHeading.test(text) || foreignCommentHeading.test(text))) section = 'comments'
    else if (index === thread) section = 'comments'
    else if (rule === 'related-links' && features.size <= headingWords && !boxed) section = 'related'
    // Stories do not say the same paragraph twice; galleries and teaser
    // lists do.
    let repeated = false
    if (features.size >= repeatWords) {
      repeated = seen.has(text)
      seen.add(text)
    }

    return {
      features,
      rule,
      inline: rule !== undefined && (inlineRules.has(rule) || boxed === true),
      section,
      repeated,
      share: group.share
    }
  })
}

/**
 * Index of the first commenter line (“SeaDog says:”) when the page holds
 * `commenters` of them or more (`-1` otherwise): where a comment thread
 * starts that no heading announced.
 */
function commentThreadStart(inputs: readonly BlockInput[], measured: readonly BlockFeatures[]): number {
  let first = -1
  let count = 0
  for (const [index, input] of inputs.entries()) {
    if (input.rule || measured[index]!.size > commenterWords || !commenterLine.test(input.text)) continue
    if (first === -1) first = index
    if (++count >= commenters) return first
  }

  return -1
}

/** Where a line belongs to a paragraph wrapped over several lines. */
interface Group {
  /** The paragraph’s measures, when the line is part of one of several lines. */
  readonly features?: BlockFeatures
  /** The line’s share of the paragraph (1 for a line on its own). */
  readonly share: number
}

/**
 * Find paragraphs hard-wrapped over several lines (wire copy, e-mail): a line
 * that does not end a sentence, followed by one that starts in lower case or
 * after a comma or a little word that cannot end a line of its own.
 * Each line of such a paragraph is measured as the whole paragraph and
 * weighs its share of it, so a wrapped story reads as prose and not as a
 * column of short lines.
 */
function wrappedGroups(inputs: readonly BlockInput[], measured: readonly BlockFeatures[], measure: Measure): Group[] {
  const groups: Group[] = []
  let start = 0
  for (let index = 1; index <= inputs.length; index++) {
    const previous = inputs[index - 1]!
    const current = inputs[index]
    const continues =
      current !== undefined &&
      !previous.rule &&
      !current.rule &&
      !endsBlock(measured[index - 1]!) &&
      (lowerStart.test(current.text) || openEnd.test(previous.text.slice(-12)))
    if (continues) continue
    const count = index - start
    if (count === 1) {
      groups.push({share: 1})
    } else {
      const text = inputs.slice(start, index).map((d) => d.text).join(' ')
      const features = measure(text)
      for (let at = start; at < index; at++) groups.push({features, share: 1 / count})
    }

    start = index
  }

  return groups
}

/** Whether a line ends its paragraph for sure: a sentence, a label, or a short line. */
function endsBlock(features: BlockFeatures): boolean {
  return features.terminal || features.colon || features.size < wrapWords
}
