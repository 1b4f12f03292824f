/**
 * Read a page given as HTML in one linear pass over parse5’s tokenizer (the
 * tokenizer of the HTML standard, as browsers read markup: character
 * references, attributes holding `>`, a bare `<` in text, raw text of
 * scripts and styles), without building a tree. Elements are opened and
 * closed on a stack of their own, with the end tags the standard implies for
 * paragraphs, list items, cells and the head, and the blocks come out of the
 * same builder the hast walker uses.
 *
 * Every step costs time bounded by its token (an end tag pops only frames
 * that it closes, found through counts kept per tag), so a page nested a
 * million elements deep reads in linear time and memory, and no call
 * recurses. The text of `application/ld+json` scripts is kept, for the
 * story’s body that structured data may hold (see `json-ld.ts`).
 */
import type {Element} from 'hast'
import {Tokenizer, TokenizerMode} from 'parse5'
import type {Token} from 'parse5'
import {BlockBuilder, hiddenTags, hidesElement, namesArticleBody} from './blocks.js'
import type {KeepInline} from './blocks.js'
import {PageTextBuilder} from './text.js'
import type {PageText} from './text.js'

/** A page read from HTML. */
export interface ReadPage {
  /** Its visible text, one block to a paragraph, with each block’s evidence. */
  page: PageText
  /** The text of each JSON-LD script, in order. */
  jsonLd: string[]
  /**
   * The elements a page says about itself with, as hast elements without
   * their content (bar a `<title>`’s text): `<html>`, `<meta>`, `<link>`,
   * `<time>`, in order (see `readPageMeta`). Bounded: at most
   * `maxMetaElements`, and a title of at most `maxTitleLength` characters.
   */
  meta: Element[]
}

/** Most elements kept for the page’s metadata. */
const maxMetaElements = 2000
/** Longest `<title>` text kept. */
const maxTitleLength = 2000
/** Attribute names as hast’s properties name them, for those metadata reads. */
const metaProperties: ReadonlyMap<string, string> = new Map([
  ['lang', 'lang'],
  ['name', 'name'],
  ['property', 'property'],
  ['itemprop', 'itemProp'],
  ['content', 'content'],
  ['href', 'href'],
  ['rel', 'rel'],
  ['datetime', 'dateTime'],
  ['type', 'type']
])
const metaTags: ReadonlySet<string> = new Set(['html', 'meta', 'link', 'time'])

// Elements without content.
const voidTags: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr', 'image'
])
// Elements whose content the tokenizer reads as raw text, not markup.
const rawText: ReadonlyMap<string, number> = new Map([
  ['script', TokenizerMode.SCRIPT_DATA],
  ['style', TokenizerMode.RAWTEXT],
  ['xmp', TokenizerMode.RAWTEXT],
  ['iframe', TokenizerMode.RAWTEXT],
  ['noembed', TokenizerMode.RAWTEXT],
  ['noframes', TokenizerMode.RAWTEXT],
  ['noscript', TokenizerMode.RAWTEXT],
  ['textarea', TokenizerMode.RCDATA],
  ['title', TokenizerMode.RCDATA],
  ['plaintext', TokenizerMode.PLAINTEXT]
])
// Elements allowed in the head; any other start tag (or text) ends it.
const headTags: ReadonlySet<string> = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template', 'head'
])
// Start tags that close an open paragraph.
const closesParagraph: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section',
  'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'plaintext', 'table', 'hr',
  'xmp', 'li', 'dd', 'dt'
])
// Elements an implied end tag does not reach past (the standard’s scopes).
const scopeBoundaries = ['html', 'table', 'td', 'th', 'caption', 'marquee', 'object', 'applet', 'template', 'button']
const listBoundaries = [...scopeBoundaries, 'ol', 'ul', 'dl']
const rowBoundaries = ['html', 'table', 'template']
const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

/** Stacks of open frames’ depths, per tag. */
class OpenTags {
  private readonly depths = new Map<string, number[]>()

