/**
 * The CLI as a function: `run(argv, io)` resolves to the exit code, and never
 * touches `process` itself, so tests drive it with in-memory streams.
 */
import type {DigestOptions} from '../digest.js'
import {parseCliArgs, UsageError, type CliSettings} from './args.js'
import {looksLikeHtml} from './encoding.js'
import {formatText} from './format-text.js'
import {helpText, name, version} from './help.js'
import {InputError, isStdin, openStream, readText, stdinLabel} from './inputs.js'
import {isTty, messageOf, Output, OutputClosedError, type CliIo} from './io.js'
import {pick, runJsonl, type BatchCounts, type DigestFunction, type Digesters} from './jsonl.js'
import {Pool, workerScript} from './pool.js'
import {Progress} from './progress.js'

const htmlFile = /\.x?html?$/i

/** Exit codes. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

/** Dependencies that tests may replace. */
export interface RunDependencies {
  digest?: DigestFunction
  digestHtml?: DigestFunction
}

/**
 * Run the CLI with `argv` (arguments only, without `node` and the script).
 *
 * @returns Exit code: `0` all went well, `1` an input failed, `2` wrong usage.
 */
export async function run(
  argv: readonly string[],
  io: CliIo,
  dependencies: RunDependencies = {}
): Promise<number> {
  const stdout = new Output(io.stdout)
  // The library loads only when this process digests: a batch on workers
  // leaves it to them, so its start costs one load, not two.
  const digest = async (): Promise<Digesters> => {
    const text = dependencies.digest ?? (await import('../digest.js')).digest
    const html = dependencies.digestHtml ?? (await import('../html/index.js')).digestHtml
    return {text, html}
  }

  let settings: CliSettings
  try {
    settings = parseCliArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`${name}: ${error.message}\nTry \`${name} --help\` for usage.\n`)
    return exitCodes.usage
  }

  if (
    (settings.command === 'digest' || settings.command === 'jsonl') &&
    settings.files.length === 0 &&
    isTty(io.stdin)
  ) {
    // Someone ran it bare in a terminal: say why nothing happens.
    io.stderr.write(`${name}: reading from the terminal; end with Ctrl-D, or see \`${name} --help\`\n`)
  }

  try {
    switch (settings.command) {
      case 'help': {
        await stdout.write(helpText)
        return exitCodes.ok
      }

      case 'version': {
        await stdout.write(version + '\n')
        return exitCodes.ok
      }

      case 'jsonl': {
        return await batch(settings, io, stdout, digest, Boolean(dependencies.digest ?? dependencies.digestHtml))
      }

      default: {
        return await wholeFiles(settings, io, stdout, digest)
      }
    }
  } catch (error) {
    // The reader went away (`| head`): nothing left to say, and nobody to say it to.
    if (error instanceof OutputClosedError) return exitCodes.ok
    throw error
  }
}

async function batch(
  settings: CliSettings,
  io: CliIo,
  stdout: Output,
  load: () => Promise<Digesters>,
  injected: boolean
): Promise<number> {
  const sources = settings.files.length > 0 ? settings.files : ['-']
  const counts: BatchCounts = {articles: 0, failed: 0}
  const progress = isTty(io.stderr) ? new Progress(io.stderr) : undefined
  // Workers whenever the real digest runs (tests inject stand-ins), even just
  // one: a line that exhausts memory or crashes then ends a worker, not the batch.
  const worker = injected ? undefined : workerScript()
  const pool = worker
    ? new Pool(settings.concurrency, worker.script, {execArgv: worker.execArgv, memory: settings.workerMemory})
    : undefined
  const digest = pool ? onWorkers : await load()
  let unreadable = 0

  try {
    for (const source of sources) {
      try {
        const input = await openStream(source, io.stdin)
        await runJsonl(input, isStdin(source) ? stdinLabel : source, stdout, digest, settings.options, counts, {
          pool,
          fields: settings.fields,
          progress
        })
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        unreadable++
        progress?.clear()
        io.stderr.write(`${name}: ${error.message}\n`)
      }
    }
  } finally {
    progress?.clear()
    await pool?.close()
  }

  if (counts.failed > 0) {
    io.stderr.write(`${name}: ${counts.failed} of ${counts.articles} lines failed (see their "error" records)\n`)
  }

  return counts.failed > 0 || unreadable > 0 ? exitCodes.failed : exitCodes.ok
}

async function wholeFiles(
  settings: CliSettings,
  io: CliIo,
  stdout: Output,
  load: () => Promise<Digesters>
): Promise<number> {
  const digest = await load()
  const sources = settings.files.length > 0 ? settings.files : ['-']
  const several = sources.length > 1
  const asText = settings.format !== 'json'
  // Text and Markdown show the story, which is built on request.
  const options: DigestOptions = asText ? {...settings.options, story: true} : settings.options
  let failed = 0
  let written = 0

  if (several && !asText) await stdout.write('[')

  for (const source of sources) {
    const label = isStdin(source) ? stdinLabel : source
    let result
    try {
      const input = await readText(source, io.stdin, settings.encoding)
      if (input.note) io.stderr.write(`${name}: ${label}: ${input.note}\n`)
      // A `.html` file (or any input after `--html`) is a page in HTML; so is
      // any other input that opens like one, unless `--text` says otherwise.
      let html = settings.html || htmlFile.test(source)
      if (!html && !settings.text && looksLikeHtml(input.text)) {
        html = true
        io.stderr.write(`${name}: ${label}: looks like HTML, read as HTML (\`--text\` reads it as text)\n`)
      }

      result = (html ? digest.html : digest.text)(input.text, options)
    } catch (error) {
      failed++
      const message = error instanceof InputError ? error.message : `${label}: ${messageOf(error)}`
      io.stderr.write(`${name}: ${message}\n`)
      continue
    }

    const shown = settings.fields ? pick(result, settings.fields) : result
    let chunk: string
    if (asText) {
      const report = settings.format === 'markdown' ? `${result.story?.markdown ?? result.body}\n` : formatText(result)
      chunk = (several ? `${written > 0 ? '\n' : ''}==> ${label} <==\n\n` : '') + report
    } else if (several) {
      chunk = (written > 0 ? ',' : '') + '\n' + indent(JSON.stringify({file: label, digest: shown}, null, 2))
    } else {
      chunk = JSON.stringify(shown, null, 2) + '\n'
    }

    await stdout.write(chunk)
    written++
  }

  if (several && !asText) await stdout.write(written > 0 ? '\n]\n' : ']\n')
  return failed > 0 ? exitCodes.failed : exitCodes.ok
}

// What `runJsonl` is given when the pool digests every line.
const onWorkers: Digesters = {
  text() {
    throw new Error('lines are digested on the workers')
  },
  html() {
    throw new Error('lines are digested on the workers')
  }
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ')
}
