import * as assert from 'node:assert/strict';
import { STORAGE_CLASSES } from '../../../src/core/hover/storageClasses';
import { lint } from '../../../src/core/rules/engine';
import { RULES } from '../../../src/core/rules/index';
import { at, hover, knowledge, parse, rangeOf, sectionsOf, TODAY, topicCommands, urls } from './helpers';

const TF = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/';

const HCL = `# 로그 보관 🚀
provider "aws" { region = "ap-northeast-2" }

variable "size" { default = "t3.micro" }

resource "aws_s3_bucket" "logs" {
  bucket = "logs-팀-🚀"
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "보관-🧊"
    status = "Enabled"
    transition {
      days = 30
      /* 저빈도 🧊 */ storage_class = "STANDARD_IA"
    }
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}

resource "aws_s3_object" "report" {
  bucket        = aws_s3_bucket.logs.id
  key           = "보고서.pdf"
  storage_class = "ONEZONE_IA"
}

resource "aws_dynamodb_table" "t" {
  name         = "t"
  table_class  = "STANDARD"
  billing_mode = "PAY_PER_REQUEST"
}

data "aws_ami" "al2023" {
  most_recent = true
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.al2023.id
  instance_type = "m7g.large"
}

resource "aws_lambda_function" "fn" {
  function_name = "fn"
  runtime       = "python3.8"
  role          = "arn:aws:iam::123456789012:role/r"
}

resource "google_storage_bucket" "g" {
  name = "g"
}
`;

describe('hover: Terraform', () => {
  it('on a resource type: the leading topic, notes for the nested blocks it uses, the registry page', async () => {
    const doc = await parse(HCL, 'terraform');
    const h = hover(doc, at(HCL, 'aws_s3_bucket_lifecycle_configuration'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(HCL, '"aws_s3_bucket_lifecycle_configuration"', 0, 'aws_s3_bucket_lifecycle_configuration'));
    assert.equal(topicCommands(h)[0], 's3-lifecycle');
    assert.equal(sectionsOf(h, 'title')[0].text, knowledge().topic('s3-lifecycle')!.title.en);
    const paths = sectionsOf(h, 'propertyNote').map(n => n.path);
    assert.ok(paths.includes('rule.transition.storage_class'), paths.join(', '));
    assert.ok(urls(h).includes(`${TF}resources/s3_bucket_lifecycle_configuration`));
  });

  it('findings on the resource, in Korean', async () => {
    const doc = await parse(HCL, 'terraform');
    const findings = lint(doc, HCL, { rules: RULES, language: 'ko', today: TODAY }).findings;
    const h = hover(doc, at(HCL, 'aws_s3_bucket"'), 'ko', findings);
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(HCL, '"aws_s3_bucket"', 0, 'aws_s3_bucket'));
    const ours = findings.filter(f => f.resource.address === 'aws_s3_bucket.logs');
    assert.ok(ours.length > 0, 'the bucket has findings to show');
    assert.deepEqual(sectionsOf(h, 'findings')[0]?.items.map(i => i.ruleId) ?? [], ours.map(f => f.ruleId));
    assert.equal(sectionsOf(h, 'title')[0].text, knowledge().topic('s3')!.title.ko);
  });

  it('on a key in a repeated nested block after a Korean comment with an emoji', async () => {
    const doc = await parse(HCL, 'terraform');
    const h = hover(doc, at(HCL, 'storage_class = "STANDARD_IA"', 0, 2));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(HCL, 'storage_class = "STANDARD_IA"', 0, 'storage_class'));
    assert.equal(sectionsOf(h, 'title')[0].text, 'rule.transition.storage_class');
    assert.ok(sectionsOf(h, 'propertyNote').some(n => n.topicId === 's3-storage-classes'));
    assert.deepEqual(urls(h), [`${TF}resources/s3_bucket_lifecycle_configuration#argument-reference`]);
  });

  it('storage class values: the table, highlighted, with the quotes in the token range', async () => {
    const doc = await parse(HCL, 'terraform');
    const ia = hover(doc, at(HCL, '"STANDARD_IA"'));
    assert.ok(ia);
    assert.deepEqual(ia.range, rangeOf(HCL, '"STANDARD_IA"'));
    assert.equal(sectionsOf(ia, 'table')[0].highlightedRow, STORAGE_CLASSES.findIndex(c => c.id === 'STANDARD_IA'));
    const glacier = hover(doc, at(HCL, '"GLACIER"'), 'ko');
    assert.equal(sectionsOf(glacier, 'table')[0].highlightedRow, STORAGE_CLASSES.findIndex(c => c.id === 'GLACIER'));
    assert.equal(sectionsOf(glacier, 'table')[0].caption, 'S3 스토리지 클래스');
    const object = hover(doc, at(HCL, '"ONEZONE_IA"'));
    assert.equal(sectionsOf(object, 'table')[0].highlightedRow, STORAGE_CLASSES.findIndex(c => c.id === 'ONEZONE_IA'));
  });

  it('STANDARD outside S3 is not a storage class (DynamoDB table class)', async () => {
    const doc = await parse(HCL, 'terraform');
    const h = hover(doc, at(HCL, '"STANDARD"'));
    assert.ok(!h || sectionsOf(h, 'table').length === 0);
    assert.ok(!h || sectionsOf(h, 'valueNote').every(n => n.topicId !== 's3-storage-classes'));
  });

  it('a data source: its own registry page even with no topic', async () => {
    const doc = await parse(HCL, 'terraform');
    const h = hover(doc, at(HCL, '"aws_ami"'));
    assert.ok(h);
    assert.deepEqual(h.range, rangeOf(HCL, '"aws_ami"', 0, 'aws_ami'));
    assert.equal(sectionsOf(h, 'title')[0].text, 'aws_ami');
    assert.deepEqual(urls(h), [`${TF}data-sources/ami`]);
  });

  it('instance types and runtimes', async () => {
    const doc = await parse(HCL, 'terraform');
    const instance = hover(doc, at(HCL, 'm7g.large'));
    assert.ok(sectionsOf(instance, 'notes')[0].items.some(i => /Graviton/.test(i.markdown)));
    const runtime = hover(doc, at(HCL, 'python3.8'), 'ko');
    assert.ok(runtime);
    assert.deepEqual(runtime.range, rangeOf(HCL, '"python3.8"'));
    assert.match(sectionsOf(runtime, 'notes')[0].items[0].markdown, /2024-10-14/);
  });

  it('providers, variables and other providers\' resources get no hover', async () => {
    const doc = await parse(HCL, 'terraform');
    assert.equal(hover(doc, at(HCL, 'provider "aws"', 0, 11)), undefined);
    assert.equal(hover(doc, at(HCL, '"t3.micro"')), undefined);
    assert.equal(hover(doc, at(HCL, 'google_storage_bucket')), undefined);
  });
});
