/**
 * Hover markdown is trusted for our own commands only, and text from the user's file can neither
 * add a link to another command nor HTML: checked on the command list, on every MarkdownString the
 * editor code builds, and on real hovers over hostile documents.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import * as ts from 'typescript';
import { AnalysisService } from '../../../src/core/analysis/analysisService';
import { hoverRequest } from '../../../src/core/analysis/hoverRequest';
import { HOVER_COMMANDS } from '../../../src/core/hover/renderMarkdown';
import { RULES } from '../../../src/core/rules/index';
import { knowledge } from '../hover/helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** `name = value` assignments and `name: value` properties anywhere in src/vscode. */
function settingsOf(name: string): { where: string; value: string }[] {
  const found: { where: string; value: string }[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src', 'vscode'))) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      const where = () => `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && n.left.name.text === name) {
        found.push({ where: where(), value: n.right.getText(sf) });
      } else if (ts.isPropertyAssignment(n) && n.name.getText(sf) === name) {
        found.push({ where: where(), value: n.initializer.getText(sf) });
      } else if (ts.isShorthandPropertyAssignment(n) && n.name.text === name) {
        found.push({ where: where(), value: name });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

/** Hrefs of the links and any HTML in markdown, as a CommonMark renderer reads it. */
function linksAndHtml(markdown: string): { hrefs: string[]; html: string[] } {
  const hrefs: string[] = [];
  const html: string[] = [];
  const walk = (tokens: ReturnType<InstanceType<typeof MarkdownIt>['parse']>): void => {
    for (const t of tokens) {
      if (t.type === 'link_open') hrefs.push(String(t.attrGet('href') ?? ''));
      if (t.type === 'image') hrefs.push(String(t.attrGet('src') ?? ''));
      if (t.type === 'html_inline' || t.type === 'html_block') html.push(t.content);
      if (t.children) walk(t.children);
    }
  };
  walk(new MarkdownIt({ html: true, linkify: false }).parse(markdown, {}));
  return { hrefs, html };
}

const ATTACK = '[run](command:workbench.action.terminal.new)<img src=x onerror=alert(1)>';

const DOCUMENTS: { name: string; uri: string; text: string }[] = [
  {
    name: 'CloudFormation YAML',
    uri: 'file:///w/evil.yaml',
    text: `Resources:
  "Evil${ATTACK}":
    Type: AWS::S3::Bucket
    Properties:
      BucketName: "<b>${ATTACK}</b>"
      LifecycleConfiguration: { Rules: [{ Status: Enabled, Transitions: [{ StorageClass: GLACIER_IR, TransitionInDays: 90 }] }] }
  Other:
    Type: "AWS::S3::Bucket${ATTACK}"
`,
  },
  {
    name: 'CDK TypeScript',
    uri: 'file:///w/evil.ts',
    text: `import * as s3 from 'aws-cdk-lib/aws-s3';
new s3.Bucket(this, 'Evil${ATTACK}', { bucketName: '${ATTACK}', publicReadAccess: true });
`,
  },
  {
    name: 'Terraform',
    uri: 'file:///w/evil.tf',
    text: `resource "aws_s3_bucket" "evil${ATTACK}" {
  bucket = "${ATTACK.replace(/"/g, '')}"
}
resource "aws_instance" "web" {
  instance_type = "t2.micro${ATTACK}"
}
`,
  },
];

describe('hover trust', () => {
  it('trusts only our own contributed commands', () => {
    const contributed = new Set((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } }).contributes.commands.map(c => c.command));
    assert.ok(HOVER_COMMANDS.size > 0);
    for (const id of HOVER_COMMANDS) {
      assert.match(id, /^awsFieldGuide\.[A-Za-z]+$/);
      assert.ok(contributed.has(id), `${id} is one of our contributed commands`);
    }
  });

  it('the editor trusts markdown for those commands only, and never renders its HTML', () => {
    const trusted = settingsOf('isTrusted');
    assert.ok(trusted.length > 0, 'the hover sets isTrusted');
    for (const t of trusted) assert.equal(t.value, '{ enabledCommands: [...TRUSTED_COMMANDS] }', `${t.where}: isTrusted = ${t.value}`);
    const list = settingsOf('TRUSTED_COMMANDS');
    assert.deepEqual(list, [], 'TRUSTED_COMMANDS is only declared, never reassigned');
    const hoverSource = fs.readFileSync(path.join(ROOT, 'src', 'vscode', 'features', 'hover.ts'), 'utf8');
    assert.match(hoverSource, /export const TRUSTED_COMMANDS: readonly string\[\] = \[\.\.\.HOVER_COMMANDS\];/);
    for (const s of settingsOf('supportHtml')) assert.equal(s.value, 'false', `${s.where}: supportHtml = ${s.value}`);
    for (const s of settingsOf('enableCommandUris')) assert.equal(s.value, 'false', `${s.where}: enableCommandUris = ${s.value}`);
  });

  for (const doc of DOCUMENTS) {
    it(`hovers anywhere in a hostile ${doc.name} file link only to https pages and our commands, with no HTML`, async function () {
      this.timeout(120_000);
      const service = new AnalysisService(() => RULES, () => knowledge());
      const result = await service.analyze({ uri: doc.uri, version: 1, text: doc.text });
      assert.ok(result.format, 'the file is recognised');
      assert.ok(result.findings.some(f => f.message.includes('command:')), 'a finding message quotes the hostile name (the test would be vacuous otherwise)');
      const lines = doc.text.split('\n');
      let hovers = 0;
      for (let line = 0; line < lines.length; line++) {
        for (let character = 0; character <= lines[line].length; character++) {
          const h = hoverRequest(service, doc.uri, 1, { line, character }, 'en');
          if (!h) continue;
          hovers++;
          const { hrefs, html } = linksAndHtml(h.markdown);
          assert.deepEqual(html, [], `HTML in the hover at ${line}:${character}:\n${h.markdown}`);
          for (const href of hrefs) {
            const command = /^command:([^?]+)/.exec(href)?.[1];
            if (command) assert.ok(HOVER_COMMANDS.has(command), `link to ${command} at ${line}:${character}:\n${h.markdown}`);
            else assert.match(href, /^https:\/\//, `link at ${line}:${character}:\n${h.markdown}`);
          }
          assert.doesNotMatch(h.markdown, /(?<!\\)\$\(/, 'no codicon syntax from file text');
        }
      }
      assert.ok(hovers > 5, `hovers were produced (${hovers})`);
    });
  }
});
