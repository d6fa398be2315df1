/**
 * What the EC2 / EBS / Auto Scaling rules share: reading an instance type however it is written
 * (`m4.large`, CDK `ec2.InstanceType.of(ec2.InstanceClass.M4, ec2.InstanceSize.LARGE)` or
 * `new ec2.InstanceType('m4.large')`), and the block device mappings of instances, launch
 * templates and launch configurations in every format.
 */
import type { Property, Resource, SourceRange, Value } from '../../model/types';
import { familyOf } from '../ruleTypes';
import { items, prop, str, sym, val } from './properties';


// ---- instance types ------------------------------------------------------------------------------

/** Where an instance type was read from, and how a fix can rewrite it. */
export interface InstanceTypeValue {
  /** `m4.large`. */
  type: string;
  family: string;
  size: string;
  value: Value;
  /** `literal`: a string value; `cdkOf`: `InstanceType.of(InstanceClass.X, …)`; `cdkNew`: `new InstanceType('…')`. */
  form: 'literal' | 'cdkOf' | 'cdkNew';
}

// CDK's symbolic InstanceClass names for the families the rules care about; concrete names (`M4`) read as themselves.
const CDK_CLASS_ALIASES: Record<string, string> = {
  STANDARD3: 'm3', STANDARD4: 'm4', COMPUTE3: 'c3', COMPUTE4: 'c4', MEMORY3: 'r3', MEMORY4: 'r4',
  ARM1: 'a1', GRAPHICS3: 'g3', BURSTABLE2: 't2', BURSTABLE3: 't3',
};

/** `M4` → `m4`, `STANDARD4` → `m4`, `T4G` → `t4g`; undefined for names we do not map. */
export function cdkClassFamily(member: string): string | undefined {
  if (CDK_CLASS_ALIASES[member]) return CDK_CLASS_ALIASES[member];
  return /^[A-Z]+\d+[A-Z]*$/.test(member) ? member.toLowerCase() : undefined;
}

/** `LARGE` → `large`, `XLARGE16` → `16xlarge`, `METAL` → `metal`. */
export function cdkSize(member: string): string | undefined {
  const m = /^XLARGE(\d+)$/.exec(member);
  if (m) return `${m[1]}xlarge`;
  return /^(NANO|MICRO|SMALL|MEDIUM|LARGE|XLARGE|METAL)$/.test(member) ? member.toLowerCase() : undefined;
}

