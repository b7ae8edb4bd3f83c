// Job boards and scrapers often drop the line breaks between bullets, gluing one item's last word to
// the next item's first ("...competing prioritiesEducates the team..."). This finds those joins so
// that each bullet becomes its own sentence, without cutting real camel-case names ("JavaScript").

/**
 * Names written in camel case that must never be cut. Only the inner capitals matter, so the list
 * holds product, company and technology names that postings commonly mention.
 */
const CAMEL_WORDS = [
  'JavaScript',
  'TypeScript',
  'CoffeeScript',
  'ActionScript',
  'PowerPoint',
  'PowerShell',
  'PowerApps',
  'PowerBI',
  'SharePoint',
  'OneDrive',
  'OneNote',
  'GitHub',
  'GitLab',
  'BitBucket',
  'DevOps',
  'DevSecOps',
  'GitOps',
  'FinOps',
  'LinkedIn',
  'YouTube',
  'McKinsey',
  'PayPal',
  'ServiceNow',
  'SalesForce',
  'NetSuite',
  'QuickBooks',
  'HubSpot',
  'WordPress',
  'PostgreSQL',
  'MySQL',
  'NoSQL',
  'CloudSQL',
  'MongoDB',
  'DynamoDB',
  'CosmosDB',
  'InfluxDB',
  'BigQuery',
  'CloudFormation',
  'CloudWatch',
  'CloudFront',
  'OpenStack',
  'OpenShift',
  'OpenAI',
  'OpenAPI',
  'OpenTable',
  'TensorFlow',
  'PyTorch',
  'SageMaker',
  'DataDog',
  'PagerDuty',
  'NewRelic',
  'SolarWinds',
  'CrowdStrike',
  'FireEye',
  'SuccessFactors',
  'PeopleSoft',
  'WorkDay',
  'JetBrains',
  'IntelliJ',
  'AngularJS',
  'NodeJS',
  'ReactJS',
  'VueJS',
  'NextJS',
  'NestJS',
  'ExpressJS',
  'RabbitMQ',
  'ActiveMQ',
  'ZeroMQ',
  'ElasticSearch',
  'OpenSearch',
  'LogRhythm',
  'TeamCity',
  'CircleCI',
  'TravisCI',
  'ClickUp',
  'MailChimp',
  'WhatsApp',
  'WeChat',
  'TikTok',
  'SnapChat',
  'InVision',
  'InDesign',
  'AutoCAD',
  'HydroCAD',
  'MicroStation',
  'SolidWorks',
  'LabVIEW',
  'MatLab',
  'SmartSheet',
  'MuleSoft',
  'NetApp',
  'DocuSign',
  'DoorDash',
  'AirBnb',
  'FedEx',
  'BlackBerry',
  'PlayStation',
  'CapEx',
  'OpEx',
  'NextGen',
  'SoC',
  'PhD',
  'SaaS',
  'PaaS',
  'IaaS',
  'LiDAR',
  'macOS',
  'iOS',
  'iPadOS',
  'tvOS',
  'watchOS',
  'eBay',
  'iPhone',
  'iPad',
  'iCloud',
  'jQuery',
  'HashiCorp',
  'VMware',
  'vSphere',
  'vCenter',
  'vRealize',
  'ScrumMaster',
  'ProCore',
  'PlanGrid',
  'BlueBeam',
  'HeavyBid',
  'SmartRecruiters',
  'ZipRecruiter',
  'GlassDoor',
  'DeepMind',
  'LeetCode',
  'HackerRank',
  'StackOverflow',
  'FreshDesk',
  'ZenDesk',
  'DevEx',
  'MLOps',
  'DataOps',
  'AIOps',
  'SecOps',
  'NetOps',
  'ChatGPT',
  'CyberArk',
  'SailPoint',
  'ForgeRock',
  'OneLogin',
  'SonarQube',
  'WebSphere',
  'WebLogic',
  'JBoss',
  'SQLServer',
  'FileMaker',
  'QlikView',
  'QlikSense',
  'MicroStrategy',
  'DataStage',
  'BusinessObjects',
  'CrystalReports',
  'AppDynamics',
  'SumoLogic',
  'SignalFx',
  'BrowserStack',
  'SauceLabs',
  'TestRail',
  'McDonald',
  'MacBook',
  'FinTech',
  'EdTech',
  'HealthTech',
  'InsurTech',
  'PropTech',
  'MedTech',
  'BioTech',
  'eCommerce',
  'eLearning',
];
const CAMEL_WORD_SET = new Set(CAMEL_WORDS);
/** The names by their first two letters: a run with thousands of joins looks each up in a handful. */
const CAMEL_WORDS_BY_START = new Map<string, string[]>();
for (const word of CAMEL_WORDS)
  CAMEL_WORDS_BY_START.set(word.slice(0, 2), [...(CAMEL_WORDS_BY_START.get(word.slice(0, 2)) ?? []), word]);

