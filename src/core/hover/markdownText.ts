/** Putting text from a user's file into markdown safely. */

/**
 * Plain text as markdown that renders exactly that text: every ASCII punctuation character that
 * markdown (CommonMark, GFM tables and autolinks, HTML, VS Code's `$(icon)`) could act on is backslash-escaped, and line
 * breaks become spaces, so file content can neither format, link, inject HTML nor break a table.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&:@$]/g, '\\$&');
}

/** Text as an inline code span, fenced with more backticks than it contains. */
export function codeSpan(text: string): string {
  const t = text.replace(/\r\n|\r|\n/g, ' ');
  let longest = 0;
  for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick (or is empty) needs a space inside the fence.
  const pad = t === '' || t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * Our own markdown (knowledge notes, a rule's `why`) made safe for the editor's renderer: VS Code
 * renders hovers with marked, whose GFM reads a single `~` pair as strikethrough, so a range such
 * as `1~5분, 3~5시간` would be struck out. Tildes outside code spans are escaped.
 */
export function trustedMarkdown(markdown: string): string {
  let out = '';
  let last = 0;
  for (const m of markdown.matchAll(/(`+)[\s\S]*?\1/g)) {
    out += markdown.slice(last, m.index).replace(/(?<!\\)~/g, '\\~');
    out += m[0];
    last = m.index + m[0].length;
  }
  return (out + markdown.slice(last).replace(/(?<!\\)~/g, '\\~')).trim();
}
