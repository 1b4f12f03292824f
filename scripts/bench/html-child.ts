/**
 * One run of the HTML rows of the hostile-input bench, in a process of its
 * own so that its peak memory is its own: build the page of the shape named
 * in argv[2] at argv[3] characters, digest it, print time and peak RSS as JSON.
 */
import {performance} from 'node:perf_hooks'
import {digestHtml} from '../../src/html/index.js'
import {htmlShapes} from './html-shapes.js'

const [name = '', size = '1000000'] = process.argv.slice(2)
const make = htmlShapes[name]
if (!make) throw new TypeError(`html-child: unknown shape \`${name}\``)
const html = make(Number(size))
const before = process.memoryUsage().rss
const start = performance.now()
let error = ''
try {
  digestHtml(html, {maxLength: html.length})
} catch (caught) {
  error = String(caught).slice(0, 80)
}

const ms = performance.now() - start
console.log(JSON.stringify({size: html.length, ms, peakMb: process.resourceUsage().maxRSS / 1024, baseMb: before / 2 ** 20, error}))
