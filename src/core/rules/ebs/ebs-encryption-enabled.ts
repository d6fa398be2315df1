/**
 * EBS volumes encrypted at rest: standalone volumes (`AWS::EC2::Volume`, `aws_ebs_volume`,
 * `ec2.Volume`) and the EBS block devices an instance, launch template or launch configuration
 * declares. A volume made from a snapshot takes the snapshot's encryption, which we cannot see:
 * silent. An account with EBS encryption by default encrypts every new volume whatever the
 * template says; Terraform can declare it (`aws_ebs_encryption_by_default`), and then we are silent.
 */
import type { TextEdit } from '../../model/edits';
import type { ParsedDocument, Resource, Value } from '../../model/types';
import { ebsDevices, type EbsDevice } from '../helpers/ec2';
import { bool, keyPath, prop, sym, val } from '../helpers/properties';
import { appendToMap, replaceInside, setTrue, sourceOf } from '../helpers/textEdits';
import { familyOf, type RuleContext, type RuleModule } from '../ruleTypes';
import { hasHidden } from '../helpers/hidden';

const EBS_SYMBOL = /^(?:ec2|autoscaling)\.BlockDeviceVolume\.ebs\(\d+(?:\.\d+)?\)$/;
const ENCRYPTED_FALSE = /\bencrypted\s*[:=]\s*(?:false|False)\b/;

const rule: RuleModule = {
  meta: {
    id: 'ebs-encryption-enabled',
    category: 'security',
    defaultSeverity: 'warning',
    appliesTo: ['aws.ec2.volume', 'aws.ec2.instance', 'aws.ec2.launch-template', 'aws.autoscaling.launch-configuration', 'aws.autoscaling.auto-scaling-group', 'aws.ec2.spot-instance-request'],
    formats: ['cloudformation', 'terraform', 'cdk'],
    knowledge: ['ebs'],
    messages: {
      volumeMissing: {
        en: 'EBS volume {name} does not turn on encryption: unless EBS encryption by default is on for the account and Region, it is created unencrypted.',
        ko: 'EBS 볼륨 {name}에 암호화 설정이 없습니다. 계정·리전에 EBS 기본 암호화가 켜져 있지 않으면 암호화되지 않은 채로 생성됩니다.',
      },
      volumeOff: {
        en: 'EBS volume {name} sets encryption to false: its data and snapshots are stored unencrypted unless EBS encryption by default is on for the account.',
        ko: 'EBS 볼륨 {name}의 암호화가 false입니다. 계정에 EBS 기본 암호화가 켜져 있지 않으면 데이터와 스냅샷이 암호화되지 않은 채 저장됩니다.',
      },
      deviceMissing: {
        en: 'The EBS volume {device} of {name} does not turn on encryption: unless EBS encryption by default is on for the account and Region, it is created unencrypted.',
        ko: '{name}의 EBS 볼륨 {device}에 암호화 설정이 없습니다. 계정·리전에 EBS 기본 암호화가 켜져 있지 않으면 암호화되지 않은 채로 생성됩니다.',
      },
      deviceOff: {
        en: 'The EBS volume {device} of {name} sets encryption to false: it is created unencrypted unless EBS encryption by default is on for the account.',
        ko: '{name}의 EBS 볼륨 {device}의 암호화가 false입니다. 계정에 EBS 기본 암호화가 켜져 있지 않으면 암호화되지 않은 채로 생성됩니다.',
      },
      fix: { en: 'Encrypt the volume', ko: '볼륨 암호화 켜기' },
    },
    why: {
      en: 'EBS encryption protects the volume, its snapshots and the data moving between the instance and the volume, with no change to the application and no measurable performance cost. An unencrypted volume cannot be encrypted in place: you have to copy a snapshot with encryption and swap volumes. Turning on EBS encryption by default per Region covers volumes a template forgets.',
      ko: 'EBS 암호화는 볼륨과 스냅샷, 인스턴스와 볼륨 사이에 오가는 데이터를 보호하며, 애플리케이션 변경이나 눈에 띄는 성능 저하가 없습니다. 암호화되지 않은 볼륨은 그 자리에서 암호화할 수 없고, 스냅샷을 암호화해 복사한 뒤 볼륨을 바꿔야 합니다. 리전별 EBS 기본 암호화를 켜 두면 템플릿에서 빠뜨린 볼륨도 보호됩니다.',
    },
    howToFix: {
      en: 'CloudFormation: `Encrypted: true` on `AWS::EC2::Volume` and in each `BlockDeviceMappings[].Ebs`. Terraform: `encrypted = true` on `aws_ebs_volume`, `root_block_device` / `ebs_block_device`, and `encrypted = "true"` in a launch template\'s `ebs` block (or `aws_ebs_encryption_by_default`). CDK: `encrypted: true` on `ec2.Volume`, `ec2.BlockDeviceVolume.ebs(size, { encrypted: true })`. Add `KmsKeyId` for a customer managed key.',
      ko: 'CloudFormation: `AWS::EC2::Volume`과 각 `BlockDeviceMappings[].Ebs`에 `Encrypted: true`. Terraform: `aws_ebs_volume`, `root_block_device` / `ebs_block_device`에 `encrypted = true`, 시작 템플릿의 `ebs` 블록에는 `encrypted = "true"`(또는 `aws_ebs_encryption_by_default`). CDK: `ec2.Volume`에 `encrypted: true`, `ec2.BlockDeviceVolume.ebs(size, { encrypted: true })`. 고객 관리형 키를 쓰려면 `KmsKeyId`를 추가하세요.',
    },
    fixable: ['cloudformation', 'terraform', 'cdk'],
    examples: [
      {
        format: 'cloudformation',
        bad: 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: us-east-1a\n      Size: 100\n',
        good: 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: us-east-1a\n      Size: 100\n      Encrypted: true\n',
      },
      {
        format: 'terraform',
        bad: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 100\n}\n',
        good: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 100\n  encrypted         = true\n}\n',
      },
      {
        format: 'cdk-typescript',
        bad: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport { Size } from 'aws-cdk-lib';\nnew ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a', size: Size.gibibytes(100) });\n",
        good: "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport { Size } from 'aws-cdk-lib';\nnew ec2.Volume(this, 'Data', { availabilityZone: 'us-east-1a', size: Size.gibibytes(100), encrypted: true });\n",
      },
    ],
  },

  check(resource, context) {
    if (familyOf(resource) === 'terraform' && encryptedByDefault(context)) return;
    if (resource.kind === 'aws.ec2.volume') checkVolume(resource, context);
    else checkDevices(resource, context);
  },
};

