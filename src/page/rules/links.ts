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
    /^(?:tags?|topics?|tagged|filed\s+under|categories|category)\s*:/i,
    // The same in other languages, and the line of post data a blog prints
    // under each post (“Dieser Eintrag wurde veröffentlicht in …”, “This
    // entry was posted in …”, “Abgelegt unter …”).
    /^(?:schlagw[öo]rte?r?|schlagworte|stichw[öo]rter|kategorien?|abgelegt\s+unter|ver[öo]ffentlicht\s+(?:in|unter)|verschlagwortet\s+mit|etiquetas|categor[íi]as?|cat[ée]gories?|mots[- ]cl[ée]s|[ée]tiquettes|argomenti|categorie|t[óo]picos|assuntos|tagit|avainsanat|tagi)\s*:/i,
    /^(?:this\s+(?:entry|post)\s+was\s+(?:posted|filed)\s+(?:in|on|under)|dieser\s+(?:eintrag|beitrag)\s+wurde\s+(?:am\s+.{1,60}?\s+)?(?:ver[öo]ffentlicht|abgelegt)\s+(?:in|unter)|der\s+beitrag\s+wurde\s+am\s+.{1,80}?\s+ver[öo]ffentlicht\s+und\s+wurde\s+unter|erstellt\s+am\s+.{1,60}?\s+(?:und\s+)?abgelegt\s+unter|abgelegt\s+unter|cette\s+entr[ée]e\s+a\s+[ée]t[ée]\s+publi[ée]e\s+dans)\b/i
  ],
  labels: [
    /^(?:related(?:\s+(?:articles?|stories|content|coverage|news|posts|links?|topics|reading|videos?|searches|quotes))?|more\s+(?:stories|news|coverage|headlines|articles|videos)|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in|have\s+missed)|recommended(?:\s+(?:for\s+you|stories|articles|reading|videos?))?|(?:most|top)\s+(?:read|popular|viewed|shared|watched|commented|emailed)(?:\s+(?:stories|articles|now|today|this\s+week))?|trending(?:\s+(?:now|stories|news|topics))?|top\s+(?:stories|news|headlines)|latest\s+(?:news|stories|headlines|videos|articles)|editor['’]?s['’]?\s+picks?|in\s+other\s+news|what\s+to\s+read\s+next|(?:from\s+)?around\s+the\s+web|promoted\s+stories|up\s+next|next\s+up|explore\s+more|keep\s+reading)\s*(?::.*)?$/i,
    // Portuguese, Spanish, French, Italian, German, Dutch, Indonesian.
    /^(?:voc[êe]\s+(?:pode|tamb[ée]m\s+pode)\s+gostar|(?:not[íi]cias|mat[ée]rias|artigos|posts)\s+relacionad[oa]s|relacionad[oa]s|mais\s+lid[oa]s|te\s+puede\s+interesar|(?:noticias|art[íi]culos)\s+relacionad[oa]s|lo\s+m[áa]s\s+le[íi]do|(?:articles|sujets)\s+(?:similaires|li[ée]s)|sur\s+le\s+m[êe]me\s+sujet|les\s+plus\s+lus|potrebbe\s+interessarti|articoli\s+correlati|(?:i\s+)?pi[ùu]\s+letti|das\s+k[öo]nnte\s+sie\s+auch\s+interessieren|meistgelesen|gerelateerde\s+artikelen|meest\s+gelezen|berita\s+terkait|artikel\s+terkait|terpopuler)\s*(?:[:.…]+.*)?$/i,
    // German, Spanish, French, Portuguese, Italian, Finnish, Polish: the
    // headings of teaser lists and of the links to the next and previous
    // post, as blog and news platforms print them.
    /^(?:(?:[äa]hnliche|verwandte|passende)\s+(?:beitr[äa]ge|artikel|themen|posts|eintr[äa]ge|nachrichten|meldungen)|das\s+(?:k[öo]nnte|d[üu]rfte)\s+(?:dich|sie|euch)\s+(?:auch|ebenfalls)\s+interessieren|das\s+thema\s+k[öo]nnte\s+(?:dich|sie)\s+auch\s+interessieren|(?:sie\s+k[öo]nnten|du\s+k[öo]nntest)\s+auch\s+an\s+.{1,40}?\s+interessiert\s+sein|auch\s+interessant|(?:die\s+)?(?:weitere|mehr|neue|neueste|aktuelle|beliebte|beliebteste|verwandte|meistgelesenen?|meistdiskutierten?|meistgesehenen?)\s+(?:artikel|beitr[äa]ge|themen|meldungen|nachrichten|news|storys|stories|videos|kolumnen|pressemitteilungen|bestenlisten)(?:\s+(?:zum|zur|zu|aus|von|dieses|dieser|der|dem|auf|im|in|bei)\s.{1,60})?|mehr\s+zum\s+thema\b.{0,60}|mehr\s+zu\s+[\p{L}-]+|meist\s*(?:gelesen|diskutiert|gesucht|geklickt|kommentiert)e?|(?:seit\s+\S+\s+\S+\s+)?am\s+meisten\s+(?:gelesen|kommentiert|geteilt|reaktionen)|lies\s+auch|auch\s+lesen|zum\s+weiterlesen|weiterlesen|inhaltsverzeichnis|table\s+of\s+contents|sommaire|[íi]ndice|mehr\s+themen|mehr\s+lesen\s+[üu]ber|beitrags-?navigation|(?:vorheriger|n[äa]chster)\s+(?:artikel|beitrag|post)|(?:temas|noticias|art[íi]culos|notas|contenidos)\s+relacionad[oa]s|otras\s+noticias|m[áa]s\s+noticias|las\s+m[áa]s\s+(?:vistas|le[íi]das)|lo\s+m[áa]s\s+visto|(?:tambi[ée]n\s+)?(?:te|le)\s+puede\s+interesar|articles\s+les\s+plus\s+(?:lus|partag[ée]s|comment[ée]s)|[àa]\s+lire\s+(?:aussi|[ée]galement)|sur\s+le\s+m[êe]me\s+th[èe]me|pour\s+aller\s+plus\s+loin|pour\s+approfondir|dans\s+la\s+m[êe]me\s+rubrique|mais\s+(?:lidas|not[íi]cias|vistas)|ultime\s+notizie|(?:articoli|notizie)\s+(?:correlat[ie]|simili)|lue\s+my[öo]s|luetuimmat|uusimmat|najnowsze|polecamy|czytaj\s+(?:te[żz]|tak[żz]e|wi[ęe]cej))\s*(?:[:.…!?]+.*)?$/iu,
    // A tag list's heading on its own line, and more headings of teaser
    // boxes.
    /^(?:tags|schlagw[öo]rter|schlagworte|stichw[öo]rter|themen|argomenti|etiquetas|mots-cl[ée]s|markiert\s+mit|tagged|temas|tematy|tagit|siehe\s+auch|weiterf[üu]hrende\s+(?:links|informationen|artikel)|interessante\s+(?:artikel|beitr[äa]ge|links)|weitere\s+aktuelle\s+(?:themen|artikel|beitr[äa]ge|meldungen|nachrichten)(?:\s.{1,40})?|mehr\s+aus\s+(?:der|dem|dieser|diesem)\s+(?:sendung|ressort|rubrik|kategorie|serie|region)|lo\s+[úu]ltimo|(?:art[íi]culos|noticias)\s+relacionad[oa]s\s.{1,40}|audios?\s+et\s+vid[ée]os\s+sur\s+le\s+(?:sujet|th[èe]me)|voir\s+(?:plus|aussi)|dans\s+la\s+m[êe]me\s+(?:rubrique|cat[ée]gorie)|ver\s+m[áa]s|vea\s+tambi[ée]n|[üu]ber\s+(?:den\s+autor|die\s+autorin|die\s+autoren)|zur\s+person|about\s+the\s+authors?|[àa]\s+propos\s+de\s+l['’]auteur|sobre\s+(?:el\s+autor|la\s+autora)|l['’]autore|weitere\s+(?:informationen|infos)|zusatzinformationen|mehr\s+informationen|quellen(?:angaben)?|plus\s+d['’]informations|m[áa]s\s+informaci[óo]n|ulteriori\s+informazioni)\s*:?$/i,
    // “More from Reuters”, “More on North Korea”, “Also in World”.
    /^(?:more|also)\s+(?:from|on|in|about)\s+[^.!?]{1,40}$/i
  ]
})

