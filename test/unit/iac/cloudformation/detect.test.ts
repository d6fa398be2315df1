import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import { splitGetAtt, subVariables } from '../../../../src/core/iac/cloudformation/intrinsics';
import { fixture } from './helpers';

describe('CloudFormation through the parseDocument dispatcher', () => {
  it('parses CloudFormation YAML and JSON by extension and by content', async () => {
    const yaml = await parseDocument(fixture('good/web-app.yaml'), { uri: 'file:///stack/web-app.yaml' });
    assert.equal(yaml.format, 'cloudformation');
    assert.equal(yaml.syntax, 'yaml');
    assert.equal(yaml.resources.length, 5);

    const json = await parseDocument(fixture('good/data-stack.json'), { uri: 'file:///stack/data.json', languageId: 'json' });
    assert.equal(json.syntax, 'json');
    assert.equal(json.resources.length, 4);

    // `.template`: JSON when it starts like an object, else YAML.
    assert.equal((await parseDocument(fixture('good/data-stack.json'), { uri: 'file:///x/stack.template' })).syntax, 'json');
    assert.equal((await parseDocument(fixture('good/serverless.yaml'), { uri: 'file:///x/stack.template' })).syntax, 'yaml');
    assert.equal((await parseDocument(fixture('good/serverless.yaml'), { uri: 'file:///x/template.yml' })).resources.length, 3);
  });

  it('leaves YAML and JSON files that are not CloudFormation alone (format undefined, no resources)', async () => {
    const notCfn: [string, string][] = [
      ['docker-compose.yaml', 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n'],
      ['k8s.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  Resources: many\n'],
      ['workflow.yml', 'Resources:\n  cpu: 2\n  memory: 4Gi\n'],
      ['package.json', '{ "name": "x", "version": "1.0.0", "dependencies": {} }'],
      ['settings.json', '{ "Resources": { "Thing": { "Type": "custom" } } }'],
    ];
    for (const [name, text] of notCfn) {
      const doc = await parseDocument(text, { uri: `file:///w/${name}` });
      assert.equal(doc.format, undefined, name);
      assert.deepEqual(doc.resources, [], name);
    }
  });
});

describe('CloudFormation intrinsic helpers', () => {
  it('finds ${} variables with their offsets, skipping ${!Literal}', () => {
    assert.deepEqual(subVariables('arn:${AWS::Partition}:s3:::${Bucket}/${Bucket.Arn}-${!Literal}-${ Spaced }'), [
      { name: 'AWS::Partition', attribute: undefined, start: 4, end: 21 },
      { name: 'Bucket', attribute: undefined, start: 27, end: 36 },
      { name: 'Bucket', attribute: 'Arn', start: 37, end: 50 },
      { name: 'Spaced', attribute: undefined, start: 63, end: 74 },
    ]);
    assert.deepEqual(subVariables('no variables'), []);
    assert.deepEqual(subVariables('${unclosed'), []);
  });

  it('splits GetAtt at the first dot only', () => {
    assert.deepEqual(splitGetAtt('Db.Endpoint.Address'), { target: 'Db', attribute: 'Endpoint.Address' });
    assert.deepEqual(splitGetAtt('Db'), { target: 'Db' });
  });
});
