// UI flow: what a person does with an IaC file in the real workbench.
//   10 a CloudFormation template opens; the Problems panel lists AWS Field Guide findings
//   11 hovering an S3 storage class shows the comparison table, the hovered class highlighted
//   12 Ctrl+. on the NACL finding shows the quick fixes; the preferred fix adds the missing rule
//   13 the "This File" view lists the resources and their findings
//   14 with awsFieldGuide.language = ko, a hover on the resource type is in Korean
// Each step saves test-results/ui-<step>.png (the best ones are copied to media/ for the README).
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, WORKBENCH_NOISE } from '../lib/browser.mjs';
import { StepRunner } from '../lib/steps.mjs';
import { workbenchUrl } from '../lib/workbench.mjs';
import { setWorkspaceSetting } from './knowledgeFlow.mjs';
import { HANGUL, poll, Workbench } from './workbenchPage.mjs';

export const DEMO_FILE = 'field-guide-demo.yaml';
const DEMO = `AWSTemplateFormatVersion: "2010-09-09"
Description: Field Guide demo — 로그 버킷과 네트워크 ACL
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
      LifecycleConfiguration:
        Rules:
          - Id: archive
            Status: Enabled
            Transitions:
              - StorageClass: GLACIER
                TransitionInDays: 90
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  WebAcl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: !Ref Vpc
  HttpsIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref WebAcl
      RuleNumber: 100
      Protocol: 6
      RuleAction: allow
      Egress: false
      CidrBlock: 0.0.0.0/0
      PortRange: { From: 443, To: 443 }
`;

/** The first editor text span whose text is exactly `text`. */
function editorToken(page, text) {
  return page.locator(`.monaco-editor .view-lines span:text-is("${text}")`).first();
}

async function hoverOn(page, text) {
  const token = editorToken(page, text);
  await token.waitFor({ timeout: 15_000 });
  const box = await token.boundingBox();
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.move(box.x + Math.min(6, box.width / 2), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  return hover;
}

/**
 * @param {object} o  as for runKnowledgeFlow
 * @returns {Promise<{passed:number, failed:number, results:object[]}>}
 */
export async function runIacFlow(o) {
  fs.writeFileSync(path.join(o.folder, DEMO_FILE), DEMO);
  setWorkspaceSetting(o.folder, 'awsFieldGuide.language', 'en');
  const browser = await launchBrowser({ chromium: o.chromium });
  const { page } = browser;
  const consoleLines = [];
  page.on('console', (m) => {
    if (!WORKBENCH_NOISE.test(m.text())) consoleLines.push(`${m.type()}: ${m.text()}`);
  });
  const wb = new Workbench(page);
  const steps = new StepRunner({ page, resultsDir: o.resultsDir, prefix: 'ui' });
  const problems = () => page.locator('.markers-panel .monaco-list-row');

  try {
    await steps.step('10-problems', async () => {
      await wb.load(workbenchUrl(o.server, { folder: o.folder, extensionDevelopmentPath: o.extensionDevelopmentPath }), DEMO_FILE);
      await page.locator(`.explorer-folders-view .monaco-list-row:has-text("${DEMO_FILE}")`).first().click();
      await editorToken(page, 'GLACIER').waitFor({ timeout: 30_000 });
      await wb.runCommand('View: Toggle Problems');
      await poll('the NACL finding in the Problems panel', async () => {
        const texts = await problems().allInnerTexts();
        return texts.some((t) => t.includes('vpc-nacl-return-traffic'));
      }, 60_000);
      steps.log(`${await problems().count()} rows in the Problems panel`);
    }, { timeoutMs: 120_000 });

    await steps.step('11-hover-storage-class', async () => {
      const hover = await hoverOn(page, 'GLACIER');
      await poll('the storage-class table in the hover', async () => (await hover.locator('table').count()) > 0 && /Deep Archive/.test(await hover.innerText()));
      steps.log((await hover.innerText()).split('\n').slice(0, 3).join(' | '));
    });

    await steps.step('12-quick-fix-nacl', async () => {
      await page.keyboard.press('Escape');
      const row = problems().filter({ hasText: 'vpc-nacl-return-traffic' }).first();
      await row.click();
      await row.dblclick();
      await page.locator('.monaco-editor.focused').first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget:not(.action-list-submenu-panel)').first();
      await menu.waitFor({ state: 'visible', timeout: 15_000 });
      const items = await menu.locator('.action-label, .title').allInnerTexts();
      steps.log(`quick fixes: ${items.filter(Boolean).join(' | ')}`);
      await steps.screenshot('12-quick-fix-menu');
      await page.keyboard.press('Enter');
      await poll('the NACL finding to go after the fix', async () => {
        const texts = await problems().allInnerTexts();
        return !texts.some((t) => t.includes('vpc-nacl-return-traffic'));
      }, 30_000);
      if (!(await page.locator('.monaco-editor .view-lines').first().innerText()).includes('Egress: true')) {
        // The new entry may be below the fold: the Problems panel is the proof; the text check is a bonus.
        steps.log('the new outbound entry is outside the visible lines');
      }
    });

    await steps.step('13-this-file', async () => {
      await page.keyboard.press('Escape');
      await wb.activityItem('AWS Field Guide').click();
      await poll('the This File view rows', async () => {
        const labels = await wb.viewRowLabels('awsFieldGuide');
        return labels.includes('Logs') && labels.includes('WebAcl') ? labels : undefined;
      }, 30_000);
    }, { independent: true });

    await steps.step('14-hover-ko', async () => {
      setWorkspaceSetting(o.folder, 'awsFieldGuide.language', 'ko');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await poll('a Korean hover on AWS::EC2::NetworkAclEntry', async () => {
        await page.mouse.move(0, 0);
        const hover = await hoverOn(page, 'AWS::EC2::NetworkAclEntry');
        return HANGUL.test(await hover.innerText());
      }, 45_000);
    }, { independent: true });
  } finally {
    fs.writeFileSync(path.join(o.resultsDir, 'ui-iac-console.log'), `${consoleLines.join('\n')}\n`);
    await browser.close();
  }
  return { passed: steps.passed, failed: steps.failed, results: steps.results };
}
