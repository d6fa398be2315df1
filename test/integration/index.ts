/**
 * Entry of the in-host suites (the module named by extensionTestsPath). The editor loads it inside
 * the extension host and calls run(); it must be CommonJS and return a Promise that rejects when a
 * test failed. Runner-agnostic: test/editor/run.mjs (code-server) and test/electron/run.mjs
 * (@vscode/test-electron) both load the bundle that test/editor/buildSuites.mjs writes next to it.
 *
 * Environment: AFG_TEST_GREP limits the run to tests whose full title matches it.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 20_000, slow: 2_000 });
  if (process.env.AFG_TEST_GREP) mocha.grep(process.env.AFG_TEST_GREP);

  // The suites are bundled one file each beside this one (see buildSuites.mjs), sorted for a stable order.
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      console.log('0 passed, 1 failed');
      reject(new Error(`no *.test.js suites found in ${__dirname}`));
      return;
    }
    try {
      const runner = mocha.run(failures => {
        const passed = runner.stats?.passes ?? 0;
        // The harness reads this line to count individual tests: keep its shape.
        console.log(`${passed} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} in-host test(s) failed`));
        else resolve();
      });
    } catch (e) {
      console.error(e);
      console.log('0 passed, 1 failed');
      reject(e);
    }
  });
}
