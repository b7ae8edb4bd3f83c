import type {PostedPay} from './types';

/** The job's posted pay from the site's salary line first, then the description. Null when none is stated. */
export function extractPay(salaryText: string, description: string): PostedPay | null {
  for (const text of [salaryText, description]) {
    const match = /\$\s?(\d[\d,]*)(?:\s*-\s*\$\s?(\d[\d,]*))?/.exec(text);
    if (!match?.[1]) continue;
    const min = Number(match[1].replace(/,/g, ''));
    const max = match[2] ? Number(match[2].replace(/,/g, '')) : min;
    return {min, max, period: 'year', currency: 'USD', annualMin: min, annualMax: max, text: match[0]};
  }
  return null;
}
