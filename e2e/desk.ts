// Steps the desk specs share: dropping files on the window, importing the sample, waiting for
// autosave, reaching a control with the keyboard alone.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SAMPLE, storyOptions } from './fixtures';

/** A file to drop: a path on disk, or a name and its bytes. */
export type DropFile = string | { name: string; mimeType?: string; buffer: Buffer };

/**
 * Drags files over the window and drops them, as from a file manager; returns the Import dialog,
 * waiting for it `timeout` ms (the expect default unless given: several files take longer).
 */
export async function dropFiles(
  page: Page,
  files: DropFile[],
  { timeout }: { timeout?: number } = {},
): Promise<Locator> {
  const items = files.map((f) =>
    typeof f === 'string'
      ? { name: basename(f), type: 'text/plain', base64: readFileSync(f).toString('base64') }
      : { name: f.name, type: f.mimeType ?? '', base64: f.buffer.toString('base64') },
  );
  // An expression string: e2e type-checks as Node code, without DataTransfer.
  const dataTransfer = await page.evaluateHandle(`(() => {
    const dt = new DataTransfer();
    for (const f of ${JSON.stringify(items)}) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  })()`);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop files to import them')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByText('Drop files to import them')).toBeHidden();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  // The host's first import starts its split thread: on a busy machine that takes some seconds.
  await expect(dialog).toBeVisible({ timeout: timeout ?? 15_000 });
  return dialog;
}

export const HARBOUR = 'Harbour Bridge Reopens After Storm Repairs';
export const FISHERMEN = 'Fishermen Protest New Quotas in Coastal Town';

/** Drops resources/samples/harbour-and-fishermen.txt and accepts the split: two stories. */
export async function openSample(page: Page): Promise<void> {
  const dialog = await dropFiles(page, [SAMPLE]);
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expect(dialog).toBeHidden();
  await expectStories(page, [HARBOUR, FISHERMEN]);
}

/**
 * A house that wants every caption to end in a full stop: the sample's Harbour caption, which has
 * none, then carries a flag (the default house style leaves caption endings alone). Set through the
 * API before the desk reads its settings, so a keyboard-only test stays keyboard-only.
 */
export async function wantFullStops(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const settings = await window.copydesk.getSettings({});
    if (!settings.ok) throw new Error(settings.error.message);
    const houseStyle = { ...settings.value.houseStyle, captionFullStop: 'always' };
    const updated = await window.copydesk.updateSettings({ houseStyle });
    if (!updated.ok) throw new Error(updated.error.message);
  })()`);
  await page.reload();
}

/** The stories list shows exactly these headlines, in this order. */
export async function expectStories(page: Page, headlines: string[]): Promise<void> {
  await expect(storyOptions(page)).toHaveCount(headlines.length);
  for (const [i, headline] of headlines.entries()) {
    await expect(storyOptions(page).nth(i)).toHaveAccessibleName(
      new RegExp(`^${headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`),
    );
  }
}

/** The option for the story with this headline. */
export function storyOption(page: Page, headline: string): Locator {
  return storyOptions(page).filter({ hasText: headline });
}

/**
 * Resolves once autosave has written a document holding every one of `texts` (as they appear in the
 * saved JSON) and the desk says all changes are saved. Start it before the edits, await it after.
 */
export function autosaveOf(page: Page, ...texts: string[]): Promise<void> {
  const response = page.waitForResponse((r) => {
    const body = r.request().postData() ?? '';
    return r.url().endsWith('/api/saveDocument') && texts.every((t) => body.includes(t));
  });
  return (async () => {
    expect(await (await response).json()).toMatchObject({ ok: true });
    await expect(page.getByText('All changes saved')).toBeVisible();
  })();
}

/** Puts the caret at the very end of the story's body (End alone stops at a wrapped line's end). */
export async function caretAtEndOfBody(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('Control+End');
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never comes round. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `${key} never reached it`).toBeFocused({ timeout: 1 });
}
