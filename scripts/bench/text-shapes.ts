/**
 * Plain-text shapes for the hostile-input bench, each a function of the size
 * in characters, and the reference: varied, non-repeated ordinary text of
 * the same size (`varied-text.ts`).
 */
import {variedText} from './varied-text.js'

/** `unit(index)` repeated until `size` characters, cut there. */
function fill(size: number, unit: (index: number) => string): string {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const part = unit(index)
    parts.push(part)
    length += part.length
  }

  return parts.join('').slice(0, size)
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** Hostile shapes by name. */
export const textShapes: Record<string, (size: number) => string> = {
  'ordinary text': (size) => variedText(size),
  'one-character lines': (size) => fill(size, () => 'a\n'),
  'CR-only short lines': (size) => fill(size, (index) => `${letters[index % 26]!.toLowerCase()}b\r`),
  'line of initials': (size) => fill(size, (index) => `${letters[index % 26]}. `),
  'one character': (size) => 'a'.repeat(size),
  'full stops': (size) => '.'.repeat(size),
  '“Subscribe” lines': (size) => fill(size, () => 'Subscribe\n'),
  'line without spaces': (size) => fill(size, () => 'ab.cd,'),
  'nested quotes': (size) => {
    const depth = Math.floor(size / 4)
    return '\u201C"'.repeat(depth) + 'x' + '"\u201D'.repeat(depth)
  },
  'nested brackets': (size) => {
    const depth = Math.floor(size / 4)
    return '(['.repeat(depth) + 'x' + '])'.repeat(depth)
  },
  'e-mail addresses': (size) => fill(size, (index) => `Write to Jo Roe at jo.roe${index}@paper.example\n`),
  'binary junk': (size) => {
    let seed = 7
    return fill(size, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return String.fromCharCode(seed % 0xff_ff)
    })
  }
}