// Footer links: a line made only of these words, with a strong one.
const footerWords = {
  words: wordSet(
    'policy policies of use service services conditions and settings preferences us with my account do not share personal information choices ad code conduct ethics standards the your info notice statement center centre guidelines community manage' +
      ' über uns und erklärung einstellungen hinweise du site de la et política cookies política del sitio note legali informativa aviso de nous qui sommes'
  ),
  strong: wordSet(
    'about privacy terms cookie cookies contact careers jobs sitemap accessibility advertise reprints permissions licensing rss faq adchoices newsroom imprint impressum sell' +
      // German, French, Spanish, Italian, Portuguese footers.
      ' datenschutz datenschutzerklärung datenschutzhinweise kontakt agb nutzungsbedingungen barrierefreiheit mediadaten sitemap mentions légales confidentialité cgu cgv plan aviso legal privacidad contacto contatti contato termos'
  ),
  maxWords: 24
}

// Menu labels that are a whole line. Section names are not here: a story
// subheading can be a single word too.
const menuLabel =
  /^(?:home(?:\s*page)?|menu|main\s+menu|open\s+menu|close\s+menu|search|close|skip\s+to\s+(?:main\s+)?(?:content|navigation|search|footer)|skip\s+navigation|back\s+to\s+top|(?:go\s+)?to\s+top|top\s+of\s+page|scroll\s+to\s+top|next|previous|prev|(?:next|previous|prev)\s+(?:article|story|page|post|slide)|load\s+more|show\s+more|see\s+more|view\s+(?:all|more)|see\s+all|sections|all\s+sections|navigation|toggle\s+navigation|site\s+(?:map|index)|log\s*in|log\s*out|sign\s*in|sign\s*out|register|create\s+(?:an\s+)?account|my\s+account|account|profile|edition|change\s+edition|select\s+(?:edition|language|region)|startseite|men[üu]|suche|suchen|zum\s+inhalt(?:\s+springen)?|zur\s+navigation(?:\s+springen)?|(?:zur[üu]ck\s+)?nach\s+oben|zur[üu]ck(?:\s+zu(?:r|m)?\s+(?:[üu]bersicht|liste|startseite|allen\s+\S+|artikel[üu]bersicht))?|weiter|mehr\s+(?:laden|anzeigen)|alle\s+anzeigen|lade\s+weitere\s+(?:inhalte|artikel|beitr[äa]ge)(?:\s*(?:…|\.{3}))?|anmelden|abmelden|einloggen|registrieren|mein\s+konto|seite\s+drucken|accueil|rechercher|retour(?:\s+en\s+haut)?|suivant|pr[ée]c[ée]dent|inicio|buscar|volver(?:\s+arriba)?|siguiente|anterior|cerca|torna\s+su|ricerca|in[íi]cio|voltar(?:\s+ao\s+topo)?)\s*[›»>]?$/i

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
