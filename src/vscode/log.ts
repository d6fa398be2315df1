import * as vscode from 'vscode';

/** The "AWS Field Guide" output channel (log level follows the user's setting). */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('AWS Field Guide', { log: true });
}