const OF = /^ec2\.InstanceType\.of\(ec2\.InstanceClass\.(\w+), ec2\.InstanceSize\.(\w+)\)$/;
// The parser leaves `new ec2.InstanceType('m4.large')` as an expression; its text is what the author wrote.
const NEW_TYPE = /^(?:new\s+)?(?:[A-Za-z_$][\w$]*\.)*InstanceType\(\s*(['"])([a-z][a-z0-9-]*\.[a-z0-9-]+)\1\s*\)$/;

/** The instance type at `path`, when it is written in a form we can read. */
export function instanceTypeAt(resource: Resource, path: string): InstanceTypeValue | undefined {
  const value = val(resource, path);
  if (!value) return undefined;
  const s = str(value);
  if (s !== undefined && value.kind === 'string') {
    const m = /^([a-z][a-z0-9-]*)\.([a-z0-9-]+)$/.exec(s.trim());
    return m ? { type: s.trim(), family: m[1], size: m[2], value, form: 'literal' } : undefined;
  }
  if (familyOf(resource) !== 'cdk') return undefined;
  const symbol = sym(value);
  if (symbol !== undefined) {
    const m = OF.exec(symbol);
    const family = m && cdkClassFamily(m[1]);
    const size = m && cdkSize(m[2]);
    return family && size ? { type: `${family}.${size}`, family, size, value, form: 'cdkOf' } : undefined;
  }
  if (value.kind === 'unknown') {
    const m = NEW_TYPE.exec(value.text.trim());
    if (m) {
      const [family, size] = m[2].split('.');
      return { type: m[2], family, size, value, form: 'cdkNew' };
    }
  }
  return undefined;
}

// ---- block device mappings -----------------------------------------------------------------------

/** One EBS volume declared on an instance, launch template or launch configuration. */
export interface EbsDevice {
  /** The map holding `Encrypted` / `encrypted` (CloudFormation `Ebs`, a Terraform block), or undefined for CDK volumes. */
  map?: Value;
  /** The `Encrypted` property when written. */
  encrypted?: Property;
  /** The whole device entry, for ranges. */
  range: SourceRange;
  /** The literal device name (`/dev/xvda`), when written. */
  device?: string;
  /** Created from a snapshot: its encryption follows the snapshot, which we cannot see. */
  fromSnapshot: boolean;
  /** Where the report goes when `Encrypted` is missing. */
  anchor: SourceRange;
  /** Terraform: the dotted path of a block written once (`root_block_device`), editable with the format helpers. */
  path?: string;
  /** CDK: the `volume` value (`ec2.BlockDeviceVolume.ebs(8)`). */
  cdkVolume?: Value;
}

function ebsFromMap(map: Value, anchor: SourceRange, entry: Value, path?: string): EbsDevice | undefined {
  if (map.kind !== 'map') return undefined;
  const snapshot = val(map, 'SnapshotId');
  const device = str(entry, 'DeviceName');
  return {
    map,
    encrypted: prop(map, 'Encrypted'),
    range: entry.range,
    ...(device !== undefined ? { device } : {}),
    fromSnapshot: snapshot !== undefined && snapshot.kind !== 'null',
    anchor,
    ...(path ? { path } : {}),
  };
}

/** CloudFormation (and CDK L1) `BlockDeviceMappings: [{ DeviceName, Ebs: {…} }]`. */
function cfnMappings(list: Value | undefined): EbsDevice[] | undefined {
  if (!list) return [];
  if (list.kind !== 'list') return undefined;
  const out: EbsDevice[] = [];
  for (const item of list.items) {
    if (item.kind !== 'map') return undefined; // an !If or a parameter: cannot tell
    const ebs = prop(item, 'Ebs');
    if (!ebs) continue; // instance store (VirtualName) or NoDevice
    const dev = ebsFromMap(ebs.value, ebs.keyRange, item);
    if (!dev) return undefined;
    out.push(dev);
  }
  return out;
}

/** The name of one of several same-named Terraform blocks: they are siblings, so at the first one's column. */
function blockName(p: Property, block: Value): SourceRange {
  const { line } = block.range.start;
  const { character } = p.keyRange.start;
  return { start: { line, character }, end: { line, character: character + p.key.length } };
}

/** Terraform blocks: `root_block_device {}` / `ebs_block_device {}` written once (a map) or more (a list). */
function tfBlocks(resource: Resource, key: string): EbsDevice[] | undefined {
  // A `dynamic` block is an expression here: not a map, so the whole answer is "cannot tell".
  const p = prop(resource, key);
  if (!p) return [];
  const blocks = items(p.value);
  const out: EbsDevice[] = [];
  for (const b of blocks) {
    if (b.kind !== 'map') return undefined;
    const dev = ebsFromMap(b, blockName(p, b), b, blocks.length === 1 && p.value.kind === 'map' ? key : undefined);
    if (!dev) return undefined;
    out.push(dev);
  }
  return out;
}

/**
 * The EBS devices a resource declares, or undefined when we cannot see them all (an intrinsic,
 * an expression, a `dynamic` block). Devices the resource does not declare (an instance's root
 * volume left to the AMI) are not listed: their encryption comes from the AMI and the account.
 */
export function ebsDevices(resource: Resource): EbsDevice[] | undefined {
  switch (familyOf(resource)) {
    case 'cloudformation': {
      const path = resource.kind === 'aws.ec2.launch-template' ? 'LaunchTemplateData.BlockDeviceMappings' : 'BlockDeviceMappings';
      return cfnMappings(val(resource, path));
    }
    case 'terraform': {
      if (resource.kind === 'aws.ec2.launch-template') {
        const p = prop(resource, 'block_device_mappings');
        if (!p) return [];
        const out: EbsDevice[] = [];
        const blocks = items(p.value);
        for (const b of blocks) {
          if (b.kind !== 'map') return undefined;
          const ebs = prop(b, 'ebs');
          if (!ebs) continue;
          const dev = ebsFromMap(ebs.value, ebs.keyRange, b, blocks.length === 1 && p.value.kind === 'map' ? 'block_device_mappings.ebs' : undefined);
          if (!dev) return undefined;
          out.push(dev);
        }
        return out;
      }
      const root = tfBlocks(resource, 'root_block_device');
      const extra = tfBlocks(resource, 'ebs_block_device');
      return root && extra ? [...root, ...extra] : undefined;
    }
    case 'cdk': {
      const list = val(resource, 'blockDevices');
      if (!list) return [];
      if (list.kind !== 'list') return undefined;
      const out: EbsDevice[] = [];
      for (const item of list.items) {
        if (item.kind !== 'map') return undefined;
        const volume = val(item, 'volume');
        if (!volume) return undefined;
        const device = str(item, 'DeviceName');
        out.push({ range: item.range, fromSnapshot: false, anchor: volume.range, cdkVolume: volume, ...(device !== undefined ? { device } : {}) });
      }
      return out;
    }
  }
}
