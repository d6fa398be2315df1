/**
 * A VPC with no flow log in the same file: CloudFormation `AWS::EC2::FlowLog` (ResourceId the VPC),
 * Terraform `aws_flow_log` (`vpc_id`), CDK `flowLogs` on `ec2.Vpc`, `vpc.addFlowLog(…)` or
 * `new ec2.FlowLog(…, { resourceType: ec2.FlowLogResourceType.fromVpc(vpc) })`. A flow log on one
 * of the VPC's subnets or interfaces counts too (logging was chosen, at a finer grain). Silent when
 * a flow log in the file names its target through something we cannot resolve, or (Terraform) the
 * VPC goes to a module, which may add one.
 *
 * Fixes: CDK L2 `flowLogs: { FlowLog: {} }` (CloudWatch Logs, with the log group and role CDK
 * creates). CloudFormation and Terraform have no one-resource form that deploys: the fix adds a
 * log group (one year retention), a role the flow logs service can assume, limited to writing to
 * that group, and the flow log. CDK L1 gets no fix.
 */
import type { EditValue, NewResource } from '../../iac/editTypes';
import type { ParsedDocument, Resource } from '../../model/types';
import { sequenceEdits, type EditStep } from '../helpers/editSequence';
import { prop } from '../helpers/properties';
import { familyOf, type FixDescriptor, type RuleContext, type RuleModule } from '../ruleTypes';

const RETENTION_DAYS = 365;
const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'];

const rule: RuleModule = {
  meta: {
    id: 'vpc-flow-logs-enabled',
    category: 'security',
    defaultSeverity: 'info',
    appliesTo: ['aws.ec2.vpc'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['vpc-flow-logs', 'vpc'],
    messages: {
      missing: {
        en: 'VPC {name} has no flow log: when something is blocked, attacked or leaking, there is no record of its traffic to look at.',
        ko: 'VPC {name}에 흐름 로그가 없습니다. 트래픽이 막히거나 공격·유출이 의심될 때 살펴볼 기록이 남지 않습니다.',
      },
      fix: { en: 'Add a flow log to CloudWatch Logs', ko: 'CloudWatch Logs로 보내는 흐름 로그 추가' },
      fixResources: {
        en: 'Add a flow log to CloudWatch Logs (log group, IAM role, flow log)',
        ko: 'CloudWatch Logs로 보내는 흐름 로그 추가(로그 그룹, IAM 역할, 흐름 로그)',
      },
    },
    why: {
      en: 'Flow logs record the IP traffic of the VPC\'s network interfaces (who talked to whom, on which port, accepted or rejected). They are how you debug a security group or network ACL that drops traffic, and the evidence an incident investigation starts from; they cannot be turned on after the fact for traffic that already happened. Security Hub (EC2.6) checks for them.',
      ko: '흐름 로그는 VPC 네트워크 인터페이스의 IP 트래픽(누가 누구와 어떤 포트로 통신했고 허용·거부되었는지)을 기록합니다. 트래픽을 막는 보안 그룹이나 네트워크 ACL을 디버깅할 때, 그리고 보안 사고 조사를 시작할 때 필요한 근거이며, 이미 지나간 트래픽은 나중에 켜도 남지 않습니다. Security Hub(EC2.6)도 이를 검사합니다.',
    },
    howToFix: {
      en: 'CloudFormation: an `AWS::EC2::FlowLog` with `ResourceId: !Ref <Vpc>`, `ResourceType: VPC` and a destination (CloudWatch Logs with a role, S3 or Firehose). Terraform: an `aws_flow_log` with `vpc_id`. CDK: `flowLogs: { FlowLog: {} }` on `ec2.Vpc`, or `vpc.addFlowLog(\'FlowLog\')`. Choose the destination and retention with cost in mind: S3 is cheaper for volume, CloudWatch Logs easier to query.',
      ko: 'CloudFormation: `ResourceId: !Ref <Vpc>`, `ResourceType: VPC`와 대상(역할을 둔 CloudWatch Logs, S3, Firehose)을 지정한 `AWS::EC2::FlowLog`. Terraform: `vpc_id`를 지정한 `aws_flow_log`. CDK: `ec2.Vpc`에 `flowLogs: { FlowLog: {} }` 또는 `vpc.addFlowLog(\'FlowLog\')`. 대상과 보존 기간은 비용을 고려해 고르세요. 양이 많으면 S3가 저렴하고, CloudWatch Logs는 조회가 쉽습니다.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n',
        good: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  FlowLog:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceId: !Ref Vpc\n      ResourceType: VPC\n      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs-bucket\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
        good: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = "arn:aws:s3:::flow-logs-bucket"\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nnew ec2.Vpc(this, 'Vpc');\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nnew ec2.Vpc(this, 'Vpc', { flowLogs: { FlowLog: {} } });\n",
      },
    ],
  },

  check(vpc, context) {
    if (hasFlowLog(vpc, context.doc, context.text) || mayHaveFlowLog(vpc, context.doc, context.text)) return;
    const family = familyOf(vpc);
    let fix: FixDescriptor | undefined;
    if (family === 'cdk') {
      const flowLogs = prop(vpc, 'flowLogs');
      if (flowLogs && (flowLogs.value.kind !== 'map' || flowLogs.value.properties.length > 0)) return;
      const target = { text: context.text, doc: context.doc };
      fix = {
        messageId: 'fix',
        edits: () => (flowLogs ? context.edits.insertProperty(target, vpc, 'flowLogs.FlowLog', {}) : context.edits.insertProperty(target, vpc, 'flowLogs', { FlowLog: {} })),
      };
    } else if (vpc.format === 'cloudformation' || (family === 'terraform' && !vpc.repeated)) {
      // (A Terraform VPC with count / for_each: which instance to log is not ours to pick.)
      // The new resources (and their collision-free names) are worked out only when the fix is asked for.
      fix = {
        messageId: 'fixResources',
        edits: () => sequenceEdits(context, vpc, reversedSteps(vpc.format === 'cloudformation' ? cfnResources(vpc, context.doc) : tfResources(vpc, context), context)),
      };
    }
    context.report({ messageId: 'missing', data: { name: vpc.name }, range: vpc.typeRange, ...(fix ? { fix } : {}) });
  },
};

