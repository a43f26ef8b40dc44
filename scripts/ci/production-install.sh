#!/usr/bin/env bash
# Runs the command-line tools from a copy of the repository installed with `npm ci --omit=dev`: what the CLIs and the
# production server need at run time must be in `dependencies`. Called by .ci/run after `npm test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work"
cd "$work"
npm ci --omit=dev --no-audit --no-fund --loglevel=error
export DATA_DIR="$work/data"
answers="$(ls test/fixtures/personas/*.json | head -n 1)"
node scripts/assess.mjs --template >/dev/null
node scripts/assess.mjs "$answers" --format md >/dev/null
node scripts/assess.mjs "$answers" --format pdf --lang zh-hk --out "$work/report.pdf"
pdftotext "$work/report.pdf" "$work/report.txt"
grep -q "SOC 2" "$work/report.txt"
node --input-type=module -e 'import { openLeadStore } from "./src/server/storage.ts"; openLeadStore(`${process.env.DATA_DIR}/enquiries.db`).close();'
node scripts/leads.mjs list >/dev/null
node scripts/leads.mjs export --format csv >/dev/null
echo "production install: assess (template, md, pdf in zh-HK) and leads run without devDependencies"
