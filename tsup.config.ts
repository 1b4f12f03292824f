import {defineConfig} from 'tsup'

// One entry per subpath export, so bundlers take only the plugins in use.
export const entries = {
  index: 'src/index.ts',
  parser: 'src/parser/index.ts',
  structure: 'src/structure/index.ts',
  boilerplate: 'src/boilerplate/index.ts',
  summary: 'src/summary/index.ts',
  tagger: 'src/tagger/index.ts',
  keywords: 'src/keywords/index.ts',
  // The retext-pos engine brings its lexicon (about 589 KB gzipped): on its
  // own subpath, so nothing else pulls it in.
  'keywords-pos': 'src/keywords/pos.ts',
  entities: 'src/entities/index.ts',
  quotes: 'src/quotes/index.ts',
  figures: 'src/figures/index.ts',
  // The HTML helpers pull in an HTML parser: on their own subpath, so the
  // main entry (and the browser bundle) stays without one.
  html: 'src/html/index.ts'
}

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist'
  },
  {
    // Self-contained, minified ES modules for browsers and CDNs, no bare
    // imports to resolve: `retext-article/browser` (the main entry) and
    // `retext-article/browser/html` (`digestHtml` and the HTML helpers, with
    // their HTML parser). Each stands alone: no chunks shared between them.
    entry: {'browser/retext-article': 'src/index.ts', 'browser/retext-article-html': 'src/html/index.ts'},
    splitting: false,
    format: ['esm'],
    dts: false,
    clean: false,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    outDir: 'dist'
  },
  {
    // The CLI and the worker thread of its JSON Lines pool.
    entry: {cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/cli-worker.ts'},
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    banner: {js: '#!/usr/bin/env node'},
    external: ['retext-article']
  }
])
