/**
 * "Scan Workspace": lints every IaC file of the workspace (files.exclude, the config file's
 * ignores and the size limit respected) with a cancellable progress notification. Results go to
 * the Problems panel; a file that is open keeps its live diagnostics instead.
 */
import * as vscode from 'vscode';
import { createIgnoreMatcher, DEFAULT_IGNORES } from '../../core/config/ignore';
import type { AnalysisClient } from '../analysis/analysisClient';
import { maxFileBytes } from '../analysis/analysisSettings';
import type { WorkspaceConfigFile } from '../analysis/workspaceConfigFile';
import { toDiagnostic } from '../features/diagnostics';

const INCLUDE = '**/*.{yaml,yml,json,template,tf,ts,mts,cts,js,mjs,cjs,py}';

export interface ScanSummary {
  files: number;
  iacFiles: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

export async function scanWorkspace(client: AnalysisClient, config: WorkspaceConfigFile, collection: vscode.DiagnosticCollection, isLive: (uri: vscode.Uri) => boolean): Promise<ScanSummary> {
  const summary: ScanSummary = { files: 0, iacFiles: 0, findings: 0, skipped: 0, cancelled: false };
  // Read the config file now: a scan right after editing it must not race the file watcher.
  await config.load();
  const root = config.rootUri;
  const matcher = createIgnoreMatcher([...DEFAULT_IGNORES, ...config.current().ignore]);
  const limit = maxFileBytes();
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('AWS Field Guide: scanning the workspace'), cancellable: true },
    async (progress, token) => {
      // `undefined` exclude applies files.exclude; node_modules and friends are dropped by the matcher.
      const uris = (await vscode.workspace.findFiles(INCLUDE, undefined, undefined, token)).filter(u => {
        if (u.path.endsWith('.d.ts')) return false;
        const rel = root && u.path.startsWith(`${root.path}/`) ? u.path.slice(root.path.length + 1) : vscode.workspace.asRelativePath(u, false);
        return !matcher.ignores(rel, false);
      });
      uris.sort((a, b) => (a.path < b.path ? -1 : 1));
      collection.clear();
      let done = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
        done++;
        summary.files = done;
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > limit) {
            summary.skipped++;
            continue;
          }
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          const key = `scan:${uri.toString()}`;
          const result = await client.analyze({ uri: key, version: 0, text });
          client.close(key);
          if (!result.format) continue;
          summary.iacFiles++;
          if (result.skipped) summary.skipped++;
          summary.findings += result.findings.length;
          // An open document has live diagnostics for its unsaved text: the scan does not fight them.
          if (!isLive(uri)) collection.set(uri, result.findings.map(f => toDiagnostic(uri, f)));
        } catch {
          summary.skipped++;
        }
      }
    },
  );
  return summary;
}
