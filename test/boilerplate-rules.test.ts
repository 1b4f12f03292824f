/**
 * Each built-in rule fires on its cues and not on story sentences (or
 * headlines) that use the same words.
 */
import {describe, expect, it} from 'vitest'
import {boilerplateRules, matchBoilerplate} from '../src/boilerplate/index.js'
import {joinPatterns} from '../src/page/rules/rule.js'

interface Case {
  /** Lines the rule must take. */
  hits: string[]
  /** Story lines with the same words, which no rule may take. */
  misses: string[]
}

const cases: Record<string, Case> = {
  'contact-line': {
    hits: [
      'Write to Mara Quill at mara.quill@harbor-press.example',
      'Write to Ada Brook at ada.brook@harbor-press.example and Tom Reed at tom.reed@harbor-press.example',
      'Contact the reporter at desk@lakeside-times.example',
      'Email: tips@lakeside-times.example',
      'Got a tip? Email us at tips@lakeside-times.example',
      'Mara Quill can be reached at mquill@harbor-press.example.',
      'newsdesk@harbor-press.example'
    ],
    misses: [
      'Residents who want to object can write to the council before Friday, officials said.',
      'The hotline can be reached at help@city.example, the mayor’s office said in a statement on Monday.',
      'Contact with the crew was lost at 3 a.m., according to a note sent to press@agency.example.'
    ]
  },
  copyright: {
    hits: [
      '© 2026 Example Media',
      'Copyright 2026 Harbor Press Ltd.',
      '(c) Lakeside Times',
      'All rights reserved.',
      '© Lakeside Times 2026. All Rights Reserved',
      'This material may not be published, broadcast, rewritten or redistributed.',
      'Reprints & Permissions',
      'Vervielfältigung nur mit Genehmigung der Redaktion',
      '© 2026 Hafenblatt. Alle Rechte vorbehalten.',
      'Tous droits réservés',
      'Die Inhalte dieser Website stehen unter einer Creative-Commons-Lizenz.',
      'Content on this site is licensed under CC BY 4.0.'
    ],
    misses: [
      'Copyright lawsuits against the startup have piled up since March, court filings show.',
      'The singer said that all rights reserved by the label had reverted to her in 2019, a claim the label disputes.',
      'Das Werk steht unter einer Creative-Commons-Lizenz, erklärte die Künstlerin bei der Eröffnung.'
    ]
  },
  'cookie-notice': {
    hits: [
      'We use cookies to improve your experience on our site. By continuing, you agree to our cookie policy.',
      'This website uses cookies.',
      'By continuing to use this site you agree to our use of cookies.',
      'Accept all cookies',
      'Cookie settings',
      'Got it',
      'Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Seite zu bieten.',
      'Diese Website verwendet Cookies und ähnliche Technologien.',
      'Nous utilisons des cookies pour améliorer votre expérience.',
      'Utilizamos cookies propias y de terceros.',
      'Questo sito utilizza cookie tecnici.',
      'Alle akzeptieren',
      'Tout refuser'
    ],
    misses: [
      'Regulators said the browser maker will stop supporting third-party cookies used for advertising next year.',
      'Die Bäckerei verkauft seit Jahren Cookies nach einem Rezept der Großmutter, erzählt die Inhaberin.'
    ]
  },
  'newsletter-signup': {
    hits: [
      'Sign up for our newsletter',
      'Sign up for the Morning Brief newsletter to get the day’s top stories.',
      'Subscribe to our daily newsletter',
      'Get the latest headlines delivered to your inbox',
      'By signing up, you agree to our Terms of Use and Privacy Policy.',
      'Thanks for signing up!',
      'Email address',
      'Newsletter',
      'Sign up',
      'No spam, we promise. You can unsubscribe at any time.',
      'Need more news? Subscribe to our sister title for the latest from the coast!',
      'Stay up to date with Harbor Press. Subscribe to our newsletter.',
      'Every day we send an email with the top stories from the coast.',
      'Get breaking harbour news and the latest updates on storms and ferries!',
      'An email with an activation link has just been sent to your address.',
      'I agree that Harbor Press can send me its newsletter.',
      'Want more stories like this?',
      'Newsletter abonnieren und nichts mehr verpassen',
      'Jetzt zum Newsletter anmelden',
      'Blog per E-Mail folgen',
      'Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen.',
      'Abonnez-vous à notre newsletter',
      'Suscríbete a nuestro boletín',
      'Der Hafen-Newsletter: jeden Freitag die wichtigsten Meldungen',
      'Du willst nichts mehr verpassen?',
      'Keine Neuigkeiten aus dem Hafen mehr verpassen: jetzt anmelden',
      'Verpasse keine News zur Fähre',
      'Ne manquez rien de l’actualité du port'
    ],
    misses: [
      'More than 40,000 readers signed up for the town’s newsletter after the flood, its editor said.',
      'Newsletter publishers have been hit hard by rising postal costs this year, according to a trade group.',
      'Der Newsletter der Stadt erscheint künftig nur noch einmal im Monat, kündigte das Rathaus an.',
      'Nichts mehr verpassen wollte die Familie beim Hafenfest, sagte die Mutter am Sonntag lachend.'
    ]
  },
  'subscription-promo': {
    hits: [
      'Subscribe',
      'Subscribe now for $1 a week',
      'One Subscription.',
      'Subscriptions',
      'Already a subscriber? Log in',
      'Start your free trial',
      'Get unlimited digital access',
      'Get 270° coverage of the region',
      'This article is for subscribers only.',
      'You have reached your limit of free articles this month.',
      'Support independent journalism',
      'Become a member',
      '$4.99/month',
      'Subscription required',
      'Assine agora',
      'Jetzt abonnieren',
      'Get access to the region’s fastest growing subscription service for $5',
      'Möchten Sie weiterlesen?',
      'Schon registriert? Hier anmelden',
      'Kostenlos registrieren und weiterlesen',
      'Wählen Sie Ihren Zugang und lesen Sie weiter:',
      'Jetzt spenden',
      'Unterstützen Sie unabhängigen Journalismus mit einem Beitrag.',
      '¿Ya eres suscriptor? Inicia sesión',
      'If you enjoyed reading this post, would you consider supporting us?',
      'Ausgabe kaufen',
      'Heft bestellen'
    ],
    misses: [
      'Subscribers to the streaming service will pay $2 more a month from June, the company said.',
      'The paper’s subscription revenue rose 8% last year as more readers paid for its app, executives said.',
      'Unlimited access to the reactor site was granted to inspectors in May, the agency said.',
      'Subscription Fatigue Hits Streaming Giants',
      'Unterstützen will die Stadt vor allem Familien mit kleinen Kindern, sagte der Bürgermeister.'
    ]
  },
  'app-promo': {
    hits: [
      'Download the app',
      'Get our free news app',
      'Open in app',
      'Available on the App Store',
      'Get it on Google Play',
      'Harbor App & Website',
      'Mobile App and E-Paper',
      'E-Paper',
      'ePaper',
      'Today’s Paper',
      'Print Edition'
    ],
    misses: [
      'The app was downloaded three million times in its first week, according to market researchers.',
      'Download speeds in rural areas remain far below the national average, the regulator said.',
      'Officials asked residents to download the city’s alert app before the storm.',
      'Regulators Pull Messaging App From Store'
    ]
  },
  'social-follow': {
    hits: [
      'Follow us on Instagram',
      'Follow Mara Quill on X',
      'Like us on Facebook',
      '@maraquill',
      'Suivez-nous sur Twitter',
      'Follow The Harbor Press Opinion section on Facebook',
      'Mara Quill’s book about the coast is out now. Follow her on Twitter @maraquill.',
      'Join our Harbor Forums to keep talking about the coast!'
    ],
    misses: [
      'Follow-up inspections found no further damage, the agency said.',
      'Followers of the cleric gathered outside the court on Tuesday morning.',
      'Follow the money, the prosecutor told jurors on Thursday.'
    ]
  },
  'share-bar': {
    hits: [
      'Share this article',
      'Share on Facebook Twitter',
      'Facebook Twitter Email Print',
      'Share',
      'Print',
      'Copy link',
      'Share · Tweet · WhatsApp',
      'Compartilhe',
      'Share All sharing options for: Port strike enters second week',
      'Teilen mit:',
      'Diesen Beitrag teilen',
      'Gefällt mir: Liken Lade …',
      'Partager sur Facebook',
      'Compartir en Twitter',
      'Diese Seite teilen',
      'Jetzt teilen',
      'News teilen:',
      'Rezept drucken Bei Pinterest speichern'
    ],
    misses: [
      'Shares in the carmaker fell 4% on Tuesday after it cut its forecast, traders said.',
      'Print circulation fell again',
      'Share prices slump after rate rise',
      'Teilen Sie die Einschätzung der Regierung?',
      'Die Familien teilen sich seit Jahren einen Garten am Stadtrand, erzählt die Nachbarin.'
    ]
  },
  advertisement: {
    hits: [
      'Advertisement',
      'ADVERTISEMENT',
      'Skip Advertisement',
      'Story continues below advertisement',
      'Sponsored',
      'Anzeige',
      'Publicidade',
      'Continue reading the main story',
      'Advertisement - Scroll to continue'
    ],
    misses: [
      'The advertisement, which ran during the final, drew hundreds of complaints to the regulator.',
      'Advertising Watchdog Bans Airline Ad'
    ]
  },
  'read-more': {
    hits: [
      'Read more:',
      'READ MORE',
      'Read more: Floods force thousands from their homes',
      'Also read | Port strike enters second week',
      'See also',
      'Read: Port strike enters second week',
      'Leia também: Chuva forte atinge a capital',
      'Baca juga: Harga beras naik lagi',
      'Lesen Sie auch: Streik bei der Bahn',
      'Lire aussi : Les agriculteurs manifestent',
      'Leer más: Sube el precio del pan',
      'Leggi anche',
      'Clique na imagem acima e veja o calendário completo da temporada.',
      'Cliquez ici pour lire la suite'
    ],
    misses: [
      'Read more books, the education minister urged parents in a speech on Monday.',
      'See also the report’s annex, which lists every site the inspectors visited.',
      'Read My Lips: Tax Pledge Returns'
    ]
  },
  'related-links': {
    hits: [
      'Related:',
      'Related: Port strike enters second week',
      'Related Stories',
      'More from Harbor Press',
      'You may also like',
      'Most Read',
      'Trending Now',
      'Tags: floods, weather, river',
      'Recommended for you',
      'Você pode gostar...',
      'Notícias relacionadas',
      'Articoli correlati',
      'Berita terkait',
      'Ähnliche Artikel',
      'Das könnte Sie auch interessieren:',
      'Das könnte dich auch interessieren … Zehn Tipps für den Hafenbesuch',
      'Weitere Meldungen aus der Region',
      'Meistgelesene Artikel',
      'Mehr zu Hafenstreik',
      'Vorheriger Beitrag',
      'Temas relacionados',
      'Otras noticias',
      'Sur le même thème',
      'Articles les plus lus',
      'Lue myös',
      'Schlagwörter: Hafen, Streik, Löhne',
      'Kategorien: Lokales',
      'Dieser Eintrag wurde veröffentlicht in Lokales von hafenblog. Permalink.',
      'This entry was posted in Harbor News and tagged strike. Bookmark the permalink.',
      'Abgelegt unter: Hafen, Wirtschaft',
      'Themen',
      'Schlagwörter',
      'Siehe auch',
      'Weiterführende Links',
      'Weitere aktuelle Themen aus der Region',
      'Mehr aus der Sendung',
      'Lo último',
      'Dans la même rubrique',
      'Weitere Informationen:',
      'Quellenangaben:',
      'Plus d’informations',
      'Über den Autor',
      'Über die Autorin',
      'About the author',
      'Die meistgelesenen Artikel bei Harbor Press',
      'Inhaltsverzeichnis'
    ],
    misses: [
      'Related charges were filed against two other executives on Friday, prosecutors said.',
      'More from the minister’s speech is expected to be published later today.',
      'Related Companies Wins Bid for Rail Yard',
      'Ähnliche Fälle hatte es im vergangenen Jahr auch in Kiel gegeben, sagte die Sprecherin.',
      'Weitere Artikel des Gesetzes sollen erst im Herbst beraten werden, hieß es aus dem Ministerium.',
      'Der Artikel wurde am Montag in der Fachzeitschrift veröffentlicht, teilte die Universität mit.',
      'Otras noticias de la jornada quedaron en segundo plano tras la votación en el Congreso.',
      'Themen wie Mieten und Verkehr bestimmten den Abend im Rathaus, sagte die Moderatorin.'
    ]
  },
  'comment-prompt': {
    hits: [
      'Comments (12)',
      'Comments',
      '12 comments',
      'Leave a comment',
      'View all 34 comments',
      'Join the conversation',
      'Have your say',
      '34 responses to “Port strike enters second week”',
      'Note: we are moderating all comments submitted to deal with a surge in spam.',
      'ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.',
      'You must be logged in to post a comment.',
      '4 Kommentare zu „Streik im Hafen geht weiter“',
      '2 Gedanken zu “Ein Sommer am See”',
      '7 commentaires sur « La grève continue »',
      'Schreibe einen Kommentar',
      'Kommentar verfassen',
      'Hinterlasse einen Kommentar Antwort abbrechen',
      'Leave a Reply Cancel reply',
      'Laisser un commentaire',
      'Deja un comentario',
      'Lascia un commento',
      'Kommentare:',
      'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
      'Votre adresse e-mail ne sera pas publiée.',
      'Benachrichtige mich über nachfolgende Kommentare per E-Mail.',
      'Du musst angemeldet sein, um einen Kommentar abzugeben.',
      'Was this article helpful?',
      'Fanden Sie diesen Artikel nützlich?',
      'Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn.',
      'Dieser Artikel gefällt Ihnen?',
      'Wie bewerten Sie diesen Artikel?',
      '(Noch keine Bewertungen)',
      'Was denkst du?',
      'Was meinen Sie?',
      'Qu’en pensez-vous ?',
      'Para comentar debes registrarte.'
    ],
    misses: [
      'Comments made by the senator last week drew criticism from both parties, aides said.',
      'Have your say on the budget at the town hall meeting, the mayor urged residents on Monday.',
      'Kommentare aus dem Rathaus gab es dazu am Dienstag zunächst nicht, wie ein Sprecher sagte.',
      'Schreibe einen Kommentar über deine Erfahrungen, riet die Lehrerin ihrer Klasse am Ende der Stunde.'
    ]
  },
  'photo-credit': {
    hits: [
      'Quelle: Hafenverband',
      'Titelbild: Lena Park/Harbor Press',
      'Crédits photos : Jean Roe',
      'Photo: Ada Brook/Reuters',
      '(AP Photo/Lee Min-ho)',
      'Getty Images',
      'Tom Reed/Getty Images',
      'KCNA via Reuters',
      'Image credit: Harbor Press',
      'Photo by Ada Brook',
      'AP Photo/Lee Min-ho',
      'Courtesy of the family'
    ],
    misses: [
      'Photographs of the damaged bridge were shared widely online on Sunday, police said.',
      'Getty Images said on Monday it had agreed to buy a smaller rival for $200 million.',
      'Big picture: Why rates matter'
    ]
  },
  caption: {
    hits: [
      'Der alte Anleger im Morgenlicht. Foto: Lena Park',
      'Fischer flicken ihre Netze am Kai (Quelle: Tom Reed/Hafenverband)',
      'Die Fähre bei der letzten Überfahrt. © Harbor Press',
      'Un ferry dans le port de Brest. (REUTERS/Jean Roe)',
      'Die Rampe der alten Fähre am Abend. Bild: Iona Vik/Shutterstock.com',
      'Rescuers search the rubble of a collapsed school in the hill town on Tuesday. Photo: Ada Brook/Reuters',
      'A fisherman repairs his nets at dawn. (AP Photo/Lee Min-ho)',
      'Commuters wait for a delayed train in the capital. Tom Reed/Getty Images',
      'Supporters cheer at a rally in the port city on Sunday. Ada Brook for The Harbor Press',
      'A diver checks the hull of the ferry. (Image credit: Harbor Press)',
      'Workers clear mud from the main street on MondayCredit: Tom Reed',
      'The mayor at the harbour last week.Credit...Tom Reed/The Harbor Press',
      'In this Dec. 12, 2006, file photo, made available by the agency, a diver inspects the hull.',
      'This March 28, 2017, file photo, provided by the port authority, shows the old pier.',
      'This illustration shows a concept of the new ferry terminal.',
      'An artist’s concept of the rebuilt pier at night.'
    ],
    misses: [
      'Der Bürgermeister nannte als Quelle: Anwohner am Hafen.',
      'Die Geschwindigkeit lag bei mehr als 40 Kilometern (40 km/h)',
      'The agency released a photo showing the damaged reactor building, which it said was taken on Monday.',
      'The image, credited to a local photographer, was later removed from the site.',
      'The picture agency, whose photos are sold through Getty Images, declined to comment.',
      'The Big Picture: Why Rates Matter',
      'In this town, photos of the old pier hang in every shop, the mayor said on Monday, and the council wants to keep them there for good, because they show what the harbour was before the storm took the pier and most of the boats moored along it in a single night of wind and rain that nobody here will forget.'
    ]
  },
  'media-control': {
    hits: ['Toggle caption', '1 of 12', 'Listen to this article', 'Play video', '0:45', 'Watch: Divers reach the wreck', 'Externer Inhalt', 'Empfohlener redaktioneller Inhalt', 'Bild anzeigen Bild schließen'],
    misses: ['Watch parties were held across the city as the final went to penalties, police said.']
  },
  timestamp: {
    hits: [
      'Updated Jan. 1, 2026 9:24 pm ET',
      'Published 3 hours ago',
      '5 min read',
      'March 3, 2026',
      'Nov 18, 2025 at 9:24 pm ET • 2 min read',
      '32M ago',
      'updated 16m ago',
      'Veröffentlicht am 3. März 2026 um 9:24 Uhr',
      'Aktualisiert: 03.03.2026, 09:24',
      'Publié le 3 mars 2026 à 9 h 24',
      'Publicado el 3 de marzo de 2026',
      'Pubblicato il 3 marzo 2026',
      'Publikacja: 03.03.2026',
      '03.03.2026',
      '2026-03-03 09:24:00',
      'Posted by Lena Park at 9:24 PM',
      'Eingestellt von Lena Park um 21:24'
    ],
    misses: [
      'On March 3, 2026, the council voted to close the plant, officials said.',
      'May',
      '2026',
      'Am 3. März 2026 stimmte der Rat für die Schließung des Werks, teilte die Stadt mit.',
      'Mai'
    ]
  },
  navigation: {
    hits: [
      'Home › World › Asia',
      'Home | News | Sport',
      'News » Local',
      'Skip to main content',
      'Back to top',
      'Menu',
      'Privacy Policy',
      'Terms of Use | Privacy Policy | Contact Us',
      'Do Not Sell My Personal Information',
      'Startseite',
      'Zum Inhalt springen',
      'Zurück nach oben',
      'Zurück zur Übersicht',
      'Lade weitere Inhalte …',
      'Datenschutzerklärung · Impressum',
      'Impressum | Datenschutz | Kontakt',
      'Mentions légales',
      'Aviso legal',
      'Volver arriba'
    ],
    misses: [
      'Home prices rose 3% in May from a year earlier, the survey found.',
      'Search teams found the missing hikers late on Sunday, rescuers said.',
      'By Ada Brook | Harbor Press | March 3, 2026',
      'Zurück in die Heimat kehrte der Fischer erst nach zwölf Jahren, erzählt seine Tochter.',
      'Weiter ging es am Nachmittag mit einer Führung durch den Hafen.',
      'Karriere'
    ]
  }
}

