/**
 * The entries of a network ACL, read the same way in every format: CloudFormation (and CDK L1)
 * `AWS::EC2::NetworkAclEntry` resources linked through `NetworkAclId`, Terraform `aws_network_acl_rule`
 * resources and inline `ingress` / `egress` blocks, CDK `nacl.addEntry(…)` calls and
 * `ec2.NetworkAclEntry` constructs. Only TCP and all-protocol entries matter to the rules (SSH, RDP
 * and the replies they check are TCP), so only those must be readable; when one of them is not,
 * or an entry somewhere may belong to this ACL without us seeing it, the whole ACL is `undefined`:
 * the rules cannot tell and stay silent.
 */
import type { MethodCall, ParsedDocument, Property, Resource, SourceRange, Value } from '../../model/types';
import { familyOf } from '../ruleTypes';
import { ALL_PORTS, carriesTcp, cdkAclCidr, cdkAclTraffic, parseCidr, portRange, protocolOf, type Cidr, type PortRange, type Protocol } from './network';
import { bool, items, normKey, num, prop, str, sym, val } from './properties';

export interface AclEntry {
  /** Where a finding about the entry belongs: the entry resource, or the ACL for inline blocks and calls. */
  resource: Resource;
  /** The entry: its type (a resource), its `ingress` / `egress` key (a block), its method name (a call). */
  range: SourceRange;
  cidrRange: SourceRange;
  egress: boolean;
  ruleNumber: number;
  allow: boolean;
  protocol: Protocol;
  ports: PortRange;
  cidr: Cidr;
}

/** Link paths by which an entry names its ACL. */
const ACL_FIELDS = new Set(['networkaclid', 'networkacl']);

function isMembership(path: string): boolean {
  return ACL_FIELDS.has(normKey(path));
}

/** What every ACL of a document shares, worked out once per document. */
interface DocFacts {
  /** ACL name → the entry resources that name it through their ACL field. */
  entriesOf: Map<string, Resource[]>;
  /** Entries may exist that we cannot attribute: no ACL of this document can be read completely. */
  unsure: boolean;
}

const facts = new WeakMap<ParsedDocument, DocFacts>();

function factsOf(doc: ParsedDocument, text: string): DocFacts {
  let f = facts.get(doc);
  if (!f) {
    const acls = new Set(doc.resources.filter(r => r.kind === 'aws.ec2.network-acl').map(r => r.name));
    const byName = new Map(doc.resources.map(r => [r.name, r]));
    const entriesOf = new Map<string, Resource[]>();
    const attributed = new Set<string>();
    for (const l of doc.links) {
      const entry = byName.get(l.from);
      if (!entry || entry.kind !== 'aws.ec2.network-acl-entry' || !acls.has(l.to) || !isMembership(l.path) || attributed.has(entry.name)) continue;
      attributed.add(entry.name);
      entriesOf.set(l.to, [...(entriesOf.get(l.to) ?? []), entry]);
    }
    const stray = doc.resources.some(r => r.kind === 'aws.ec2.network-acl-entry' && r.role === 'resource' && !attributed.has(r.name) && mayBelongHere(r, byName));
    f = { entriesOf, unsure: stray || hasUnseenCdkEntries(doc, text) };
    facts.set(doc, f);
  }
  return f;
}

/** The entry resources that name `nacl` as their ACL, in file order. */
export function linkedEntries(doc: ParsedDocument, nacl: Resource): Resource[] {
  return facts.get(doc)?.entriesOf.get(nacl.name) ?? doc.resources.filter(r => r.kind === 'aws.ec2.network-acl-entry' && doc.links.some(l => l.from === r.name && l.to === nacl.name && isMembership(l.path)));
}

/**
 * An entry not linked to an ACL here may still belong to one, unless its ACL field names one made
 * elsewhere: a parameter, a Terraform variable, an imported value, `NetworkAcl.fromNetworkAclId`.
 */
