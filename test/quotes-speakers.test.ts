/**
 * `retextArticleQuotes`: speakers named around a quote in the ways news
 * writes them, on invented sentences.
 */
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {retextArticleEnglish} from '../src/parser/index.js'
import {retextArticleQuotes} from '../src/quotes/index.js'

function speakers(text: string): Array<[string, string | null]> {
  const processor = unified().use(retextArticleEnglish).use(retextArticleQuotes)
  const file = new VFile(text)
  processor.runSync(processor.parse(file) as Root, file)
  return file.data.quotes!.map((d) => [d.text, d.speaker])
}

describe('retextArticleQuotes: speakers', () => {
  it('takes the subject of the sentence when no speech verb names one', () => {
    expect(speakers('Marta Quill dismissed the plan on Friday, calling it “a costly detour for every commuter.”')).toEqual([
      ['a costly detour for every commuter.', 'Marta Quill']
    ])
  })

  it('takes a subject whose apposition holds the first quote, for both quotes', () => {
    const text = 'Mr. Delacroix, noting that the depot was “far too small for the fleet,” added: “We need a second one.”'
    expect(speakers(text)).toEqual([
      ['far too small for the fleet', 'Delacroix'],
      ['We need a second one.', 'Delacroix']
    ])
  })

  it('skips names after a preposition when looking for the subject', () => {
    const text = 'On the visit to Harwick, Senator Ilse Brandt attacked the council for its “slow and secretive habits.”'
    expect(speakers(text)).toEqual([['slow and secretive habits.', 'Ilse Brandt']])
  })

  it('gives a quoted term after an article no speaker from the subject alone', () => {
    expect(speakers('Ilse Brandt opened a “green corridor” along the river.')).toEqual([['green corridor', null]])
  })

  it('reads a speaker after a lower-case role word', () => {
    const text = '“The numbers are moving our way,” Democratic strategist Owen Pryce, who advises two campaigns, told a radio host.'
    expect(speakers(text)).toEqual([['The numbers are moving our way', 'Owen Pryce']])
  })

  it('does not end the sentence at a title’s full stop', () => {
    const text = '“Work starts in June” and the road reopens by winter, Mr. Halloran said.'
    expect(speakers(text)).toEqual([['Work starts in June', 'Halloran']])
  })
})

describe('retextArticleQuotes: single quotes', () => {
  it('finds British-style single quotes, straight and curly', () => {
    expect(speakers("'The depot stays open,' said Nadia Kerr.")).toEqual([['The depot stays open', 'Nadia Kerr']])
    expect(speakers('‘We were never told,’ said Owen Pryce.')).toEqual([['We were never told', 'Owen Pryce']])
  })

  it('tells quotes from apostrophes: possessives, elisions and contractions', () => {
    const text = "The drivers' union wasn't told in the '80s. 'It is a scandal,' said Nadia Kerr."
    expect(speakers(text)).toEqual([['It is a scandal', 'Nadia Kerr']])
  })

  it('drops a single quote that never closes in its paragraph', () => {
    expect(speakers("Fans sang 'til dawn and the 'new stand rose.")).toEqual([])
  })
})

describe('retextArticleQuotes: roles before the name', () => {
  it('reads `said the mayor, X` and `said the firm’s chief executive, X`', () => {
    expect(speakers('“Fares will fall,” said the mayor, Ines Torvald.')).toEqual([['Fares will fall', 'Ines Torvald']])
    expect(speakers('“Orders doubled,” said the company’s chief executive, Pavel Hruby.')).toEqual([['Orders doubled', 'Pavel Hruby']])
  })

  it('reads a role outside the role list set beside a name: `said the lead negotiator, X`', () => {
    expect(speakers('“We are close,” said the lead negotiator, Oskar Lind.')).toEqual([['We are close', 'Oskar Lind']])
    expect(speakers("'Two more weeks,' said the club's physiotherapist, Nell Arbery.")).toEqual([['Two more weeks', 'Nell Arbery']])
    // A thing in that place names no speaker.
    expect(speakers('“We are close,” said the report, Oskar Lind.')).toEqual([['We are close', null]])
  })

  it('takes the person, not the body, after a body and a role: `said Transport Secretary X`, `said Coastguard officer X`', () => {
    expect(speakers('“Both lanes reopen at dawn,” said Transport Secretary Malik Oduya.')).toEqual([['Both lanes reopen at dawn', 'Malik Oduya']])
    expect(speakers('“Stay off the pier,” said Coastguard officer Bea Lindqvist.')).toEqual([['Stay off the pier', 'Bea Lindqvist']])
  })

  it('takes `Councillor` as a title, not part of the name', () => {
    expect(speakers('“The bridge stays shut,” said Councillor Ruth Okafor.')).toEqual([['The bridge stays shut', 'Ruth Okafor']])
  })

  it('reads `said councillor X` and `said council member X`', () => {
    expect(speakers('“Not in my ward,” said councillor Ada Moyo.')).toEqual([['Not in my ward', 'Ada Moyo']])
    expect(speakers('“Not in my ward,” said council member Ada Moyo.')).toEqual([['Not in my ward', 'Ada Moyo']])
  })

  it('takes no name after a comma that follows no role', () => {
    expect(speakers('“Fares will fall,” said the report, Ines Torvald noted.')).toEqual([['Fares will fall', null]])
  })
})

describe('retextArticleQuotes: conventions', () => {
  it('keeps single marks for quotes within quotes when the story quotes in double marks', () => {
    const text = '“They called it ‘a fair price’ last year,” said Nadia Kerr. Kerr’s union meets on Friday.'
    expect(speakers(text)).toEqual([['They called it ‘a fair price’ last year', 'Nadia Kerr']])
  })

  it('reads single-quoted speech in a story that quotes in double marks, when a speech verb stands by it', () => {
    const text = [
      '“The ferry runs until May,” said Ilse Brand.',
      "'We will run it all winter,' said Tomas Vey, the ferry operator's manager.",
      "Vey told the council: 'Nobody asked the islanders.'",
      "The so-called 'winter timetable' has two crossings, and critics call it 'a gesture'."
    ].join('\n')
    expect(speakers(text)).toEqual([
      ['The ferry runs until May', 'Ilse Brand'],
      ['We will run it all winter', 'Tomas Vey'],
      ['Nobody asked the islanders.', 'Tomas Vey']
    ])
  })

  it('resolves a role given in apposition before a name: `the site manager, X,` … `the manager said`', () => {
    const text = 'The site manager, Ivo Marsh, walked the flooded tunnel. “The pumps are holding,” the manager said.'
    expect(speakers(text)).toEqual([['The pumps are holding', 'Ivo Marsh']])
  })

  it('resolves a role given in apposition to the person it follows', () => {
    const text = 'Ines Torvald, the mayor, opened the depot. “Fares will fall,” the mayor said.'
    expect(speakers(text)).toEqual([['Fares will fall', 'Ines Torvald']])
  })
})
