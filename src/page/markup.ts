/**
 * Evidence from a page’s markup (`file.data.htmlBlocks`, which the helpers of
 * `retext-article/html` fill): what sits in a `<nav>`, a `<footer>`, an
 * `<aside>`, a `<figure>` or a `<form>`, under a class that names furniture
 * (`sidebar`, `related`), or is mostly link text, is not story. Each is a
 * named rule like the rules on text, so it is reported and can be turned
 * off.
 */
import type {Paragraph} from 'nlcst'
import type {BlockEvidence} from '../types.js'

/** A rule on markup. */
export interface MarkupRule {
  /** `ruleId` of the messages. */
  readonly id: string
  /** Reason of the messages. */
  readonly reason: string
  /**
   * Whether the rule names something pages set into the story’s column (a
   * caption, an aside, a box of links): stepping over it costs the story
   * locator little, since markup marks it precisely.
   */
  readonly inline: boolean
  /** Whether the evidence is this kind of furniture. */
  readonly test: (evidence: BlockEvidence) => boolean
}

/** Least share of a block’s text in links that makes it a link, not story. */
const linkShare = 0.5

/** The rule for text inside the landmark `<tag>` (`html-nav` is named `html-navigation`). */
function inLandmark(tag: 'nav' | 'footer' | 'aside' | 'form', inline: boolean): MarkupRule {
  return {
    id: tag === 'nav' ? 'html-navigation' : `html-${tag}`,
    reason: `Unexpected text in \`<${tag}>\`, expected story text`,
    inline,
    test: (evidence) => evidence.within.includes(tag)
  }
}

/** The rules on markup, in the order they are tried. */
export const markupRules: readonly MarkupRule[] = Object.freeze([
  inLandmark('nav', false),
  inLandmark('footer', false),
  inLandmark('aside', true),
  inLandmark('form', false),
  {
    // A page’s own header (masthead, menus); the story’s header in an
    // `<article>` holds its headline and byline, which are structure.
    id: 'html-header',
    reason: 'Unexpected text in the page’s `<header>`, expected story text',
    inline: false,
    test: (evidence) =>
      evidence.within.includes('header') && !evidence.within.includes('article') && !evidence.within.includes('main')
  },
  {
    id: 'html-caption',
    reason: 'Unexpected text in `<figure>` or `<figcaption>`, expected story text',
    inline: true,
    test: (evidence) => evidence.tag === 'figcaption' || evidence.within.includes('figure')
  },
  {
    id: 'html-furniture',
    reason: 'Unexpected text under a class or id that names page furniture, expected story text',
    inline: true,
    test: (evidence) => evidence.within.includes('furniture')
  },
  {
    id: 'html-links',
    reason: 'Unexpected block of link text, expected story text',
    inline: true,
    test: (evidence) => evidence.linkDensity >= linkShare
  }
] satisfies MarkupRule[])

/**
 * The evidence of each paragraph: the block whose span holds the paragraph’s
 * start. Both lists are in document order, so one merge pass does it.
 */
export function evidenceOf(
  paragraphs: readonly Paragraph[],
  blocks: readonly BlockEvidence[] | undefined
): Array<BlockEvidence | undefined> {
  if (!blocks || blocks.length === 0) return paragraphs.map(() => undefined)
  const result: Array<BlockEvidence | undefined> = []
  let at = 0
  for (const paragraph of paragraphs) {
    const offset = paragraph.position?.start.offset
    if (offset === undefined) {
      result.push(undefined)
      continue
    }

    while (at < blocks.length && blocks[at]!.end <= offset) at++
    const block = blocks[at]
    result.push(block && block.start <= offset ? block : undefined)
  }

  return result
}

/**
 * Whether the evidence puts a block in a box set into the story: one of the
 * rules that sit inside stories (a figure, an aside, a box of related links)
 * would take it.
 */
export function isBoxed(evidence: BlockEvidence | undefined, rules: readonly MarkupRule[] = markupRules): boolean {
  if (!evidence) return false
  for (const rule of rules) if (rule.inline && rule.test(evidence)) return true
  return false
}

/** The first of `rules` that takes the block, if any. */
export function markupMatch(rules: readonly MarkupRule[], evidence: BlockEvidence | undefined): MarkupRule | undefined {
  if (!evidence) return undefined
  for (const rule of rules) if (rule.test(evidence)) return rule
  return undefined
}
