/**
 * `npm run example`: digest the article in `examples/article.txt` and print
 * the headline, summary and the rest of the digest.
 */
import {readFileSync} from 'node:fs'
import {digest} from 'retext-article'

const text = readFileSync(new URL('article.txt', import.meta.url), 'utf8')
const result = digest(text)

console.log(JSON.stringify(result, null, 2))
