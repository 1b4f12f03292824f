/**
 * The fixture folders: `test/fixtures/<case>/` holds `input.txt` (digested
 * with `digest`) or `input.html` (with `digestHtml`), optionally
 * `options.json`, and `expected.json`, the digest it gives. Every input is
 * written for this project (invented stories). `npm run golden -- fixtures`
 * writes each `expected.json` again; review the diff before committing it.
 */
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {digest} from '../src/digest.js'
import type {DigestOptions} from '../src/digest.js'
import {digestHtml} from '../src/html/index.js'

const root = fileURLToPath(new URL('fixtures/', import.meta.url))

/** One fixture folder. */
export interface FixtureCase {
  name: string
  folder: string
  kind: 'text' | 'html'
  input: string
  options: DigestOptions | undefined
}

/** Every fixture folder with an input, by name. */
export function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = []
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name)
    if (!statSync(folder).isDirectory()) continue
    const html = join(folder, 'input.html')
    const kind = existsSync(html) ? 'html' : 'text'
    const input = readFileSync(kind === 'html' ? html : join(folder, 'input.txt'), 'utf8')
    const optionsFile = join(folder, 'options.json')
    const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as DigestOptions) : undefined
    cases.push({name, folder, kind, input, options})
  }

  return cases
}

/** The digest of a case, as JSON would hold it. */
export function digestOfCase(fixture: FixtureCase): unknown {
  const result = fixture.kind === 'html' ? digestHtml(fixture.input, fixture.options) : digest(fixture.input, fixture.options)
  return JSON.parse(JSON.stringify(result)) as unknown
}

/** The saved digest of a case, or `undefined` when none is saved yet. */
export function expectedOfCase(fixture: FixtureCase): unknown {
  const file = join(fixture.folder, 'expected.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined
}

/** Save the digest of every case as its `expected.json`; the names of those that changed. */
export function writeFixtures(): string[] {
  const changed: string[] = []
  for (const fixture of fixtureCases()) {
    const file = join(fixture.folder, 'expected.json')
    const next = JSON.stringify(digestOfCase(fixture), null, 2) + '\n'
    const before = existsSync(file) ? readFileSync(file, 'utf8') : ''
    if (before === next) continue
    writeFileSync(file, next)
    changed.push(fixture.name)
  }

  return changed
}
