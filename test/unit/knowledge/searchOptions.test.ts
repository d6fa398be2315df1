import * as assert from 'node:assert/strict';
import { processTerm, tokenize } from '../../../src/core/knowledge/searchOptions';

describe('search tokenizer', () => {
  it('indexes Hangul words with their character bigrams so particles do not hide them', () => {
    assert.deepEqual(tokenize('보안그룹의'), ['보안그룹의', '보안', '안그', '그룹', '룹의']);
    assert.deepEqual(tokenize('보안 그룹'), ['보안', '그룹']);
  });

  it('splits Latin words on punctuation and at script boundaries', () => {
    assert.deepEqual(tokenize('AWS::S3::Bucket STANDARD_IA'), ['AWS', 'S3', 'Bucket', 'STANDARD', 'IA']);
    assert.deepEqual(tokenize('NACL아웃바운드'), ['NACL', '아웃바운드', '아웃', '웃바', '바운', '운드']);
  });

  it('keeps emoji and symbols out of the index', () => {
    assert.deepEqual(tokenize('🚀 S3 — 버킷!'), ['S3', '버킷']);
  });

  it('folds English plurals and case, leaves Korean and short words alone', () => {
    assert.equal(processTerm('Buckets'), 'bucket');
    assert.equal(processTerm('policies'), 'policy');
    assert.equal(processTerm('access'), 'access');
    assert.equal(processTerm('status'), 'status');
    assert.equal(processTerm('classes'), 'class');
    assert.equal(processTerm('AWS'), 'aws');
    assert.equal(processTerm('그룹의'), '그룹의');
    assert.equal(processTerm('EC2s'), 'ec2s');
  });
});
