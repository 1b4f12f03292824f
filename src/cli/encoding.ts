/**
 * Bytes of a whole-file input into text: in the encoding the user named
 * (`--encoding`), or sniffed: a byte order mark, then an HTML
 * `<meta charset>` in the first 1,024 bytes, then UTF-8 when the bytes are
 * valid UTF-8, else Windows-1252 (what browsers read Latin-1 pages as), with
 * a note saying so. And whether a text input is in fact an HTML page.
 */

/** What `--encoding` accepts, by canonical name. */
export const encodingNames = ['auto', 'utf8', 'windows-1252', 'utf16le'] as const

/** An encoding `--encoding` names. */
export type Encoding = (typeof encodingNames)[number]

// Accepted spellings (lower case) of each encoding.
const labels: Record<string, Encoding> = {
  auto: 'auto',
  utf8: 'utf8',
  'utf-8': 'utf8',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le'
}

/** The encoding a `--encoding` value names, or `undefined`. */
export function encodingOf(label: string): Encoding | undefined {
  const key = label.trim().toLowerCase()
  return Object.hasOwn(labels, key) ? labels[key] : undefined
}

/** Text of an input, and how its encoding was chosen. */
export interface Decoded {
  text: string
  /** WHATWG name of the encoding used (`utf-8`, `windows-1252`, …). */
  encoding: string
  /** A note for stderr when the encoding was a guess worth mentioning. */
  note?: string | undefined
}

/** Bytes that are not valid in the encoding the user named. */
export class DecodeError extends Error {
  constructor(encoding: string) {
    super(`invalid ${encoding === 'utf-8' ? 'UTF-8' : encoding} (see \`--encoding\`)`)
    this.name = 'DecodeError'
  }
}

const whatwg: Record<Exclude<Encoding, 'auto'>, string> = {
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  utf16le: 'utf-16le'
}

/**
 * Decode `bytes` as `encoding` (`auto`: sniffed). A byte order mark is
 * dropped.
 *
 * @throws {DecodeError} When the bytes are not valid UTF-8 and UTF-8 was named.
 */
export function decodeInput(bytes: Uint8Array, encoding: Encoding = 'auto'): Decoded {
  if (encoding !== 'auto') return {text: strict(bytes, whatwg[encoding]), encoding: whatwg[encoding]}

  const bom = byteOrderMark(bytes)
  if (bom) return {text: strict(bytes, bom), encoding: bom}

  const declared = metaCharset(bytes)
  if (declared && declared !== 'utf-8') {
    try {
      return {text: strict(bytes, declared), encoding: declared}
    } catch {
      // A charset the bytes do not follow: fall through to the guesses.
    }
  }

  try {
    return {text: strict(bytes, 'utf-8'), encoding: 'utf-8'}
  } catch {
    return {
      text: windows1252(bytes),
      encoding: 'windows-1252',
      note: 'not valid UTF-8, read as Windows-1252 (Latin-1); name another with `--encoding`'
    }
  }
}

function strict(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return windows1252(bytes)
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    throw new DecodeError(encoding)
  }
}

// Windows-1252 at 0x80–0x9F (elsewhere it is Latin-1); 0 where undefined,
// kept as the C1 control as browsers do. Node’s own decoder reads this range
// as Latin-1, so the table is here.
const high = [
  0x20_ac, 0, 0x20_1a, 0x1_92, 0x20_1e, 0x20_26, 0x20_20, 0x20_21, 0x2_c6, 0x20_30, 0x1_60, 0x20_39, 0x1_52, 0, 0x1_7d, 0,
  0, 0x20_18, 0x20_19, 0x20_1c, 0x20_1d, 0x20_22, 0x20_13, 0x20_14, 0x2_dc, 0x21_22, 0x1_61, 0x20_3a, 0x1_53, 0, 0x1_7e, 0x1_78
]

/** Windows-1252 bytes as text (every byte is valid: nothing can fail). */
function windows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const codes: number[] = []
  for (const byte of bytes) {
    codes.push(byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80] || byte : byte)
    if (codes.length === 8192) parts.push(String.fromCharCode(...codes.splice(0)))
  }

  parts.push(String.fromCharCode(...codes))
  return parts.join('')
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * The encoding an HTML `<meta charset=…>` or `<meta http-equiv=…
 * content="…; charset=…">` in the first 1,024 bytes declares, when this
 * Node knows it (as the HTML standard’s prescan; `utf-16` there means UTF-8).
 */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = windows1252(bytes.subarray(0, 1024))
  const match = /<meta\b[^>]{0,1000}?\bcharset\s{0,10}=\s{0,10}["']?\s{0,10}([\w.:-]{1,40})/i.exec(head)
  if (!match) return undefined
  try {
    const name = new TextDecoder(match[1]!).encoding
    return name.startsWith('utf-16') ? 'utf-8' : name
  } catch {
    return undefined
  }
}

/**
 * Whether `text` is an HTML page: after white space, comments and an XML
 * prolog, it opens with a doctype or an `<html>`, `<head>` or `<body>` tag.
 */
export function looksLikeHtml(text: string): boolean {
  let at = 0
  const limit = Math.min(text.length, 65_536)
  for (;;) {
    while (at < limit && /\s/.test(text[at]!)) at++
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4)
      if (end === -1 || end > limit) return false
      at = end + 3
    } else if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at + 2)
      if (end === -1 || end > limit) return false
      at = end + 2
    } else {
      break
    }
  }

  return /^<(?:!doctype\s+html\b|html\b|head\b|body\b)/i.test(text.slice(at, at + 20))
}
