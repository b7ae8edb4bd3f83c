// What the Chromium-traced benches (bench:cards, bench:large, bench:page-trace) read of a trace.

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
