/**
 * Prove that a change leaves every output as it was: digest the first
 * documents of each shared evaluation set (`../shared/eval/data`) with the
 * eval options and with the defaults (and some pages with `digestHtml`),
 * then save the outputs or compare them with those saved.
 *
 *   npm run golden -- write [N]    save to .eval-out/golden.json (N docs a set, default 150)
 *   npm run golden -- check [N]    compare; exits 1 and shows the first differences
 *   npm run golden -- fixtures     write test/fixtures/<case>/expected.json again (needs no ../shared)
 *
 * Run `write` before a refactor or a speed-up and `check` after it.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'
import {digest} from '../src/digest.js'
import {digestHtml} from '../src/html/index.js'
import {writeFixtures} from '../test/fixture-cases.js'

const [mode = 'check', count = '150'] = process.argv.slice(2)
if (mode === 'fixtures') {
  const changed = writeFixtures()
  console.log(changed.length === 0 ? 'golden: every fixture gives its saved digest' : `golden: saved ${changed.join(', ')}; review the diff`)
  process.exit(0)
}

const limit = Number(count)
const data = new URL('../../shared/eval/data/', import.meta.url)
const saved = new URL('../.eval-out/golden.json', import.meta.url)
const files = [
  'keyphrases/duc2001.jsonl',
  'keyphrases/kpcrowd.jsonl',
  'summary/cnndm.jsonl',
  'summary/bbc.jsonl',
  'boilerplate/aeb.jsonl.gz',
  'entities/conll2003-dev.jsonl',
  'quotes/polnear.jsonl'
]
const options = {summarySentences: 3, keywords: 15, keyphrases: 15}
/** Pages of a set digested as HTML too. */
const pages = 40

if (!existsSync(data)) {
  console.log('golden: ../shared/eval/data is absent, nothing to compare')
  process.exit(0)
}

const outputs: Record<string, string> = {}
for (const file of files) {
  const bytes = readFileSync(new URL(file, data))
  const lines = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').split('\n')
  const docs = lines.filter(Boolean).slice(0, limit).map((line) => JSON.parse(line) as {id: string; text: string; html?: string})
  for (const [index, doc] of docs.entries()) {
    outputs[`${file}#${doc.id}`] = JSON.stringify(digest(doc.text, options))
    outputs[`${file}#${doc.id}#default`] = JSON.stringify(digest(doc.text))
    if (doc.html && index < pages) outputs[`${file}#${doc.id}#html`] = JSON.stringify(digestHtml(doc.html, options))
  }
}

if (mode === 'write') {
  mkdirSync(new URL('.', saved), {recursive: true})
  writeFileSync(saved, JSON.stringify(outputs))
  console.log(`golden: saved ${Object.keys(outputs).length} outputs`)
} else {
  const before = JSON.parse(readFileSync(saved, 'utf8')) as Record<string, string>
  let differ = 0
  for (const [key, value] of Object.entries(before)) {
    const now = outputs[key] ?? ''
    if (now === value) continue
    differ++
    if (differ > 3) continue
    let at = 0
    while (at < value.length && now[at] === value[at]) at++
    console.log(`${key}\n  before: …${value.slice(Math.max(0, at - 80), at + 160)}\n  now:    …${now.slice(Math.max(0, at - 80), at + 160)}`)
  }

  console.log(`golden: ${differ} of ${Object.keys(before).length} outputs differ`)
  process.exitCode = differ > 0 ? 1 : 0
}
