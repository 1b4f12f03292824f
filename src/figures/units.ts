/**
 * What a number is measured in: currencies (symbols and words, with their
 * ISO 4217 codes), percentages, measures and temperatures. The numbers
 * reader builds its pattern from these lists and reads its matches back
 * through them.
 */
import type {FigureKind} from '../types.js'

/** Currency symbols, with their ISO 4217 codes; `$` alone is read as US dollars. */
export const currencySymbols: ReadonlyMap<string, string> = new Map([
  ['US$', 'USD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['HK$', 'HKD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR']
])

/**
 * Currency words, each with its ISO 4217 code when the word alone tells it
 * (`''` when it does not: `kroner` are Danish or Norwegian), and the codes
 * the nationality before it gives (`Norwegian kroner`).
 */
const currencyWords: ReadonlyArray<readonly [forms: string, code: string, qualified?: Readonly<Record<string, string>>]> = [
  [
    'dollars dollar',
    'USD',
    {us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', 'new zealand': 'NZD', singapore: 'SGD', taiwan: 'TWD'}
  ],
  ['euros euro', 'EUR'],
  ['pounds pound sterling', 'GBP', {egyptian: 'EGP', lebanese: 'LBP'}],
  ['yen', 'JPY'],
  ['yuan renminbi', 'CNY'],
  ['rupees rupee', '', {indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR'}],
  ['kroner krone', '', {norwegian: 'NOK', danish: 'DKK'}],
  ['kronor krona', 'SEK', {icelandic: 'ISK'}],
  ['francs franc', '', {swiss: 'CHF'}],
  ['pesos peso', '', {mexican: 'MXN', argentine: 'ARS', philippine: 'PHP', chilean: 'CLP', colombian: 'COP'}],
  ['reais', 'BRL'],
  ['roubles rubles rouble ruble', 'RUB'],
  ['lira', 'TRY'],
  ['won', 'KRW'],
  ['rand', 'ZAR'],
  ['ringgit', 'MYR'],
  ['baht', 'THB'],
  ['shekels shekel', 'ILS'],
  ['zlotys zloty', 'PLN'],
  ['forints forint', 'HUF'],
  ['naira', 'NGN'],
  ['dirhams dirham', '', {emirati: 'AED', moroccan: 'MAD'}],
  ['riyals riyal', '', {saudi: 'SAR', qatari: 'QAR'}],
  ['shillings shilling', '', {kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS'}]
]

/** Currency words that are as often something else: a currency only after a scale (`2 million pounds`, not `30 pounds`). */
export const ambiguousCurrencies: ReadonlySet<string> = new Set(['pounds', 'pound', 'won', 'rand'])

const wordCodes = new Map<string, {code: string; qualified: Readonly<Record<string, string>>}>()
const qualifierSet = new Set<string>()
for (const [forms, code, qualified = {}] of currencyWords) {
  for (const form of forms.split(' ')) wordCodes.set(form, {code, qualified})
  for (const qualifier of Object.keys(qualified)) qualifierSet.add(qualifier)
}

// Longest first, so `pounds sterling` wins over `pounds`.
const byLength = (a: string, b: string) => b.length - a.length
/** The currency words, as a pattern: an optional nationality, then the word. */
export const currencyWordPattern = `(?:(?:${[...qualifierSet].sort(byLength).map(escape).join('|')})\\s)?(?:pounds?\\ssterling|${[...wordCodes.keys()].sort(byLength).join('|')})`

/**
 * The ISO 4217 code of a currency written as a word, with its nationality
 * (`Norwegian kroner` → `NOK`), or `null` when it cannot be told.
 */
export function currencyCodeOf(written: string): string | null {
  const lower = written.toLowerCase().replace(/\s+/g, ' ')
  const word = lower.endsWith(' sterling') && lower !== 'sterling' ? lower.slice(0, -' sterling'.length) : lower
  for (const [form, entry] of wordCodes) {
    if (word !== form && !word.endsWith(' ' + form)) continue
    const qualifier = word.slice(0, -form.length).trim()
    if (qualifier) return entry.qualified[qualifier] ?? null
    return entry.code || null
  }

  return null
}

/** The currency word alone, without its nationality (`Norwegian kroner` → `kroner`). */
export function currencyWordOf(written: string): string {
  const lower = written.toLowerCase().replace(/\s+/g, ' ')
  for (const qualifier of qualifierSet) if (lower.startsWith(qualifier + ' ')) return lower.slice(qualifier.length + 1)
  return lower
}

/** Percentages and rates, as written, with the unit they are given in. */
export const percentUnits: ReadonlyMap<string, string> = new Map([
  ['%', '%'],
  ['percent', '%'],
  ['per cent', '%'],
  ['pct', '%'],
  ['percentage point', 'percentage points'],
  ['percentage points', 'percentage points'],
  ['basis point', 'basis points'],
  ['basis points', 'basis points'],
  ['bp', 'basis points'],
  ['bps', 'basis points']
])

/** Measures, longest first within each stem, so `square metres` wins over `metres` and `km/h` over `km`. */
export const measurePattern = [
  '(?:square|sq|cubic)\\s(?:kilometres|kilometers|metres|meters|miles|feet|foot|km|m|ft|mi)',
  'km/h',
  'km²|m²|km2|m2',
  'kilometres?|kilometers?|km|kph|mph',
  'miles?',
  'centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|metres?|meters?',
  'feet|foot|ft|inches|inch|yards?',
  'kilograms?|kg|grams?|tonnes?|tons?|lbs?|ounces?|oz',
  'hectares?|ha|acres?',
  'litres?|liters?|gallons?|barrels?|bpd',
  'megawatts?|gigawatts?|kilowatts?|[kmgt]wh|[kmg]w',
  'knots|degrees?'
].join('|')

/** A temperature scale after a number: `°C`, `° F`, `degrees Celsius`, or a capital `C`/`F` right after the digits. */
export const temperaturePattern = '°\\s?[CF]?|\\s?degrees?\\s(?:Celsius|Fahrenheit|centigrade|C|F)(?![\\p{L}])|[CF]'

/** The unit of a temperature as written: `°C`, `°F` or `°`. */
export function temperatureUnitOf(written: string): string {
  const last = written.trim().toLowerCase()
  if (last.endsWith('c') || last.endsWith('celsius') || last.endsWith('centigrade')) return '°C'
  if (last.endsWith('f') || last.endsWith('fahrenheit')) return '°F'
  return '°'
}

/** The kind of a figure from what it is measured in. */
export function kindOf(unit: {currency: boolean; percent: boolean; temperature: boolean; measure: boolean}): FigureKind {
  if (unit.currency) return 'money'
  if (unit.percent) return 'percent'
  if (unit.temperature) return 'temperature'
  if (unit.measure) return 'measure'
  return 'count'
}

function escape(value: string): string {
  return value.replace(/[.]/g, '\\.').replace(/ /g, '\\s')
}
