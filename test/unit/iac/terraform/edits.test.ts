import * as assert from 'node:assert/strict';
import type { EditValue, NewResource } from '../../../../src/core/iac/editTypes';
import { terraformEdits as E } from '../../../../src/core/iac/terraform/edits';
import { applyEdits, type TextEdit } from '../../../../src/core/model/edits';
import type { ParsedDocument, Resource } from '../../../../src/core/model/types';
import { fixture, parse, plainDoc, resource, textAt } from './helpers';

type Target = { text: string; doc: ParsedDocument };

/**
 * Runs one edit on `name` in `text`, applies it, re-parses, and checks that the new model is the
 * old one with exactly `expect` done to it (by `mutate` on the plain model) and no new errors.
 * Returns the new text of the resource (or of the whole file when the resource is gone).
 */
async function edit(
  text: string,
  name: string | undefined,
  run: (t: Target, r: Resource) => TextEdit[],
  mutate: (plain: PlainDoc) => void,
  show = name,
): Promise<string> {
  const doc = await parse(text);
  const target = name ? resource(doc, name) : (undefined as unknown as Resource);
  const edits = run({ text, doc }, target);
  assert.ok(edits.length > 0, 'expected edits');
  const next = applyEdits(text, edits);
  const after = await parse(next);
  assert.deepEqual(after.parseErrors, doc.parseErrors, 'no new parse errors');
  const expected = plainDoc(doc) as PlainDoc;
  mutate(expected);
  assert.deepEqual(plainDoc(after), expected);
  const shown = show ? after.resources.find(r => r.name === show) : undefined;
  return shown ? textAt(next, shown.range) : next;
}

interface PlainDoc {
  resources: { name: string; properties: Record<string, unknown> }[];
  links: string[];
}

const props = (p: PlainDoc, name: string) => p.resources.find(r => r.name === name)!.properties;
const at = (o: Record<string, unknown>, path: string) => path.split('.').reduce<Record<string, unknown>>((x, k) => x[k] as Record<string, unknown>, o);

const STORAGE = fixture('good', 'storage.tf');
const COMPUTE = fixture('good', 'compute.tf');
const NETWORK = fixture('good', 'network.tf');

