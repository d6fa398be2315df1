import * as assert from 'node:assert/strict';
import { codeSpan, escapeMarkdown, trustedMarkdown } from '../../../src/core/hover/markdownText';
import { commandUri, renderHoverMarkdown, renderLink } from '../../../src/core/hover/renderMarkdown';
import type { HoverContent } from '../../../src/core/hover/types';
import { at, hover, parse } from './helpers';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/** Markdown inline text with escapes removed: what the reader sees. */
function unescape(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('hover markdown', () => {
  it('escapes file text so it can neither format, link nor inject HTML', () => {
    const evil = '**bold** [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> | a | `code` https://evil.example $(alert) ~~s~~';
    const md = escapeMarkdown(evil);
    assert.equal(unescape(md), evil, 'renders as the same text');
    assert.doesNotMatch(md, /(?<!\\)[[\]<>|*`~]/, 'no unescaped markdown punctuation');
    assert.doesNotMatch(md, /https:\/\//, 'no bare URL left for autolinking');
    assert.equal(escapeMarkdown('줄\n바꿈 🚀'), '줄 바꿈 🚀');
  });

  it('code spans survive backticks in the text', () => {
    assert.equal(codeSpan('a.b'), '`a.b`');
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x`'), '`` `x` ``');
  });

  it('our markdown passes through, except single tildes that GFM would strike out', () => {
    assert.equal(trustedMarkdown('**1~5분**, `a~b`'), '**1\\~5분**, `a~b`');
  });

  it('links: only our own commands and https pages', () => {
    assert.equal(commandUri('awsFieldGuide.openTopic', ['s3']), 'command:awsFieldGuide.openTopic?%5B%22s3%22%5D');
    assert.equal(
      renderLink({ kind: 'command', label: 'Open', command: { id: 'awsFieldGuide.openTopic', args: ['s3-storage-classes'] } }),
      '[Open](command:awsFieldGuide.openTopic?%5B%22s3-storage-classes%22%5D)',
    );
    assert.equal(renderLink({ kind: 'command', label: 'Run', command: { id: 'workbench.action.terminal.new', args: [] } }), 'Run');
    assert.equal(renderLink({ kind: 'url', label: 'Docs', url: 'javascript:alert(1)' }), 'Docs');
    assert.equal(renderLink({ kind: 'url', label: 'Docs', url: 'http://example.com' }), 'Docs');
    assert.equal(renderLink({ kind: 'url', label: 'A (b)', url: 'https://x.example/a(b)' }), '[A \\(b\\)](https://x.example/a%28b%29)');
  });

  it('renders every section kind; findings keep the message as text and the why as markdown', () => {
    const content: HoverContent = {
      range: RANGE,
      target: 'type',
      sections: [
        { kind: 'title', text: 'Amazon S3', detail: 'AWS::S3::Bucket' },
        { kind: 'summary', markdown: 'S3 is **object** storage.' },
        {
          kind: 'findings',
          heading: 'Findings',
          items: [{ ruleId: 's3-x', severity: 'warning', message: 'Bucket [evil](https://e.example) is *open*', why: 'Because **reasons**.\nSecond line.', range: RANGE }],
        },
        { kind: 'propertyNote', path: 'A.B', markdown: 'A note.', topicId: 't', topicTitle: 'Topic' },
        { kind: 'valueNote', value: 'GLACIER', markdown: 'Cold.', topicId: 't', topicTitle: 'Topic' },
        { kind: 'table', caption: 'Cap', columns: ['C1', 'C2'], rows: [['a|b', 'x'], ['c', 'y']], highlightedRow: 1, footnote: 'As of 2026-01.' },
        { kind: 'notes', heading: 'Notes', items: [{ markdown: 'Plain.' }, { markdown: 'Careful.', tone: 'warning' }] },
        { kind: 'links', links: [{ kind: 'url', label: 'Docs', url: 'https://docs.aws.amazon.com/x.html' }] },
      ],
    };
    const md = renderHoverMarkdown(content, 'en');
    assert.equal(
      md,
      [
        '**Amazon S3** · `AWS::S3::Bucket`',
        'S3 is **object** storage.',
        '**Findings**\n\n- ⚠️ **Warning** · Bucket \\[evil\\]\\(https\\://e\\.example\\) is \\*open\\* · `s3-x`\n\n  Because **reasons**.\n  Second line.',
        '`A.B` — A note. *(Topic)*',
        '`GLACIER` — Cold. *(Topic)*',
        '**Cap**\n\n| C1 | C2 |\n|---|---|\n| a\\|b | x |\n| ▶ **c** | **y** |\n\n*As of 2026\\-01\\.*',
        '**Notes**\n\n- Plain.\n- ⚠️ Careful.',
        '---',
        '[Docs](https://docs.aws.amazon.com/x.html)',
      ].join('\n\n'),
    );
  });

  it('Korean severity labels', () => {
    const md = renderHoverMarkdown(
      { range: RANGE, target: 'type', sections: [{ kind: 'findings', heading: '발견된 문제', items: [{ ruleId: 'r', severity: 'error', message: '메시지', range: RANGE }] }] },
      'ko',
    );
    assert.equal(md, '**발견된 문제**\n\n- ⛔ **오류** · 메시지 · `r`');
  });

  it('a real hover renders with the storage class row in bold and a working topic link', async () => {
    const text = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      LifecycleConfiguration: { Rules: [{ Status: Enabled, Transitions: [{ StorageClass: GLACIER_IR, TransitionInDays: 90 }] }] }
`;
    const doc = await parse(text);
    const md = renderHoverMarkdown(hover(doc, at(text, 'GLACIER_IR'))!, 'en');
    assert.match(md, /^\| ▶ \*\*S3 Glacier Instant Retrieval\*\* \| \*\*≥ 3\*\* \| \*\*90 days\*\* \|/m);
    assert.equal(md.match(/▶/g)?.length, 1);
    assert.match(md, /\[Field Guide\\: S3 storage classes\]\(command:awsFieldGuide\.openTopic\?%5B%22s3-storage-classes%22%5D\)/);
  });
});
