// The panel docks beside the posting: that takes a reading of the page's layout, which the browser
// must bring up to date first. A second render of the same posting (its structured-data check arrived,
// the remembered collapse was read) must not make the page lay itself out again.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {mountPanel, unmountPanel} from '../../../src/content/mount';
import {analyze} from '../../../src/core/analyze';
import {samplePosting} from '../../support/sample-posting';

afterEach(() => unmountPanel(document));

describe('mountPanel docking', () => {
  const analysis = analyze(samplePosting());
  const handlers = {onDismiss: () => undefined, onSetUpProfile: () => undefined};

  it('measures the posting once per host and posting element, not on every render', () => {
    const posting = document.createElement('div');
    document.body.append(posting);
    const measure = vi.spyOn(posting, 'getBoundingClientRect');
    mountPanel(document, analysis, {...handlers, posting});
    mountPanel(document, analysis, {...handlers, posting});
    mountPanel(document, analysis, {...handlers, posting, structuredData: null});
    expect(measure).toHaveBeenCalledTimes(1);

    // Another posting element (a single-page app rendered the next posting): measured again.
    const next = document.createElement('div');
    document.body.append(next);
    const measureNext = vi.spyOn(next, 'getBoundingClientRect');
    mountPanel(document, analysis, {...handlers, posting: next});
    expect(measureNext).toHaveBeenCalledTimes(1);

    // A new host (the panel was taken off the page): measured again.
    unmountPanel(document);
    mountPanel(document, analysis, {...handlers, posting: next});
    expect(measureNext).toHaveBeenCalledTimes(2);
  });
});
