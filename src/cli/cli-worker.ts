/**
 * Worker thread of the JSON Lines pool: digests the records it is sent with
 * the same `digestLine` as the main thread, and sends back the output line.
 */
import {parentPort} from 'node:worker_threads'
import {digest} from '../digest.js'
import {digestHtml} from '../html/index.js'
import {digestLine} from './jsonl.js'
import type {Job, JobResult} from './pool.js'

parentPort?.on('message', (job: Job) => {
  const result = digestLine(job.text, job.where, {text: digest, html: digestHtml}, job.options, job.fields)
  parentPort!.postMessage({id: job.id, ...result} satisfies JobResult)
})
