import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextKeywords from 'retext-keywords'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {retextArticleTagger} from '../src/tagger/index.js'
import {run} from './helpers.js'

/** `word/TAG` for every word of `text`, after the tagger. */
function tagged(text: string): string {
  const {tree} = run(text, [retextArticleTagger])
  return pairs(tree).join(' ')
}

function pairs(tree: Root): string[] {
  const result: string[] = []
  visit(tree, 'WordNode', (node) => {
    result.push(`${toString(node)}/${node.data?.partOfSpeech ?? '?'}`)
  })
  return result
}

describe('retextArticleTagger', () => {
  it('tags every word with a Penn Treebank tag', () => {
    expect(tagged('The harbour company plans to rebuild the old pier.')).toBe(
      'The/DT harbour/NN company/NN plans/VBZ to/TO rebuild/VB the/DT old/JJ pier/NN'
    )
  })

  it('tells verbs from nouns by their neighbours', () => {
    expect(tagged('Officials fear the storm, and they hope the ferry helps.')).toBe(
      'Officials/NNS fear/VBP the/DT storm/NN and/CC they/PRP hope/VBP the/DT ferry/NN helps/VBZ'
    )
    expect(tagged('Lawmakers will vote on the bridge plan.')).toBe('Lawmakers/NNS will/MD vote/VB on/IN the/DT bridge/NN plan/NN')
    // `to` before a bare noun of place or state is a preposition.
    expect(tagged('The mayor went to court.')).toBe('The/DT mayor/NN went/VBD to/TO court/NN')
  })

  it('reads a past tense spelt as a noun between a subject and its object', () => {
    expect(tagged('Quarries in Wales cut output, and gales hit the pier.')).toBe(
      'Quarries/NNS in/IN Wales/NNP cut/VBD output/NN and/CC gales/NNS hit/VBD the/DT pier/NN'
    )
    // In a phrase it stays a noun.
    expect(tagged('The council backed a tax cut plan.')).toBe('The/DT council/NN backed/VBD a/DT tax/NN cut/NN plan/NN')
  })

  it('makes adjectives and things of verb forms inside noun phrases', () => {
    expect(tagged('The armed guards joined a massive rebuilding effort.')).toBe(
      'The/DT armed/JJ guards/NNS joined/VBD a/DT massive/JJ rebuilding/NN effort/NN'
    )
    expect(tagged('The bridge was rebuilt and the military said the poor were hit.')).toBe(
      'The/DT bridge/NN was/VBD rebuilt/VBN and/CC the/DT military/NN said/VBD the/DT poor/NN were/VBD hit/VBN'
    )
  })

  it('reads capitals as names only where they say something', () => {
    expect(tagged('Crews in New Orleans met US officials.')).toBe('Crews/NNS in/IN New/NNP Orleans/NNP met/VBD US/NNP officials/NNS')
    // First in a sentence, a capital says nothing: the rest of the text decides.
    expect(tagged('Ferries stopped. Ortiz said the ferries and Ortiz would return.')).toBe(
      'Ferries/NNS stopped/VBD Ortiz/NNP said/VBD the/DT ferries/NNS and/CC Ortiz/NNP would/MD return/VB'
    )
    // Capitals that open a story are not acronyms when the text writes the word in lower case.
    expect(tagged('CREWS worked late. The crews left at dawn.')).toBe('CREWS/NNS worked/VBD late/JJ The/DT crews/NNS left/VBD at/IN dawn/NN')
  })

  it('finds the verb a headline hides', () => {
    expect(tagged('Storm batters coastal towns')).toBe('Storm/NN batters/VBZ coastal/JJ towns/NNS')
  })

  it('tags numbers and compounds', () => {
    expect(tagged('About 4,000 storm-battered homes were counted.')).toBe(
      'About/IN 4/CD 000/CD storm-battered/JJ homes/NNS were/VBD counted/VBN'
    )
    expect(tagged('The town re-establishes ferries it rebuilt.')).toBe('The/DT town/NN re-establishes/VBZ ferries/NNS it/PRP rebuilt/VBD')
  })

  it('lets retext-keywords run without retext-pos', () => {
    const text = 'The harbour pier reopened.\nThe harbour pier was closed for a year, and the pier now has a new harbour light.'
    const {file} = run(text, [retextArticleTagger, [retextKeywords, {maximum: 2}]])
    expect(file.data.keywords?.map((d) => d.stem).sort()).toEqual(['harbour', 'pier'])
    expect(file.data.keyphrases?.[0]?.stems).toEqual(['harbour', 'pier'])
  })
})
