// Benefits that pay for education or credentials ("tuition reimbursement for master's programs",
// "we reimburse PMP exam fees", an employer-paid education program whose "Programs range from high school completion to
// bachelor's degrees", "an affordable and convenient path to getting a bachelor's degree") name a degree or certificate
// without asking for it.
const BENEFIT =
  /\b(?:tuition|reimburse\w*|scholarships?|education(?:al)? (?:assistance|benefits?)|student loans?|we (?:pay|cover|sponsor)|sponsorship|exam fees?|training budget|discounted|subsidi[sz]ed|up-?skilling|high school completion|path to (?:getting|earning|completing|obtaining)|help(?:s|ing)? you (?:get|earn|complete|finish|obtain))\b/i;

/** Whether a benefit word sits in the same item as the text at start..end; "Label:" starts a new item. */
export function benefitNear(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);
  return BENEFIT.test(before.slice(before.lastIndexOf(':') + 1)) || BENEFIT.test(after.split(':')[0]!);
}
