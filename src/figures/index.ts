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
import {textPlaces} from '../nlcst/text.js'
import {flowText} from '../nlcst/layout.js'
import {paragraphTextOf} from '../article/paragraph-reading.js'
import {checkOptions} from '../options.js'
import {figuresOptionSchema} from './options.js'
import type {DateMention, Figure} from '../types.js'
import {anchorsOf} from './anchors.js'
import {findDates} from './dates.js'
import {dayOf} from './calendar-math.js'
import {checkReferenceDate} from './reference-date.js'
import {findNumbers} from './numbers.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'
import {resolveDate} from './resolve.js'

/** Options of `retextArticleFigures`. */
export interface Options {
  /**
   * Also report numbers with neither a unit nor anything they count
   * (`ages`, scores, list numbers); default: `false`.
   */
  bareNumbers?: boolean | null | undefined
  /**
   * The day relative dates (`yesterday`, `last month`, `on Tuesday`) are read
   * against, as `YYYY-MM-DD`, when the text gives no date of its own (a
   * timestamp line, a dated byline or dateline: `file.data.article.published`
   * wins); default: none, so relative dates stay `null` unless the text dates
   * itself.
   */
  referenceDate?: string | null | undefined
}

export type {Options as FiguresOptions}


/**
 * Find figures and dates, and store them in `file.data.figures` and
 * `file.data.dates`, in input order.
 */
export function retextArticleFigures(options?: Options | null) {
  const settings = checkOptions('retextArticleFigures', options, figuresOptionSchema)
  const bareNumbers = settings.bareNumbers ?? figuresOptionSchema.bareNumbers.default
  const referenceDate = checkReferenceDate('retextArticleFigures', settings.referenceDate)

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    const source = String(file)
    const figures: Figure[] = []
    const dates: DateMention[] = []
    const published = file.data.article?.published?.value
    const reference = (published === undefined ? undefined : dayOf(published)) ?? referenceDate
    const jumps = (file.data.htmlReferences?.length ?? 0) > 0

    for (const paragraph of paragraphsOf(tree)) {
      const span = spanOf(paragraph)
      if (!span || !isRead(paragraph)) continue
      const text = paragraphTextOf(paragraph, source)
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
          years.push({text: flowText(number.text), kind: 'year', value: String(number.value), start, end})
        } else if (bareNumbers || number.unit !== null || number.what !== null) {
          const {text, value, unit, what, kind, currency, range} = number
          figures.push({text: flowText(text), value, unit, what, kind, currency, range, start, end})
        }
      }

      const mentions = found.map(
        (date): DateMention => ({
          text: flowText(date.text),
          kind: date.kind,
          value: date.value ?? (reference ? resolveDate(date, text, reference) : null),
          start: places.toSource(date.start),
          end: places.toSource(date.end)
        })
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
