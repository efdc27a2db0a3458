// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent, AppEventListener } from '../../../shared/api';
import { startEvents, useAppEvent } from './events';

/** Like the app: listeners in children and in itself, then startEvents as its last effect. */
function Desk() {
  const [notices, setNotices] = useState<string[]>([]);
  useAppEvent((event) => {
    if (event.type === 'warning') setNotices((n) => [...n, `desk: ${event.message}`]);
  });
  useEffect(startEvents, []);
  return (
    <>
      <Progress />
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </>
  );
}

function Progress() {
  const [done, setDone] = useState(0);
  useAppEvent((event) => {
    if (event.type === 'export-progress') setDone(event.done);
  });
  return <p>done {done}</p>;
}

describe('the one subscription to backend events', () => {
  it('subscribes once, after every listener is in place: what main held back reaches them', () => {
    // Main sends what it held as soon as the page says it listens, i.e. inside onEvent.
    const held: AppEvent[] = [
      { type: 'warning', message: 'preferences.json was damaged' },
      { type: 'export-progress', done: 3, total: 9 },
    ];
    const onEvent = vi.fn((listener: AppEventListener) => {
      for (const event of held) listener(event);
      return () => {};
    });
    window.copydesk = { onEvent } as unknown as typeof window.copydesk;
    const { unmount } = render(<Desk />);
    expect(screen.getByText('desk: preferences.json was damaged')).toBeDefined();
    expect(screen.getByText('done 3')).toBeDefined();
    unmount();
    render(<Desk />);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });
});
