/**
 * aws-field-guide — the command line face of the same core the extension uses.
 *   aws-field-guide search "<query>" [--language en|ko] [--json] [--limit N]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase, type BakedKnowledge } from '../core/knowledge/knowledgeBase';

import { parseArgs, UsageError } from './args';

const USAGE = `Usage:
  aws-field-guide search <query> [--language en|ko] [--json] [--limit N]
  aws-field-guide --help | --version

Commands:
  search   Full-text search of the AWS Field Guide knowledge base (English and Korean).

Options:
  --language en|ko   Language of titles and summaries (default: en)
  --json             Print [{ "id", "title", "score" }] best first
  --limit N          At most N results (default: 10)
`;

function loadKnowledge(): KnowledgeBase {
  const dir = __dirname;
  const baked = JSON.parse(fs.readFileSync(path.join(dir, 'knowledge.json'), 'utf8')) as BakedKnowledge;
  return KnowledgeBase.fromBaked(baked, fs.readFileSync(path.join(dir, 'search-index.json'), 'utf8'));
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`aws-field-guide: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  if (args.version) {
    out(`${readVersion()}\n`);
    return 0;
  }
  const kb = loadKnowledge();
  const hits = kb.search(args.query, args.language, args.limit);
  if (args.json) {
    out(JSON.stringify(hits.map(h => ({ id: h.id, title: h.title, score: Number(h.score.toFixed(3)) })), null, 2) + '\n');
    return 0;
  }
  if (hits.length === 0) {
    out(args.language === 'ko' ? `"${args.query}"에 맞는 주제가 없습니다.\n` : `No topic matches "${args.query}".\n`);
    return 0;
  }
  hits.forEach((h, i) => {
    out(`${String(i + 1).padStart(2)}. ${h.title}  [${h.id}]\n    ${truncate(h.summary, 160)}\n`);
  });
  return 0;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function readVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}


if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s));
}
