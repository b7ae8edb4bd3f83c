import {kindOf, type ChecklistId, type ChecklistKind} from './ids';

/**
 * One checklist item as data. Patterns are regular-expression sources matched case-insensitively
 * against one normalised sentence at a time; `unless` patterns veto a sentence (e.g. "no travel").
 * Weights say how much an item matters to a TPM listing's completeness (1 = usual, 2 = core).
 *
 * Patterns are written for the language of postings in general (verbs with their objects, common
 * synonyms, inflections), not for particular postings. Windows between words are bounded
 * ({0,n}) so that no pattern can backtrack badly on long run-on "sentences".
 */
export interface ChecklistItem {
  id: ChecklistId;
  kind: ChecklistKind;
  label: string;
  description: string;
  weight: number;
  patterns: string[];
  unless?: string[];
}

type ItemData = Omit<ChecklistItem, 'kind'>;

/** Up to n intervening words, e.g. "lead (the cross-functional) teams". */
const words = (n: number) => String.raw`(?:[\w/&'-]+,? ){0,${n}}`;

/**
 * What "leading" names when it is an adjective ("with leading ... software applications"): products,
 * firms and institutions, not the work a lead does (a release, a migration, a team after them).
 */
const LEADING_PRODUCTS = String.raw`(?:[\w-]+ ){0,3}(?:software|systems?|platforms?|products?|solutions?|tools?|applications?|technolog(?:y|ies)|brands?|companies|firms|providers|vendors|manufacturers|institutions|organi[sz]ations|universities|hospitals|retailers|partners)\b(?! (?:projects?|programs?|initiatives?|releases?|launch(?:es)?|implementations?|migrations?|deployments?|development|delivery|roll-?outs?|integrations?|upgrades?|teams?)\b)`;

// "Project" work objects shared by several items.
const WORK = String.raw`(?:projects?|programs?|programmes?|initiatives?|releases?|launch(?:es)?|deliverables|implementations?|roll-?outs?|migrations?|deployments?|engagements?|work ?streams?|products?|solutions?|software|systems?|platforms?|features?|efforts)`;

