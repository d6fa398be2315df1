// `npm run test:editor` (the npm script builds dist/ first): the extension in a real VS Code.
//
//  1. installs the harness on first use (install.mjs; cached afterwards),
//  2. bundles the in-host suites (buildSuites.mjs),
//  3. starts code-server once, on a free port, with throwaway state in test/editor/.run/test-<pid>/
//     (removed after a green run, kept after a failing one),
//  4. runs the in-host mocha suites inside the real extension host,
//  5. runs the UI flows in headless chromium, screenshots in test-results/,
//  6. stops code-server and prints a summary whose last line is `editor: N passed, N failed`
//     (individual mocha tests + UI steps).
// Exits non-zero when anything failed or the editor could not be started: it never skips.
//
// Environment: EDITOR_TESTS=inhost|ui runs one half only; AFG_TEST_GREP filters mocha tests;
// EXTENSION_DEV_PATH loads another extension folder (for developing the harness itself).
import fs from 'node:fs';
import path from 'node:path';
import { ensureHarness, InstallError } from './install.mjs';
import { buildSuites } from './buildSuites.mjs';
import { exitAfterCleanup } from './lib/cleanup.mjs';
import { startCodeServer, tail } from './lib/codeServer.mjs';
import { runInHostSuites } from './lib/inHost.mjs';
import { assertExtensionBuilt, EXAMPLES_DIR, extensionDevelopmentPath, freshRunDirForThisProcess, REPO_ROOT, RESULTS_DIR } from './lib/paths.mjs';
import { runIacFlow } from './ui/iacFlow.mjs';
import { runKnowledgeFlow, UNKNOWN_TOPIC_KEYBINDING } from './ui/knowledgeFlow.mjs';

/** The whole run (after the install) is bounded: a hung browser or server must not hang CI. */
const RUN_TIMEOUT_MS = Number(process.env.EDITOR_RUN_TIMEOUT_MS || 20 * 60_000);

const t0 = Date.now();
const seconds = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`[editor] ${msg}`);

/** Rows of the final summary: {name, passed, failed, note}. */
const summary = [];

function printSummaryAndExit(code) {
  const passed = summary.reduce((n, s) => n + s.passed, 0);
  const failed = summary.reduce((n, s) => n + s.failed, 0);
  console.log('\n[editor] summary');
  for (const s of summary) console.log(`  ${s.failed ? 'FAIL' : 'ok  '} ${s.name}: ${s.passed} passed, ${s.failed} failed${s.note ? ` — ${s.note}` : ''}`);
  console.log(`  wall time ${seconds()}; screenshots and logs in ${path.relative(process.cwd(), RESULTS_DIR) || RESULTS_DIR}/`);
  const exitCode = code || (failed > 0 || passed === 0 ? 1 : 0);
  console.log(`editor: ${passed} passed, ${failed} failed`);
  return exitAfterCleanup(exitCode);
}

/** A copy of examples/ for one consumer, so tests never touch the real one. */
function workspaceCopy(runDir, name) {
  const dir = path.join(runDir, name);
  fs.cpSync(EXAMPLES_DIR, dir, { recursive: true });
  return dir;
}

