// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpEditor, warmUpEditorWhenIdle } from './warmUp';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('warming up the body editor', () => {
  it('makes an editor of the body nodes off screen: the page is left as it was', () => {
    document.body.innerHTML = '<main id="desk"></main>';
    warmUpEditor();
    expect(document.body.innerHTML).toBe('<main id="desk"></main>');
  });

  it('waits for the page to be idle, with a deadline', () => {
    const idle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    warmUpEditorWhenIdle();
    expect(idle).toHaveBeenCalledWith(warmUpEditor, { timeout: 1000 });
  });
});
