// The import's progress bar: the share of the drop's bytes the split thread has decoded and split,
// as it reports them; indeterminate until the first report (reading the files, sending them).

import type { ImportProgress } from '../state/useImport';

export function ImportBar({ progress }: { progress: ImportProgress }) {
  const { done, total } = progress;
  if (done === null || total === null || total === 0) {
    return <progress aria-label="Import progress" />;
  }
  const percent = Math.min(100, Math.floor((done / total) * 100));
  return (
    <>
      <progress aria-label="Import progress" max={total} value={done} />
      {/* The bar already says its value to a screen reader: the figure is for the eye only,
          so the status line is not read out again at every percent. */}
      <span aria-hidden="true"> {percent}%</span>
    </>
  );
}
