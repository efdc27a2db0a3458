// Structured sources on the desk: a web page dropped, and the clipboard pasted as a new document.

import { dropFiles, expectStories } from './desk';
import { expect, test } from './fixtures';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pier reopens | Herald</title>
<script>document.title = 'hacked'</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Pier reopens after summer repairs</h1><p class="byline">By Jane Doe</p>
<figure><img src="p.jpg" onerror="document.title='hacked'"><figcaption>Anglers on the pier on Monday. (AFP)</figcaption></figure>
<p>The pier reopened on Monday after repairs that took most of the summer, the council said in a statement.</p>
<p>Anglers were back on it <a href="javascript:document.title='hacked'">within the hour</a>, and the cafe at its end opened too.</p>
</article><footer>Contact us</footer></body></html>`;

test('a dropped web page becomes its article, with its caption, and the summary says it was a web page', async ({
  page,
}) => {
  const dialog = await dropFiles(page, [
    { name: 'pier.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) },
  ]);
  await expect(dialog).toContainText('pier.html: 1 story, 1 caption');
  await expect(dialog).toContainText('Web page (HTML), read for its structure.');
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expectStories(page, ['Pier reopens after summer repairs']);
  await expect(page.getByText('Anglers were back on it within the hour')).toBeVisible();
  expect(await page.title()).not.toBe('hacked');
});

test('Ctrl+V on the desk imports the clipboard’s HTML as a new document', async ({ page }) => {
  const html = `<meta charset="utf-8"><h2>Tram line opens</h2><p>The new tram line opened on Monday with free rides all week, the operator said.</p>`;
  await page.evaluate(`(() => {
    const dt = new DataTransfer();
    dt.setData('text/html', ${JSON.stringify(html)});
    dt.setData('text/plain', 'Tram line opens');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  })()`);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toContainText(/Pasted \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.html: 1 story,/);
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expectStories(page, ['Tram line opens']);
});
