/**
 * Move the positions of a tree parsed from a slice of the input so that they
 * point into the whole input.
 */
import type {Node, Point} from 'unist'

interface Shift {
  /** Lines to add. */
  line: number
  /** Columns to add on the first line of the slice. */
  column: number
  /** Offset to add. */
  offset: number
}

/**
 * Shift every position in `tree`, in place. The slice must sit on one line of
 * the input (`column` applies to every point). parse-latin shares point
 * objects between parents and children: each is moved once, and the sharing
 * (which keeps big trees small) is kept.
 */
export function shiftPositions(tree: Node, shift: Shift): void {
  const moved = new Set<Point>()
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      move(node.position.start, shift, moved)
      move(node.position.end, shift, moved)
    }

    const children = (node as Node & {children?: Node[]}).children
    if (children) for (const child of children) stack.push(child)
  }
}

function move(point: Point, shift: Shift, moved: Set<Point>): void {
  if (moved.has(point)) return
  moved.add(point)
  point.line += shift.line
  point.column += shift.column
  point.offset = (point.offset ?? 0) + shift.offset
}
