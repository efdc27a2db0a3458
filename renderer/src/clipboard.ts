// Copy story (Ctrl/Cmd+Shift+C): the story as plain text and as HTML, through the same writers as
// the export, so a paste into a CMS or an email matches the exported copy.

import { storyCopy } from '../../shared/export/copy';
import { storiesToHtml } from '../../shared/export/html';
import { storyToText } from '../../shared/export/txt';
import type { HouseStyle } from '../../shared/house-style';
import type { Story } from '../../shared/model';

export function storyForClipboard(story: Story, style: HouseStyle): { text: string; html: string } {
  return {
    text: storyToText(story, style),
    html: storiesToHtml([storyCopy(story, style)], 'fragment', ''),
  };
}

/** Puts both flavours on the clipboard; throws with a message an editor can act on. */
export async function copyStory(story: Story, style: HouseStyle): Promise<void> {
  const { text, html } = storyForClipboard(story, style);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Not allowed here (no focus, no permission): the copy command below needs neither.
    }
  }
  const put = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.clipboardData?.setData('text/html', html);
    event.preventDefault();
  };
  document.addEventListener('copy', put);
  try {
    if (!document.execCommand('copy')) throw new Error('The clipboard is not available.');
  } finally {
    document.removeEventListener('copy', put);
  }
}
