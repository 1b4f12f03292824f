/**
 * One run of the hostile-input bench, in a process of its own so that its
 * peak memory is its own: build the shape named in argv[3] (of the plain-text
 * shapes when argv[2] is `text`, of the HTML shapes when `html`) at argv[4]
 * characters, digest it, print time and peak RSS as JSON.
 */
import {performance} from 'node:perf_hooks'
import {digest} from '../../src/digest.js'
import {digestHtml} from '../../src/html/index.js'
import {htmlShapes} from './html-shapes.js'
import {textShapes} from './text-shapes.js'

const [kind = 'text', name = '', size = '1000000'] = process.argv.slice(2)
const make = (kind === 'html' ? htmlShapes : textShapes)[name]
if (!make) throw new TypeError(`shape-child: unknown ${kind} shape \`${name}\``)
const input = make(Number(size))
const before = process.memoryUsage().rss
const start = performance.now()
let error = ''
try {
  if (kind === 'html') digestHtml(input, {maxLength: input.length})
  else digest(input, {maxLength: input.length})
} catch (caught) {
  error = String(caught).slice(0, 80)
}

const ms = performance.now() - start
console.log(JSON.stringify({size: input.length, ms, peakMb: process.resourceUsage().maxRSS / 1024, baseMb: before / 2 ** 20, error}))
