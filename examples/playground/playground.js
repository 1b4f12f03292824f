// The playground uses the package’s browser bundle only: no framework.
import {digest} from '../../dist/browser/retext-article.js'

const input = document.querySelector('#article')
const button = document.querySelector('#digest')
const status = document.querySelector('#status')

button.addEventListener('click', render)
input.addEventListener('input', debounce(render, 300))

function render() {
  const text = input.value
  const started = performance.now()
  let result
  try {
    result = digest(text)
  } catch (error) {
    status.textContent = String(error)
    return
  }

  status.textContent = `Digested ${text.length} characters in ${Math.round(performance.now() - started)} ms: ${result.boilerplate.length} boilerplate blocks removed.`
  renderStory(text, result)
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
  const {stats} = result
  document.querySelector('#stats').textContent = `${stats.words} words · ${stats.sentences} sentences · ${stats.readingMinutes} min read`
}

/** Every block of the input with its role; summary sentences marked in place. */
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

function chips(selector, values) {
  document.querySelector(selector).replaceChildren(...values.map((value) => element('li', value)))
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
