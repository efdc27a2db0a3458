// Triage at the scale of a dump: searching every story, filtering by status and problems, F8 to the
// next story with problems, and several stories selected at once (approve, spike, merge, export),
// with the keyboard alone where it applies; axe on what that shows at 1024×700 and 1920×1080.

import type { Page } from '@playwright/test';
import { dropFiles, expectStories, storyOption, tabTo, wantFullStops } from './desk';
import { expect, storyOptions, test } from './fixtures';
import { allViolations } from './axe';

const HARBOUR = 'Harbour Bridge Reopens After Storm Repairs';
const FISHERMEN = 'Fishermen Protest New Quotas in Coastal Town';
const COUNCIL = 'Council Approves Budget for New Library';
const FERRY = 'Ferry Timetable Changes From Next Month';
const MUSEUM = 'Museum Reopens Its Maritime Gallery';
const RAIL = 'Rail Line to the Coast to Close for Repairs';
const ALL = [HARBOUR, FISHERMEN, COUNCIL, FERRY, MUSEUM, RAIL];

// Six stories; with full stops wanted, the Harbour and Museum captions (none at their end) are
// the two with problems.
const STORIES: [string, string | null, string][] = [
  [
    HARBOUR,
    'Workers inspect the repaired deck of the bridge at dawn (EPA)',
    'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck.',
  ],
  [
    FISHERMEN,
    null,
    'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new catch quotas.',
  ],
  [
    COUNCIL,
    'Councillors vote on the budget in the town hall. (Reuters)',
    'The city council approved the budget for a new central library on Wednesday after a long debate.',
  ],
  [
    FERRY,
    null,
    'The island ferry will run two extra crossings a day from next month, the operator said on Thursday.',
  ],
  [
    MUSEUM,
    'Visitors queue outside the museum before the doors open (AP)',
    'The maritime gallery reopened on Friday after two years of restoration work on its oldest ships.',
  ],
  [
    RAIL,
    null,
    'The coastal rail line will close for four weekends in spring while engineers replace worn track.',
  ],
];
const DUMP = STORIES.flatMap(([headline, caption, body]) => [
  headline,
  '',
  ...(caption ? [caption, caption, ''] : []),
  body,
  '',
  '',
  '',
]).join('\n');

/** Drops the six-story dump and accepts the split with the keyboard: the list has the focus. */
async function openDump(page: Page) {
  await wantFullStops(page);
  const dialog = await dropFiles(page, [
    { name: 'six.txt', mimeType: 'text/plain', buffer: Buffer.from(DUMP) },
  ]);
  await expect(dialog.getByRole('button', { name: 'Review the split' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expectStories(page, ALL);
  const list = page.getByRole('listbox', { name: 'Stories' });
  await expect(list).toBeFocused();
  return list;
}

const selected = (page: Page) =>
  page.getByRole('listbox', { name: 'Stories' }).locator('[role="option"][aria-selected="true"]');

async function expectSelected(page: Page, headlines: string[]) {
  await expect(selected(page)).toHaveCount(headlines.length);
  for (const [i, headline] of headlines.entries()) {
    await expect(selected(page).nth(i)).toHaveAccessibleName(new RegExp(`^${headline},`));
  }
}

test('search every story and filter the list, with the keyboard alone', async ({ page }) => {
  await openDump(page);
  const search = page.getByRole('searchbox', { name: 'Search stories' });
  const count = page.locator('.match-count');

  // Ctrl+Shift+F from the list: a caption's word finds its story.
  await page.keyboard.press('Control+Shift+F');
  await expect(search).toBeFocused();
  await page.keyboard.type('QUEUE');
  await expectStories(page, [MUSEUM]);
  await expect(count).toHaveText('1 of 6 stories');

  // A word of the copy; then two words, both wanted, in any field.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('crossings');
  await expectStories(page, [FERRY]);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('harbour monday');
  await expectStories(page, [HARBOUR]);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('harbour');
  await expectStories(page, [HARBOUR, FISHERMEN]);

  // Down goes on to the list; the arrows move through what it shows.
  await page.keyboard.press('ArrowDown');
  const list = page.getByRole('listbox', { name: 'Stories' });
  await expect(list).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(FISHERMEN);

  // Escape in the search field shows every story again.
  await page.keyboard.press('Control+Shift+F');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expectStories(page, ALL);
  await expect(count).toHaveText('');

  // The status filter, then only the stories with problems.
  await page.keyboard.press('Tab');
  const status = page.getByRole('combobox', { name: 'Status' });
  await expect(status).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('new');
  await expectStories(page, ALL);
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('reviewed');
  await expect(storyOptions(page)).toHaveCount(0);
  await expect(count).toHaveText('0 of 6 stories');
  await page.keyboard.press('Home');
  await expect(status).toHaveValue('all');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'With problems' })).toBeFocused();
  await page.keyboard.press('Space');
  await expectStories(page, [HARBOUR, MUSEUM]);
  await expect(count).toHaveText('2 of 6 stories');
  await page.keyboard.press('Space');
  await expectStories(page, ALL);
});

