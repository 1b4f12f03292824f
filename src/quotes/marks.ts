/**
 * Where quotes open and close in a paragraph: straight `"…"`, curly `“…”`
 * and guillemets `«…»`. Single quotes are left alone: they are apostrophes
 * more often than not.
 */

/** A quote in a paragraph; offsets into the paragraph’s text. */
export interface QuoteMarks {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or of the paragraph’s end when the quote runs on. */
  close: number
  /** Offsets of the quoted words, without marks, surrounding space or a final comma. */
  start: number
  end: number
  /** Whether a closing mark ends it (not so for a quote that goes on in the next paragraph). */
  closed: boolean
}

const space = /\s/
const wordy = /[\p{L}\p{N}]/u
const trailing = /[\s,]/
const opensAfter = /[\s([{—–-]/

/**
 * Quotes in `text`, in order, in one pass. A quote still open at the end of
 * the paragraph runs to its end: that is how a quote spanning paragraphs is
 * written.
 */
export function quoteMarks(text: string): QuoteMarks[] {
  const quotes: QuoteMarks[] = []
  let open = -1

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Most characters are none of the marks: one comparison lets them by.
    if (code !== 0x22 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201e)) continue
    if (code === 0x201c || code === 0xab || code === 0x201e) {
      // `“`, `«`, `„`. A new quote before the last one closed: the last one lacked its mark.
      if (open !== -1) push(quotes, text, open, index, false)
      open = index
    } else if (code === 0x201d || code === 0xbb) {
      // `”`, `»`.
      if (open !== -1) push(quotes, text, open, index, true)
      open = -1
    } else if (code === 0x22) {
      if (open !== -1) {
        push(quotes, text, open, index, true)
        open = -1
      } else if (index + 1 < text.length && !space.test(text.charAt(index + 1)) && (index === 0 || opensAfter.test(text.charAt(index - 1)))) {
        // A straight quote opens after space or an opening bracket, not inside markup (`href="x"`) or a word.
        open = index
      }
    }
  }

  if (open !== -1) push(quotes, text, open, text.length, false)
  return quotes
}
function push(quotes: QuoteMarks[], text: string, open: number, close: number, closed: boolean): void {
  let start = open + 1
  let end = close
  while (start < end && space.test(text.charAt(start))) start++
  while (end > start && trailing.test(text.charAt(end - 1))) end--
  if (!wordy.test(text.slice(start, end))) return
  quotes.push({open, close, start, end, closed})
}
