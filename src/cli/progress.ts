/**
 * A one-line article counter on stderr, for people watching a long batch in
 * a terminal. Never used when stderr is a file or a pipe, where it would only
 * be noise.
 */
import type {Writable} from 'node:stream'

// Redraw at most this often (ms): drawing every line would slow small articles.
const interval = 200

/** Counter shown on a terminal. */
export class Progress {
  private last = 0
  private shown = false
  private readonly stream: Writable

  constructor(stream: Writable) {
    this.stream = stream
  }

  tick(counts: {articles: number; failed: number}): void {
    const now = Date.now()
    if (now - this.last < interval) return
    this.last = now
    this.shown = true
    const failed = counts.failed > 0 ? `, ${counts.failed} failed` : ''
    this.stream.write(`\r\u001B[K${counts.articles} articles${failed}`)
  }

  /** Erase the counter, so the terminal is left clean. */
  clear(): void {
    if (this.shown) this.stream.write('\r\u001B[K')
    this.shown = false
  }
}
