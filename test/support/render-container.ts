// The element a DOM test renders preact into: one per test file, attached to the document before each test
// and emptied and detached after it, so that no test sees another's tree.
import {render} from 'preact';
import {afterEach, beforeEach} from 'vitest';

export function renderContainer(): HTMLElement {
  const container = document.createElement('div');
  beforeEach(() => {
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
  return container;
}
