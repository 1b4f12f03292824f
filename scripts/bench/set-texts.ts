/**
 * The texts of one shared evaluation set (`../shared/eval/data/<set>`, JSON
 * Lines, gzipped when it ends in `.gz`), for the benches that time real,
 * non-repeated stories.
 */
import {existsSync, readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'

/** Where the shared sets are. */
export const setData = new URL('../../../shared/eval/data/', import.meta.url)

/** The non-blank `text` of every document of `set`, in order; empty when the set is absent. */
export function setTexts(set: string): string[] {
  const file = new URL(set, setData)
  if (!existsSync(file)) return []
  const raw = readFileSync(file)
  const texts: string[] = []
  for (const line of (set.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n')) {
    if (line.trim() === '') continue
    const {text} = JSON.parse(line) as {text?: unknown}
    if (typeof text === 'string' && text.trim() !== '') texts.push(text)
  }

  return texts
}
