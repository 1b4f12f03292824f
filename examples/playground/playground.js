// The playground uses the package’s browser bundles only, no framework:
// `dist/browser/retext-article.js` for text, and
// `dist/browser/retext-article-html.js` (`digestHtml`) for HTML, loaded the
// first time HTML is digested. Both come from `npm run build`.
const bundles = {
  text: '../../dist/browser/retext-article.js',
  html: '../../dist/browser/retext-article-html.js'
}
const samples = {text: 'samples/cable-car.txt', html: 'samples/night-ferry.html'}

const input = document.querySelector('#article')
const status = document.querySelector('#status')
const copyButton = document.querySelector('#copy')
const downloadButton = document.querySelector('#download')

/** The digest on show, for Copy and Download. */
let current

/** The digest function of each mode, once its bundle has loaded. */
const digesters = {}

document.querySelector('#digest').addEventListener('click', render)
document.querySelector('#sample').addEventListener('click', loadSample)
copyButton.addEventListener('click', copyJson)
downloadButton.addEventListener('click', downloadJson)
input.addEventListener('input', debounce(render, 300))
for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', render)
// Links and images in the story's Markdown: options of `digestHtml` (text has neither).
const keepLinks = document.querySelector('#links')
const keepImages = document.querySelector('#images')
for (const box of [keepLinks, keepImages]) box.addEventListener('change', render)

// Say at once, in plain words, when the bundle has not been built.
digesterFor('text').catch(() => {})

function mode() {
  return document.querySelector('input[name="mode"]:checked').value
}

/** The digest function for `kind`, importing its bundle the first time. */
async function digesterFor(kind) {
  if (!digesters[kind]) {
    try {
      const module = await import(bundles[kind])
      digesters[kind] = kind === 'html' ? module.digestHtml : module.digest
    } catch (error) {
      const banner = document.querySelector('#bundle-missing')
      banner.textContent =
        'The playground cannot find the library’s browser bundle (dist/browser/). ' +
        'Run `npm run build` in the repository, then reload this page.'
      banner.hidden = false
      throw error
    }
  }

  return digesters[kind]
}

async function loadSample() {
  const kind = mode()
  try {
    const response = await fetch(samples[kind])
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
    input.value = await response.text()
  } catch (error) {
    status.textContent = `Could not load the ${kind} sample: ${error.message}`
    return
  }

  await render()
}

async function render() {
  const kind = mode()
  const source = input.value
  keepLinks.disabled = kind !== 'html'
  keepImages.disabled = kind !== 'html'
  let digestOf
  try {
    digestOf = await digesterFor(kind)
  } catch {
    status.textContent = 'No digest: the browser bundle is missing (run `npm run build`).'
    return
  }

  // A newer input or mode may have come while the bundle loaded.
  if (source !== input.value || kind !== mode()) return
  const started = performance.now()
  let result
  try {
    const options = kind === 'html' ? {story: true, links: keepLinks.checked, images: keepImages.checked} : {story: true}
    result = digestOf(source, options)
  } catch (error) {
    status.textContent = String(error)
    return
  }

  current = result
  copyButton.disabled = false
  downloadButton.disabled = false
  const took = Math.round(performance.now() - started)
  status.textContent = `Digested ${source.length} characters of ${kind === 'html' ? 'HTML' : 'text'} in ${took} ms: ${result.boilerplate.length} boilerplate blocks removed.`
  // Offsets point into the page's text for HTML, into the input for text.
  renderStory(kind === 'html' ? result.text : source, result)
  renderFields(result)
  document.querySelector('#json').textContent = JSON.stringify(result, null, 2)
}

function renderFields(result) {
  text('#headline', result.headline)
  text('#dek', result.dek)
  const {byline, dateline} = result
  definitions('#byline', [
    ['Line', byline.text],
    ['Authors', byline.authors.join(', ')],
    ['Agency', byline.agency],
    ['Editors', byline.editors.join(', ')],
    ['Contacts', byline.contacts.map((d) => `${d.name} <${d.email}>`).join(', ')],
    ['Date', byline.date && dated(byline.date)]
  ])
  definitions(
    '#dateline',
    dateline
      ? [
          ['Line', dateline.text],
          ['Place', dateline.place],
          ['Cities', dateline.cities.join(', ')],
          ['Region', dateline.region],
          ['Agency', dateline.agency],
          ['Date', dateline.date && dated(dateline.date)]
        ]
      : []
  )
  definitions('#published', [
    ['Published', result.published && `${dated(result.published)} (from the ${result.published.source})`],
    ['Modified', result.modified && `${dated(result.modified)} (from the ${result.modified.source})`]
  ])
  definitions('#meta', metaPairs(result.meta))
  list('#summary', result.summary.map((d) => d.text))
  chips('#keyphrases', result.keyphrases.map((d) => d.phrase))
  chips('#keywords', result.keywords.map((d) => d.word))
  chips('#people', result.entities.people.map((d) => `${d.name} ×${d.count}`))
  chips('#places', result.entities.places.map((d) => `${d.name} ×${d.count}`))
  chips('#organizations', result.entities.organizations.map((d) => `${d.name} ×${d.count}`))
  const quotes = document.querySelector('#quotes')
  quotes.replaceChildren(
    ...result.quotes.map((quote) => {
      const item = element('li', `“${quote.text}”`)
      item.append(' ', element('span', `— ${quote.speaker ?? 'unattributed'}`, 'speaker'))
      return item
    })
  )
  empty(quotes, result.quotes.length === 0)
  chips('#figures', result.figures.map((d) => (d.what ? `${d.text} (${d.what})` : d.text)))
  chips('#dates', result.dates.map((d) => (d.value && d.value !== d.text ? `${d.text} → ${d.value}` : `${d.text} (${d.kind})`)))
  const {stats} = result
  text(
    '#stats',
    `${stats.words} words · ${stats.sentences} sentences · ${stats.paragraphs} paragraphs · ${stats.readingMinutes} min read`
  )
  text('#markdown', result.story?.markdown || null)
}

