// Data that pages embed for their own scripts (Remix, Next.js). Read as text and parsed with JSON.parse:
// page scripts are never run.

import {isJsonObject, type Json, type JsonObject} from '../core/json';

export function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/**
 * The object or array literal that opens `text` (after blanks), up to its matching close: a script may go on
 * after the value (`window.__appData = {...}; window.__other = ...`). One pass, strings and escapes skipped.
 */
export function leadingJsonText(text: string): string | null {
  const start = text.search(/\S/);
  if (start < 0 || (text[start] !== '{' && text[start] !== '[')) return null;
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if ((char === '}' || char === ']') && --depth === 0) return text.slice(start, index + 1);
  }
  return null;
}

/**
 * The object literal a script assigns to a global (`window.__remixContext = {...};`). Only scripts that
 * contain the assignment are parsed; the value must be plain JSON, as the frameworks print it.
 */
export function assignedJson(doc: Document, assignment: string): Json | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const start = text.indexOf(assignment);
    if (start < 0) continue;
    const body = leadingJsonText(text.slice(start + assignment.length));
    const parsed = body === null ? undefined : parseJson(body);
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

/** The first object under `node` (depth-first, bounded) for which `test` holds. */
export function findObject(
  node: Json | undefined,
  test: (object: JsonObject) => boolean,
  depth = 0,
): JsonObject | null {
  if (node === undefined || depth > 12) return null;
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findObject(child, test, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isJsonObject(node)) return null;
  if (test(node)) return node;
  for (const value of Object.values(node)) {
    if (typeof value !== 'object' || value === null) continue;
    const found = findObject(value, test, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Every object under `node` (depth-first, bounded) for which `test` holds, in document order. */
export function findObjects(node: Json | undefined, test: (object: JsonObject) => boolean): JsonObject[] {
  const found: JsonObject[] = [];
  findObject(node, (object) => {
    if (test(object)) found.push(object);
    return false;
  });
  return found;
}

export const jsonString = (value: Json | undefined): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
