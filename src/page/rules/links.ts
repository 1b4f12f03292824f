/**
 * Links to other pages: “Read more: …” teasers (`read-more`), lists of
 * related stories (`related-links`) and site navigation (`navigation`:
 * breadcrumbs, menu labels, footer links).
 */
import type {Line} from './line.js'
import {onlyVocabulary, wordSet} from './line.js'
import {patternRule} from './rule.js'

// A teaser is a cue on its own, or a cue then a colon, a bar or an arrow and
// a headline; “Read more books, he urged” is a sentence and stays.
const teaser = String.raw`\s*(?:$|[:|»›>→…–—]|\.{3}|-\s)`

export const readMore = patternRule({
  id: 'read-more',
  reason: 'Unexpected read-more link, expected story text',
  maxLength: 300,
  lines: [
    new RegExp(
      String.raw`^(?:(?:read|see|click|tap)\s+(?:more|also|next|here)|also\s+read|read\s+the\s+full\s+(?:story|article)|read\s+full\s+(?:story|article)|see\s+also|more\s+on\s+this(?:\s+story)?|further\s+reading|recommended\s+reading|must\s+read|don['’]t\s+miss|read)` +
        teaser,
      'i'
    ),
    // Portuguese, Indonesian, German, French, Spanish, Italian, Dutch.
    new RegExp(
      String.raw`^(?:leia\s+(?:também|tambem|mais)|veja\s+(?:também|tambem)|saiba\s+mais|baca\s+(?:juga|selengkapnya)|simak\s+juga|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|(?:à\s+)?lire\s+(?:aussi|également|egalement)|voir\s+aussi|leer\s+más|lee\s+también|lea\s+también|ver\s+también|leggi\s+anche|lees\s+ook|lees\s+meer)` +
        teaser,
      'i'
    ),
    // “Clique na imagem e veja …”: “click” opens a teaser in these languages.
    // (An English “Click here to …” can be story text on a page about a
    // download, so only the teaser form above takes it.)
    /^(?:clique|clica|cliquez|haga\s+clic|klicken\s+sie|klik)\s+(?:aqui|e|y|et|und|dan|na|no|nas|nos|em|sur|ici|en|aquí|hier|auf|di)\b/i
  ]
})

export const relatedLinks = patternRule({
  id: 'related-links',
  reason: 'Unexpected related links, expected story text',
  maxLength: 300,
  lines: [
    /^(?:tags?|topics?|tagged|filed\s+under|categories|category)\s*:/i
  ],
  labels: [
    /^(?:related(?:\s+(?:articles?|stories|content|coverage|news|posts|links?|topics|reading|videos?|searches|quotes))?|more\s+(?:stories|news|coverage|headlines|articles|videos)|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in|have\s+missed)|recommended(?:\s+(?:for\s+you|stories|articles|reading|videos?))?|(?:most|top)\s+(?:read|popular|viewed|shared|watched|commented|emailed)(?:\s+(?:stories|articles|now|today|this\s+week))?|trending(?:\s+(?:now|stories|news|topics))?|top\s+(?:stories|news|headlines)|latest\s+(?:news|stories|headlines|videos|articles)|editor['’]?s['’]?\s+picks?|in\s+other\s+news|what\s+to\s+read\s+next|(?:from\s+)?around\s+the\s+web|promoted\s+stories|up\s+next|next\s+up|explore\s+more|keep\s+reading)\s*(?::.*)?$/i,
    // Portuguese, Spanish, French, Italian, German, Dutch, Indonesian.
    /^(?:voc[êe]\s+(?:pode|tamb[ée]m\s+pode)\s+gostar|(?:not[íi]cias|mat[ée]rias|artigos|posts)\s+relacionad[oa]s|relacionad[oa]s|mais\s+lid[oa]s|te\s+puede\s+interesar|(?:noticias|art[íi]culos)\s+relacionad[oa]s|lo\s+m[áa]s\s+le[íi]do|(?:articles|sujets)\s+(?:similaires|li[ée]s)|sur\s+le\s+m[êe]me\s+sujet|les\s+plus\s+lus|potrebbe\s+interessarti|articoli\s+correlati|(?:i\s+)?pi[ùu]\s+letti|das\s+k[öo]nnte\s+sie\s+auch\s+interessieren|meistgelesen|gerelateerde\s+artikelen|meest\s+gelezen|berita\s+terkait|artikel\s+terkait|terpopuler)\s*(?:[:.…]+.*)?$/i,
    // “More from Reuters”, “More on North Korea”, “Also in World”.
    /^(?:more|also)\s+(?:from|on|in|about)\s+[^.!?]{1,40}$/i
  ]
})

// Footer links: a line made only of these words, with a strong one.
const footerWords = {
  words: wordSet(
    'policy policies of use service services conditions and settings preferences us with my account do not share personal information choices ad code conduct ethics standards the your info notice statement center centre guidelines community manage'
  ),
  strong: wordSet(
    'about privacy terms cookie cookies contact careers jobs sitemap accessibility advertise reprints permissions licensing rss faq adchoices newsroom imprint impressum sell'
  ),
  maxWords: 24
}

// Menu labels that are a whole line. Section names are not here: a story
// subheading can be a single word too.
const menuLabel =
  /^(?:home(?:\s*page)?|menu|main\s+menu|open\s+menu|close\s+menu|search|close|skip\s+to\s+(?:main\s+)?(?:content|navigation|search|footer)|skip\s+navigation|back\s+to\s+top|(?:go\s+)?to\s+top|top\s+of\s+page|scroll\s+to\s+top|next|previous|prev|(?:next|previous|prev)\s+(?:article|story|page|post|slide)|load\s+more|show\s+more|see\s+more|view\s+(?:all|more)|see\s+all|sections|all\s+sections|navigation|toggle\s+navigation|site\s+(?:map|index)|log\s*in|log\s*out|sign\s*in|sign\s*out|register|create\s+(?:an\s+)?account|my\s+account|account|profile|edition|change\s+edition|select\s+(?:edition|language|region))\s*[›»>]?$/i

// Breadcrumbs and menus: short items joined by separators.
const separators = /\s*(?:[›»>|•·→]|::|\s\/\s)\s*/
const item = /^[\p{L}\p{N}&'’.,-]+(?:\s+[\p{L}\p{N}&'’.,-]+){0,3}$/u
const home = /^(?:home|news|start)$/i
// “By Jane Roe | Reuters | Jan. 1” is a byline, for the structure plugin.
const byline = /^by\s/i

function isCrumbs(line: Line): boolean {
  if (line.sentence || line.text.length > 200) return false
  const parts = line.text.split(separators)
  if (parts.length < 2 || byline.test(parts[0]!)) return false
  for (const part of parts) {
    if (part.length === 0 || part.length > 30 || !item.test(part)) return false
  }

  return parts.length >= 3 || home.test(parts[0]!)
}

export const navigation = patternRule({
  id: 'navigation',
  reason: 'Unexpected navigation, expected story text',
  maxLength: 200,
  labels: [menuLabel],
  test: (line) => isCrumbs(line) || (!line.sentence && onlyVocabulary(line.text, footerWords))
})
