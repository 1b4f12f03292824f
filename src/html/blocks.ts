/**
 * Cut a page’s visible text into blocks, one per paragraph, heading, list
 * item, table row or caption, as a reader sees the page, with what the markup
 * says about each: its element, the landmarks around it (`nav`, `footer`,
 * `aside`, `figure`, `article`, …), whether a class or id around it names
 * furniture (`sidebar`, `related`, `comments`), and how much of its text sits
 * in links.
 *
 * The builder is fed elements opened and closed and text in document order,
 * by the hast walker (`walk.ts`) or the token reader (`reader.ts`), so both
 * read a page the same way. Each call costs time bounded by its own text:
 * nothing here looks at the frames below the top.
 */
import {safeHref, safeSrc} from './urls.js'

/** A block of a page’s text, as the walker found it. */
export interface WalkedBlock {
  /** The block’s lines: its text, white space collapsed, split at `<br>`. */
  readonly lines: string[]
  /** The element that makes the block (`p`, `h1`, `li`, `tr`, `figcaption`, `div`, …). */
  readonly tag: string
  /** Landmarks and cues around it, innermost first, without repeats (see `landmarks`). */
  readonly within: string[]
  /** Characters of its text inside links. */
  readonly linkChars: number
  /** Characters of its text. */
  readonly chars: number
  /** Source offsets of its first and last text, when the tree has positions. */
  readonly start: number | undefined
  readonly end: number | undefined
  /** Whether the block sits inside an element marked `itemprop="articleBody"`. */
  readonly articleBody: boolean
  /** Its links with a safe target, in order (only when the builder keeps links). */
  readonly links?: PageLink[]
  /** Images met since the block before it, up to its end (only when the builder keeps images). */
  readonly images?: PageImage[]
}

/** A link of a block: its text (white space collapsed) and its target. */
export interface PageLink {
  readonly text: string
  readonly href: string
}

/** An image of a page: its `alt` text (white space collapsed, may be empty) and its source. */
export interface PageImage {
  readonly alt: string
  readonly src: string
}

/** What the builder keeps besides the text (default: neither). */
export interface KeepInline {
  /** Keep the links of each block, with a safe target (see `urls.ts`). */
  readonly links?: boolean | undefined
  /** Keep the images, with a safe source, outside navigation and page furniture. */
  readonly images?: boolean | undefined
}

/** What the builder needs of an element. */
export interface ElementInfo {
  /** Lower-case tag name. */
  readonly tag: string
  /** `class` and `id` names, space-separated (only the first characters are read). */
  readonly names: string
  /** Whether the element says the story’s text is inside it (`itemprop="articleBody"`). */
  readonly articleBody: boolean
  /** Its `href` attribute as written, read of `<a>` elements when links are kept. */
  readonly href?: string | undefined
}

// Elements whose content is never shown as text.
export const hiddenTags: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'audio', 'video', 'select', 'option', 'datalist', 'textarea', 'input', 'map'
])

// Elements that start and end a block of text.
export const blockTags: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul'
])

/** Landmarks recorded in `within`. */
const landmarks: ReadonlySet<string> = new Set([
  'article', 'main', 'nav', 'header', 'footer', 'aside', 'figure', 'figcaption', 'form', 'blockquote', 'table'
])

