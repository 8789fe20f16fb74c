// The UI smoke test: a person's path through the real workbench (code-server, Copydesk installed),
// driven by Playwright in Chromium. Open an article by clicking it in the Explorer, hover a name and
// read the hover widget, see a conflict's squiggle and its entry in the Problems panel. Every step
// leaves a screenshot in the results folder (CI keeps it as an artifact); the runner copies two of
// them into docs/ for the README with --update-docs.
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TestResult } from '../results';

/** [screenshot in the results folder, file under docs/] */
export const UI_SCREENSHOTS_FOR_DOCS: readonly (readonly [string, string])[] = [
  ['hover-name.png', 'e2e-hover-name.png'],
  ['conflict-warning.png', 'e2e-conflict-warning.png'],
];

const SUITE = 'Workbench';

export async function uiSmoke(page: Page, resultsDir: string): Promise<TestResult[]> {
  const results: TestResult[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(resultsDir, name) });
  const step = async (title: string, body: () => Promise<void>) => {
    const t0 = Date.now();
    try {
      await body();
      results.push({ suite: SUITE, title, state: 'passed', ms: Date.now() - t0 });
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      await shot(`failed-${results.length + 1}.png`).catch(() => undefined);
      results.push({ suite: SUITE, title, state: 'failed', ms: Date.now() - t0, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } });
    }
  };

  await step('the workbench opens the fixture folder', async () => {
    // A cold start builds the workbench and the extension host: the first wait is the long one.
    await treeItem(page, 'desk').waitFor({ state: 'visible', timeout: 120_000 });
    await treeItem(page, 'seeds').waitFor({ state: 'visible' });
    await shot('workbench.png');
  });

  await step('hover over "De Mistura", opened from the Explorer: the full name and the role', async () => {
    await openFromExplorer(page, 'seeds', '004_5b1f978478f94a9d.txt');
    const hover = await hoverOver(page, 'De Mistura said he hoped', 'Staffan de Mistura');
    const text = await hover.innerText();
    if (!/person/.test(text) || !/envoy/.test(text)) throw new Error(`the hover lacks the kind or the role:\n${text}`);
    await shot('hover-name.png');
  });

  await step('a date conflict: its squiggle, its hover and its entry in the Problems panel', async () => {
    await page.mouse.move(5, 5);
    await openFromExplorer(page, 'desk', '01-kelbourne-courier-bridge.txt');
    const editor = activeEditor(page);
    await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
    const hover = await hoverOver(page, 'on Tuesday to shut', 'Date conflict over the vote');
    const text = await hover.innerText();
    if (!/Northline News/.test(text)) throw new Error(`the warning does not name the other source:\n${text}`);
    await shot('conflict-warning.png');
    await page.mouse.move(5, 5);
    await page.locator('[id="status.problems"]').click();
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    await panel.locator('.monaco-list-row', { hasText: 'Date conflict over the vote' }).first().waitFor({ state: 'visible' });
    await shot('problems.png');
  });

  await step('the Desk view lists the people; its Timeline button opens the timeline webview', async () => {
    await page.mouse.move(5, 5);
    // Close the Problems panel and fold the folder tree, so the Desk view has the side bar's height.
    await page.locator('.part.panel').getByRole('button', { name: /^(Hide|Close) Panel/ }).first().click();
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    const folders = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header').first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const desk = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Desk/ }) }).first();
    const header = desk.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await desk.getByRole('treeitem', { name: /^People/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
    // People come with their mention counts; the most mentioned person of the fixture comes first.
    await desk.locator('.monaco-list-row', { hasText: 'Staffan de Mistura' }).filter({ hasText: /\d+ mentions/ }).first().waitFor({ state: 'visible' });
    await shot('desk-view.png');
    await header.hover();
    await header.getByRole('button', { name: 'Show Timeline' }).click();
    await page.locator('.tab', { hasText: 'Copydesk Timeline' }).waitFor({ state: 'visible' });
    // The webview's page sits two frames down (the webview host, then its active frame).
    const content = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    await content.locator('ol.events li').first().waitFor({ state: 'visible', timeout: 30_000 });
    await shot('timeline.png');
  });

  return results;
}

/** The element's box once it is on screen; the editor re-renders its overlays, so ask until one holds still. */
async function boxOf(locator: Locator, what: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`${what} is not on screen`);
    try {
      await locator.waitFor({ state: 'visible', timeout: left });
      const box = await locator.boundingBox({ timeout: Math.min(left, 2_000) });
      if (box && box.width > 0) return box;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
    }
  }
}

function treeItem(page: Page, name: string): Locator {
  return page.locator('.explorer-folders-view').getByRole('treeitem', { name, exact: true });
}

function activeEditor(page: Page): Locator {
  // Editors replaced in the group can stay in the page, hidden: only the visible one counts.
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').filter({ visible: true }).first();
}

/** Expands the folder if needed and clicks the file, as a person would; waits for its tab. */
async function openFromExplorer(page: Page, folder: string, file: string): Promise<void> {
  const item = treeItem(page, file);
  if (!(await item.isVisible())) await treeItem(page, folder).click();
  await item.click();
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ state: 'visible' });
  await activeEditor(page).locator('.view-lines').waitFor({ state: 'visible' });
}

/**
 * Gives the editor the keyboard through its input element. A click on its lines, on a fresh
 * workbench, timed out twice in clean-clone CI runs (the lines "not stable" while code lenses and
 * decorations arrive, then the click never landed); focusing the element needs neither a still
 * layout nor a free spot to click. A click is the fallback where focus did not take.
 */
async function focusEditor(editor: Locator): Promise<void> {
  await editor.locator('.native-edit-context, textarea.inputarea').first().focus();
  if (await editor.evaluate((e) => e.classList.contains('focused'))) return;
  await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
}

/**
 * Finds `text` with the editor's find widget (which scrolls it into view), closes the widget and
 * moves the mouse over the start of the match; resolves with the hover once it shows `expect`.
 */
async function hoverOver(page: Page, text: string, expect: string): Promise<Locator> {
  const editor = activeEditor(page);
  await focusEditor(editor);
  await page.keyboard.press('Control+F');
  const find = editor.locator('.find-widget.visible textarea, .find-widget.visible input').first();
  await find.waitFor({ state: 'visible' });
  await find.fill(text);
  const match = editor.locator('.currentFindMatch, .findMatch').first();
  await match.waitFor({ state: 'attached' });
  await page.keyboard.press('Escape');
  await editor.locator('.find-widget.visible').waitFor({ state: 'detached' }).catch(() => undefined);
  // The selection stays on the match: its box is where the text is.
  const box = await boxOf(editor.locator('.selected-text').filter({ visible: true }).first(), `the selection on "${text}"`);
  const x = box.x + 12;
  const y = box.y + box.height / 2;
  // A click there puts the cursor at the start of the match (no selection in the screenshot).
  await page.mouse.click(x, y);
  const hover = page.locator('.monaco-hover', { hasText: expect }).first();
  // Monaco shows a hover on mouse movement that rests; a move lost to a re-render (decorations,
  // inlay hints arriving) shows nothing, so move off and back until the hover shows, a few times.
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(x + 2, y, { steps: 2 });
    try {
      await hover.waitFor({ state: 'visible', timeout: 8_000 });
      return hover;
    } catch (e) {
      if (attempt === 4) throw e;
      await page.mouse.move(5, 5);
    }
  }
}
