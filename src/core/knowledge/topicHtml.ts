/**
 * Renders a topic as an HTML fragment for the topic panel. Knowledge markdown is rendered with
 * raw HTML disabled, and every other string is escaped, so no topic text can inject markup or
 * script into the webview. The editor layer wraps the fragment in a page with a strict CSP.
 */
import MarkdownIt from 'markdown-it';
import { PILLAR_LABELS, uiString } from '../i18n/uiStrings';
import { CATEGORY_LABELS } from './categoryLabels';
import type { RuleInfo } from '../rules/ruleTypes';
import type { Language, Topic } from './types';

// Images are off: the page loads no remote content (its CSP would block it anyway).
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image');

const HTTPS_URL = /^https:\/\/\S+$/i;

// Links inside knowledge bodies may only go to https pages; everything else is dropped by
// markdown-it's validateLink or by this check.
const defaultValidate = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string) => defaultValidate(url) && HTTPS_URL.test(url);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** Looks up titles of related topics; unknown ids are skipped. */
export type TopicLookup = (id: string) => Topic | undefined;

/** Rule explanations shown under a topic (from dist/rules.json); `highlight` marks the rule a diagnostic linked to. */
export interface TopicRules {
  lookup: (id: string) => RuleInfo | undefined;
  highlight?: string;
}

export function renderTopicHtml(topic: Topic, language: Language, lookup: TopicLookup, rules?: TopicRules): string {
  const t = (s: { en: string; ko: string }) => s[language];
  const parts: string[] = [];
  parts.push(`<header>`);
  parts.push(`<p class="category">${escapeHtml(t(CATEGORY_LABELS[topic.category]))}</p>`);
  parts.push(`<h1>${escapeHtml(t(topic.title))}</h1>`);
  parts.push(`<p class="summary">${escapeHtml(t(topic.summary))}</p>`);
  if (topic.pillars.length > 0) {
    const badges = topic.pillars.map(p => `<span class="badge">${escapeHtml(t(PILLAR_LABELS[p]))}</span>`).join(' ');
    parts.push(`<p class="pillars" title="${escapeHtml(uiString('pillars', language))}">${badges}</p>`);
  }
  parts.push(`</header>`);

  if (topic.updated?.length) {
    parts.push(`<aside class="updated"><h2>${escapeHtml(uiString('whatChanged', language))}</h2><ul>`);
    for (const u of topic.updated) parts.push(`<li><strong>${escapeHtml(u.date)}</strong> — ${escapeHtml(t(u.change))}</li>`);
    parts.push(`</ul></aside>`);
  }

  parts.push(`<article class="body">${renderMarkdown(t(topic.body))}</article>`);

  const applies = topic.appliesTo;
  const typeRows: [string, string[] | undefined][] = [
    ['CloudFormation', applies?.cloudformation],
    ['Terraform', applies?.terraform],
    ['AWS CDK', applies?.cdk],
  ];
  if (typeRows.some(([, list]) => list?.length)) {
    parts.push(`<section class="applies"><h2>${escapeHtml(uiString('appliesTo', language))}</h2><dl>`);
    for (const [label, list] of typeRows) {
      if (list?.length) parts.push(`<dt>${label}</dt><dd>${list.map(x => `<code>${escapeHtml(x)}</code>`).join(' ')}</dd>`);
    }
    parts.push(`</dl></section>`);
  }
  if (applies?.properties?.length) {
    parts.push(`<section class="properties"><h2>${escapeHtml(uiString('propertyNotes', language))}</h2><ul>`);
    for (const p of applies.properties) {
      const paths = [p.cloudformation, p.terraform, p.cdk].filter((x): x is string => !!x);
      parts.push(`<li>${paths.map(x => `<code>${escapeHtml(x)}</code>`).join(' · ')}<br>${escapeHtml(t(p.note))}</li>`);
    }
    parts.push(`</ul></section>`);
  }

  const ruleInfos = rules ? (topic.rules ?? []).map(rules.lookup).filter((r): r is RuleInfo => !!r) : [];
  if (ruleInfos.length > 0) {
    parts.push(`<section class="rules"><h2>${escapeHtml(uiString('rulesThatCheck', language))}</h2>`);
    for (const r of ruleInfos) {
      const cls = r.id === rules?.highlight ? 'rule highlighted' : 'rule';
      parts.push(`<div class="${cls}" id="rule-${escapeHtml(r.id)}"><h3><code>${escapeHtml(r.id)}</code> <span class="badge">${escapeHtml(r.defaultSeverity)}</span></h3>`);
      parts.push(renderMarkdown(t(r.why)));
      parts.push(`<p><strong>${escapeHtml(uiString('howToFix', language))}:</strong></p>${renderMarkdown(t(r.howToFix))}</div>`);
    }
    parts.push(`</section>`);
  }

  const related = topic.related.map(lookup).filter((x): x is Topic => !!x);
  if (related.length > 0) {
    parts.push(`<section class="related"><h2>${escapeHtml(uiString('relatedTopics', language))}</h2><ul>`);
    for (const r of related) {
      parts.push(`<li><a href="#" data-topic="${escapeHtml(r.id)}">${escapeHtml(t(r.title))}</a></li>`);
    }
    parts.push(`</ul></section>`);
  }
  parts.push(`<section class="links"><h2>${escapeHtml(uiString('awsDocumentation', language))}</h2><ul>`);
  // The schema allows only https links to AWS pages; a link that is not https stays plain text.
  for (const l of topic.links) {
    parts.push(HTTPS_URL.test(l.url) ? `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.title)}</a></li>` : `<li>${escapeHtml(l.title)}</li>`);
  }
  parts.push(`</ul></section>`);
  parts.push(`<footer><p>${escapeHtml(uiString('sources', language))}: ${topic.sources.map(s => `<code>${escapeHtml(s)}</code>`).join(', ')}</p></footer>`);
  return parts.join('\n');
}
