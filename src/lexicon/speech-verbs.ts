/**
 * Verbs that report speech (`said`, `told`, `insisted`), in the forms news
 * writes them: one list for the quotes plugin (who said it) and the
 * entities plugin (a name beside one is a person). Lower case.
 */

/** The verbs as alternatives of a pattern (`said|says|…`). */
export const speechVerbPattern =
  'said|says|say|told|tells|added|adds|asked|asks|stated|states|wrote|writes|tweeted|posted|explained|explains|insisted|insists|warned|warns|argued|argues|noted|notes|continued|recalled|replied|responded|answered|declared|announced|acknowledged|admitted|conceded|claimed|claims|contended|countered|suggested|suggests|urged|vowed|promised|predicted|cautioned|complained|joked|quipped|shouted|yelled|whispered|reiterated|stressed|emphasized|emphasised|observed|remarked|concluded|pleaded|boasted|exclaimed|assured|agreed|called|calls|described|describes|dubbed|labeled|labelled|branded|fumed|gushed|mused|sighed|laughed|lamented|recounted|testified|scoffed|snapped|retorted|interjected|accused|praised|criticized|criticised|blasted|denounced|dismissed|referred|mocked|touted|wondered|pointed'

/** Speech verbs, lower case. */
export const speechVerbs: ReadonlySet<string> = new Set(speechVerbPattern.split('|'))
