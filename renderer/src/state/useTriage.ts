// The stories list's triage state: what it is filtered by, which stories it shows, and which are
// selected. The selection is the story on screen alone until the editor picks more (Shift or
// Ctrl/Cmd with a click or an arrow, Space, Ctrl/Cmd+A); it holds only stories the list shows, and
// goes back to the story on screen when anything else (F8, Approve and next, a split) moves it.

import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { OpenedDocument } from '../../../shared/document';
import type { HouseStyle } from '../../../shared/house-style';
import type { Story } from '../../../shared/model';
import { filterStories, isFiltered, NO_FILTER, warmUp, type StoryFilter } from '../triage';

/** How a click or a key picks a story: alone, added or taken out, a range, or only moved to. */
export type PickHow = 'only' | 'toggle' | 'range' | 'move';

interface Picked {
  ids: ReadonlySet<string>;
  /** Where a Shift range starts. */
  anchor: string;
  /** The story on screen when these were picked: once it changes otherwise, they lapse. */
  current: string;
}

export interface Triage {
  filter: StoryFilter;
  setFilter: (patch: Partial<StoryFilter>) => void;
  filtered: boolean;
  /** The stories the list shows, in document order. */
  visible: Story[];
  /** True while the list still shows an earlier query's stories (the search runs deferred). */
  stale: boolean;
  /** The selected stories' ids in document order: at most the story on screen unless more are picked. */
  selection: string[];
  /** Picks a story as a click or key does, and makes it the story on screen. */
  pick: (id: string, how: PickHow) => void;
  /** Every story the list shows. */
  pickAll: () => void;
  /** Back to the story on screen alone; false when that is all there was. */
  clearPicked: () => boolean;
  /** Makes the first story shown the one on screen, unless the one on screen is shown. */
  pickShown: () => void;
}

export function useTriage(
  doc: OpenedDocument | null,
  currentId: string | null,
  select: (id: string) => void,
  houseStyle: HouseStyle,
): Triage {
  // A search belongs to its document: another one opens unfiltered.
  const docId = doc?.id ?? null;
  const [filtering, setFiltering] = useState<{ docId: string | null; filter: StoryFilter }>({
    docId,
    filter: NO_FILTER,
  });
  const filter = filtering.docId === docId ? filtering.filter : NO_FILTER;
  const [picked, setPicked] = useState<Picked | null>(null);
  // Typing in the search box stays immediate; the list follows when React has time.
  const deferred = useDeferredValue(filter);
  const visible = useMemo(
    () => (doc ? filterStories(doc, deferred, houseStyle) : []),
    [doc, deferred, houseStyle],
  );
  // What the first search needs, worked out while the editor reads.
  const stories = doc?.stories;
  useEffect(() => (stories ? warmUp(stories, houseStyle) : undefined), [stories, houseStyle]);
  const visibleIds = useMemo(() => new Set(visible.map((s) => s.id)), [visible]);

  const live = picked !== null && picked.current === currentId ? picked : null;
  const selection = useMemo(() => {
    if (!live) return currentId !== null && visibleIds.has(currentId) ? [currentId] : [];
    return visible.filter((s) => live.ids.has(s.id)).map((s) => s.id);
  }, [live, currentId, visible, visibleIds]);

  const pick = useCallback(
    (id: string, how: PickHow) => {
      const ids = new Set(selection);
      if (how === 'only') setPicked(null);
      else if (how === 'toggle') {
        if (ids.has(id)) ids.delete(id);
        else ids.add(id);
        setPicked({ ids, anchor: id, current: id });
      } else if (how === 'range') {
        const anchor = live?.anchor ?? currentId ?? id;
        const from = visible.findIndex((s) => s.id === anchor);
        const to = visible.findIndex((s) => s.id === id);
        const [a, b] = from < 0 ? [to, to] : from < to ? [from, to] : [to, from];
        const range = visible.slice(a, b + 1).map((s) => s.id);
        setPicked({ ids: new Set(range), anchor: from < 0 ? id : anchor, current: id });
      } else {
        setPicked({ ids, anchor: live?.anchor ?? id, current: id });
      }
      if (id !== currentId) select(id);
    },
    [selection, live, currentId, visible, select],
  );

  const pickAll = useCallback(() => {
    const first = visible[0];
    if (!first) return;
    const current = currentId !== null && visibleIds.has(currentId) ? currentId : first.id;
    setPicked({ ids: new Set(visibleIds), anchor: current, current });
    if (current !== currentId) select(current);
  }, [visible, visibleIds, currentId, select]);

  const clearPicked = useCallback(() => {
    if (!live) return false;
    setPicked(null);
    return true;
  }, [live]);

  const pickShown = useCallback(() => {
    const [first] = visible;
    if (first && (currentId === null || !visibleIds.has(currentId))) pick(first.id, 'only');
  }, [visible, visibleIds, currentId, pick]);

  const setFilter = useCallback(
    (patch: Partial<StoryFilter>) =>
      setFiltering((f) => ({
        docId,
        filter: { ...(f.docId === docId ? f.filter : NO_FILTER), ...patch },
      })),
    [docId],
  );

  return {
    filter,
    setFilter,
    filtered: isFiltered(deferred),
    visible,
    stale: deferred !== filter,
    selection,
    pick,
    pickAll,
    clearPicked,
    pickShown,
  };
}
