/**
 * The worker: take articles off the queue, digest them, store the results.
 *
 *   node --import tsx examples/queue/worker.ts --workers 2
 *
 * With `--workers N` above 1 this process starts N worker processes and
 * stops them on SIGINT or SIGTERM; on many machines, run it on each. A worker
 * that gets SIGINT or SIGTERM finishes its jobs and exits; one that dies
 * mid-job (SIGKILL, a crash, a lost machine) loses nothing: once its job
 * locks lapse, a live worker puts its jobs back on the queue.
 * `--help` lists the flags.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {fileURLToPath} from 'node:url'
import {digest} from '../../src/index.js'
import {connect} from './connection.js'
import {startWorker} from './jobs.js'
import {redact, UsageError, workerSettings, type WorkerSettings} from './settings.js'

const help = `Usage: worker.ts [options]

Digest the articles on the queue and store {"id", "digest"} results in Redis.

Options:
  --redis URL             Redis URL (env REDIS_URL; default redis://127.0.0.1:6379)
  --queue NAME            queue name (env QUEUE; default retext-article)
  --workers N             worker processes to start (env WORKERS; default 1)
  --concurrency N         jobs each worker holds at once (env CONCURRENCY; default 2)
  --name NAME             worker name stored with results (default host:pid)
  --lock-duration MS      job lock; a job whose lock lapses is stalled (default 30000)
  --stalled-interval MS   how often to look for stalled jobs (default 30000)
  --max-stalled N         stalls a job may survive before it fails (default 1)
  -h, --help              show this help
`

let settings: WorkerSettings | undefined
try {
  settings = workerSettings(process.argv.slice(2), process.env)
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  process.stderr.write(`worker: ${error.message}\n`)
  process.exit(2)
}

if (settings === undefined) process.stdout.write(help)
else if (settings.workers > 1) await supervise(settings)
else work(settings)

/** Run one worker until SIGINT or SIGTERM. */
function work(settings: WorkerSettings): void {
  // Load and warm the pipeline before taking jobs, so the first ones do not
  // pay for it while their locks run.
  digest('Warm-up\nBy A Writer\nA short story about nothing in particular.')
  const connection = connect(settings.redisUrl, 'worker')
  const worker = startWorker(settings, connection)
  const log = (message: string) => process.stderr.write(`worker ${settings.name}: ${message}\n`)

  // While Redis is away every retry fails the same way: say it once.
  let lastError = ''
  worker.on('error', (error) => {
    if (error.message !== lastError) log(`error: ${error.message}`)
    lastError = error.message
  })
  worker.on('completed', () => {
    lastError = ''
  })
  worker.on('failed', (job, error) => log(`job ${job?.id ?? '?'} failed: ${error.message}`))
  worker.on('stalled', (jobId) => log(`job ${jobId} stalled; back on the queue`))

  let stopping = false
  const stop = async () => {
    // A second signal means now.
    if (stopping) process.exit(1)
    stopping = true
    await worker.close()
    await connection.quit()
  }

  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  // Started by `--workers N`: stop when the supervisor is gone, but do not
  // let the channel itself keep this process alive.
  process.channel?.unref()
  process.on('disconnect', () => {
    if (!stopping) void stop()
  })
  // Not awaited: a worker stopped before Redis ever answered must still exit.
  worker.waitUntilReady().then(
    () => {
      // One line on stdout, for scripts that wait for workers to be up.
      process.stdout.write(`ready ${settings.name}\n`)
      log(`digesting from ${redact(settings.redisUrl)}, queue ${settings.queue}, concurrency ${settings.concurrency}`)
    },
    () => {}
  )
}

/** Start `settings.workers` worker processes and pass signals on to them. */
async function supervise(settings: WorkerSettings): Promise<void> {
  const script = fileURLToPath(import.meta.url)
  const given = process.argv.slice(2)
  const named = given.some((arg) => arg === '--name' || arg.startsWith('--name='))
  const children: ChildProcess[] = Array.from({length: settings.workers}, (_, index) =>
    spawn(
      process.execPath,
      [...process.execArgv, script, ...given, '--workers=1', ...(named ? [`--name=${settings.name}-${index + 1}`] : [])],
      // Their own process group, so Ctrl-C reaches them once, from here; an
      // IPC channel, so they stop when this process goes away.
      {stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true}
    )
  )

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      for (const child of children) child.kill(signal)
    })
  }

  // No restarts: a process manager (systemd, Kubernetes) does that better.
  const codes = await Promise.all(children.map(async (child) => (await once(child, 'exit'))[0] as number | null))
  process.exitCode = codes.some((code) => code !== 0) ? 1 : 0
}
