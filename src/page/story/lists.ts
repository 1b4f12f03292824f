/**
 * Lists in stories: schedules, results, ingredients, numbered points. Their
 * items are short lines that do not read as sentences, like menu entries,
 * but they come in runs that menus do not make (see `listItems`).
 */
import type {StoryBlock} from './locate.js'

/** How far apart (in blocks) two items of a numbered list may be. */
const listReach = 4
/** Fewest blocks in a row with one shape that make a list. */
const shapeRun = 3
/** Items of a list share the start of their shape (an item may add a bracket at its end). */
const shapePrefix = 3
/** Most items of a list opened by a colon. */
const listItemsMost = 40
/** Most words of a line that opens a list (`Scorers:`, `The team is as follows:`). */
const introWords = 12
/** Most words of such an item. */
const listWords = 20

/**
 * Which blocks are items of a list: a run of blocks of the same shape, or a
 * numbered list, where an item’s number is one more than that of a block
 * shortly before. Menus are never numbered in order; lists in stories often
 * are.
 */
export function listItems(blocks: readonly StoryBlock[]): boolean[] {
  const result: boolean[] = blocks.map(() => false)
  // Runs of blocks with the same shape (`0--`): dates and places, results,
  // schedules. Menus have no shape (their items are bare words) or a short
  // one (`Formula 1` → `0`).
  let runStart = 0
  for (let index = 1; index <= blocks.length; index++) {
    const first = blocks[runStart]!
    const shape = first.rule ? '' : first.features.shape.slice(0, shapePrefix)
    const next = blocks[index]
    if (next && shape.length >= 2 && next.features.shape.startsWith(shape) && !next.rule) continue
    if (index - runStart >= shapeRun) for (let at = runStart; at < index; at++) result[at] = true
    runStart = index
  }

  // Where each number was last seen.
  const seen = new Map<number, number>()
  for (const [index, block] of blocks.entries()) {
    const ordinal = block.features.ordinal
    if (ordinal === undefined) continue
    const previous = seen.get(ordinal - 1)
    if (previous !== undefined && index - previous <= listReach) {
      result[index] = true
      result[previous] = true
    }

    seen.set(ordinal, index)
  }

  // A line that ends with a colon (“The five winners are:”, “Scorers:”)
  // opens a list: the short lines after it, up to a long one or a line a
  // rule took, are its items.
  let open = false
  let items = 0
  for (const [index, block] of blocks.entries()) {
    const {features} = block
    if (block.rule) {
      open = false
      continue
    }

    if (open && items < listItemsMost && features.size < listWords) {
      result[index] = true
      items++
      continue
    }

    open = features.colon && features.size <= introWords
    items = 0
  }

  return result
}
