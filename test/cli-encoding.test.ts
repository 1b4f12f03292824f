/**
 * Whole-file inputs in other encodings than UTF-8 (`--encoding`, or sniffed
 * from a byte order mark, a `<meta charset>`, or bytes that are not UTF-8),
 * and HTML given without `--html` (on stdin, or in a file not named `.html`).
 */
import {Readable, Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {parseCliArgs} from '../src/cli/args.js'
import {decodeInput, looksLikeHtml} from '../src/cli/encoding.js'
import {run} from '../src/cli/run.js'
import type {Digest} from '../src/types.js'

const latin1 = (text: string) => Buffer.from(text, 'latin1')

describe('decodeInput', () => {
  it('reads bytes that are not UTF-8 as Windows-1252, with a note', () => {
    const decoded = decodeInput(latin1('Caf\u00e9 in M\u00fcnster \u00a3'))
    expect(decoded.text).toBe('Café in Münster £')
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.note).toMatch(/not valid UTF-8, read as Windows-1252/)
    // Windows-1252 beyond Latin-1: curly quotes and the euro sign.
    expect(decodeInput(Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80])).text).toBe('\u201cA\u201d \u20ac')
  })

  it('keeps valid UTF-8 as UTF-8, without a note', () => {
    const decoded = decodeInput(Buffer.from('Café “quoted” €5'))
    expect(decoded).toEqual({text: 'Café “quoted” €5', encoding: 'utf-8'})
  })

  it('follows a byte order mark and drops it', () => {
    expect(decodeInput(Buffer.from('\ufeffHarbour Café', 'utf8')).text).toBe('Harbour Café')
    expect(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Harbour Café', 'utf16le')]))).toEqual({
      text: 'Harbour Café',
      encoding: 'utf-16le'
    })
    const be = Buffer.from('Hi é', 'utf16le').swap16()
    expect(decodeInput(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('Hi é')
  })

  it('follows a <meta charset> in the first 1,024 bytes', () => {
    const page = (meta: string) => latin1(`<!doctype html><html><head>${meta}</head><body><p>Caf\u00e9 \u00bd</p></body></html>`)
    expect(decodeInput(page('<meta charset="iso-8859-1">'))).toEqual({
      text: '<!doctype html><html><head><meta charset="iso-8859-1"></head><body><p>Café ½</p></body></html>',
      encoding: 'windows-1252'
    })
    expect(decodeInput(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')).encoding).toBe('windows-1252')
    // An unknown charset is ignored: the bytes are then sniffed.
    expect(decodeInput(page('<meta charset="no-such-thing">')).encoding).toBe('windows-1252')
  })

  it('decodes as told, and fails on bytes that are not what was named', () => {
    expect(decodeInput(latin1('na\u00efve'), 'windows-1252').text).toBe('naïve')
    expect(decodeInput(Buffer.from('Pier', 'utf16le'), 'utf16le').text).toBe('Pier')
    expect(() => decodeInput(latin1('na\u00efve'), 'utf8')).toThrow(/invalid UTF-8/)
  })
})

describe('looksLikeHtml', () => {
  it('knows a page by its opening', () => {
    for (const text of [
      '<!DOCTYPE html><p>x',
      '  \n<html lang="en">',
      '<!-- saved page --><!doctype html>',
      '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
      '<head><title>x</title>',
      '<BODY>'
    ]) {
      expect(looksLikeHtml(text), text).toBe(true)
    }
  })

  it('leaves text alone, even text that mentions tags', () => {
    for (const text of ['Pier Opens\n\nThe <html> tag was discussed.', '<b>Breaking</b>: the pier opens', '', '<!-- never closed', '<htmlish>']) {
      expect(looksLikeHtml(text), text).toBe(false)
    }
  })
})

describe('run on whole files: encodings and HTML on stdin', () => {
  it('digests a Latin-1 file on stdin instead of refusing it, and says how it read it', async () => {
    const io = memoryIo(latin1('Caf\u00e9 Reopens\n\nThe caf\u00e9 reopened on Monday, said Jos\u00e9 P\u00e9rez.\n'))
    expect(await run(['--fields', 'headline,body'], io, {digest: stub('text'), digestHtml: stub('html')})).toBe(0)
    expect(JSON.parse(io.out())).toEqual({headline: 'Café Reopens', body: 'text:The café reopened on Monday, said José Pérez.'})
    expect(io.err()).toMatch(/stdin: not valid UTF-8, read as Windows-1252/)
  })

  it('still refuses bytes that are not UTF-8 with --encoding utf8', async () => {
    const io = memoryIo(latin1('Caf\u00e9\n'))
    expect(await run(['--encoding', 'utf8'], io, {digest: stub('text')})).toBe(1)
    expect(io.err()).toMatch(/cannot read `stdin`: invalid UTF-8/)
  })

  it('reads UTF-16 when told', async () => {
    const io = memoryIo(Buffer.from('Dock Strike\n\nDockers walked out.', 'utf16le'))
    expect(await run(['--encoding', 'utf-16le', '--fields', 'headline'], io, {digest: stub('text')})).toBe(0)
    expect(JSON.parse(io.out())).toEqual({headline: 'Dock Strike'})
  })

  it('digests HTML piped on stdin as HTML, and says so', async () => {
    const page = '<!doctype html><html><head><title>Mill Closes</title></head><body><p>The mill closed.</p></body></html>'
    const io = memoryIo(Buffer.from(page))
    expect(await run(['--fields', 'body'], io, {digest: stub('text'), digestHtml: stub('html')})).toBe(0)
    expect((JSON.parse(io.out()) as {body: string}).body).toMatch(/^html:/)
    expect(io.err()).toMatch(/stdin: looks like HTML, read as HTML/)
  })

  it('reads it as text with --text', async () => {
    const io = memoryIo(Buffer.from('<html><body><p>The mill closed.</p></body></html>'))
    expect(await run(['--text', '--fields', 'body'], io, {digest: stub('text'), digestHtml: stub('html')})).toBe(0)
    expect((JSON.parse(io.out()) as {body: string}).body).toMatch(/^text:/)
    expect(io.err()).toBe('')
  })

  it('refuses unknown encodings, --encoding latin1 with --jsonl, and --text with --html', () => {
    expect(() => parseCliArgs(['--encoding', 'ebcdic'])).toThrow(/Unexpected `ebcdic` for `--encoding`/)
    expect(() => parseCliArgs(['--jsonl', '--encoding', 'latin1'])).toThrow(/always UTF-8/)
    expect(() => parseCliArgs(['--text', '--html'])).toThrow(/`--text` with `--html`/)
    expect(parseCliArgs(['--encoding', 'Latin1']).encoding).toBe('windows-1252')
  })
})

/** A stand-in digest: first line the headline, the rest the body, prefixed with which digester ran. */
function stub(kind: 'text' | 'html') {
  return (text: string): Digest => {
    const [headline = '', ...rest] = text.trim().split(/\n+/)
    return {headline, body: `${kind}:${rest.join('\n')}`} as unknown as Digest
  }
}

function memoryIo(input: Buffer) {
  let out = ''
  let err = ''
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        append(String(chunk))
        callback()
      }
    })
  return {
    stdin: Readable.from([input]),
    stdout: sink((text) => (out += text)),
    stderr: sink((text) => (err += text)),
    out: () => out,
    err: () => err
  }
}