const ITEMS: ItemData[] = [
  {
    id: 'degree',
    label: 'Degree',
    description: "A bachelor's degree in a technical or business field, or an IT certification instead.",
    weight: 1,
    patterns: [
      String.raw`\b(?:bachelor'?s?|master'?s?|mba|ph\.?d|doctorate|b\.?s\.?c?|b\.?a|m\.?s\.?c?|b\.?e|b\.?tech|m\.?tech)\b[^.]{0,40}\b(?:degree|in|of)\b`,
      String.raw`\b(?:bachelor'?s?|master'?s?|mba|ph\.?d|undergraduate|graduate|college|university|4-year|four-year|advanced|technical|engineering)\s+degree\b`,
      String.raw`\bdegree (?:in|from)\b`,
    ],
  },
  {
    id: 'experience',
    label: 'Years of experience',
    description: 'A stated minimum of years in technical or project roles.',
    weight: 2,
    patterns: [
      String.raw`\b\d{1,2}\s*\+?\s*(?:-|to)?\s*(?:\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b`,
      String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)(?: \(\d+\))?\+? (?:or more )?(?:years?|yrs?)\b`,
    ],
  },
  {
    id: 'pm-certification',
    label: 'PM certification',
    description: 'A project-management certification such as PMP, PRINCE2 or a Scrum credential.',
    weight: 1,
    patterns: [
      String.raw`\b(?:PMP|CAPM|PgMP|PfMP|PRINCE ?2|CSM|PSM|PSPO|CSPO|PMI-ACP|PMI-RMP|SAFe|ITIL|Six Sigma|Project\+)\b`,
      String.raw`\b(?:project management|scrum|agile|pmi)\b[^.]{0,30}\bcertifi(?:ed|cation|cate)s?\b`,
    ],
  },
  {
    id: 'mentoring',
    label: 'Mentoring',
    description: 'Mentors, coaches or develops other people, such as junior staff or rising talent.',
    weight: 1,
    patterns: [
      String.raw`\bmentor(?:s|ed|ing|ship)?\b`,
      String.raw`\bcoach(?:es|ed|ing)?\b`,
      String.raw`\b(?:develop|developing|develops|grow|growing|grows|nurtur\w*|train|trains|training)\b (?:and \w+ )?${words(2)}(?:staff|people|talent|team members|employees|junior|others|direct reports|the team|engineers|project managers)\b`,
      String.raw`\b(?:staff|people|talent) development\b`,
      // Of people, not of products: "building the next generation of Google platforms" is engineering.
      String.raw`\b(?:develop|grow|build|nurtur)\w* (?:the )?(?:next|future) generation of (?:[\w-]+ ){0,2}(?:leaders|talent|engineers|tpms|program managers|project managers|managers|professionals|employees|people|staff|scientists|researchers|developers|designers|builders|technologists)\b`,
      String.raw`\b(?:development|growth) of (?:\w+ ){0,2}(?:junior|staff|team members|employees|people|talent|others|(?:the|your) team)\b`,
      String.raw`\b(?:grow|develop|build|improv|strengthen)\w* (?:the )?(?:skills|capabilities|careers?) of\b`,
      String.raw`\b(?:train|trains|training|onboard|onboards|onboarding)\b (?:and \w+ )?(?:new hires|new (?:team )?members|new employees|junior)\b`,
      String.raw`\bperformance (?:assessments?|reviews?|appraisals?|evaluations?|management)\b`,
      // Guidance for those with less experience: "Provide guidance and feedback to less experienced TPMs".
      String.raw`\b(?:guid\w*|feedback|advice|direction)\b (?:\w+ ){0,3}(?:to|for) (?:the )?(?:junior|less[- ](?:experienced|senior)|newer|new)\b`,
      String.raw`\brole models? (?:for|to) (?:others|other|junior|the team|peers|team members|newer|new)\b`,
    ],
    unless: [
      String.raw`\b(?:mentor(?:ing|ship)|coaching) programs?\b`,
      String.raw`\b(?:your|you) (?:career|goals|growth)\b`,
      // Being mentored is not mentoring: "receive guidance from a dedicated mentor", "paired with a mentor".
      String.raw`\b(?:receiv\w*|get|gets|getting|paired with|assigned (?:to )?|access to|learn\w* from|supported by)\b[^.;]{0,90}\bmentor(?:s|ship)?\b`,
      String.raw`\bcareer (?:path|development|growth)s?\b`,
    ],
  },
  {
    id: 'communication',
    label: 'Communication',
    description: 'Strong written and spoken communication, including setting standards for how others communicate.',
    weight: 2,
    patterns: [
      String.raw`\bcommunicat(?:e|es|ed|ing|ion|ions|or|ors)\b`,
      String.raw`\b(?:written|verbal|oral)\b[^.]{0,40}\b(?:skills|abilit\w+|english)\b`,
      String.raw`\b(?:interpersonal|presentation|facilitation|writing|listening|storytelling) skills\b|\bstorytell(?:er|ing)\b|\bactive listen\w*`,
      String.raw`\barticulat(?:e|es|ing)\b|\bdistill?(?:s|ed|ing)? (?:[\w-]+ ){0,4}(?:into|for)\b|\b(?:write|writes|writing|speak|speaks|speaking)\b (?:\w+ ){0,2}(?:clear(?:ly)?|crisp(?:ly)?|concise(?:ly)?|compelling(?:ly)?|persuasive(?:ly)?)\b`,
      String.raw`\bpublic speaking\b`,
      String.raw`\b(?:speak|speaks|write|writes|spoken|written)\b[^.;]{0,30}\bfluen(?:t|tly|cy)\b|\bfluen(?:t|cy) in (?:english|spanish|french|german|japanese|mandarin|chinese|korean|portuguese|italian|dutch|hindi|arabic)\b`,
      String.raw`\bexplain\w* (?:\w+ ){0,3}(?:concepts|ideas|issues|information|trade-?offs|decisions)\b`,
      String.raw`\bnon-?technical audiences?\b|\btranslat\w+ (?:(?:complex|technical) )+(?:[\w-]+ ){0,2}(?:for|to) (?:\w+ ){0,2}(?:audiences?|partners|stakeholders|leaders|executives|customers|people)\b`,
      String.raw`\bfacilitat\w+ (?:\w+ ){0,2}(?:conversations|discussions|meetings|workshops|sessions)\b`,
      String.raw`\b(?:document|documents|documenting|establish\w*|set|sets|setting|define|defines|defining)\b (?:\w+ ){0,2}(?:best practices|standards|guidelines)\b`,
      String.raw`\binteract\w* (?:\w+ ){0,2}with (?:\w+,? ){0,4}(?:groups|audiences|people|teams|stakeholders|partners|levels)\b`,
    ],
    unless: [
      String.raw`\bcommunicat\w* (?:\w+ ){0,2}(?:to|with) (?:all )?(?:applicants|candidates)\b`,
      String.raw`\bcommunications? (?:team|department|office|analyst|specialist|director|manager)\b(?![^.]{0,40}\bskills)`,
      String.raw`\b(?:tele|data |radio |wireless |satellite |unified )communications\b`,
      String.raw`\bcommunications? (?:systems?|equipment|infrastructure|platforms?|networks?|protocols?|hardware|software|devices?|satellites?|links?|payloads?|radios?|modules?|chips?)\b`,
      // Machines talking to machines: "bidirectional device-to-cloud communication", "inter-service communication".
      String.raw`\b(?:bi-?directional|inter-?(?:process|service|system|device|node)|(?:device|machine|cloud|server|client|service|system|vehicle|node|chip)s?-to-(?:device|machine|cloud|server|client|service|system|vehicle|node|chip|everything)s?) communications?\b`,
    ],
  },
  {
    id: 'team-leadership',
    label: 'Team leadership',
    description: 'Leads or supervises teams and takes personal responsibility for decisions.',
    weight: 2,
    patterns: [
      // Not relationships built with teams: "build relationships with cross-functional teams" (stakeholder management).
      String.raw`\b(?:lead|leads|leading|led|direct|directs|directing|supervis\w*|spearhead\w*|guid(?:e|es|ing)|motivat\w*|build|builds|building|oversee\w*|overseeing)\b(?! (?:[\w-]+ ){0,2}(?:relationships|rapport|partnerships|bridges|connections|networks)\b) (?:and (?:manag\w+|direct\w*|mentor\w*|develop\w*) )?${words(4)}(?:teams?|staff|people|engineers|developers|consultants|resources|team members|employees|personnel|groups?|collaborations?|work of)\b`,
      String.raw`\bmanag(?:e|es|ed|ing)\b ${words(4)}(?:teams?|staff|people|employees|team members|engineers|developers|direct reports|personnel|(?:program|project) managers|tpms)\b`,
      // Not "leading" as an adjective, the foremost of its kind: "experience with leading 3D animation software
      // applications", "partnering with leading health systems" (but "experience with leading software releases").
      String.raw`\b(?:lead|leads|leading|led)\b(?!(?<=\b(?:with|'s) leading) ${LEADING_PRODUCTS}) (?:and(?:/or)? (?:manage|direct|drive)s? )?${words(3)}${WORK}`,
      String.raw`\b(?:take|takes|taking) (?:the )?lead\b`,
      String.raw`\bteam[- ](?:lead|leader|leadership|building|management)\b`,
      String.raw`\bleadership (?:skills|abilit\w+|qualities|experience|capacity|role|position|and)\b`,
      String.raw`\b(?:strong|proven|demonstrated|excellent|technical|project|people|program|team|effective|outstanding|solid|exceptional|thought) leadership\b`,
      String.raw`\b(?:provides?|providing|offer\w*) (?:\w+ ){0,3}(?:leadership|direction)\b`,
      String.raw`\b(?:act|acts|acting|serve|serves|serving) as (?:a |the )?(?:\w+ )?(?:leader|lead)\b`,
      String.raw`\bdecision[- ]mak(?:ing|er)\b`,
      String.raw`\b(?:making|make|makes) (?:\w+ ){0,2}decisions\b`,
      String.raw`\b(?:supervisory|people management|people manager|line management)\b`,
      String.raw`\b(?:take|takes|taking) charge\b`,
      String.raw`\blead by example\b`,
      String.raw`\bdelegat\w+\b`,
      String.raw`\b(?:take|takes|taking|assum(?:e|es|ing)|accept(?:s|ing)?) (?:full |personal |end-to-end )?(?:responsibility|accountability) for (?:the |all |your )?(?:\w+ )?(?:decisions|outcomes|results|projects?|programs?|delivery|teams?|success|execution)\b`,
      // Personal responsibility in other words: "hold people accountable", "drives decisions",
      // "take full ownership of these programs", "(roadmap, budget, supervision, troubleshooting)".
      String.raw`\bhold\w* (?:\w+ ){0,2}accountable\b|\bdriv\w* (?:\w+ )?decisions\b|\b(?:take|takes|taking) (?:full|complete|end-to-end) ownership of\b`,
      String.raw`\baccountab(?:le|ility) for (?:the |all |your |its )?(?:\w+ )?(?:decisions|outcomes|results)\b|\bown(?:s|ing)? (?:the |your |key |tough |hard )?decisions\b`,
      String.raw`(?<!\b(?:under|without|minimal|limited|little|minimum|close|general|direct) )\bsupervision\b`,
      String.raw`\bcoordinat\w+ (?:a |the )?(?:team|teams|group|crew) of\b`,
      String.raw`\b(?:schedul\w+|assign\w*|direct\w*|dispatch\w*) (?:and (?:monitor|manag|direct|supervis)\w* )?(?:the )?(?:work of )?(?:engineers|technicians|developers|staff|crews?|contractors)\b`,
    ],
    unless: [
      String.raw`\bsupervisory responsibilities:? none\b|\bnon-?supervisory\b`,
      String.raw`\bno (?:supervisory|management) (?:responsibilit|duties)`,
      String.raw`\b(?:with|requiring) (?:minimal|limited|little|minimum|no|close) (?:\w+ )?supervision\b`,
      String.raw`\b(?:accept|accepts|under|receives?|without) (?:the |close |general |direct )?supervision\b`,
      String.raw`\breports? (?:directly )?to (?:the |a )?(?:\w+ )?(?:team )?(?:lead|leader|manager|supervisor)\b`,
      String.raw`\b(?:a|an|the|our|one of the|industry|market|world|globally)[- ]leading\b|^\W*leading (?:[\w-]+ ){0,3}(?:provider|company|supplier|manufacturer|innovator|retailer|firm|player|employer|maker)s?\b`,
      // Supervision as machine learning uses the word, for the data a model learns from:
      // "Weak supervision", "forms of supervision", "supervised learning", "models, supervision, and algorithms".
      String.raw`\b(?:weak|self|semi|distant|human|forms of|kinds of|types of)[- ]supervis\w*|\bsupervised (?:learning|fine-?tuning|training|models?|data)\b|\b(?:models?|algorithms?|labels?|training|data),? (?:and |or )?supervision\b|\bsupervision,? (?:and |or )?(?:models?|algorithms?|labels?|signals?|training)\b`,
      // Decisions someone else makes, which the work informs: "impact on decision-making across the business",
      // "the data we extract helps organizations make smarter decisions", "improve data quality, automation, and decision-making",
      // "make decisions easier for relevant stakeholders".
      String.raw`\b(?:impact\w* on|inform\w*|support\w*|enabl\w*|influenc\w*|aid\w*|help\w*|fuel\w*|power\w*|improv\w*|enhanc\w*|accelerat\w*|streamlin\w*) (?:[\w-]+,? ){0,5}(?:and )?(?:data-driven |better |smarter |faster |informed )?decision[- ]making\b|\b(?:help|helps|helping|enabl\w*|empower\w*|allow\w*)\b (?:[\w-]+ ){0,4}(?:to )?make (?:\w+ ){0,2}decisions\b|\bmake (?:\w+ ){0,2}decisions (?:easier|simpler|faster|clearer) for\b`,
      // Decisions a system makes: "AI-powered document retrieval, classification, and decision-making", "automated decision-making".
      String.raw`\b(?:automated|algorithmic|autonomous|machine|ai[- ]powered|ai[- ]driven|ai[- ]based|model[- ]based) (?:[\w-]+,? ){0,4}(?:and )?decision[- ]making\b|\b(?:retrieval|classification|prediction|recognition|detection|ranking|forecasting|perception|planning),? (?:and )?decision[- ]making\b`,
    ],
  },
  {
    id: 'risk-management',
    label: 'Risk management',
    description: 'Anticipates difficulties and identifies, tracks and mitigates risks before they hit.',
    weight: 2,
    patterns: [
      // Not risk as one of a firm's functions: "support trading, risk, and management reporting", "legal and risk
      // teams" (but "compliance and risk management" is the item).
      String.raw`\brisks\b|\brisk\b(?!(?<=\b(?:trading|finance|compliance|legal|audit|treasury|accounting|regulatory|tax)(?:, | and | & )risk)(?:,| (?:and|&) | (?:teams?|functions?|departments?|groups?|organi[sz]ations?)\b))`,
      String.raw`\bmitigat\w+\b`,
      String.raw`\bcontingenc(?:y|ies)\b`,
      String.raw`\bRAID\b`,
      String.raw`\b(?:identif\w+|surfac\w+|flag\w*|spot\w*) (?:\w+ ){0,2}(?:blockers|dependencies)\b`,
      // "challenges" as a verb is not one: "a market that foresees immense growth prospects challenges and fascinates you".
      String.raw`\b(?:anticipat\w+|forecast\w*|foresee\w*|flag\w*)\b ${words(3)}(?:issues|problems|difficulties|obstacles|challenges(?! (?:and \w+s )?(?:you|us|me|them)\b)|roadblocks|blockers|delays|bottlenecks|change)\b`,
      String.raw`\b(?:potential|possible|emerging) (?:issues|problems|delays|roadblocks|obstacles)\b`,
      String.raw`\bprevent\w* (?:\w+ ){0,2}(?:problems?|issues|incidents|outages|recurrence|failures|delays)\b`,
    ],
    unless: [
      String.raw`\bhigh[- ]risk(?:/high[- ]reward)? (?:role|opportunity|job|position|environment|reward)\b`,
      String.raw`\brisk of (?:covid|infection|injury|exposure|contagion)`,
      String.raw`\b(?:at[- ]risk|risk[- ]taking|risk appetite) (?:youth|students|populations?|patients|children|individuals)\b`,
      String.raw`\b(?:insurance|underwriting|credit|market) risk\b`,
      String.raw`\brisk[- ]free\b`,
      // The project's own rating, not managing risk: "Project risk profile is low to medium", "Risk level: High".
      String.raw`\brisk (?:profile|level|rating|classification|category)(?: is\b|\s?:)`,
    ],
  },
  {
    id: 'stakeholder-management',
    label: 'Stakeholder management',
    description:
      'Works with every level of the organisation, from executives to engineers, and knows its business processes.',
    weight: 2,
    patterns: [
      String.raw`\bstake-?holders?\b`,
      String.raw`\b(?:all|multiple|various|different|every) levels? (?:of|in|within|across) (?:the |an? )?(?:organi[sz]ations?|management|leadership|company|business|seniority)\b`,
      String.raw`\bcross[- ]?(?:functional(?:ly)?|team|organi[sz]ational|department\w*|group|lob|portfolio|office|product|regional)\b(?!(?: and/or cross[- ]team)? (?:projects?|programs?|initiatives?|efforts)\b)`,
      String.raw`\b(?:across|between|among) (?:\w+ ){0,2}(?:teams|departments|groups|functions|organi[sz]ations|business units|divisions|lines of business|disciplines)\b`,
      String.raw`\b(?:business|executive|project) (?:owners?|partners?|leaders?|leadership|units?|sponsors?|users|stakeholders|areas?|functions)\b`,
      String.raw`\b(?:senior|executive|upper|top) (?:management|leadership|leaders|executives|decision[- ]makers)\b`,
      // Not what the work influences: "Your work will directly influence how AI benefits individuals".
      String.raw`\b(?:influenc(?<!\b(?:work|research|products?|contributions?|efforts|decisions|ideas|code|models?) (?:will |can |could |may |would )?(?:directly |greatly |significantly )?influenc)(?!ers?\b)\w*|buy-in|consensus|alignment|align\w*|liaison|liais\w+|bridge between|point of contact|negotiat\w+)\b`,
      String.raw`\b(?:buil(?:d|ds|ding|t)|maintain\w*|manag\w+|develop\w*|foster\w*|strong|effective|working|solid) (?:\w+ ){0,3}(?:relationships|partnerships)\b`,
      String.raw`\brelationship[- ](?:driven|building|management)\b|\bmanag\w* (?:\w+ )?expectations\b`,
      String.raw`\bbusiness (?:process(?:es)?|acumen|needs|requirements|objectives|goals)\b`,
      String.raw`\b(?:work|works|working|collaborat\w+|partner\w*|coordinat\w+|engag\w+|interfac\w+) (?:closely |directly |effectively )?(?:with|across) ${words(3)}(?:engineering|product|operations|design|business|sales|finance|legal|qa|it|marketing|support|partner|functional|internal|external)\b`,
      String.raw`\bwith (?:executives|engineers|developers|managers|leadership|partners)\b|\bnavigat\w+ (?:\w+ ){0,3}(?:organi[sz]ation\w*|politic\w*|matrix\w*)\b`,
      String.raw`\bexecutives?\b`,
    ],
    unless: [
      String.raw`\bstakeholders? (?:value|returns?)\b`,
      String.raw`\bnegotiable\b|\b(?:based on|depending on|as) (?:\w+ )?business needs\b`,
      String.raw`\baligns? with (?:your|you|our)\b`,
      String.raw`\bcustomer relationship management\b|\b(?:about|meet)\s+(?:our|the)\s+(?:executive|leadership)\s+team\b`,
    ],
  },
  {
    id: 'multi-project',
    label: 'Several projects at once',
    description: 'Runs several projects at once and keeps up with shifting schedules, deadlines and fast-paced change.',
    weight: 1,
    patterns: [
      String.raw`\b(?:multiple|several|many|various|numerous|concurrent|simultaneous|parallel|competing|a (?:range|variety|number|portfolio) of|dozens of|one or more) ${words(2)}(?:projects|programs|programmes|initiatives|priorities|tasks|work ?streams|deadlines|assignments|engagements|demands|issues|activities|responsibilities)\b`,
      String.raw`\bmulti-?task\w*\b|\bcontext[- ]switch\w*|\bswitch\w* (?:between )?contexts?\b|\bconcurrent (?:project|program)s?\b|\b(?:project|program) portfolios?\b`,
      String.raw`\b(?:multiple|several|numerous) (?:\w+ ){0,2}(?:products|product lines|releases|clients|accounts)\b`,
      String.raw`\bjuggl\w+\b`,
      String.raw`\b(?:fast|rapid)[- ]?(?:paced|pace|moving|changing)\b`,
      String.raw`\b(?:changing|shifting|evolving|conflicting|competing) (?:priorities|demands|deadlines|schedules|requirements|conditions|needs|environment)\b`,
      String.raw`\b(?:ever|constantly|rapidly)[- ]?(?:changing|evolving)\b`,
      String.raw`\b(?:rapid|constant|frequent) change\b`,
      String.raw`\bdeadline[- ]driven\b`,
      String.raw`\b(?:tight|aggressive|multiple|competing) (?:deadlines|timelines|schedules)\b`,
      String.raw`\bat the same time\b`,
      // Not a portfolio of things other than projects: "our portfolio of drug candidates", "a portfolio of brands".
      String.raw`\bportfolio of\b(?! (?:\w+ ){0,2}(?:drugs?|drug candidates|candidates|compounds|molecules|medicines|therapies|brands|clients|customers|products|services|properties|assets|investments|funds|companies|patents|loans|stocks|securities|artworks|designs)\b)`,
      String.raw`\bmanag\w+ (?:\w+ ){0,2}portfolio\b`,
      String.raw`\bbalanc\w+ (?:\w+ ){0,2}(?:priorities|projects|demands|workloads?)\b`,
      String.raw`\bmulti-?(?:project|program|stream|workstream|product)s?\b`,
      String.raw`\b(?:manag|run|lead|handl|driv|coordinat|oversee|support)\w* (?:[\w+-]+ ){0,4}(?:simultaneously|concurrently|in parallel|at once|at a time)\b|\b(?:projects|programs|initiatives|work ?streams) (?:\w+ )?(?:simultaneously|concurrently|in parallel|at once|at a time)\b`,
      String.raw`\bdeadline[- ](?:focused|oriented|intensive)\b`,
      String.raw`\b(?:dynamic|fluid|high[- ]pressure|high[- ]growth|changing) (?:\w+ )?(?:environment|setting|landscape)\b`,
      String.raw`\b(?:direction|priority|scope|requirements?) changes\b|\bchanges in (?:direction|priorit\w+|scope|requirements)\b`,
      String.raw`\badapt\w* (?:quickly |easily |readily )?to (?:\w+ ){0,2}(?:change|changes|changing)\b`,
    ],
  },
  {
    id: 'technical-skills',
    label: 'Technical background',
    description:
      'A real technical background (software, IT, systems, cloud) and current trends; works with engineering or IT.',
    weight: 2,
    patterns: [
      String.raw`\b(?:technical|technology|technologies|technological|software|engineering|engineers?|developers?|infrastructure|cloud(?! background checks?\b)|saas|sdlc|devops|it (?:projects?|department|infrastructure|systems?|services|operations|organi[sz]ation|portfolio|solutions?|applications?|security|support|strategy|leadership|environment|industry|professionals?|experience|stakeholders|partners|team|delivery|integration|governance|project management)|information (?:technology|systems|security|management systems)|computer science|programming|coding|code|database|sql|api|apis|erp|sap|oracle|salesforce|aws|azure|gcp|data (?:center|platform|engineering|migration|conversion|warehouse|integration|science|management|modeling|analysis|stacks?)|tech stacks?|(?<!\b(?:professional|personal|social|alumni|referral|referrals (?:and|&)|your|develop|develops|developing|grow|grows|growing|expand|expanding|nurture|nurturing|cultivate|cultivating) )network\w*(?! (?:events?|skills|opportunit\w+|receptions?|happy hours?|sessions?|lunch\w*|of)\b)|servers?|hardware|firmware|embedded|asic|semiconductor|telecom\w*|web|mobile|application development|applications|systems integrat\w+|automation|cybersecurity|security systems|machine learning|artificial intelligence|\bai\b|digital|system architecture|distributed systems|jira|agile|scrum)\b`,
      String.raw`\b(?:kubernetes|docker|ci/cd|linux|unix|java|python|javascript|typescript|golang|vmware|sharepoint|servicenow|tableau|power bi|snowflake|hadoop|spark|kafka|terraform|ansible|microservices|containers|virtuali[sz]ation|storage|firewalls?|data ?centers?)\b`,
      String.raw`(?:^|[^\w.#+])(?:\.net|c#|c\+\+)(?![\w#+])`,
    ],
    unless: [
      // Applications for the job, not software: "Applications will be reviewed on a rolling basis".
      String.raw`\bapplications? (?:will|are|is|must|should|may|can) (?:be |only be |not be )?(?:\w+ )?(?:reviewed|accepted|considered|processed|received|submitted|closed)\b|\b(?:submit\w*|send\w*) (?:\w+ ){0,2}applications?\b|\bjob applications?\b|\bapplications? (?:deadline|process|period|window|form)\b`,
    ],
  },
  {
    id: 'prioritization',
    label: 'Prioritisation',
    description: 'Sets and balances priorities for tasks and work across teams.',
    weight: 1,
    patterns: [
      String.raw`\bprioriti[sz]\w*\b`,
      String.raw`\b(?:set|sets|setting|balanc\w*|manag\w*|align\w*|juggl\w*|negotiat\w*|determin\w*|defin\w*|establish\w*|rank\w*|weigh\w*|drive|drives|driving|competing|conflicting|clear|clarity on|understand\w*|maintain\w*|focus\w* on|track\w*|influenc\w*)\b (?:[\w-]+,? ){0,4}priorities\b`,
      String.raw`\bpriorities (?:across|among|between|for (?:the |your )?teams?)\b|\breprioriti[sz]\w*|\bfocus\w* on (?:the )?(?:highest|top)[- ]priority\b`,
      String.raw`\btrade-?offs?\b`,
      String.raw`\btriag\w+\b`,
    ],
    unless: [
      String.raw`\bwe (?:\w+ ){0,2}prioriti[sz]e\b|\b(?:inclusion|diversity|belonging|equity|safety|well-?being) (?:\w+,? ){0,5}prioriti[sz]ed\b`,
      String.raw`\b(?:over|above) all else\b`,
      String.raw`\b(?:our|company) priorities\b(?![^.]{0,60}\b(?:balanc|manag|align|set|competing))`,
    ],
  },
  {
    id: 'organization',
    label: 'Organisation',
    description: 'Strong organisational skills and attention to detail.',
    weight: 1,
    patterns: [
      String.raw`\borgani[sz]ation(?:al)?(?:,| and| &) ${words(3)}(?:skills|abilit\w+|experience|capabilit\w+)\b`,
      String.raw`\b(?:organi[sz]ational|organi[sz]ation|organi[sz]ing) (?:and \w+ )?(?:skills|abilit\w+|talents?|strengths?)\b`,
      String.raw`\b(?:strong|excellent|exceptional|effective|good|solid|outstanding) (?:\w+ ){0,2}organi[sz]ational\b`,
      // The person so described: "you are organised", "stay organized"; not "the team is organized into pods".
      String.raw`\b(?:well|highly|self|very|super|really|hyper)[- ]organi[sz]ed\b|\b(?:you are|you're|are you|stay|staying|remain|extremely|exceptionally|incredibly|naturally|meticulously) organi[sz]ed\b|\borgani[sz]ed(?:,| and) (?:\w+ )?(?:thorough|detail\w*|structured|meticulous|methodical|disciplined)\b|\bkeep\w* (?:[\w-]+ ){0,4}organi[sz]ed\b`,
      String.raw`\bdetail[- ]?(?:orient\w*|minded|focused)\b`,
      String.raw`\battention to (?:\w+ )?detail`,
      String.raw`\b(?:eye|passion|focus) for details?\b|\bmeticulous\w*\b|\bmethodical\b`,
      String.raw`\btime[- ]management\b`,
      String.raw`\b(?:ability|able) to organi[sz]e\b`,
      String.raw`\b(?:plans?|planning),? organi[sz](?:e|es|ing)\b`,
      String.raw`\borgani[sz](?:e|es|ing) (?:\w+ ){0,2}(?:work|tasks|material|information|schedules?|time|documentation|priorities)\b`,
      String.raw`\b(?:creat|bring|brings|impos|provid|build)\w* (?:\w+ )?(?:order|structure)\b(?! (?:forms?|numbers?|entry|management|book))`,
    ],
    unless: [String.raw`\borgani[sz]ational change\b`],
  },
  {
    id: 'initiative',
    label: 'Initiative',
    description: 'Takes initiative and ownership, acts proactively and stays open to feedback.',
    weight: 1,
    patterns: [
      String.raw`\b(?:take|takes|taking|took|show|shows|showing|demonstrat\w+|personal|high degree of|sense of|strong|use|uses|own) (?:the )?initiative\b`,
      String.raw`\binitiative (?:and|to (?:identify|take|solve|improve|drive))\b|\b(?:leadership|drive|creativity|curiosity|energy|enthusiasm|judg(?:e)?ment) and initiative\b`,
      String.raw`\bproactiv\w*\b`,
      // The person, not what is run without help: "complex self-managed digital projects", "self-managed clusters".
      String.raw`\bself[- ]?(?:start\w*|motivat\w*|driven|directed|disciplined|managed|organi[sz]ed)\b(?! (?:\w+ )?(?:projects?|teams?(?! players?)|accounts?|IRAs?|retirement|plans?|portfolios?|services?|infrastructure|instances?|clusters?|databases?|devices?|systems?|solutions?|learning|courses?|training|study)\b)`,
      String.raw`\b(?:take|takes|taking|demonstrat\w+|sense of|personal|strong) (?:full |personal )?(?:ownership|accountability)\b`,
      String.raw`(?<!\b(?:home|stock|share|employee|equity|vehicle|car|pet) )\bownership\b`,
      String.raw`\b(?:work|works|working|operate|function|act|execute|executes|manage)\w* (?:\w+ ){0,3}independent(?:ly)?\b`,
      String.raw`\b(?:be|is|being) independent\b`,
      String.raw`(?<!\btravel\w* )\bindependently\b`,
      String.raw`^\W*owns?\b`,
      String.raw`\bindependence\b`,
      // Not the autonomy a machine has: "autonomous driving technology", "teams focusing on AI & Autonomy", "cutting-edge
      // autonomy, AI, computer vision".
      String.raw`\bautonom(?:ous|ously|y)\b(?! (?:driving|vehicles?|cars?|trucks?|systems?|robots?|robotics|mobility|flight|navigation|stack|software|agents?)\b)(?<!\b(?:ai|robotics|vehicle) (?:&|and) autonomy)(?<!\b(?:cutting[- ]edge|advanced|vehicle|drone|robot\w*|full) autonom\w+)`,
      String.raw`\b(?:outside|beyond) (?:of )?(?:your|the) (?:job description|role|comfort zone|call of duty)\b`,
      String.raw`\b(?:minimal|limited|little|minimum of) (?:\w+ )?(?:supervision|guidance|direction|oversight)\b`,
      String.raw`\bhit the ground running\b|\bwithout (?:being asked|being told|waiting (?:for|to be)|prompting)\b`,
      String.raw`\btake[- ]charge\b`,
      String.raw`\bsense of urgency\b`,
      // The person, not the company: "an entrepreneurial and innovative culture", "a rapidly growing, entrepreneurial,
      // technology department" describe where one works ("entrepreneurial mindset" is the item).
      String.raw`\bentrepreneurial\b(?!(?:,? (?:and |& )?[\w-]+){0,3},? (?:culture|environment|atmosphere|setting|workplace|company|firm|business|department|division|organi[sz]ation|start-?up|team)s?\b)`,
      String.raw`\bbias (?:for|to|towards?) action\b`,
      String.raw`\b(?:you are|you're|be|are you|who is) (?:\w+ )?driven\b`,
      String.raw`\b(?:open|receptive|responsive) to (?:\w+ )?feedback\b`,
      String.raw`\b(?:seek|seeks|seeking|solicit\w*|welcome\w*|embrace\w*|accept\w*|act\w* on) (?:\w+ )?feedback\b`,
      String.raw`\bresourceful\b`,
      String.raw`\bcan-do\b`,
      String.raw`\b(?:take|takes|taking) responsibility\b`,
    ],
  },
  {
    id: 'delivery',
    label: 'On-time delivery',
    description: 'Delivers projects on time, within budget and within scope.',
    weight: 2,
    patterns: [
      String.raw`\bon[- ]time\b`,
      String.raw`\b(?:on|within|under|to) (?:the )?(?:agreed )?budgets?\b`,
      String.raw`\bon[- ](?:schedule|budget|target)\b`,
      String.raw`\b(?:timely|successful|on-time) (?:completion|delivery|execution|launch|manner)\b`,
      // Software's word for it too: "drive, own, and ship all aspects of large, multi-functional efforts".
      String.raw`\b(?:deliver(?:s|ed|ing|y|ies)?|ship|ships|shipped)\b ${words(5)}${WORK}`,
      String.raw`\b(?:project|program|programme|software|solution|product|release|service|agile|timely|successful|on-time|project's) delivery\b`,
      String.raw`\bdelivery (?:of|schedules?|dates?|methodolog\w+|teams?|manager|lead|cycles?|oriented|goals|timelines?|commitments|plans?)\b`,
      String.raw`\bdeliverables\b`,
      String.raw`\b(?:drive|drives|driving|bring|brings|bringing|see|manage|manages|take|takes|carry|carries)\b ${words(4)}(?:to|through|across) (?:successful |timely )?(?:completion|launch|closure|the finish line|delivery|production|closeout)\b`,
      String.raw`\b(?:from|through) (?:\w+ )?(?:concept|inception|initiation|conception|idea|ideation|design|definition|start|kick-?off|planning|requirements)\b (?:\w+ )?(?:to|through|until) (?:\w+ )?(?:launch|completion|closure|delivery|finish|execution|production|deployment|implementation|post[- ]implementation|close|go-live)\b`,
      String.raw`\b(?:scope|schedule|budget|cost|time|timelines?|timeframes?|quality),? (?:\w+,? ){0,3}(?:and )?(?:scope|schedule|budget|cost|timelines?|quality)\b`,
      String.raw`\bwork(?:s|ing)? (?:to|against) (?:\w+ )?deadlines\b`,
      String.raw`\b(?:meet|meets|meeting|met|hit|achieve) (?:\w+ ){0,2}(?:deadlines|milestones|timelines|commitments|delivery dates|due dates|targets)\b`,
      String.raw`\bexecut(?:e|es|ed|ing|ion) (?:of |the )?(?:the )?${words(3)}${WORK}`,
      String.raw`\b(?:drive|drives|driving|own|owns|owning|lead|leads|leading) (?:the )?execution of (?:the |our )?(?:\w+ )?(?:schedules?|plans?|roadmaps?)\b`,
      String.raw`\b(?:project|program|release|successful) execution\b`,
      String.raw`\bdeliver (?:results|value|quality)\b`,
      String.raw`\bdriv\w+ (?:\w+ ){0,2}(?:to|towards) launch\b`,
      String.raw`\b(?:project|program|programme|release|launch)(?:'s)? success\b`,
      String.raw`\bcomplet(?:e|es|ed|ing) (?:\w+ ){0,2}(?:projects?|programs?|initiatives)\b`,
      String.raw`\bfrom (?:[\w-]+ ){1,3}(?:to|through|thru|until) (?:\w+ ){0,2}(?:launch|completion|closure|delivery|production|deployment|go-live|release|shipping|mass production)\b`,
      String.raw`\bend[- ]to[- ]end (?:\w+ ){0,2}(?:delivery|execution|ownership)\b`,
      String.raw`\b(?:manag|driv|lead|coordinat|execut|own)\w* (?:\w+ ){0,3}(?:product |feature |software |hardware )?launch(?:es)?\b`,
      String.raw`\b(?:launch|ship)(?:es|ed|ing)? (?:\w+ ){0,3}(?:products?|features?|programs?|devices|hardware|releases?)\b|\bland(?:s|ed|ing)? (?:[\w-]+ ){0,3}(?:launch(?:es)?|releases?|programs?|projects?|features?)\b`,
      String.raw`\b(?:execution|delivery) (?:of|against) (?:the )?(?:\w+ )?(?:schedules?|plans?|roadmaps?|milestones|commitments)\b`,
      String.raw`\bdeliveries\b|\bcommitted (?:timelines|dates|deadlines|schedules|milestones)\b`,
    ],
    unless: [
      String.raw`\b(?:order|package|parcel|sample|food|home|same[- ]day|last[- ]mile|meal|mail) deliver`,
      String.raw`\bdeliver(?:s|ed|ing|y)? (?:\w+ ){0,2}(?:presentations?|briefings?|talks|speeches|lectures|keynotes)\b`,
      String.raw`\bwe (?:deliver|provide|offer)\b`,
    ],
  },
  {
    id: 'planning',
    label: 'Project planning',
    description: 'Writes comprehensive project plans and aligns client needs with company goals across phases.',
    weight: 2,
    patterns: [
      String.raw`\bplan(?:s|ned|ning)?\b`,
      String.raw`\broad-?maps?\b`,
      String.raw`\b(?:estimat\w+|scoping|work breakdown|wbs)\b`,
      String.raw`\b(?:define|defines|defining|definition of|manag\w+|set|sets|setting|establish\w*) (?:the )?(?:project |program )?(?:scope|objectives|goals|requirements|milestones)\b`,
      String.raw`\b(?:create|creates|creating|develop|develops|developing|build|builds|building|prepare|prepares|preparing|maintain|maintains|maintaining|own|owns|manag\w+) ${words(5)}(?:schedules?|timelines?)\b`,
      String.raw`\b(?:schedul\w+|scheduled)\b (?:\w+ ){0,3}(?:projects?|engineers|work|resources|activities|tasks|releases|action items|milestones)\b`,
      String.raw`\b(?:project|program) (?:phases|lifecycle|life cycle|scope|planning)\b`,
      String.raw`\bresource (?:allocation|planning|loading|management|scheduling|requirements)\b`,
      String.raw`\b(?:allocat\w+|assign\w*) (?:of )?(?:\w+ ){0,2}resources\b`,
      String.raw`^\W*scope\b`,
      String.raw`\bbreak\w* (?:down )?(?:[\w-]+ ){0,3}(?:down )?into (?:[\w-]+ )?(?:milestones|tasks|phases|deliverables|work ?streams|sprints|epics|increments|iterations)\b`,
      String.raw`\b(?:manag|own|lead|oversee|driv)\w* (?:the )?(?:entire |full |whole |complete |end-to-end )?(?:[\w-]+ ){0,2}(?:lifecycle|life cycle)\b`,
    ],
    unless: [
      String.raw`\b(?:retirement|benefits?|401\s?\(?k\)?|health|dental|medical|vision|insurance|incentive|pension|savings|stock|purchase|compensation|bonus|spending|care|meal|phone|cell|data|rate|payment|medicare|wellness|career development|professional development|development) plans?\b|\b(?:applicable|governing) plans? or programs?\b|\bterms of (?:the|any|each) (?:applicable )?plans?\b`,
      String.raw`\bplan(?:s|ning)? (?:to|on) (?:relocat|mov|commut|apply|hir)\w*`,
      String.raw`\bplanning to relocate\b`,
      String.raw`\bwe plan to\b`,
      String.raw`\b(?:family|retirement|estate) planning\b|\bfinancial planning (?:and (?:group )?legal|services|assistance|tools|resources|benefits?)\b|\bplan (?:your|their) (?:career|future|growth|retirement|time off|vacation|visit|commute|week|day|workday|schedule|hours)\b`,
    ],
  },
  {
    id: 'reporting',
    label: 'Status reporting',
    description:
      'Tracks progress and schedules, and reports status, milestones and outcomes to clients and stakeholders.',
    weight: 1,
    patterns: [
      String.raw`\bstatus(?:es)?\b`,
      // "Track record" is a record of past results, not tracking: "a track record of driving ... outcomes".
      String.raw`\b(?:track(?! records?\b)|tracks|tracking|tracked|monitor\w*|measur\w+|report\w*|communicat\w+|review\w*|assess\w*|articulat\w+|document\w*|summari[sz]\w+|publish\w*|convey\w*|covey\w*)\b ${words(5)}(?:progress|milestones|deliverables|outcomes|results|performance|metrics|kpis|schedules?|timelines?|action items|deviations|variances)\b`,
      String.raw`\b(?:progress|milestone|status|financial|weekly|monthly|quarterly|regular|detailed|executive|management|written|project|program|scheduled|comprehensive) (?:reports?|reporting|updates|dashboards|reviews)\b`,
      String.raw`\breport(?:s|ing)? (?:out )?(?:on|back)\b`,
      String.raw`\breporting\b(?! (?:directly )?(?:in)?to\b)`,
      String.raw`\b(?:dashboards?|scorecards?|burn-?down|gantt)\b|\b(?:task|roadmap|milestone|progress|project|program|schedule) tracking\b`,
      String.raw`\bkeep\w* (?:\w+ ){0,3}(?:informed|updated|apprised|up to date)\b`,
      String.raw`\b(?:project|program) (?:updates|tracking|progress)\b`,
      String.raw`\b(?:updates?|briefings?) (?:to|for) (?:\w+ ){0,3}(?:stakeholders|clients|customers|management|leadership|executives|sponsors|teams?|partners)\b`,
      String.raw`\b(?:sending|send|sends|provide|provides|providing|share|shares|sharing|prepare|prepares|preparing|deliver\w*) (?:\w+ ){0,2}updates\b`,
      String.raw`\bprogress (?:towards?|against|on)\b`,
      String.raw`\bmeeting (?:minutes|notes|agendas)\b`,
      String.raw`\b(?:maintain|manag)\w* ${words(3)}(?:schedules?|timelines?|milestones)\b`,
      String.raw`\bkeep\w* (?:\w+ ){0,3}on track\b|\bkeep\w* track of\b`,
      String.raw`\btracking (?:process|tools?|systems?)\b`,
      String.raw`\b(?:aligned|informed|updated|apprised) (?:on|of|about) (?:\w+ ){0,3}(?:progress|milestones|status|results|timelines?)\b`,
      String.raw`\b(?:project|program|programme) communications?\b`,
      String.raw`\b(?:define|defines|defining|own|owns|owning|establish\w*|set|sets|setting)\b (?:and \w+ )?(?:\w+ ){0,2}(?:metrics|kpis|key performance indicators|performance indicators|okrs)\b`,
      String.raw`\bschedules?(?:,| and| &) (?:[\w-]+,? ){0,3}(?:deliverables|costs?|budgets?|scope|milestones|resources)\b`,
    ],
    unless: [
      String.raw`\b(?:veteran|protected|marital|visa|immigration|citizenship|family|disability|military|employment|legal|exempt|supervisory|sponsorship|work authori[sz]ation|h-?1b?|parental|pregnancy|genetic|familial|partnership|union|domestic|caregiver|transgender) status\b`,
      String.raw`\bstatus as an?\b`,
      // The status quo; how the hire is judged, not what the job reports ("Success as a Delivery Manager is measured by").
      String.raw`\bstatus quo\b|\b(?:success|you)\b (?:\w+ ){0,6}(?:is|are|will be) (?:\w+ )?(?:measured|assessed|evaluated|judged)\b`,
      // Immigration status in the employment-eligibility notice: "Lawful permanent residents, refugees, and asylees
      // may verify status using other documents".
      String.raw`\b(?:residents?|refugees|asylees|citizens|nationals|non-?citizens)\b[^.;]{0,60}\bstatus\b`,
    ],
  },
  {
    id: 'problem-solving',
    label: 'Problem solving',
    description: 'Identifies issues, develops solutions and improves processes and efficiency.',
    weight: 1,
    patterns: [
      String.raw`\bproblem[- ]?solv\w*\b`,
      // Also taking a problem apart: "break down ambiguous problems", "work through complex technical issues".
      String.raw`\b(?:(?:solv|resolv|address|tackl|unblock)\w*|break\w* down|work\w* through|untangl\w+|dig\w* into|get\w* to the bottom of) ${words(3)}(?:problems?|issues?|conflicts?|challenges?|obstacles|escalations|blockers|roadblocks|impediments|dependencies|bugs)\b`,
      String.raw`\b(?:issues?|problem|conflict|dispute) (?:resolution|management|mitigation|solving|logs?|tracking)\b`,
      String.raw`\btroubleshoot\w*\b`,
      String.raw`\broot[- ]cause\b`,
      String.raw`\bcritical thinking\b|\bthink\w* critically\b`,
      String.raw`\banalytical\b`,
      String.raw`\b(?:process|continuous|operational|quality|efficiency|productivity|performance) improvements?\b|\b(?:drive|drives|driving|identif\w+|implement\w*) (?:\w+ ){0,2}improvements\b`,
      String.raw`\bimprov\w+ ${words(4)}(?:process\w*|efficien\w+|productivity|workflows?|tools|practices|methods|procedures|operations|effectiveness|execution|predictability)\b`,
      String.raw`\b(?:streamlin\w+|(?:drive|drives|driving|gain|find|identify|deliver) efficienc(?:y|ies))\b`,
      String.raw`\boptimi[sz]\w* (?:\w+ ){0,2}(?:process\w*|workflows?|operations|performance|resources|results)\b`,
      String.raw`\b(?:remov|clear|overcom|manag)\w* (?:\w+ ){0,2}(?:obstacles|impediments|blockers|roadblocks|barriers|challenges|setbacks)\b`,
      String.raw`\b(?:identif\w+|analy[sz]\w+|diagnos\w+|detect\w*) (?:\w+ ){0,3}(?:problems?|issues|gaps|root causes?)\b`,
      String.raw`\b(?:opportunities|areas) for improvement\b|\bimprov\w+ (?:the )?(?:way|ways|how) (?:we|teams?|the team|people|engineers) (?:work|operate|build|ship|deliver)\b`,
      String.raw`\b(?:develop|developing|propos\w+|find|finding|design\w*|creat\w+|promot\w+|explor\w+|validat\w+) (?:\w+ ){0,3}solutions\b`,
      String.raw`\bcorrective action\b`,
      String.raw`\bre-?engineer\w*\b`,
      String.raw`\b(?:optimum|optimal|maximum|greater|increased?|improved?) efficiency\b`,
      String.raw`\blessons learned\b`,
      String.raw`\b(?:solve|solves|solving|fixes|fix) (?:a |the )?problem\b`,
      String.raw`\bresolution\b`,
      String.raw`\b(?:continuous|continual|ongoing) (?:\w+ (?:and )?){0,2}improvement\b`,
      String.raw`\b(?:process|operational|workflow|productivity) enhancements?\b`,
      String.raw`\bdebug\w*\b|\bunblock(?:s|ed|ing)? (?:the |your |their )?(?:teams?|engineers|developers|work|progress)\b`,
    ],
    unless: [
      // A product or technology that solves problems is not the person solving them.
      String.raw`\b(?:is |are |being )?(?:used|applied|designed|built|leveraged) to (?:help )?solve\b`,
    ],
  },
  {
    id: 'cost-benefit',
    label: 'Budget and ROI',
    description: 'Budgets, cost-benefit, return on investment or financial analysis of project plans.',
    weight: 1,
    patterns: [
      String.raw`(?<!\b(?:on|within|under|over|to|with)[- ](?:the )?(?:agreed )?)\bbudget(?:s|ing|ary|ed)?\b`,
      String.raw`\bcost[- ]?(?:benefit|effective\w*|estimat\w*|analys[ie]s|control\w*|tracking|management|model\w*|reduction|savings?|avoidance|containment)\b`,
      String.raw`\b(?:roi|return on investment|total cost of ownership|tco|p&l|profit and loss|npv)\b`,
      String.raw`\bbusiness cases?\b`,
      String.raw`\bfinancial(?:s| (?:analysis|management|monitoring|tracking|forecast\w*|reporting|planning(?! (?:and (?:group )?legal|services|assistance|tools|resources|benefits?)\b)|acumen|objectives|performance|models?|controls?|aspects|viability|impact))\b`,
      String.raw`\b(?:track\w*|monitor\w*|manag\w+|control\w*|forecast\w*|estimat\w+|reduc\w+) (?:\w+ ){0,3}(?:costs?|spend\w*|expenditures?|expenses)\b`,
      String.raw`\b(?:project|program) (?:economics|finances|costs|funding)\b`,
      String.raw`\bvariances?\b`,
      String.raw`\bbusiness (?:impact|value) (?:analysis|assessment)\b`,
      String.raw`\b(?:determine|assess|measure|quantify|capture) (?:\w+ ){0,2}(?:business )?(?:impact|value|benefits)\b`,
      String.raw`\b(?:schedules?|scope|deliverables|quality|time|timelines?|planning|resources),? (?:[\w-]+,? ){0,3}(?:&|and)? ?costs?\b(?! of living)`,
      String.raw`\bcosts?,? (?:&|and)? ?(?:schedules?|scope|quality|timelines?|delivery|resources)\b`,
      String.raw`\bbottom[- ]line\b(?! is\b|:)|\bcosts? and benefits?\b`,
    ],
    // A role without a budget: "Does not have direct supervisory responsibilities nor budgetary or hiring accountabilities".
    unless: [String.raw`\b(?:not|nor|no|without) (?:\w+ ){0,5}budget(?:s|ary)?\b`],
  },
  {
    id: 'executive-presentation',
    label: 'Executive presentations',
    description: 'Presents plans, status or briefings to executives, boards or senior leadership for approval.',
    weight: 1,
    patterns: [
      String.raw`\b(?:present\w*|brief\w*|report\w*|communicat\w*|update\w*|inform\w*|escalat\w*|influenc\w*|readouts?|recommend\w*|(?:deliver\w*|prepar\w*|run|runs|running|lead|leads|leading|hold\w*) (?:\w+ ){0,3}(?:presentations?|briefings?|updates|reports?|readouts?|reviews))\b[^;]{0,100}\b(?:executives?|c-(?:level|suite)|vps?|vice presidents?|(?:the|company|corporate|client's?) board|board of directors|board members|steering (?:committee|group)s?|(?:senior|executive|upper|top|high-level|company|business|it|client) (?:management|leadership|leaders|executives|decision[- ]makers)|leadership(?: team| levels?)?(?![ -](?:skills?|abilit\w*|qualit\w*|potential|style|competenc\w*|traits?|attributes?|development|principles?)\b|,? (?:are|is) (?:essential|required|important|key|critical|a must)\b)|levels of (?:leadership|management)|sponsors?)\b`,
      String.raw`\b(?:executive|leadership|board|management|steering committee|c-level|senior stakeholder)[- ](?:level |status |program |quality |ready )?(?:presentations?|communications?|briefings?|reviews?|updates?|reports?|reporting|readouts?|decks?|summaries|forums?|audiences?|documents?|materials|memos?)\b`,
      String.raw`\b(?:approvals?|sign-?offs?|buy-in|endorsement) (?:\w+ ){0,5}(?:from|by) (?:\w+ ){0,2}(?:executives?|leadership|management|sponsors?|the board)\b`,
      String.raw`\b(?:secur|obtain|acquir|gain|get|seek)\w* (?:\w+ ){0,3}(?:approvals?|sign-?offs?)\b`,
      String.raw`\bfor (?:their |final |executive )?approval\b`,
      String.raw`\b(?:quarterly|monthly|executive) business reviews?\b|\bQBRs?\b`,
      // Briefing said as its aim: "keep leadership and the broader organization aligned on progress".
      String.raw`\bkeep\w* (?:the |our |your )?(?:executives?|leadership|senior (?:management|leaders(?:hip)?)|sponsors|board)\b[^.;]{0,60}?\b(?:informed|updated|aligned|apprised)\b`,
    ],
    unless: [
      String.raw`\b(?:reports?|reporting) (?:directly )?(?:in)?to\s*:?\s*(?:the |a |our )?(?:\w+ ){0,4}(?:director|vp|vice president|head|chief|manager|president|cio|cto|ceo|center of excellence|coe|office|department|division)\b(?![^.;]{0,60}\b(?:present|brief|status|progress))`,
      String.raw`\bon-?board\w*\b(?![^.;]{0,60}\b(?:present\w*|brief\w*) (?:to|for) )`,
      // A board certification; what the role offers ("This role will present an opportunity to remain hands-on").
      String.raw`\bboard (?:certified|certification|of (?:nursing|registered|pharmacy|education))\b|\bpresents? (?:an?|the) (?:\w+ )?(?:opportunit\w+|chance|challenge)\b`,
    ],
  },
  {
    id: 'vendor-management',
    label: 'Vendors and resources',
    description:
      'Acquires resources, works with vendors, suppliers and contractors, and negotiates prices and contracts.',
    weight: 1,
    patterns: [
      String.raw`\bvendors?\b`,
      String.raw`\bsuppliers?\b`,
      String.raw`\b(?:sub-?)?contractors?\b`,
      // Third-party code and data are no vendor to manage: "third-party libraries", "third-party cookies".
      String.raw`\bthird[- ]part(?:y|ies)\b(?! (?:libraries|library|apis?|sdks?|packages?|components?|code|cookies|tools|plugins?|plug-ins|extensions?|apps?|applications|websites?|sites|data|dependencies|integrations?)\b)`,
      String.raw`(?<!\b(?:network|internet|telecom\w*|wireless|cloud|health ?care) )\b(?:service|solution|technology|managed services|outsourc\w+) providers?\b(?! networks?\b)`,
      String.raw`\boutsourc\w+\b`,
      // Buying for the work, not customers buying from the employer ("customers purchase our products").
      String.raw`\b(?:procure\w*|purchasing|sourcing)\b|\bpurchase (?:orders?|requisitions?|requests?|agreements?|decisions)\b`,
      String.raw`\bsystems? integrators?\b`,
      String.raw`\b(?:external|outside|third[- ]party) (?:consultants|partners|resources|firms|agencies)\b`,
      String.raw`\bnegotiat\w+ (?:\w+ ){0,3}(?:contracts?|prices?|pricing|terms|agreements?|rates|costs?|fees|sows?)\b`,
      String.raw`\bcontract (?:management|negotiations?|administration)\b|\bstatements? of work\b`,
      String.raw`\b(?:acquir\w+|acquisition of|secur\w+|obtain\w*)\b (?:\w+ ){0,3}(?:resources|materials|equipment|hardware|licen[cs]es)\b`,
      // Acquiring people and capacity for the work: "resource planning", "managing the schedule, cost, and
      // resourcing", "resource capacity planning".
      String.raw`\bmanag\w* (?:the )?(?:[\w-]+,? ){0,4}(?:and )?resourcing\b|\bresource (?:planning|management|capacity|acquisition)\b`,
      String.raw`\b(?:order|ordering)\b (?:\w+ ){0,3}(?:supplies|equipment|materials|hardware|parts)\b`,
      String.raw`\bmanag\w* (?:external |third[- ]party |technology |hardware |manufacturing |ODM |OEM )?partners\b`,
      String.raw`\b(?:ODM|OEM|JDM|CM)s? (?:\w+ ){0,2}(?:vendors?|partners?|engagement)\b|\bcontract manufactur\w+\b`,
    ],
    unless: [
      String.raw`\b(?:contract|temporary)(?:/temporary)? professionals\b`,
      String.raw`\bindependent contractors? (?:status|basis|position|role)\b`,
      String.raw`\bas a (?:1099 |w-?2 )?contractor\b`,
      String.raw`\bcontractors? (?:position|role|opportunity|rate|basis|assignment|roles|positions)\b`,
      String.raw`\b(?:w-?2|1099|c2c|corp-to-corp|independent) contractors?\b`,
      String.raw`\bno (?:third[- ]part(?:y|ies)|agencies|c2c)\b`,
      String.raw`\bpurchase plan\b|\bsupplier diversity\b`,
      String.raw`\b(?:are you|if you are) (?:an? )?(?:existing|current|former) (?:\w+ )?contractor`,
    ],
  },
  {
    id: 'customer-engagement',
    label: 'Customer engagement',
    description: 'Works directly with customers or clients and keeps up with industry trends and news.',
    weight: 1,
    patterns: [
      String.raw`\b(?:customer|client)s?(?:'s?)?[- ](?:facing|focus(?:ed)?|service|relationships?|engagements?|meetings?|interactions?|satisfaction|success|needs|requirements|feedback|centric|first|obsess\w*|experience|expectations|advocacy|requests|accounts|escalations?)\b|\bvoice of (?:the )?(?:customers?|clients?)\b|\brepresent\w* (?:[\w-]+ ){1,4}(?:to|with|before) (?:\w+ ){0,2}(?:customers?|clients?)\b`,
      String.raw`\b(?:work|works|working|collaborat\w+|engag\w+|interact\w*|interfac\w+|meet|meets|meeting|partner\w*|communicat\w+|consult\w*|liais\w+|deal\w*|facilitat\w+|support\w*|serv(?:e|es|ing)|gather\w*|elicit\w*|solicit\w*)\b[^.;]{0,80}?\b(?:customers?|clients?|end[- ]users)\b`,
      String.raw`\b(?:customer|client|user)(?:/customer)? base\b`,
      String.raw`\b(?:internal|external|key|end) (?:customers?|clients?)\b`,
      String.raw`\b(?:point of contact|liaison|advocate|trusted advisor)\b[^.;]{0,40}\b(?:customers?|clients?)\b`,
      String.raw`\b(?:care|empathy|passion|respect) for (?:\w+ )?(?:customers|clients|users)\b`,
      String.raw`\b(?:evaluat|analy[sz]|monitor|follow|anticipat|research|recogni[sz]|identif|spot|track)\w* (?:\w+,? ){0,2}trends\b`,
      String.raw`\b(?:relationships?|rapport|partnerships?|trust) with (?:\w+ ){0,3}(?:customers?|clients?|users)\b`,
      String.raw`\b(?:industry|market|technology|emerging|current|latest|new|future) (?:trends|developments|news)\b`,
      // Keeping oneself current, not others: "keep them up to date on progress" is a status report.
      String.raw`\b(?:stay|stays|staying|keep|keeps|keeping|remain|remains)\b (?!(?:\w+ )?(?:them|others|stakeholders|teams?|leadership|leaders|partners|everyone|people|executives|management|customers|clients)\b)(?:\w+ ){0,3}(?:abreast|current|up[- ]to[- ](?:date|speed))\b`,
      String.raw`\b(?:with|for|to) (?:internal|external|key|our|the) (?:customers?|clients?)\b`,
    ],
    unless: [
      String.raw`\b(?:our|a|the) (?:customer|client)(?:,| is| located| seeks| needs)\b|\bclient is (?:seeking|looking)\b`,
      String.raw`\bour (?:relationships?|track record|goal|mission|commitment|products|services)\b`,
      String.raw`\b(?:we|our (?:company|firm|team|mission|specialists)) (?:\w+ ){0,3}(?:serv(?:e|es|ing)|help|deliver) (?:\w+ ){0,5}(?:customers?|clients?)\b`,
      String.raw`\b(?:millions|thousands) of (?:\w+ ){0,3}(?:customers|clients|users)\b`,
      // The company keeping current, not the job: "At Cority, we keep abreast of the changing labour market".
      String.raw`\bwe (?:\w+ ){0,2}(?:stay|keep|remain)\w* (?:\w+ ){0,3}(?:abreast|current|up[- ]to[- ](?:date|speed))\b`,
      // Customers named among those whose security screening a hire must pass.
      String.raw`\b(?:security|background|government) (?:screening|checks?|clearances?)\b`,
    ],
  },
];

export const CHECKLIST: readonly ChecklistItem[] = ITEMS.map((item) => ({kind: kindOf(item.id), ...item}));

export function checklistItem(id: ChecklistId): ChecklistItem {
  const item = CHECKLIST.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`Unknown checklist id: ${id}`);
  return item;
}