/** What the page's markup says about itself, each value with its source. */
function metaPairs(meta) {
  if (!meta) return []
  const pairs = []
  for (const [field, entry] of Object.entries(meta)) {
    if (field === 'conflicts' || !entry) continue
    const value = Array.isArray(entry.value) ? entry.value.join(', ') : (entry.value ?? entry.raw)
    pairs.push([field, `${value} (${entry.source})`])
  }

  for (const conflict of meta.conflicts) {
    pairs.push([`${conflict.field} conflict`, `${conflict.winner} won: ${conflict.reason}`])
  }

  return pairs
}

function dated(date) {
  return date.value && date.value !== date.text ? `${date.text} → ${date.value}` : date.text
}

/** Every block of the text with its role; summary sentences marked in place. */
function renderStory(text, result) {
  const story = document.querySelector('#story')
  const boilerplate = new Map(result.boilerplate.map((d) => [d.start, d]))
  story.replaceChildren(
    ...result.blocks.map((block) => {
      const paragraph = element('p', '', block.role)
      if (block.role === 'boilerplate') {
        const entry = boilerplate.get(block.start)
        const del = element('del', text.slice(block.start, block.end), 'boilerplate')
        del.title = entry ? `${entry.rule}: ${entry.reason}` : block.rule
        del.dataset.rule = block.rule
        paragraph.append(del)
        return paragraph
      }

      let cursor = block.start
      if (result.dateline && result.dateline.start === block.start) {
        paragraph.append(element('span', text.slice(block.start, result.dateline.end), 'dateline'))
        cursor = result.dateline.end
      }

      for (const sentence of result.summary) {
        if (sentence.start < cursor || sentence.end > block.end) continue
        paragraph.append(text.slice(cursor, sentence.start), element('mark', sentence.text, 'summary'))
        cursor = sentence.end
      }

      paragraph.append(text.slice(cursor, block.end))
      return paragraph
    })
  )
}

async function copyJson() {
  if (!current) return
  const json = JSON.stringify(current, null, 2)
  try {
    await navigator.clipboard.writeText(json)
  } catch {
    // No clipboard permission (an insecure origin, a headless browser): select a copy instead.
    const scratch = element('textarea', '')
    scratch.value = json
    document.body.append(scratch)
    scratch.select()
    document.execCommand('copy')
    scratch.remove()
  }

  status.textContent = `Copied the digest as JSON (${json.length} characters).`
}

function downloadJson() {
  if (!current) return
  const blob = new Blob([JSON.stringify(current, null, 2) + '\n'], {type: 'application/json'})
  const url = URL.createObjectURL(blob)
  const link = element('a', '')
  link.href = url
  link.download = 'digest.json'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

function text(selector, value) {
  const node = document.querySelector(selector)
  node.textContent = value ?? 'none'
  empty(node, value === null || value === undefined || value === '')
}

function definitions(selector, pairs) {
  const node = document.querySelector(selector)
  const shown = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
  node.replaceChildren(...shown.flatMap(([term, value]) => [element('dt', term), element('dd', value)]))
  if (shown.length === 0) node.append(element('dd', 'none'))
  empty(node, shown.length === 0)
}

function list(selector, values) {
  const node = document.querySelector(selector)
  node.replaceChildren(...values.map((value) => element('li', value)))
  empty(node, values.length === 0)
}

function chips(selector, values) {
  list(selector, values)
}

/** Mark a field with nothing to show (styled, and read by the browser test). */
function empty(node, isEmpty) {
  node.classList.toggle('empty', isEmpty)
}

function element(name, text, className) {
  const node = document.createElement(name)
  node.textContent = text
  if (className) node.className = className
  return node
}

function debounce(fn, ms) {
  let timer
  return () => {
    clearTimeout(timer)
    timer = setTimeout(fn, ms)
  }
}
