/**
 * `npm run fit [-- --only aeb,trafilatura --grid 0.6,0.8,1,1.25,1.6 --folds 5]`:
 * fit the boilerplate locator’s `strictness` with cross-validation by site.
 *
 * The pages of `../shared/eval` (the article-extraction benchmark, scored as
 * its metric does, and trafilatura’s suite, scored by its snippets; both as
 * plain text and as HTML) are grouped by site (the host of their URL), and
 * the sites dealt into folds: no site is in two. For each fold, the value
 * that scores best on the other folds is chosen, and scored on this one’s
 * pages; the held-out scores of all folds together are the figure to quote.
 * The default’s figure on all pages, and the best value’s in-sample figure,
 * are printed beside it: a figure from the pages a value was chosen on is
 * not a result.
 *
 * The scorers are `../shared/eval/score`’s own, imported at run time.
 */
import {existsSync} from 'node:fs'
import {digest} from '../src/index.js'
import {digestHtml} from '../src/html/index.js'
import {readJsonl} from './eval/lib.js'

const evalRoot = new URL('../../shared/eval/', import.meta.url)
if (!existsSync(evalRoot)) {
  console.log('fit: ../shared/eval is missing, nothing to fit on')
  process.exit(0)
}

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : process.argv[index + 1]
}

const grid = (argument('grid') ?? '0.6,0.8,1,1.25,1.6').split(',').map(Number)
const folds = Number(argument('folds') ?? 5)
const only = new Set((argument('only') ?? 'aeb,trafilatura').split(','))
const defaultStrictness = 1

type Extraction = {tpFpFn: (gold: string, pred: string) => [number, number, number]; aggregate: (triples: Array<[number, number, number]>) => {f1: number}}
type SnippetPage = {id: string; with: string[]; without: string[]}
type Count = {tp: number; fp: number; fn: number; tn: number}
type Snippets = {countPage: (page: SnippetPage, text: string | null) => Count; scores: (count: Count) => {f1: number}}

const extraction = (await import(new URL('score/score-extraction.mjs', evalRoot).href)) as Extraction
const snippets = (await import(new URL('score/score-snippets.mjs', evalRoot).href)) as Snippets

/** A page’s score under each value of the grid, and its site. */
interface Scored<T> {
  site: string
  byValue: T[]
}

interface FitSet<T> {
  name: string
  pages: Array<Scored<T>>
  figure: (items: T[]) => number
}

function siteOf(url: unknown): string {
  try {
    return new URL(String(url)).hostname.replace(/^www\./, '')
  } catch {
    return 'unknown'
  }
}

function body(doc: Record<string, unknown>, input: 'text' | 'html', strictness: number): string {
  const plugins = {boilerplate: {strictness}}
  try {
    return input === 'text' ? digest(String(doc.text ?? ''), {plugins}).body : digestHtml(String(doc.html ?? ''), {plugins}).body
  } catch {
    return ''
  }
}

async function aebSet(input: 'text' | 'html'): Promise<FitSet<[number, number, number]>> {
  const pages: Array<Scored<[number, number, number]>> = []
  for await (const doc of readJsonl(new URL('data/boilerplate/aeb.jsonl.gz', evalRoot))) {
    const gold = String(doc.gold ?? '')
    pages.push({site: siteOf(doc.url), byValue: grid.map((value) => extraction.tpFpFn(gold, body(doc, input, value)))})
  }

  return {name: `aeb${input === 'html' ? '-html' : ''}`, pages, figure: (items) => 100 * extraction.aggregate(items).f1}
}

async function trafilaturaSet(input: 'text' | 'html'): Promise<FitSet<Count>> {
  const pages: Array<Scored<Count>> = []
  for await (const doc of readJsonl(new URL('data/boilerplate/trafilatura-dev.jsonl.gz', evalRoot))) {
    const page = {id: String(doc.id), with: doc.with as string[], without: doc.without as string[]}
    pages.push({site: siteOf(doc.url), byValue: grid.map((value) => snippets.countPage(page, body(doc, input, value)))})
  }

  const figure = (items: Count[]): number => {
    const sum = {tp: 0, fp: 0, fn: 0, tn: 0}
    for (const item of items) for (const key of ['tp', 'fp', 'fn', 'tn'] as const) sum[key] += item[key]
    return 100 * snippets.scores(sum).f1
  }

  return {name: `trafilatura-dev${input === 'html' ? '-html' : ''}`, pages, figure}
}

