/**
 * Scans that stand for patterns count what the patterns find: every UTF-16
 * code unit between two letters, and a few texts.
 */
import {describe, expect, it} from 'vitest'
import {wordCount} from '../src/page/story/head.js'

describe('text scans', () => {
  it('wordCount counts what /\\S+/g finds', () => {
    const texts = ['', ' ', 'a', ' a ', 'Harbour  bridge\treopens\nin May', 'a\u00A0b', 'a\u2028b', 'x\uFEFFy', '😀 😀', 'a\u180Eb']
    for (const text of texts) expect(wordCount(text)).toBe(text.match(/\S+/g)?.length ?? 0)
    const differ: number[] = []
    for (let code = 0; code < 0x1_00_00; code++) {
      const text = 'a' + String.fromCharCode(code) + 'b'
      if (wordCount(text) !== (text.match(/\S+/g)?.length ?? 0)) differ.push(code)
    }

    expect(differ).toEqual([])
    expect(wordCount('Harbour  bridge\treopens\nin May')).toBe(5)
  })
})
