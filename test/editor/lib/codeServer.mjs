// Starts code-server (the real VS Code, served to a browser) on 127.0.0.1 in its own process group,
// with throwaway state under test/editor/.run/<name>/, and stops it again on every way out.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { onCleanup } from './cleanup.mjs';

/** User settings of every harness run: no tips, no AI, no updates, predictable layout. */
export const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'git.enabled': false,
};

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The last `lines` lines of a log file, for failure messages. */
export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts code-server and waits for /healthz.
 * @param {object} o
 * @param {import('../install.mjs').harnessPaths} o.harness  paths from ensureHarness()
 * @param {string} o.runDir        fresh folder for user data, extensions, XDG dirs and the log
 * @param {number} [o.port]        default: a free port
 * @param {object} [o.userSettings] merged over QUIET_USER_SETTINGS
 * @param {object[]} [o.userKeybindings] written to the user keybindings.json
 * @param {string} [o.extensionsDir] default: <runDir>/extensions
 * @param {string} [o.folder]      folder a plain http://127.0.0.1:PORT/ opens
 * @param {boolean} [o.smokeTestDriver] enable the dev-extension / extension-tests URL payload (default true)
 * @param {number} [o.readyTimeoutMs]
 * @returns {Promise<{port:number, baseUrl:string, authority:string, pid:number, logFile:string, readyMs:number,
 *   exited:Promise<object>, remoteUri:(p:string)=>string, stop:()=>Promise<void>}>}
 */
export async function startCodeServer(o) {
  const port = o.port ?? (await freePort());
  const runDir = o.runDir;
  const dirs = {
    userData: path.join(runDir, 'user-data'),
    extensions: o.extensionsDir ?? path.join(runDir, 'extensions'),
    xdgData: path.join(runDir, 'xdg-data'),
    xdgConfig: path.join(runDir, 'xdg-config'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_USER_SETTINGS, ...o.userSettings }, null, 2),
  );
  if (o.userKeybindings) {
    fs.writeFileSync(path.join(dirs.userData, 'User', 'keybindings.json'), JSON.stringify(o.userKeybindings, null, 2));
  }

  // A clean environment: no hooks of an editor this harness may itself run in, no marketplace
  // (offline), and code-server's own logs/config under the run dir instead of the home folder.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VSCODE_|ELECTRON_)/.test(k)));
  Object.assign(env, {
    PATH: `${o.harness.node24Bin}${path.delimiter}${process.env.PATH}`,
    EXTENSIONS_GALLERY: '{}',
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CONFIG_HOME: dirs.xdgConfig,
  });
  const args = [
    o.harness.codeServerEntry,
    '--config', '/dev/null',
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  if (o.smokeTestDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (o.folder) args.push(o.folder);

  const logFile = path.join(runDir, 'code-server.log');
  const logFd = fs.openSync(logFile, 'w');
  const started = Date.now();
  // detached: a new session and process group, so the whole tree (server, extension host, file
  // watcher, pty host) is stopped with one signal to -pid.
  const child = spawn(o.harness.node24, args, { env, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));
  child.on('error', (e) => { exited = { error: e }; });

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup('SIGTERM');
    await Promise.race([exitPromise, sleep(5_000)]);
    killGroup('SIGKILL'); // children that outlived the leader, or a leader that ignored SIGTERM
    unregister();
  };
  stop.sync = () => killGroup('SIGKILL');
  const unregister = onCleanup(`code-server :${port}`, stop);

  const baseUrl = `http://127.0.0.1:${port}`;
  const readyTimeoutMs = o.readyTimeoutMs ?? 60_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited before it was ready (${JSON.stringify(exited)}); log ${logFile}:\n${tail(logFile)}`);
    }
    if (Date.now() - started > readyTimeoutMs) {
      await stop();
      throw new Error(`code-server was not ready within ${readyTimeoutMs} ms; log ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }

  const authority = `127.0.0.1:${port}`;
  return {
    port,
    baseUrl,
    authority,
    pid: child.pid,
    logFile,
    readyMs: Date.now() - started,
    dirs,
    /** Settles when code-server exits (by itself or through stop()). */
    exited: exitPromise,
    /** True once stop() was called: an exit after that is no surprise. */
    get stopping() {
      return stopped;
    },
    /** A file path on this machine as the browser-side workbench names it. */
    remoteUri: (p) => `vscode-remote://${authority}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`,
    stop,
  };
}
