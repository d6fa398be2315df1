import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/iac/parseDocument';
import { asList, findResource, getProperty, getValue, linksTo, literalAt, referrers, walkValues } from '../../../src/core/model/query';

const CFN = `Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: vpc-123
  In:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: 100
      Egress: false
      PortRange: { From: 443, To: 443 }
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - Key: team
          Value: !Sub '\${Acl}-x'
`;

const TF = `resource "aws_security_group" "web" {
  ingress {
    from_port = 22
  }
  egress {
    from_port = 0
  }
  egress {
    from_port = 443
  }
}
`;

describe('model query helpers', () => {
  it('reads nested properties, literals only as literals', async () => {
    const doc = await parseDocument(CFN, { languageId: 'yaml' });
    const entry = findResource(doc, 'In')!;
    assert.equal(literalAt(entry, 'PortRange.From'), 443);
    assert.equal(literalAt(entry, 'Egress'), false);
    assert.equal(literalAt(entry, 'NetworkAclId'), undefined, 'a reference is not a literal');
    assert.equal(getValue(entry, 'NetworkAclId')?.kind, 'reference');
    assert.equal(getProperty(entry, 'PortRange.Missing'), undefined);
    assert.equal(getProperty(entry, 'RuleNumber.Deeper'), undefined);
  });

  it('finds what refers to a resource, optionally by kind', async () => {
    const doc = await parseDocument(CFN, { languageId: 'yaml' });
    const acl = findResource(doc, 'Acl')!;
    assert.deepEqual(linksTo(doc, acl).map(l => `${l.from}@${l.path}`).sort(), ['Bucket@Tags.Value', 'In@NetworkAclId']);
    assert.deepEqual(referrers(doc, acl, 'aws.ec2.network-acl-entry').map(r => r.name), ['In']);
    assert.deepEqual(referrers(doc, acl).map(r => r.name).sort(), ['Bucket', 'In']);
  });

  it('walks every value depth-first', async () => {
    const doc = await parseDocument(CFN, { languageId: 'yaml' });
    const kinds = [...walkValues(findResource(doc, 'Bucket')!.properties.map(p => p.value))].map(v => v.kind);
    assert.deepEqual(kinds, ['list', 'map', 'string', 'unknown']);
  });

  it('treats a Terraform block written once or several times alike', async () => {
    const doc = await parseDocument(TF, { uri: 'main.tf' });
    const sg = doc.resources[0];
    assert.equal(asList(getValue(sg, 'ingress')).length, 1);
    assert.deepEqual(asList(getValue(sg, 'egress')).map(v => (v.kind === 'map' ? literalAt(v.properties, 'from_port') : undefined)), [0, 443]);
    assert.deepEqual(asList(undefined), []);
  });
});