// ---- finding a flow log ---------------------------------------------------------------------------

const FLOW_LOG_TARGET = /^(ResourceId|resourceType|vpc_id|subnet_id|eni_id|transit_gateway_id|transit_gateway_attachment_id)$/i;

/** What every VPC of a document asks about its flow logs, built once per document (a VPC at a time made this quadratic). */
interface FlowLogIndex {
  /** What flow logs point at (VPCs, subnets, interfaces). */
  targets: Set<string>;
  /** For each resource, the resources that refer to it (DependsOn aside). */
  referrers: Map<string, Set<string>>;
  /** Resources passed to a Terraform module. */
  passedToModule: Set<string>;
  /** A flow log, or a way to add one, whose target we cannot see: it may be any VPC's. */
  unresolved: boolean;
}

const indexes = new WeakMap<ParsedDocument, FlowLogIndex>();

function flowLogIndex(doc: ParsedDocument, text: string): FlowLogIndex {
  let index = indexes.get(doc);
  if (index) return index;
  const names = new Set(doc.resources.map(r => r.name));
  const modules = new Set(doc.resources.filter(r => r.role === 'module').map(r => r.name));
  const flowLogs = new Set(doc.resources.filter(r => r.kind === 'aws.ec2.flow-log').map(r => r.name));
  const targets = new Set<string>();
  const resolved = new Set<string>();
  const referrers = new Map<string, Set<string>>();
  const passedToModule = new Set<string>();
  for (const l of doc.links) {
    if (flowLogs.has(l.from) && FLOW_LOG_TARGET.test(l.path)) {
      targets.add(l.to);
      if (names.has(l.to)) resolved.add(l.from);
    }
    if (l.path !== 'DependsOn') {
      let set = referrers.get(l.to);
      if (!set) referrers.set(l.to, (set = new Set()));
      set.add(l.from);
    }
    if (modules.has(l.from)) passedToModule.add(l.to);
  }
  let unresolved = false;
  for (const log of doc.resources) {
    if (log.kind !== 'aws.ec2.flow-log' || log.role !== 'resource' || resolved.has(log.name)) continue;
    const field = log.properties.find(p => FLOW_LOG_TARGET.test(p.key));
    const v = field?.value;
    // A parameter, a Terraform variable or an imported value names a VPC made elsewhere.
    if (v?.kind === 'reference' && !names.has(v.target) && !/^(local|module|data)\./.test(v.target)) continue;
    if (v?.kind === 'unknown' && /^(!ImportValue\b|\{\s*"Fn::ImportValue")/.test(v.text)) continue;
    if (v?.kind === 'string') continue;
    unresolved = true;
    break;
  }
  if (!unresolved && (doc.format === 'cdk-typescript' || doc.format === 'cdk-python')) {
    // Calls the model did not attach (a loop, a helper function), flow logs it did not read.
    const calls = (text.match(/\.(?:addFlowLog|add_flow_log)\s*\(/g) ?? []).length;
    const seen = doc.resources.reduce((n, r) => n + r.calls.filter(c => c.method === 'addFlowLog').length, 0);
    const constructs = (text.match(/\b(?:Cfn)?FlowLog\s*\(/g) ?? []).length;
    unresolved = calls > seen || constructs > flowLogs.size;
  }
  index = { targets, referrers, passedToModule, unresolved };
  indexes.set(doc, index);
  return index;
}

/** A flow log on the VPC, or on something that belongs to it (a subnet, an interface). */
function hasFlowLog(vpc: Resource, doc: ParsedDocument, text: string): boolean {
  if (vpc.calls.some(c => c.method === 'addFlowLog')) return true;
  if (familyOf(vpc) === 'cdk' && prop(vpc, 'flowLogs')) {
    const v = prop(vpc, 'flowLogs')!.value;
    return v.kind !== 'map' || v.properties.length > 0;
  }
  const { targets, referrers } = flowLogIndex(doc, text);
  if (targets.has(vpc.name)) return true;
  const inVpc = referrers.get(vpc.name);
  return inVpc !== undefined && [...targets].some(t => inVpc.has(t));
}

/** A flow log, or a way to add one, that we cannot see the target of: it may be this VPC's. */
function mayHaveFlowLog(vpc: Resource, doc: ParsedDocument, text: string): boolean {
  if (familyOf(vpc) === 'cdk' && vpc.properties.some(p => p.key === '...')) return true;
  const index = flowLogIndex(doc, text);
  return index.passedToModule.has(vpc.name) || index.unresolved;
}

// ---- the fixes ------------------------------------------------------------------------------------

/** Each resource added right after the VPC, the last first, so they end up in order after it. */
function reversedSteps(resources: NewResource[], context: RuleContext): EditStep[] {
  return [...resources].reverse().map(r => (target, vpc) => context.edits.addResource(target, r, vpc));
}

function freshName(doc: ParsedDocument, base: string, prefix = ''): string {
  let name = base;
  for (let i = 2; doc.resources.some(r => r.name === `${prefix}${name}`); i++) name = `${base}${i}`;
  return name;
}

const TRUST = { Effect: 'Allow', Principal: { Service: 'vpc-flow-logs.amazonaws.com' }, Action: 'sts:AssumeRole' };

function cfnResources(vpc: Resource, doc: ParsedDocument): NewResource[] {
  const group = freshName(doc, `${vpc.name}FlowLogGroup`);
  const role = freshName(doc, `${vpc.name}FlowLogRole`);
  const log = freshName(doc, `${vpc.name}FlowLog`);
  const statement: EditValue = { ...TRUST, Condition: { StringEquals: { 'aws:SourceAccount': { $ref: 'AWS::AccountId' } } } };
  return [
    { type: 'AWS::Logs::LogGroup', name: group, properties: { RetentionInDays: RETENTION_DAYS } },
    {
      type: 'AWS::IAM::Role',
      name: role,
      properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [statement] },
        Policies: [
          {
            PolicyName: 'flow-logs',
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: LOG_ACTIONS, Resource: { $ref: group, attribute: 'Arn' } }] },
          },
        ],
      },
    },
    {
      type: 'AWS::EC2::FlowLog',
      name: log,
      properties: {
        ResourceId: { $ref: vpc.name },
        ResourceType: 'VPC',
        TrafficType: 'ALL',
        LogDestinationType: 'cloud-watch-logs',
        LogGroupName: { $ref: group },
        DeliverLogsPermissionArn: { $ref: role, attribute: 'Arn' },
      },
    },
  ];
}

