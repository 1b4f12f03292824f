/**
 * Opening the inputs named on the command line: files, or stdin for `-`.
 */
import {open, readFile} from 'node:fs/promises'
import type {Readable} from 'node:stream'
import {decodeInput, DecodeError, type Decoded, type Encoding} from './encoding.js'

/** Name of stdin in messages. */
export const stdinLabel = 'stdin'

/** An input that could not be opened or read; its message is ready to show. */
export class InputError extends Error {
  constructor(path: string, cause: unknown) {
    super(`cannot read \`${path}\`: ${reason(cause)}`)
    this.name = 'InputError'
  }
}

/** Whether a file argument means stdin. */
export function isStdin(path: string): boolean {
  return path === '-'
}

/**
 * Read a whole input as text (without a byte order mark), in `encoding`
 * (default: sniffed, see `decodeInput`).
 */
export async function readText(path: string, stdin: Readable, encoding: Encoding = 'auto'): Promise<Decoded> {
  let bytes: Uint8Array
  try {
    bytes = isStdin(path) ? await readAll(stdin) : await readFile(path)
  } catch (error) {
    throw new InputError(isStdin(path) ? stdinLabel : path, error)
  }

  try {
    return decodeInput(bytes, encoding)
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error
    throw new InputError(isStdin(path) ? stdinLabel : path, error)
  }
}

/**
 * Open a file as a stream. Opening first means a missing or unreadable file
 * fails here, with a clear message, rather than as a stream error later.
 */
export async function openStream(path: string, stdin: Readable): Promise<Readable> {
  if (isStdin(path)) return stdin
  try {
    const handle = await open(path, 'r')
    const stats = await handle.stat()
    if (stats.isDirectory()) {
      await handle.close()
      throw Object.assign(new Error('is a directory'), {code: 'EISDIR'})
    }

    return handle.createReadStream()
  } catch (error) {
    throw new InputError(path, error)
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of it is not a directory'
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code && Object.hasOwn(reasons, code)) return reasons[code]!
  return error instanceof Error ? error.message : String(error)
}
