/**
 * Entry point of the `retext-article` binary: wires `run()` to the process.
 * Everything testable lives in the modules beside this one.
 */
import process from 'node:process'
import {name} from './help.js'
import {run} from './run.js'

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr
  })
} catch (error) {
  // A bug, not bad input: say so in one line, with the stack only on request.
  const detail = process.env.DEBUG && error instanceof Error ? error.stack : String(error)
  process.stderr.write(`${name}: unexpected error: ${detail}\n`)
  process.exitCode = 1
}

// Stop reading a stdin that is still open (the run may have ended early, when
// stdout closed), so the process can exit.
process.stdin.destroy()
