/**
 * A light list of the people an article names, to put full names on
 * speakers (`Putin` → `Vladimir Putin`) and to find who `he said` means.
 */
import {placeOf} from '../lexicon/gazetteer.js'
import {eventEnds, notNamePhrases, organizationEnds, organizationNames, organizationStarts, placeEnds, roleOf} from '../lexicon/titles.js'
import {FullNames} from '../nlcst/full-names.js'
import type {NameRun} from '../nlcst/names.js'
import {shapeOf} from '../nlcst/word-shapes.js'
import {speechVerbs} from '../lexicon/speech-verbs.js'

/** People named in an article, in order. */
export class People {
  readonly #fullNames = new FullNames()
  /** Full names as first written, by key. */
  readonly #written = new Map<string, string>()
  readonly #counts = new Map<string, number>()
  /** Mentions outside quotes that may be people, in input order. */
  readonly #mentions: NameRun[] = []
  /** Whether each of `#mentions` names a person for sure. */
  readonly #persons: boolean[] = []
  /** People named with a title or role outside quotes, by role, in input order. */
  readonly #roles = new Map<string, NameRun[]>()
  #people: NameRun[] = []

  /** Note a name run; `quoted` when it sits inside a quote. */
  add(run: NameRun, quoted: boolean): void {
    const kind = personLike(run)
    if (kind === undefined) return
    const key = keyOf(run)
    if (kind === 'person' && run.words.length > 1) {
      this.#fullNames.add(key, run.words)
      if (!this.#written.has(key)) this.#written.set(key, run.text)
    }

    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1)
    if (quoted) return
    this.#mentions.push(run)
    this.#persons.push(kind === 'person')
    const role = run.title === undefined ? undefined : roleOf(run.title)
    if (role !== undefined) {
      const list = this.#roles.get(role)
      if (list) list.push(run)
      else this.#roles.set(role, [run])
    }
  }

  /** Call once all runs are in: keeps the mentions that turned out to be people. */
  finish(): void {
    const people: NameRun[] = []
    for (const [index, run] of this.#mentions.entries()) {
      if (this.#persons[index] || this.#longer(run) !== undefined) people.push(run)
    }

    this.#people = people
  }

  /** The full name of the person a run names, as first written in full. */
  nameOf(run: NameRun): string {
    const key = keyOf(run)
    return this.#written.get(key) ?? this.#written.get(this.#longer(run) ?? '') ?? run.text
  }

  /** The person last named before `offset`, for a `he said`. */
  before(offset: number): string | undefined {
    const run = this.#people[lastBefore(this.#people, offset)]
    return run ? this.nameOf(run) : undefined
  }

  /**
   * The person last named before `offset` with the role `word` names, for a
   * `the president said` (`President Barack Obama`, `spokesman John Kirby`).
   */
  withRole(word: string, offset: number): string | undefined {
    const role = roleOf(word)
    const list = role === undefined ? undefined : this.#roles.get(role)
    const run = list ? list[lastBefore(list, offset)] : undefined
    return run ? this.nameOf(run) : undefined
  }

  /** Key of the most mentioned full name that `run` is a short form of. */
  #longer(run: NameRun): string | undefined {
    let best: string | undefined
    let most = 0
    for (const key of this.#fullNames.longerForms(run.words)) {
      const count = this.#counts.get(key) ?? 0
      if (count > most) {
        best = key
        most = count
      }
    }

    return best
  }
}

/**
 * Whether a run names a person (`person`), may (`maybe`: a lone word), or
 * does not (a place, an organisation, an acronym).
 */
function personLike(run: NameRun): 'person' | 'maybe' | undefined {
  if (run.kind !== 'name' || notNamePhrases.has(run.phrase)) return undefined
  if (run.title !== undefined || run.age) return 'person'
  const words = run.words
  const last = shapeOf(words[words.length - 1]!).normal
  const place = words.length === 1 ? shapeOf(run.text).place : placeOf(run.text)
  if (place !== undefined || organizationNames.has(last) || placeEnds.has(last) || eventEnds.has(last)) return undefined
  // `Ohio Department of Transportation`, `Acme Corp.`: a body, not a person.
  for (const word of words) if (shapeOf(word).organizationWord) return undefined
  if (words.length > 1) return 'person'
  if (shapeOf(words[0]!).allCaps) return undefined
  return speechVerbs.has(run.after) || speechVerbs.has(run.before) ? 'person' : 'maybe'
}

/** Index of the last run of `runs` (in input order) ending at or before `offset`; -1 when none. */
function lastBefore(runs: readonly NameRun[], offset: number): number {
  let low = 0
  let high = runs.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (runs[middle]!.end <= offset) low = middle + 1
    else high = middle
  }

  return low - 1
}

/** Key of a run: its words in lower case, with straight apostrophes. */
function keyOf(run: NameRun): string {
  return run.phrase.replace(/\u2019/g, "'")
}
