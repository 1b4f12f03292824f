/**
 * The browser bundles in headless Chromium (Debian’s `chromium`, driven by
 * playwright-core: no browser download): the playground loads, takes the
 * example article and its own samples (text and HTML), shows every field of
 * the digest, copies and downloads it as JSON, and fits a 390 px phone.
 * Screenshots are saved under `test-output/` (playground-1280.png,
 * playground-html-1280.png, playground-390.png, playground-html-390.png).
 * Skipped, with a note, when Chromium or the built bundles are missing
 * (`.ci/run` installs and builds both).
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {cp, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Browser, Page} from 'playwright-core'
import {chromium} from 'playwright-core'
import type {Digest} from '../src/index.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: plain JavaScript helper without types.
import {serve} from '../scripts/serve.mjs'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const bundle = new URL('../dist/browser/retext-article.js', import.meta.url)
const htmlBundle = new URL('../dist/browser/retext-article-html.js', import.meta.url)
const missing = [
  existsSync(executablePath) ? undefined : `Chromium (${executablePath})`,
  existsSync(bundle) && existsSync(htmlBundle) ? undefined : 'the browser bundles (npm run build)'
].filter(Boolean)
const outputDirectory = new URL('../test-output/', import.meta.url)

/** Every field section of the playground, by `data-field`. */
const fields = [
  'headline', 'dek', 'byline', 'dateline', 'published', 'meta', 'summary', 'keyphrases', 'keywords',
  'people', 'places', 'organizations', 'quotes', 'figures', 'dates', 'stats', 'markdown'
]

/** The text of each field section, and whether it is marked empty. */
async function fieldContents(page: Page): Promise<Record<string, {text: string; empty: boolean}>> {
  return page.$$eval('[data-field]', (nodes) =>
    Object.fromEntries(
      nodes.map((node) => [
        node.getAttribute('data-field'),
        {text: (node.textContent ?? '').trim(), empty: node.classList.contains('empty')}
      ])
    )
  )
}

/** Load the sample of `mode` and wait for its digest. */
async function loadSample(page: Page, mode: 'text' | 'html', headline: string) {
  await page.check(`input[name="mode"][value="${mode}"]`)
  await page.click('#sample')
  await page.waitForFunction(`document.querySelector('#headline')?.textContent === ${JSON.stringify(headline)}`)
}

async function screenshot(page: Page, name: string) {
  mkdirSync(outputDirectory, {recursive: true})
  await page.screenshot({path: fileURLToPath(new URL(name, outputDirectory)), fullPage: true})
}

const textHeadline = 'Valley Town Reopens Its Century-Old Cable Car After Three-Year Repair'
const htmlHeadline = 'Island Ferry Returns to Night Crossings'
if (missing.length > 0) {
  // CI installs and builds both: there, missing is a failure, not a skip.
  if (process.env.CI) throw new Error(`browser.test: missing ${missing.join(' and ')}`)
  console.warn(`browser.test: skipped, missing ${missing.join(' and ')}`)
}

