import browser from 'webextension-polyfill';
import type {Benchmark, Profile} from '../core/types';
import type {Message} from '../background/messages';
import type {AnalysisSummary} from '../ui/summary';
import {PROFILE_SYNC_KEY} from './profile-key';

// The content script's only contact with extension APIs. Everything else is plain DOM and core code.


function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function reportSummary(summary: AnalysisSummary | null): Promise<unknown> {
  return send({type: 'tpm-lens/summary', summary});
}

export function openOptions(): Promise<unknown> {
  return send({type: 'tpm-lens/open-options'});
}

/** The background validates the stored profile and answers with it, or null when there is none. */
export async function loadProfile(): Promise<Profile | null> {
  const profile = await send({type: 'tpm-lens/get-profile'});
  return typeof profile === 'object' && profile !== null ? (profile as Profile) : null;
}

/** The county benchmark for a posting's place, from the background; null if it has none to give. */
export async function loadBenchmark(location: string): Promise<Benchmark | null> {
  const benchmark = await send({type: 'tpm-lens/benchmark', location});
  const figures = (benchmark as {figures?: unknown} | null)?.figures;
  return Array.isArray(figures) ? (benchmark as Benchmark) : null;
}

export function onProfileChange(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && PROFILE_SYNC_KEY in changes) listener();
  });
}
