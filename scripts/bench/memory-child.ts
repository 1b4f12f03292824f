/**
 * Digest 10 MB of article text and print its time and peak memory as JSON.
 * argv[2] says which text: `real`, the text in the file argv[3] (the parent
 * saves the stories of the shared evaluation sets there, each once, English
 * news first, then pages in other languages, up to 10 MB; with argv[3]
 * `write` this prints that text), or invented varied text, none repeated,
 * when there is no file; `repeated`, the bench article over and over, which
 * flatters every cache keyed by a paragraph’s text.
 */
import {existsSync, readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {digest} from '../../src/digest.js'
import {madeUpArticle} from './article.js'
import {setData, setTexts} from './set-texts.js'
import {variedText} from './varied-text.js'

const size = 10_000_000
const sets = [
  'summary/cnndm.jsonl',
  'keyphrases/duc2001.jsonl',
  'summary/bbc.jsonl',
  'keyphrases/kpcrowd.jsonl',
  'quotes/polnear.jsonl',
  'boilerplate/aeb.jsonl.gz',
  'boilerplate/trafilatura-dev.jsonl.gz'
]

/** Stories of the shared sets, each once, joined by blank lines, up to `size`; `undefined` when the sets are absent. */
function realStories(): string | undefined {
  if (!existsSync(setData)) return undefined
  const stories: string[] = []
  let length = 0
  for (const set of sets) {
    for (const text of setTexts(set)) {
      if (length >= size) break
      stories.push(text.trim())
      length += text.length + 2
    }
  }

  return stories.join('\n\n').slice(0, size)
}

const [kind = 'real', file = ''] = process.argv.slice(2)

if (file === 'write') {
  // Print the real text for the parent to save: reading the sets (their
  // pages’ HTML too) costs more memory than the digest itself, so the run
  // that measures only reads the text it is given.
  process.stdout.write(realStories() ?? '')
} else {
  const {text, source} = inputOf(kind, file)
  const before = process.resourceUsage().maxRSS / 1024
  const start = performance.now()
  digest(text)
  const ms = performance.now() - start
  console.log(JSON.stringify({size: text.length, ms, peakMb: process.resourceUsage().maxRSS / 1024, beforeMb: before, source}))
}

/** The text to digest: read from `file`, or the bench article repeated, or invented varied stories. */
function inputOf(kind: string, file: string): {text: string; source: string} {
  if (file !== '') return {text: readFileSync(file, 'utf8'), source: 'real stories of ../shared/eval, none repeated'}
  if (kind === 'repeated') {
    const article = madeUpArticle()
    return {text: Array.from({length: Math.ceil(size / article.length)}, () => article).join('\n'), source: 'the bench article, repeated'}
  }

  return {text: variedText(size), source: 'invented varied stories, none repeated (../shared/eval absent)'}
}
