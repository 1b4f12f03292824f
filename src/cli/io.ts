/**
 * The streams the CLI talks to, and an output that respects backpressure and
 * treats a reader that went away (`retext-article … | head`) as the end of
 * the run rather than a crash.
 */
import type {Readable, Writable} from 'node:stream'

/** Streams used by `run()`; `process.stdin` and friends in the real CLI. */
export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: Writable
}

/** Thrown by `Output.write` once the reader has closed the stream. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed')
    this.name = 'OutputClosedError'
  }
}

// What Node reports when the other end of stdout is gone.
const closedCodes = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END'])

/**
 * A writable stream wrapped so that writes wait for `drain` (memory stays flat
 * on long batches) and a closed pipe turns into one `OutputClosedError`.
 */
export class Output {
  closed = false
  private failure: Error | undefined
  private readonly stream: Writable

  constructor(stream: Writable) {
    this.stream = stream
    // Without a listener an EPIPE would be thrown as an uncaught exception.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== undefined && closedCodes.has(error.code)) this.closed = true
      else this.failure = error
    })
  }

  async write(chunk: string): Promise<void> {
    this.check()
    if (this.stream.destroyed || this.stream.writableEnded) {
      this.closed = true
      this.check()
    }

    if (!this.stream.write(chunk)) await settle(this.stream)
    this.check()
  }

  private check(): void {
    if (this.failure) throw this.failure
    if (this.closed) throw new OutputClosedError()
  }
}

/** Wait until the stream drains, closes or fails, whichever comes first. */
async function settle(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done)
      stream.off('close', done)
      stream.off('error', done)
      resolve()
    }

    stream.on('drain', done)
    stream.on('close', done)
    stream.on('error', done)
  })
}

/** Whether `stream` is an interactive terminal. */
export function isTty(stream: Readable | Writable): boolean {
  return (stream as {isTTY?: boolean}).isTTY === true
}

/** Message of any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
