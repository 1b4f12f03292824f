/**
 * Where the article view keeps what it read of a node: with the node (a
 * `WeakMap`, so it goes with the tree), and only while the node’s children
 * are the same array of the same length, so a plugin that rebuilds a node
 * gets a fresh reading. A node of a few characters is read again instead:
 * its reading costs less than keeping it, and a text of a million
 * one-letter lines would make a million entries for the collector to trace.
 */
import type {Paragraph, Sentence} from 'nlcst'

/** What every reading holds: the children it was made from, and their number then. */
export interface NodeReading<N extends Paragraph | Sentence> {
  readonly children: N['children']
  readonly length: number
}

/** A store of readings of one kind of node: `readingOf(node)` gives the node’s, made fresh when none fits. */
export function nodeReadings<N extends Paragraph | Sentence, R extends NodeReading<N>>(): (node: N) => R {
  const readings = new WeakMap<N, R>()
  return function (node) {
    const reading = {children: node.children, length: node.children.length} as R
    if (isSmall(node)) return reading
    const kept = readings.get(node)
    if (kept !== undefined && kept.children === node.children && kept.length === node.children.length) return kept
    readings.set(node, reading)
    return reading
  }
}

/** Characters under which a node’s reading is not kept. */
const keptFrom = 48

function isSmall(node: Paragraph | Sentence): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start !== undefined && end !== undefined && end - start < keptFrom
}
