/**
 * `advertisement`: ad slots and the labels around them (“Advertisement”,
 * “Skip Advertisement”, “Story continues below advertisement”). The words
 * appear in stories too (“… an advertisement campaign …”), so only whole
 * short lines match.
 */
import {patternRule} from './rule.js'

export const advertisement = patternRule({
  id: 'advertisement',
  reason: 'Unexpected advertisement, expected story text',
  maxLength: 100,
  lines: [
    /^(?:skip\s+)?(?:advertisements?|advertising|advert|ads?|sponsored(?:\s+(?:content|post|links?|stories|by\b.{1,40}))?|paid\s+(?:content|post|partner(?:ship)?)|promoted(?:\s+(?:content|stories|links?))?|partner\s+content|anzeige|werbung|publicidade|publicidad|publicit[ée]|pubblicit[àa]|iklan|reklame|reklama)\s*[:.]?$/i,
    /^(?:advertisement|ad)\s*[-–—:|]\s*(?:scroll|continue|story|article)\b.{0,40}$/i,
    /^(?:the\s+)?(?:story|article|text|content)\s+continues\s+(?:below|after)\b.{0,40}$/i,
    /^continue\s+reading\s+(?:the\s+main\s+story|below)\b.{0,20}$/i,
    /^scroll\s+(?:down\s+)?to\s+(?:continue|read)\b.{0,40}$/i,
    /^(?:ad\s+feedback|report\s+this\s+ad|close\s+ad|remove\s+ads|ad\s*choices|why\s+this\s+ad\??|ads\s+by\s+\S+)$/i
  ]
})