describe('terraform edits: setValue', () => {
  it('replaces an attribute value, keeping the alignment around it', async () => {
    const block = await edit(STORAGE, 'aws_s3_bucket_public_access_block.flow_logs', (t, r) => E.setValue(t, r, 'restrict_public_buckets', true), p => {
      props(p, 'aws_s3_bucket_public_access_block.flow_logs').restrict_public_buckets = true;
    });
    assert.ok(block.endsWith('  ignore_public_acls      = true\n  restrict_public_buckets = true\n}'));
  });

  it('replaces a value in a nested block and inside jsonencode', async () => {
    const lt = await edit(COMPUTE, 'aws_launch_template.app', (t, r) => E.setValue(t, r, 'metadata_options.http_tokens', 'required'), p => {
      at(props(p, 'aws_launch_template.app'), 'metadata_options').http_tokens = 'required';
    });
    assert.ok(lt.includes('    http_endpoint = "enabled"\n    http_tokens   = "required"\n'));
    const policy = await edit(COMPUTE, 'aws_iam_role_policy.lambda', (t, r) => E.setValue(t, r, 'policy.Version', '2008-10-17'), p => {
      at(props(p, 'aws_iam_role_policy.lambda'), 'policy').Version = '2008-10-17';
    });
    assert.ok(policy.includes('    Version = "2008-10-17"\n'));
  });

  it('renders references, escapes strings, and writes objects over lines at the file indentation', async () => {
    const ref = await edit(STORAGE, 'aws_s3_bucket_policy.site', (t, r) => E.setValue(t, r, 'bucket', { $ref: 'aws_s3_bucket.flow_logs', attribute: 'id' }), p => {
      props(p, 'aws_s3_bucket_policy.site').bucket = { ref: 'aws_s3_bucket.flow_logs', attribute: 'id' };
      p.links[p.links.indexOf('aws_s3_bucket_policy.site -> aws_s3_bucket.site @ bucket')] = 'aws_s3_bucket_policy.site -> aws_s3_bucket.flow_logs @ bucket';
    });
    assert.ok(ref.includes('  bucket = aws_s3_bucket.flow_logs.id\n'));

    const tricky = 'say "hi" \\ ${not.a.ref} %{nor} 🚀\n';
    await edit(STORAGE, 'aws_s3_bucket.site', (t, r) => E.setValue(t, r, 'bucket', tricky), p => {
      props(p, 'aws_s3_bucket.site').bucket = tricky;
    });

    const vars: EditValue = { TABLE_NAME: 'orders', LOG_LEVEL: 'debug', 'x-ray': true, ROLE: { $ref: 'aws_iam_role.lambda', attribute: 'arn' } };
    const fn = await edit(COMPUTE, 'aws_lambda_function.handler', (t, r) => E.setValue(t, r, 'environment.variables', vars), p => {
      at(props(p, 'aws_lambda_function.handler'), 'environment').variables = { TABLE_NAME: 'orders', LOG_LEVEL: 'debug', 'x-ray': true, ROLE: { ref: 'aws_iam_role.lambda', attribute: 'arn' } };
      p.links.splice(p.links.indexOf('aws_lambda_alias.live -> aws_lambda_function.handler @ function_name'), 0, 'aws_lambda_function.handler -> aws_iam_role.lambda @ environment.variables.ROLE');
    });
    assert.ok(
      fn.includes(
        '  environment {\n    variables = {\n      TABLE_NAME = "orders"\n      LOG_LEVEL  = "debug"\n      x-ray      = true\n      ROLE       = aws_iam_role.lambda.arn\n    }\n  }',
      ),
      fn,
    );
  });

  it('keeps a jsonencode value encoded when an object replaces it', async () => {
    const statement = [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }];
    const policy = await edit(COMPUTE, 'aws_iam_role_policy.lambda', (t, r) => E.setValue(t, r, 'policy', { Version: '2012-10-17', Statement: statement }), p => {
      props(p, 'aws_iam_role_policy.lambda').policy = { Version: '2012-10-17', Statement: statement };
    });
    assert.ok(policy.includes('  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      {\n        Effect   = "Allow"\n        Action   = ["s3:GetObject"]\n        Resource = "*"\n      },\n    ]\n  })\n'), policy);
  });

  it('refuses blocks, dynamic blocks, and paths that are not there', async () => {
    const doc = await parse(STORAGE);
    const t = { text: STORAGE, doc };
    assert.deepEqual(E.setValue(t, resource(doc, 'aws_s3_bucket_versioning.flow_logs'), 'versioning_configuration', { status: 'Enabled' }), []);
    assert.deepEqual(E.setValue(t, resource(doc, 'aws_s3_bucket.flow_logs'), 'acl', 'private'), []);
    assert.deepEqual(E.setValue(t, resource(doc, 'aws_s3_bucket_lifecycle_configuration.flow_logs'), 'rule.transition.days', 1), []);
    const network = await parse(NETWORK);
    assert.deepEqual(E.setValue({ text: NETWORK, doc: network }, resource(network, 'aws_security_group.lb'), 'ingress', []), []);
  });
});