  push(tag: string, depth: number): void {
    let list = this.depths.get(tag)
    if (!list) {
      list = []
      this.depths.set(tag, list)
    }

    list.push(depth)
  }

  pop(tag: string): void {
    this.depths.get(tag)?.pop()
  }

  /** Depth of the innermost open `tag`, or 0. */
  innermost(tag: string): number {
    const list = this.depths.get(tag)
    return list && list.length > 0 ? list[list.length - 1]! : 0
  }

  /** Depth of the innermost of `tags`, or 0. */
  innermostOf(tags: readonly string[]): number {
    let depth = 0
    for (const tag of tags) depth = Math.max(depth, this.innermost(tag))
    return depth
  }
}

interface OpenElement {
  readonly tag: string
  /** Whether its content is not shown (it or an ancestor is hidden). */
  readonly hidden: boolean
  /** Whether it was opened in the builder (visible elements only). */
  readonly built: boolean
  /** Whether it is a JSON-LD script. */
  readonly jsonLd: boolean
}

/** Read `html` into blocks and JSON-LD texts; `keep` says whether links and images are kept too. */
export function readHtml(html: string, keep: KeepInline = {}): ReadPage {
  const page = new PageTextBuilder()
  const builder = new BlockBuilder(keep, (block) => page.add(block))
  const jsonLd: string[] = []
  const stack: OpenElement[] = []
  const open = new OpenTags()
  let hiddenDepth = 0
  let inHead = false
  let script: string[] | undefined
  const meta: Element[] = []
  let title: Element | undefined
  let titleText: string | undefined

  function keepMeta(tag: string, token: Token.TagToken): void {
    if (meta.length >= maxMetaElements) return
    const properties: Record<string, string | string[]> = {}
    for (const attribute of token.attrs) {
      const name = metaProperties.get(attribute.name)
      if (name === undefined || Object.hasOwn(properties, name)) continue
      properties[name] = name === 'rel' ? attribute.value.split(/[\t\n\f\r ]+/).filter(Boolean) : attribute.value
    }

    const element: Element = {type: 'element', tagName: tag, properties, children: []}
    meta.push(element)
    if (tag === 'title') {
      title = element
      titleText = ''
    }
  }

  function pop(): void {
    const element = stack.pop()!
    open.pop(element.tag)
    if (element.built) builder.close()
    if (element.hidden) hiddenDepth--
    if (element.jsonLd && script) {
      jsonLd.push(script.join(''))
      script = undefined
    }

    if (element.tag === 'head') inHead = false
    if (element.tag === 'title' && title && titleText !== undefined) {
      title.children = [{type: 'text', value: titleText}]
      titleText = undefined
    }
  }

  /** Close elements down to the innermost open `tag`, when it is inside the boundaries. */
  function closeTo(tag: string, boundaries: readonly string[]): void {
    const depth = open.innermost(tag)
    if (depth === 0 || depth <= open.innermostOf(boundaries)) return
    while (stack.length >= depth) pop()
  }

  function onCharacters(value: string): void {
    if (titleText !== undefined && stack[stack.length - 1]?.tag === 'title') {
      if (titleText.length < maxTitleLength) titleText += value.slice(0, maxTitleLength - titleText.length)
      return
    }

    if (script) {
      script.push(value)
      return
    }

    if (inHead && stack[stack.length - 1]?.tag === 'head' && value.trim() !== '') closeTo('head', [])
    if (hiddenDepth === 0) builder.text(value)
  }

  const tokenizer: Tokenizer = new Tokenizer(
    {sourceCodeLocationInfo: false},
    {
      onStartTag(token: Token.TagToken) {
        const tag = token.tagName
        if (inHead && stack[stack.length - 1]?.tag === 'head' && !headTags.has(tag)) closeTo('head', [])
        if (!tokenizer.inForeignNode && (metaTags.has(tag) || (tag === 'title' && title === undefined))) keepMeta(tag, token)
        // A second `<body>` or `<html>` only adds attributes in the standard.
        if ((tag === 'body' || tag === 'html') && open.innermost(tag) > 0) return

        if (closesParagraph.has(tag)) closeTo('p', scopeBoundaries)
        if (tag === 'li') closeTo('li', listBoundaries)
        else if (tag === 'dd' || tag === 'dt') {
          closeTo('dd', listBoundaries)
          closeTo('dt', listBoundaries)
        } else if (headings.includes(tag)) {
          const depth = open.innermostOf(headings)
          if (depth === stack.length && depth > 0) pop()
        } else if (tag === 'tr') {
          closeTo('td', rowBoundaries)
          closeTo('th', rowBoundaries)
          closeTo('tr', rowBoundaries)
        } else if (tag === 'td' || tag === 'th') {
          closeTo('td', rowBoundaries)
          closeTo('th', rowBoundaries)
        } else if (tag === 'option') closeTo('option', scopeBoundaries)

        const foreign = tokenizer.inForeignNode || tag === 'svg' || tag === 'math'
        const mode = foreign ? undefined : rawText.get(tag)
        if (mode !== undefined) tokenizer.state = mode
        if (tag === 'br') {
          if (hiddenDepth === 0) builder.lineBreak()
          return
        }

        if ((tag === 'img' || tag === 'image') && !foreign && hiddenDepth === 0 && keep.images) {
          const attributes = attributesOf(token)
          if (!isHidden(tag, attributes)) builder.image(attributes.get('alt'), attributes.get('src'))
        }

        // `<path/>` in SVG has no content; `<div/>` in HTML has.
        if (voidTags.has(tag) || (foreign && token.selfClosing)) return
        const attributes = attributesOf(token)
        const hidden = hiddenDepth > 0 || isHidden(tag, attributes)
        const jsonLd = tag === 'script' && /ld\+json/i.test(attributes.get('type') ?? '')
        if (jsonLd) script = []
        const built = !hidden
        if (built) {
          const itemprop = attributes.get('itemprop') ?? ''
          builder.open({
            tag,
            names: `${attributes.get('class') ?? ''} ${attributes.get('id') ?? ''}`,
            articleBody: itemprop !== '' && namesArticleBody(itemprop),
            href: tag === 'a' && keep.links ? attributes.get('href') : undefined
          })
        }

        if (hidden) hiddenDepth++
        stack.push({tag, hidden, built, jsonLd})
        open.push(tag, stack.length)
        if (tag === 'head') inHead = true
        if (foreign) tokenizer.inForeignNode = true
      },
      onEndTag(token: Token.TagToken) {
        const tag = token.tagName
        if (tag === 'br') {
          if (hiddenDepth === 0) builder.lineBreak()
          return
        }

        // The page’s text goes on after `</body>` and `</html>`.
        if (tag === 'body' || tag === 'html') return
        const depth = open.innermost(tag)
        if (depth === 0) return
        while (stack.length >= depth) pop()
        tokenizer.inForeignNode = open.innermost('svg') > 0 || open.innermost('math') > 0
      },
      onCharacter(token: Token.CharacterToken) {
        onCharacters(token.chars)
      },
      onWhitespaceCharacter(token: Token.CharacterToken) {
        onCharacters(token.chars)
      },
      onNullCharacter() {},
      onComment() {},
      onDoctype() {},
      onEof() {}
    }
  )
  tokenizer.write(html, true)
  while (stack.length > 0) pop()
  builder.finish()
  return {page: page.finish(), jsonLd, meta}
}

/** Attributes of a start tag by name (the first of repeated names wins, as in the standard). */
function attributesOf(token: Token.TagToken): Map<string, string> {
  const map = new Map<string, string>()
  for (const attribute of token.attrs) if (!map.has(attribute.name)) map.set(attribute.name, attribute.value)
  return map
}

function isHidden(tag: string, attributes: ReadonlyMap<string, string>): boolean {
  if (hiddenTags.has(tag)) return true
  if (attributes.has('hidden')) return true
  if (attributes.get('aria-hidden')?.trim().toLowerCase() === 'true') return true
  const style = attributes.get('style')
  return style !== undefined && hidesElement(style)
}