function mayBelongHere(entry: Resource, resources: ReadonlyMap<string, Resource>): boolean {
  const v = (prop(entry, 'NetworkAclId') ?? prop(entry, 'networkAcl'))?.value;
  if (!v) return false; // no ACL at all: not a valid entry of any ACL
  if (v.kind === 'reference') return resources.has(v.target) || /^(local|module|data)\./.test(v.target);
  if (v.kind === 'unknown') return !/^(!ImportValue\b|\{\s*"Fn::ImportValue")|\bfromNetworkAclId\s*\(/.test(v.text);
  return v.kind !== 'string';
}

/** CDK calls or constructs in the text that the model did not attach (a loop, a helper function). */
function hasUnseenCdkEntries(doc: ParsedDocument, text: string): boolean {
  if (doc.format !== 'cdk-typescript' && doc.format !== 'cdk-python') return false;
  const calls = (text.match(/\.(?:addEntry|add_entry)\s*\(/g) ?? []).length;
  const seenCalls = doc.resources.reduce((n, r) => n + r.calls.filter(c => c.method === 'addEntry').length, 0);
  const constructs = (text.match(/\b(?:Cfn)?NetworkAclEntry\s*\(/g) ?? []).length;
  const seenConstructs = doc.resources.filter(r => r.kind === 'aws.ec2.network-acl-entry').length;
  return calls > seenCalls || constructs > seenConstructs;
}

export interface AclEntries {
  /** The TCP and all-protocol entries. */
  entries: AclEntry[];
  /** Rule numbers in use by direction (entries of every protocol); undefined when one cannot be read. */
  numbers: { ingress: number[] | undefined; egress: number[] | undefined };
}

/** What one written entry is: a TCP one, another protocol's (its number and direction only), or unreadable. */
type Read = { entry: AclEntry } | { other: { ruleNumber: number | undefined; egress: boolean | undefined } } | undefined;

/** The ACL's entries, or undefined when its TCP and all-protocol entries cannot all be read. */
export function readAclEntries(nacl: Resource, doc: ParsedDocument, text: string): AclEntries | undefined {
  if (factsOf(doc, text).unsure) return undefined;
  // An ACL handed to a Terraform module may get its rules there.
  if (doc.links.some(l => l.to === nacl.name && doc.resources.some(r => r.name === l.from && r.role === 'module'))) return undefined;
  const result: AclEntries = { entries: [], numbers: { ingress: [], egress: [] } };
  const add = (read: Read): boolean => {
    if (!read) return false;
    const { ruleNumber, egress } = 'entry' in read ? read.entry : read.other;
    if ('entry' in read) result.entries.push(read.entry);
    for (const direction of ['ingress', 'egress'] as const) {
      if (egress !== undefined && egress !== (direction === 'egress')) continue;
      if (ruleNumber === undefined || egress === undefined) result.numbers[direction] = undefined;
      else result.numbers[direction]?.push(ruleNumber);
    }
    return true;
  };
  if (familyOf(nacl) === 'terraform') {
    for (const direction of ['ingress', 'egress'] as const) {
      const p = prop(nacl, direction);
      if (!p) continue;
      if (p.value.kind !== 'map' && p.value.kind !== 'list') return undefined; // a dynamic block
      for (const item of items(p.value)) {
        if (!add(item.kind === 'map' ? fromFields(nacl, item.properties, p.keyRange, direction === 'egress') : undefined)) return undefined;
      }
    }
  }
  if (familyOf(nacl) === 'cdk') {
    for (const call of nacl.calls) if (call.method === 'addEntry' && !add(fromCall(nacl, call))) return undefined;
  }
  for (const entry of linkedEntries(doc, nacl)) {
    if (entry.repeated) return undefined;
    const read = familyOf(entry) === 'cdk' ? fromCdkProps(entry, entry.properties, entry.typeRange) : fromFields(entry, entry.properties, entry.typeRange, undefined);
    if (!add(read)) return undefined;
  }
  return result;
}

/**
 * CloudFormation / CDK L1 / Terraform fields (`RuleNumber` / `rule_number` / inline `rule_no`,
 * `RuleAction` / `rule_action` / `action`, `PortRange.From` / `from_port`…). `egress` is given for
 * inline blocks.
 */
function fromFields(resource: Resource, owner: readonly Property[], range: SourceRange, egress: boolean | undefined): Read {
  const ruleNumber = num(owner, 'RuleNumber') ?? num(owner, 'rule_no');
  const egressValue = val(owner, 'Egress');
  const isEgress = egress ?? (egressValue ? bool(egressValue) : false);
  const protocol = protocolOf(val(owner, 'Protocol'));
  if (!protocol) return undefined;
  if (!carriesTcp(protocol)) return { other: { ruleNumber, egress: isEgress } };
  const action = (str(owner, 'RuleAction') ?? str(owner, 'action'))?.toLowerCase();
  const cidrValue = val(owner, 'CidrBlock') ?? val(owner, 'Ipv6CidrBlock');
  const cidr = cidrValue?.kind === 'string' ? parseCidr(cidrValue.value) : undefined;
  let ports: PortRange | undefined = ALL_PORTS;
  if (protocol !== 'all') ports = prop(owner, 'PortRange') ? portRange(num(owner, 'PortRange.From'), num(owner, 'PortRange.To')) : portRange(num(owner, 'FromPort'), num(owner, 'ToPort'));
  if (ruleNumber === undefined || (action !== 'allow' && action !== 'deny') || isEgress === undefined || !cidr || !ports) return undefined;
  return { entry: { resource, range, cidrRange: cidrValue!.range, egress: isEgress, ruleNumber, allow: action === 'allow', protocol, ports, cidr } };
}

/** CDK L2 entry options (`ruleNumber`, `cidr`, `traffic`, `direction`, `ruleAction`), from a construct or an `addEntry` call. */
function fromCdkProps(resource: Resource, owner: readonly Property[], range: SourceRange): Read {
  if (owner.some(p => p.key === '...')) return undefined;
  const ruleNumber = num(owner, 'ruleNumber');
  const direction = symbolOr(val(owner, 'direction'), 'ec2.TrafficDirection.INGRESS');
  const egress = direction === 'ec2.TrafficDirection.EGRESS' ? true : direction === 'ec2.TrafficDirection.INGRESS' ? false : undefined;
  const traffic = cdkAclTraffic(val(owner, 'traffic'));
  if (!traffic) return undefined;
  if (!carriesTcp(traffic.protocol)) return { other: { ruleNumber, egress } };
  const action = symbolOr(val(owner, 'ruleAction'), 'ec2.Action.ALLOW');
  const allow = action === 'ec2.Action.ALLOW' ? true : action === 'ec2.Action.DENY' ? false : undefined;
  const cidrValue = val(owner, 'cidr');
  const cidrText = sym(cidrValue) !== undefined ? cdkAclCidr(sym(cidrValue)!) : undefined;
  const cidr = cidrText !== undefined ? parseCidr(cidrText) : undefined;
  if (ruleNumber === undefined || egress === undefined || allow === undefined || !cidr) return undefined;
  return { entry: { resource, range, cidrRange: cidrValue!.range, egress, ruleNumber, allow, protocol: traffic.protocol, ports: traffic.ports, cidr } };
}

/** A symbol's text, the default when absent, undefined when written but not a symbol. */
function symbolOr(v: Value | undefined, absent: string): string | undefined {
  return v ? sym(v) : absent;
}

function fromCall(nacl: Resource, call: MethodCall): Read {
  const options = call.arguments[1];
  if (options?.kind !== 'map') return undefined;
  return fromCdkProps(nacl, options.properties, call.nameRange);
}
