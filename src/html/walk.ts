/**
 * Walk a hast tree and cut its visible text into blocks, one per paragraph,
 * heading, list item, table row or caption, as a reader sees the page, with
 * what the markup says about each: its element, the landmarks around it
 * (`nav`, `footer`, `aside`, `figure`, `article`, …), whether a class or id
 * around it names furniture (`sidebar`, `related`, `comments`), and how much
 * of its text sits in links.
 *
 * Iterative (an explicit stack), so a page nested ten thousand levels deep
 * costs time, not the call stack; one visit per node.
 */
import type {Element, Nodes, Root} from 'hast'

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
}

// Elements whose content is never shown as text.
const hidden: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'audio', 'video', 'select', 'option', 'datalist', 'textarea', 'input', 'map'
])

// Elements that start and end a block of text.
const blockTags: ReadonlySet<string> = new Set([
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
/** Characters of `class` and `id` tested for cues. */
const cueWindow = 200

// Inline styles that hide an element.
const hiddenStyle = /display\s*:\s*none|visibility\s*:\s*hidden/i

interface Frame {
  readonly node: Element
  readonly block: boolean
  readonly link: boolean
  readonly within: string[]
}

/** Cut the visible text of `tree` into blocks. */
export function walkBlocks(tree: Root | Element): WalkedBlock[] {
  const blocks: WalkedBlock[] = []
  let lines: string[] = []
  let line = ''
  let linkChars = 0
  let chars = 0
  let start: number | undefined
  let end: number | undefined
  let cellOpen = false

  // The block being filled takes its element and landmarks from the frame
  // that opened it.
  const top: Element = {type: 'element', tagName: 'root', properties: {}, children: []}
  const root: Frame = {node: top, block: true, link: false, within: []}
  let owner: Frame = root
  const frames: Frame[] = [root]

  function flush(): void {
    if (line.trim() !== '') lines.push(collapse(line))
    line = ''
    if (lines.length > 0) {
      blocks.push({lines, tag: owner.node.tagName, within: owner.within, linkChars, chars, start, end})
    }

    lines = []
    linkChars = 0
    chars = 0
    start = undefined
    end = undefined
    cellOpen = false
  }

  // Work list of nodes to enter, and markers to leave a frame.
  const work: Array<Nodes | Frame> = [...childrenOf(tree)].reverse()
  while (work.length > 0) {
    const item = work.pop()!
    if ('block' in item) {
      // Leaving an element.
      frames.pop()
      if (item.block) {
        flush()
        owner = frames[frames.length - 1]!
      }

      continue
    }

    const parent = frames[frames.length - 1]!
    if (item.type === 'text') {
      if (item.value.trim() === '' && line === '') continue
      // Tabs in the source are indentation; tabs in the text split cells.
      line += item.value.replace(tabs, ' ')
      const length = item.value.trim().length
      chars += length
      if (parent.link) linkChars += length
      const offset = item.position?.start.offset
      if (offset !== undefined) start ??= offset
      end = item.position?.end.offset ?? end
      continue
    }

    if (item.type !== 'element' || isHidden(item)) continue
    const tag = item.tagName
    if (tag === 'br') {
      if (line.trim() !== '') lines.push(collapse(line))
      line = ''
      continue
    }

    if (tag === 'td' || tag === 'th') {
      // Cells of a row stay on one line, split by tabs.
      if (cellOpen) line += '\t'
      cellOpen = true
    }

    const block = blockTags.has(tag)
    const within = withinOf(item, parent.within)
    const frame: Frame = {node: item, block, link: parent.link || tag === 'a', within}
    if (block) {
      flush()
      owner = frame
    }

    frames.push(frame)
    work.push(frame)
    const children = childrenOf(item)
    for (let index = children.length - 1; index >= 0; index--) work.push(children[index]!)
  }

  flush()
  return blocks
}

function childrenOf(node: Root | Element): Nodes[] {
  return node.type === 'element' && node.tagName === 'template' ? [] : node.children
}

/** Landmarks and cues around an element: its own, then its parent’s. */
function withinOf(node: Element, outer: string[]): string[] {
  const own: string[] = []
  if (landmarks.has(node.tagName)) own.push(node.tagName)
  if (!neverFurniture.has(node.tagName)) {
    if (namesFurniture(cueText(node))) own.push('furniture')
  }

  if (own.length === 0) return outer
  // An `<article>` or `<main>` says it holds the story, whatever the classes
  // of the wrappers around it say (`Page-ad-margins`).
  const story = node.tagName === 'article' || node.tagName === 'main'
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

function cueText(node: Element): string {
  const className = node.properties.className
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
  const id = typeof node.properties.id === 'string' ? node.properties.id : ''
  return `${classes} ${id}`.slice(0, cueWindow).trim()
}

function isHidden(node: Element): boolean {
  if (hidden.has(node.tagName)) return true
  const properties = node.properties
  if (properties.hidden === true || properties.hidden === '') return true
  if (String(properties.ariaHidden) === 'true') return true
  const style = properties.style
  return typeof style === 'string' && hiddenStyle.test(style.slice(0, cueWindow))
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
