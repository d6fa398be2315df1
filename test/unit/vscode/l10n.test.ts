/** Every runtime UI string (`vscode.l10n.t('…')` in src/vscode) has its Korean translation. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

export function l10nStrings(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(path.join(ROOT, 'src', 'vscode'))) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && n.expression.getText(sf) === 'vscode.l10n.t' && n.arguments[0] && ts.isStringLiteralLike(n.arguments[0])) {
        found.set(n.arguments[0].text, path.relative(ROOT, file));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

describe('runtime strings (l10n)', () => {
  it('every vscode.l10n.t string has a Korean translation with the same placeholders', () => {
    const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    const strings = l10nStrings();
    assert.ok(strings.size > 10);
    const missing = [...strings].filter(([s]) => !ko[s]).map(([s, f]) => `${f}: ${s}`);
    assert.deepEqual(missing, []);
    for (const s of strings.keys()) {
      const holes = (t: string) => [...t.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();
      assert.deepEqual(holes(ko[s]), holes(s), `placeholders of "${s}"`);
    }
  });
});
