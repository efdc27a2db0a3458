// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pastedName } from '../../../shared/import-label';
import { clipboardFile, pasteIsForField } from './paste';

const clipboard = (items: Record<string, string>) => ({ getData: (t: string) => items[t] ?? '' });
const at = new Date(2026, 10, 30, 11, 20);

describe('paste as a new document', () => {
  it('names the document from the time of the paste', () => {
    expect(pastedName(at, 'html')).toBe('Pasted 2026-11-30 11.20.html');
  });

  it('takes the HTML of a browser copy, else the plain text, else nothing', async () => {
    const html = clipboardFile(clipboard({ 'text/html': '<h1>A</h1>', 'text/plain': 'A' }), at);
    expect(html?.name).toBe('Pasted 2026-11-30 11.20.html');
    expect(await html?.text()).toBe('<h1>A</h1>');
    const text = clipboardFile(clipboard({ 'text/plain': 'Copy' }), at);
    expect(text?.name).toBe('Pasted 2026-11-30 11.20.txt');
    expect(await text?.text()).toBe('Copy');
    expect(clipboardFile(clipboard({ 'text/plain': '  \n' }), at)).toBeNull();
  });

  it('leaves a paste into a text field or the editor to it', () => {
    document.body.innerHTML = `<input id="i"><div contenteditable="true"><p id="e">x</p></div><main id="m"></main>`;
    expect(pasteIsForField(document.getElementById('i'))).toBe(true);
    expect(pasteIsForField(document.getElementById('e'))).toBe(true);
    expect(pasteIsForField(document.getElementById('m'))).toBe(false);
    expect(pasteIsForField(document.body)).toBe(false);
  });
});
