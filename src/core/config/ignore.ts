/**
 * .gitignore-style path matching for the `ignore:` list of `.aws-field-guide.yaml`, shared by the
 * CLI's folder walk and the editor's workspace scan. Supported: `*`, `?`, `**`, `[abc]`, a leading
 * `/` (anchored to the config's folder), a trailing `/` (folders only), `!` (re-include), and a
 * pattern without a slash matching a name at any depth — the parts of gitignore people use.
 */

interface CompiledPattern {
  negate: boolean;
  dirOnly: boolean;
  regex: RegExp;
}

/** Folders no IaC lint should walk into: dependencies, tool caches, generated CDK output. */
export const DEFAULT_IGNORES: readonly string[] = ['node_modules/', '.git/', '.terraform/', 'cdk.out/', '.venv/', 'venv/', '__pycache__/', 'dist/', 'out/'];

function globToRegex(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` any number of folders; a trailing `**` everything below.
        if (glob[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      re += glob[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return re;
}

export function compilePattern(pattern: string): CompiledPattern | undefined {
  let p = pattern.trim();
  if (!p || p.startsWith('#')) return undefined;
  const negate = p.startsWith('!');
  if (negate) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  if (!p) return undefined;
  const body = globToRegex(p);
  // A match also covers everything below it (ignoring a folder ignores its files).
  const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}(?:/.*)?$`);
  return { negate, dirOnly, regex };
}

export interface IgnoreMatcher {
  /** `relativePath` uses `/` and is relative to the config's folder. */
  ignores(relativePath: string, isDirectory: boolean): boolean;
}

export function createIgnoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const compiled = patterns.map(compilePattern).filter((p): p is CompiledPattern => p !== undefined);
  return {
    ignores(relativePath, isDirectory) {
      const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
      let ignored = false;
      for (const p of compiled) {
        if (p.negate !== ignored) continue; // only a pattern that could change the answer
        if (!p.regex.test(path)) continue;
        // `dir/` matches the folder itself or a path below it, never a file named `dir`.
        if (p.dirOnly && !isDirectory && !matchesBelow(p.regex, path)) continue;
        ignored = !p.negate;
      }
      return ignored;
    },
  };
}

/** Whether a parent folder of `path` matches (so a dir-only pattern covers this file). */
function matchesBelow(regex: RegExp, path: string): boolean {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) if (regex.test(parts.slice(0, i).join('/'))) return true;
  return false;
}
