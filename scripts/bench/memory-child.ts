/** Digest 10 MB of article text and print its time and peak memory as JSON. */
import {performance} from 'node:perf_hooks'
import {digest} from '../../src/digest.js'
import {madeUpArticle} from './article.js'

const article = madeUpArticle()
const text = Array.from({length: Math.ceil(10_000_000 / article.length)}, () => article).join('\n')
const start = performance.now()
digest(text)
const ms = performance.now() - start
console.log(JSON.stringify({size: text.length, ms, peakMb: process.resourceUsage().maxRSS / 1024}))
