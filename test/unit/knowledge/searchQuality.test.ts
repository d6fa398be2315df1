/**
 * Search quality over the real knowledge base: each query's expected topic must be in the top 3,
 * and the mean reciprocal rank over all queries must be at least 0.9.
 */
import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { validateKnowledge } from '../../../src/core/knowledge/validate';
import { KNOWN_RULE_IDS } from '../../../scripts/knownRuleIds';
import { readKnowledgeSchema, readKnowledgeSources } from '../../../scripts/knowledgeSources';

export const KOREAN_QUERIES: [string, string][] = [
  ['보안그룹의', 'security-groups'],
  ['보안 그룹 인바운드 규칙', 'security-groups'],
  ['NACL 아웃바운드', 'network-acl'],
  ['네트워크 ACL의 규칙 번호', 'network-acl'],
  ['스팟 인스턴스', 'ec2-spot-instances'],
  ['예약 인스턴스', 'ec2-purchase-options'],
  ['프로비저닝된 동시성', 'lambda-provisioned-concurrency'],
  ['스토리지 클래스', 's3-storage-classes'],
  ['수명 주기 규칙', 's3-lifecycle'],
  ['퍼블릭 액세스 차단', 's3-public-access'],
  ['버킷 버전 관리', 's3-versioning'],
  ['EBS 스냅샷', 'ebs-snapshots'],
  ['인스턴스 스토어', 'instance-store'],
  ['공유 파일 시스템', 'efs-and-fsx'],
  ['다중 AZ 배포', 'rds-multi-az'],
  ['읽기 전용 복제본', 'rds-read-replicas'],
  ['루트 계정의 액세스 키', 'iam-root-user'],
  ['멀티 팩터 인증', 'iam-mfa'],
  ['암호 정책', 'iam-password-policy'],
  ['최소 권한 원칙', 'iam-least-privilege'],
  ['사용자 데이터', 'ec2-user-data'],
  ['인스턴스 메타데이터', 'ec2-instance-metadata'],
  ['배치 그룹', 'ec2-placement-groups'],
  ['고정 세션', 'elb-sticky-sessions'],
  ['탄력적 IP', 'elastic-ip'],
  ['총소유비용', 'tco'],
  ['지원 플랜', 'support-plans'],
  ['공동 책임 모델', 'shared-responsibility-model'],
  ['가용 영역', 'regions-and-availability-zones'],
  ['데이터 레이크', 'data-lake'],
  ['흐름 로그를', 'vpc-flow-logs'],
  ['NAT 게이트웨이', 'nat-gateway'],
];

export const ENGLISH_QUERIES: [string, string][] = [
  ['security groups', 'security-groups'],
  ['network acls', 'network-acl'],
  ['nacl outbound rule', 'network-acl'],
  ['spot instance', 'ec2-spot-instances'],
  ['reserved instances', 'ec2-purchase-options'],
  ['provisioned concurrency', 'lambda-provisioned-concurrency'],
  ['storage classes', 's3-storage-classes'],
  ['lifecycle rules', 's3-lifecycle'],
  ['block public access', 's3-public-access'],
  ['bucket versioning', 's3-versioning'],
  ['ebs snapshots', 'ebs-snapshots'],
  ['IMDSv2', 'ec2-instance-metadata'],
  ['user data script', 'ec2-user-data'],
  ['placement groups', 'ec2-placement-groups'],
  ['multi-az failover', 'rds-multi-az'],
  ['read replicas', 'rds-read-replicas'],
  ['root user access keys', 'iam-root-user'],
  ['password policy', 'iam-password-policy'],
  ['least privilege', 'iam-least-privilege'],
  ['sticky sessions', 'elb-sticky-sessions'],
  ['deregistration delay', 'elb-deregistration-delay'],
  ['elastic ip', 'elastic-ip'],
  ['transit gatway', 'transit-gateway'],
  ['cloudfrnt', 'cloudfront'],
  ['DAX', 'dynamodb-accelerator'],
  ['well-architected tool', 'well-architected-tool'],
  ['codewhisperer', 'amazon-q-developer'],
  ['total cost of ownership', 'tco'],
  ['vpc flow logs', 'vpc-flow-logs'],
  ['kubernetes', 'eks'],
  ['serverless containers', 'fargate'],
  ['bastion host', 'bastion-host'],
];

describe('search quality', () => {
  const { topics } = validateKnowledge(readKnowledgeSources(), readKnowledgeSchema(), { knownRuleIds: KNOWN_RULE_IDS });
  const kb = KnowledgeBase.fromTopics(topics);
  const ranks: number[] = [];

  it('has at least 20 Korean and 20 English queries', () => {
    assert.ok(KOREAN_QUERIES.length >= 20 && ENGLISH_QUERIES.length >= 20);
  });

  for (const [lang, queries] of [['ko', KOREAN_QUERIES], ['en', ENGLISH_QUERIES]] as const) {
    for (const [query, expected] of queries) {
      it(`${lang}: "${query}" → ${expected} in the top 3`, () => {
        const ids = kb.search(query, lang, 10).map(h => h.id);
        const rank = ids.indexOf(expected) + 1;
        ranks.push(rank === 0 ? 0 : 1 / rank);
        assert.ok(rank >= 1 && rank <= 3, `got ${ids.slice(0, 5).join(', ')}`);
      });
    }
  }

  it('mean reciprocal rank ≥ 0.9', () => {
    assert.equal(ranks.length, KOREAN_QUERIES.length + ENGLISH_QUERIES.length);
    const mrr = ranks.reduce((a, b) => a + b, 0) / ranks.length;
    console.log(`      search MRR over ${ranks.length} queries: ${mrr.toFixed(3)}`);
    assert.ok(mrr >= 0.9, `MRR ${mrr.toFixed(3)}`);
  });

  it('finds topics in both languages whatever the query language', () => {
    assert.equal(kb.search('보안그룹', 'en', 1)[0]?.title, kb.topic('security-groups')?.title.en);
    assert.equal(kb.search('security group', 'ko', 1)[0]?.title, kb.topic('security-groups')?.title.ko);
  });

  it('returns nothing for an empty query or noise', () => {
    assert.deepEqual(kb.search('   ', 'en'), []);
    assert.deepEqual(kb.search('zzqxv', 'en'), []);
  });
});
