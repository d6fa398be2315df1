/** Hover composition: position → typed sections (hoverAt) → markdown (renderHoverMarkdown). */
export { hoverAt, OPEN_TOPIC_COMMAND } from './hoverAt';
export { renderHoverMarkdown, renderLink, commandUri, HOVER_COMMANDS } from './renderMarkdown';
export { prepareKnowledgeIndex } from './knowledgeIndex';
export { escapeMarkdown, codeSpan } from './markdownText';
export * from './docsLinks';
export type * from './types';