/** The file's indentation step, from the VPC block's first attribute. */
function unitOf(vpc: Resource, text: string): string {
  const first = vpc.properties[0];
  if (!first || first.range.start.line === vpc.range.start.line) return '  ';
  const line = text.split(/\r?\n/)[first.range.start.line] ?? '';
  return /^[ \t]*/.exec(line)![0] || '  ';
}

function tfResources(vpc: Resource, context: RuleContext): NewResource[] {
  const local = vpc.name.split('.').pop()!;
  const base = `${local}_flow_log`;
  const name = (type: string) => freshName(context.doc, base, `${type}.`);
  const group = name('aws_cloudwatch_log_group');
  const role = name('aws_iam_role');
  const policy = name('aws_iam_role_policy');
  const log = name('aws_flow_log');
  const u = context.text.includes('\r\n') ? '\r\n' : '\n';
  const i = unitOf(vpc, context.text);
  // jsonencode(...) is written out: an object value would be rendered as a nested block.
  const json = (lines: string[]) => `jsonencode({${u}${lines.map(l => `${i}${i}${l}`).join(u)}${u}${i}})`;
  return [
    { type: 'aws_cloudwatch_log_group', name: group, properties: { retention_in_days: RETENTION_DAYS } },
    {
      type: 'aws_iam_role',
      name: role,
      properties: {
        assume_role_policy: {
          $raw: json([
            'Version = "2012-10-17"',
            'Statement = [{',
            `${i}Effect    = "Allow"`,
            `${i}Principal = { Service = "vpc-flow-logs.amazonaws.com" }`,
            `${i}Action    = "sts:AssumeRole"`,
            '}]',
          ]),
        },
      },
    },
    {
      type: 'aws_iam_role_policy',
      name: policy,
      properties: {
        role: { $ref: `aws_iam_role.${role}`, attribute: 'id' },
        policy: {
          $raw: json([
            'Version = "2012-10-17"',
            'Statement = [{',
            `${i}Effect   = "Allow"`,
            `${i}Action   = [${LOG_ACTIONS.map(a => `"${a}"`).join(', ')}]`,
            `${i}Resource = "\${aws_cloudwatch_log_group.${group}.arn}:*"`,
            '}]',
          ]),
        },
      },
    },
    {
      type: 'aws_flow_log',
      name: log,
      properties: {
        vpc_id: { $ref: vpc.name, attribute: 'id' },
        traffic_type: 'ALL',
        log_destination: { $ref: `aws_cloudwatch_log_group.${group}`, attribute: 'arn' },
        iam_role_arn: { $ref: `aws_iam_role.${role}`, attribute: 'arn' },
      },
    },
  ];
}

export default rule;
