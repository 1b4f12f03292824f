/**
 * Lines of a byte stream, each decoded as strict UTF-8: a line with invalid
 * bytes is reported as such (so the batch can answer it with an error record)
 * instead of being silently patched with replacement characters.
 */
import type {Readable} from 'node:stream'

/** One line: its text, or why it could not be decoded. */
export type Line = {text: string; error?: undefined} | {text?: undefined; error: string}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

/** Split `input` at line feeds (a carriage return before one is dropped). */
export async function* readLines(input: Readable): AsyncGenerator<Line> {
  let pending: Buffer[] = []
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    let from = 0
    let at = buffer.indexOf(10, from)
    while (at !== -1) {
      pending.push(buffer.subarray(from, at))
      yield decode(Buffer.concat(pending))
      pending = []
      from = at + 1
      at = buffer.indexOf(10, from)
    }

    if (from < buffer.length) pending.push(buffer.subarray(from))
  }

  if (pending.length > 0) yield decode(Buffer.concat(pending))
}

function decode(bytes: Buffer): Line {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length
  try {
    return {text: decoder.decode(bytes.subarray(0, end))}
  } catch {
    return {error: 'invalid UTF-8'}
  }
}
