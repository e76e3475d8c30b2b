// Writes what Prisma's own schema parser (@prisma/prisma-schema-wasm, the engine inside the Prisma CLI) says about
// every test schema, so that the Java tests can compare our parser with Prisma's without needing node:
//
//   prisma/valid/<case>/dmmf.json             the DMMF datamodel (models, enums, indexes) of a schema Prisma accepts
//   prisma/invalid/<case>/prisma-errors.json  the errors Prisma reports, as {file, line, message}
//
// Run from this folder:  npm install && npm run goldens   (then review the diff with git).
// `node generate-goldens.mjs --check` writes nothing and lists the cases where the engine disagrees with the committed
// files; with PRISMA_SCHEMA_WASM=/path/to/node_modules/@prisma/prisma-schema-wasm it runs another engine build, e.g.
// to see what a newer Prisma changes.
// The Prisma 6 engine requires `url` in the datasource and the Prisma 7 engine rejects it; the test schemas carry it,
// and when the pinned engine is 7 or later the url line is left out before parsing.

import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The engine reports a Rust panic through this global; without it a panic surfaces as an unrelated TypeError.
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => { throw new Error(`engine panic: ${message}`); } };
const enginePackage = process.env.PRISMA_SCHEMA_WASM ?? '@prisma/prisma-schema-wasm';
const wasm = require(enginePackage);
const engineVersion = require(`${enginePackage}/package.json`).version;
const checkOnly = process.argv.includes('--check');
const engineMajor = Number.parseInt(engineVersion.split('.')[0], 10);

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', 'resources', 'prisma');

function prismaFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      out.push(...prismaFiles(path));
    } else if (entry.endsWith('.prisma')) {
      out.push(path);
    }
  }
  return out;
}

function schemaInput(caseDir) {
  return prismaFiles(caseDir).map((path) => {
    let text = readFileSync(path, 'utf8');
    if (engineMajor >= 7) {
      text = text.replace(/^\s*url\s*=\s*env\([^)]*\)\s*$/gm, '');
    }
    return [relative(caseDir, path), text];
  });
}

function prismaErrors(caseDir) {
  try {
    wasm.validate(JSON.stringify({ prismaSchema: schemaInput(caseDir), noColorErrors: true }));
    return [];
  } catch (error) {
    const text = JSON.parse(error.message ?? String(error)).message.replace(/\u001b\[[0-9;]*m/g, '');
    const errors = [];
    for (const block of text.split(/\n(?=error: )/)) {
      const match = block.match(/^error: (.*)\n\s*-->\s*(.+):(\d+)/);
      if (match) {
        errors.push({ file: match[2], line: Number(match[3]), message: match[1] });
      }
    }
    return errors;
  }
}

const disagreements = [];

/** Writes the golden file, or with --check compares it with the committed one, the engine version aside. */
function write(path, value) {
  if (!checkOnly) {
    writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
    return;
  }
  const committed = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const strip = (golden) => JSON.stringify({ ...golden, engine: undefined });
  if (strip(committed) !== strip(value)) {
    disagreements.push(relative(root, path));
  }
}

let written = 0;
const problems = [];
for (const name of readdirSync(join(root, 'valid')).sort()) {
  const caseDir = join(root, 'valid', name);
  const errors = prismaErrors(caseDir);
  if (errors.length > 0) {
    problems.push(`${name}: Prisma rejects a schema meant to be valid:\n${JSON.stringify(errors, null, 2)}`);
    continue;
  }
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: schemaInput(caseDir) })));
  write(join(caseDir, 'dmmf.json'), { engine: engineVersion, datamodel: dmmf.datamodel });
  written++;
}
for (const name of readdirSync(join(root, 'invalid')).sort()) {
  const caseDir = join(root, 'invalid', name);
  const errors = prismaErrors(caseDir);
  if (errors.length === 0) {
    problems.push(`${name}: Prisma accepts a schema meant to be invalid`);
    continue;
  }
  write(join(caseDir, 'prisma-errors.json'), { engine: engineVersion, errors });
  written++;
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
if (checkOnly) {
  console.log(disagreements.length === 0
    ? `all ${written} golden files agree with @prisma/prisma-schema-wasm ${engineVersion}`
    : `@prisma/prisma-schema-wasm ${engineVersion} disagrees with:\n  ${disagreements.join('\n  ')}`);
  if (disagreements.length > 0) {
    process.exitCode = 1;
  }
} else {
  console.log(`wrote ${written} golden files with @prisma/prisma-schema-wasm ${engineVersion}`);
}
