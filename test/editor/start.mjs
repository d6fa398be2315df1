// `npm start` (the npm script builds dist/ first): the real VS Code (code-server) in your browser,
// with examples/ open and AWS Field Guide loaded, until Ctrl+C.
//
// The repository is linked into a fresh extensions folder as an installed extension
// (<extensions>/fieldguide.aws-field-guide-<version> → repo root), so the plain
// http://127.0.0.1:PORT/ has the extension; after `npm run build` (or `npm run watch`), run
// "Developer: Reload Window" in the editor to pick up the new dist/.
//
// It listens on 127.0.0.1 only (the editor has no password). Environment: PORT (default: a free
// port), EXTENSION_DEV_PATH (another extension folder).
import fs from 'node:fs';
import path from 'node:path';
import { ensureHarnessOrExit } from './install.mjs';
import { exitAfterCleanup } from './lib/cleanup.mjs';
import { startCodeServer, tail } from './lib/codeServer.mjs';
import { assertExtensionBuilt, EXAMPLES_DIR, extensionDevelopmentPath, freshRunDirForThisProcess } from './lib/paths.mjs';

const say = (msg) => console.log(`[start] ${msg}`);

async function main() {
  const harness = ensureHarnessOrExit();
  const extensionDir = extensionDevelopmentPath();
  const manifest = assertExtensionBuilt(extensionDir);
  const extensionId = `${manifest.publisher}.${manifest.name}`.toLowerCase();

  const runDir = freshRunDirForThisProcess('start');
  const extensionsDir = path.join(runDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  // An installed extension is a folder <publisher>.<name>-<version> in the extensions dir; a
  // symlink keeps it live (no copy, no packaging).
  fs.symlinkSync(extensionDir, path.join(extensionsDir, `${extensionId}-${manifest.version}`), 'dir');

  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`PORT=${process.env.PORT} is not a port number`);
  const server = await startCodeServer({
    harness,
    runDir,
    port,
    extensionsDir,
    folder: EXAMPLES_DIR,
    // A normal editor (notifications as toasts): no test driver needed, the extension is installed.
    smokeTestDriver: false,
  });

  console.log('');
  say(`AWS Field Guide ${manifest.version} in VS Code (code-server), workspace ${EXAMPLES_DIR}`);
  say(`open  ${server.baseUrl}/`);
  say(`(editor state: ${runDir}; log: ${server.logFile})`);
  say('press Ctrl+C to stop');

  const exit = await server.exited;
  if (server.stopping) return undefined; // Ctrl+C: the cleanup handler is already on it
  console.error(`[start] code-server exited by itself (${JSON.stringify(exit)}); last lines of its log:\n${tail(server.logFile)}`);
  return exitAfterCleanup(1);
}

main().catch((e) => {
  console.error(`[start] ERROR: ${e.message}`);
  return exitAfterCleanup(1);
});
