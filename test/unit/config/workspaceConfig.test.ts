import * as assert from 'node:assert/strict';
import { createIgnoreMatcher } from '../../../src/core/config/ignore';
import { formatConfigProblem, parseWorkspaceConfig } from '../../../src/core/config/workspaceConfig';

const known = new Set(['s3-versioning-enabled', 'iam-mfa-required']);

describe('.aws-field-guide.yaml', () => {
  it('reads severities, ignores and language', () => {
    const r = parseWorkspaceConfig('rules:\n  s3-versioning-enabled: off\n  iam-mfa-required: ERROR\nignore:\n  - legacy/\n  - "**/*.generated.yaml"\nlanguage: ko\n', known);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config, { rules: { 's3-versioning-enabled': 'off', 'iam-mfa-required': 'error' }, ignore: ['legacy/', '**/*.generated.yaml'], language: 'ko' });
  });

  it('an empty file or a comment-only file is an empty config', () => {
    for (const text of ['', '# nothing yet\n']) assert.deepEqual(parseWorkspaceConfig(text, known), { config: { rules: {}, ignore: [] }, problems: [] });
  });

  it('false disables a rule (YAML 1.1 habit)', () => {
    assert.equal(parseWorkspaceConfig('rules:\n  iam-mfa-required: false\n', known).config.rules['iam-mfa-required'], 'off');
  });

  it('reports every problem with its line and column, and keeps the good entries', () => {
    const r = parseWorkspaceConfig('rules:\n  iam-mfa-required: loud\n  s3-versioning-enabled: info\n  s3-versioning-enabld: off\nignore: legacy\nlanguage: fr\ncolour: blue\n', known);
    assert.deepEqual(r.problems.map(p => `${p.line + 1}:${p.character + 1} ${p.severity} ${p.message}`), [
      '2:21 error rule "iam-mfa-required": severity must be one of error, warning, info, hint, off',
      '4:3 warning unknown rule "s3-versioning-enabld"',
      '5:9 error ignore must be a list of paths (.gitignore style)',
      '6:11 error language must be "en" or "ko"',
      '7:1 warning unknown key "colour" (expected one of: rules, ignore, language)',
    ]);
    assert.equal(r.config.rules['s3-versioning-enabled'], 'info');
  });

  it('YAML syntax errors and a non-map file are errors with positions', () => {
    const bad = parseWorkspaceConfig('rules:\n  a: [off\n', known);
    assert.equal(bad.problems[0].severity, 'error');
    assert.equal(bad.problems[0].line >= 1, true);
    assert.deepEqual(parseWorkspaceConfig('- a\n', known).problems.map(p => p.message), ['the file must be a map with the keys rules, ignore and language']);
  });

  it('a duplicate key is an error on the second one, printed as file:line:col (1-based)', () => {
    const r = parseWorkspaceConfig('rules:\n  iam-mfa-required: off\n  iam-mfa-required: error\n', known);
    assert.equal(r.problems.length, 1);
    assert.equal(formatConfigProblem('.aws-field-guide.yaml', r.problems[0]), '.aws-field-guide.yaml:3:3: error: Map keys must be unique');
  });

  it('entries of the wrong shape are reported where they are, never dropped silently', () => {
    const r = parseWorkspaceConfig('rules:\n  ? [a, b]\n  : off\n  iam-mfa-required: [error]\nignore:\n  - legacy/\n  - 42\n  - ""\n', known);
    assert.deepEqual(r.problems.map(p => `${p.line + 1}:${p.character + 1} ${p.severity} ${p.message}`), [
      '2:5 error a rule id must be a plain string',
      '4:21 error rule "iam-mfa-required": severity must be one of error, warning, info, hint, off',
      '7:5 error each ignore entry must be a non-empty string',
      '8:5 error each ignore entry must be a non-empty string',
    ]);
    assert.deepEqual(r.config, { rules: {}, ignore: ['legacy/'] });
  });

  it('an alias bomb is not expanded', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nrules: {}\n';
    const r = parseWorkspaceConfig(bomb, known);
    assert.deepEqual(r.config.rules, {});
    assert.equal(r.problems.filter(p => p.severity === 'error').length, 0);
  });
});

describe('ignore patterns (.gitignore style)', () => {
  const m = createIgnoreMatcher(['legacy/', '*.generated.yaml', '/build', 'modules/**/test/', '!legacy/keep.yaml', 'docs/*.json']);
  const cases: [string, boolean, boolean][] = [
    ['legacy', true, true],
    ['legacy/a.yaml', false, true],
    ['legacy/keep.yaml', false, false],
    ['src/legacy/a.tf', false, true],
    ['legacy', false, false], // a file named legacy is not the folder
    ['a.generated.yaml', false, true],
    ['deep/x/a.generated.yaml', false, true],
    ['build/a.yaml', false, true],
    ['src/build/a.yaml', false, false], // anchored
    ['modules/vpc/test/main.tf', false, true],
    ['modules/test/main.tf', false, true],
    ['modules/vpc/main.tf', false, false],
    ['docs/a.json', false, true],
    ['docs/sub/a.json', false, false],
    ['main.tf', false, false],
  ];
  for (const [p, dir, expected] of cases) {
    it(`${p}${dir ? '/' : ''} → ${expected ? 'ignored' : 'kept'}`, () => assert.equal(m.ignores(p, dir), expected));
  }
});
