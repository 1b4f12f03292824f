/**
 * Who a quote is attributed to, from the words around it:
 * `“…,” he said` · `“…,” said Jane Roe` · `“…,” Jane Roe, a lawyer, said` ·
 * `Jane Roe said: “…”` · `“…,” according to Jane Roe`.
 */
import {speechVerbPattern as verbs} from '../lexicon/speech-verbs.js'
import {isRoleLike, roleOf} from '../lexicon/titles.js'
import type {NameRun} from '../nlcst/names.js'

/** What the words around a quote say about its speaker. */
export type Cue =
  /** `subject`: only the subject of the sentence, no speech verb (`Ruiz called the plan “…”`). */
  | {kind: 'name'; run: NameRun; subject?: boolean}
  /** `he said`: the speaker was named before. */
  | {kind: 'pronoun'}
  /** `the president said`: the speaker was named before with that role, `word`. */
  | {kind: 'role'; word: string}
  /** `the report said`, `they said`: attributed, but to no one named. */
  | {kind: 'unnamed'}
  /** `according to a transcript`: a source, which may carry someone else’s words. */
  | {kind: 'source'}


// How far from a quote its attribution may sit.
const reach = 240

const lead = /^[\s,;:—–-]*/
const pronounFirst = new RegExp(`^(he|she|they|we|i)\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?(?:${verbs})\\b`, 'i')
const verbFirst = new RegExp(`^(?:${verbs})\\s+`, 'i')
const unnamedSubject = new RegExp(`^(?:the|a|an|his|her|their|its|one|another)\\s[^“”"«».!?]{0,80}?\\b(?:${verbs})\\b`, 'i')
const roleWords = /^(?:\p{Ll}[\p{L}’'-]*\s+){0,3}/u
// After a name, perhaps an apposition (`, a lawyer,`) and a few small words (`on Tuesday`, `has`).
const verbAfterName = new RegExp(
  `^(?:\\s+and\\s+\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,2})?\\s*(?:,[^,“”"«»]{0,120},\\s*|,\\s*)?(?:(?:on|last|this)\\s+\\p{Lu}\\p{Ll}+\\s+|(?:also|later|then|has|had|have|once|previously|again|repeatedly|publicly)\\s+){0,3}(?:${verbs})\\b`,
  'u'
)
// The attribution closes its clause: `…, Mr. Clyburn said.`, not `Kim said their alliance…`.
const closesClause = /^\s*(?:(?:on|in|at|to|during|after|before|from|with)\s[^.,;!?“”"«»]{0,60})?[.,;!?]/
const verbAtEnd = new RegExp(`(?:\\b(?:${verbs})\\s*,|:)\\s*$`, 'i')
const leadingThe = /^the\s+/i
// `the president said`, `the former chief executive told`: up to two words before the role.
const roleSubject = new RegExp(`^the\\s+(?:[\\p{L}’'-]+\\s+){0,2}?([\\p{L}-]+)\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?(?:${verbs})\\b`, 'iu')
// `said the president.`: the role closes the clause.
const roleObject = /^the\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}-]+)\s*(?:[.,;!?]|$)/iu
const capitalised = /\p{Lu}/u
const roleBefore = new RegExp(`\\bthe\\s+(?:[\\p{L}’'-]+\\s+){0,2}?([\\p{L}-]+)\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?(?:${verbs})\\b`, 'giu')
const according = /\baccording to\s+/i
// What `pronounBefore` and `roleBefore` start with (same flags, so the same `\b`): without it, neither can match.
const pronounStart = /\b(?:he|she)\s/i
const theStart = /\bthe\s/iu
const titlesOnly = /^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u
const pronounBefore = new RegExp(`\\b(?:he|she)\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?(?:${verbs})\\b`, 'gi')
// A full stop after a title or an initial (`Mr. Roe`, `John R. Roe`) ends no sentence.
const endOfSentence = /[.!?](?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Jr|Sr|Prof|Rev|\p{Lu})\.)\s/u
// Words that make a name between a verb and a speaker something else than a title (`said the report by Ana Ruiz`).
const notTitleWords = /(?:^|\s)(?:by|of|for|to|in|on|with|from|at|and|or|that|which|who|about)\s/i
const roleApposition = /^(?:[\p{L}’'-]+\s+){0,3}([\p{L}-]+),\s*$/u
// Between a body and the person it names: the role, a word or three (`Minister`, `chief medical officer`).
const roleGap = /^\s+(?:[\p{L}’'-]+\s+){1,3}$/u
const lowerWordsOnly = /^(?:(?:\p{Lu}[\p{L}.’'-]*|\p{Ll}[\p{Ll}’'-]*)\s+){0,4}$/u
// The subject of a sentence: a name not after a preposition or article, then a verb or an apposition.
const notSubjectBefore = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'about', 'against', 'into', 'over', 'under', 'the', 'a', 'an', 'and', 'or', 'than', 'as', 'like', 'between', 'after', 'before', 'during', 'toward', 'towards', 'near'])
const subjectAfter = /^(?:\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+|once\s+)?(\p{Ll}+)|\s*,)/u
const notVerbs = new Set(['of', 'and', 'or', 'for', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'is', 'was', 'are', 'were', 'will', 'would'])

/**
 * The cue after a quote, in `text` from `from` (just past the closing mark)
 * to `limit` (the next quote, or the end of the paragraph). `base` is the
 * offset of `text` in the input, where `runs` point.
 */
export function cueAfter(text: string, base: number, from: number, limit: number, runs: readonly NameRun[]): Cue | undefined {
  const tail = text.slice(from, Math.min(limit, from + reach))
  const skip = lead.exec(tail)![0].length
  const rest = tail.slice(skip)
  const at = base + from + skip

  const pronoun = pronounFirst.exec(rest)
  if (pronoun) return /^(?:he|she)$/i.test(pronoun[1]!) ? {kind: 'pronoun'} : {kind: 'unnamed'}

  const verb = verbFirst.exec(rest)
  if (verb) return nameAt(runs, at + verb[0].length, rest.slice(verb[0].length)) ?? roleIn(roleObject.exec(rest.slice(verb[0].length))) ?? {kind: 'unnamed'}

  // `Jane Roe said`, `Mr. Roe, a lawyer, said`, `campaign chairman John Podesta told`.
  const prefix = roleWords.exec(rest)![0].length
  // The first name there, or one after more titles and roles (`Democratic strategist Ana Ruiz said`).
  for (let index = firstAtOrAfter(runs, at + prefix); index < runs.length && runs[index]!.start < at + prefix + 40; index++) {
    const named = nameAt(runs.slice(index, index + 1), at + prefix, rest.slice(prefix))
    if (named && verbAfterName.test(text.slice(named.run.end - base, Math.min(limit, named.run.end - base + reach)))) {
      return named
    }
  }

  const role = roleIn(roleSubject.exec(rest))
  if (role) return role
  if (unnamedSubject.test(rest)) return {kind: 'unnamed'}

  const sentenceEnd = endOfSentence.exec(rest)
  const clause = sentenceEnd ? rest.slice(0, sentenceEnd.index) : rest
  // `“…” and enact her agenda, Mr. Clyburn said`: a name with its verb later in the sentence.
  for (let index = firstAtOrAfter(runs, at); index < runs.length; index++) {
    const run = runs[index]!
    if (run.end > at + clause.length) break
    const after = text.slice(run.end - base, Math.min(limit, run.end - base + reach))
    const verb = verbAfterName.exec(after)
    if (verb && closesClause.test(after.slice(verb[0].length))) return {kind: 'name', run}
  }

  // `…,” according to the report`: within the same sentence.
  const match = according.exec(clause)
  if (match) {
    const offset = match.index + match[0].length
    return nameAt(runs, at + offset, clause.slice(offset)) ?? {kind: 'source'}
  }

  return undefined
}

/**
 * The cue before a quote, in `text` from `from` (the start of its sentence,
 * or the end of the quote before) to `open` (its opening mark): the last
 * name that a speech verb follows (`Obama said he is “surprised”`), or `he said`.
 */
export function cueBefore(text: string, base: number, from: number, open: number, runs: readonly NameRun[]): Cue | undefined {
  const start = Math.max(from, open - reach)
  let best: NameRun | undefined
  let first: NameRun | undefined
  for (let index = firstAtOrAfter(runs, base + start); index < runs.length; index++) {
    const run = runs[index]!
    if (run.end > base + open) break
    first ??= run
    const after = text.slice(run.end - base, Math.min(open, run.end - base + reach))
    if (verbAfterName.test(after)) best = run
  }

  const head = text.slice(start, open)
  // The words before start at their sentence: the last `he said` there is the nearest.
  let pronoun: number | undefined
  // Cheap tests first: each pattern matches only where its first words are.
  if (pronounStart.test(head)) for (const match of head.matchAll(pronounBefore)) pronoun = match.index
  if (pronoun !== undefined && (!best || base + start + pronoun > best.end)) return {kind: 'pronoun'}
  // `The president said: “…”`, after any name that a verb follows.
  let role: {kind: 'role'; word: string; at: number} | undefined
  for (const match of theStart.test(head) ? head.matchAll(roleBefore) : []) {
    const found = roleIn(match)
    if (found) role = {...found, at: match.index}
  }

  if (role && (!best || base + start + role.at > best.end)) return {kind: 'role', word: role.word}
  if (best) return {kind: 'name', run: best}
  // `The report, according to its author Ana Ruiz, was “…”`.
  const source = according.exec(head)
  if (source) {
    const from = source.index + source[0].length
    const prefix = roleWords.exec(head.slice(from))![0].length
    const named = nameAt(runs, base + start + from + prefix, head.slice(from + prefix))
    if (named) return named
  }

  // `Trump returned and declared, “…”`: the verb ends the words before, its subject opens them.
  if (first && verbAtEnd.test(head)) return {kind: 'name', run: first}
  // `Ana Ruiz, noting that…, called the plan “…”`: the subject of the sentence is the source.
  for (let index = firstAtOrAfter(runs, base + start); index < runs.length; index++) {
    const run = runs[index]!
    if (run.end > base + open) break
    if (notSubjectBefore.has(run.before)) continue
    const after = subjectAfter.exec(text.slice(run.end - base, Math.min(open, run.end - base + 40)))
    if (after && (after[1] === undefined || !notVerbs.has(after[1]))) return {kind: 'name', run, subject: true}
  }

  return undefined
}

/**
 * A role cue from a match of a role pattern, when its last word names a role
 * (`the president`, not `the report`) and no name qualifies it: `the CNN
 * host` may be another host than the one named before.
 */
function roleIn(match: RegExpExecArray | RegExpMatchArray | null | undefined): {kind: 'role'; word: string} | undefined {
  const word = match?.[1]
  if (word === undefined || roleOf(word) === undefined) return undefined
  const qualifiers = match![0].slice(3, match![0].lastIndexOf(word))
  return capitalised.test(qualifiers) ? undefined : {kind: 'role', word}
}

/**
 * A name run starting at `at`, perhaps after titles (`said President Barack
 * Obama`), or after a body and a role (`said Energy Minister Kari Holm`,
 * `said Red Cross official Amina Said`: the person, not the body).
 */
function nameAt(runs: readonly NameRun[], at: number, rest: string): {kind: 'name'; run: NameRun} | undefined {
  const index = firstAtOrAfter(runs, at)
  let run = runs[index]
  if (!run || run.start >= at + 40) return undefined
  const next = runs[index + 1]
  if (next?.title !== undefined && roleGap.test(rest.slice(run.end - at, next.start - at)) && rest.slice(run.end - at, next.start - at).toLowerCase().includes(next.title)) {
    run = next
  }

  const between = rest.slice(0, run.start - at).replace(leadingThe, '')
  // `said President Ana Ruiz`, `told Republican pollster Ana Ruiz`.
  if (titlesOnly.test(between) || (lowerWordsOnly.test(between) && !notTitleWords.test(' ' + between))) return {kind: 'name', run}
  // `said the mayor, Ana Ruiz`, `said the company’s chief executive, Ana Ruiz`.
  const role = roleApposition.exec(between)
  return role && isRoleLike(role[1]!) ? {kind: 'name', run} : undefined
}

/** The first run starting in `[from, to)`. */
function runAt(runs: readonly NameRun[], from: number, to: number): NameRun | undefined {
  const run = runs[firstAtOrAfter(runs, from)]
  return run && run.start < to ? run : undefined
}

/** Index of the first run starting at or after `offset` (binary search). */
function firstAtOrAfter(runs: readonly NameRun[], offset: number): number {
  let low = 0
  let high = runs.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (runs[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return low
}