/**
 * A run of letters; the runs holding a lower-case letter right before a capital are joined words.
 * Found in two linear steps: one pattern for both (`[A-Za-z]*[a-z][A-Z][A-Za-z]*`) backtracks over
 * the whole run at every letter of a run without such a change, quadratic in its length.
 */
const LOWER_UPPER = /[a-z][A-Z]/g;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** A full stop, question or exclamation mark glued to the next sentence ("office.What you need"). */
const GLUED_STOP = /[a-z]{2}[.!?)](?=[A-Z][a-z])/g;
/** A count glued to the word before it ("required7+ years of experience"). */
const GLUED_COUNT = /[a-z]{3}(?=\d{1,2}\s?\+?\s?(?:-\s?\d{1,2}\s?)?(?:years?|yrs?)\b)/g;
/** What GLUED_COUNT cannot match without; most lines lack it, and the pattern tries every letter. */
const LETTER_DIGIT = /[a-z]\d/;
/** Capitalised words at least this long are rarely the first half of a name ("Description|The"). */
const LONG_HEAD = 7;
const LONG_TAIL = 8;

/** Offsets inside `word` where a glued join falls (after the lower-case letter). */
function joinsInWord(word: string): number[] {
  const bare = word.replace(/'s$/, '');
  if (CAMEL_WORD_SET.has(bare)) return [];
  const offsets: number[] = [];
  // Segments: runs that end where a lower-case letter meets a capital.
  const cuts = [...word.matchAll(/[a-z](?=[A-Z])/g)].map((match) => match.index + 1);
  let segmentStart = 0;
  for (const [index, cut] of cuts.entries()) {
    const head = word.slice(segmentStart, cut);
    const tail = word.slice(cut, cuts[index + 1] ?? word.length);
    // A camel-case name may be glued to the next bullet ("PowerPointExperience"): never cut inside one.
    const candidates = CAMEL_WORDS_BY_START.get(word.slice(segmentStart, segmentStart + 2));
    const name = candidates?.find(
      (candidate) => word.startsWith(candidate, segmentStart) && cut < segmentStart + candidate.length,
    );
    if (name) continue;
    const lowerHead = /^[a-z]+$/.test(head);
    if (
      lowerHead ? head.length >= 2 : head.length >= LONG_HEAD || tail.replace(/[^A-Za-z].*$/, '').length >= LONG_TAIL
    ) {
      offsets.push(cut);
      segmentStart = cut;
    }
  }
  return offsets;
}

/** Splits one line at glued joins; lines without any come back whole. */
export function splitGluedLine(line: string): string[] {
  const cuts: number[] = [];
  // Only the runs of letters around a lower-case letter before a capital: most lines have none.
  LOWER_UPPER.lastIndex = 0;
  let runEnd = 0;
  for (let change = LOWER_UPPER.exec(line); change; change = LOWER_UPPER.exec(line)) {
    if (change.index < runEnd) continue;
    let runStart = change.index;
    while (runStart > 0 && isLetter(line.charCodeAt(runStart - 1))) runStart--;
    runEnd = change.index + 2;
    while (runEnd < line.length && isLetter(line.charCodeAt(runEnd))) runEnd++;
    for (const offset of joinsInWord(line.slice(runStart, runEnd))) cuts.push(runStart + offset);
    LOWER_UPPER.lastIndex = runEnd;
  }
  LOWER_UPPER.lastIndex = 0;
  for (const match of line.matchAll(GLUED_STOP)) cuts.push(match.index + match[0].length);
  if (LETTER_DIGIT.test(line)) for (const match of line.matchAll(GLUED_COUNT)) cuts.push(match.index + match[0].length);
  if (cuts.length === 0) return [line];
  cuts.sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(line.slice(start, cut));
    start = cut;
  }
  pieces.push(line.slice(start));
  return pieces.map((piece) => piece.trim()).filter(Boolean);
}
