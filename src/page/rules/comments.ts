/**
 * `comment-prompt`: the comment section and the invitations to it
 * (“Comments (12)”, “Leave a comment”, “Join the conversation”).
 */
import {patternRule} from './rule.js'

export const commentPrompt = patternRule({
  id: 'comment-prompt',
  reason: 'Unexpected comment prompt, expected story text',
  maxLength: 150,
  lines: [
    /^(?:comments?|discussion|reader\s+comments|conversation|replies|kommentare|comentários|comentarios|commentaires|komentar)\s*(?:\(\s*\d[\d,.]*\s*\)|:\s*\d[\d,.]*|\d[\d,.]*)?\s*:?$/i,
    /^\d[\d,.]*k?\s+(?:comments?|replies|responses)$/i,
    // “34 responses to “Headline””, “12 thoughts on “Headline””.
    /^\d[\d,.]*\s+(?:comments?|responses?|replies|thoughts)\s+(?:to|on)\s+\S.{0,200}$/i,
    // Notes on moderation and sign-in walls around the comment form.
    /^(?:note:\s*|nota:\s*|aten[çc][ãa]o:\s*)?.{0,60}?\b(?:comments?|coment[áa]rios|commentaires|kommentare)\b.{0,100}?\b(?:moderat\w*|moderad\w*|aprovad\w*|approved|reviewed\s+before)\b/i,
    /^(?:note:\s*|nota:\s*)?.{0,40}?\b(?:moderat\w*|moderad\w*)\b.{0,40}?\b(?:comments?|coment[áa]rios|commentaires|kommentare)\b/i,
    /^you\s+must\s+be\s+(?:logged\s+in|signed\s+in|registered)\s+to\s+(?:post|leave|add|write|submit)\s+a\s+(?:comment|reply)\b/i,
    // “12 Kommentare zu „Headline“”, “3 Gedanken zu …”, “5 commentaires sur …”.
    /^\d[\d.]*\s+(?:kommentare?|antworten|gedanken|reaktionen|commentaires?|r[ée]ponses|r[ée]actions|comentarios?|coment[áa]rios|respuestas|respostas|commenti|risposte|kommenttia)\s+(?:zu|auf|f[üu]r|[àa]|sur|pour|a|en|em|para|sobre|su|a\s+proposito\s+di)\s\S.{0,300}$/i,
    // The form under a blog post: the title of the reply form (“Leave a Reply
    // Cancel reply”), the note on the e-mail address, the opt-ins.
    /\b(?:cancel\s+reply|antwor?t(?:en)?\s+abbrechen|annuler\s+la\s+r[ée]ponse|cancelar\s+(?:la\s+)?respuesta|annulla\s+risposta|cancelar\s+resposta|peruuta\s+vastaus)\s*$/i,
    /^(?:your|deine|ihre|votre|tu|su|il\s+tuo|o\s+seu|seu)\s+(?:e-?mail(?:-?adresse)?|adresse\s+(?:e-?mail|de\s+messagerie)|direcci[óo]n\s+de\s+correo(?:\s+electr[óo]nico)?|indirizzo\s+e-?mail|endere[çc]o\s+de\s+e-?mail)(?:\s+address)?\s+(?:will\s+not\s+be\s+published|wird\s+nicht\s+ver[öo]ffentlicht|ne\s+sera\s+pas\s+publi[ée]e|no\s+(?:ser[áa]|se)\s+publica(?:r[áa]|da)?|non\s+sar[àa]\s+pubblicato|n[ãa]o\s+ser[áa]\s+publicado)\b/i,
    /^(?:benachrichtige|informiere)\s+mich\s+[üu]ber\s+(?:nachfolgende|neue|weitere)\s+(?:kommentare|beitr[äa]ge)\b/i,
    /^(?:notify\s+me\s+of\s+(?:follow-?up|new)\s+(?:comments|posts)|pr[ée]venez-moi\s+de\s+tous\s+les\s+nouveaux|recibir\s+un\s+(?:aviso|correo)|avvisami\s+via\s+e-?mail|notifique-me)\b/i,
    /^(?:du\s+musst|sie\s+m[üu]ssen)\s+.{0,40}?(?:angemeldet|eingeloggt|registriert)\s+sein\b.{0,40}?\bkommentar/i,
    /^um\s+.{0,60}?\s+kommentieren\s+zu\s+k[öo]nnen,\s+m[üu]ssen\s+sie\b/i,
    /^(?:para\s+comentar,?\s+(?:debes|deber[áa]s|tienes\s+que|es\s+necesario)|pour\s+(?:commenter|r[ée]agir),?\s+(?:vous\s+devez|il\s+faut)|per\s+commentare\s+(?:devi|[èe]\s+necessario)|um\s+zu\s+kommentieren)\b/i,
    // Feedback prompts under a story: “Was this article helpful?”, “Wie
    // bewerten Sie diesen Artikel?”, “(Noch keine Bewertungen)”.
    /^(?:was\s+this\s+(?:article|page|post)\s+(?:helpful|useful)|did\s+you\s+(?:like|enjoy)\s+this\s+(?:article|story|post)|how\s+(?:would\s+you\s+rate|useful\s+was)\s+this|(?:fanden\s+sie|fandest\s+du)\s+diesen\s+(?:artikel|beitrag)\s+(?:n[üu]tzlich|hilfreich|interessant)|(?:hat|hat\s+dir|hat\s+ihnen)\s+(?:ihnen\s+|dir\s+)?(?:dieser|der)\s+(?:artikel|beitrag)\s+gefallen|(?:dieser|der)\s+(?:artikel|beitrag)\s+gef[äa]llt\s+(?:ihnen|dir)|dir\s+hat\s+(?:der|dieser)\s+(?:artikel|beitrag)\s+gefallen|war\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+hilfreich|wie\s+(?:bewerten\s+sie|bewertest\s+du|hilfreich\s+war)\s+diese[nr]?\s+(?:artikel|beitrag|seite)|\(?noch\s+keine\s+bewertungen\)?|cet\s+article\s+vous\s+a-t-il\s+(?:plu|[ée]t[ée]\s+utile)|(?:le\s+)?(?:ha\s+resultado|fue)\s+[úu]til\s+(?:este|esta)\s+(?:art[íi]culo|nota|informaci[óo]n))\b/i
  ],
  labels: [
    // “Leave a comment”, “View all 12 comments”, “Sign in to comment”. A
    // sentence (“Read the comments, she said.”) is not a prompt.
    /^(?:leave|post|add|write|submit|join|start|read|view|show|see|load|hide|sign\s+in\s+to|log\s+in\s+to|register\s+to)\s+(?:(?:a|the|your|all|more|\d[\d,]*)\s+){0,3}(?:comments?|reply|replies|discussion|conversation)\b/i,
    /^(?:comments\s+are\s+(?:closed|disabled|open)|be\s+the\s+first\s+to\s+comment|have\s+your\s+say|what\s+do\s+you\s+think\s*\??|join\s+the\s+(?:conversation|discussion|debate)|share\s+your\s+(?:thoughts|views|comments))\b/i,
    // German, French, Spanish, Italian, Portuguese, Finnish.
    /^(?:(?:schreibe|schreib|hinterlasse|hinterlassen\s+sie|verfasse|verfassen\s+sie)\s+(?:jetzt\s+)?(?:einen|eine|deinen|ihren)\s+(?:kommentar|antwort)|kommentar\s+(?:verfassen|schreiben|hinzuf[üu]gen|abgeben)|(?:eine\s+)?antwort\s+(?:hinterlassen|schreiben|verfassen)|(?:aktuelle|neueste|letzte)\s+kommentare|(?:es\s+gibt\s+)?noch\s+keine\s+kommentare|kommentare\s+sind\s+(?:geschlossen|deaktiviert)|(?:laisser|laissez|[ée]crire|ajouter|poster)\s+un\s+(?:commentaire|avis)|vos\s+r[ée]actions|(?:deja|dejar|deje|escribe|a[ñn]ade|agrega)\s+(?:un|tu|su)\s+comentario|(?:lascia|lasciare|scrivi|aggiungi)\s+un\s+commento|(?:deixe|deixar|escreva|adicione)\s+(?:um|seu|o\s+seu)\s+coment[áa]rio|kommentit|kommentoi|was\s+(?:denkst|meinst)\s+du|was\s+(?:denken|meinen)\s+sie|qu['’]en\s+pensez-vous|¿?qu[ée]\s+opinas|¿?qu[ée]\s+opina\s+usted|e\s+tu\s+cosa\s+ne\s+pensi)\b/i
  ]
})
