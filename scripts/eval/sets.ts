/**
 * The evaluation sets: where each lives, what the library predicts for it
 * (and which baselines run beside it), and how its scorer’s output becomes
 * the figures of `results.json`.
 */
import type {Digest} from '../../src/types.js'
import {posTopics} from './baselines.js'
import {emptyBodies, leadSentences, pick, score} from './lib.js'
import {wrapped} from './wrapped.js'

/** Tasks, in the order they are run and printed. */
export const tasks = ['keyphrases', 'summary', 'boilerplate', 'entities', 'quotes', 'wrapped'] as const
export type Task = (typeof tasks)[number]

/** A data record of the shared sets. */
export type Doc = Record<string, unknown> & {id: string; text: string}

/** Prediction records (without `id`) by system: `system` is the library, the rest are baselines. */
export type Predictions = Record<string, Record<string, unknown>>

export interface EvalSet {
  /** Prefix of this set’s figures, `task.name` (`keyphrases.duc2001`). */
  key: string
  task: Task
  /** Data file, relative to the shared `eval/data/` folder. */
  data: string
  /** What the library reads (default `'text'`): `'html'` runs `digestHtml` on the record’s `html`. */
  input?: 'text' | 'html'
  /** The text to digest (default the record’s `text`); `index` counts the set’s records from 0. */
  text?: (doc: Doc, index: number) => string
  /** The fields of a data record that the scorer reads as gold. */
  gold: (doc: Doc) => Record<string, unknown>
  /** Predictions for one document; `digest` is `undefined` when it threw. */
  predict: (doc: Doc, digest: Digest | undefined) => Predictions
  /** Score files of gold and predictions (by system) into figures, keyed in full. */
  score: (gold: string, predictions: Record<string, string>, scorers: URL) => Promise<Record<string, number>>
}

const percent = (value: number): number => 100 * value

function keyphraseSet(name: string, field: 'keyphrases' | 'keywords'): EvalSet {
  const key = `keyphrases.${name}`
  return {
    key,
    task: 'keyphrases',
    data: `keyphrases/${name}.jsonl`,
    gold: (doc) => ({id: doc.id, text: doc.text, keyphrases: doc.keyphrases}),
    predict: (doc, digest) => ({
      system: {
        keyphrases: !digest
          ? []
          : field === 'keyphrases'
            ? digest.keyphrases.map((d) => d.phrase)
            : digest.keywords.map((d) => d.word)
      },
      // The engine of 0.1.0, `retext-pos` + `retext-keywords`, on the same list.
      'retext-pos': {keyphrases: posTopics(doc.text)[field]}
    }),
    async score(gold, predictions, scorers) {
      const figures: Record<string, number> = {}
      for (const [system, file] of Object.entries(predictions)) {
        const result = await score(new URL('score-keyphrases.mjs', scorers), ['--gold', gold, '--pred', file, '--k', '5,10'])
        const prefix = system === 'system' ? key : `${key}.${system}`
        figures[`${prefix}.f1@5`] = percent(pick(result, 'byK.5.macro.F1'))
        figures[`${prefix}.f1@10`] = percent(pick(result, 'byK.10.macro.F1'))
        figures[`${prefix}.p@10`] = percent(pick(result, 'byK.10.macro.P'))
        figures[`${prefix}.r@10`] = percent(pick(result, 'byK.10.macro.R'))
      }

      return figures
    }
  }
}

function summarySet(name: string): EvalSet {
  const key = `summary.${name}`
  return {
    key,
    task: 'summary',
    data: `summary/${name}.jsonl`,
    gold: (doc) => ({id: doc.id, reference: doc.reference}),
    predict: (doc, digest) => ({
      system: {summary: digest ? digest.summary.map((d) => d.text) : []},
      // LEAD-3 of the clean body (of the raw text when the digest failed).
      lead3: {summary: leadSentences(digest ? digest.body : doc.text, 3)}
    }),
    async score(gold, predictions, scorers) {
      const figures: Record<string, number> = {}
      for (const [system, file] of Object.entries(predictions)) {
        const result = await score(new URL('score-rouge.mjs', scorers), [gold, file])
        const prefix = system === 'system' ? key : `${key}.${system}`
        // The ROUGE scorer already reports percentages.
        figures[`${prefix}.r1`] = pick(result, 'mean.rouge1.fmeasure')
        figures[`${prefix}.r2`] = pick(result, 'mean.rouge2.fmeasure')
        figures[`${prefix}.rlsum`] = pick(result, 'mean.rougeLsum.fmeasure')
      }

      return figures
    }
  }
}

/** How an extraction set is scored (see `extractionSet`). */
interface ExtractionScoring {
  /** The scorer of the shared suite. */
  scorer: string
  /** Its arguments after the gold and prediction files. */
  args: readonly string[]
  /** Where its result holds `f1`, `precision` and `recall` (`''`, or `'all.'`). */
  path: string
  /**
   * Where the count of empty bodies comes from: the scorer’s result (its
   * `all.empty` and `all.failed`, beside the library’s other figures), or
   * the library’s prediction file (after every system’s figures).
   */
  empty: 'result' | 'file'
}

/**
 * An extraction set: `digest.body` of a page as plain text (with the whole
 * page as a baseline) or of its HTML (through `digestHtml`), scored as
 * `scoring` says, with `f1`, `precision`, `recall` and `empty` figures.
 */