describe('terraform edits: insertProperty', () => {
  it('joins an aligned `=` run; a longer key realigns the run as terraform fmt does', async () => {
    const longer = await edit(STORAGE, 'aws_s3_bucket.flow_logs', (t, r) => E.insertProperty(t, r, 'object_lock_enabled', true), p => {
      props(p, 'aws_s3_bucket.flow_logs').object_lock_enabled = true;
    });
    assert.equal(
      longer,
      'resource "aws_s3_bucket" "flow_logs" {\n  bucket              = "flow-logs-${data.aws_caller_identity.current.account_id}"\n  force_destroy       = false\n  object_lock_enabled = true\n}',
    );
    const shorter = await edit(STORAGE, 'aws_s3_bucket.flow_logs', (t, r) => E.insertProperty(t, r, 'acl', 'private'), p => {
      props(p, 'aws_s3_bucket.flow_logs').acl = 'private';
    });
    assert.ok(shorter.endsWith('  force_destroy = false\n  acl           = "private"\n}'));
  });

  it('writes single spaces where the file is not aligned', async () => {
    const text = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  force_destroy = true\n}\n';
    const out = await edit(text, 'aws_s3_bucket.b', (t, r) => E.insertProperty(t, r, 'acl', 'private'), p => {
      props(p, 'aws_s3_bucket.b').acl = 'private';
    });
    assert.equal(out, 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  force_destroy = true\n  acl = "private"\n}');
  });

  it('creates the nested block of a path, after a blank line', async () => {
    const out = await edit(COMPUTE, 'aws_instance.bastion', (t, r) => E.insertProperty(t, r, 'metadata_options.http_tokens', 'required'), p => {
      props(p, 'aws_instance.bastion').metadata_options = { http_tokens: 'required' };
    });
    assert.ok(out.endsWith('yum install -y amazon-ssm-agent\nEOF2\n\n  metadata_options {\n    http_tokens = "required"\n  }\n}'), out);
    // Two levels at once.
    const deep = await edit(STORAGE, 'aws_s3_bucket.flow_logs', (t, r) => E.insertProperty(t, r, 'logging.target.prefix', 'logs/'), p => {
      props(p, 'aws_s3_bucket.flow_logs').logging = { target: { prefix: 'logs/' } };
    });
    assert.ok(deep.endsWith('  force_destroy = false\n\n  logging {\n    target {\n      prefix = "logs/"\n    }\n  }\n}'), deep);
  });

  it('adds to an existing nested block, realigning its run', async () => {
    const out = await edit(COMPUTE, 'aws_launch_template.app', (t, r) => E.insertProperty(t, r, 'metadata_options.http_put_response_hop_limit', 1), p => {
      at(props(p, 'aws_launch_template.app'), 'metadata_options').http_put_response_hop_limit = 1;
    });
    assert.ok(out.includes('  metadata_options {\n    http_endpoint               = "enabled"\n    http_tokens                 = "optional"\n    http_put_response_hop_limit = 1\n  }\n'), out);
  });

  it('puts a new attribute before the nested blocks when the body has only blocks, and fills an empty body', async () => {
    const text = 'resource "aws_s3_bucket_versioning" "v" {\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket" "b" {}\n';
    const out = await edit(text, 'aws_s3_bucket_versioning.v', (t, r) => E.insertProperty(t, r, 'bucket', { $ref: 'aws_s3_bucket.b', attribute: 'id' }), p => {
      props(p, 'aws_s3_bucket_versioning.v').bucket = { ref: 'aws_s3_bucket.b', attribute: 'id' };
      p.links.push('aws_s3_bucket_versioning.v -> aws_s3_bucket.b @ bucket');
    });
    assert.equal(out, 'resource "aws_s3_bucket_versioning" "v" {\n  bucket = aws_s3_bucket.b.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}');
    const empty = await edit(text, 'aws_s3_bucket.b', (t, r) => E.insertProperty(t, r, 'bucket', 'logs'), p => {
      props(p, 'aws_s3_bucket.b').bucket = 'logs';
    });
    assert.equal(empty, 'resource "aws_s3_bucket" "b" {\n  bucket = "logs"\n}');
  });

  it('adds to objects: multi-line (aligned, key style followed), one-line, and inside jsonencode', async () => {
    const locals = await edit(NETWORK, 'locals', (t, r) => E.insertProperty(t, r, 'common_tags.Team', '플랫폼'), p => {
      at(props(p, 'locals'), 'common_tags').Team = '플랫폼';
    });
    assert.ok(locals.includes('    Project       = "field-guide"\n    "cost-center" = "infra"\n    Team          = "플랫폼"\n  }'), locals);

    const quoted = 'locals {\n  t = {\n    "a" = 1\n  }\n}\n';
    const q = await edit(quoted, 'locals', (t, r) => E.insertProperty(t, r, 't.b', 2), p => {
      at(props(p, 'locals'), 't').b = 2;
    });
    assert.equal(q, 'locals {\n  t = {\n    "a" = 1\n    "b" = 2\n  }\n}');

    const inline = 'resource "aws_s3_bucket" "b" {\n  tags = { Name = "b" }\n}\n';
    const one = await edit(inline, 'aws_s3_bucket.b', (t, r) => E.insertProperty(t, r, 'tags.Env', 'dev'), p => {
      at(props(p, 'aws_s3_bucket.b'), 'tags').Env = 'dev';
    });
    assert.equal(one, 'resource "aws_s3_bucket" "b" {\n  tags = { Name = "b", Env = "dev" }\n}');

    const policy = await edit(COMPUTE, 'aws_iam_role_policy.lambda', (t, r) => E.insertProperty(t, r, 'policy.Id', 'handler'), p => {
      at(props(p, 'aws_iam_role_policy.lambda'), 'policy').Id = 'handler';
    });
    assert.ok(policy.includes('      },\n    ]\n    Id = "handler"\n  })'), policy);
  });

  it('an object value at body level is a nested block, except map arguments such as tags; lists of objects repeat blocks', async () => {
    const out = await edit(STORAGE, 'aws_s3_bucket.site', (t, r) => E.insertProperty(t, r, 'website', { index_document: { suffix: 'index.html' } }), p => {
      props(p, 'aws_s3_bucket.site').website = { index_document: { suffix: 'index.html' } };
    });
    assert.ok(out.endsWith('  bucket   = "static-site-예제"\n\n  website {\n    index_document {\n      suffix = "index.html"\n    }\n  }\n}'), out);
    const tags = await edit(STORAGE, 'aws_s3_bucket.site', (t, r) => E.insertProperty(t, r, 'tags', { Name: 'site', Owner: 'web' }), p => {
      props(p, 'aws_s3_bucket.site').tags = { Name: 'site', Owner: 'web' };
    });
    assert.ok(tags.endsWith('  bucket   = "static-site-예제"\n\n  tags = {\n    Name  = "site"\n    Owner = "web"\n  }\n}'), tags);
    const rules = await edit(NETWORK, 'aws_network_acl.private', (t, r) => E.insertProperty(t, r, 'ingress', [{ rule_no: 100, action: 'allow' }, { rule_no: 200, action: 'deny' }]), p => {
      props(p, 'aws_network_acl.private').ingress = [{ rule_no: 100, action: 'allow' }, { rule_no: 200, action: 'deny' }];
    });
    assert.ok(rules.endsWith('  subnet_ids = aws_subnet.private[*].id\n\n  ingress {\n    rule_no = 100\n    action  = "allow"\n  }\n\n  ingress {\n    rule_no = 200\n    action  = "deny"\n  }\n}'), rules);
  });

  it('inserts before a closing brace that shares the last line', async () => {
    const text = 'resource "aws_s3_bucket" "b" {\n  bucket = "b" }\n';
    const out = await edit(text, 'aws_s3_bucket.b', (t, r) => E.insertProperty(t, r, 'acl', 'private'), p => {
      props(p, 'aws_s3_bucket.b').acl = 'private';
    });
    // `bucket = "b" }` closes a bracket, so (as in hclwrite) it is not part of an `=` run.
    assert.equal(out, 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  acl = "private" }');
  });

  it('replaces the value when the property exists', async () => {
    await edit(COMPUTE, 'aws_lambda_function.handler', (t, r) => E.insertProperty(t, r, 'runtime', 'nodejs20.x'), p => {
      props(p, 'aws_lambda_function.handler').runtime = 'nodejs20.x';
    });
  });

  it('follows tab and four-space indentation and CRLF line endings', async () => {
    const tabs = 'resource "aws_instance" "a" {\n\tami = "x"\n}\n';
    const t = await edit(tabs, 'aws_instance.a', (x, r) => E.insertProperty(x, r, 'metadata_options.http_tokens', 'required'), p => {
      props(p, 'aws_instance.a').metadata_options = { http_tokens: 'required' };
    });
    assert.equal(t, 'resource "aws_instance" "a" {\n\tami = "x"\n\n\tmetadata_options {\n\t\thttp_tokens = "required"\n\t}\n}');
    const four = 'resource "aws_instance" "a" {\r\n    ami           = "x"\r\n    instance_type = "t3.micro"\r\n}\r\n';
    const f = await edit(four, 'aws_instance.a', (x, r) => E.insertProperty(x, r, 'root_block_device.encrypted', true), p => {
      props(p, 'aws_instance.a').root_block_device = { encrypted: true };
    });
    assert.equal(f, 'resource "aws_instance" "a" {\r\n    ami           = "x"\r\n    instance_type = "t3.micro"\r\n\r\n    root_block_device {\r\n        encrypted = true\r\n    }\r\n}');
  });

  it('refuses paths through lists, unknown values and non-identifier block keys, and open blocks', async () => {
    const network = await parse(NETWORK);
    const t = { text: NETWORK, doc: network };
    assert.deepEqual(E.insertProperty(t, resource(network, 'aws_security_group.app'), 'ingress.self', true), []);
    assert.deepEqual(E.insertProperty(t, resource(network, 'aws_vpc.main'), 'tags.Owner', 'x'), []); // merge(...)
    assert.deepEqual(E.insertProperty(t, resource(network, 'aws_vpc.main'), 'not valid', 'x'), []);
    const open = 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n';
    const doc = await parse(open);
    assert.deepEqual(E.insertProperty({ text: open, doc }, resource(doc, 'aws_s3_bucket.a'), 'acl', 'private'), []);
  });
});

