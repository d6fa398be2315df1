// `npm run test:electron` (the npm script builds dist/ first): the same in-host suites as
// `npm run test:editor`, run by @vscode/test-electron in a downloaded desktop VS Code. For machines
// that can download VS Code (a contributor's laptop, a hosted CI); this workplace cannot, so this
// runner is not part of `npm test` here.
//
// Environment: VSCODE_VERSION (default "stable"; e.g. "1.90.0" for the oldest supported editor),
// AFG_TEST_GREP (filters mocha tests). On Linux without a display it re-runs itself under
// `xvfb-run -a` when that is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuites } from '../editor/buildSuites.mjs';
import { QUIET_USER_SETTINGS } from '../editor/lib/codeServer.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Downloads are cached here (out/ is git-ignored). */
const CACHE_PATH = path.join(REPO_ROOT, 'out', 'vscode-test');
const say = (msg) => console.log(`[electron] ${msg}`);

function fail(message) {
  console.error(`[electron] ${message}`);
  console.log('electron: 0 passed, 1 failed');
  process.exit(1);
}

function needsVirtualDisplay() {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

async function main() {
  if (needsVirtualDisplay() && !process.env.AFG_UNDER_XVFB) {
    if (!hasCommand('xvfb-run')) {
      fail('no display: desktop VS Code needs one. Install xvfb (apt-get install xvfb) or run under `xvfb-run -a npm run test:electron`.');
    }
    say('no display: re-running under xvfb-run');
    const r = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, AFG_UNDER_XVFB: '1' },
    });
    process.exit(r.status ?? 1);
  }

  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.resolve(REPO_ROOT, manifest.main))) fail(`the extension is not built: ${manifest.main} is missing (run \`node esbuild.mjs\`)`);
  const extensionTestsPath = await buildSuites();

  const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
  const version = process.env.VSCODE_VERSION || 'stable';
  let vscodeExecutablePath;
  try {
    say(`downloading VS Code ${version} into ${path.relative(REPO_ROOT, CACHE_PATH)} (cached after the first run)`);
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: CACHE_PATH, timeout: 60_000 });
  } catch (e) {
    fail(
      `could not download VS Code ${version}: ${e.message}\n`
      + '  This runner needs to download VS Code (update.code.visualstudio.com). Where that is not\n'
      + '  possible, run the same suites in code-server instead: npm run test:editor',
    );
  }

  // Throwaway profile and workspace, like the code-server runner.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'afg-electron-'));
  const userData = path.join(scratch, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(QUIET_USER_SETTINGS, null, 2));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });

  const launchArgs = [
    workspace,
    '--disable-extensions', // other installed extensions; the one under development still loads
    '--disable-workspace-trust',
    '--skip-welcome',
    '--skip-release-notes',
    '--disable-gpu',
    `--user-data-dir=${userData}`,
    `--extensions-dir=${path.join(scratch, 'extensions')}`,
  ];
  // Electron refuses to start as root without this.
  if (process.platform === 'linux' && process.getuid?.() === 0) launchArgs.push('--no-sandbox');

  try {
    say(`running the in-host suites in ${vscodeExecutablePath}`);
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath,
      launchArgs,
      extensionTestsEnv: { AFG_TEST_GREP: process.env.AFG_TEST_GREP },
    });
    say('in-host suites passed');
  } catch (e) {
    // The suites printed their own "N passed, N failed" above.
    console.error(`[electron] in-host suites failed: ${e.message}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e) => fail(e.stack || e.message));