describe.skipIf(missing.length > 0)('in headless Chromium', () => {
  let server: Server
  let browser: Browser
  let origin = ''

  beforeAll(async () => {
    server = (await serve(0)) as Server
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
    })
  }, 30_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('runs digest() from the browser bundle', async () => {
    const page = await browser.newPage()
    await page.goto(`${origin}/examples/playground/index.html`)
    const article = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8')
    // A string, so that the test runner does not rewrite the `import()`.
    const result = (await page.evaluate(
      `import('/dist/browser/retext-article.js').then((module) => module.digest(${JSON.stringify(article)}))`
    )) as Digest
    expect(result.headline).toBe('Harbour Town Votes to Rebuild Its Storm-Wrecked Pier')
    expect(result.byline.authors).toEqual(['Maren Holt', 'Tobias Ekdahl'])
    expect(result.summary).toHaveLength(3)
    await page.close()
  }, 30_000)

  it('shows the playground: struck boilerplate, summary in place, chips and quotes', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 1400}})
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(`${origin}/`)
    const article = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8')
    await page.fill('#article', article)
    await page.click('#digest')
    await page.waitForSelector('#story p.headline')

    expect(await page.textContent('#story p.headline')).toBe('Harbour Town Votes to Rebuild Its Storm-Wrecked Pier')
    const struck = await page.$$eval('#story del.boilerplate', (nodes) => nodes.map((d) => [d.textContent, d.getAttribute('title')]))
    expect(struck.length).toBe(10)
    expect(struck).toContainEqual(['Advertisement', 'advertisement: Unexpected advertisement, expected story text'])
    expect(await page.$$eval('#story mark.summary', (nodes) => nodes.length)).toBe(3)
    expect(await page.$$eval('#keyphrases li', (nodes) => nodes.length)).toBeGreaterThan(0)
    expect(await page.textContent('#people')).toContain('Ingrid Solberg')
    expect(await page.textContent('#quotes')).toContain('— Ingrid Solberg')
    expect(errors).toEqual([])

    await page.close()
  }, 30_000)

  it('loads the text sample and shows every field of its digest', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 1400}})
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(`${origin}/`)
    await loadSample(page, 'text', textHeadline)

    const contents = await fieldContents(page)
    expect(Object.keys(contents).sort()).toEqual([...fields].sort())
    for (const field of fields) {
      // Plain text has no page metadata: that section alone says so.
      if (field === 'meta') continue
      expect(contents[field]!.empty, field).toBe(false)
      expect(contents[field]!.text.length, field).toBeGreaterThan(0)
    }

    expect(contents.meta).toEqual({text: 'none', empty: true})
    expect(contents.byline!.text).toContain('Lena Amsler, Marco Rezzonico')
    expect(contents.byline!.text).toContain('dpa')
    expect(contents.byline!.text).toContain('Sophie Keller')
    expect(contents.dateline!.text).toContain('Andermatt')
    expect(contents.published!.text).toContain('2026-03-14')
    expect(contents.quotes!.text).toContain('— Petra Imhof')
    expect(contents.figures!.text).toContain('38 million francs')
    expect(contents.dates!.text).toContain('January 2025 → 2025-01')
    expect(contents.markdown!.text.startsWith(`# ${textHeadline}`)).toBe(true)
    expect(await page.textContent('#story p.headline')).toBe(textHeadline)
    expect(await page.$$eval('#story del.boilerplate', (nodes) => nodes.length)).toBeGreaterThan(3)
    expect(errors).toEqual([])
    await screenshot(page, 'playground-1280.png')
    await page.close()
  }, 30_000)

  it('digests HTML with digestHtml from the HTML bundle, metadata included', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 1400}})
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(`${origin}/`)
    await loadSample(page, 'html', htmlHeadline)

    expect(await page.inputValue('#article')).toContain('<!doctype html>')
    const contents = await fieldContents(page)
    for (const field of fields) {
      expect(contents[field]!.empty, field).toBe(false)
      expect(contents[field]!.text.length, field).toBeGreaterThan(0)
    }

    expect(contents.meta!.text).toContain('The Sound Courier (json-ld)')
    expect(contents.meta!.text).toContain('https://courier.example/transport/night-ferry-returns (meta)')
    expect(contents.byline!.text).toContain('Frida Nyman')
    expect(contents.markdown!.text).toContain('## Who pays')
    expect(contents.markdown!.text).not.toContain('<p>')
    expect(contents.quotes!.text).toContain('— Anders Holm')
    // The story view shows the page's text, not its markup.
    expect(await page.textContent('#story p.headline')).toBe(htmlHeadline)
    expect(await page.textContent('#story')).not.toContain('<')
    expect(await page.textContent('#status')).toContain('of HTML')

    // Links and images kept in the Markdown, on request.
    expect(contents.markdown!.text).not.toContain('](')
    await page.check('#links')
    await page.check('#images')
    await page.waitForFunction(`document.querySelector('#markdown')?.textContent?.includes('](')`)
    const markdown = (await page.textContent('#markdown')) ?? ''
    expect(markdown).toContain('[Maja Ek](https://courier.example/people/maja-ek)')
    expect(markdown).toContain('![The ferry at Karvik quay at dusk](/images/ferry-quay.jpg)')

    // Back to text: the same input is now read as text, and the fields follow.
    await page.check('input[name="mode"][value="text"]')
    await page.waitForFunction(`document.querySelector('#meta')?.classList.contains('empty')`)
    expect(errors).toEqual([])
    await page.check('input[name="mode"][value="html"]')
    await page.waitForFunction(`!document.querySelector('#meta')?.classList.contains('empty')`)
    await screenshot(page, 'playground-html-1280.png')
    await page.close()
  }, 30_000)

  it('copies and downloads the digest as JSON', async () => {
    const context = await browser.newContext({acceptDownloads: true, viewport: {width: 1280, height: 1000}})
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin})
    const page = await context.newPage()
    await page.goto(`${origin}/`)
    expect(await page.isDisabled('#copy')).toBe(true)
    expect(await page.isDisabled('#download')).toBe(true)
    await loadSample(page, 'html', htmlHeadline)
    expect(await page.textContent('#copy')).toBe('Copy JSON')
    expect(await page.textContent('#download')).toBe('Download JSON')

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')])
    expect(download.suggestedFilename()).toBe('digest.json')
    const downloaded = JSON.parse(readFileSync(await download.path(), 'utf8')) as Digest & {meta: {title: {value: string}}}
    expect(downloaded.headline).toBe(htmlHeadline)
    expect(downloaded.meta.title.value).toBe(htmlHeadline)
    expect(downloaded.story?.markdown).toContain('## Who pays')
    expect(downloaded.quotes.length).toBeGreaterThan(0)

    await page.click('#copy')
    await page.waitForFunction(`document.querySelector('#status')?.textContent?.startsWith('Copied')`)
    const copied = JSON.parse(await page.evaluate('navigator.clipboard.readText()')) as Digest
    expect(copied).toEqual(downloaded)
    await context.close()
  }, 30_000)

  it.each([
    ['text', textHeadline, 'playground-390.png'],
    ['html', htmlHeadline, 'playground-html-390.png']
  ] as const)('fits a 390 px screen in one column (%s sample)', async (mode, headline, name) => {
    const page = await browser.newPage({viewport: {width: 390, height: 844}})
    await page.goto(`${origin}/`)
    await loadSample(page, mode, headline)

    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
    interface Box {top: number; bottom: number; width: number; height: number}
    // A string, so that it runs in the page as written (no DOM types here).
    const layout = (await page.evaluate(`(() => {
      const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON()
      const lineHeight = Number.parseFloat(getComputedStyle(document.querySelector('#story p.headline')).lineHeight)
      return {story: box('.story-column'), aside: box('aside'), headline: box('#story p.headline'), lineHeight}
    })()`)) as {story: Box; aside: Box; headline: Box; lineHeight: number}
    // One column: the fields come below the story, as wide as it.
    expect(layout.aside.top).toBeGreaterThanOrEqual(layout.story.bottom)
    expect(Math.abs(layout.aside.width - layout.story.width)).toBeLessThan(2)
    expect(layout.story.width).toBeGreaterThan(300)
    // The headline wraps as text does, a few words a line (not one word a line).
    expect(layout.headline.width).toBeGreaterThan(300)
    expect(layout.headline.height / layout.lineHeight).toBeLessThanOrEqual(4)
    await screenshot(page, name)
    await page.close()
  }, 30_000)

  it('says in plain words that the bundle needs a build when it is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'playground-unbuilt-'))
    await cp(fileURLToPath(new URL('../examples/playground/', import.meta.url)), join(root, 'examples', 'playground'), {recursive: true})
    const unbuilt = (await serve(0, {root})) as Server
    try {
      const page = await browser.newPage()
      await page.goto(`http://127.0.0.1:${(unbuilt.address() as AddressInfo).port}/`)
      await page.waitForSelector('#bundle-missing:not([hidden])')
      expect(await page.textContent('#bundle-missing')).toContain('Run `npm run build`')
      await page.close()
    } finally {
      await new Promise((resolve) => unbuilt.close(resolve))
      await rm(root, {recursive: true, force: true})
    }
  }, 30_000)
})
