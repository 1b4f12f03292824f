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
 * Points are moved in place, one object per offset kept and shared by every
 * node that starts or ends there (a word and the next white space; a sentence and its first
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
    if (position && only?.position && !('children' in only) && samePlace(points, only.position, position, shift)) {
      only.position = position
      continue
    }

    for (const child of children) stack.push(child)
  }
}

/**
 * The shared point of the input for `point` of the slice. The first point
 * met at an offset is moved in place and becomes the shared one (parse-latin
 * builds a point per node end and shares some between nodes: a moved point
 * is known by sitting at its slice offset in `points`); later ones at that
 * offset give way to it.
 */
function pointAt(points: Array<Point | undefined>, point: Point, shift: Shift): Point {
  const offset = point.offset ?? 0
  // Met before, through another node: already moved.
  if (isMoved(points, point, offset, shift)) return point
  const shared = points[offset]
  if (shared) return shared
  const moved = offset + shift.offset
  const starts = shift.lineStarts
  const after = starts && starts.length > 0 && moved >= starts[0]! ? lastAtOrBefore(starts, moved) : -1
  if (after < 0) {
    point.line += shift.line
    point.column += shift.column
  } else {
    point.line += shift.line + after + 1
    point.column = moved - starts![after]! + 1
  }

  point.offset = moved
  points[offset] = point
  return point
}

/** Whether `inner` (of the slice, its points perhaps moved already) spans what `outer` (moved) does. */
function samePlace(points: ReadonlyArray<Point | undefined>, inner: Position, outer: Position, shift: Shift): boolean {
  return inputOffset(points, inner.start, shift) === outer.start.offset && inputOffset(points, inner.end, shift) === outer.end.offset
}

/** Offset in the input of a point of the slice, moved or not. */
function inputOffset(points: ReadonlyArray<Point | undefined>, point: Point, shift: Shift): number {
  const offset = point.offset ?? 0
  return isMoved(points, point, offset, shift) ? offset : offset + shift.offset
}

/** Whether `point` (at `offset`) was moved already: a moved point sits at its slice offset in `points`. */
function isMoved(points: ReadonlyArray<Point | undefined>, point: Point, offset: number, shift: Shift): boolean {
  return offset >= shift.offset && points[offset - shift.offset] === point
}
