/**
 * Social tools around a story: share bars (`share-bar`: “Share this
 * article”, “Facebook Twitter Email Print”) and invitations to follow the
 * publisher (`social-follow`: “Follow us on Instagram”).
 */
import type {Line} from './line.js'
import {onlyVocabulary, wordSet} from './line.js'
import {patternRule} from './rule.js'

// A share bar is a line made only of these words: one story word breaks it.
const shareWords = {
  words: wordSet(
    'this article story page post video link url on via to the with by x line more options sharing shares shared copied size text font a an gift your friend send' +
      // The same little words in German, French, Spanish, Italian,
      // Portuguese, and the “like” button of blog platforms
      // (“Gefällt mir: Liken Lade …”).
      ' mit dies diese diesen dieses den die der jetzt news rezept bei speichern merken beitrag artikel seite sie mir lade wird geladen cet cette sur par este esta en por questo questa su este nesta'
  ),
  strong: wordSet(
    'share tweet twitter facebook fb linkedin whatsapp reddit pinterest email e mail print save bookmark flipboard telegram messenger tumblr pocket threads bluesky mastodon wechat weibo vk sms copy compartilhe compartilhar partilhar teilen partager compartir condividi bagikan imprimir drucken imprimer sharen teile teilt partagez comparte compartilhe condividere jaa udostępnij liken gefällt flattr stampa drukuj tulosta'
  ),
  numbers: true,
  maxWords: 16
}

export const shareBar = patternRule({
  id: 'share-bar',
  reason: 'Unexpected share bar, expected story text',
  maxLength: 160,
  lines: [
    // “Share All sharing options for: <headline>”.
    /^share\b.{0,40}?\bsharing\s+options\b/i
  ],
  test: (line: Line) => !line.sentence && onlyVocabulary(line.text, shareWords)
})

export const socialFollow = patternRule({
  id: 'social-follow',
  reason: 'Unexpected social media prompt, expected story text',
  maxLength: 200,
  lines: [
    /^(?:follow|like|join|find|connect\s+with|subscribe\s+to)\s+us\b/i,
    /^(?:siga-nos|siga\s+o|folgen\s+sie\s+uns|suivez-nous|s[ií]guenos|ikuti\s+kami|seguici)\b/i,
    // “Follow Jane Roe on Twitter”, “Follow the Times on Instagram”.
    /^follow\s+(?:\S+\s+){0,7}?on\s+(?:twitter|x|facebook|instagram|linkedin|tiktok|threads|bluesky|youtube|mastodon|google\s+news|whatsapp|telegram|flipboard)\b/i,
    // “… Follow him on Twitter @jroe.” ending an author’s note.
    /\bfollow\s+(?:him|her|them|me|us)\s+on\s+(?:twitter|x|facebook|instagram|linkedin|tiktok|threads|bluesky|mastodon)\b/i,
    /^join\s+our\s+(?:\S+\s+){0,2}?(?:forums?|community|discord|facebook\s+group|subreddit)\b/i
  ],
  labels: [
    // A handle on its own line.
    /^@[\w.]{1,30}$/,
    /^follow$/i
  ]
})
