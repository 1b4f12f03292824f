/**
 * How many articles a second do one and two worker processes digest through
 * the queue?
 *
 *   npm run bench:queue [-- --articles N] [--batch B] [--concurrency C] [--rounds R] [--max-rounds M] [--check]
 *
 * Starts a throwaway `redis-server` (or uses REDIS_URL), puts N invented
 * articles (default 3000), B to a job (default 10), on a paused queue,
 * starts C-concurrency workers (default 2) and waits until they are ready,
 * then resumes the queue and times the steady state: from the moment a
 * tenth of the results are in to the last one, so process start-up and JIT
 * warm-up are left out.
 *
 * On a shared machine other processes take cores too, and then two workers
 * do not get two. So each round also reports the share of the machine that
 * other processes took (from `/proc`, on Linux); a round where they took
 * over 10% is marked disturbed and run again, up to M rounds (default 10)
 * per setting, until R clean rounds (default 3) are in. The median clean
 * round of each setting counts. Prints every round and the ratio; `--check`
 * exits 1 when two workers are not at least 1.6 times as fast as one.
 */
import {readFileSync} from 'node:fs'
import {availableParallelism, cpus} from 'node:os'
import {performance} from 'node:perf_hooks'
import {parseArgs} from 'node:util'
import {makeArticles} from './articles.js'
import {connect} from './connection.js'
import {enqueue, openQueue} from './jobs.js'
import {findRedisServer, startRedis, startWorkerProcess, type LocalRedis, type LocalWorker} from './local.js'
import {keyOf, provenanceKey, resultsKey} from './settings.js'

const {values} = parseArgs({
  options: {
    articles: {type: 'string', default: '3000'},
    rounds: {type: 'string', default: '3'},
    'max-rounds': {type: 'string', default: '10'},
    concurrency: {type: 'string', default: '2'},
    batch: {type: 'string', default: '10'},
    check: {type: 'boolean', default: false}
  }
})
const count = Number(values.articles)
const rounds = Number(values.rounds)
const maxRounds = Number(values['max-rounds'])
// Above this share of the machine taken by others, a round does not count.
const disturbed = 0.1
const concurrency = Number(values.concurrency)
const batch = Number(values.batch)
const wanted = 1.6
const warm = Math.ceil(count / 10)

let local: LocalRedis | undefined
let redisUrl = process.env.REDIS_URL
if (redisUrl === undefined) {
  const binary = findRedisServer()
  if (binary === undefined) {
    console.error('bench:queue: redis-server not found: install it (apt-get install -y redis-server) or set REDIS_URL')
    process.exit(1)
  }

  local = await startRedis(binary)
  redisUrl = local.url
}

const client = connect(redisUrl, 'client')
const workers: LocalWorker[] = []
// Whatever happens, leave no process behind.
const cleanUp = async () => {
  await Promise.all(workers.map((worker) => worker.stop()))
  client.disconnect()
  await local?.stop()
}

