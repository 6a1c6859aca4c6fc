/** Saves `value` as a JSON file through the browser's download. */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 1) ?? 'null'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has started from the blob; it does not need the URL afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
