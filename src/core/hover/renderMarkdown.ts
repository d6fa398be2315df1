/**
 * Hover sections → one markdown string, for the editor's MarkdownString (which the adapter marks
 * trusted for our own commands only, with HTML off). Text from files is escaped or put in code
 * spans; knowledge notes and a rule's `why` are our own markdown and pass through. Links are
 * rendered only when they are https pages or our own commands.
 */
import type { Severity } from '../rules/ruleTypes';
import { codeSpan, escapeMarkdown, trustedMarkdown } from './markdownText';
import { severityLabel } from './strings';
import type { HoverContent, HoverLanguage, HoverLink, HoverSection } from './types';

/** Commands a hover may link to: ours, nothing else. */
export const HOVER_COMMANDS: ReadonlySet<string> = new Set(['awsFieldGuide.openTopic']);

const SEVERITY_MARK: Record<Severity, string> = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' };

/** `command:awsFieldGuide.openTopic?%5B%22s3%22%5D`: arguments as a URI-encoded JSON array, as VS Code expects. */
export function commandUri(id: string, args: readonly unknown[]): string {
  return `command:${id}?${encodeURIComponent(JSON.stringify(args))}`;
}

function safeUrl(url: string): string | undefined {
  if (!/^https:\/\/[^\s]+$/.test(url)) return undefined;
  // Parentheses and angle brackets would end or confuse the link destination.
  return url.replace(/[()<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function renderLink(link: HoverLink): string {
  const label = escapeMarkdown(link.label);
  if (link.kind === 'command') {
    return HOVER_COMMANDS.has(link.command.id) ? `[${label}](${commandUri(link.command.id, link.command.args)})` : label;
  }
  const url = safeUrl(link.url);
  return url ? `[${label}](${url})` : label;
}

function indent(markdown: string, by: string): string {
  return markdown
    .split(/\r?\n/)
    .map(line => (line ? by + line : line))
    .join('\n');
}

function tableCell(text: string, bold: boolean): string {
  const cell = escapeMarkdown(text);
  return bold ? `**${cell}**` : cell;
}

function renderSection(section: HoverSection, language: HoverLanguage): string {
  switch (section.kind) {
    case 'title':
      return section.detail ? `**${escapeMarkdown(section.text)}** · ${codeSpan(section.detail)}` : `**${escapeMarkdown(section.text)}**`;
    case 'summary':
      return trustedMarkdown(section.markdown);
    case 'findings': {
      const items = section.items.map(f => {
        const head = `- ${SEVERITY_MARK[f.severity]} **${severityLabel(f.severity, language)}** · ${escapeMarkdown(f.message)} · ${codeSpan(f.ruleId)}`;
        return f.why ? `${head}\n\n${indent(trustedMarkdown(f.why), '  ')}` : head;
      });
      return `**${escapeMarkdown(section.heading)}**\n\n${items.join('\n')}`;
    }
    case 'propertyNote':
      return `${codeSpan(section.path)} — ${trustedMarkdown(section.markdown)} *(${escapeMarkdown(section.topicTitle)})*`;
    case 'valueNote':
      return `${codeSpan(section.value)} — ${trustedMarkdown(section.markdown)} *(${escapeMarkdown(section.topicTitle)})*`;
    case 'table': {
      const header = `| ${section.columns.map(c => escapeMarkdown(c)).join(' | ')} |`;
      const rule = `|${section.columns.map(() => '---').join('|')}|`;
      const rows = section.rows.map((row, i) => {
        const hot = i === section.highlightedRow;
        const cells = row.map(c => tableCell(c, hot));
        if (hot) cells[0] = `▶ ${cells[0]}`;
        return `| ${cells.join(' | ')} |`;
      });
      const lines = [`**${escapeMarkdown(section.caption)}**`, '', header, rule, ...rows];
      if (section.footnote) lines.push('', `*${escapeMarkdown(section.footnote)}*`);
      return lines.join('\n');
    }
    case 'notes': {
      const items = section.items.map(i => `- ${i.tone === 'warning' ? '⚠️ ' : ''}${trustedMarkdown(i.markdown)}`);
      return `**${escapeMarkdown(section.heading)}**\n\n${items.join('\n')}`;
    }
    case 'links':
      return section.links.map(renderLink).join(' · ');
  }
}

/** The hover as markdown: sections separated by blank lines, links after a rule. */
export function renderHoverMarkdown(content: HoverContent, language: HoverLanguage): string {
  const parts: string[] = [];
  for (const section of content.sections) {
    const text = renderSection(section, language);
    if (!text) continue;
    if (section.kind === 'links' && parts.length > 0) parts.push('---');
    parts.push(text);
  }
  return parts.join('\n\n');
}
