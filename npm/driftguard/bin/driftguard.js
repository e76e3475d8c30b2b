#!/usr/bin/env node
// Runs the Driftguard distribution of this platform, which npm installed as an optional dependency: npm installs
// only the one whose "os" and "cpu" match, so no download happens here (the pattern of squawk-cli and esbuild).
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const PLATFORM_PACKAGES = {
  'linux x64': '@driftguard/cli-linux-x64',
};
// The CLI's own exit code for "Driftguard itself could not run".
const EXIT_TOOL_ERROR = 2;
const INSTALL_PAGE = 'https://github.com/driftguard/driftguard/blob/main/docs/install.md';

function fail(message) {
  process.stderr.write(`driftguard: ${message}\n`);
  process.exit(EXIT_TOOL_ERROR);
}

// The time build-dist.sh gives the jar before the AOT cache is trained on it: npm's own fixed time for packed files.
const JAR_TIME = new Date('1985-10-26T08:15:00Z');

/**
 * The JVM uses the distribution's AOT cache only with the jar it was made with, checked by size and modification
 * time, and npm writes installed files with the time of the install. Giving the jar its build time back, once,
 * keeps start-up fast whatever installed the package; when that is not allowed (a read-only node_modules) the JVM
 * just starts without the cache.
 */
function keepAotCacheUsable(jar) {
  try {
    if (fs.statSync(jar).mtimeMs !== JAR_TIME.getTime()) {
      fs.utimesSync(jar, JAR_TIME, JAR_TIME);
    }
  } catch (e) {
    // Slower start, same results.
  }
}

const platform = `${process.platform} ${process.arch}`;
const packageName = PLATFORM_PACKAGES[platform];
if (!packageName) {
  fail(`no prebuilt distribution for ${process.platform}-${process.arch}; supported: `
    + `${Object.keys(PLATFORM_PACKAGES).map((p) => p.replace(' ', '-')).join(', ')}. `
    + `On other platforms run the jar with Java 17 or later: see ${INSTALL_PAGE}`);
}

let executable;
try {
  executable = path.join(path.dirname(require.resolve(`${packageName}/package.json`)), 'bin', 'driftguard');
} catch (e) {
  fail(`${packageName} is not installed. It is an optional dependency of driftguard, so an install that omits `
    + `optional dependencies (--omit=optional, --no-optional) leaves it out: reinstall driftguard with them.`);
}

keepAotCacheUsable(path.join(path.dirname(executable), '..', 'lib', 'driftguard.jar'));

const result = spawnSync(executable, process.argv.slice(2), { stdio: 'inherit' });
if (result.error) {
  fail(`cannot run ${executable}: ${result.error.message}`);
}
if (result.signal) {
  // Die of the same signal, so a shell or CI sees what the child saw.
  process.kill(process.pid, result.signal);
}
process.exit(result.status === null ? EXIT_TOOL_ERROR : result.status);
