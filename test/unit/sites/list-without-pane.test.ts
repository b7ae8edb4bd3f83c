// A list page with nothing selected (issue 13, page cost): where the adapter's own list markup is in place
// and no pane is, nothing is selected and the page is not read by structure. That reading is for a page whose
// markup the adapter no longer knows (a redesign, test/unit/sites/redesign.test.ts); on a list it walked every
// card's text at each of the reader's retries, and could take the page's own prose for a posting.
import {describe, expect, it} from 'vitest';
import {haveShared, read, sharedPage} from '../../support/pages';
import {scramble} from '../../support/scramble';

const FILE = 'indeed/donthephan_testBaseSearch.html';
const URL = 'https://ca.indeed.com/jobs?q=developer&l=Toronto';

/** The saved list (Indeed 2022, nothing selected) with a blurb of the site's own under the results, as search pages carry. */
function listWithBlurb(): Document {
  const doc = sharedPage(FILE, URL);
  const section = doc.createElement('section');
  const heading = doc.createElement('h2');
  heading.textContent = 'Developer jobs in Toronto';
  section.append(heading);
  for (const sentence of [
    'Toronto is home to a large community of software developers, with employers ranging from banks and insurers to start-ups building consumer apps and enterprise platforms.',
    'Salaries for developers in the city vary with experience, language and industry; senior engineers at large firms earn well above the national median for the occupation.',
    'Search thousands of openings, compare employers by their reviews, and set an alert to hear about new developer jobs in Toronto as soon as they are posted on the site.',
    'Popular searches near Toronto include front-end developer, full stack developer, Java developer and mobile developer, each with hundreds of listings updated daily.',
  ]) {
    const paragraph = doc.createElement('p');
    paragraph.textContent = sentence;
    section.append(paragraph);
  }
  doc.body.append(section);
  return doc;
}

describe.skipIf(!haveShared)('a list page with nothing selected', () => {
  it('is no posting while the list is what the adapter knows, its own prose included', () => {
    expect(read(listWithBlurb(), URL)).toBeNull();
  });

  it('is read by structure once the list is not what the adapter knows', () => {
    // A redesign (every class, id and data-* value renamed): nothing says that nothing is selected any more,
    // and the structural reader looks for the page's main prose, here the blurb.
    const doc = scramble(listWithBlurb());
    expect(read(doc, URL)?.posting.description).toContain('Toronto is home to a large community');
  });
});
