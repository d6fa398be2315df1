/**
 * The topic webview: a strict CSP with a fresh nonce, resources from media/ only, and no way for
 * knowledge text (titles, markdown bodies, links, rule explanations) to add markup that runs.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { renderTopicHtml } from '../../../src/core/knowledge/topicHtml';
import type { Topic } from '../../../src/core/knowledge/types';
import type { RuleInfo } from '../../../src/core/rules/ruleTypes';
import { topicPageHtml, topicPanelOptions, type TopicPageInput } from '../../../src/vscode/webview/topicPage';

const CSP_SOURCE = 'https://*.vscode-cdn.net';
const STYLESHEET = 'https://file%2B.vscode-resource.vscode-cdn.net/ext/media/topic.css';

const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>';

function hostileTopic(): Topic {
  return {
    id: 'hostile',
    title: { en: `Title ${XSS}`, ko: '제목' },
    summary: { en: `Summary ${XSS} &amp; &lt;b&gt;`, ko: '요약' },
    body: {
      en: [
        `Raw HTML: ${XSS}`,
        '<a href="javascript:alert(4)">raw link</a> <iframe src="https://evil.example"></iframe>',
        '[js](javascript:alert(5)) [JS](JaVaScRiPt:alert(6)) [entity](&#106;avascript:alert(7)) [data](data:text/html;base64,PHNjcmlwdD4=) [vbs](vbscript:x)',
        '[plain](http://example.com) [ok](https://docs.aws.amazon.com/s3/)',
        '![tracker](https://evil.example/pixel.png)',
        'Entities: &#60;script&#62;alert(8)&#60;/script&#62; &lt;img onerror=alert(9)&gt; &amp;lt;',
        '<https://autolink.example/x> `<code onmouseover=x>`',
      ].join('\n\n'),
      ko: '본문',
    },
    category: 'storage',
    pillars: ['security'],
    keywords: { en: [], ko: [] },
    appliesTo: {
      cloudformation: ['AWS::S3::Bucket"><script>alert(10)</script>'],
      properties: [{ cloudformation: 'AWS::S3::Bucket.X', note: { en: `note ${XSS}`, ko: '노트' } }],
    },
    rules: ['evil-rule'],
    related: ['other'],
    links: [
      { title: `Docs ${XSS}`, url: 'javascript:alert(11)' },
      { title: 'Quote', url: 'https://docs.aws.amazon.com/a"onmouseover="alert(12)' },
    ],
    sources: [`seed${XSS}.txt`],
    updated: [{ date: '2024-01"><script>', change: { en: `changed ${XSS}`, ko: '바뀜' } }],
  };
}

const other: Topic = { ...hostileTopic(), id: 'other', title: { en: `Other ${XSS}`, ko: '다른' }, related: [], rules: [] };
const evilRule = {
  id: 'evil-rule',
  category: 'security',
  defaultSeverity: 'warning',
  formats: ['cloudformation'],
  knowledge: ['hostile'],
  why: { en: `Because ${XSS} [x](javascript:alert(13))`, ko: '이유' },
  howToFix: { en: `Fix <b onclick=alert(14)>it</b>`, ko: '고치기' },
  fixable: false,
} as unknown as RuleInfo;

function page(input: Partial<TopicPageInput> = {}): string {
  const topic = hostileTopic();
  const body = renderTopicHtml(topic, 'en', id => (id === 'other' ? other : undefined), { lookup: id => (id === 'evil-rule' ? evilRule : undefined), highlight: 'evil-rule' });
  return topicPageHtml({ body, language: 'en', title: topic.title.en, cspSource: CSP_SOURCE, stylesheetUri: STYLESHEET, highlightRule: 'evil-rule', ...input });
}

/** The CSP of the page's meta tag as directive → sources. */
function csp(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  assert.equal(metas.length, 1, 'exactly one CSP meta tag');
  return new Map(metas[0][1].split(';').map(d => d.trim().split(/\s+/)).filter(d => d[0]).map(([name, ...sources]) => [name, sources]));
}

interface Tag {
  name: string;
  attributes: [string, string][];
  raw: string;
}

/**
 * Every tag of the page. Anything a browser would read as markup starts with `<` followed by a
 * letter, `/`, `!` or `?`, so text that escaped escaping shows up here as an unexpected tag.
 */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<([a-zA-Z!/?][^>]*)>?/g)) {
    const inner = m[1];
    if (inner.startsWith('!DOCTYPE') || inner.startsWith('/')) {
      out.push({ name: inner.toLowerCase(), attributes: [], raw: m[0] });
      continue;
    }
    const name = /^[a-zA-Z][\w-]*/.exec(inner)?.[0]?.toLowerCase() ?? inner;
    const rest = inner.slice(name.length).replace(/\/$/, '');
    const attributes: [string, string][] = [];
    const attr = /\s+([^\s=]+)(?:="([^"]*)")?/y;
    let consumed = 0;
    for (let a = attr.exec(rest); a; a = attr.exec(rest)) {
      attributes.push([a[1].toLowerCase(), a[2] ?? '']);
      consumed = attr.lastIndex;
    }
    assert.equal(rest.slice(consumed).trim(), '', `attributes of ${m[0]} are all name="value"`);
    out.push({ name, attributes, raw: m[0] });
  }
  return out;
}