describe('terraform edits: removeProperty', () => {
  it('removes a line; removing the longest key realigns the rest of its run', async () => {
    const out = await edit(STORAGE, 'aws_s3_bucket_public_access_block.flow_logs', (t, r) => E.removeProperty(t, r, 'restrict_public_buckets'), p => {
      delete props(p, 'aws_s3_bucket_public_access_block.flow_logs').restrict_public_buckets;
    });
    assert.equal(
      out,
      'resource "aws_s3_bucket_public_access_block" "flow_logs" {\n  bucket              = aws_s3_bucket.flow_logs.id\n  block_public_acls   = true\n  block_public_policy = true\n  ignore_public_acls  = true\n}',
    );
    // A key that is not the longest: only its line goes.
    const middle = await edit(STORAGE, 'aws_s3_bucket_public_access_block.flow_logs', (t, r) => E.removeProperty(t, r, 'block_public_acls'), p => {
      delete props(p, 'aws_s3_bucket_public_access_block.flow_logs').block_public_acls;
    });
    assert.ok(middle.startsWith('resource "aws_s3_bucket_public_access_block" "flow_logs" {\n  bucket                  = aws_s3_bucket.flow_logs.id\n  block_public_policy     = true\n'));
  });

  it('removes a nested block and the blank line before it', async () => {
    const out = await edit(STORAGE, 'aws_s3_bucket_versioning.flow_logs', (t, r) => E.removeProperty(t, r, 'versioning_configuration'), p => {
      delete props(p, 'aws_s3_bucket_versioning.flow_logs').versioning_configuration;
    });
    assert.equal(out, 'resource "aws_s3_bucket_versioning" "flow_logs" {\n  bucket = aws_s3_bucket.flow_logs.id\n}');
  });

  it('removes every block of a repeated block', async () => {
    const out = await edit(STORAGE, 'aws_s3_bucket_lifecycle_configuration.flow_logs', (t, r) => E.removeProperty(t, r, 'rule.transition'), p => {
      delete at(props(p, 'aws_s3_bucket_lifecycle_configuration.flow_logs'), 'rule').transition;
    });
    assert.ok(out.includes('    filter {\n      prefix = "vpc/"\n    }\n\n    expiration {\n      days = 365\n    }\n  }\n}'), out);
  });

  it('removes an element of a one-line object, and inside jsonencode', async () => {
    const inline = 'resource "aws_s3_bucket" "b" {\n  tags = { Name = "b", Env = "dev", Owner = "me" }\n}\n';
    const mid = await edit(inline, 'aws_s3_bucket.b', (t, r) => E.removeProperty(t, r, 'tags.Env'), p => {
      delete at(props(p, 'aws_s3_bucket.b'), 'tags').Env;
    });
    assert.ok(mid.includes('tags = { Name = "b", Owner = "me" }'));
    const last = await edit(inline, 'aws_s3_bucket.b', (t, r) => E.removeProperty(t, r, 'tags.Owner'), p => {
      delete at(props(p, 'aws_s3_bucket.b'), 'tags').Owner;
    });
    assert.ok(last.includes('tags = { Name = "b", Env = "dev" }'));
    const only = await edit('resource "aws_s3_bucket" "b" {\n  tags = { Name = "b" }\n}\n', 'aws_s3_bucket.b', (t, r) => E.removeProperty(t, r, 'tags.Name'), p => {
      delete at(props(p, 'aws_s3_bucket.b'), 'tags').Name;
    });
    assert.ok(only.includes('tags = {}'));
    const policy = await edit(COMPUTE, 'aws_iam_role.lambda', (t, r) => E.removeProperty(t, r, 'assume_role_policy.Version'), p => {
      delete at(props(p, 'aws_iam_role.lambda'), 'assume_role_policy').Version;
    });
    assert.ok(policy.includes('  assume_role_policy = jsonencode({\n    Statement = [{'));
  });

  it('returns nothing for a path that is not there', async () => {
    const doc = await parse(STORAGE);
    assert.deepEqual(E.removeProperty({ text: STORAGE, doc }, resource(doc, 'aws_s3_bucket.site'), 'acl'), []);
  });
});