function extractionSet(
  key: string,
  data: string,
  input: 'text' | 'html',
  gold: (doc: Doc) => Record<string, unknown>,
  scoring: ExtractionScoring
): EvalSet {
  return {
    key,
    task: 'boilerplate',
    data,
    input,
    gold,
    predict: (doc, digest) => ({
      system: {text: digest ? digest.body : ''},
      ...(input === 'text' ? {page: {text: doc.text}} : {})
    }),
    async score(goldFile, predictions, scorers) {
      const figures: Record<string, number> = {}
      for (const [system, file] of Object.entries(predictions)) {
        const result = await score(new URL(scoring.scorer, scorers), [goldFile, file, ...scoring.args])
        const prefix = system === 'system' ? key : `${key}.${system}`
        figures[`${prefix}.f1`] = percent(pick(result, `${scoring.path}f1`))
        figures[`${prefix}.precision`] = percent(pick(result, `${scoring.path}precision`))
        figures[`${prefix}.recall`] = percent(pick(result, `${scoring.path}recall`))
        if (system === 'system' && scoring.empty === 'result') figures[`${prefix}.empty`] = pick(result, 'all.empty') + pick(result, 'all.failed')
      }

      if (predictions.system && scoring.empty === 'file') figures[`${key}.empty`] = await emptyBodies(predictions.system)

      return figures
    }
  }
}

/**
 * The article-extraction benchmark: `digest.body` of the page as plain text
 * (`boilerplate.aeb`, with the whole page as a baseline) or of its HTML
 * (`boilerplate.aeb-html`, through `digestHtml`).
 */
function boilerplateSet(input: 'text' | 'html'): EvalSet {
  return extractionSet(
    input === 'text' ? 'boilerplate.aeb' : 'boilerplate.aeb-html',
    'boilerplate/aeb.jsonl.gz',
    input,
    (doc) => ({id: doc.id, gold: doc.gold}),
    {scorer: 'score-extraction.mjs', args: ['--n-bootstrap', '0'], path: '', empty: 'file'}
  )
}

/**
 * trafilatura's evaluation suite (pages in languages other than English):
 * `digest.body` of the page as plain text (`boilerplate.trafilatura-dev`,
 * with the whole page as a baseline) or of its HTML
 * (`boilerplate.trafilatura-dev-html`), scored by must-have and must-not
 * snippets (`score-snippets.mjs`). `empty` counts pages whose body came back
 * empty (or whose digest threw).
 */
function snippetSet(input: 'text' | 'html'): EvalSet {
  return extractionSet(
    input === 'text' ? 'boilerplate.trafilatura-dev' : 'boilerplate.trafilatura-dev-html',
    'boilerplate/trafilatura-dev.jsonl.gz',
    input,
    (doc) => ({id: doc.id, url: doc.url, lang: doc.lang, with: doc.with, without: doc.without}),
    {scorer: 'score-snippets.mjs', args: [], path: 'all.', empty: 'result'}
  )
}

const entityTypes = {people: 'PER', places: 'LOC', organizations: 'ORG'} as const

const entities: EvalSet = {
  key: 'entities.conll2003-dev',
  task: 'entities',
  data: 'entities/conll2003-dev.jsonl',
  gold: (doc) => ({id: doc.id, text: doc.text, entities: doc.entities}),
  predict: (_, digest) => ({
    system: {
      entities: digest
        ? Object.entries(entityTypes).flatMap(([field, type]) =>
            digest.entities[field as keyof typeof entityTypes].map((d) => ({text: d.name, type}))
          )
        : []
    }
  }),
  async score(gold, predictions, scorers) {
    const result = await score(new URL('score-entities.mjs', scorers), [gold, predictions.system!])
    const key = 'entities.conll2003-dev'
    return {
      [`${key}.f1`]: percent(pick(result, 'bag.micro.f1')),
      [`${key}.precision`]: percent(pick(result, 'bag.micro.p')),
      [`${key}.recall`]: percent(pick(result, 'bag.micro.r')),
      [`${key}.per.f1`]: percent(pick(result, 'bag.PER.f1')),
      [`${key}.loc.f1`]: percent(pick(result, 'bag.LOC.f1')),
      [`${key}.org.f1`]: percent(pick(result, 'bag.ORG.f1'))
    }
  }
}

const quotes: EvalSet = {
  key: 'quotes.polnear',
  task: 'quotes',
  data: 'quotes/polnear.jsonl',
  gold: (doc) => ({id: doc.id, text: doc.text, quotes: doc.quotes}),
  predict: (_, digest) => ({
    system: {
      quotes: digest
        ? digest.quotes.map((d) => ({text: d.text, speaker: d.speaker, start: d.start, end: d.end}))
        : []
    }
  }),
  async score(gold, predictions, scorers) {
    const result = await score(new URL('score-quotes.mjs', scorers), [gold, predictions.system!])
    return {
      'quotes.polnear.f1': percent(pick(result, 'f1')),
      'quotes.polnear.precision': percent(pick(result, 'precision')),
      'quotes.polnear.recall': percent(pick(result, 'recall')),
      'quotes.polnear.speaker': percent(pick(result, 'speakerAccuracy'))
    }
  }
}

/** Every set, in run order. */
export const sets: readonly EvalSet[] = [
  keyphraseSet('duc2001', 'keyphrases'),
  keyphraseSet('kpcrowd', 'keywords'),
  summarySet('cnndm'),
  summarySet('bbc'),
  boilerplateSet('text'),
  boilerplateSet('html'),
  snippetSet('text'),
  snippetSet('html'),
  entities,
  quotes,
  wrapped
]