const ALLOWED_ELEMENTS = new Set([
  'html', 'head', 'meta', 'link', 'title', 'body', 'script', 'header', 'footer', 'article', 'section', 'aside',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'strong', 'em', 's',
  'code', 'pre', 'blockquote', 'a', 'span', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'rel', 'href', 'class', 'id', 'title', 'data-topic', 'nonce', 'style']);

describe('topic webview page', () => {
  it('has a CSP of default-src none, our stylesheet and images only, and one nonce for scripts', () => {
    const html = page();
    const policy = csp(html);
    assert.deepEqual(policy.get('default-src'), ["'none'"]);
    assert.deepEqual(policy.get('style-src'), [CSP_SOURCE]);
    assert.deepEqual(policy.get('img-src'), [CSP_SOURCE]);
    const script = policy.get('script-src') ?? [];
    assert.equal(script.length, 1);
    const nonce = /^'nonce-([A-Za-z0-9+/]{22}==)'$/.exec(script[0])?.[1];
    assert.ok(nonce, `a 128-bit base64 nonce, not ${script[0]}`);
    for (const [name, sources] of policy) {
      for (const s of sources) assert.doesNotMatch(s, /unsafe|^\*$|^https?:$|^data:$|^blob:$/, `${name} ${s}`);
    }
    const scripts = tags(html).filter(t => t.name === 'script');
    assert.deepEqual(scripts.map(t => t.attributes), [[['nonce', nonce]]], 'one script, with the nonce');
  });

  it('uses a new nonce for every render', () => {
    const nonces = new Set(Array.from({ length: 20 }, () => csp(page()).get('script-src')?.[0]));
    assert.equal(nonces.size, 20);
  });

  it('lets no knowledge text add elements, event handlers or non-https links', () => {
    const html = page();
    for (const tag of tags(html)) {
      if (tag.name.startsWith('/') || tag.name === '!doctype html') {
        assert.ok(tag.name === '!doctype html' || ALLOWED_ELEMENTS.has(tag.name.slice(1)), tag.raw);
        continue;
      }
      assert.ok(ALLOWED_ELEMENTS.has(tag.name), `unexpected element ${tag.raw}`);
      for (const [name, value] of tag.attributes) {
        assert.ok(ALLOWED_ATTRIBUTES.has(name), `unexpected attribute ${name} in ${tag.raw}`);
        if (name === 'href' && tag.name === 'a') assert.match(value, /^(#|https:\/\/[^\s"<>]+)$/, tag.raw);
        if (name === 'style') assert.match(value, /^text-align:(left|right|center)$/, tag.raw);
      }
    }
    assert.equal((html.match(/<script\b/gi) ?? []).length, 1, 'only our own script');
    assert.doesNotMatch(html, /<(img|svg|iframe)\b/i);
    assert.doesNotMatch(html, /href="(javascript|vbscript|data):/i);
  });

  it('shows hostile text as text: escaped, entities decoded once and re-escaped', () => {
    const html = page();
    assert.ok(html.includes('<title>Title &lt;script&gt;alert(1)&lt;/script&gt;'), 'page title escaped');
    assert.ok(html.includes('<h1>Title &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;'), 'heading escaped');
    assert.ok(html.includes('Summary &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&lt;svg onload=alert(3)&gt; &amp;amp; &amp;lt;b&amp;gt;'), 'summary shows entities literally');
    assert.ok(html.includes('Entities: &lt;script&gt;alert(8)&lt;/script&gt; &lt;img onerror=alert(9)&gt; &amp;lt;'), 'markdown entities stay text');
    assert.ok(html.includes('<a href="https://docs.aws.amazon.com/s3/">ok</a>'), 'https links in markdown still work');
    assert.ok(!html.includes('href="http://example.com"'), 'plain http links are not links');
    assert.ok(html.includes('<li>Docs &lt;script&gt;'), 'a javascript: link in the topic list is shown as text');
    assert.ok(html.includes('href="https://docs.aws.amazon.com/a&quot;onmouseover=&quot;alert(12)"'), 'quotes in a URL cannot end the attribute');
    assert.ok(html.includes('<code>&lt;code onmouseover=x&gt;</code>'));
  });

  it('a highlighted rule id cannot close the script element', () => {
    const html = page({ highlightRule: '</script><script>alert(1)</script>' });
    assert.equal((html.match(/<script\b/gi) ?? []).length, 1);
    assert.equal((html.match(/<\/script>/gi) ?? []).length, 1);
    assert.ok(html.includes('"rule-\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"'));
  });
});

describe('topic webview options', () => {
  it('loads local resources from media/ only, runs only our script and no command links', () => {
    const options = topicPanelOptions('/ext', (base, ...segments) => path.posix.join(base, ...segments));
    assert.deepEqual(options.localResourceRoots, ['/ext/media']);
    assert.equal(options.enableCommandUris, false);
    assert.equal(options.enableScripts, true);
  });
});
