/**
 * `timestamp`: page metadata lines made only of a date, a time and words
 * like “Updated” or “min read” (“Updated Jan. 1, 2026 9:24 pm ET”, “3 min
 * read”). The story’s own dates sit inside sentences and never match.
 */
import {calendarWords} from '../../lexicon/calendar.js'
import type {Line} from './line.js'
import {onlyVocabulary, wordSet} from './line.js'
import {patternRule} from './rule.js'

// Months, days and the cues of page metadata in German, French, Spanish,
// Italian, Portuguese, Dutch and Polish (“Veröffentlicht am 3. März 2026
// um 9:24 Uhr”, “Publié le 3 mars 2026 à 9 h 24”, “Publikacja: 03.03.2026”).
const foreignCalendar =
  ' januar februar märz april mai juni juli august september oktober november dezember jän feb mär apr jun jul aug sep sept okt nov dez' +
  ' montag dienstag mittwoch donnerstag freitag samstag sonntag' +
  ' janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche' +
  ' enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo' +
  ' gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica' +
  ' janeiro fevereiro março maio junho julho setembro outubro dezembro segunda terça quarta quinta sexta' +
  ' januari februari maart mei juli augustus oktober' +
  ' stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia' +
  ' uhr veröffentlicht veröffentlichung aktualisiert publiziert geändert publié actualisé publicado actualizado atualizado pubblicato aggiornato publikacja opublikowano aktualizacja gepubliceerd bijgewerkt'

const dateWords = {
  words: wordSet(
    'published updated posted modified last first on at ago just now today yesterday by read reading time listen listening watch am pm a m p h et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet ist kst jst hkt sgt aest aedt wib sast' +
      ' um von vor stand zuletzt erstellt lesezeit minuten stunden tagen heute gestern le à mis jour il y el a las de del hace hoy ayer il alle ultima modifica ore em às há op om dnia godz'
  ),
  strong: wordSet(
    calendarWords +
      ' min mins minute minutes hour hours hr hrs second seconds sec secs day days week weeks month months year years ago updated published' +
      foreignCalendar
  ),
  numbers: true,
  maxWords: 20
}

const digit = /\d/

export const timestamp = patternRule({
  id: 'timestamp',
  reason: 'Unexpected timestamp, expected story text',
  maxLength: 120,
  // “32M ago”, “updated 16m ago”, “2H ago”: the short form of teaser lists.
  lines: [
    /^(?:updated\s+)?\d{1,3}\s?(?:s|m|min|h|hr|d|w)\s+ago$/i,
    // A date in figures on its own line, as pages print it under a
    // headline: “03.03.2026”, “3.3.2026, 9:24 Uhr”, “2026-03-03 09:24:00”.
    /^\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?:,?\s+(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*uhr)?)?$/i,
    /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
    // The post line of blog platforms: “Posted by Jane Roe at 9:24 PM”,
    // “Eingestellt von Jane Roe um 21:24”.
    /^(?:posted\s+by|eingestellt\s+von|publi[ée]\s+par|publicado\s+por|pubblicato\s+da)\s+.{1,60}?\s+(?:at|um|à|a\s+las|alle)\s+\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|uhr))?$/i
  ],
  // A number is required: “Updated” or “May” alone is not a timestamp.
  test: (line: Line) => !line.sentence && digit.test(line.text) && onlyVocabulary(line.text, dateWords)
})
