// Word files and e-mails dropped on the desk: their stories, and the summary naming each kind.

import { docxFile, p, styled } from '../electron/services/testing/docx-fixture';
import { emlFile } from '../electron/services/testing/eml-fixture';
import { dropFiles, expectStories } from './desk';
import { expect, test } from './fixtures';

test('a dropped Word file becomes its stories, with captions and formatting', async ({ page }) => {
  const docx = await docxFile([
    styled('Heading1', 'Ferry strike ends'),
    styled('Caption', 'Passengers board on Monday. (AFP)'),
    p('Ferries run again from Monday, ', { text: 'the operator said', bold: true }, '.'),
    styled('Heading1', 'Museum reopens'),
    p('The museum reopened its doors after a year of building work.'),
  ]);
  const dialog = await dropFiles(page, [{ name: 'thursday.docx', buffer: Buffer.from(docx) }], {
    timeout: 30_000,
  });
  await expect(dialog).toContainText('thursday.docx: 2 stories, 1 caption');
  await expect(dialog).toContainText('Word document, read for its structure.');
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expectStories(page, ['Ferry strike ends', 'Museum reopens']);
  await expect(page.getByRole('textbox', { name: 'Caption 1' })).toHaveValue(
    'Passengers board on Monday.',
  );
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('strong')).toHaveText(
    'the operator said',
  );
});

test('a dropped e-mail becomes its story and its attachment a document of its own', async ({
  page,
}) => {
  const mail = emlFile({
    subject: 'Fwd: Harbour reopens after storm',
    html: '<p onclick="document.title=\'hacked\'">The harbour reopened on Tuesday after the storm, officials said.</p><script>document.title = "hacked"</script>',
    attachments: [
      {
        filename: 'notes.txt',
        contentType: 'text/plain',
        content: 'Bridge closes\n\nThe bridge closes for six weeks from January, the city said.\n',
      },
    ],
  });
  const dialog = await dropFiles(page, [{ name: 'copy.eml', buffer: Buffer.from(mail) }], {
    timeout: 30_000,
  });
  await expect(dialog).toContainText('copy.eml: 1 story,');
  await expect(dialog).toContainText('E-mail, read for its structure.');
  await expect(dialog).toContainText('copy.eml — notes.txt: 1 story,');
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expectStories(page, ['Harbour reopens after storm']);
  await expect(page.getByText('The harbour reopened on Tuesday after the storm')).toBeVisible();
  expect(await page.title()).not.toBe('hacked');
});
