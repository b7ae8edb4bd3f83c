import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {loadSalaryData} from '../../../src/core/salary/load';
import {SalaryLookup} from '../../../src/popup/SalaryLookup';

let root: HTMLElement;

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  // The component's own loader: the dataset chunk imported on first use.
  await act(async () => {
    render(<SalaryLookup />, root);
  });
  await act(async () => {
    await loadSalaryData();
  });
});

afterEach(() => {
  render(null, root);
  root.remove();
});

const input = () => root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';

async function type(value: string) {
  await act(async () => {
    input().value = value;
    input().dispatchEvent(new Event('input', {bubbles: true}));
  });
}

async function press(key: string) {
  await act(async () => {
    input().dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, cancelable: true}));
  });
}

describe('popup salary look-up', () => {
  it('loads the dataset lazily and then answers', () => {
    expect(root.querySelector('[role="status"]')).toBeNull();
    expect(text('[data-testid="lookup-result"]')).toMatch(/Type a US city/);
    expect(root.querySelector('select')?.value).toBe('15-1299');
    expect(text('select')).toMatch(/IT project managers \/ TPM \(15-1299\)/);
  });

  it('suggests places as you type and picks one with the keyboard', async () => {
    await type('Mountain V');
    const options = [...root.querySelectorAll('[role="option"]')].map((option) => option.textContent ?? '');
    expect(options[0]).toMatch(/^Mountain View, CA/);
    expect(input().getAttribute('aria-expanded')).toBe('true');
    await press('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('salary-place-options-0');
    await press('Enter');
    expect(input().value).toBe('Mountain View, CA');
    expect(root.querySelector('[role="listbox"]')).toBeNull();
    expect(text('[data-testid="lookup-place"]')).toMatch(/Santa Clara County/);
    expect(text('[data-testid="lookup-area"]')).toMatch(/San Jose-Sunnyvale-Santa Clara/);
    const rows = [...root.querySelectorAll('[data-testid="lookup-levels"] tbody tr')].map(
      (row) => row.textContent ?? '',
    );
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/\$97,594.*\$46\.92\/h/);
    expect(text('[data-testid="lookup-national"]')).toMatch(/2021-09-27/);
    expect(text('[data-testid="lookup-result"]')).toMatch(/OFLC/);
  });

  it('changes occupation', async () => {
    await type('94043');
    await act(async () => {
      const select = root.querySelector('select')!;
      select.value = '13-1082';
      select.dispatchEvent(new Event('change', {bubbles: true}));
    });
    expect(text('[data-testid="lookup-levels"] tbody tr')).toMatch(/\$91,832/);
  });

  it('labels remote, unknown and ambiguous places, with national figures', async () => {
    await type('Remote');
    expect(text('[data-testid="lookup-place"]')).toMatch(/Remote/);
    expect(text('[data-testid="lookup-levels"]')).toMatch(/no data/);
    expect(text('[data-testid="lookup-national"]')).toMatch(/\$109,985/);
    await type('Gotham City');
    expect(text('[data-testid="lookup-place"]')).toMatch(/No local data/);
    await type('Springfield');
    expect(text('[data-testid="lookup-candidates"]')).toMatch(/Springfield, MA.*Springfield, MO/);
  });

  it('closes the list with Escape', async () => {
    await type('Austin');
    expect(root.querySelector('[role="listbox"]')).not.toBeNull();
    await press('Escape');
    expect(root.querySelector('[role="listbox"]')).toBeNull();
  });
});
