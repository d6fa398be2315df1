/**
 * aws-field-guide — the command line face of the same core the extension uses.
 *   aws-field-guide lint [paths…] [--format text|json|sarif] [--severity-threshold S] …
 *   aws-field-guide search "<query>" [--language en|ko] [--json] [--limit N]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KnowledgeBase, type BakedKnowledge } from '../core/knowledge/knowledgeBase';

import { parseArgs, UsageError } from './args';
import { runLint } from './lint';
import { parseLintArgs } from './lintArgs';

const USAGE = `Usage:
  aws-field-guide lint [paths...] [--format text|json|sarif] [--severity-threshold error|warning|info|hint]
                       [--language en|ko] [--config FILE] [--max-file-size MB] [--show-suppressed]
  aws-field-guide search <query> [--language en|ko] [--json] [--limit N]
  aws-field-guide --help | --version

Commands:
  lint     Lint CloudFormation, Terraform and CDK files (folders are walked; default: .).
           Exit 0: clean; 1: a finding at or above the threshold (default: warning) or a file
           that cannot be read or parsed; 2: usage or configuration error.
  search   Full-text search of the AWS Field Guide knowledge base (English and Korean).

Lint options:
  --format text|json|sarif        Output format (default: text)
  --severity-threshold S          Lowest severity that fails the run (default: warning)
  --language en|ko                Language of messages (default: the config's, else en)
  --config FILE                   Workspace config (default: ./.aws-field-guide.yaml when present)
  --max-file-size MB              Skip larger files (default: 5)
  --show-suppressed               Also list suppressed findings with their reasons

Search options:
  --language en|ko   Language of titles and summaries (default: en)
  --json             Print [{ "id", "title", "score" }] best first
  --limit N          At most N results (default: 10)
`;

function loadKnowledge(): KnowledgeBase {
  const dir = __dirname;
  const baked = JSON.parse(fs.readFileSync(path.join(dir, 'knowledge.json'), 'utf8')) as BakedKnowledge;
  return KnowledgeBase.fromBaked(baked, fs.readFileSync(path.join(dir, 'search-index.json'), 'utf8'));
}

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (argv[0] === 'lint' && !argv.includes('--help') && !argv.includes('-h')) {
    let lintArgs;
    try {
      lintArgs = parseLintArgs(argv.slice(1));
    } catch (e) {
      if (e instanceof UsageError) {
        err(`aws-field-guide: ${e.message}\n\n${USAGE}`);
        return 2;
      }
      throw e;
    }
    return runLint(lintArgs, { out, err, cwd: process.cwd() }, readVersion());
  }
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
  run(process.argv.slice(2), s => process.stdout.write(s), s => process.stderr.write(s)).then(
    code => {
      process.exitCode = code;
    },
    e => {
      process.stderr.write(`aws-field-guide: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
