/**
 * Legal small print: copyright lines (`copyright`) and cookie banners
 * (`cookie-notice`).
 */
import {patternRule} from './rule.js'

export const copyright = patternRule({
  id: 'copyright',
  reason: 'Unexpected copyright notice, expected story text',
  maxLength: 300,
  lines: [
    // “© 2026 Example Media”, “Copyright 2026 …”, “(c) Example”. A story
    // sentence can open with “Copyright lawsuits …”, so the word needs a year,
    // a sign or a colon after it.
    /^(?:©|℗|\(c\)\s)/i,
    /^copyright\s*(?:©|\(c\)|\d{4}|:)/i,
    // At the end of the line, after a full stop or on its own: “… with all
    // rights reserved to the label” is a sentence.
    /(?:^|[.,;©]\s*)all\s+rights\s+reserved\.?$/i,
    /^this\s+(?:material|article|story|content)\s+(?:may|must)\s+not\s+be\s+(?:published|reproduced|copied|redistributed|republished|rewritten|broadcast)\b/i,
    /^(?:reprints?|permissions?|licensing)(?:\s*(?:&|and|,)\s*(?:reprints?|permissions?|licensing))*$/i,
    // The same small print in German, French, Spanish, Italian, Polish.
    /^(?:vervielf[äa]ltigung\s+nur\s+mit\s+(?:genehmigung|erlaubnis)|alle\s+rechte\s+vorbehalten|tous\s+droits\s+r[ée]serv[ée]s|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati|materia[łl]\s+chroniony\s+prawem\s+autorskim|wszelkie\s+prawa\s+zastrze[żz]one)\b/i,
    /(?:^|[.,;©]\s*)(?:alle\s+rechte\s+vorbehalten|tous\s+droits\s+r[ée]serv[ée]s|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati)\.?$/i,
    // A site's licence line: “Die Inhalte dieser Website stehen unter einer
    // Creative-Commons-Lizenz”, “Content on this site is licensed under …”.
    /^(?:(?:die\s+|alle\s+)?(?:inhalte|texte)\s+(?:dieser|auf\s+dieser)\s+(?:web)?(?:seite|site|website)|dieses\s+blog|sofern\s+nicht\s+anders\s+(?:angegeben|ausgewiesen|vermerkt),?\s+(?:stehen|sind)\s+(?:die\s+)?inhalte\s+dieser\s+(?:web)?(?:seite|site|website)|(?:the\s+)?content\s+(?:on|of)\s+this\s+(?:site|website|blog)|(?:le\s+)?contenu\s+de\s+ce\s+site)\b.{0,80}?\b(?:creative[- ]commons|cc[- ]by)/i
  ]
})

export const cookieNotice = patternRule({
  id: 'cookie-notice',
  reason: 'Unexpected cookie notice, expected story text',
  // Cookie banners run long; every pattern is anchored at the start, so a
  // long line costs no more than a short one.
  maxLength: 1000,
  lines: [
    /^(?:we|this\s+(?:site|website)|our\s+(?:site|website|partners)|we\s+and\s+our\s+(?:\d+\s+)?partners)\s+(?:use|uses|store|stores|and\s+our\s+partners\s+use)\s+(?:\S+\s+){0,3}?cookies\b/i,
    /^by\s+(?:continuing\s+to\s+(?:use|browse|visit)|using|clicking|browsing)\b.{0,80}?\bcookies?\b/i,
    /^we\s+(?:care\s+about|value|respect)\s+your\s+privacy\b/i,
    /^(?:accept|reject|allow|decline|refuse|manage|customi[sz]e)(?:\s+(?:all|necessary|essential|optional))?(?:\s+cookies?)?$/i,
    /^cookie\s+(?:settings|preferences|policy|consent|notice|banner)$/i,
    /^(?:i\s+accept|i\s+agree|got\s+it|ok,?\s+i\s+understand|i\s+understand)[.!]?$/i,
    // German, French, Spanish, Italian, Portuguese, and the text of a
    // consent manager common on blogs (“Die technische Speicherung oder der
    // Zugriff …”).
    /^(?:wir|diese\s+(?:web)?seite|diese\s+website|unsere\s+(?:web)?seite|unsere\s+website|wir\s+und\s+unsere\s+(?:\d+\s+)?partner)\s+(?:verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzen|benutzt|speichern)\s+(?:\S+\s+){0,4}?cookies\b/i,
    /^(?:nous|ce\s+site(?:\s+web)?|notre\s+site)\s+(?:utilisons|utilise)\s+(?:\S+\s+){0,3}?cookies\b/i,
    /^(?:utilizamos|usamos|este\s+(?:sitio|portal|site)(?:\s+web)?\s+(?:utiliza|usa))\s+(?:\S+\s+){0,3}?cookies\b/i,
    /^(?:utilizziamo|usiamo|questo\s+sito(?:\s+web)?\s+(?:utilizza|usa))\s+(?:\S+\s+){0,3}?cookie\b/i,
    /^(?:datenschutz\s*(?:&|und)\s*cookies\s*:|die\s+technische\s+speicherung\s+oder\s+der\s+(?:zugang|zugriff)\b)/i,
    /^(?:(?:alle\s+)?(?:akzeptieren|ablehnen)|cookie-einstellungen|cookies\s+(?:akzeptieren|zulassen|ablehnen)|tout\s+(?:accepter|refuser)|(?:aceptar|rechazar)(?:\s+(?:todo|todas|cookies))?|(?:accetta|rifiuta)(?:\s+tutti)?|aceitar(?:\s+todos)?)$/i
  ]
})
