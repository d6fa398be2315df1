// Well-known folders of the repository, as seen from the harness.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/editor/ */
export const HARNESS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root: holds package.json with "main": "./dist/extension.js". */
export const REPO_ROOT = path.resolve(HARNESS_DIR, '..', '..');
/** Throwaway state of each run: test/editor/.run/<name>/ (git-ignored). */
export const RUN_ROOT = path.join(HARNESS_DIR, '.run');
/** Screenshots and logs a person looks at after a run (git-ignored). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
/** The workspace users see in `npm start`; the UI flows run on a copy of it. */
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
/** Where buildSuites.mjs writes the bundled in-host suites. */
export const SUITES_OUT_DIR = path.join(REPO_ROOT, 'out', 'test', 'integration');

/**
 * The extension loaded as "extension under development". EXTENSION_DEV_PATH overrides it (used
 * to develop the harness against a stub before the real extension builds).
 */
export function extensionDevelopmentPath() {
  return path.resolve(process.env.EXTENSION_DEV_PATH || REPO_ROOT);
}

/** Fails with a clear message when the extension has not been built (`node esbuild.mjs`). */
export function assertExtensionBuilt(extensionDir = extensionDevelopmentPath()) {
  const manifestPath = path.join(extensionDir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const main = path.resolve(extensionDir, manifest.main || '');
  if (!manifest.main || !fs.existsSync(main)) {
    throw new Error(`the extension is not built: ${main} is missing (run \`node esbuild.mjs\` first)`);
  }
  return manifest;
}

/** A fresh, empty run directory test/editor/.run/<name>. */
export function freshRunDir(name) {
  const dir = path.join(RUN_ROOT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A fresh run directory test/editor/.run/<prefix>-<pid> that no concurrent run shares; directories
 * that runs which are gone left behind are removed first.
 */
export function freshRunDirForThisProcess(prefix) {
  fs.mkdirSync(RUN_ROOT, { recursive: true });
  for (const name of fs.readdirSync(RUN_ROOT)) {
    const m = new RegExp(`^${prefix}-(\\d+)$`).exec(name);
    if (m && !processIsAlive(Number(m[1]))) fs.rmSync(path.join(RUN_ROOT, name), { recursive: true, force: true });
  }
  return freshRunDir(`${prefix}-${process.pid}`);
}

function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}
