/**
 * Plugin: figures (numbers with what they count) and dates.
 *
 * Reads each paragraph’s text once for dates and once for numbers; a number
 * inside a date (`Jan. 5, 2026`) is part of the date, and a year (`in 2025`)
 * is a date, never also a figure.
 */
import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf, spanOf} from '../nlcst/paragraphs.js'
import {paragraphText, textPlaces} from '../nlcst/text.js'
import {checkOptions} from '../options.js'
import type {DateMention, Figure} from '../types.js'
import {anchorsOf} from './anchors.js'
import {findDates} from './dates.js'
import {findNumbers} from './numbers.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'

/** Options of `retextArticleFigures`. */
export interface Options {
  /**
   * Also report numbers with neither a unit nor anything they count
   * (`ages`, scores, list numbers); default: `false`.
   */
  bareNumbers?: boolean | null | undefined
}

export type {Options as FiguresOptions}

/**
 * Find figures and dates, and store them in `file.data.figures` and
 * `file.data.dates`, in input order.
 */
export function retextArticleFigures(options?: Options | null) {
  const settings = checkOptions('retextArticleFigures', options, {bareNumbers: 'boolean'})
  const bareNumbers = settings.bareNumbers ?? false

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    const source = String(file)
    const figures: Figure[] = []
    const dates: DateMention[] = []
    const jumps = (file.data.htmlReferences?.length ?? 0) > 0

    for (const paragraph of paragraphsOf(tree)) {
      const span = spanOf(paragraph)
      if (!span || !isRead(paragraph)) continue
      const text = paragraphText(paragraph, source)
      const places = textPlaces(paragraph, jumps)
      const anchors = anchorsOf(text)
      const found = findDates(text, anchors.dates)
      const years: DateMention[] = []
      let next = 0

      for (const number of findNumbers(text, anchors.numbers)) {
        // Both lists are in order: one walk drops numbers that sit inside dates.
        while (next < found.length && found[next]!.end <= number.start) next++
        const date = found[next]
        if (date && date.start < number.end) continue
        const {start, end} = {start: places.toSource(number.start), end: places.toSource(number.end)}
        if (number.year) {
          years.push({text: number.text, kind: 'year', value: number.text, start, end})
        } else if (bareNumbers || number.unit !== null || number.what !== null) {
          figures.push({text: number.text, value: number.value, unit: number.unit, what: number.what, start, end})
        }
      }

      const mentions = found.map(
        (date): DateMention => ({text: date.text, kind: date.kind, value: date.value, start: places.toSource(date.start), end: places.toSource(date.end)})
      )
      dates.push(...merge(mentions, years))
    }

    file.data.figures = figures
    file.data.dates = dates
  }
}

function isRead(paragraph: Paragraph): boolean {
  const data = paragraph.data
  return !data || (!data.boilerplate && data.articleRole !== 'byline' && data.articleRole !== 'signoff')
}

/** Merge two lists sorted by start. */
function merge(left: DateMention[], right: DateMention[]): DateMention[] {
  const result: DateMention[] = []
  let a = 0
  let b = 0
  while (a < left.length || b < right.length) {
    if (b >= right.length || (a < left.length && left[a]!.start <= right[b]!.start)) result.push(left[a++]!)
    else result.push(right[b++]!)
  }

  return result
}
