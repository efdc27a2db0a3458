// Story metadata at the desk: byline, publication time and the story's dateline edited, the date read
// from the published text shown, the dateline moving in the copy with its field; exported to NITF and
// HTML through the Export dialog, and all of it still there after a reload.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { autosaveOf, HARBOUR, openSample, storyOption } from './desk';
import { expect, test } from './fixtures';

const BYLINE = 'Jane Doe and John Roe, Associated Press';
const PUBLISHED = 'Updated 3:14 PM GMT+1, November 20, 2024';
const READ_AS = 'read as 20 Nov 2024, 15:14 +01:00';

function fields(page: Page) {
  return {
    byline: page.getByRole('textbox', { name: 'Byline' }),
    published: page.getByRole('textbox', { name: 'Published' }),
    dateline: page.getByRole('textbox', { name: 'Story dateline' }),
    body: page.getByRole('textbox', { name: 'Body' }),
  };
}

/** The sample's copy has no dateline of its own: the editor types one at the start of the body. */
async function typeDatelineIntoBody(page: Page, dateline: string): Promise<void> {
  const { body } = fields(page);
  await body.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type(`${dateline} — `);
  await expect(body.locator('p').first()).toHaveText(
    new RegExp(`^${dateline.replace(/[()]/g, '\\$&')} — The harbour bridge reopened`),
  );
}

/** Exports the story on screen through the dialog; returns the one file written, as text. */
async function exportStory(page: Page, format: string, folder: string): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
  await dialog.getByRole('combobox', { name: 'Stories' }).selectOption('current');
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
  await dialog.getByRole('button', { name: 'Export 1 story' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Exported 1 story to 1 file in ${folder}.`);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  const [file, ...more] = readdirSync(folder);
  expect(more).toEqual([]);
  return readFileSync(join(folder, file!), 'utf8');
}

test('byline, published time and story dateline: edited, shown, exported and kept', async ({
  page,
}) => {
  const out = mkdtempSync(join(tmpdir(), 'copydesk-e2e-metadata-'));
  await openSample(page);
  const { byline, published, dateline, body } = fields(page);
  await expect(byline).toHaveValue('');
  await expect(published).toHaveValue('');
  await expect(dateline).toHaveValue('');

  const saved = autosaveOf(
    page,
    `"byline":"${BYLINE}"`,
    '"iso":"2024-11-20T15:14:00+01:00"',
    '"dateline":"BERGEN (NTB)"',
    '"text":"BERGEN (NTB) — The harbour bridge reopened',
  );
  await typeDatelineIntoBody(page, 'OSLO (NTB)');
  // Recorded where there was none: the copy already says it.
  await dateline.fill('OSLO (NTB)');
  await dateline.press('Tab');
  await expect(body.locator('p').first()).toHaveText(/^OSLO \(NTB\) — The harbour/);
  // Changed: the copy's opening changes with it once the editor leaves the field.
  await dateline.fill('BERGEN (NTB)');
  await expect(body.locator('p').first()).toHaveText(/^OSLO \(NTB\) — The harbour/);
  await dateline.press('Tab');
  await expect(body.locator('p').first()).toHaveText(/^BERGEN \(NTB\) — The harbour/);

  await byline.fill(BYLINE);
  await published.fill('Sometime on Tuesday');
  await expect(published).toHaveAccessibleDescription('no date read');
  await published.fill(PUBLISHED);
  await expect(published).toHaveAccessibleDescription(READ_AS);
  await expect(page.getByText(READ_AS)).toBeVisible();
  await saved;

  const nitf = await exportStory(page, 'NITF 3.6 XML', join(out, 'nitf'));
  expect(nitf).toContain(
    '<byline>By <person>Jane Doe</person> and <person>John Roe</person>, Associated Press</byline>',
  );
  expect(nitf).toContain('<dateline><location>BERGEN</location> (NTB)</dateline>');
  expect(nitf).toContain('<date.issue norm="20241120T151400+0100"/>');
  expect(nitf).toContain('<p>BERGEN (NTB) — The harbour bridge reopened');

  const html = await exportStory(page, 'HTML', join(out, 'html'));
  expect(html).toContain(
    `<h1>${HARBOUR}</h1>\n<p class="byline">By ${BYLINE} · <time datetime="2024-11-20T15:14:00+01:00">${PUBLISHED}</time></p>`,
  );
  expect(html).toContain('<p>BERGEN (NTB) — The harbour bridge reopened');

  await page.reload();
  await expect(storyOption(page, HARBOUR)).toHaveAttribute('aria-selected', 'true');
  await expect(byline).toHaveValue(BYLINE);
  await expect(published).toHaveValue(PUBLISHED);
  await expect(published).toHaveAccessibleDescription(READ_AS);
  await expect(dateline).toHaveValue('BERGEN (NTB)');
  await expect(body.locator('p').first()).toHaveText(/^BERGEN \(NTB\) — The harbour/);
});

test('a dateline change is one undo step; emptied fields are none, the copy kept', async ({
  page,
}) => {
  await openSample(page);
  const { published, dateline, body } = fields(page);
  await typeDatelineIntoBody(page, 'OSLO (NTB)');
  await dateline.fill('OSLO (NTB)');
  await dateline.press('Enter');
  await dateline.fill('TROMSØ (NTB)');
  await dateline.press('Enter');
  await expect(body.locator('p').first()).toHaveText(/^TROMSØ \(NTB\) — The harbour/);
  // The copy changed under the body editor, which leaves the caret and the Enter in the field.
  await expect(dateline).toBeFocused();
  await expect(body.locator('p')).toHaveCount(3);

  // Ctrl+Z outside the fields takes the change back, field and copy together.
  await page.getByRole('listbox', { name: 'Stories' }).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(dateline).toHaveValue('OSLO (NTB)');
  await expect(body.locator('p').first()).toHaveText(/^OSLO \(NTB\) — The harbour/);

  const saved = autosaveOf(page, '"dateline":null', '"published":null', '"text":"OSLO (NTB) — ');
  await published.fill(PUBLISHED);
  await expect(published).toHaveAccessibleDescription(READ_AS);
  await published.fill('');
  await expect(page.getByText(/read as|no date read/)).toBeHidden();
  await dateline.fill('');
  await dateline.press('Tab');
  await saved;
  await expect(body.locator('p').first()).toHaveText(/^OSLO \(NTB\) — The harbour/);
});
