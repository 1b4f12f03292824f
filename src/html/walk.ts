/**
 * Walk a hast tree and cut its visible text into blocks (see `blocks.ts`).
 *
 * Iterative (an explicit stack), so a page nested ten thousand levels deep
 * costs time, not the call stack; one visit per node.
 */
import type {Element, Nodes, Root} from 'hast'
import {BlockBuilder, hiddenTags, hidesElement, namesArticleBody} from './blocks.js'
import type {ElementInfo, WalkedBlock} from './blocks.js'

export type {WalkedBlock} from './blocks.js'

/** Marker on the work list: leave the element entered last. */
const leave = Symbol('leave')

/** Cut the visible text of `tree` into blocks. */
export function walkBlocks(tree: Root | Element): WalkedBlock[] {
  const builder = new BlockBuilder()
  const work: Array<Nodes | typeof leave> = [...childrenOf(tree)].reverse()
  while (work.length > 0) {
    const item = work.pop()!
    if (item === leave) {
      builder.close()
      continue
    }

    if (item.type === 'text') {
      builder.text(item.value, item.position?.start.offset, item.position?.end.offset)
      continue
    }

    if (item.type !== 'element' || isHidden(item)) continue
    if (item.tagName === 'br') {
      builder.lineBreak()
      continue
    }

    builder.open(infoOf(item))
    work.push(leave)
    const children = childrenOf(item)
    for (let index = children.length - 1; index >= 0; index--) work.push(children[index]!)
  }

  return builder.finish()
}

function childrenOf(node: Root | Element): Nodes[] {
  return node.type === 'element' && node.tagName === 'template' ? [] : node.children
}

function infoOf(node: Element): ElementInfo {
  const className = node.properties.className
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
  const id = typeof node.properties.id === 'string' ? node.properties.id : ''
  const itemprop = node.properties.itemProp
  const props = Array.isArray(itemprop) ? itemprop.join(' ') : typeof itemprop === 'string' ? itemprop : ''
  return {tag: node.tagName, names: `${classes} ${id}`, articleBody: props !== '' && namesArticleBody(props)}
}

function isHidden(node: Element): boolean {
  if (hiddenTags.has(node.tagName)) return true
  const properties = node.properties
  if (properties.hidden === true || properties.hidden === '') return true
  if (String(properties.ariaHidden) === 'true') return true
  const style = properties.style
  return typeof style === 'string' && hidesElement(style)
}
