/**
 * The wrapped-text set (`wrapped.bbc`): each BBC story of the summary set is
 * hard-wrapped at 60–80 columns, as wire copy, e-mail and text archives come,
 * and its digest is compared with the digest of the story as given (one
 * paragraph a line). A story counts as `same` when both digests have the same
 * body (white space normalised), summary (white space normalised), paragraph
 * count, keyphrases and people.
 *
 * The layout is deterministic, by the story’s index in the file: the width is
 * `60 + (7 × index) mod 21`; every fourth story has CRLF line endings, and
 * every third (of the others) indents the first line of each paragraph.
 */
import {readFile} from 'node:fs/promises'
import {digest} from '../../src/digest.js'
import type {DigestOptions} from '../../src/digest.js'
import type {Digest} from '../../src/types.js'
import type {Doc, EvalSet} from './sets.js'

/** The options of `scripts/eval.ts`, for the digest of the unwrapped story. */
const options: DigestOptions = {summarySentences: 3, keywords: 15, keyphrases: 15}

/** The layout of story `index`. */
export function layoutOf(index: number): {width: number; crlf: boolean; indent: boolean} {
  const crlf = index % 4 === 3
  return {width: 60 + ((7 * index) % 21), crlf, indent: !crlf && index % 3 === 2}
}

/**
 * Wrap each line of `text` greedily at `width` columns (a word longer than
 * that stands on a line of its own), as `fold -s` and Python’s `textwrap` do.
 */
export function wrapText(text: string, layout: {width: number; crlf: boolean; indent: boolean}): string {
  const lines: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const words = line.split(/[ \t]+/).filter(Boolean)
    if (words.length === 0) {
      lines.push('')
      continue
    }

    let current = layout.indent ? '    ' + words[0]! : words[0]!
    for (const word of words.slice(1)) {
      if (current.length + 1 + word.length > layout.width) {
        lines.push(current)
        current = word
      } else current += ' ' + word
    }

    lines.push(current)
  }

  return lines.join(layout.crlf ? '\r\n' : '\n')
}

/** What is compared of a digest. */
interface Compared {
  body: string
  summary: string[]
  paragraphs: number
  keyphrases: string[]
  people: string[]
}

const fields = ['body', 'summary', 'paragraphs', 'keyphrases', 'people'] as const

function flow(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function compared(result: Digest | undefined): Compared {
  if (!result) return {body: '', summary: [], paragraphs: 0, keyphrases: [], people: []}
  return {
    body: flow(result.body),
    summary: result.summary.map((d) => flow(d.text)),
    paragraphs: result.stats.paragraphs,
    keyphrases: result.keyphrases.map((d) => d.phrase),
    people: result.entities.people.map((d) => d.name)
  }
}

async function readRecords(path: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(path, 'utf8')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** The set: gold is the digest of the story as given, the prediction that of the wrapped story. */
export const wrapped: EvalSet = {
  key: 'wrapped.bbc',
  task: 'wrapped',
  data: 'summary/bbc.jsonl',
  text: (doc, index) => wrapText(doc.text, layoutOf(index)),
  gold: (doc: Doc) => ({id: doc.id, ...compared(digest(doc.text, options))}),
  predict: (_, result) => ({system: {...compared(result)}}),
  async score(gold, predictions) {
    const expected = await readRecords(gold)
    const actual = new Map((await readRecords(predictions.system!)).map((d) => [d.id, d]))
    const same: Record<string, number> = {all: 0}
    for (const field of fields) same[field] = 0
    for (const record of expected) {
      const got = actual.get(record.id)
      let all = true
      for (const field of fields) {
        const equal = got !== undefined && JSON.stringify(got[field]) === JSON.stringify(record[field])
        if (equal) same[field]!++
        else all = false
      }

      if (all) same.all!++
    }

    const total = Math.max(expected.length, 1)
    const figures: Record<string, number> = {'wrapped.bbc.same': (100 * same.all!) / total}
    for (const field of fields) figures[`wrapped.bbc.${field}`] = (100 * same[field]!) / total
    return figures
  }
}
