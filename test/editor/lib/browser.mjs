// Headless Debian chromium driven by playwright-core (which downloads no browser of its own).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onCleanup } from './cleanup.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox', // root in a container: the sandbox cannot start
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Console lines of the workbench that are expected offline and say nothing about the extension. */
export const WORKBENCH_NOISE = /open-vsx\.org|authentication provider 'github'|AccountPolicyGate|connection token|Creating a socket|reconnection-grace-time|Service Worker|AgentHost|builtin extensions cache|Ignoring fetching additional builtin/;

/**
 * Launches chromium with a throwaway profile.
 * @param {object} o
 * @param {string} o.chromium      executable (from ensureHarness())
 * @param {{width:number,height:number}} [o.viewport]
 * @returns {Promise<{context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void>}>}
 */
export async function launchBrowser(o) {
  // Imported here, not at the top: the module exists only after ensureHarness() installed it.
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'afg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: o.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: o.viewport ?? { width: 1400, height: 900 },
    timeout: 60_000,
    // Signals are ours to handle (cleanup.mjs stops code-server too); playwright's own handlers
    // would exit the process before that.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    unregister();
    await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    fs.rmSync(profile, { recursive: true, force: true });
  };
  const unregister = onCleanup('chromium', close);
  return { context, page, close };
}
