import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { FORBIDDEN_MODULES, scanSource } from './security/codeScan';

const SRC = path.resolve(__dirname, '..', '..', 'src');
const CORE = path.join(SRC, 'core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.[cm]?[jt]s$/.test(e.name) ? [p] : [];
  });
}

describe('architecture', () => {
  it('src/core never imports the editor API (vscode)', () => {
    const files = sourceFiles(CORE);
    assert.ok(files.length > 5, 'expected core source files');
    const offenders = files.filter(f => {
      const text = fs.readFileSync(f, 'utf8');
      return /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]vscode['"]/.test(text) || /^\s*import\s+['"]vscode['"]/m.test(text);
    });
    assert.deepEqual(offenders.map(f => path.relative(CORE, f)), []);
  });

  it('the import check itself recognises every import form', () => {
    const pattern = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]vscode['"]/;
    for (const line of ["import * as vscode from 'vscode';", 'const v = require("vscode")', "await import('vscode')", "import { window } from 'vscode'"]) {
      assert.ok(pattern.test(line), line);
    }
    assert.ok(!pattern.test("import * as x from 'vscode-languageserver'"));
  });

  it(`nothing in src/ imports ${FORBIDDEN_MODULES.join(', ')} or uses fetch, XMLHttpRequest, WebSocket, eval or Function`, () => {
    const files = sourceFiles(SRC);
    assert.ok(files.length > 50, 'expected source files');
    const offenders = files.flatMap(f =>
      scanSource(f, fs.readFileSync(f, 'utf8'), f.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS)
        // Loading our own dist/analysis.js by path is checked, with the bundles, in security/bundle.test.ts.
        .filter(h => h.kind !== 'dynamic-require')
        .map(h => `${path.relative(SRC, f)}:${h.line + 1}: ${h.kind} ${h.text}`),
    );
    assert.deepEqual(offenders, []);
  });
});
