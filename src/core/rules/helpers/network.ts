/**
 * Network primitives the security group and network ACL rules share: protocols however they are
 * written (`-1`, `all`, `tcp`, `6`), port ranges, CIDR blocks as address intervals (IPv4 and IPv6),
 * "anywhere" (`0.0.0.0/0`, `::/0`), and the CDK helpers that stand for them (`ec2.Peer.anyIpv4()`,
 * `ec2.Port.tcp(22)`, `ec2.AclCidr.ipv4('…')`, `ec2.AclTraffic.tcpPortRange(…)`).
 * Anything that cannot be read is `undefined`: the rules stay silent on it.
 */
import type { Value } from '../../model/types';

// ---- protocols ------------------------------------------------------------------------------------

/** `other` is any protocol without ports we care about (ESP, GRE, a number): it never carries TCP. */
export type Protocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'other';

const PROTOCOL_NAMES: Record<string, Protocol> = {
  '-1': 'all', all: 'all', tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp', icmpv6: 'icmpv6', '58': 'icmpv6',
};

/** A protocol as EC2 takes it: a name or an IP protocol number, `-1` / `all` for every protocol. */
export function protocolOf(v: Value | undefined): Protocol | undefined {
  if (!v) return undefined;
  let text: string;
  if (v.kind === 'number') text = String(v.value);
  else if (v.kind === 'string') text = v.value.trim().toLowerCase();
  else return undefined;
  const known = PROTOCOL_NAMES[text];
  if (known) return known;
  return /^\d+$/.test(text) && Number(text) <= 255 ? 'other' : undefined;
}

/** Whether traffic of `p` includes TCP (to port 22, to the ephemeral ports…). */
export function carriesTcp(p: Protocol): boolean {
  return p === 'all' || p === 'tcp';
}

// ---- ports ----------------------------------------------------------------------------------------

export interface PortRange {
  from: number;
  to: number;
}

export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/** Ports a client picks for its end of a connection (Linux, and Windows / IANA), and what AWS recommends allowing. */
export const EPHEMERAL_RANGES: readonly PortRange[] = [
  { from: 32768, to: 60999 },
  { from: 49152, to: 65535 },
];
export const RECOMMENDED_EPHEMERAL: PortRange = { from: 1024, to: 65535 };

export const ADMIN_PORTS: readonly { port: number; label: string }[] = [
  { port: 22, label: 'SSH (22)' },
  { port: 3389, label: 'RDP (3389)' },
];

export function portRange(from: number | undefined, to: number | undefined): PortRange | undefined {
  if (from === undefined || to === undefined) return undefined;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > 65535 || from > to) return undefined;
  return { from, to };
}

