import type { Language, Severity } from '../core/rules/ruleTypes';
import { SEVERITIES } from '../core/rules/ruleTypes';
import { UsageError } from './args';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface LintArgs {
  paths: string[];
  format: OutputFormat;
  threshold: Severity;
  language?: Language;
  config?: string;
  maxFileMb: number;
  /** Suppressed findings are listed too (text and JSON), marked as such. */
  showSuppressed: boolean;
}

/** Parses the options after `lint`: `[paths…] [--format text|json|sarif] [--severity-threshold S] [--language en|ko] [--config F] [--max-file-size MB]`. */
export function parseLintArgs(argv: readonly string[]): LintArgs {
  const args: LintArgs = { paths: [], format: 'text', threshold: 'warning', maxFileMb: 5, showSuppressed: false };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--format':
      case '-f': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError('--format must be text, json or sarif');
        args.format = v;
        break;
      }
      case '--severity-threshold': {
        const v = value();
        if (!SEVERITIES.includes(v as Severity)) throw new UsageError(`--severity-threshold must be one of ${SEVERITIES.join(', ')}`);
        args.threshold = v as Severity;
        break;
      }
      case '--language':
      case '--lang': {
        const v = value();
        if (v !== 'en' && v !== 'ko') throw new UsageError('--language must be "en" or "ko"');
        args.language = v;
        break;
      }
      case '--config':
        args.config = value();
        break;
      case '--max-file-size': {
        const n = Number(value());
        if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-file-size must be a positive number of megabytes');
        args.maxFileMb = n;
        break;
      }
      case '--show-suppressed':
        args.showSuppressed = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
        args.paths.push(a);
    }
  }
  if (args.paths.length === 0) args.paths.push('.');
  return args;
}
