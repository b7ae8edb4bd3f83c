// A long listing for per-keystroke figures: real postings one after another, cut at a word count.
export function longDraft(descriptions: readonly string[], words = 2000): string {
  let draft = 'Technical Program Manager\n';
  let count = 0;
  for (const word of descriptions.join('\n').split(/(?<=\s)/)) {
    if (count >= words) break;
    draft += word;
    if (word.trim()) count++;
  }
  return draft;
}
