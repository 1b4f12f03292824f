/**
 * The browser bundle in headless Chromium (Debian’s `chromium`, driven by
 * playwright-core: no browser download): the playground loads, takes the
 * example article, and shows its digest. A screenshot is saved to
 * `test-output/playground.png`. Skipped, with a note, when Chromium or the
 * built bundle is missing (`.ci/run` installs and builds both).
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import type {Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Browser} from 'playwright-core'
import {chromium} from 'playwright-core'
import type {Digest} from '../src/index.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: plain JavaScript helper without types.
import {serve} from '../scripts/serve.mjs'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const bundle = new URL('../dist/browser/retext-article.js', import.meta.url)
const missing = [
  existsSync(executablePath) ? undefined : `Chromium (${executablePath})`,
  existsSync(bundle) ? undefined : 'the browser bundle (npm run build)'
].filter(Boolean)
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

    mkdirSync(new URL('../test-output/', import.meta.url), {recursive: true})
    await page.screenshot({path: new URL('../test-output/playground.png', import.meta.url).pathname, fullPage: true})
    await page.close()
  }, 30_000)
})
