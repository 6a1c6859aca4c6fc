/** How many of a lesson's steps are done, as a bar with its numbers for assistive technology. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={label} aria-label={label}>
      <span style={{ width: `${percent}%` }} />
    </div>
  );
}
