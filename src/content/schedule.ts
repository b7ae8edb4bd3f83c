/** Run work when the page is idle (or within `timeout` ms), so analysis never competes with the page's own start-up. */
export function whenIdle(work: () => void, timeout = 1500): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), {timeout});
  else setTimeout(work, 0);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
