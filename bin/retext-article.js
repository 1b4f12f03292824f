#!/usr/bin/env node
// The `retext-article` command. Installed from npm it runs the built CLI in
// `dist/`. In a clone that has not been built yet (`npm install` does not
// build), it runs the TypeScript sources through tsx, a devDependency, so
// `npx retext-article` and `npm link` work straight after `npm install`.
import {existsSync} from 'node:fs'

const built = new URL('../dist/cli.js', import.meta.url)
const source = new URL('../src/cli/index.ts', import.meta.url)

if (existsSync(built)) {
  await import(built.href)
} else if (existsSync(source)) {
  let register
  try {
    ;({register} = await import('tsx/esm/api'))
  } catch {
    process.stderr.write('retext-article: no dist/ and no tsx to run the sources: run `npm install`, or `npm run build`\n')
    process.exit(1)
  }

  register()
  await import(source.href)
} else {
  process.stderr.write('retext-article: dist/cli.js is missing: run `npm run build`\n')
  process.exit(1)
}
