import type { Language } from '../core/knowledge/types';

export class UsageError extends Error {}

export interface SearchArgs {
  help: boolean;
  version: boolean;
  query: string;
  language: Language;
  json: boolean;
  limit: number;
}

/** Parses `search <query…> [--language en|ko] [--json] [--limit N]`, `--help`, `--version`. */
export function parseArgs(argv: readonly string[]): SearchArgs {
  const result: SearchArgs = { help: false, version: false, query: '', language: 'en', json: false, limit: 10 };
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { ...result, help: true };
  if (argv.includes('--version')) return { ...result, version: true };
  const [command, ...rest] = argv;
  if (command !== 'search') throw new UsageError(`unknown command "${command}"`);
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') result.json = true;
    else if (a === '--language' || a === '--lang') {
      const v = rest[++i];
      if (v !== 'en' && v !== 'ko') throw new UsageError('--language must be "en" or "ko"');
      result.language = v;
    } else if (a.startsWith('--language=')) {
      const v = a.slice('--language='.length);
      if (v !== 'en' && v !== 'ko') throw new UsageError('--language must be "en" or "ko"');
      result.language = v;
    } else if (a === '--limit') {
      const n = Number(rest[++i]);
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit must be a positive integer');
      result.limit = n;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option "${a}"`);
    else words.push(a);
  }
  result.query = words.join(' ').trim();
  if (!result.query) throw new UsageError('search needs a query');
  return result;
}
