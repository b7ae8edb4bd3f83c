// US dollar amounts as every view prints them: whole dollars with thousands separators ("$150,000").
import {grouped} from './digits';

export function usd(value: number): string {
  return `$${grouped(value)}`;
}

export function usdRange(low: number, high: number): string {
  return low === high ? usd(low) : `${usd(low)}-${usd(high)}`;
}