test('F8 and Shift+F8 go to the next and previous story with problems, from the list or the copy', async ({
  page,
}) => {
  const list = await openDump(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await page.keyboard.press('ArrowDown');
  await expect(headline).toHaveValue(FISHERMEN);
  await page.keyboard.press('F8');
  await expect(headline).toHaveValue(MUSEUM);
  await expect(list).toBeFocused();
  expect(await list.getAttribute('aria-activedescendant')).toBe(
    await storyOption(page, MUSEUM).getAttribute('id'),
  );
  // Round past the end to the first.
  await page.keyboard.press('F8');
  await expect(headline).toHaveValue(HARBOUR);
  await page.keyboard.press('Shift+F8');
  await expect(headline).toHaveValue(MUSEUM);
  // From the copy too.
  await page.keyboard.press('Enter');
  await expect(headline).toBeFocused();
  await page.keyboard.press('F8');
  await expect(headline).toHaveValue(HARBOUR);

  // The button does the same.
  await page.getByRole('button', { name: 'Next problem' }).click();
  await expect(headline).toHaveValue(MUSEUM);
});

test('select several stories with the keyboard and spike, merge, approve and export them', async ({
  page,
}) => {
  const list = await openDump(page);
  const status = page.locator('.action-status');

  // Shift+Down selects a range; S spikes all three as one step, and undo takes it back at once.
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expectSelected(page, [HARBOUR, FISHERMEN, COUNCIL]);
  await expect(list).toHaveAttribute('aria-multiselectable', 'true');
  const bar = page.getByRole('group', { name: '3 stories selected' });
  await expect(bar).toBeVisible();
  await page.keyboard.press('s');
  await expect(status).toContainText('Spiked 3 stories');
  await expect(storyOption(page, COUNCIL)).toHaveAccessibleName(/, Spiked,/);
  await page.keyboard.press('Control+z');
  await expect(status).toContainText('Undone: Spiked 3 stories');
  for (const h of [HARBOUR, FISHERMEN, COUNCIL]) {
    await expect(storyOption(page, h)).toHaveAccessibleName(/, New,/);
  }

  // Escape leaves the story on screen alone; Ctrl+Down moves without selecting, Space adds.
  await page.keyboard.press('Escape');
  await expectSelected(page, [COUNCIL]);
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Control+ArrowDown');
  await expectSelected(page, [COUNCIL]);
  await page.keyboard.press('Space');
  await expectSelected(page, [COUNCIL, MUSEUM]);
  // Space takes the story on screen out too.
  await page.keyboard.press('Space');
  await expectSelected(page, [COUNCIL]);
  await page.keyboard.press('Home');
  await expectSelected(page, [HARBOUR]);
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('Space');
  await expectSelected(page, [HARBOUR, COUNCIL, MUSEUM]);

  // Merge: not next to each other, into the first.
  const merge = page.getByRole('button', { name: 'Merge 3' });
  await tabTo(page, merge, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expectStories(page, [HARBOUR, FISHERMEN, FERRY, RAIL]);
  await expect(status).toContainText(`Merged 3 stories into “${HARBOUR}”`);
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText(MUSEUM);
  await page.keyboard.press('Control+z');
  await expectStories(page, ALL);

  // Ctrl+A selects every story; approving asks first, two having open flags.
  await list.focus();
  await page.keyboard.press('Control+a');
  await expectSelected(page, ALL);
  await page.keyboard.press('a');
  const ask = page.getByRole('dialog', { name: 'Approve with open flags' });
  await expect(ask).toContainText('2 of the stories still have open flags. Approve all 6 anyway?');
  await expect(ask.getByRole('listitem')).toHaveText([
    `“${HARBOUR}”: 1 open flag`,
    `“${MUSEUM}”: 1 open flag`,
  ]);
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: 'Approve anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Approved 6 stories');
  await expect(list).toBeFocused();
  await expect(page.locator('.document-open')).toContainText('6 stories, 6 approved');

  // Export: the dialog opens on the selected stories.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expectSelected(page, [FISHERMEN, COUNCIL]);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('combobox', { name: 'Stories' })).toHaveValue('selected');
  await expect(dialog.getByRole('checkbox', { name: FISHERMEN })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: COUNCIL })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: HARBOUR })).not.toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Export 2 stories' })).toBeVisible();
});

