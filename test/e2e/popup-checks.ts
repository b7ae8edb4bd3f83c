// The popup's salary look-up in real Chromium (the popup opened as a tab). Expected figures come from
// the source tables in ../shared/data (geo place -> county, DOL OFLC wage levels by county), not from
// the extension's bundled dataset, so a wrong county or a shifted column in the data build shows.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import type {Page} from 'playwright-core';
import {assert, STATE_TIMEOUT_MS, type Check, type E2E} from './harness';

type PlaceRow = {city: string; state: string; county_key: string; county_name: string; population: string};
type WageRow = Record<'soc_code' | 'state' | 'county' | `level${1 | 2 | 3 | 4}_${'hourly' | 'annual'}`, string>;

const readCsv = <T>(path: string): T[] =>
  parse(readFileSync(path, 'utf8'), {columns: true, skip_empty_lines: true}) as T[];

const money = (text: string) => Number(text.replace(/[^0-9.]/g, ''));

async function typeInto(page: Page, text: string): Promise<void> {
  const field = page.locator('#salary-place');
  await field.fill('');
  await field.pressSequentially(text);
}

export function popupChecks(e2e: E2E, dataDir: string): Check[] {
  const places = () => readCsv<PlaceRow>(join(dataDir, 'geo', 'place_county_cbsa.csv'));
  const wages = () => readCsv<WageRow>(join(dataDir, 'salary', 'oflc_prevailing_wage_levels_by_county.csv'));
  let popup: Page | null = null;
  const open = async () => {
    if (popup) return popup;
    popup = await e2e.ctx.newPage();
    await popup.goto(`chrome-extension://${e2e.extensionId}/src/popup/index.html`);
    // The wage data is its own chunk: the occupation list appears once it is loaded.
    await popup.getByLabel('Occupation').waitFor({timeout: STATE_TIMEOUT_MS});
    return popup;
  };

  /** The four levels on screen equal the source row for this county and occupation. */
  const assertLevels = async (page: Page, countyKey: string) => {
    const soc = await page.getByLabel('Occupation').inputValue();
    const [state, county] = countyKey.split('|') as [string, string];
    const row = wages().find(
      (candidate) => candidate.soc_code === soc && candidate.state === state && candidate.county === county,
    );
    assert(row, `no source row for ${soc} ${countyKey}`);
    const cells = await page
      .locator('[data-testid=lookup-levels] tbody tr')
      .evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    assert(cells.length === 4, `${cells.length} level rows`);
    for (const [index, [annual = '', hourly = '']] of cells.entries()) {
      const level = `level${index + 1}` as 'level1';
      assert(
        money(annual) === Math.round(Number(row[`${level}_annual`])),
        `${soc} level ${index + 1} annual ${annual}, source ${row[`${level}_annual`]}`,
      );
      assert(
        money(hourly) === Number(row[`${level}_hourly`]),
        `${soc} level ${index + 1} hourly ${hourly}, source ${row[`${level}_hourly`]}`,
      );
    }
    return soc;
  };

  return [
    {
      name: 'popup salary look-up: "Mountain View, CA" is offered, chosen by keyboard, and shows its county\'s four levels',
      run: async () => {
        const page = await open();
        const expected = places().find((row) => row.city === 'Mountain View' && row.state === 'CA');
        assert(expected, 'Mountain View, CA is not in the geo table');
        await typeInto(page, 'Mountain View');
        const options = page.getByRole('listbox', {name: 'Places'}).getByRole('option');
        await options.first().waitFor({timeout: STATE_TIMEOUT_MS});
        const labels = await options.evaluateAll((items) => items.map((item) => item.textContent ?? ''));
        const target = labels.findIndex((label) => label.startsWith('Mountain View, CA'));
        assert(target >= 0, `not offered; options: ${labels.join(' | ')}`);
        for (let step = 0; step <= target; step++) await page.keyboard.press('ArrowDown');
        const active = await page.locator('[role=option][aria-selected=true]').innerText();
        assert(active.startsWith('Mountain View, CA'), `ArrowDown selected "${active}"`);
        await page.keyboard.press('Enter');
        assert(
          (await page.locator('#salary-place').inputValue()) === 'Mountain View, CA',
          `field holds "${await page.locator('#salary-place').inputValue()}"`,
        );
        assert(
          (await page.getByRole('listbox', {name: 'Places'}).count()) === 0,
          'the list stayed open after choosing',
        );
        const heading = await page.getByTestId('lookup-place').innerText();
        assert(
          heading.includes(expected.county_name),
          `heading "${heading}" does not name ${expected.county_name} County`,
        );
        const first = await assertLevels(page, expected.county_key);
        // Another occupation: the levels follow the select.
        const other = await page
          .getByLabel('Occupation')
          .evaluate(
            (select: HTMLSelectElement, current) =>
              [...select.options].map((option) => option.value).find((value) => value !== current),
            first,
          );
        assert(other, 'only one occupation to choose from');
        await page.getByLabel('Occupation').selectOption(other);
        await assertLevels(page, expected.county_key);
        await page.getByLabel('Occupation').selectOption(first);
      },
    },
    {
      name: 'popup salary look-up: "Remote" shows the national label and figure, no county levels',
      run: async () => {
        const page = await open();
        await typeInto(page, 'Remote');
        await page.keyboard.press('Escape');
        const heading = await page.getByTestId('lookup-place').innerText({timeout: STATE_TIMEOUT_MS});
        assert(/remote/i.test(heading) && /national/i.test(heading), `heading "${heading}"`);
        const national = await page.getByTestId('lookup-national').innerText();
        assert(
          /\$\d[\d,]+/.test(national) && /\b(19|20)\d\d\b/.test(national),
          `national figure without amount or date: "${national}"`,
        );
        assert(/no data/.test(await page.getByTestId('lookup-levels').innerText()), 'county levels shown for "Remote"');
      },
    },
    {
      name: 'popup salary look-up: an ambiguous name ("Springfield") lists real candidates',
      run: async () => {
        const page = await open();
        const springfields = places()
          .filter((row) => row.city === 'Springfield')
          .sort((x, y) => Number(y.population) - Number(x.population));
        await typeInto(page, 'Springfield');
        const text = await page.getByTestId('lookup-candidates').innerText({timeout: STATE_TIMEOUT_MS});
        // "Candidates: Springfield, MA (wage area); Springfield, MO (...)": the place leads each entry.
        const shown = text
          .replace(/^[^:]*:\s*/, '')
          .split(/;\s*/)
          .map((entry) => /^Springfield, ([A-Z]{2})\b/.exec(entry)?.[1] ?? entry);
        assert(shown.length >= 2 && new Set(shown).size === shown.length, `candidates: "${text}"`);
        const states = new Set(springfields.map((row) => row.state));
        assert(
          shown.every((state) => states.has(state)),
          `a candidate that is not a real Springfield: "${text}"`,
        );
        assert(
          shown.includes(springfields[0]!.state),
          `the largest Springfield (${springfields[0]!.state}) is not among "${text}"`,
        );
        await page.close();
        popup = null;
      },
    },
  ];
}