// Headlines of invented stories: title-like lines that must survive.
const headlines = [
  'Port Strike Enters Second Week as Talks Stall',
  'Floods Force Thousands From Their Homes in River Valley',
  'Harbor City Approves New Budget',
  'Home Sales Slow in March',
  'Comments Spark Outrage in Parliament',
  'Watch Out for Falling Prices',
  'Print Is Not Dead, Says Publisher'
]

describe('built-in rules', () => {
  it('lists every rule with a kebab-case id, a reason and a bound', () => {
    const ids = boilerplateRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of boilerplateRules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.reason).toMatch(/^Unexpected .+, expected .+$/)
      expect(rule.maxLength).toBeGreaterThan(0)
      expect(Object.isFrozen(rule)).toBe(true)
    }

    expect(Object.isFrozen(boilerplateRules)).toBe(true)
    // Every rule that applies anywhere is covered below.
    expect(ids.filter((id) => id !== 'after-signoff').sort()).toEqual(Object.keys(cases).sort())
  })

  for (const [id, {hits, misses}] of Object.entries(cases)) {
    describe(id, () => {
      it.each(hits)('takes %j', (text) => {
        expect(matchBoilerplate(text)?.rule).toBe(id)
      })

      it.each(misses)('leaves %j', (text) => {
        expect(matchBoilerplate(text)).toBeUndefined()
      })
    })
  }

  it.each(headlines)('leaves the headline %j', (text) => {
    expect(matchBoilerplate(text)).toBeUndefined()
  })

  it('leaves long story sentences that mention the cues', () => {
    const cues = [
      'Advertisement',
      'subscription',
      'Subscribe',
      'the app',
      'Read more:',
      'Share',
      'a newsletter',
      'cookies',
      'Photo: Ada Brook/Reuters',
      'Comments (12)',
      'Home › World',
      'All rights reserved',
      'Write to Ada Brook at ada@harbor-press.example',
      'E-Paper'
    ]
    for (const cue of cues) {
      const text = `The council, which discussed ${cue} at length during its meeting on Monday, said the budget would be cut by a fifth.`
      expect(matchBoilerplate(text), cue).toBeUndefined()
    }
  })

  it('strips bullets and arrows before testing', () => {
    expect(matchBoilerplate('• Read more: Port strike enters second week')?.rule).toBe('read-more')
    expect(matchBoilerplate('► Related Stories')?.rule).toBe('related-links')
  })

  it('returns the rule id and its reason', () => {
    expect(matchBoilerplate('Advertisement')).toEqual({
      rule: 'advertisement',
      reason: 'Unexpected advertisement, expected story text'
    })
  })

  it('takes tail lines only after the sign-off', () => {
    expect(matchBoilerplate('to all our archives.')).toBeUndefined()
    expect(matchBoilerplate('to all our archives.', {afterSignoff: true})).toEqual({
      rule: 'after-signoff',
      reason: 'Unexpected text after the sign-off, expected the story to have ended'
    })
    // Sentences are kept even there.
    expect(
      matchBoilerplate('An earlier version of this article misstated the date of the vote.', {afterSignoff: true})
    ).toBeUndefined()
  })

  it('respects rules turned off in the context', () => {
    expect(matchBoilerplate('Advertisement', {rules: {advertisement: false}})).toBeUndefined()
    expect(matchBoilerplate('Advertisement', {rules: {navigation: false}})?.rule).toBe('advertisement')
    expect(matchBoilerplate('to all our archives.', {afterSignoff: true, rules: {'after-signoff': false}})).toBeUndefined()
    expect(matchBoilerplate('Advertisement', null)?.rule).toBe('advertisement')
  })
})

describe('joinPatterns', () => {
  it('matches where any pattern does, keeping flags apart and back-references alone', () => {
    const patterns = [/^read more$/i, /^Advertisement$/, /\bshare\b/i, /^(\w)\1$/]
    const joined = joinPatterns(patterns)
    expect(joined).toHaveLength(3)
    for (const text of ['Read more', 'ADVERTISEMENT', 'Advertisement', 'Share this', 'aa', 'ab', 'sharer', '']) {
      expect(joined.some((d) => d.test(text)), text).toBe(patterns.some((d) => d.test(text)))
    }
  })
})
