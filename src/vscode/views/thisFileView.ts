/**
 * Sidebar view "This file": the active document's resources (an icon per service) → their
 * findings (click reveals the range) → the topics that explain them (click opens the panel).
 * Follows the active editor and every new analysis; shows welcome content when the file is not IaC.
 */
import * as vscode from 'vscode';
import type { AnalysisResult, ResourceSummary } from '../../core/analysis/analysisService';
import type { Finding } from '../../core/rules/ruleTypes';
import type { DocumentAnalyzer } from '../analysis/documentAnalyzer';
import { toRange } from '../features/diagnostics';

export const THIS_FILE_VIEW_ID = 'awsFieldGuide.thisFile';
const IAC_CONTEXT_KEY = 'awsFieldGuide.activeIsIac';

export type ThisFileNode =
  | { kind: 'resource'; uri: vscode.Uri; resource: ResourceSummary; findings: Finding[] }
  | { kind: 'finding'; uri: vscode.Uri; finding: Finding }
  | { kind: 'topic'; topicId: string; title: string };

const SERVICE_ICONS: Record<string, string> = {
  s3: 'archive',
  ec2: 'server',
  iam: 'key',
  lambda: 'zap',
  rds: 'database',
  dynamodb: 'table',
  cloudtrail: 'history',
  cloudfront: 'cloud',
  elasticloadbalancingv2: 'split-horizontal',
  elasticloadbalancing: 'split-horizontal',
  kms: 'lock',
  cognito: 'person',
  logs: 'output',
  cloudwatch: 'pulse',
  sns: 'bell',
  sqs: 'inbox',
  autoscaling: 'layers',
  ecs: 'package',
  eks: 'package',
  ecr: 'package',
  apigateway: 'plug',
  route53: 'globe',
};

const SEVERITY_ICONS = { error: 'error', warning: 'warning', info: 'info', hint: 'lightbulb' } as const;
const SEVERITY_COLORS = { error: 'problemsErrorIcon.foreground', warning: 'problemsWarningIcon.foreground', info: 'problemsInfoIcon.foreground', hint: 'problemsInfoIcon.foreground' } as const;

function serviceOf(kind: string): string {
  return kind.startsWith('aws.') ? kind.split('.')[1] : kind.startsWith('tf.aws_') ? kind.slice(7).split('_')[0] : '';
}

function within(outer: ResourceSummary['range'], inner: Finding['range']): boolean {
  const after = inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character);
  const before = inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character);
  return after && before;
}

export class ThisFileViewProvider implements vscode.TreeDataProvider<ThisFileNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ThisFileNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private shown: { uri: vscode.Uri; result: AnalysisResult } | undefined;

  constructor(private readonly analyzer: DocumentAnalyzer, private readonly topicTitle: (id: string) => string | undefined) {
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analyzer.onDidAnalyze(({ uri }) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** What the view shows now (the test API reads it). */
  current(): { uri: string; resources: number; findings: number } | undefined {
    return this.shown ? { uri: this.shown.uri.toString(), resources: this.shown.result.resources.length, findings: this.shown.result.findings.length } : undefined;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const result = editor ? this.analyzer.lastResult(editor.document.uri) : undefined;
    this.shown = editor && result?.format ? { uri: editor.document.uri, result } : undefined;
    void vscode.commands.executeCommand('setContext', IAC_CONTEXT_KEY, this.shown !== undefined);
    this.changed.fire(undefined);
  }

  getChildren(node?: ThisFileNode): ThisFileNode[] {
    if (!this.shown) return [];
    const { uri, result } = this.shown;
    if (!node) {
      const unassigned = new Set(result.findings);
      const nodes: ThisFileNode[] = result.resources.map(resource => {
        const findings = result.findings.filter(f => f.resource.address === resource.name && f.resource.type === resource.type);
        for (const f of findings) unassigned.delete(f);
        return { kind: 'resource', uri, resource, findings };
      });
      // Findings not tied to a listed resource (a suppression comment, a provider block) go to the resource whose text holds them.
      for (const f of unassigned) {
        const holder = nodes.find(n => n.kind === 'resource' && within(n.resource.range, f.range));
        if (holder && holder.kind === 'resource') holder.findings.push(f);
        else nodes.push({ kind: 'finding', uri, finding: f });
      }
      return nodes;
    }
    if (node.kind === 'resource') return node.findings.map(finding => ({ kind: 'finding', uri: node.uri, finding }));
    if (node.kind === 'finding') {
      return node.finding.knowledge.map(id => ({ kind: 'topic', topicId: id, title: this.topicTitle(id) ?? id }));
    }
    return [];
  }

  getTreeItem(node: ThisFileNode): vscode.TreeItem {
    if (node.kind === 'resource') {
      const item = new vscode.TreeItem(node.resource.name, node.findings.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = node.resource.type;
      const worst = node.findings.find(f => f.severity === 'error') ?? node.findings.find(f => f.severity === 'warning');
      item.iconPath = new vscode.ThemeIcon(SERVICE_ICONS[serviceOf(node.resource.kind)] ?? 'symbol-class', worst ? new vscode.ThemeColor(SEVERITY_COLORS[worst.severity]) : undefined);
      item.tooltip = node.findings.length > 0 ? vscode.l10n.t('{0} ({1}): {2} finding(s)', node.resource.name, node.resource.type, node.findings.length) : `${node.resource.name} (${node.resource.type})`;
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Reveal'), arguments: [node.uri, { selection: toRange(node.resource.typeRange) }] };
      item.contextValue = 'resource';
      return item;
    }
    if (node.kind === 'finding') {
      const f = node.finding;
      const item = new vscode.TreeItem(f.message, f.knowledge.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = f.ruleId;
      item.iconPath = new vscode.ThemeIcon(SEVERITY_ICONS[f.severity], new vscode.ThemeColor(SEVERITY_COLORS[f.severity]));
      item.tooltip = `${f.message}\n${f.ruleId}`;
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Reveal'), arguments: [node.uri, { selection: toRange(f.range) }] };
      item.contextValue = 'finding';
      return item;
    }
    const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('book');
    item.command = { command: 'awsFieldGuide.openTopic', title: vscode.l10n.t('Open in Field Guide'), arguments: [node.topicId] };
    item.contextValue = 'topic';
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
