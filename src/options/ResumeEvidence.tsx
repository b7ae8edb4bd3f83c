import {PageText} from '../panel/PageText';

/** The resume lines a proposed field was read from, for the user to check before saving. */
export function ResumeEvidence({lines}: {lines: string[] | undefined}) {
  if (!lines?.length) return null;
  return (
    <p class="evidence">
      From your resume:{' '}
      <PageText text={lines.map((line) => `"${line.length > 120 ? `${line.slice(0, 119)}\u2026` : line}"`).join(' ')} />
    </p>
  );
}