test('Shift-click and Ctrl-click select stories', async ({ page }) => {
  await openDump(page);
  await storyOption(page, FISHERMEN).click();
  await storyOption(page, MUSEUM).click({ modifiers: ['Shift'] });
  await expectSelected(page, [FISHERMEN, COUNCIL, FERRY, MUSEUM]);
  await storyOption(page, COUNCIL).click({ modifiers: ['ControlOrMeta'] });
  await expectSelected(page, [FISHERMEN, FERRY, MUSEUM]);
  await storyOption(page, RAIL).click({ modifiers: ['ControlOrMeta'] });
  await expectSelected(page, [FISHERMEN, FERRY, MUSEUM, RAIL]);
  await page.getByRole('button', { name: 'Spike 4' }).click();
  await expect(page.locator('.action-status')).toContainText('Spiked 4 stories');
  await storyOption(page, HARBOUR).click();
  await expectSelected(page, [HARBOUR]);
  await expect(page.getByRole('group', { name: /stories selected/ })).toBeHidden();
});

for (const size of [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
]) {
  test(`triage at ${size.width}×${size.height}: rows readable, axe-clean in light and dark`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openDump(page);
    // Every word of every row is shown: nothing cut off at the row's edge.
    const row = storyOption(page, HARBOUR);
    const fix = row.getByText('1 caption to fix');
    await expect(fix).toBeVisible();
    const [rowBox, fixBox] = await Promise.all([row.boundingBox(), fix.boundingBox()]);
    expect(fixBox!.x + fixBox!.width).toBeLessThanOrEqual(rowBox!.x + rowBox!.width);
    expect(fixBox!.y + fixBox!.height).toBeLessThanOrEqual(rowBox!.y + rowBox!.height);
    for (const option of await storyOptions(page).all()) {
      const cut = await option.evaluate((row) => {
        const edge = row.getBoundingClientRect();
        const headline = row.querySelector('.story-headline')!;
        return [
          ...(headline.scrollHeight > headline.clientHeight + 1 ? ['headline'] : []),
          ...[...row.querySelectorAll('.story-meta > span')]
            .filter((s) => {
              const box = s.getBoundingClientRect();
              return box.right > edge.right + 0.5 || box.bottom > edge.bottom + 0.5;
            })
            .map((s) => s.textContent),
        ];
      });
      expect(cut).toEqual([]);
    }
    // Rows do not overlap.
    const boxes = await Promise.all((await storyOptions(page).all()).map((o) => o.boundingBox()));
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
    }
    expect(await allViolations(page)).toEqual([]);

    // Filtered, with several selected.
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('the');
    await page.getByRole('checkbox', { name: 'With problems' }).check();
    await expectStories(page, [HARBOUR, MUSEUM]);
    await storyOption(page, MUSEUM).click({ modifiers: ['Shift'] });
    await expect(page.getByRole('group', { name: '2 stories selected' })).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await allViolations(page)).toEqual([]);
  });
}