// Class and id words that mark page furniture (after Readability’s list),
// unless the same element also says it holds content. Names are split into
// words (`Page-ad-margins` → page, ad, margins; `shareBar` → share, bar), so
// `pageRow` is no pager.
const furnitureWords: ReadonlySet<string> = new Set(
  (
    'ad ads adv advert advertisement advertising banner breadcrumb breadcrumbs comment comments commenting ' +
    'community cookie cookies consent disqus footer gdpr masthead menu nav navbar navigation newsletter ' +
    'outbrain pagination pager popup promo promos related recommend recommended recommendations replies rss ' +
    'share sharing sharebar sidebar skyscraper social sponsor sponsored subscribe subscription taboola ' +
    'trending widget widgets signup popular'
  ).split(' ')
)
// Embedded posts (`social-media-embed`, `twitter-tweet`) are quoted in the
// story, not furniture around it.
const contentWords: ReadonlySet<string> = new Set('article body content entry main post story text embed tweet'.split(' '))
const nameSplit = /[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u

// Elements whose classes are not read for cues: the page itself, and the
// story’s own containers.
const neverFurniture: ReadonlySet<string> = new Set(['html', 'body', 'article', 'main', 'a', 'span', 'p'])
/** Characters of `class` and `id` (and of `style`) tested for cues. */
export const cueWindow = 200
/** Most links kept of one block, and most images waiting for a block. */
export const maxInlinePerBlock = 1000
/** Longest link text and `alt` text kept, in UTF-16 code units (longer ones are cut). */
export const maxInlineText = 1000
/** Landmarks whose images are page furniture (logos, promotions), not the story’s. */
const furnitureLandmarks = ['nav', 'header', 'footer', 'aside', 'form', 'furniture']

// Inline styles that hide an element.
const hiddenStyle = /display\s*:\s*none|visibility\s*:\s*hidden/i

/** Whether an inline `style` hides its element. */
export function hidesElement(style: string): boolean {
  return hiddenStyle.test(style.slice(0, cueWindow))
}

interface Frame {
  readonly tag: string
  readonly block: boolean
  readonly link: boolean
  readonly within: string[]
  readonly articleBody: boolean
}

/** A link being read: its target, the text so far, and the depth of its frame. */
interface OpenLink {
  readonly href: string
  text: string
  readonly depth: number
}

/** Builds blocks from elements and text given in document order. */
export class BlockBuilder {
  readonly blocks: WalkedBlock[] = []
  private readonly keep: KeepInline
  private links: PageLink[] = []
  private images: PageImage[] = []
  private openLink: OpenLink | undefined
  private lines: string[] = []
  /**
   * The line being read: `line`, then `pieces` not yet joined to it. Text
   * comes in runs, one a character where characters and white space take
   * turns (`a\na\n…`): added to a string one by one they would make a rope
   * of a node each (32 bytes a character); joined a thousand at a time they
   * do not.
   */
  private line = ''
  private readonly pieces: string[] = []
  private linkChars = 0
  private chars = 0
  private start: number | undefined
  private end: number | undefined
  private cellOpen = false
  private readonly frames: Frame[] = [{tag: 'root', block: true, link: false, within: [], articleBody: false}]
  // The block being filled takes its element and landmarks from the frame
  // that opened it.
  private owner: Frame = this.frames[0]!
  private readonly onBlock: ((block: WalkedBlock) => void) | undefined

  /** `onBlock`, when given, takes each block as it ends, and `blocks` stays empty. */
  constructor(keep: KeepInline = {}, onBlock?: (block: WalkedBlock) => void) {
    this.keep = keep
    this.onBlock = onBlock
  }

  /** Frames open, the root included. */
  get depth(): number {
    return this.frames.length
  }

  /** Enter a (visible) element. */
  open(element: ElementInfo): void {
    const parent = this.frames[this.frames.length - 1]!
    const tag = element.tag
    if (tag === 'td' || tag === 'th') {
      // Cells of a row stay on one line, split by tabs.
      if (this.cellOpen) this.append('\t')
      this.cellOpen = true
    }

    const block = blockTags.has(tag)
    const frame: Frame = {
      tag,
      block,
      link: parent.link || tag === 'a',
      within: withinOf(element, parent.within),
      articleBody: parent.articleBody || element.articleBody
    }
    if (block) {
      this.flush()
      this.owner = frame
    }

    this.frames.push(frame)
    // A link inside a link is read as part of the outer one.
    if (this.keep.links && tag === 'a' && this.openLink === undefined) {
      const href = safeHref(element.href)
      if (href !== undefined) this.openLink = {href, text: '', depth: this.frames.length}
    }
  }

  /** An image (`<img>`) at this point of the page, with its attributes as written. */
  image(alt: string | undefined, src: string | undefined): void {
    if (!this.keep.images || this.images.length >= maxInlinePerBlock) return
    const within = this.frames[this.frames.length - 1]!.within
    if (furnitureLandmarks.some((landmark) => within.includes(landmark))) return
    const source = safeSrc(src)
    if (source === undefined) return
    this.images.push({alt: collapse((alt ?? '').slice(0, maxInlineText)), src: source})
  }

  /** Leave the element entered last. */
  close(): void {
    if (this.frames.length === 1) return
    const frame = this.frames.pop()!
    if (this.openLink && this.frames.length < this.openLink.depth) this.endLink()
    if (frame.block) {
      this.flush()
      this.owner = this.frames[this.frames.length - 1]!
    }
  }

  /** A `<br>`. */
  lineBreak(): void {
    this.endLine()
  }

  /** Text of the element entered last; `start`/`end` are source offsets when known. */
  text(value: string, start?: number, end?: number): void {
    if (this.line === '' && this.pieces.length === 0 && value.trim() === '') return
    // Tabs in the source are indentation; tabs in the text split cells.
    this.append(value.replace(tabs, ' '))
    const length = value.trim().length
    this.chars += length
    if (this.frames[this.frames.length - 1]!.link) this.linkChars += length
    if (this.openLink && this.openLink.text.length < maxInlineText) this.openLink.text += value
    if (start !== undefined) this.start ??= start
    this.end = end ?? this.end
  }

  /** End the page: the blocks, in order. */
  finish(): WalkedBlock[] {
    this.flush()
    return this.blocks
  }

  /** The open link ends: kept when it has text. */
  private endLink(): void {
    const link = this.openLink!
    this.openLink = undefined
    const text = collapse(link.text.slice(0, maxInlineText))
    if (text !== '' && this.links.length < maxInlinePerBlock) this.links.push({text, href: link.href})
  }

  private append(value: string): void {
    this.pieces.push(value)
    if (this.pieces.length >= 1024) this.joinPieces()
  }

  private joinPieces(): void {
    this.line += this.pieces.join('')
    this.pieces.length = 0
  }

  /** The line is done: kept when it has text. */
  private endLine(): void {
    this.joinPieces()
    if (this.line.trim() !== '') this.lines.push(collapse(this.line))
    this.line = ''
  }

  private flush(): void {
    this.endLine()
    // A link around blocks (`<a><p>…</p></a>`) is no inline link: its text is kept, its target not.
    this.openLink = undefined
    if (this.lines.length > 0) {
      const owner = this.owner
      const block: WalkedBlock = {
        lines: this.lines,
        tag: owner.tag,
        within: owner.within,
        linkChars: this.linkChars,
        chars: this.chars,
        start: this.start,
        end: this.end,
        articleBody: owner.articleBody,
        ...(this.keep.links ? {links: this.links} : {}),
        ...(this.keep.images ? {images: this.images} : {})
      }
      if (this.onBlock) this.onBlock(block)
      else this.blocks.push(block)
      this.links = []
      this.images = []
    }

    // Images wait for the next block with text (a `<figure>` has none of its own).
    this.links = []
    this.lines = []
    this.linkChars = 0
    this.chars = 0
    this.start = undefined
    this.end = undefined
    this.cellOpen = false
  }
}

/** Landmarks and cues around an element: its own, then its parent’s. */
function withinOf(element: ElementInfo, outer: string[]): string[] {
  const own: string[] = []
  if (landmarks.has(element.tag)) own.push(element.tag)
  if (!neverFurniture.has(element.tag) && namesFurniture(element.names.slice(0, cueWindow).trim())) {
    own.push('furniture')
  }

  if (own.length === 0) return outer
  // An `<article>` or `<main>` says it holds the story, whatever the classes
  // of the wrappers around it say (`Page-ad-margins`).
  const story = element.tag === 'article' || element.tag === 'main'
  const result = [...own]
  for (const name of outer) if (!result.includes(name) && !(story && name === 'furniture')) result.push(name)
  return result
}

/** Whether class and id names say furniture, and not content. */
function namesFurniture(names: string): boolean {
  if (names === '') return false
  let furniture = false
  for (const word of names.split(nameSplit)) {
    const lower = word.toLowerCase()
    if (contentWords.has(lower)) return false
    if (furnitureWords.has(lower)) furniture = true
  }

  return furniture
}

/** Whether an `itemprop` value names the story’s body. */
export function namesArticleBody(itemprop: string): boolean {
  return /(?:^|\s)articleBody(?:\s|$)/i.test(itemprop.slice(0, cueWindow))
}

const spaces = /\s+/g
const tabs = /\t/g

/** Collapse white space to single spaces, keeping tabs between cells. */
function collapse(value: string): string {
  return value
    .split('\t')
    .map((part) => part.replace(spaces, ' ').trim())
    .join('\t')
    .trim()
}
