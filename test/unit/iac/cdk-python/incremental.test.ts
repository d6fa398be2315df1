import * as assert from 'node:assert/strict';
import { parseCdkPython } from '../../../../src/core/iac/cdk/python';
import { DocumentCache } from '../../../../src/core/analysis/documentCache';
import type { TextChange } from '../../../../src/core/model/edits';
import type { TreeSitterState } from '../../../../src/core/iac/treeSitterState';
import { fixture, pos } from './helpers';

/** The change replacing text[offset, offset + length) by `insert`, as the editor reports it. */
function change(text: string, offset: number, length: number, insert: string): TextChange {
  return { range: { start: pos(text, offset), end: pos(text, offset + length) }, rangeOffset: offset, rangeLength: length, text: insert };
}

function apply(text: string, c: TextChange): string {
  return text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
}

describe('cdk-python incremental parsing', () => {
  it('typing character by character, deleting, pasting Korean and emoji: each result equals a fresh parse', async () => {
    let text = fixture('good/web_stack.py');
    let { doc, state } = await parseCdkPython(text);
    const states: TreeSitterState[] = [state];
    const steps: Array<(t: string) => TextChange> = [];
    // Type a new keyword argument into the bucket, one character at a time (half-typed in between).
    const typed = '\n            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,';
    for (let i = 0; i < typed.length; i++) {
      steps.push(t => change(t, t.indexOf('enforce_ssl=True,') + 'enforce_ssl=True,'.length + i, 0, typed[i]));
    }
    steps.push(t => change(t, t.indexOf('max_azs=2'), 'max_azs=2'.length, 'max_azs=3')); // replace
    steps.push(t => change(t, t.indexOf('        web_sg.add_ingress_rule(ec2.Peer.any_ipv4()'), t.indexOf('\n', t.indexOf('web_sg.add_ingress_rule(ec2.Peer.any_ipv4()')) + 1 - t.indexOf('        web_sg.add_ingress_rule(ec2.Peer.any_ipv4()'), '')); // delete a line
    steps.push(t => change(t, 0, 0, '# 새 주석 🚀🚀 추가\n')); // paste at the top: every position moves
    steps.push(t => change(t, t.indexOf('"ShopVpc"'), 0, '"상점 VPC 🛒" if False else ')); // Korean + emoji inside a line
    steps.push(t => change(t, t.indexOf('deletion_protection=True,') + 'deletion_protection=True,'.length, 0, '\n            broken=(')); // break it
    steps.push(t => change(t, t.indexOf('broken=(') + 'broken=('.length, 0, ')')); // and fix it again
    for (const step of steps) {
      const c = step(text);
      const next = apply(text, c);
      const inc = await parseCdkPython(next, { previous: state, changes: [c] });
      const fresh = await parseCdkPython(next);
      assert.deepEqual(inc.doc, fresh.doc, `after change ${JSON.stringify(c.text)} at ${c.rangeOffset}`);
      fresh.state.dispose();
      text = next;
      doc = inc.doc;
      state = inc.state;
      states.push(state);
    }
    assert.ok(doc.resources.some(r => r.properties.some(p => p.key === 'objectOwnership')));
    for (const s of states) s.dispose();
  });

  it('several changes in one event are applied in order', async () => {
    const text0 = fixture('good/l1_constructs.py');
    const first = await parseCdkPython(text0);
    const c1 = change(text0, text0.indexOf('rule_number=100'), 'rule_number=100'.length, 'rule_number=200');
    const text1 = apply(text0, c1);
    const c2 = change(text1, text1.indexOf('cidr_block="0.0.0.0/0"'), 'cidr_block="0.0.0.0/0"'.length, 'cidr_block="10.0.0.0/8"  # 내부망 🏠');
    const text2 = apply(text1, c2);
    const inc = await parseCdkPython(text2, { previous: first.state, changes: [c1, c2] });
    const fresh = await parseCdkPython(text2);
    assert.deepEqual(inc.doc, fresh.doc);
    for (const s of [first.state, inc.state, fresh.state]) s.dispose();
  });

  it('through the document cache: the second version re-parses from the first tree', async () => {
    const cache = new DocumentCache();
    const uri = 'file:///stacks/web_stack.py';
    const v1 = fixture('good/web_stack.py');
    const d1 = await cache.get({ uri, version: 1, text: v1, languageId: 'python' });
    assert.equal(d1.format, 'cdk-python');
    const c = change(v1, v1.indexOf('memory_size=512'), 'memory_size=512'.length, 'memory_size=1024');
    const v2 = apply(v1, c);
    const d2 = await cache.get({ uri, version: 2, text: v2, languageId: 'python' }, { fromVersion: 1, changes: [c] });
    const fresh = await parseCdkPython(v2);
    assert.deepEqual(d2, fresh.doc);
    assert.equal(cache.parseCount, 2);
    fresh.state.dispose();
    cache.delete(uri);
  });
});
