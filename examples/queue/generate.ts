/**
 * Write N invented articles as JSON Lines, to try the queue with:
 *
 *   node --import tsx examples/queue/generate.ts 1000 > articles.jsonl
 */
import {makeArticles} from './articles.js'

const count = Number(process.argv[2] ?? '100')
if (!Number.isSafeInteger(count) || count < 1) {
  process.stderr.write(`generate: expected a count of articles, not \`${process.argv[2]}\`\n`)
  process.exit(2)
}

for (const article of makeArticles(count)) process.stdout.write(JSON.stringify(article) + '\n')