try {
  const articles = makeArticles(count, 11)
  const entries = articles.map((article) => ({id: article.id, key: keyOf(article.id), text: article.text}))
  const size = articles.reduce((sum, article) => sum + article.text.length, 0) / count
  const redisVersion = /redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? '?'
  console.log(
    `${count} articles (${(size / 1024).toFixed(1)} KB each on average), ${batch} per job, concurrency ${concurrency} per worker, ${rounds} clean rounds wanted\n` +
      `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, Redis ${redisVersion}${local ? ' (local)' : ''}\n`
  )

  type Round = {rate: number; others: number | undefined; cores: string}
  const runs: Record<1 | 2, Round[]> = {1: [], 2: []}
  const clean = (round: Round) => round.others === undefined || round.others <= disturbed
  const cleanCount = (processes: 1 | 2) => runs[processes].filter(clean).length
  for (let round = 1; round <= maxRounds && (cleanCount(1) < rounds || cleanCount(2) < rounds); round++) {
    for (const processes of [1, 2] as const) {
      if (cleanCount(processes) >= rounds) continue
      await quiet(30_000)
      const result = await measure(`bench-${process.pid}-${round}-${processes}`, processes)
      runs[processes].push(result)
      const others =
        result.others === undefined
          ? ''
          : `   cores used: ${result.cores}; other processes: ${(result.others * 100).toFixed(0).padStart(2)}% of the machine${clean(result) ? '' : ', disturbed'}`
      console.log(`round ${round}, ${processes} worker${processes === 1 ? ': ' : 's:'} ${result.rate.toFixed(1).padStart(7)} articles/s${others}`)
    }
  }

  // The median of the clean rounds: one lucky or unlucky round moves it little.
  const median = (processes: 1 | 2) => {
    const counted = cleanCount(processes) > 0 ? runs[processes].filter(clean) : runs[processes]
    const sorted = counted.map((round) => round.rate).sort((a, b) => a - b)
    const middle = Math.floor(sorted.length / 2)
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  }

  const rates = {1: median(1), 2: median(2)}
  const ratio = rates[2] / rates[1]
  console.log(`\n${'workers'.padEnd(9)}${'articles/s'.padStart(12)}${'ms/article'.padStart(12)}${'clean rounds'.padStart(14)}`)
  for (const processes of [1, 2] as const) {
    console.log(
      `${String(processes).padEnd(9)}${rates[processes].toFixed(1).padStart(12)}${(1000 / rates[processes]).toFixed(2).padStart(12)}` +
        `${`${cleanCount(processes)}/${runs[processes].length}`.padStart(14)}`
    )
  }

  console.log(`\nratio, 2 workers / 1: ${ratio.toFixed(2)}× (wanted at least ${wanted}×)`)
  if (cleanCount(1) === 0 || cleanCount(2) === 0) {
    console.log('the machine stayed busy with other processes: these figures understate what two cores give')
  }

  if (values.check && ratio < wanted) process.exitCode = 1

  /**
   * Articles per second with `processes` workers on a fresh queue, and the
   * share of the machine that processes other than the bench's own took
   * meanwhile (on a shared machine, that is what a slow round means).
   */
  async function measure(name: string, processes: number): Promise<Round> {
    const queue = openQueue(client, name)
    await queue.pause()
    await enqueue(queue, client, entries, batch)
    for (let index = 1; index <= processes; index++) {
      workers.push(startWorkerProcess({redisUrl: redisUrl!, queue: name, name: `bench-${index}`, concurrency}))
    }

    await Promise.all(workers.map((worker) => worker.ready))
    await queue.resume()

    const groups = {
      workers: workers.map((worker) => worker.process.pid),
      redis: [local?.process.pid],
      bench: [process.pid]
    }
    const ours = Object.values(groups).flat()
    let from = 0
    let before: CpuSample | undefined
    let beforeGroups: number[] = []
    let done = 0
    while (done < count) {
      // Often enough for a timing to within 1%, rarely enough not to load Redis.
      await new Promise((resolve) => setTimeout(resolve, 50))
      done = await client.hlen(resultsKey(name))
      if (from === 0 && done >= warm) {
        from = performance.now()
        before = cpuSample(ours)
        beforeGroups = Object.values(groups).map((pids) => cpuSample(pids)?.ours ?? 0)
      }

      if (workers.some((worker) => worker.process.exitCode !== null)) {
        throw new Error(`a worker died:\n${workers.map((worker) => worker.log()).join('\n')}`)
      }
    }

    const seconds = (performance.now() - from) / 1000
    const after = cpuSample(ours)
    const afterGroups = Object.values(groups).map((pids) => cpuSample(pids)?.ours ?? 0)
    const others = before && after ? (after.busy - before.busy - (after.ours - before.ours)) / (after.total - before.total) : undefined
    // Cores each group kept busy: what one worker leaves of the second core.
    const cores =
      before && after
        ? Object.keys(groups).map(
            (name, index) => `${name} ${(((afterGroups[index]! - beforeGroups[index]!) / (after.total - before.total)) * availableParallelism()).toFixed(2)}`
          )
        : []
    await Promise.all(workers.splice(0).map((worker) => worker.stop()))
    await queue.obliterate({force: true})
    await queue.close()
    await client.del(resultsKey(name), provenanceKey(name))
    return {rate: (count - warm) / seconds, others: others === undefined ? undefined : Math.max(0, others), cores: cores.join(', ')}
  }
} finally {
  await cleanUp()
}

/** Wait until the machine is idle for a second (or `timeout` ms pass). */
async function quiet(timeout: number): Promise<void> {
  const end = Date.now() + timeout
  while (Date.now() < end) {
    const before = cpuSample([])
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const after = cpuSample([])
    if (!before || !after || (after.busy - before.busy) / (after.total - before.total) <= disturbed) return
  }
}

/** CPU time, in clock ticks: the machine's in all, busy, and of `pids`. */
interface CpuSample {
  total: number
  busy: number
  ours: number
}

/** Read CPU times from `/proc`; `undefined` where there is none (not Linux). */
function cpuSample(pids: ReadonlyArray<number | undefined>): CpuSample | undefined {
  try {
    // cpu  user nice system idle iowait irq softirq steal …
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields as [number, number, number, number, number, number, number, number]
    let ours = 0
    for (const pid of pids) {
      if (pid === undefined) continue
      // After the command name in parentheses: state is field 3, utime 14, stime 15.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ours += Number(rest[11]) + Number(rest[12])
    }

    const busy = user + nice + system + irq + softirq + steal
    return {total: busy + idle + iowait, busy, ours}
  } catch {
    return undefined
  }
}
