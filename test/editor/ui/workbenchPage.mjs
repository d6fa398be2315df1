// Page helpers for the VS Code workbench in code-server: selectors and waits that held over many
// runs (see /work/shared/reference/editor-probe/HARNESS.md). Each helper is bounded in time.

const HANGUL = /[\uac00-\ud7a3]/;
export { HANGUL };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value. */
export async function poll(what, probe, timeoutMs = 15_000, intervalMs = 250) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last.message.split('\n')[0]})` : ''}`);
    await sleep(intervalMs);
  }
}

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Loads the workbench and waits until it is usable (explorer shows the workspace). */
  async load(url, expectFile) {
    await this.page.goto(url, { timeout: 60_000 });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The explorer lists the folder once the remote connection and the file service are up.
    await this.page.locator(`.explorer-folders-view .monaco-list-row:has-text("${expectFile}")`).first().waitFor({ timeout: 60_000 });
  }

  /** The activity-bar entry of a view container, by its title. */
  activityItem(title) {
    return this.page.locator(`.activitybar .action-item .action-label[aria-label^="${title}"]`).first();
  }

  /** Rows of the tree views inside a view container. */
  viewRows(containerId) {
    return this.page.locator(`[id="workbench.view.extension.${containerId}"] .monaco-list-row`);
  }

  /** The labels (without description) of the visible rows of a view container's trees. */
  async viewRowLabels(containerId) {
    return this.viewRows(containerId).evaluateAll((rows) =>
      rows.map((r) => (r.querySelector('.label-name')?.textContent ?? '').trim()));
  }

  /** A row whose label is exactly `label` (the tree row's aria-label starts with the label). */
  viewRow(containerId, label) {
    return this.viewRows(containerId).filter({ has: this.page.locator(`.label-name:text-is("${label}"), .monaco-highlighted-label:text-is("${label}")`) }).first();
  }

  get quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  get quickInputBox() {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  quickInputRows() {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  }

  /** Runs a command by its palette title through F1. */
  async runCommand(title) {
    // A focused webview (an iframe) would get the focus back when the palette closes, and so close
    // the quick pick the command opens: leave the focus on the workbench's body instead.
    await this.page.evaluate(() => {
      if (document.activeElement instanceof HTMLIFrameElement) document.activeElement.blur();
    });
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    await this.quickInputBox.waitFor({ state: 'visible', timeout: 10_000 });
    await this.quickInputBox.fill(`>${title}`);
    const row = this.quickInputRows().filter({ hasText: title }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
  }

  /**
   * Waits until no frame has been added or removed for `quietMs`: a webview whose HTML was just
   * replaced reloads its iframe, and a focused one takes the focus back when it has loaded (which
   * would close a quick pick opened meanwhile).
   */
  async waitForFramesToSettle(quietMs = 1_000, timeoutMs = 10_000) {
    const end = Date.now() + timeoutMs;
    let last = this.page.frames().map((f) => f.url()).join('\n');
    let since = Date.now();
    while (Date.now() - since < quietMs) {
      if (Date.now() > end) throw new Error(`frames kept changing for ${timeoutMs} ms`);
      await sleep(100);
      const now = this.page.frames().map((f) => f.url()).join('\n');
      if (now !== last) {
        last = now;
        since = Date.now();
      }
    }
  }

  /**
   * Runs a command that opens a quick pick, types `text` and waits for a result row matching
   * `rowText`. Tries twice: a quick pick closes when something else takes the focus.
   * @returns the row locator
   */
  async searchWith(commandTitle, text, rowText, log = () => {}) {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.runCommand(commandTitle);
        return await this.typeInQuickPick(text, rowText);
      } catch (e) {
        if (attempt >= 2) throw e;
        log(`quick pick lost (${e.message.split('\n')[0]}); trying again`);
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /**
   * Waits for the quick pick a command opened (the palette has closed and a fresh empty input is
   * shown), types `text` and waits for a result row matching `rowText` (a RegExp or string).
   * @returns the row locator
   */
  async typeInQuickPick(text, rowText, timeoutMs = 15_000) {
    await poll('the command\'s quick pick', async () =>
      (await this.quickInputBox.isVisible()) && (await this.quickInputBox.inputValue()) === '', 10_000);
    await this.quickInputBox.fill(text, { timeout: 5_000 });
    const row = this.quickInputRows().filter({ hasText: rowText }).first();
    await row.waitFor({ timeout: timeoutMs });
    return row;
  }

  /** The text label of a quick pick row (without description/detail). */
  async quickPickLabel(row) {
    return (await row.locator('.quick-input-list-label .label-name, .monaco-icon-label .label-name').first().innerText()).trim();
  }

  /** The active editor tab's title. */
  async activeTabTitle() {
    return (await this.page.locator('.tabs-container .tab.active .label-name, .tabs-container .tab.active .tab-label').first().innerText()).trim();
  }

  /**
   * Webview content lives in nested iframes (workbench → webview host → #active-frame). Polls all
   * frames for one whose `selector` text satisfies `accept`; returns {frame, text}.
   */
  async webviewText(selector, accept, what, timeoutMs = 20_000) {
    return poll(what, async () => {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame() || frame.isDetached()) continue;
        const element = frame.locator(selector).first();
        if ((await element.count().catch(() => 0)) === 0) continue;
        const text = (await element.innerText({ timeout: 1_000 }).catch(() => '')).trim();
        if (accept(text)) return { frame, text };
      }
      return undefined;
    }, timeoutMs);
  }

  /**
   * Opens the notification center and returns its entry containing `text`. (With the smoke-test
   * driver enabled, the workbench shows no toasts: notifications only land in the center.)
   */
  async notificationInCenter(text, timeoutMs = 15_000) {
    const item = this.page.locator('.notifications-center .notification-list-item').filter({ hasText: text }).first();
    await poll(`a notification containing "${text}"`, async () => {
      if (!(await this.page.locator('.notifications-center.visible').isVisible())) {
        await this.runCommand('Notifications: Show Notifications');
      }
      return item.isVisible();
    }, timeoutMs, 500);
    return item;
  }
}
