#!/usr/bin/env bash
# Pre-release only: rebuilds the Initial migration of both databases from the entities.
# Once a release has shipped, add new migrations with `pnpm migration:generate Name` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
for driver in mysql sqlite; do
  rm -f src/database/migrations/$driver/*-Initial.ts
  echo "export const ${driver}Migrations: Function[] = [];" > src/database/migrations/$driver/index.ts
done
npx tsc -p tsconfig.build.json
node dist/database/generate-migration.js Initial