describe('terraform edits: addResource', () => {
  const encryption: NewResource = {
    type: 'aws_s3_bucket_server_side_encryption_configuration',
    name: 'flow_logs',
    properties: {
      bucket: { $ref: 'aws_s3_bucket.flow_logs', attribute: 'id' },
      expected_bucket_owner: { $ref: 'data.aws_caller_identity.current', attribute: 'account_id' },
      rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' }, bucket_key_enabled: true },
    },
  };
  const encryptionModel = {
    bucket: { ref: 'aws_s3_bucket.flow_logs', attribute: 'id' },
    expected_bucket_owner: { ref: 'data.aws_caller_identity.current', attribute: 'account_id' },
    rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' }, bucket_key_enabled: true },
  };

  it('adds a block after the given resource, a blank line between, fmt-aligned, refs as addresses', async () => {
    const out = await edit(
      STORAGE,
      'aws_s3_bucket.flow_logs',
      (t, r) => E.addResource(t, encryption, r),
      p => {
        const i = p.resources.findIndex(x => x.name === 'aws_s3_bucket.flow_logs');
        p.resources.splice(i + 1, 0, { role: 'resource', type: encryption.type, kind: 'aws.s3.bucket-encryption', name: `${encryption.type}.flow_logs`, repeated: undefined, properties: encryptionModel } as never);
        const j = p.links.indexOf('aws_s3_bucket_public_access_block.flow_logs -> aws_s3_bucket.flow_logs @ bucket');
        p.links.splice(j, 0, `${encryption.type}.flow_logs -> aws_s3_bucket.flow_logs @ bucket`, `${encryption.type}.flow_logs -> data.aws_caller_identity.current @ expected_bucket_owner`);
      },
      `${encryption.type}.flow_logs`,
    );
    assert.equal(
      out,
      [
        'resource "aws_s3_bucket_server_side_encryption_configuration" "flow_logs" {',
        '  bucket                = aws_s3_bucket.flow_logs.id',
        '  expected_bucket_owner = data.aws_caller_identity.current.account_id',
        '',
        '  rule {',
        '    bucket_key_enabled = true',
        '',
        '    apply_server_side_encryption_by_default {',
        '      sse_algorithm = "aws:kms"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('without `after`, goes after the last resource; into an empty file; with the file indentation', async () => {
    const text = 'resource "aws_kms_key" "logs" {\n    description = "logs"\n}\n\noutput "key" {\n    value = aws_kms_key.logs.arn\n}\n';
    const res: NewResource = { type: 'aws_kms_alias', name: 'logs', properties: { name: 'alias/logs', target_key_id: { $ref: 'aws_kms_key.logs', attribute: 'key_id' } } };
    const out = await edit(text, undefined, t => E.addResource(t, res), p => {
      p.resources.splice(1, 0, { role: 'resource', type: 'aws_kms_alias', kind: 'tf.aws_kms_alias', name: 'aws_kms_alias.logs', repeated: undefined, properties: { name: 'alias/logs', target_key_id: { ref: 'aws_kms_key.logs', attribute: 'key_id' } } } as never);
      p.links.unshift('aws_kms_alias.logs -> aws_kms_key.logs @ target_key_id');
    }, undefined);
    assert.equal(out, 'resource "aws_kms_key" "logs" {\n    description = "logs"\n}\n\nresource "aws_kms_alias" "logs" {\n    name          = "alias/logs"\n    target_key_id = aws_kms_key.logs.key_id\n}\n\noutput "key" {\n    value = aws_kms_key.logs.arn\n}\n');

    const empty = await edit('', undefined, t => E.addResource(t, res), p => {
      p.resources.push({ role: 'resource', type: 'aws_kms_alias', kind: 'tf.aws_kms_alias', name: 'aws_kms_alias.logs', repeated: undefined, properties: { name: 'alias/logs', target_key_id: { ref: 'aws_kms_key.logs', attribute: 'key_id' } } } as never);
    }, undefined);
    assert.equal(empty, 'resource "aws_kms_alias" "logs" {\n  name          = "alias/logs"\n  target_key_id = aws_kms_key.logs.key_id\n}\n');
  });

  it('refuses names that are not identifiers', async () => {
    const doc = await parse(STORAGE);
    assert.deepEqual(E.addResource({ text: STORAGE, doc }, { type: 'aws_s3_bucket', name: 'bad name', properties: {} }), []);
  });
});
