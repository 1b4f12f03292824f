/**
 * What surrounds pictures and players: credit lines (`photo-credit`),
 * captions that end with a credit (`caption`), and player or gallery
 * controls (`media-control`: “Toggle caption”, “1 of 12”, “Listen to this
 * article”).
 */
import type {Line} from './line.js'
import {matchesAny} from './line.js'
import {joinPatterns, patternRule} from './rule.js'

// A name in title case: “Jane Roe”, “KCNA”, “Ahn Young-joon”, “The New York Times”.
const name = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}`
// What joins a photographer to an agency: “Jane Roe/Reuters”, “KCNA via
// Reuters”, “Jane Roe for The New York Times”.
const joint = String.raw`\s*(?:\/|\s+via\s+|\s+for\s+(?=The\s))\s*`
const creditOnly = new RegExp(`^${name}${joint}${name}$`, 'u')
const stock = /^(?:getty\s+images|shutterstock|alamy|istock(?:photo)?|(?:ap|afp|reuters|epa)\s+photo)$/i

export const photoCredit = patternRule({
  id: 'photo-credit',
  reason: 'Unexpected photo credit, expected story text',
  maxLength: 140,
  labels: [
    /^(?:photo|photograph|photos|image|images|picture|pictures|pic|video|graphic|graphics|illustration|credit|credits|foto|fotos|bild|imagen|gambar|source|quelle|bildquelle|fotoquelle|titelbild|beitragsbild|kuva|cr[ée]dits?(?:\s+photos?)?|fuente|cr[ée]dito|źródło|zdjęcie)(?:\s+(?:credit|credits|courtesy|illustration))?\s*[:/|]\s*\S.{0,100}$/i,
    // “(AP Photo/Ahn Young-joon)”, “AP Photo/Ahn Young-joon”, “Photo by Jane
    // Roe”. A word before “picture:” makes a headline (“Big picture: …”), so
    // words before the cue need brackets or a slash.
    /^\((?:[\p{L}-]+\s+){0,2}(?:photo|foto|image|picture)s?\s*(?:\/|by\s|:)\s*[^()]{1,80}\)$/iu,
    /^(?:[\p{L}-]+\s+){0,2}(?:photo|foto)s?\s*\/\s*[^()]{1,80}$/iu,
    /^(?:photo|foto|image|picture)s?\s+by\s[^()]{1,80}$/i,
    /^courtesy(?:\s+of)?\s+[^.!?]{1,60}$/i,
    stock
  ],
  test: (line: Line) => line.words <= 8 && !line.sentence && creditOnly.test(line.text)
})

// Only the end of a line is tested for a caption’s credit.
const captionTail = 120
const captionCredits = joinPatterns([
  // “… in Pyongyang on Monday. Photo: KCNA/Reuters”. The cue is capitalised
  // and opens a part of its own (“The big picture: Why …” is a headline);
  // glued to the caption is how some pages come out (“…treatmentCredit: EPA”).
  /(?:^|[.!?”"’(]\s*|\p{Ll})(?:Photo(?:graph)?|PHOTO|Image|IMAGE|Picture|Credit|CREDIT|Foto|Illustration)s?(?:\s+[Cc]redit)?\s*:\s*\p{Lu}[^:.!?]{0,58}$/u,
  // “… last week.Credit...Anna Roe/The Times”: the cue glued on with dots.
  /(?:Credit|CREDIT|Photo|PHOTO)(?:\.{2,3}|…)\s*\p{Lu}[^:!?]{0,60}$/u,
  // “… in Kyiv. (AP Photo/Efrem Lukatsky)”
  /\((?:[\p{L}-]+\s+){0,2}(?:[Pp]hoto|PHOTO|[Ff]oto|[Ii]mage)s?\s*(?:\/|by\s|:)\s*[^()]{1,60}\)$/u,
  // “… in Kyiv. Jane Roe/Getty Images”
  new RegExp(String.raw`[.!?”"]\s+${name}${joint}${name}$`, 'u'),
  /\b(?:[Gg]etty\s+[Ii]mages|[Ss]hutterstock)\)?$/,
  // Credits as German, French and Spanish pages print them: “… am Hafen.
  // Foto: Jane Roe”, “… (Quelle: Roe/DJV)”, “… © Jane Roe”, “… (REUTERS/
  // Jane Roe)”, and the stock libraries.
  /(?:^|[.!?”"’“»)]\s*|\p{Ll})(?:Fotos?|Bild|Bildquelle|Quelle|Fotoquelle|Cr[ée]dits?(?:\s+photos?)?|Imagen|Fuente|Kuva)\s*:\s*\p{Lu}[^!?]{0,58}$/u,
  /\((?:Quelle|Bildquelle|Fotos?|Bild|Cr[ée]dits?|Fuente|Imagen)\s*:\s*[^()]{1,60}\)$/u,
  /(?:[.!?”"’“»]\s*|\p{Ll}\s)(?:©|\([Cc]\))\s*\p{Lu}[^!?©]{0,58}$/u,
  /[.!?”"»]\s*\([^()/]{1,40}\s?\/\s?[^()]{1,40}\)$/u,
  /\b(?:i[Ss]tock(?:photo)?|[Ff]otolia|[Pp]ixabay|[Uu]nsplash|[Aa]dobe\s*[Ss]tock|stock\.adobe|picture[- ]alliance|[Cc]lipdealer|pixelio)(?:\.com|\.de)?\)?$/
])

// Captions without a credit, in the wording agencies use: “In this Dec. 12,
// 2006, file photo, …”, “This illustration shows …”, “An artist’s concept of
// …”. A story sentence about a photo sits in a longer paragraph.
const captionOpenings = joinPatterns([
  /^(?:FILE\s*(?:PHOTO\s*)?[-–—:]\s*)?In\s+(?:this|these|a|an)\s+(?:\S+\s+){0,7}?(?:file\s+)?(?:photos?|images?|pictures?|frame\s+grab|still|handout|screenshot)\b/i,
  /^(?:this|these)\s+(?:\S+\s+){0,8}?(?:file\s+)?(?:photos?|photographs?|images?|pictures?|illustrations?|renderings?|screenshots?|screen\s+grabs?|video\s+stills?)[,]?\s+(?:\S+\s+){0,14}?(?:shows?|depicts?|taken|provided|released|made\s+available)\b/i,
  /^an?\s+artist['’]s\s+(?:concept|rendering|impression|illustration|depiction)\b/i
])

/** Most words of a caption without a credit. */
const captionWords = 60

export const caption = patternRule({
  id: 'caption',
  reason: 'Unexpected photo caption, expected story text',
  maxLength: 400,
  test: (line: Line) =>
    matchesAny(captionCredits, line.text.slice(-captionTail)) ||
    (line.words <= captionWords && matchesAny(captionOpenings, line.text))
})

export const mediaControl = patternRule({
  id: 'media-control',
  reason: 'Unexpected media control, expected story text',
  maxLength: 140,
  labels: [
    /^(?:toggle|hide|show)\s+caption$/i,
    /^(?:enlarge|expand|view|open)\s+(?:this\s+)?(?:image|photo|picture|gallery|slideshow)(?:\s+in\s+full\s*screen)?$/i,
    /^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i,
    /^(?:play|watch|replay)(?:\s+(?:video|now|live|the\s+video|full\s+video|audio|episode))?$/i,
    /^(?:video|audio|gallery|photos|now\s+playing|watch\s+live|live|caption|open\s+gallery|listen|slideshow)$/i,
    /^listen\s+to\s+(?:this|the)\s+(?:article|story|episode|podcast)\b.{0,40}$/i,
    /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$/,
    /^(?:watch|video|listen|audio)\s*:\s*.{1,120}$/i,
    // The placeholder of an embed a reader has not let load, and the
    // controls of a picture, in German.
    /^(?:externer|eingebetteter|empfohlener(?:\s+redaktioneller)?)\s+inhalt$/i,
    /^(?:bild|foto|galerie)\s+(?:anzeigen|vergr[öo][ßs]ern|schlie[ßs]en)(?:\s+(?:bild|foto|galerie)\s+(?:anzeigen|vergr[öo][ßs]ern|schlie[ßs]en))?$/i
  ]
})
