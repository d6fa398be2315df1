import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../../src/core/iac/parseDocument';
import { parseTerraform } from '../../../../src/core/iac/terraform/parse';
import { getProperty } from '../../../../src/core/model/query';
import { fixture, parse, plain, plainProps, resource, textAt } from './helpers';

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

// Korean and emoji (a surrogate pair) before and on the lines of resources: columns are UTF-16.
const SAMPLE = [
  '# 한국어 설명 🚀 (two code units)',
  'resource "aws_s3_bucket" "logs" {',
  '  bucket = "로그-버킷-🚀"',
  '  tags = { "이름🚀" = "값", Owner = var.owner }',
  '}',
  '',
  '/* 🚀🚀 */ resource "aws_s3_bucket_public_access_block" "logs" {',
  '  bucket = aws_s3_bucket.logs.id # 연결 🔗',
  '  block_public_acls = true',
  '}',
  '',
].join('\n');

describe('terraform parse: model and exact ranges', () => {
  it('keeps UTF-16 columns exact after Korean text and emoji', async () => {
    const doc = await parse(SAMPLE);
    assert.equal(doc.format, 'terraform');
    assert.equal(doc.syntax, 'hcl');
    assert.deepEqual(doc.parseErrors, []);

    const bucket = resource(doc, 'aws_s3_bucket.logs');
    assert.deepEqual(bucket.range, r(1, 0, 4, 1));
    assert.deepEqual(bucket.typeRange, r(1, 10, 1, 23));
    assert.deepEqual(bucket.nameRange, r(1, 26, 1, 30));
    assert.equal(bucket.kind, 'aws.s3.bucket');
    assert.equal(bucket.role, 'resource');
    assert.equal(bucket.type, 'aws_s3_bucket');

    const name = bucket.properties[0];
    assert.equal(name.key, 'bucket');
    assert.deepEqual(name.keyRange, r(2, 2, 2, 8));
    assert.deepEqual(name.value, { kind: 'string', value: '로그-버킷-🚀', range: r(2, 11, 2, 21) });
    assert.deepEqual(name.range, r(2, 2, 2, 21));

    const tags = bucket.properties[1];
    assert.deepEqual(tags.range, r(3, 2, 3, 44));
    assert.equal(tags.value.kind, 'map');
    assert.deepEqual(tags.value.range, r(3, 9, 3, 44));
    const [korean, owner] = tags.value.kind === 'map' ? tags.value.properties : [];
    assert.equal(korean.key, '이름🚀');
    assert.deepEqual(korean.keyRange, r(3, 12, 3, 16)); // the key without its quotes
    assert.deepEqual(korean.range, r(3, 11, 3, 23));
    assert.deepEqual(korean.value, { kind: 'string', value: '값', range: r(3, 20, 3, 23) });
    assert.deepEqual(owner.value, { kind: 'reference', target: 'var.owner', text: 'var.owner', range: r(3, 33, 3, 42) });

    const pab = resource(doc, 'aws_s3_bucket_public_access_block.logs');
    assert.deepEqual(pab.range, r(6, 11, 9, 1));
    assert.deepEqual(pab.typeRange, r(6, 21, 6, 54));
    assert.deepEqual(pab.nameRange, r(6, 57, 6, 61));
    assert.equal(textAt(SAMPLE, pab.typeRange), 'aws_s3_bucket_public_access_block');
    assert.deepEqual(pab.properties[0].value, { kind: 'reference', target: 'aws_s3_bucket.logs', attribute: 'id', text: 'aws_s3_bucket.logs.id', range: r(7, 11, 7, 32) });
    assert.deepEqual(doc.links, [{ from: 'aws_s3_bucket_public_access_block.logs', to: 'aws_s3_bucket.logs', path: 'bucket', range: r(7, 11, 7, 32) }]);
  });

  it('reads every range back to the text it names (network fixture)', async () => {
    const text = fixture('good', 'network.tf');
    const doc = await parse(text);
    assert.deepEqual(doc.parseErrors, []);
    const rule = resource(doc, 'aws_network_acl_rule.ssh_in');
    assert.equal(textAt(text, rule.typeRange), 'aws_network_acl_rule');
    assert.equal(textAt(text, rule.nameRange), 'ssh_in');
    assert.ok(textAt(text, rule.range).startsWith('resource "aws_network_acl_rule" "ssh_in" {'));
    assert.ok(textAt(text, rule.range).endsWith('to_port        = 22\n}'));
    for (const p of rule.properties) {
      assert.equal(textAt(text, p.keyRange), p.key);
      assert.equal(textAt(text, p.range), `${textAt(text, p.keyRange)}${textAt(text, p.range).slice(p.key.length)}`);
      assert.ok(textAt(text, p.range).endsWith(textAt(text, p.value.range)));
    }
    const sg = resource(doc, 'aws_security_group.app');
    const description = getProperty(sg, 'description')!;
    // `  description = "앱 서버 🚀 security group"`: the string is 24 UTF-16 code units from column 16.
    assert.deepEqual(description.value.range, r(46, 16, 46, 40));
  });

  it('models every block role with its name and kind', async () => {
    const doc = await parse(fixture('good', 'storage.tf') + fixture('good', 'network.tf').replace(/^/, '\n'));
    const summary = doc.resources.map(x => [x.role, x.type, x.kind, x.name]);
    assert.deepEqual(summary.slice(0, 4), [
      ['provider', 'aws', 'provider', 'provider.aws'],
      ['provider', 'aws', 'provider', 'provider.aws.virginia'],
      ['data', 'aws_caller_identity', 'tf.aws_caller_identity', 'data.aws_caller_identity.current'],
      ['data', 'aws_iam_policy_document', 'aws.iam.policy-document', 'data.aws_iam_policy_document.deny_insecure'],
    ]);
    assert.deepEqual(
      summary.filter(s => ['locals', 'variable', 'output'].includes(s[0] as string)),
      [
        ['locals', 'locals', 'locals', 'locals'],
        ['variable', 'variable', 'variable', 'var.environment'],
        ['variable', 'variable', 'variable', 'var.lb_ports'],
        ['output', 'output', 'output', 'output.vpc_id'],
      ],
    );
    // `terraform {}` is not a resource.
    assert.ok(!doc.resources.some(x => x.type === 'terraform'));
  });

  it('names a provider by its alias, with nameRange on the alias text', async () => {
    const text = fixture('good', 'storage.tf');
    const doc = await parse(text);
    const east = resource(doc, 'provider.aws.virginia');
    assert.equal(textAt(text, east.nameRange), 'virginia');
    assert.equal(textAt(text, east.typeRange), 'aws');
    assert.deepEqual(plainProps(east.properties), { alias: 'virginia', region: 'us-east-1' });
    const plainAws = resource(doc, 'provider.aws');
    assert.deepEqual(plainAws.nameRange, plainAws.typeRange);
  });

  it('models module, variable, locals and output blocks', async () => {
    const compute = await parse(fixture('good', 'compute.tf'));
    const mod = resource(compute, 'module.vpc');
    assert.equal(mod.type, 'module');
    assert.deepEqual(plainProps(mod.properties), { source: 'terraform-aws-modules/vpc/aws', version: '5.8.1', name: 'main', cidr: '10.0.0.0/16' });
    const text = fixture('good', 'network.tf');
    const network = await parse(text);
    const locals = resource(network, 'locals');
    assert.equal(textAt(text, locals.typeRange), 'locals');
    assert.deepEqual(locals.nameRange, locals.typeRange);
    assert.deepEqual(plainProps(locals.properties), {
      name_prefix: { unknown: '"${var.environment}-net"' },
      azs: ['ap-northeast-2a', 'ap-northeast-2c'],
      common_tags: { Project: 'field-guide', 'cost-center': 'infra' },
    });
    const env = resource(network, 'var.environment');
    assert.equal(textAt(text, env.nameRange), 'environment');
    assert.deepEqual(plainProps(env.properties), { type: { ref: 'string' }, description: '배포 환경 (dev / prod)', default: 'dev' });
    assert.deepEqual(plainProps(resource(network, 'output.vpc_id').properties), { value: { ref: 'aws_vpc.main', attribute: 'id' }, description: 'The VPC id' });
  });

  it('turns a block written once into a map and several times into a list of maps', async () => {
    const text = fixture('good', 'network.tf');
    const doc = await parse(text);
    const sg = resource(doc, 'aws_security_group.app');
    const ingress = getProperty(sg, 'ingress')!;
    assert.equal(ingress.value.kind, 'list');
    assert.equal(textAt(text, ingress.keyRange), 'ingress');
    assert.ok(textAt(text, ingress.range).startsWith('ingress {\n    description = "HTTPS"'));
    assert.ok(textAt(text, ingress.value.range).startsWith('{\n    description = "HTTPS"'));
    assert.ok(textAt(text, ingress.value.range).endsWith('security_groups = [aws_security_group.lb.id]\n  }'));
    assert.deepEqual(plain(ingress.value), [
      { description: 'HTTPS', from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
      { description: 'From the load balancer', from_port: 8080, to_port: 8080, protocol: 'tcp', security_groups: [{ ref: 'aws_security_group.lb', attribute: 'id' }] },
    ]);
    const egress = getProperty(sg, 'egress')!;
    assert.equal(egress.value.kind, 'map');
    assert.ok(textAt(text, egress.value.range).startsWith('{') && textAt(text, egress.value.range).endsWith('}'));
    assert.deepEqual(plain(egress.value), { from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: ['::/0'] });
    // Nested blocks inside nested blocks, through query paths.
    const storage = await parse(fixture('good', 'storage.tf'));
    const lifecycle = resource(storage, 'aws_s3_bucket_lifecycle_configuration.flow_logs');
    assert.deepEqual(plain(getProperty(lifecycle, 'rule.transition')!.value), [
      { days: 30, storage_class: 'STANDARD_IA' },
      { days: 90, storage_class: 'GLACIER' },
    ]);
    assert.equal(getProperty(lifecycle, 'rule.expiration.days')!.value.kind, 'number');
    assert.deepEqual(plain(getProperty(resource(storage, 'data.aws_iam_policy_document.deny_insecure'), 'statement.condition')!.value), {
      test: 'Bool',
      variable: 'aws:SecureTransport',
      values: ['false'],
    });
  });

  it('models a dynamic block as an unknown property named by its label', async () => {
    const text = fixture('good', 'network.tf');
    const lb = resource(await parse(text), 'aws_security_group.lb');
    const ingress = getProperty(lb, 'ingress')!;
    assert.equal(ingress.value.kind, 'unknown');
    assert.equal(textAt(text, ingress.keyRange), 'ingress'); // the label, without quotes
    assert.ok(textAt(text, ingress.range).startsWith('dynamic "ingress" {'));
    assert.ok(ingress.value.kind === 'unknown' && ingress.value.text.startsWith('{\n    for_each = var.lb_ports'));
    assert.equal(lb.repeated, undefined);
  });

  it('marks count and for_each resources as repeated and keeps the meta-arguments as properties', async () => {
    const doc = await parse(fixture('good', 'network.tf'));
    const subnet = resource(doc, 'aws_subnet.private');
    assert.equal(subnet.repeated, 'count');
    assert.deepEqual(plain(getProperty(subnet, 'count')!.value), { unknown: 'length(local.azs)' });
    const rule = resource(doc, 'aws_vpc_security_group_ingress_rule.db');
    assert.equal(rule.repeated, 'for_each');
    assert.deepEqual(plain(getProperty(rule, 'from_port')!.value), { unknown: 'tonumber(each.value)' });
    assert.ok(!('repeated' in resource(doc, 'aws_vpc.main')));
  });

  it('models expressions: literals, references, unknowns', async () => {
    const text = [
      'locals {',
      '  s      = "a\\"b\\\\c\\n\\t\\u00e9\\U0001F680 $${literal} %%{also}"',
      '  n      = 42',
      '  f      = 1.5e3',
      '  neg    = -3',
      '  t      = true',
      '  nul    = null',
      '  list   = [1, "two", false, null, [3]]',
      '  obj    = { a = 1, "b c" = 2, d: 3 }',
      '  tmpl   = "${var.env}-logs"',
      '  only   = "${aws_s3_bucket.b.id}"',
      '  dir    = "%{ if var.x }on%{ else }off%{ endif }"',
      '  cond   = var.prod ? 3 : 1',
      '  op     = 1 + 2',
      '  not    = !var.x',
      '  paren  = (5)',
      '  call   = lower("ABC")',
      '  tuple  = [for s in var.list : upper(s)]',
      '  object = { for k, v in var.map : k => v }',
      '  splat  = aws_instance.web[*].id',
      '  splat2 = aws_instance.web.*.id',
      '  idx    = aws_instance.web[0].private_ip',
      '  deep   = aws_instance.web.root_block_device[0].volume_id',
      '  data   = data.aws_iam_policy_document.p.json',
      '  mod    = module.vpc.vpc_id',
      '  each   = each.value.name',
      '  cnt    = count.index',
      '  pathm  = path.module',
      '  lmap   = local.tags["Name"]',
      '  pfn    = provider::aws::arn_parse(var.arn)',
      '  nested = jsonencode({ a = [1, { b = true }] })',
      '  jlist  = jsonencode(["x", 1])',
      '  jother = jsonencode(var.x)',
      '}',
    ].join('\n');
    const doc = await parse(text);
    assert.deepEqual(doc.parseErrors, []);
    assert.deepEqual(plainProps(resource(doc, 'locals').properties), {
      s: 'a"b\\c\n\té🚀 ${literal} %{also}',
      n: 42,
      f: 1500,
      neg: -3,
      t: true,
      nul: null,
      list: [1, 'two', false, null, [3]],
      obj: { a: 1, 'b c': 2, d: 3 },
      tmpl: { unknown: '"${var.env}-logs"' },
      only: { unknown: '"${aws_s3_bucket.b.id}"' },
      dir: { unknown: '"%{ if var.x }on%{ else }off%{ endif }"' },
      cond: { unknown: 'var.prod ? 3 : 1' },
      op: { unknown: '1 + 2' },
      not: { unknown: '!var.x' },
      paren: { unknown: '(5)' },
      call: { unknown: 'lower("ABC")' },
      tuple: { unknown: '[for s in var.list : upper(s)]' },
      object: { unknown: '{ for k, v in var.map : k => v }' },
      splat: { unknown: 'aws_instance.web[*].id' },
      splat2: { unknown: 'aws_instance.web.*.id' },
      idx: { ref: 'aws_instance.web', attribute: 'private_ip' },
      deep: { ref: 'aws_instance.web', attribute: 'root_block_device[0].volume_id' },
      data: { ref: 'data.aws_iam_policy_document.p', attribute: 'json' },
      mod: { ref: 'module.vpc', attribute: 'vpc_id' },
      each: { ref: 'each.value', attribute: 'name' },
      cnt: { ref: 'count.index' },
      pathm: { ref: 'path.module' },
      lmap: { ref: 'local.tags', attribute: '["Name"]' },
      pfn: { unknown: 'provider::aws::arn_parse(var.arn)' },
      nested: { a: [1, { b: true }] },
      jlist: ['x', 1],
      jother: { unknown: 'jsonencode(var.x)' },
    });
    const locals = resource(doc, 'locals');
    // jsonencode's map / list span the whole call; references keep their text.
    assert.equal(textAt(text, getProperty(locals, 'nested')!.value.range), 'jsonencode({ a = [1, { b = true }] })');
    const idx = getProperty(locals, 'idx')!.value;
    assert.ok(idx.kind === 'reference' && idx.text === 'aws_instance.web[0].private_ip');
  });

  it('reads heredocs: a string without interpolation, flush-indented with <<-', async () => {
    const text = fixture('good', 'compute.tf');
    const doc = await parse(text);
    assert.deepEqual(plain(getProperty(resource(doc, 'aws_instance.bastion'), 'user_data')!.value), '#!/bin/bash\nyum install -y amazon-ssm-agent\n');
    const lt = resource(doc, 'aws_launch_template.app');
    const ud = getProperty(lt, 'user_data')!.value;
    assert.equal(ud.kind, 'unknown'); // base64encode(...)
    const flush = await parse('locals {\n  a = <<-EOT\n    one\n      two\n\n    three\n  EOT\n  b = <<EOT\nx $${y} ${var.z}\nEOT\n}\n');
    assert.deepEqual(plainProps(resource(flush, 'locals').properties), {
      a: 'one\n  two\n\nthree\n',
      b: { unknown: '<<EOT\nx $${y} ${var.z}\nEOT' },
    });
  });

  it('models jsonencode policies as the maps rules need', async () => {
    const text = fixture('good', 'compute.tf');
    const doc = await parse(text);
    const policy = resource(doc, 'aws_iam_role_policy.lambda');
    assert.deepEqual(plain(getProperty(policy, 'policy')!.value), {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    const role = resource(doc, 'aws_iam_role.lambda');
    assert.deepEqual(plain(getProperty(role, 'assume_role_policy.Statement')!.value), [
      { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
    assert.ok(textAt(text, getProperty(role, 'assume_role_policy')!.value.range).startsWith('jsonencode({'));
  });

  it('links every reference to a resource or data block of the file, with its property path', async () => {
    const network = await parse(fixture('good', 'network.tf'));
    const links = (doc: typeof network) => doc.links.map(l => `${l.from} -> ${l.to} @ ${l.path}`);
    assert.deepEqual(links(network), [
      'aws_subnet.private -> aws_vpc.main @ vpc_id',
      'aws_subnet.private -> aws_vpc.main @ cidr_block', // inside cidrsubnet(...)
      'aws_network_acl.private -> aws_vpc.main @ vpc_id',
      'aws_network_acl.private -> aws_subnet.private @ subnet_ids', // a splat
      'aws_network_acl_rule.ssh_in -> aws_network_acl.private @ network_acl_id',
      'aws_security_group.app -> aws_vpc.main @ vpc_id',
      'aws_security_group.app -> aws_security_group.lb @ ingress.security_groups',
      'aws_security_group.lb -> aws_vpc.main @ vpc_id',
      'aws_vpc_security_group_ingress_rule.db -> aws_security_group.app @ security_group_id',
      'aws_vpc_security_group_ingress_rule.db -> aws_security_group.lb @ referenced_security_group_id',
      'aws_flow_log.vpc -> aws_vpc.main @ vpc_id',
      'output.vpc_id -> aws_vpc.main @ value',
    ]);

    const storage = await parse(fixture('good', 'storage.tf'));
    assert.deepEqual(links(storage), [
      'data.aws_iam_policy_document.deny_insecure -> aws_s3_bucket.flow_logs @ statement.resources',
      'data.aws_iam_policy_document.deny_insecure -> aws_s3_bucket.flow_logs @ statement.resources', // in "${...}/*"
      'aws_s3_bucket.flow_logs -> data.aws_caller_identity.current @ bucket',
      'aws_s3_bucket_public_access_block.flow_logs -> aws_s3_bucket.flow_logs @ bucket',
      'aws_s3_bucket_versioning.flow_logs -> aws_s3_bucket.flow_logs @ bucket',
      'aws_s3_bucket_lifecycle_configuration.flow_logs -> aws_s3_bucket.flow_logs @ bucket',
      'aws_s3_bucket_policy.flow_logs -> aws_s3_bucket.flow_logs @ bucket',
      'aws_s3_bucket_policy.flow_logs -> data.aws_iam_policy_document.deny_insecure @ policy',
      'aws_s3_bucket_policy.site -> aws_s3_bucket.site @ bucket',
      'aws_s3_bucket_policy.site -> aws_s3_bucket.site @ policy.Statement.Resource', // inside jsonencode, in a template
    ]);

    const compute = await parse(fixture('good', 'compute.tf'));
    assert.deepEqual(links(compute), [
      'aws_iam_role_policy.lambda -> aws_iam_role.lambda @ role',
      'aws_lambda_function.handler -> aws_iam_role.lambda @ role',
      'aws_lambda_alias.live -> aws_lambda_function.handler @ function_name',
      'aws_lambda_alias.live -> aws_lambda_function.handler @ function_version',
      'aws_lambda_provisioned_concurrency_config.live -> aws_lambda_alias.live @ function_name',
      'aws_lambda_provisioned_concurrency_config.live -> aws_lambda_alias.live @ qualifier',
      'output.handler_arn -> aws_lambda_function.handler @ value',
    ]);
  });

  it('places a link on the reference itself, also inside templates and dynamic blocks', async () => {
    const text = [
      'resource "aws_s3_bucket" "b" {}',
      'resource "aws_security_group" "sg" {',
      '  name = "sg-${aws_s3_bucket.b.id}"',
      '  dynamic "ingress" {',
      '    for_each = var.ports',
      '    content {',
      '      description = aws_s3_bucket.b.arn',
      '    }',
      '  }',
      '  self_ref = aws_security_group.sg.id',
      '  missing  = aws_s3_bucket.elsewhere.id',
      '}',
    ].join('\n');
    const doc = await parse(text);
    assert.deepEqual(doc.links, [
      { from: 'aws_security_group.sg', to: 'aws_s3_bucket.b', path: 'name', range: r(2, 15, 2, 33) },
      { from: 'aws_security_group.sg', to: 'aws_s3_bucket.b', path: 'ingress', range: r(6, 20, 6, 39) },
    ]);
    assert.equal(textAt(text, doc.links[0].range), 'aws_s3_bucket.b.id');
  });

  it('reports duplicate declarations', async () => {
    const doc = await parse('resource "aws_s3_bucket" "b" {}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n');
    assert.equal(doc.resources.length, 2);
    assert.deepEqual(doc.parseErrors, [
      { message: 'Duplicate resource `aws_s3_bucket.b`: it is already declared on line 1', range: r(2, 26, 2, 27), severity: 'error' },
    ]);
  });

  it('handles CRLF line endings, tabs and identifier labels', async () => {
    const text = 'resource aws_s3_bucket logs {\r\n\tbucket = "x"\r\n\tversioning {\r\n\t\tenabled = true\r\n\t}\r\n}\r\n';
    const doc = await parse(text);
    assert.deepEqual(doc.parseErrors, []);
    const b = resource(doc, 'aws_s3_bucket.logs');
    assert.deepEqual(b.range, r(0, 0, 5, 1));
    assert.deepEqual(b.typeRange, r(0, 9, 0, 22));
    assert.deepEqual(getProperty(b, 'versioning.enabled')!.range, r(3, 2, 3, 16));
  });

  it('an empty or comment-only file is Terraform with no resources', async () => {
    for (const text of ['', '# nothing here\n// 아무것도 없음 🚀\n']) {
      const doc = await parse(text);
      assert.deepEqual(doc, { format: 'terraform', syntax: 'hcl', resources: [], links: [], parseErrors: [] });
    }
  });

  it('is what parseDocument returns for .tf files', async () => {
    const text = fixture('good', 'storage.tf');
    const direct = await parseTerraform(text);
    direct.state.dispose();
    const viaDispatcher = await parseDocument(text, { uri: 'file:///infra/storage.tf' });
    assert.deepEqual(viaDispatcher, direct.doc);
    const byLanguage = await parseDocument(text, { languageId: 'terraform' });
    assert.deepEqual(byLanguage, direct.doc);
  });
});