async function main() {
  const which = process.env.EDITOR_TESTS || 'all';
  let harness;
  try {
    harness = ensureHarness();
  } catch (e) {
    summary.push({ name: 'harness install', passed: 0, failed: 1, note: 'needs the npm registry and Debian apt' });
    throw e;
  }
  // The time limit counts from here: a first install takes minutes of its own.
  startWatchdog();
  const extensionDir = extensionDevelopmentPath();
  const manifest = assertExtensionBuilt(extensionDir);
  say(`extension ${manifest.publisher}.${manifest.name} from ${path.relative(REPO_ROOT, extensionDir) || '.'} (${seconds()})`);

  const suitesIndex = await buildSuites();
  say(`in-host suites bundled (${seconds()})`);

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  for (const f of fs.readdirSync(RESULTS_DIR)) {
    if (/^(ui-.*\.(png|log)|editor-.*)$/.test(f)) fs.rmSync(path.join(RESULTS_DIR, f), { force: true });
  }
  // Per process, so two runs in one checkout do not trample each other's editor state.
  const runDir = freshRunDirForThisProcess('test');
  const server = await startCodeServer({
    harness,
    runDir,
    userKeybindings: [UNKNOWN_TOPIC_KEYBINDING],
  }).catch((e) => {
    summary.push({ name: 'code-server', passed: 0, failed: 1, note: 'could not start' });
    throw e;
  });
  say(`code-server ${server.baseUrl} ready in ${server.readyMs} ms (pid ${server.pid}, log ${path.relative(process.cwd(), server.logFile)})`);

  try {
    if (which === 'all' || which === 'inhost') {
      say('in-host suites (mocha in the real extension host):');
      const r = await runInHostSuites({
        server,
        chromium: harness.chromium,
        extensionDevelopmentPath: extensionDir,
        extensionTestsPath: suitesIndex,
        folder: workspaceCopy(runDir, 'workspace-tests'),
        timeoutMs: Number(process.env.EDITOR_INHOST_TIMEOUT_MS || 900_000),
      });
      fs.writeFileSync(path.join(RESULTS_DIR, 'editor-inhost.log'), `${r.output.join('\n')}\n`);
      summary.push({ name: 'in-host suites', passed: r.passed, failed: r.failed, note: `${(r.ms / 1000).toFixed(1)} s${r.timedOut ? ', timed out' : ''}, exit ${r.exitCode}` });
      say(`in-host suites done (${seconds()})`);
    }
    if (which === 'all' || which === 'ui') {
      say('UI flow "knowledge" (playwright):');
      const r = await runKnowledgeFlow({
        server,
        chromium: harness.chromium,
        folder: workspaceCopy(runDir, 'workspace-ui'),
        extensionDevelopmentPath: extensionDir,
        resultsDir: RESULTS_DIR,
      });
      const failedSteps = r.results.filter((s) => !s.ok).map((s) => s.name);
      summary.push({ name: 'UI flow knowledge', passed: r.passed, failed: r.failed, note: failedSteps.length ? `failed: ${failedSteps.join(', ')}` : '' });
      say(`UI flow done (${seconds()})`);
      say('UI flow "iac" (playwright):');
      const iac = await runIacFlow({
        server,
        chromium: harness.chromium,
        folder: workspaceCopy(runDir, 'workspace-iac'),
        extensionDevelopmentPath: extensionDir,
        resultsDir: RESULTS_DIR,
      });
      const iacFailed = iac.results.filter((s) => !s.ok).map((s) => s.name);
      summary.push({ name: 'UI flow iac', passed: iac.passed, failed: iac.failed, note: iacFailed.length ? `failed: ${iacFailed.join(', ')}` : '' });
      say(`UI flow iac done (${seconds()})`);
    }
  } finally {
    await server.stop();
    fs.copyFileSync(server.logFile, path.join(RESULTS_DIR, 'editor-code-server.log'));
  }
  if (summary.some((s) => s.failed)) {
    console.log(`\n[editor] code-server log (last lines):\n${tail(server.logFile, 15)}`);
    say(`editor state kept for a look: ${path.relative(process.cwd(), runDir)}`);
  } else {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

function startWatchdog() {
  setTimeout(() => {
    console.error(`[editor] the run took longer than ${RUN_TIMEOUT_MS / 1000} s: stopping`);
    summary.push({ name: 'time limit', passed: 0, failed: 1, note: `over ${RUN_TIMEOUT_MS / 1000} s` });
    printSummaryAndExit(1);
  }, RUN_TIMEOUT_MS).unref();
}

main().then(
  () => printSummaryAndExit(0),
  (e) => {
    console.error(`[editor] ERROR: ${e instanceof InstallError ? `the harness could not be installed: ${e.message}` : e.stack || e.message}`);
    if (!summary.some((s) => s.failed)) summary.push({ name: 'harness', passed: 0, failed: 1, note: e.message.split('\n')[0] });
    return printSummaryAndExit(1);
  },
);
