/**
 * Promos for the publisher’s own products: subscriptions and paywalls
 * (`subscription-promo`), apps and e-paper editions (`app-promo`), and
 * newsletters (`newsletter-signup`).
 *
 * Stories about subscriptions or apps are common, so every pattern is
 * anchored at the start of the line and either names the offer outright
 * (“Subscribe”, “Already a subscriber?”, “Download the app”) or only fires on
 * short lines that do not read as sentences.
 */
import {patternRule} from './rule.js'

export const subscriptionPromo = patternRule({
  id: 'subscription-promo',
  reason: 'Unexpected subscription promo, expected story text',
  maxLength: 250,
  lines: [
    // The imperative opens promos, never news: “Subscribe now”, “Subscribe
    // for $1”. (“Subscribers …” and “Subscribed …” are not matched.)
    /^(?:subscribe|assine|assinar|abonnieren|jetzt\s+abonnieren|s['’]abonner|abonnez-vous|suscr[ií]bete|suscribirse|berlangganan|langganan|abbonati)\b/i,
    /^(?:start|begin|try|get|claim)\s+(?:your\s+|a\s+|our\s+)?(?:\d+[- ]day\s+|\d+[- ]month\s+)?(?:risk[- ]free\s+)?free\s+trial\b/i,
    // “Get unlimited access”, “Get 360° coverage”, “Unlock full access”.
    /^(?:get|unlock|enjoy|gain)\s+(?:unlimited|full|complete|instant|premium|all|\d+°?)\s+(?:digital\s+)?(?:access|coverage)\b/i,
    /^support\s+(?:our|independent|quality|local|trusted)\s+(?:\w+\s+)?journalism\b/i,
    /^become\s+a\s+(?:member|subscriber|supporter|patron|digital\s+subscriber)\b/i,
    /^unlock\s+(?:this|the\s+full|all|more|unlimited)\s+(?:article|story|stories|content|access)\b/i,
    /^already\s+(?:a\s+(?:subscriber|member)|have\s+an\s+account|subscribed)\b/i,
    /^(?:log|sign)\s*in\s+to\s+(?:continue|read|keep\s+reading|access)\b/i,
    /^(?:to\s+)?(?:continue|keep)\s+reading,?\s+(?:please\s+)?(?:subscribe|log\s*in|sign\s*in|register|create)\b/i,
    /^(?:continue|keep)\s+reading\s+(?:with|for)\s+(?:a\s+)?(?:subscription|free|only|\$|€|£)/i,
    /^(?:this|the)\s+(?:article|story|content|page)\s+is\s+(?:only\s+)?(?:available\s+)?(?:for|to|exclusive\s+to|reserved\s+for)\s+(?:paid\s+|paying\s+)?(?:subscribers|members)\b/i,
    /^you(?:['’]ve|\s+have)\s+(?:reached|read|used)\s+(?:your|all|the)\s+(?:\S+\s+){0,4}?(?:free|limit)/i,
    /^(?:subscribers?|members?)[- ](?:only|exclusive)\b/i,
    /^(?:only\s+|just\s+)?[$€£₹¥]\s?\d[\d.,]*\s*(?:\/|per|a|an)\s*(?:month|week|year|mo|wk|yr)\b/i,
    /^get\s+(?:instant\s+|unlimited\s+|full\s+)?access\s+to\b.{0,120}?\b(?:subscription|subscribers?|premium|membership|pro)\b/i,
    // The paywall and the appeal for support in German, French, Spanish,
    // Italian: “Möchten Sie weiterlesen?”, “Schon registriert?”, “Jetzt
    // spenden”, “Unterstützen Sie unabhängigen Journalismus”.
    /^(?:m[öo]chten\s+sie\s+weiterlesen|(?:jetzt\s+)?(?:kostenlos\s+)?registrieren\s+und\s+weiterlesen|(?:schon|bereits)\s+(?:registriert|abonnent(?:in)?|abonniert)\s*\?|bereits\s+abonnent|w[äa]hlen\s+sie\s+ihren\s+zugang|sie\s+sind\s+(?:aktuell\s+|derzeit\s+)?nicht\s+(?:eingeloggt|angemeldet)|jetzt\s+(?:abo|abonnent(?:in)?)\s+werden|ja\.\s+ich\s+(?:bin|ben[öo]tige)\s+(?:ein\s+)?(?:abonnent|abo)|d[ée]j[àa]\s+abonn[ée]|ya\s+(?:soy|eres)\s+suscriptor|¿ya\s+eres\s+suscriptor|jetzt\s+(?:spenden|helfen|unterst[üu]tzen)|unterst[üu]tzen\s+sie\s+(?:uns|unsere\s+arbeit|diese\s+form\s+des\s+journalismus|unabh[äa]ngigen\s+journalismus)|unterst[üu]tze\s+(?:uns|unsere\s+arbeit|unabh[äa]ngigen\s+journalismus)|apoya\s+(?:nuestro|el)\s+periodismo|soutenez\s+(?:notre|le)\s+journalisme|sostieni\s+(?:il\s+nostro|il)\s+giornalismo|would\s+you\s+consider\s+supporting\s+(?:our|us)|if\s+you\s+(?:enjoyed|liked|value)\s+(?:reading\s+)?this\b.{0,60}?\bsupport)/i
  ],
  labels: [
    // “One Subscription.”, “Digital subscription”, “Subscriptions”.
    /^(?:(?:one|all|digital|premium|unlimited|full|print|annual|monthly|your|a|the|gift|a\s+gift)\s+){0,2}subscriptions?\s*[.!]?$/i,
    /^(?:subscription|subscriber)\s+(?:required|needed|offers?|options|plans?|benefits|services|center|centre)\b/i,
    /^cancel\s+any\s*time\b/i,
    // The shop of a magazine: “Ausgabe kaufen”, “Heft bestellen”.
    /^(?:(?:diese|die|aktuelle)\s+)?(?:ausgabe|heft|e-?paper|magazin)\s+(?:kaufen|bestellen)$/i
  ]
})

export const appPromo = patternRule({
  id: 'app-promo',
  reason: 'Unexpected app or e-paper promo, expected story text',
  maxLength: 200,
  lines: [
    // “Download the app”, “Get our free news app now”, “Open in app”.
    /^(?:download|get|install|try|open|read\s+(?:\w+\s+)?in|continue\s+in|switch\s+to|view\s+in)\s+(?:the\s+|our\s+|\S+['’]s\s+)?(?:\S+\s+){0,2}?apps?(?:$|[^\w\s]|\s+(?:now|today|for|on|from|here)\b)/i,
    /^(?:available|download|get\s+it)\s+on\s+(?:the\s+)?(?:app\s+store|google\s+play|play\s+store)\b/i
  ],
  labels: [
    // Labels for the products: “HT App & Website”, “App and E-Paper”.
    /^(?:[\p{L}\p{N}.'’-]+\s+){0,3}(?:apps?|website|web|e-?paper|print|digital|mobile)(?:\s*(?:&|and|\+|\/|,|\|)\s*(?:[\p{L}\p{N}.'’-]+\s+)?(?:apps?|website|web|e-?paper|print|digital|mobile|podcasts?|newsletters?))+$/iu,
    /^(?:(?:the|our|today['’]?s|daily|digital|\S+)\s+){0,2}(?:e-?paper|e-?edition|digital\s+edition|print\s+edition|replica\s+edition|today['’]?s\s+paper)s?$/i,
    /^(?:our|mobile|free|news|the|get\s+the|download\s+(?:the|our))?\s*apps?$/i,
    /^(?:[^\s]+\s+){0,3}(?:on|in|from)\s+(?:the\s+)?(?:app\s+store|google\s+play|play\s+store)$/i
  ]
})

export const newsletterSignup = patternRule({
  id: 'newsletter-signup',
  reason: 'Unexpected newsletter sign-up, expected story text',
  maxLength: 300,
  lines: [
    // “Sign up for our newsletter”, “Get the latest news in your inbox”.
    /^(?:sign\s*up|subscribe|register|join|receive|get\s+(?:our|the\s+(?:latest|best|day['’]?s?|week['’]?s?)|free|breaking|daily|weekly|\w+['’]s))\b.{0,120}?\b(?:newsletters?|inbox|e-?mail\s+(?:updates|alerts|briefing))\b/i,
    /^by\s+(?:signing\s+up|subscribing|registering|submitting\s+your\s+e-?mail)\b/i,
    /^(?:thanks|thank\s+you)\s+for\s+(?:signing\s+up|subscribing|registering)\b/i,
    /^(?:enter\s+your\s+|your\s+)?e-?mail(?:\s+address)?\s*[:*]?$/i,
    // The small print and the pitch around a sign-up form.
    /^no\s+spam\b/i,
    /\bunsubscribe\s+(?:at\s+)?any\s*time\b/i,
    /\bsubscribe\s+to\s+our\s+(?:\S+\s+){0,2}?(?:newsletters?|sister\s+(?:title|site|publication)|magazine|mailing\s+list|channel|podcast)\b/i,
    /^(?:stay|keep)\s+(?:up\s+to\s+date|informed|in\s+the\s+know|connected)\b.{0,80}?\b(?:subscribe|newsletters?|sign\s*up|inbox)\b/i,
    /^(?:every|each)\s+(?:day|week|weekday|morning|evening)\s+we\s+(?:send|deliver|e-?mail)\b/i,
    /^get\s+(?:breaking|the\s+latest|the\s+best|our\s+best|the\s+top)\s+.{0,80}?\b(?:news|updates|stories|headlines)\b.{0,80}[!.]?$/i,
    /^an?\s+(?:e-?mail|confirmation\s+e-?mail|activation\s+(?:e-?mail|link))\b.{0,40}?\bhas\s+(?:just\s+)?been\s+sent\b/i,
    /^i\s+(?:agree|consent)\s+(?:that|to)\s+.{0,80}?\b(?:send|e-?mail|newsletters?|terms|privacy)\b/i,
    /^want\s+more\s+(?:stories|news|articles|of\s+this|like\s+this)\b.{0,40}\?$/i,
    // German, French, Spanish, Italian, Portuguese, Finnish: the sign-up
    // and the blog’s “follow by e-mail” box.
    /^(?:(?:jetzt\s+)?(?:zum\s+|unseren\s+|den\s+)?newsletter\s+(?:abonnieren|bestellen|anmelden)|(?:jetzt\s+)?zum\s+newsletter\s+anmelden|abonniere\s+(?:unseren|den)\s+newsletter|(?:blog|beitr[äa]ge)\s+(?:per|via)\s+e-?mail\s+(?:folgen|abonnieren)|gib\s+deine\s+e-?mail-?adresse\s+ein|(?:inscrivez-vous|abonnez-vous)\s+[àa]\s+(?:notre|la|nos)\s+newsletters?|suscr[íi]bete\s+a\s+(?:nuestro|nuestra|nuestros)\s+(?:newsletters?|bolet[íi]n(?:es)?)|iscriviti\s+alla\s+(?:nostra\s+)?newsletter|(?:assine|inscreva-se\s+(?:em|na))\s+(?:a\s+)?nossa\s+newsletter|tilaa\s+uutiskirje)/i,
    /^(?:der|unser|die)\s+\S+-newsletter\s*:/i,
    // “Nichts mehr verpassen!”, “Verpasse keine News zu …”: the pitch of a
    // sign-up box.
    /^(?:(?:du\s+willst|sie\s+wollen|\d{4})\s+)?(?:nichts\s+|keine\s+(?:\S+\s+){0,5}?)mehr\s+(?:verpassen|vers[äa]umen)\s*(?:[?!:.]|$)/i,
    /^(?:verpasse|verpassen\s+sie)\s+(?:keine|nichts)\b/i,
    /^(?:ne\s+(?:manquez|ratez)\s+(?:plus\s+)?rien|no\s+te\s+pierdas\s+(?:nada|ninguna))\b/i
  ],
  labels: [
    /^(?:\S+\s+){0,3}newsletters?\s*[:!]?$/i,
    /^sign\s*up(?:\s+(?:now|today|here|free|for\s+free))?\s*[.!]?$/i,
    /\bdelivered\s+(?:straight\s+|directly\s+|right\s+|daily\s+)?to\s+your\s+inbox\b/i
  ]
})
