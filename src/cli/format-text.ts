/**
 * A digest as a report to read in a terminal (`--format text`).
 */
import type {Digest} from '../types.js'

const width = 78

/** Render `digest` as plain text, ending in a newline. */
export function formatText(digest: Digest): string {
  const blocks: string[] = []

  const head: string[] = []
  if (digest.headline) head.push(...wrap(digest.headline.toUpperCase(), ''))
  if (digest.dek) head.push(...wrap(digest.dek, ''))
  const credit = [
    digest.byline.text ?? (digest.byline.authors.length > 0 ? 'By ' + digest.byline.authors.join(', ') : ''),
    digest.dateline
      ? digest.dateline.text +
        (digest.dateline.place && digest.dateline.place.toLowerCase() !== digest.dateline.text.toLowerCase()
          ? ` (${digest.dateline.place})`
          : '')
      : ''
  ].filter(Boolean)
  if (credit.length > 0) head.push(credit.join(' · '))
  for (const contact of digest.byline.contacts) head.push(`Contact: ${contact.name} <${contact.email}>`)
  if (head.length > 0) blocks.push(head.join('\n'))

  if (digest.summary.length > 0) {
    blocks.push(section('Summary', digest.summary.flatMap((d) => bullet(d.text))))
  }

  if (digest.keyphrases.length > 0) {
    blocks.push(section('Keyphrases', wrap(digest.keyphrases.map((d) => d.phrase).join(', '), '  ')))
  }

  if (digest.keywords.length > 0) {
    blocks.push(section('Keywords', wrap(digest.keywords.map((d) => d.word).join(', '), '  ')))
  }

  const entities = (
    [
      ['People', digest.entities.people],
      ['Places', digest.entities.places],
      ['Organizations', digest.entities.organizations]
    ] as const
  )
    .filter(([, list]) => list.length > 0)
    .flatMap(([label, list]) =>
      wrap(`${label}: ` + list.map((d) => (d.count > 1 ? `${d.name} (${d.count})` : d.name)).join(', '), '  ', '    ')
    )
  if (entities.length > 0) blocks.push(section('Entities', entities))

  if (digest.quotes.length > 0) {
    blocks.push(
      section(
        'Quotes',
        digest.quotes.flatMap((d) => bullet(`“${d.text}” — ${d.speaker ?? 'unattributed'}`))
      )
    )
  }

  if (digest.figures.length > 0) {
    blocks.push(section('Figures', digest.figures.flatMap((d) => bullet(describeFigure(d)))))
  }

  if (digest.dates.length > 0) {
    blocks.push(
      section(
        'Dates',
        wrap(digest.dates.map((d) => (d.value ? `${d.text} (${d.value})` : d.text)).join(', '), '  ')
      )
    )
  }

  const {stats} = digest
  const counts = [
    plural(stats.words, 'word'),
    plural(stats.sentences, 'sentence'),
    plural(stats.paragraphs, 'paragraph'),
    `${stats.readingMinutes} min read`
  ]
  const statLines = wrap(counts.join(' · '), '  ')
  if (digest.boilerplate.length > 0) {
    const rules = [...new Set(digest.boilerplate.map((d) => d.rule))]
    statLines.push(...wrap(`Boilerplate: ${plural(digest.boilerplate.length, 'block')} (${rules.join(', ')})`, '  ', '    '))
  }

  blocks.push(section('Stats', statLines))

  // The story last: the report's short parts stay on the first screen.
  if (digest.body) {
    const story = digest.body.split(/\n{2,}/).map((paragraph) => wrap(paragraph, '  ').join('\n'))
    blocks.push(`Story\n${story.join('\n\n')}`)
  }

  return blocks.join('\n\n') + '\n'
}

function describeFigure(figure: Digest['figures'][number]): string {
  // The value, or a range's bounds, in the currency's code or the unit.
  const reading = [
    figure.value === null ? '' : [figure.range ? `${figure.range.min}–${figure.range.max}` : figure.value, figure.currency ?? figure.unit].filter((d) => d !== null).join(' '),
    figure.what ?? ''
  ].filter(Boolean)
  return reading.length > 0 ? `${figure.text} → ${reading.join(' · ')}` : figure.text
}

function section(title: string, lines: string[]): string {
  return [title, ...lines].join('\n')
}

function bullet(text: string): string[] {
  return wrap(text, '  • ', '    ')
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * Greedy word wrap to `width` columns; `first` prefixes the first line,
 * `rest` (default: as wide as `first`, blank) the following ones.
 */
export function wrap(text: string, first: string, rest = ' '.repeat(first.length)): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = first
  let empty = true

  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line)
      line = rest
      empty = true
    }

    line += (empty ? '' : ' ') + word
    empty = false
  }

  if (!empty || lines.length === 0) lines.push(line.trimEnd())
  return lines
}