/** A Terraform `aws_ebs_encryption_by_default` that is (or may be) enabled: every new volume is encrypted. */
const byDefault = new WeakMap<ParsedDocument, boolean>();

function encryptedByDefault(context: RuleContext): boolean {
  // Asked for every volume and instance: look once per document.
  let answer = byDefault.get(context.doc);
  if (answer === undefined) {
    answer = context.doc.resources.some(r => r.kind === 'aws.ec2.ebs-encryption-by-default' && r.role === 'resource' && bool(r, 'enabled') !== false);
    byDefault.set(context.doc, answer);
  }
  return answer;
}

function checkVolume(volume: Resource, context: RuleContext): void {
  const family = familyOf(volume);
  const snapshot = val(volume, family === 'terraform' ? 'snapshot_id' : 'SnapshotId');
  if (snapshot && snapshot.kind !== 'null') return;
  const target = { text: context.text, doc: context.doc };
  const path = family === 'cdk' ? 'encrypted' : keyPath(volume, 'Encrypted');
  const encrypted = prop(volume, 'Encrypted');
  if (!encrypted) {
    if (hasHidden(volume)) return;
    context.report({
      messageId: 'volumeMissing',
      data: { name: volume.name },
      range: volume.typeRange,
      fix: { messageId: 'fix', edits: () => context.edits.insertProperty(target, volume, path, true) },
    });
    return;
  }
  if (bool(encrypted.value) === false) {
    context.report({
      messageId: 'volumeOff',
      data: { name: volume.name },
      range: encrypted.value.range,
      fix: { messageId: 'fix', edits: () => setTrue(context, encrypted.value) },
    });
  }
}

function checkDevices(resource: Resource, context: RuleContext): void {
  const devices = ebsDevices(resource);
  if (!devices) return;
  for (const dev of devices) {
    if (dev.fromSnapshot) continue;
    const data = { name: resource.name, device: describe(dev, resource, context) };
    if (dev.cdkVolume) {
      checkCdkVolume(dev.cdkVolume, data, context);
      continue;
    }
    if (!dev.encrypted) {
      context.report({ messageId: 'deviceMissing', data, range: dev.anchor, fix: { messageId: 'fix', edits: () => insertEncrypted(resource, dev, context) } });
      continue;
    }
    const value = dev.encrypted.value;
    if (bool(value) === false) {
      context.report({ messageId: 'deviceOff', data, range: value.range, fix: { messageId: 'fix', edits: () => setTrue(context, value) } });
    }
  }
}

/** `/dev/xvda`, or the Terraform block's own name when the mapping has no literal device name. */
function describe(dev: EbsDevice, resource: Resource, context: RuleContext): string {
  if (dev.device !== undefined) return dev.device;
  if (familyOf(resource) === 'terraform') return sourceOf(context, dev.anchor);
  return 'block device';
}

function insertEncrypted(resource: Resource, dev: EbsDevice, context: RuleContext): TextEdit[] {
  const family = familyOf(resource);
  // The Terraform launch template's `ebs.encrypted` is a string argument ("true"), unlike the instance blocks.
  const stringArg = family === 'terraform' && resource.kind === 'aws.ec2.launch-template';
  if (dev.path) {
    return context.edits.insertProperty({ text: context.text, doc: context.doc }, resource, `${dev.path}.encrypted`, stringArg ? 'true' : true);
  }
  if (!dev.map || dev.map.kind !== 'map') return [];
  if (family === 'terraform') return appendToMap(context, dev.map, 'encrypted', stringArg ? '"true"' : 'true');
  if (resource.format !== 'cloudformation') return []; // CDK L1 list items: no helper for them
  return appendToMap(context, dev.map, 'Encrypted', 'true');
}

function checkCdkVolume(volume: Value, data: Record<string, string>, context: RuleContext): void {
  const symbol = sym(volume);
  if (symbol !== undefined && EBS_SYMBOL.test(symbol)) {
    context.report({
      messageId: 'deviceMissing',
      data,
      range: volume.range,
      fix: {
        messageId: 'fix',
        edits: () => {
          // `ec2.BlockDeviceVolume.ebs(8)` → `ec2.BlockDeviceVolume.ebs(8, { encrypted: true })`.
          const src = sourceOf(context, volume.range);
          const close = src.lastIndexOf(')');
          if (close < 0) return [];
          const options = context.syntax === 'python' ? ', encrypted=True' : ', { encrypted: true }';
          return [replaceInside(context, volume.range, close, 0, options)];
        },
      },
    });
    return;
  }
  if (volume.kind === 'unknown' && /BlockDeviceVolume\.ebs\(/.test(volume.text)) {
    const m = ENCRYPTED_FALSE.exec(volume.text);
    if (m) context.report({ messageId: 'deviceOff', data, range: volume.range });
  }
}

export default rule;
