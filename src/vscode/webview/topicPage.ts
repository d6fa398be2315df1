/**
 * The topic panel's page and webview options, kept free of the editor API so plain unit tests can
 * check the security properties: a CSP that allows nothing but our own stylesheet and one script
 * with a fresh nonce, and a webview that may load files from `media/` only.
 */
import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../../core/knowledge/topicHtml';
import type { Language } from '../../core/knowledge/types';

/** Folder of the extension the webview may load resources from (the stylesheet). */
export const WEBVIEW_MEDIA_FOLDER = 'media';

export interface TopicPageInput {
  /** Fragment from renderTopicHtml: knowledge text already escaped or sanitised. */
  body: string;
  language: Language;
  title: string;
  /** The rule a diagnostic link asked for; the page scrolls to it. */
  highlightRule?: string;
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  cspSource: string;
  /** `webview.asWebviewUri(media/topic.css)`. */
  stylesheetUri: string;
}

/** 128 random bits, base64: a nonce an injected script cannot guess; new for every page. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function topicPageCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    // Not covered by default-src: no <base> rewriting of our links, no form posts.
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Options for createWebviewPanel; `joinPath` is vscode.Uri.joinPath in the editor. */
export function topicPanelOptions<U>(extensionUri: U, joinPath: (base: U, ...segments: string[]) => U) {
  return {
    enableScripts: true,
    // Links in the page are handled by our script (topics, https pages), never as command URIs.
    enableCommandUris: false,
    retainContextWhenHidden: false,
    localResourceRoots: [joinPath(extensionUri, WEBVIEW_MEDIA_FOLDER)],
  };
}

/** The whole page around a rendered topic, with a new nonce each time. */
export function topicPageHtml(input: TopicPageInput): string {
  const nonce = createNonce();
  const target = input.highlightRule ? `rule-${input.highlightRule}` : '';
  // JSON is a valid script literal; `<` is escaped so no string can close the script element.
  const targetLiteral = JSON.stringify(target).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(input.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${topicPageCsp(input.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.stylesheetUri)}">
<title>${escapeHtml(input.title)}</title>
</head>
<body>
${input.body}
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const target = ${targetLiteral};
  if (target) document.getElementById(target)?.scrollIntoView();
  document.addEventListener('click', event => {
    const link = event.target.closest('a');
    if (!link) return;
    event.preventDefault();
    if (link.dataset.topic) vscode.postMessage({ type: 'openTopic', id: link.dataset.topic });
    else if (/^https:\\/\\//i.test(link.getAttribute('href') || '')) vscode.postMessage({ type: 'openExternal', url: link.getAttribute('href') });
  });
}());
</script>
</body>
</html>`;
}
