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
 * Shift every position in `tree`. The slice must sit on one line of the input
 * (`column` applies to every point). Positions are replaced, never mutated:
 * parse-latin shares point objects between parents and children.
 */
export function shiftPositions(tree: Node, shift: Shift): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      node.position = {
        start: move(node.position.start, shift),
        end: move(node.position.end, shift)
      }
    }

    const children = (node as Node & {children?: Node[]}).children
    if (children) for (const child of children) stack.push(child)
  }
}

function move(point: Point, shift: Shift): Point {
  return {
    line: point.line + shift.line,
    column: point.column + shift.column,
    offset: (point.offset ?? 0) + shift.offset
  }
}
