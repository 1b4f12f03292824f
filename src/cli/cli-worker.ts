/**
 * Worker process of the JSON Lines pool: digests the records it is sent with
 * the same `digestLine` as the main thread, and sends back the output line.
 * It lives as long as its parent: once the channel closes, it exits.
 */
import process from 'node:process'
import {digest} from '../digest.js'
import {digestHtml} from '../html/index.js'
import {digestLine} from './jsonl.js'
import type {Job, JobResult} from './pool.js'

process.on('message', (job: Job) => {
  const result = digestLine(job.text, job.where, {text: digest, html: digestHtml}, job.options, job.fields)
  process.send?.({id: job.id, ...result} satisfies JobResult)
})

process.on('disconnect', () => process.exit(0))
