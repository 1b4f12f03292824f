/**
 * `--help` and `--version` texts.
 */
// Bundled into `dist/cli.js` by tsup (esbuild inlines JSON imports), so the
// installed CLI never reads `package.json` from disk at run time.
import pkg from '../../package.json' with {type: 'json'}

/** Version of the package, as in `package.json`. */
export const version: string = pkg.version

/** Name the CLI goes by in messages. */
export const name = 'retext-article'

/** The `--help` text. */
export const helpText = `Usage: ${name} [options] [FILE...]
       ${name} --jsonl [options] [FILE...]

Read news articles (plain text, or pages in HTML) and print their digest:
headline, dek, byline, dateline, clean body, summary, keyphrases, keywords,
entities, quotes, figures, dates and counts.

Whole files (default)
  Reads each FILE, or stdin when no FILE is given (\`-\` also means stdin).
  A FILE named *.html or *.htm (or any input, with --html) is read as HTML:
  its digest adds "text", the page's text that every offset points into.
  One input:      one pretty-printed JSON digest.
  Several inputs: a JSON array of {"file": …, "digest": {…}} in argument order.
  A file that cannot be read or digested is reported on stderr and left out;
  the others are still printed and the exit status is 1.

JSON Lines batch (--jsonl)
  Reads lines of {"id": …, "text": "…"} or {"id": …, "html": "…"} from the
  FILEs in turn (stdin when none) and writes exactly one line per article, in
  input order:
    {"id": …, "digest": {…}}             the article's digest
    {"id": …, "error": {"message": "…"}} a bad line: invalid JSON, not an
                                         object, no string "text" or "html",
                                         or a failed digest; "id" is null
                                         when unknown
  Blank lines are skipped (they get no output line). A line that is not
  valid UTF-8 gets an error record. A bad line never stops the run, nor does
  a worker that dies on one (out of memory, a crash): that line gets an
  error record. The count of articles done is shown on stderr when it is a terminal.

Options
  --format json|text|markdown
                          output of whole-file mode (default: json);
                          text is a readable report for the terminal, with
                          the story; markdown is the story as Markdown
  --jsonl                 JSON Lines batch mode (see above)
  --html                  read whole-file inputs as HTML, whatever their names
  --text                  read whole-file inputs as plain text, even those
                          that look like HTML (which are otherwise read as
                          HTML, with a note on stderr)
  --encoding E            whole files: auto (default), utf8, latin1 (read as
                          windows-1252, as browsers do) or utf16le; auto
                          follows a byte order mark, then <meta charset>,
                          then UTF-8 when valid, else windows-1252 (noted)
  --links                 HTML: keep the story's links, [text](href) in the
                          Markdown and in the JSON's story (javascript: and
                          other unsafe targets dropped, their text kept)
  --images                HTML: keep the story's images, ![alt](src)
  --summary-sentences N   sentences in the summary (default: 3)
  --summary-words N       word budget of the summary instead
  --summary-ratio R       share of the body's sentences instead (0 < R <= 1)
  --keywords N            single-word keywords to return (default: 10)
  --keyphrases N          keyphrases to return (default: 10)
  --reference-date D      the day (YYYY-MM-DD) relative dates such as "last
                          month" are read against when the text gives none
  --plugins JSON          options of the plugins, by plugin, as the digest's
                          plugins option takes them, e.g.
                          '{"boilerplate":{"strictness":0.8},"entities":{"maxEntities":5}}'
  --mode remove|mark      boilerplate: cut it from the body (default), or keep
                          it in the body and only list it
  --fields a,b,…          JSON output: only these digest fields (such as
                          headline,summary,keyphrases)
  --concurrency N         --jsonl: worker processes, at most 64 (default: the
                          number of cores), started as lines need them;
                          output stays in input order
  --worker-memory MB      --jsonl: heap limit of each worker (default: Node's);
                          a line that exceeds it, or crashes its worker, gets
                          an error record and a new worker goes on
  -h, --help              show this help
  -v, --version           show the version

Exit status
  0 all inputs digested, 1 some file or line failed, 2 wrong usage.

Examples
  ${name} story.txt
  ${name} --format text story.txt
  curl -s https://example.com/story.txt | ${name} --format text
  ${name} *.txt | jq '.[] | {file, headline: .digest.headline}'
  ${name} page.html
  curl -s https://example.com/story | ${name} --html --format text
  ${name} --format markdown page.html > story.md
  ${name} --format markdown --links --images page.html > story.md
  ${name} --jsonl --summary-sentences 3 --keyphrases 15 < in.jsonl > out.jsonl
  ${name} --jsonl in.jsonl | jq -c 'select(.error)'
  ${name} --jsonl --concurrency 4 --fields headline,summary big.jsonl
`
