/**
 * `digestHtml` parses each JSON-LD script of a page once, for the story’s
 * body and the metadata both, and reads the same from it as before.
 */
import {afterEach, describe, expect, it, vi} from 'vitest'
import {digestHtml} from '../src/html/index.js'

const body = Array.from({length: 12}, (_, index) => `The harbour board met for the ${index + 1}th time to plan the new ferry landing at Eldham.`).join(' ')
const script = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Ferry Landing Plan Approved',
  datePublished: '2027-03-04T09:15:00Z',
  author: {'@type': 'Person', name: 'Ines Marlow'},
  articleBody: body
})
const page = `<html><head><title>Ferry plan</title><script type="application/ld+json">${script}</script></head>` +
  '<body><nav><a href="/">Home</a></nav><p>Loading…</p></body></html>'

describe('digestHtml and JSON-LD', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('parses the script once, and takes body and metadata from it', () => {
    const parse = vi.spyOn(JSON, 'parse')
    const result = digestHtml(page)
    const ofScript = parse.mock.calls.filter(([text]) => text === script)
    expect(ofScript).toHaveLength(1)
    expect(result.source).toBe('json-ld')
    expect(result.body).toContain('The harbour board met for the 1th time')
    expect(result.meta.title?.value).toBe('Ferry Landing Plan Approved')
    expect(result.meta.published?.source).toBe('json-ld')
  })

  it('skips a malformed script for both', () => {
    const broken = page.replace(script, '{"@type": "NewsArticle", "headline": ')
    const result = digestHtml(broken)
    expect(result.source).toBe('page')
    expect(result.meta.title?.value).toBe('Ferry plan')
  })
})
