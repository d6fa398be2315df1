/**
 * Which files `lint` looks at: the files named, and under each folder the files with an IaC
 * extension, minus the default ignores (node_modules, .terraform, cdk.out…) and the config's
 * `ignore:` patterns. Content decides later whether a file really is CloudFormation / Terraform / CDK.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createIgnoreMatcher, DEFAULT_IGNORES } from '../core/config/ignore';

export const IAC_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml', '.json', '.template', '.tf', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.py']);

export interface WalkResult {
  files: string[];
  /** Paths that could not be read (missing, permission). */
  problems: { path: string; message: string }[];
}

export function collectFiles(paths: readonly string[], ignoreRoot: string, ignorePatterns: readonly string[]): WalkResult {
  const matcher = createIgnoreMatcher([...DEFAULT_IGNORES, ...ignorePatterns]);
  const result: WalkResult = { files: [], problems: [] };
  const seen = new Set<string>();
  const relative = (p: string) => path.relative(ignoreRoot, p).split(path.sep).join('/');
  const ignored = (p: string, dir: boolean) => {
    const rel = relative(p);
    // Paths outside the config's folder are not subject to its patterns.
    return !rel.startsWith('..') && rel !== '' && matcher.ignores(rel, dir);
  };
  const add = (file: string) => {
    const abs = path.resolve(file);
    if (!seen.has(abs)) {
      seen.add(abs);
      result.files.push(file);
    }
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      result.problems.push({ path: dir, message: errorText(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!ignored(path.resolve(p), true)) walk(p);
      } else if (entry.isFile() && IAC_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !entry.name.endsWith('.d.ts')) {
        if (!ignored(path.resolve(p), false)) add(p);
      }
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      result.problems.push({ path: p, message: errorText(e) });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else add(p); // a file named on the command line is linted whatever its extension
  }
  return result;
}

export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file or folder';
  if (err?.code === 'EACCES') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a folder';
  return err instanceof Error ? err.message : String(e);
}
