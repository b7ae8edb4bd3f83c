// What the Chromium-traced benches (bench:cards, bench:large, bench:page-trace, bench:route-watch) read of a trace.
import type {CDPSession} from 'playwright-core';

/** A Chrome trace event (the fields the benches read). ts/dur: wall clock; tts/tdur: the thread's CPU clock (µs). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: {url?: string; message?: string; scriptName?: string};
    beginData?: {url?: string};
    fileName?: string;
  };
}

/** Script TPM Lens runs on the page: its content script's start and every call into it (timers, events, messages). */
export const isExtensionScript = (event: TraceEvent) =>
  (event.name === 'FunctionCall' || event.name === 'EvaluateScript') &&
  (event.args?.data?.url ?? '').startsWith('chrome-extension://');

/**
 * Starts tracing through a page's DevTools session (Chromium traces every process); the function it gives
 * ends the trace and resolves with its events.
 */
export async function startTrace(cdp: CDPSession, categories: readonly string[]): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({value}) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {traceConfig: {includedCategories: [...categories]}, transferMode: 'ReportEvents'});
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * TPM Lens's script CPU on a page's main thread, ms: its outermost script events (a call can hold another)
 * on the thread of the first of them, so that the extension's own pages and service worker, traced too, do
 * not count.
 */
export function extensionCpu(events: readonly TraceEvent[]): number {
  const ours = events.filter(isExtensionScript).sort((a, b) => a.ts - b.ts);
  const first = ours.find((event) => event.name === 'EvaluateScript') ?? ours[0];
  let cpu = 0;
  let until = -Infinity;
  for (const event of ours) {
    if (event.pid !== first?.pid || event.tid !== first.tid || event.ts < until) continue;
    cpu += (event.tdur ?? 0) / 1000;
    until = event.ts + (event.dur ?? 0);
  }
  return cpu;
}
