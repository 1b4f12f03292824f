#!/usr/bin/env bash
# A newcomer's first run: clone the committed tree into a temporary folder,
# install from the lock file (offline, from npm's cache, when it can), then
# the README's first commands and the CLI through `npx` and `npm link` --
# all before any `npm run build`. Run by .ci/run; takes about a minute.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone --quiet "$repo" "$work/clone"
cd "$work/clone"
npm ci --no-audit --no-fund --prefer-offline > "$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
test ! -e dist || { echo "fresh-clone: dist/ exists before a build"; exit 1; }
# The queue example's stack is its own (examples/queue/package.json), not the library's.
for package in bullmq ioredis; do
  test ! -e "node_modules/$package" || { echo "fresh-clone: the root install brought $package"; exit 1; }
done

# The README's first command (after the install above).
npm run --silent example > "$work/example.json"
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (!d.headline && !d.body) process.exit(1)' "$work/example.json" \
  || { echo "fresh-clone: npm run example printed no digest"; exit 1; }

# The CLI, unbuilt: npx, then a batch with a worker, then through npm link.
npx --offline retext-article --help > "$work/help.txt" && grep -q '^Usage: retext-article' "$work/help.txt" || { echo "fresh-clone: npx retext-article --help failed"; exit 1; }
printf '%s\n' '{"id":1,"text":"Pier Opens\n\nThe pier opened on Monday."}' \
  | npx --offline retext-article --jsonl --concurrency 1 --fields headline \
  | grep -qF '{"id":1,"digest":{"headline":"Pier Opens"}}' || { echo "fresh-clone: npx retext-article --jsonl failed"; exit 1; }
npm_config_prefix="$work/global" npm link --no-audit --no-fund --ignore-scripts > "$work/link.log" 2>&1 || { cat "$work/link.log"; exit 1; }
(cd "$work" && "$work/global/bin/retext-article" --version) | grep -qx "$(node -p 'require("./package.json").version')" \
  || { echo "fresh-clone: retext-article through npm link failed"; exit 1; }

echo "fresh-clone: README commands, npx retext-article and npm link work before a build"
