/**
 * End nodes that end in a character reference of the HTML source at the
 * reference’s end. Behind `rehype-retext`, the character of a reference
 * (`&rdquo;` → `”`) ends one character after the reference’s start (a
 * node’s end is its start plus its text’s length); `rehypeArticleBlocks`
 * records the references in `file.data.htmlReferences`, and each retext
 * plugin of this package calls `placeReferenceEnds` first, so that every
 * span it reports reads, in the source, as its text does. Idempotent: an end
 * once moved sits at a reference’s end, not inside one.
 */
import type {Root} from 'nlcst'
import type {Node, Point} from 'unist'
import type {VFile} from 'vfile'
import type {Span} from '../types.js'

/** Move each end point of `tree` that falls inside a reference to the reference’s end, in place. */
export function placeReferenceEnds(tree: Root, file: VFile): void {
  const spans = file.data.htmlReferences
  if (!spans || spans.length === 0) return
  // Points may be shared by several nodes: each is moved once.
  const moved = new Set<Point>()
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const end = node.position?.end
    if (end && end.offset !== undefined && !moved.has(end)) {
      const span = spanAround(spans, end.offset)
      if (span) {
        end.column += span.end - end.offset
        end.offset = span.end
        moved.add(end)
      }
    }

    const children = (node as Node & {children?: Node[]}).children
    if (children) for (const child of children) stack.push(child)
  }
}

/** The span of the ascending `spans` that holds `offset` strictly inside, if any. */
function spanAround(spans: readonly Span[], offset: number): Span | undefined {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset <= span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return span
  }

  return undefined
}
