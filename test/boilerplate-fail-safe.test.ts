/**
 * The boilerplate fail-safe: when every cue together leaves the story empty
 * or small against the prose the page holds, the page is read again with
 * fewer cues, and the step that produced the body is said (invented pages).
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {digestHtml} from '../src/html/index.js'
import {digest} from '../src/index.js'

const story = [
  'The county water board agreed on Monday to rebuild the pumping station at Elm Ford, which flooded twice last spring and left four villages without clean water.',
  'Engineers told the meeting that the new station would stand two metres higher than the old one and take about eighteen months to finish.',
  '“We cannot ask people to boil their water every time the river rises,” said the board’s chair, Odile Marsh, who voted for the plan.',
  'The work will cost about 3.2 million, most of it from a regional fund, and the old station will stay open until the new one is ready.'
]

const paragraphs = story.map((d) => `<p>${d}</p>`).join('\n')

const menu = `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>`
const footer = `<footer><p>© 2026 Valley Courier</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>`

/** Whether every story paragraph is in `body`. */
function holdsStory(body: string): boolean {
  return story.every((d) => body.includes(d))
}

describe('boilerplate fail-safe', () => {
  it('keeps a story that an ASP.NET-style page wraps in a <form>, and says so', () => {
    const html = `<html><body><form id="aspnetForm">${menu}<h1>Water board to rebuild flooded station</h1>${paragraphs}${footer}</form></body></html>`
    const result = digestHtml(html)
    expect(holdsStory(result.body)).toBe(true)
    expect(result.body).not.toContain('Privacy')
  })

  it('keeps a story inside a class that names furniture (a widget wrapper)', () => {
    const html = `<html><body>${menu}<div class="widget widget-area"><div class="sidebar-panel">${paragraphs}</div></div>${footer}</body></html>`
    const result = digestHtml(html)
    expect(holdsStory(result.body)).toBe(true)
    expect(result.body).not.toContain('Sport')
  })

  it('names the step in file.data and in a vfile message', async () => {
    const {unified} = await import('unified')
    const {retextArticle, retextArticleEnglish} = await import('../src/index.js')
    const {htmlToText} = await import('../src/html/index.js')
    // The story’s paragraphs sit one by one in landmarks of two kinds, so
    // no single subtree holds it.
    const short = [
      'Divers found deep cracks in the piles of the old ferry landing on Monday.',
      'The harbour board closed the landing the same evening, after a short meeting.',
      'A bus will carry passengers around the bay for the next two years.',
      'Engineers expect the new landing to cost about four million to build.'
    ]
    const boxes = short.map((d, index) => (index % 2 === 0 ? `<aside><p>${d}</p></aside>` : `<form><p>${d}</p></form>`)).join('')
    const html = `<html><body>${menu}${boxes}${footer}</body></html>`
    const page = htmlToText(html)
    const file = new VFile(page.text)
    file.data.htmlBlocks = page.blocks
    const processor = unified().use(retextArticleEnglish).use(retextArticle)
    await processor.run(processor.parse(file), file)
    expect(file.data.boilerplateStep).toBe('no-landmarks')
    const message = file.messages.find((d) => d.ruleId === 'fail-safe')
    expect(message?.actual).toBe('no-landmarks')
    for (const sentence of short) expect(file.data.digest?.body).toContain(sentence)
  })

  it('reads a story with every cue when the cues leave it whole', async () => {
    const {unified} = await import('unified')
    const {retextArticle, retextArticleEnglish} = await import('../src/index.js')
    const {htmlToText} = await import('../src/html/index.js')
    const page = htmlToText(`<html><body>${menu}<article>${paragraphs}</article>${footer}</body></html>`)
    const file = new VFile(page.text)
    file.data.htmlBlocks = page.blocks
    const processor = unified().use(retextArticleEnglish).use(retextArticle)
    await processor.run(processor.parse(file), file)
    expect(file.data.boilerplateStep).toBe('all-cues')
    expect(file.messages.some((d) => d.ruleId === 'fail-safe')).toBe(false)
    expect(file.data.digest?.body).not.toContain('Privacy')
  })

  it('never leaves the body empty when the page holds a paragraph of prose', () => {
    // Every block sits in a landmark or under a furniture class.
    const html = `<html><body><aside class="related">${paragraphs}</aside><footer class="ad-slot"><p>${story[0]}</p></footer>${menu}</body></html>`
    const result = digestHtml(html)
    expect(result.body.trim()).not.toBe('')
    expect(result.body).toContain(story[1])
  })

  it('leaves a text with no prose alone (nothing to rescue)', () => {
    const result = digest('Home\nNews\nSport\nContact us\n© 2026 Valley Courier')
    expect(result.body).not.toContain('Valley Courier')
  })
})

describe('evidence, not verdicts', () => {
  it('does not let a class word remove the subtree that holds the page’s densest prose', () => {
    // A blog platform wraps each post in a widget; beside it, a short
    // paragraph about the site that no cue takes.
    const about =
      'The Valley Courier is an independent weekly paper that has reported on the towns and farms of the upper valley since the spring of 1951.'
    const html = `<html><body>${menu}<div class="widget post-widget-area"><h2>Water board to rebuild flooded station</h2>${paragraphs}</div><div class="about"><p>${about}</p></div>${footer}</body></html>`
    const result = digestHtml(html)
    expect(holdsStory(result.body)).toBe(true)
    expect(result.boilerplate.some((d) => d.rule === 'html-furniture' && d.text === story[0])).toBe(false)
  })

  it('still removes a furniture box beside a story that holds more prose', () => {
    const teaser =
      'Readers across the valley have sent in their photos of the spring floods, and we have gathered the best of them in a gallery this week.'
    const html = `<html><body>${menu}<div class="content">${paragraphs}</div><div class="sidebar"><p>${teaser}</p></div>${footer}</body></html>`
    const result = digestHtml(html)
    expect(holdsStory(result.body)).toBe(true)
    expect(result.body).not.toContain(teaser)
  })
})

describe('the text path on a portal', () => {
  it('takes the menus of a page whose furniture no rule on text knows', () => {
    const menuLines = ['Portada', 'Nacional', 'Deportes', 'Cultura', 'Economía', 'Opinión', 'Vídeos', 'Tecnología', 'Salud', 'Viajes']
    const historia = [
      'El ayuntamiento de Valdemora aprobó el martes un plan para reparar el puente viejo del río, que lleva cerrado desde las lluvias de marzo.',
      'Los ingenieros calculan que las obras durarán unos ocho meses y que el puente volverá a abrir para peatones antes del verano próximo.',
      '“Los vecinos no pueden seguir dando un rodeo de diez kilómetros para llegar al mercado”, dijo la alcaldesa, Marta Ruiz, durante el pleno.'
    ]
    const text = [...menuLines, 'Valdemora reparará el puente viejo del río', ...historia, ...menuLines.slice(0, 6).map((d) => `${d} Hoy`)].join('\n')
    const result = digest(text)
    for (const paragraph of historia) expect(result.body).toContain(paragraph)
    expect(result.body).not.toContain('Deportes')
    expect(result.body).not.toContain('Tecnología')
  })
})