export function rangeCovers(outer: PortRange, inner: PortRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

export function rangesOverlap(a: PortRange, b: PortRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Every port (port 0 is reserved, so 1-65535 counts too). */
export function isAllPorts(r: PortRange): boolean {
  return r.from <= 1 && r.to >= 65535;
}

/** Whether the range holds one OS's whole ephemeral range (so it may be there for replies). */
export function coversEphemeral(r: PortRange): boolean {
  return EPHEMERAL_RANGES.some(e => rangeCovers(r, e));
}

/** `SSH (22)`, `SSH (22), RDP (3389)`: the same in every message language. */
export function portLabels(ports: readonly number[]): string {
  return ADMIN_PORTS.filter(a => ports.includes(a.port)).map(a => a.label).join(', ');
}

// ---- CIDR blocks -----------------------------------------------------------------------------------

export interface Cidr {
  v6: boolean;
  /** First and last address of the block. */
  start: bigint;
  end: bigint;
  prefix: number;
  text: string;
}

function ipv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function ipv6(s: string): bigint | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  let n = 0n;
  for (const g of [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** `10.0.0.0/16`, `::/0` → the address interval; undefined when it is not a CIDR block. */
export function parseCidr(text: string): Cidr | undefined {
  const m = /^\s*([0-9a-fA-F:.]+)\/(\d{1,3})\s*$/.exec(text);
  if (!m) return undefined;
  const v6 = m[1].includes(':');
  const bits = v6 ? 128 : 32;
  const prefix = Number(m[2]);
  if (prefix > bits) return undefined;
  const address = v6 ? ipv6(m[1]) : ipv4(m[1]);
  if (address === undefined) return undefined;
  const host = (1n << BigInt(bits - prefix)) - 1n;
  const start = address & ~host & ((1n << BigInt(bits)) - 1n);
  return { v6, start, end: start | host, prefix, text: text.trim() };
}

/** `0.0.0.0/0`, `::/0`: every address of its family. */
export function isAnywhere(c: Cidr): boolean {
  return c.prefix === 0;
}

export function cidrCovers(outer: Cidr, inner: Cidr): boolean {
  return outer.v6 === inner.v6 && outer.start <= inner.start && inner.end <= outer.end;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.v6 === b.v6 && a.start <= b.end && b.start <= a.end;
}

/** Whether the blocks together hold every address of `target` (`0.0.0.0/1` + `128.0.0.0/1` cover `0.0.0.0/0`). */
export function unionCovers(target: Cidr, parts: readonly Cidr[]): boolean {
  const sorted = parts.filter(p => cidrsOverlap(p, target)).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let next = target.start;
  for (const p of sorted) {
    if (p.start > next) return false;
    if (p.end >= next) next = p.end + 1n;
    if (next > target.end) return true;
  }
  return next > target.end;
}

/** A set of addresses on a set of ports. */
export interface Block {
  cidr: Cidr;
  ports: PortRange;
}

/** Whether the blocks together hold every address of `cidr` on every port of `ports`. */
export function blocksCover(cidr: Cidr, ports: PortRange, blocks: readonly Block[]): boolean {
  const relevant = blocks.filter(b => cidrsOverlap(b.cidr, cidr) && rangesOverlap(b.ports, ports));
  // Cut the ports where a block starts or ends; within each piece the same blocks apply.
  const cuts = new Set<number>([ports.from, ports.to + 1]);
  for (const b of relevant) {
    if (b.ports.from > ports.from) cuts.add(b.ports.from);
    if (b.ports.to < ports.to) cuts.add(b.ports.to + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1] - 1;
    const here = relevant.filter(b => b.ports.from <= from && to <= b.ports.to).map(b => b.cidr);
    if (!unionCovers(cidr, here)) return false;
  }
  return true;
}

// ---- CDK helpers ------------------------------------------------------------------------------------

const QUOTED = String.raw`'((?:[^'\\]|\\.)*)'`;

function unquote(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** `ec2.Peer.anyIpv4()` → `0.0.0.0/0`, `ec2.Peer.ipv4('10.0.0.0/8')` → `10.0.0.0/8`; undefined for other peers. */
export function cdkPeerCidr(symbol: string): string | undefined {
  return cdkCidr(symbol, 'Peer');
}

/** `ec2.AclCidr.anyIpv4()`, `ec2.AclCidr.ipv6('…')` → the CIDR text. */
export function cdkAclCidr(symbol: string): string | undefined {
  return cdkCidr(symbol, 'AclCidr');
}

function cdkCidr(symbol: string, cls: string): string | undefined {
  const any = new RegExp(String.raw`^ec2\.${cls}\.any(Ipv4|Ipv6)\(\)$`).exec(symbol);
  if (any) return any[1] === 'Ipv4' ? '0.0.0.0/0' : '::/0';
  const m = new RegExp(String.raw`^ec2\.${cls}\.ipv[46]\(${QUOTED}\)$`).exec(symbol);
  return m ? unquote(m[1]) : undefined;
}

export interface Traffic {
  protocol: Protocol;
  /** For TCP and UDP; every port otherwise. */
  ports: PortRange;
}

// `ec2.Port.SSH` and friends (aws-cdk-lib 2.138+): the ones that matter here, and other single ports.
const CDK_PORT_CONSTANTS: Record<string, Traffic> = {
  SSH: { protocol: 'tcp', ports: { from: 22, to: 22 } },
  RDP: { protocol: 'tcp', ports: { from: 3389, to: 3389 } },
  HTTP: { protocol: 'tcp', ports: { from: 80, to: 80 } },
  HTTPS: { protocol: 'tcp', ports: { from: 443, to: 443 } },
  SMTP: { protocol: 'tcp', ports: { from: 25, to: 25 } },
  DNS_TCP: { protocol: 'tcp', ports: { from: 53, to: 53 } },
  DNS_UDP: { protocol: 'udp', ports: { from: 53, to: 53 } },
  MYSQL_AURORA: { protocol: 'tcp', ports: { from: 3306, to: 3306 } },
  POSTGRES: { protocol: 'tcp', ports: { from: 5432, to: 5432 } },
  MSSQL: { protocol: 'tcp', ports: { from: 1433, to: 1433 } },
  NFS: { protocol: 'tcp', ports: { from: 2049, to: 2049 } },
};

/** `ec2.Port.tcp(22)`, `ec2.Port.tcpRange(0, 1024)`, `ec2.Port.allTraffic()`, `ec2.Port.SSH` → the traffic. */
export function cdkPort(symbol: string): Traffic | undefined {
  const constant = /^ec2\.Port\.([A-Z][A-Z0-9_]*)$/.exec(symbol);
  if (constant) return CDK_PORT_CONSTANTS[constant[1]];
  const m = /^ec2\.Port\.(\w+)\(([^)]*)\)$/.exec(symbol);
  return m ? trafficCall(PORT_METHODS[m[1]], m[2]) : undefined;
}

/** Protocol and number of arguments: none (every port), one port, or a range. */
type Method = [Protocol, 0 | 1 | 2];

const PORT_METHODS: Record<string, Method> = {
  tcp: ['tcp', 1], tcpRange: ['tcp', 2], allTcp: ['tcp', 0], udp: ['udp', 1], udpRange: ['udp', 2], allUdp: ['udp', 0], allTraffic: ['all', 0],
};

const ACL_TRAFFIC_METHODS: Record<string, Method> = {
  tcpPort: ['tcp', 1], tcpPortRange: ['tcp', 2], udpPort: ['udp', 1], udpPortRange: ['udp', 2], allTraffic: ['all', 0],
};

/** `ec2.AclTraffic.tcpPort(443)`, `tcpPortRange(1024, 65535)`, `allTraffic()`; ICMP from the text of its call. */
export function cdkAclTraffic(v: Value | undefined): Traffic | undefined {
  if (v?.kind === 'symbol') {
    const m = /^ec2\.AclTraffic\.(\w+)\(([^)]*)\)$/.exec(v.value);
    return m ? trafficCall(ACL_TRAFFIC_METHODS[m[1]], m[2]) : undefined;
  }
  // `AclTraffic.icmp({ code: -1, type: -1 })` takes an object, which is not a symbol: its type is all we need.
  if (v?.kind === 'unknown') {
    const icmp = /^[\w.]*\bAclTraffic\.icmp(v6)?\s*\(/.exec(v.text);
    if (icmp) return { protocol: icmp[1] ? 'icmpv6' : 'icmp', ports: ALL_PORTS };
  }
  return undefined;
}

function trafficCall(method: Method | undefined, args: string): Traffic | undefined {
  if (!method) return undefined;
  const [protocol, arity] = method;
  const numbers = args.trim() === '' ? [] : args.split(',').map(a => (/^\s*\d+\s*$/.test(a) ? Number(a) : NaN));
  if (numbers.length !== arity || numbers.some(n => Number.isNaN(n))) return undefined;
  const ports = arity === 0 ? ALL_PORTS : portRange(numbers[0], numbers[arity - 1]);
  return ports && { protocol, ports };
}
