// UI flow: what a person does with the Knowledge side bar, in the real workbench.
//   00 the workbench loads the workspace with the extension under development
//   01 the "AWS Field Guide" activity-bar icon opens the Knowledge tree; a category expands (Korean)
//   02 F1 → "AWS Field Guide: Search Knowledge", a Korean query lists results
//   03 picking the first result opens the topic panel in Korean
//   04 awsFieldGuide.language := en in the workspace settings file: tree and open panel follow live
//   05 search again in English and open an English topic
//   06 opening an unknown topic (a keybinding passes the id) shows an error notification
// Each step saves test-results/ui-<step>.png.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, WORKBENCH_NOISE } from '../lib/browser.mjs';
import { StepRunner } from '../lib/steps.mjs';
import { workbenchUrl } from '../lib/workbench.mjs';
import { HANGUL, poll, Workbench } from './workbenchPage.mjs';

const CONTAINER_ID = 'awsFieldGuide';
const CONTAINER_TITLE = 'AWS Field Guide';
const SEARCH_COMMAND = 'AWS Field Guide: Search Knowledge';
/** Bound in the user keybindings by run.mjs (UNKNOWN_TOPIC_KEYBINDING). */
export const UNKNOWN_TOPIC_ID = 'no-such-topic-from-ui';
export const UNKNOWN_TOPIC_KEYBINDING = { key: 'ctrl+alt+shift+f9', command: 'awsFieldGuide.openTopic', args: UNKNOWN_TOPIC_ID };

/** Writes the workspace's .vscode/settings.json, keeping whatever else it holds. */
export function setWorkspaceSetting(folder, key, value) {
  const file = path.join(folder, '.vscode', 'settings.json');
  let settings = {};
  try {
    settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    /* none yet (examples/ has no JSONC comments in it, so JSON.parse is enough) */
  }
  settings[key] = value;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/**
 * @param {object} o
 * @param {object} o.server      from startCodeServer()
 * @param {string} o.chromium
 * @param {string} o.folder      workspace (a copy of examples/); its settings get awsFieldGuide.language
 * @param {string} o.extensionDevelopmentPath
 * @param {string} o.resultsDir
 * @returns {Promise<{passed:number, failed:number, results:object[]}>}
 */
export async function runKnowledgeFlow(o) {
  setWorkspaceSetting(o.folder, 'awsFieldGuide.language', 'ko');
  const browser = await launchBrowser({ chromium: o.chromium });
  const { page } = browser;
  const consoleLines = [];
  page.on('console', (m) => {
    if (WORKBENCH_NOISE.test(m.text())) return;
    const where = m.type() === 'error' && m.location()?.url ? ` (${m.location().url})` : '';
    consoleLines.push(`${m.type()}: ${m.text()}${where}`);
  });
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  const wb = new Workbench(page);
  const steps = new StepRunner({ page, resultsDir: o.resultsDir, prefix: 'ui' });
  const topicHeading = (accept, what, timeoutMs) => wb.webviewText('h1', accept, what, timeoutMs);

  try {
    await steps.step('00-workbench', async () => {
      await wb.load(workbenchUrl(o.server, { folder: o.folder, extensionDevelopmentPath: o.extensionDevelopmentPath }), 'README.md');
      await wb.activityItem(CONTAINER_TITLE).waitFor({ timeout: 30_000 });
    }, { timeoutMs: 90_000 });

    await steps.step('01-tree', async () => {
      await wb.activityItem(CONTAINER_TITLE).click();
      const rows = wb.viewRows(CONTAINER_ID);
      await rows.first().waitFor({ timeout: 20_000 });
      // The workspace says ko: first-level rows are Korean category names.
      const labels = await poll('Korean category rows', async () => {
        const all = await wb.viewRowLabels(CONTAINER_ID);
        return all.length > 0 && all.every((l) => HANGUL.test(l)) ? all : undefined;
      });
      const category = labels.includes('스토리지') ? '스토리지' : labels[0];
      const before = labels.length;
      const row = wb.viewRow(CONTAINER_ID, category);
      await row.click();
      await poll('the category to expand', async () => (await row.getAttribute('aria-expanded')) === 'true' && (await rows.count()) > before);
      const topics = (await wb.viewRowLabels(CONTAINER_ID)).filter((l) => !labels.includes(l));
      if (!topics.some((l) => HANGUL.test(l))) throw new Error(`no Korean topic titles under "${category}": ${JSON.stringify(topics)}`);
      steps.log(`expanded "${category}": ${topics.slice(0, 4).join(' · ')}${topics.length > 4 ? ' …' : ''}`);
    });

    let koTitle = '';
    let koRow;
    await steps.step('02-search-ko', async () => {
      koRow = await wb.searchWith(SEARCH_COMMAND, '보안그룹의', HANGUL, (m) => steps.log(m));
      koTitle = await wb.quickPickLabel(koRow);
      if (!HANGUL.test(koTitle)) throw new Error(`the first result is not Korean: "${koTitle}"`);
      steps.log(`first result for 보안그룹의: "${koTitle}"`);
    });

    await steps.step('03-topic-ko', async () => {
      await koRow.click();
      await wb.quickInput.waitFor({ state: 'hidden', timeout: 10_000 });
      const { text } = await topicHeading((t) => t === koTitle, `the topic panel heading "${koTitle}"`);
      await poll(`the tab title "${koTitle}"`, async () => (await wb.activeTabTitle()) === koTitle);
      steps.log(`panel heading: "${text}"`);
    });

    await steps.step('04-switch-en', async () => {
      setWorkspaceSetting(o.folder, 'awsFieldGuide.language', 'en');
      // The file watcher picks up the change; the open panel and the tree re-render in English.
      const { text } = await topicHeading((t) => t.length > 0 && !HANGUL.test(t), 'the open panel to switch to English', 30_000);
      await wb.viewRow(CONTAINER_ID, 'Storage').waitFor({ timeout: 15_000 });
      steps.log(`panel heading now: "${text}"`);
      // Let the re-rendered webview finish loading before the next step opens a quick pick.
      await wb.waitForFramesToSettle();
    });

    await steps.step('05-topic-en', async () => {
      const row = await wb.searchWith(SEARCH_COMMAND, 'storage class', 'S3 storage classes', (m) => steps.log(m));
      await row.click();
      await topicHeading((t) => t === 'S3 storage classes', 'the topic panel heading "S3 storage classes"');
      await poll('the tab title "S3 storage classes"', async () => (await wb.activeTabTitle()) === 'S3 storage classes');
      // The body is rendered markdown: the storage-class comparison table is there.
      await poll('the comparison table in the panel', async () => {
        for (const frame of page.frames()) {
          if (await frame.locator('table').count().catch(() => 0)) return true;
        }
        return false;
      });
    });

    await steps.step('06-unknown-topic', async () => {
      // Focus the workbench (not a webview, whose iframe would get the keys), then the keybinding.
      await page.locator('.activitybar').click();
      await page.keyboard.press('Control+Alt+Shift+F9');
      const item = await wb.notificationInCenter(UNKNOWN_TOPIC_ID);
      if ((await item.locator('.codicon-error').count()) === 0) throw new Error(`the notification is not an error: ${await item.innerText()}`);
    }, { independent: true });
  } finally {
    fs.writeFileSync(path.join(o.resultsDir, 'ui-console.log'), `${consoleLines.join('\n')}\n`);
    await browser.close();
  }
  return { passed: steps.passed, failed: steps.failed, results: steps.results };
}
