import * as assert from 'node:assert/strict';
import { renderTopicHtml } from '../../../src/core/knowledge/topicHtml';
import type { Topic } from '../../../src/core/knowledge/types';

function sample(overrides: Partial<Topic> = {}): Topic {
  return {
    id: 'alpha',
    title: { en: 'Alpha <b>topic</b>', ko: '알파 주제' },
    summary: { en: 'Summary & more', ko: '요약' },
    body: {
      en: '## Heading\n\n<script>alert(1)</script>\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[bad](javascript:alert(1)) [plain](http://example.com) [good](https://docs.aws.amazon.com/x)',
      ko: '## 제목\n\n본문',
    },
    category: 'storage',
    pillars: ['security'],
    keywords: { en: ['a'], ko: ['가'] },
    related: ['beta', 'missing'],
    links: [{ title: 'Docs "quoted"', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html' }],
    sources: ['002_b13e0533295762e0.txt'],
    updated: [{ date: '2023-04', change: { en: 'Changed <now>', ko: '바뀜' } }],
    ...overrides,
  };
}

const beta = sample({ id: 'beta', title: { en: 'Beta', ko: '베타' }, related: [] });
const lookup = (id: string) => (id === 'beta' ? beta : undefined);

describe('topic HTML', () => {
  const html = renderTopicHtml(sample(), 'en', lookup);

  it('escapes titles, summaries and update notes', () => {
    assert.ok(html.includes('<h1>Alpha &lt;b&gt;topic&lt;/b&gt;</h1>'));
    assert.ok(html.includes('Summary &amp; more'));
    assert.ok(html.includes('Changed &lt;now&gt;'));
  });

  it('renders markdown without raw HTML and keeps only https links', () => {
    assert.ok(html.includes('<h2>Heading</h2>'));
    assert.ok(html.includes('<table>'));
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('href="javascript:'));
    assert.ok(!html.includes('href="http://example.com"'));
    assert.ok(html.includes('<a href="https://docs.aws.amazon.com/x">good</a>'));
  });

  it('links related topics by id and skips unknown ones', () => {
    assert.ok(html.includes('<a href="#" data-topic="beta">Beta</a>'));
    assert.ok(!html.includes('missing'));
  });

  it('lists AWS documentation links with escaped titles', () => {
    assert.ok(html.includes('<a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html">Docs &quot;quoted&quot;</a>'));
  });

  it('renders the chosen language, headings included', () => {
    const ko = renderTopicHtml(sample(), 'ko', lookup);
    assert.ok(ko.includes('<h1>알파 주제</h1>'));
    assert.ok(ko.includes('<h2>제목</h2>'));
    assert.ok(ko.includes('관련 주제'));
    assert.ok(ko.includes('>베타</a>'));
    assert.ok(!ko.includes('Related topics'));
  });
});
