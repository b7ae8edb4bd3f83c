// LinkedIn's signed-out search with a posting open: the list in <main>, the posting in the pane beside it (the layout
// of a 2024 saved guest search page, Aayussh017's; its repository has no license, so the page is not bundled).
import {describe, expect, it} from 'vitest';
import {parseHtmlDocument} from '../../../src/cli/html-document';
import {readPosting} from '../../../src/sites/read';

const URL_WITH_PANE =
  'https://in.linkedin.com/jobs/search?keywords=program%20manager&location=India&currentJobId=3943870863&position=1&pageNum=0';

// SYNTHETIC markup in the form of that page (its class names; the cards shortened to one).
const page = parseHtmlDocument(
  `<html><head><title>46 Program Manager jobs in India</title></head><body><div class="base-serp-page">
  <div class="base-serp-page__content">
  <main id="main-content" class="two-pane-serp-page__results"><ul class="jobs-search__results-list"><li>
    <div class="base-card base-search-card" data-entity-urn="urn:li:jobPosting:3999189390">
    <h3 class="base-search-card__title">Program Associate, Fresh</h3>
    <h4 class="base-search-card__subtitle">Acme Retail</h4>
    <span class="job-search-card__location">Bengaluru, Karnataka, India</span></div></li></ul></main>
  <section class="two-pane-serp-page__detail-view"><div class="details-pane__content details-pane__content--show">
    <section class="top-card-layout container-lined"><div class="top-card-layout__card">
    <h2 class="top-card-layout__title topcard__title">Technical Program Manager, Cloud</h2>
    <h4 class="top-card-layout__second-subline"><div class="topcard__flavor-row">
    <span class="topcard__flavor"><a class="topcard__org-name-link">Acme Cloud</a></span>
    <span class="topcard__flavor topcard__flavor--bullet">Gurgaon, Haryana, India</span></div></h4></div></section>
    <div class="decorated-job-posting__details"><section class="core-section-container">
    <div class="description__text description__text--rich"><div class="show-more-less-html__markup">
    <p>Plan and deliver cloud migration programs with the engineering teams.</p>
    <p>You will own schedules, risks and status reporting to leadership, and run the weekly program review with
    engineering, security and operations. Five or more years of technical program management experience.</p>
    </div></div></section></div>
  </div></section></div></div></body></html>`,
  URL_WITH_PANE,
);

describe("LinkedIn's signed-out search with a posting open", () => {
  it('reads the posting in the pane beside the list (no posting before: the list in <main> was taken for it)', () => {
    const read = readPosting(page, new URL(URL_WITH_PANE))?.posting;
    expect(read).toMatchObject({
      title: 'Technical Program Manager, Cloud',
      company: 'Acme Cloud',
      location: 'Gurgaon, Haryana, India',
    });
    expect(read?.description).toContain('Plan and deliver cloud migration programs');
    expect(read?.description).not.toContain('Program Associate');
  });
});
