/**
 * Function words of the languages news pages are most often written in:
 * articles, pronouns, prepositions, conjunctions and the commonest auxiliary
 * verbs. Prose is full of them (a third of its words or more) while menus,
 * link lists and tag clouds have almost none, in any of these languages, so
 * their share tells a sentence from a list of names without a parser.
 *
 * Lower case; words that are function words in one language and content
 * words in another are left out where that would blur the signal.
 */
const lists = [
  // English
  'a an the and or but nor if of in on at to for from by with as into onto about over after before than then that this these those there here it its he she they we you i him her them us his their our your my me is are was were be been being has have had do does did will would can could should may might must shall not no so such which who whom whose what when where why how all any some each',
  // Portuguese
  'o os as um uma uns umas e ou mas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas para com sem que se não mais muito já é são foi era ser ter tem está estão como quando onde também ele ela eles elas isso este esta esse essa seu sua seus suas',
  // Spanish
  'el la los las un una unos unas y o pero de del al en con sin por para que se no más muy ya es son fue era ser hay está están como cuando donde también lo le les su sus este esta ese esa',
  // French
  'le la les un une des du de et ou mais en dans sur sous avec sans pour par que qui ne pas plus est sont était être avoir a ont il elle ils elles nous vous je ce cette ces son sa ses leur leurs au aux comme aussi',
  // Italian
  'il lo gli una uno di del della dei delle dello degli e ed o ma in nel nella nei nelle con senza per tra fra che chi non più è sono era essere ha hanno si ci come anche questo questa quello quella suo sua suoi',
  // German
  'der die das den dem des ein eine einen einem einer eines und oder aber in im auf aus bei mit nach von vom zu zur zum für über unter nicht auch ist sind war waren sein hat haben wird werden er sie es wir ihr ich dass wie wenn als noch nur sich',
  // Dutch
  'de het een en of maar in op aan bij met naar van voor over uit dat die dit niet ook is zijn was waren heeft hebben wordt worden hij zij wij ze er als nog',
  // Indonesian
  'dan atau tetapi yang di ke dari pada untuk dengan dalam ini itu tidak juga adalah akan sudah telah bisa ada oleh karena saat sebagai lebih'
]

/** Function words of the languages above, lower case. */
export const functionWords: ReadonlySet<string> = new Set(lists.join(' ').split(' '))