/** A fold for each site, the same on every run (FNV-1a of the host). */
function foldOf(site: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < site.length; index++) hash = Math.imul(hash ^ site.charCodeAt(index), 0x01000193)
  return (hash >>> 0) % folds
}

function report<T>(set: FitSet<T>): void {
  const at = (value: number) => grid.indexOf(value)
  const column = (items: Array<Scored<T>>, index: number) => items.map((page) => page.byValue[index]!)
  const best = (items: Array<Scored<T>>) => {
    let chosen = 0
    for (let index = 1; index < grid.length; index++) if (set.figure(column(items, index)) > set.figure(column(items, chosen))) chosen = index
    return chosen
  }

  const heldOut: T[] = []
  const chosen: number[] = []
  for (let fold = 0; fold < folds; fold++) {
    const train = set.pages.filter((page) => foldOf(page.site) !== fold)
    const test = set.pages.filter((page) => foldOf(page.site) === fold)
    if (test.length === 0) continue
    const index = best(train)
    chosen.push(grid[index]!)
    heldOut.push(...column(test, index))
  }

  const sites = new Set(set.pages.map((page) => page.site)).size
  const inSample = best(set.pages)
  console.log(
    [
      set.name.padEnd(22),
      `${set.pages.length} pages, ${sites} sites`.padEnd(22),
      `default ${defaultStrictness}: ${set.figure(column(set.pages, at(defaultStrictness))).toFixed(2)}`.padEnd(18),
      `best in-sample ${grid[inSample]}: ${set.figure(column(set.pages, inSample)).toFixed(2)}`.padEnd(27),
      `CV by site: ${set.figure(heldOut).toFixed(2)} (chosen ${chosen.join(', ')})`
    ].join('  ')
  )
}

/**
 * One value for both sets of an input (the option has one default): each
 * fold’s value is the one with the best mean of the two sets’ figures on
 * the other folds; each set’s held-out figure is printed.
 */
function reportJoint(sets: ReadonlyArray<FitSet<any>>): void {
  const column = (items: Array<Scored<unknown>>, index: number) => items.map((page) => page.byValue[index]!)
  const meanOn = (pick: (page: Scored<unknown>) => boolean, index: number) =>
    sets.reduce((sum, set) => sum + set.figure(column(set.pages.filter(pick), index)), 0) / sets.length
  const heldOut = sets.map(() => [] as unknown[])
  const chosen: number[] = []
  for (let fold = 0; fold < folds; fold++) {
    let index = 0
    for (let next = 1; next < grid.length; next++) if (meanOn((page) => foldOf(page.site) !== fold, next) > meanOn((page) => foldOf(page.site) !== fold, index)) index = next
    chosen.push(grid[index]!)
    for (const [place, set] of sets.entries()) heldOut[place]!.push(...column(set.pages.filter((page) => foldOf(page.site) === fold), index))
  }

  const figures = sets.map((set, place) => `${set.name} ${set.figure(heldOut[place]!).toFixed(2)}`)
  console.log(`joint: CV by site ${figures.join(', ')} (chosen ${chosen.join(', ')})`)
  const all = grid.map((value, index) => `${value}: ${sets.map((set) => set.figure(column(set.pages, index)).toFixed(2)).join(' / ')}`)
  console.log(`  in-sample by value (${sets.map((set) => set.name).join(' / ')}): ${all.join('; ')}`)
}

if (!grid.includes(defaultStrictness)) grid.push(defaultStrictness)
console.log(`strictness grid ${grid.join(', ')}; ${folds} folds by site`)
for (const input of ['text', 'html'] as const) {
  const sets: Array<FitSet<any>> = []
  if (only.has('aeb')) sets.push(await aebSet(input))
  if (only.has('trafilatura')) sets.push(await trafilaturaSet(input))
  for (const set of sets) report(set)
  if (sets.length > 1) reportJoint(sets)
}
