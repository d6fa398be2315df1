/** The real CLI bundle (dist/cli.js, built by `node esbuild.mjs` before the unit tests). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('aws-field-guide search (dist/cli.js)', () => {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.mjs" first (npm run test:unit does)`);
  });

  it('prints JSON results best first', () => {
    const r = cli('search', '보안그룹의', '--json');
    assert.equal(r.code, 0, r.err);
    const hits = JSON.parse(r.out) as { id: string; title: string; score: number }[];
    assert.equal(hits[0].id, 'security-groups');
    assert.deepEqual(Object.keys(hits[0]).sort(), ['id', 'score', 'title']);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
  });

  it('titles follow --language', () => {
    const en = JSON.parse(cli('search', 'storage class', '--json', '--limit', '1').out) as { id: string; title: string }[];
    const ko = JSON.parse(cli('search', 'storage class', '--json', '--limit', '1', '--language', 'ko').out) as { id: string; title: string }[];
    assert.equal(en[0].id, 's3-storage-classes');
    assert.equal(en[0].title, 'S3 storage classes');
    assert.equal(ko[0].title, 'S3 스토리지 클래스');
  });

  it('prints readable text by default', () => {
    const r = cli('search', 'NACL', 'outbound', '--limit', '3');
    assert.equal(r.code, 0);
    assert.match(r.out, /^ 1\. .+ {2}\[network-acl\]\n {4}\S/);
    assert.equal(r.out.match(/^\s*\d+\. /gm)?.length, 3);
  });

  it('says so when nothing matches', () => {
    assert.equal(cli('search', 'zzqxv').out, 'No topic matches "zzqxv".\n');
  });

  it('rejects bad usage with exit code 2 and the usage text', () => {
    for (const args of [['search'], ['frobnicate'], ['search', 'x', '--language', 'fr'], ['search', 'x', '--limit', '0'], ['search', 'x', '--bogus']]) {
      const r = cli(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^aws-field-guide: .+\n\nUsage:/);
    }
  });

  it('prints help and version', () => {
    assert.match(cli('--help').out, /^Usage:\n {2}aws-field-guide lint .*\n.*\n {2}aws-field-guide search/);
    assert.match(cli('--version').out, /^\d+\.\d+\.\d+\n$/);
  });
});
