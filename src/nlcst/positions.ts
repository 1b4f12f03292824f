/**
 * Move the positions of a tree parsed from a slice of the input so that they
 * point into the whole input.
 */
import type {Node, Point, Position} from 'unist'
import {lastAtOrBefore} from './search.js'

interface Shift {
  /** Lines to add. */
  line: number
  /** Columns to add on the first line of the slice. */
  column: number
  /** Offset to add. */
  offset: number
  /** Length of the slice. */
  length: number
  /**
   * Offsets (into the whole input, ascending) where the slice’s second,
   * third… lines start, when it spans several lines: the slice was parsed
   * with its line breaks as spaces (a wrapped paragraph), and points after
   * a break get the line and column of the input.
   */
  lineStarts?: readonly number[] | undefined
}

/**
 * Shift every position in `tree`, in place. Without `lineStarts`, the slice
 * must sit on one line of the input (`column` applies to every point).
 *
 * Points are rebuilt, one object per offset, shared by every node that starts
 * or ends there (a word and the next white space; a sentence and its first
 * word); a word whose only child is its text shares its position object with
 * it. Big trees are mostly positions: sharing keeps a 10 MB input’s tree a
 * third smaller. As everywhere in unist, treat positions as read-only.
 */
export function shiftPositions(tree: Node, shift: Shift): void {
  // Filled from the last offset down: sized up front to stay a flat array.
  const points = new Array<Point | undefined>(shift.length + 1)
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    const children = (node as Node & {children?: Node[]}).children
    if (position) {
      position.start = pointAt(points, position.start, shift)
      position.end = pointAt(points, position.end, shift)
    }

    if (!children) continue
    const only = children.length === 1 ? children[0]! : undefined
    if (position && only?.position && !('children' in only) && samePlace(only.position, position, shift)) {
      only.position = position
      continue
    }

    for (const child of children) stack.push(child)
  }
}

/** The shared point of the input for `point` of the slice. */
function pointAt(points: Array<Point | undefined>, point: Point, shift: Shift): Point {
  const local = point.offset ?? 0
  let shared = points[local]
  if (!shared) {
    const offset = local + shift.offset
    const starts = shift.lineStarts
    const after = starts && starts.length > 0 && offset >= starts[0]! ? lastAtOrBefore(starts, offset) : -1
    shared =
      after < 0
        ? {line: point.line + shift.line, column: point.column + shift.column, offset}
        : {line: point.line + shift.line + after + 1, column: offset - starts![after]! + 1, offset}
    points[local] = shared
  }

  return shared
}

/** Whether `inner` (of the slice) spans what `outer` (already shifted) does. */
function samePlace(inner: Position, outer: Position, shift: Shift): boolean {
  return (inner.start.offset ?? 0) + shift.offset === outer.start.offset && (inner.end.offset ?? 0) + shift.offset === outer.end.offset
}
