// One place that remembers what must be torn down (code-server process groups, browsers), and
// tears it down on every way out: normal end, thrown error, unhandled rejection, Ctrl+C, SIGTERM.

const tasks = new Map();
let nextId = 1;
let installed = false;
let exiting = false;

/** Registers an async teardown; returns a function that unregisters it (call after a clean stop). */
export function onCleanup(label, fn) {
  installHandlers();
  const id = nextId++;
  tasks.set(id, { label, fn });
  return () => tasks.delete(id);
}

/** Runs every registered teardown, all at once; never throws. */
export async function runCleanup() {
  // Each task stays registered until it has finished, so that if the process exits meanwhile the
  // 'exit' handler can still kill what is left.
  await Promise.all([...tasks.entries()].map(async ([id, { label, fn }]) => {
    try {
      await fn();
    } catch (e) {
      console.error(`[editor harness] cleanup "${label}" failed: ${e.message}`);
    }
    tasks.delete(id);
  }));
}

/** Tears everything down, then exits with `code`. Safe to call more than once. */
export async function exitAfterCleanup(code) {
  if (exiting) return;
  exiting = true;
  // Teardown itself is bounded: a hung browser must not keep the process alive.
  const guard = setTimeout(() => process.exit(code), 15_000);
  guard.unref();
  await runCleanup();
  process.exit(code);
}

function installHandlers() {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\n[editor harness] ${signal}: stopping`);
      exitAfterCleanup(130);
    });
  }
  process.on('uncaughtException', (e) => {
    console.error('[editor harness] uncaught exception:', e);
    exitAfterCleanup(1);
  });
  process.on('unhandledRejection', (e) => {
    console.error('[editor harness] unhandled rejection:', e);
    exitAfterCleanup(1);
  });
  // Last resort on a plain process.exit(): synchronous kills only (see codeServer.mjs).
  process.on('exit', () => {
    for (const { fn } of tasks.values()) {
      if (fn.sync) fn.sync();
    }
  });
}
