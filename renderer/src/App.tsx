// A first Copydesk window: pick or drop a text file, see the stories the engine found.

import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { SplitFileResult } from '../../shared/api';
import type { Story } from '../../shared/model';

type State =
  | { kind: 'empty' }
  | { kind: 'loading'; name: string }
  | { kind: 'error'; message: string }
  | { kind: 'done'; result: SplitFileResult; request: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function App() {
  const [state, setState] = useState<State>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  const latest = useRef(0);
  const [notices, setNotices] = useState<{ text: string; error: boolean }[]>([]);

  // Files opened from the menu, the command line or the OS arrive as events from the backend.
  useEffect(
    () =>
      window.copydesk.onEvent((event) => {
        if (event.type === 'imported') {
          const { documents, errors } = event.result;
          setNotices([
            ...documents.map((d) => ({
              text: `Imported ${d.name}: ${plural(d.storyCount, 'story', 'stories')}`,
              error: false,
            })),
            ...errors.map((e) => ({ text: e.message, error: true })),
          ]);
        } else if (event.type === 'warning') {
          setNotices([{ text: event.message, error: true }]);
        }
      }),
    [],
  );

  async function importFile(file: File) {
    const request = ++latest.current;
    setState({ kind: 'loading', name: file.name });
    let next: State;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await window.copydesk.splitFile({ name: file.name, bytes });
      next = result.ok
        ? { kind: 'done', result: result.value, request }
        : { kind: 'error', message: result.error.message };
    } catch (err) {
      next = { kind: 'error', message: `Could not import ${file.name}: ${String(err)}` };
    }
    if (request === latest.current) setState(next);
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  }

  return (
    <main className="app">
      <h1>Copydesk</h1>
      <section
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        aria-label="Import"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop a text file here, or</p>
        <label>
          Choose a file{' '}
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </section>

      {notices.map((n) => (
        <p
          key={n.text}
          role={n.error ? 'alert' : 'status'}
          className={n.error ? 'error' : undefined}
        >
          {n.text}
        </p>
      ))}
      {state.kind === 'loading' && <p role="status">Splitting {state.name}…</p>}
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && <StoryList key={state.request} result={state.result} />}
    </main>
  );
}

function StoryList({ result }: { result: SplitFileResult }) {
  const [selected, setSelected] = useState(0);
  const { stories } = result;
  const optionId = (i: number) => `story-${i}`;

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const last = stories.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(selected + 1, last),
      ArrowUp: Math.max(selected - 1, 0),
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    setSelected(to);
  }

  return (
    <>
      <p role="status">
        {result.name}: {plural(stories.length, 'story', 'stories')} ({result.encoding})
      </p>
      {stories.length > 0 && (
        <ul
          className="stories"
          role="listbox"
          aria-label="Stories"
          tabIndex={0}
          aria-activedescendant={optionId(selected)}
          onKeyDown={onKeyDown}
        >
          {stories.map((story, i) => (
            <li
              key={story.id}
              id={optionId(i)}
              className="story"
              role="option"
              aria-selected={i === selected}
              onClick={() => setSelected(i)}
            >
              <StorySummary story={story} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function StorySummary({ story }: { story: Story }) {
  return (
    <>
      <span className="story-headline">{story.headline || '(no headline)'}</span>
      <span className="story-counts">
        {' — '}
        {plural(story.captions.length, 'caption')}, {plural(story.body.length, 'paragraph')}
      </span>
    </>
  );
}
