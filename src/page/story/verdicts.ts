/**
 * What the story locator removes, and why: a named verdict for every block
 * it takes out. Blocks a rule took are the rules’ business; these verdicts
 * cover the rest — what lies outside the story span, and what sits inside
 * it but is not story (a list of related links, a repeated caption).
 */
import type {StoryBlock, StorySpan} from './locate.js'
import type {BlockKind} from './score.js'

/** A verdict of the locator, as a rule that fired. */
export interface StoryRule {
  /** `ruleId` of the messages. */
  readonly id: string
  /** Reason of the messages. */
  readonly reason: string
}

/** The verdicts of the story locator, by `ruleId`. */
export const storyRules = Object.freeze({
  pageLink: {id: 'page-link', reason: 'Unexpected link or menu entry outside the story, expected story text'},
  pageLine: {id: 'page-line', reason: 'Unexpected short line outside the story, expected story text'},
  pageText: {
    id: 'page-text',
    reason: 'Unexpected text apart from the story, expected it in the story’s run of paragraphs'
  },
  commentSection: {id: 'comment-section', reason: 'Unexpected comment, expected the story to end where comments start'},
  relatedList: {id: 'related-list', reason: 'Unexpected item of a list of related links, expected story text'},
  repeatedText: {id: 'repeated-text', reason: 'Unexpected repeat of an earlier paragraph, expected story text'}
} satisfies Record<string, StoryRule>)

/** Every `ruleId` the locator may report. */
export const storyRuleIds: readonly string[] = Object.values(storyRules).map((d) => d.id)

/** A removal decided by the locator. */
export interface StoryVerdict extends StoryRule {
  /** The block’s score (see `score.ts`): its evidence. */
  readonly score: number
}

// Blocks that list links rather than tell: under a related-links heading
// inside the story, these are the links.
const linkKinds: ReadonlySet<BlockKind> = new Set(['link-like', 'short-line', 'address', 'data-line'])

/**
 * The locator’s verdict on each block that no rule took (`undefined`:
 * kept). Nothing is removed when no story was located.
 */
export function storyVerdicts(blocks: readonly StoryBlock[], span: StorySpan): Array<StoryVerdict | undefined> {
  const verdicts: Array<StoryVerdict | undefined> = []
  let related = false
  const page = span.start !== -1 && isPage(blocks, span.kinds)

  for (const [index, block] of blocks.entries()) {
    const kind = span.kinds[index]!
    const score = span.scores[index]!
    let rule: StoryRule | undefined

    if (!page || block.rule) {
      rule = undefined
    } else if (kind === 'repeated') {
      rule = storyRules.repeatedText
    } else if (index < span.start || index > span.end) {
      rule =
        kind === 'comment' || (kind === 'section-break' && block.section === 'comments')
          ? storyRules.commentSection
          : kind === 'link-like'
            ? storyRules.pageLink
            : kind === 'short-line'
              ? storyRules.pageLine
              : storyRules.pageText
    } else if (related && linkKinds.has(kind)) {
      rule = storyRules.relatedList
    }

    // A related-links heading governs the short lines after it, up to the
    // next block that reads as story.
    if (block.section === 'related') related = true
    else if (!block.rule && !linkKinds.has(kind)) related = false

    verdicts.push(rule ? {...rule, score} : undefined)
  }

  return verdicts
}

/** Fewest lines of page furniture (that rules took) that make a text a page. */
const pageFurniture = 2
/**
 * Fewest link-like lines (menu entries, in any language) that make a text a
 * page, though no rule on text knows its furniture.
 */
const pageLinks = 8

/**
 * Whether the text is a page: it holds some furniture that rules recognise
 * (a menu, a share bar, a copyright line), or, when the locator’s `kinds`
 * are given, eight link-like lines or more (a portal’s menus in a
 * language the rules do not read). A story given on its own, or a wire story
 * with its results tables, is not, and the locator takes nothing from it.
 */
export function isPage(blocks: readonly StoryBlock[], kinds?: readonly BlockKind[]): boolean {
  let count = 0
  let links = 0
  for (const [index, block] of blocks.entries()) {
    if ((block.rule && !block.inline) || block.section) count++
    if (count >= pageFurniture) return true
    if (kinds?.[index] === 'link-like' && ++links >= pageLinks) return true
  }

  return false
}
