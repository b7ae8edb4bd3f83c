// Vocabularies for deciding whether a posting is a technical project/program manager role
// (spec: "What 'technical project manager posting' means"). Data only; detect.ts weighs them.
// Title patterns see the whole title; text patterns see one sentence at a time. Title patterns are
// case-insensitive except where noted, so that "IT" is not confused with "it".

/** Titles that name a technical project/program manager outright. */
export const TPM_TITLE = [
  // "Tech" as titles shorten "technical" ("Tech Program Manager"); "EdTech", "FinTech" are one word.
  String.raw`\b(?:technical|tech\.?) (?:project|program|programme|prog\.?|proj\.?|delivery) (?:manager|mgr|management|lead|leader|director)\b`,
  // Not another TPM's role: a Trusted Platform Module's engineer, a Total Productive Maintenance coordinator.
  String.raw`\bTPg?M\b(?!\s+(?:engineers?|firmware|developers?|analysts?|specialists?|coordinators?|technicians?|consultants?|administrators?|architects?|software|drivers?|modules?|chips?)\b)`,
  String.raw`\btechnical (?:program|project)s? (?:manager|lead|leader|director)\b`,
  String.raw`\b(?:technical|tech|information technology) Pg?M\b`,
  // The level may stand between ("Program Manager III, Technical"); a delivery manager as line 1 names one.
  // Not a function that hires, trains, counts or talks for technical people ("Program Manager, Technical Recruiting").
  String.raw`\b(?:project|program|programme|delivery) manager(?:\s+(?:I{1,3}|IV|[1-5]))?\s*[,:(–-]\s*(?:technical|technology)\b(?!\s+(?:recruit\w*|sourcing|talent|hiring|accounting|training|learning|education|documentation|writing|community|communications?|marketing|sales)\b)`,
  // A manager or leader of TPMs: "Manager, Technical Programs", "Director of Technical Programs", as "Manager,
  // Technical Program Management" is.
  String.raw`\b(?:manager|director|head|lead|leader)\s*(?:,|of|[–-])\s*(?:the\s+)?technical (?:program|project)s\b`,
];

/** Enterprise software whose project managers run its implementation, as ERP and SAP ones do. */
const ENTERPRISE_SOFTWARE = String.raw`salesforce|servicenow|workday|oracle|netsuite|dynamics(?: 365)?|sharepoint`;

/**
 * A strong technical qualifier right next to the role ("IT Project Manager", "Program Manager,
 * Cloud Infrastructure"): the spec's list of TPM titles. The text can still overrule it.
 */
export const TECH_PM_TITLE = [
  String.raw`\b(?:information technology|software|infrastructure|cloud|data|engineering|network(?:ing)?|systems?|ERP|SAP|CRM|applications?|technology|digital|cyber ?security|information security|security systems|devops|platform|web|mobile|telecom\w*|hardware|firmware|silicon|disaster recovery|data center|${ENTERPRISE_SOFTWARE}|machine learning|artificial intelligence|AI|ML)\s+(?:[\w&/-]+\s+)?(?:project|program|programme|prog\.?|proj\.?|delivery|implementation|release)s?\s+(?:manager|mgr|lead|leader|director|coordinator|specialist|management)\b`,
  // The domain may take a word or two before its technical one ("Program Manager, Machine Learning Infrastructure"),
  // and the role its level ("Project Manager II (Software Implementation)").
  String.raw`\b(?:project|program|programme|prog\.?|proj\.?) (?:manager|mgr|lead)(?: (?:i{1,3}|iv|v|[1-5]))?\s*[,:(–-]\s*(?:[\w&/.-]+ ){0,2}(?:information technology|software|infrastructure|cloud|data|engineering|network(?:ing)?|systems?|ERP|SAP|applications?|cyber ?security|information security|security systems|devops|platform|telecom\w*|hardware|firmware|disaster recovery|data center|${ENTERPRISE_SOFTWARE}|machine learning|artificial intelligence|AI|ML)\b`,
  // "EPM": an engineering program manager as hardware makers title one ("EPM - Silicon", "Camera EPM"); not
  // the finance software of that name ("Oracle EPM", "EPM Cloud Consultant", "EPM Developer").
  String.raw`(?<!\b(?:oracle|hyperion|sap|onestream|anaplan|workday|tagetik|ibm|infor|cloud)\s+)\bEPMs?\b(?!\s*(?:[-,/|:]\s*)?(?:cloud|developer|consultant|analyst|architect|admin\w*|specialist|functional|implementation|solutions?|systems?|applications?|reporting|planning|tools?|lead|engineer|support|technical|finance|data)\b)`,
];

/**
 * Other things called TPM: a title that names one uses the letters for it ("Trade Promotion Manager (TPM)",
 * "Technical Product Manager (TPM)"), as does one in the trades that use them so ("Maintenance Manager - TPM", a
 * consumer-goods "TPM Manager - CPG", "TPM Lead, Revenue Growth Management").
 */
export const OTHER_TPM = String.raw`\b(?:total productive maintenance|trade promotions?|trusted platform modules?|technical product managers?|maintenance (?:manager|supervisor|engineer|technician|planner|lead|coordinator)s?|revenue growth|cpg|consumer (?:packaged )?goods)\b`;

/** A project/program management role word in the title (the role, not yet the domain). */
export const PM_ROLE_TITLE_CASE_SENSITIVE = String.raw`\b(?:PM|PgM|PMO)\b`;
export const PM_ROLE_TITLE = String.raw`\b(?:(?:project|program|programme|prog\.?|proj\.?|portfolio|delivery|implementation|release)s? (?:manager|management|mgr|lead|leader|director|coordinator|specialist|officer)|pmo|project managers?|program managers?)\b`;

/** Technical domain words that, in a title next to a PM role, make the role technical. */
export const TECH_TITLE_CASE_SENSITIVE = String.raw`\b(?:ERP|SAP|CRM|PLM|AI|ML|SRE|QA|ASIC|SoC|GIS|DevOps)\b`;
export const TECH_TITLE = String.raw`\b(?:information technology|software|engineering|infrastructure|cloud|data|network(?:ing|s)?|systems?|technolog(?:y|ies)|information|security systems|cyber ?security|disaster recovery|application|applications|platform|digital|web|mobile|telecom\w*|hardware|firmware|embedded|silicon|chip|machine learning|oracle|salesforce|implementation|integration|migration|devices?|site reliability|database|analytics|automation|controls|unified communications|audio[- ]?visual|electronics)\b`;

/**
 * Title words that name a role the spec excludes. A `reason` is shown as it is; an `area` becomes
 * "Title names a construction project manager" beside a PM role and "Title names a construction
 * role" without one.
 * `unlessTechnical`: the word names an industry or a back-office area rather than the job, so a
 * technical word in the same title ("Finance Systems Project Manager") wins over it.
 * `unlessPmRole`: excluded only when the title names no project/program role beside it (the spec
 * excludes a scrum master *alone*; "Scrum Master / Project Manager" is for the text to decide).
 */
export type ExcludedTitle = {pattern: string; unlessTechnical?: boolean; unlessPmRole?: boolean} & (
  {reason: string} | {area: string}
);
export const EXCLUDED_TITLES: readonly ExcludedTitle[] = [
  {
    pattern: String.raw`\bconstruction\b|\bgeneral contractor\b|\b(?:GC|MEP|HVAC)\b|\bcivil\b|\bsuperintendent\b|\bestimat(?:or|ing)\b|\bmultifamily\b`,
    area: 'construction',
  },
  {
    // A building trade right before the role: "Electrical Project Manager" runs an electrical contractor's jobs.
    // Hardware makers title theirs "Program Manager" ("Mechanical Program Manager"), and a technical word between
    // keeps the domain ("Electrical Engineering Project Manager").
    pattern: String.raw`\b(?:electrical|mechanical|plumbing|roofing|landscap\w*|structural|fire protection|fire alarm|concrete|drywall|framing|masonry|glazing|paving|excavation|sitework|site work|millwork|steel erection)\s+project\s+(?:manager|mgr|lead|coordinator)`,
    area: 'construction',
  },
  {
    pattern: String.raw`\breal estate\b|\bproperty\b|\bfacilit(?:y|ies)\b|\bcapital projects?\b`,
    area: 'real-estate or facilities',
  },
  // "Communications" as a function (internal, executive, change communications), not telecommunications or unified communications systems.
  {
    pattern: String.raw`\bmarketing\b|\bbrand\b|\bcampaigns?\b|\bcreative\b|\bproducer\b|\bgo-to-market\b|\bcustomer experience\b|(?<!\b(?:unified|data|network|wireless|radio|satellite|mobile|optical|voice|digital) )\bcommunications?\b(?! (?:systems?|networks?|infrastructure|equipment|technology|technologies|engineering|platforms?)\b)|\bpublic relations\b|\bPR\b|\bloyalty\b`,
    area: 'marketing',
  },
  {
    pattern: String.raw`\bsales\b|\bpartnerships?\b|\bchannels?\b|\bpartner (?:programs?|marketing|enablement|success)\b|\baccount executive\b`,
    area: 'sales or partnerships',
  },
  // An account manager who is also named a project lead ("Project Lead/Account Manager") may run the
  // clients' projects: the text decides. Alone, the title names a sales role.
  {pattern: String.raw`\baccount (?:manager|director)\b`, area: 'sales or partnerships', unlessPmRole: true},
  // Hiring engineers is recruiting, however technical its words ("Program Manager, Engineering Recruiting").
  {
    pattern: String.raw`\b(?:engineering|technical|technology|software|tech)\s+(?:recruit\w*|talent|sourcing|hiring|staffing)\b`,
    area: 'HR or staffing',
  },
  {
    pattern: String.raw`\bhuman resources\b|\bHR\b|\bstaffing\b|\brecruit\w*\b|\btalent\b|\bpayroll\b|\bworkforce\b|\bpeople operations\b|\bwellness\b|\bbenefits\b|\bemployee experience\b`,
    area: 'HR or staffing',
    unlessTechnical: true,
  },
  {
    pattern: String.raw`\bclinical\b|\bmedical\b|\bnurs\w+\b|\bpatients?\b|\bpharmacy\b|\bhealth ?care\b|\b(?:public|behavioral|mental|population|global|community|maternal|child) health\b|\bscientific\b|\bresearch\b`,
    area: 'clinical or research',
    unlessTechnical: true,
  },
  {
    pattern: String.raw`\bhousing\b|\bcase management\b|\bafter-?school\b|\bvolunteers?\b|\byouth\b|\bnon-?profit\b|\bsocial services?\b|\bhomeless\w*\b|\bre-?entry\b`,
    area: 'social services',
    unlessTechnical: true,
  },
  {
    pattern: String.raw`\blearning (?:and|&) development\b|\btraining\b|\beducation\w*\b|\bcurriculum\b|(?<!\b(?:hardware|software|platform|technical|developer|partner|sales) )\benablement\b|\binstructors?\b|\bteachers?\b|\btrainers?\b|\bprofessors?\b|\blecturers?\b|\btutors?\b|\bfaculty\b|\bcourses?\b|\bbootcamp\b|\bcommunity\b|\bdiversity\b|\binclusion\b|\bsustainability\b|\bphilanthropy\b|\boutreach\b|\bworkplace\b|\btravel\b|\bphysical security\b|\benvironmental health\b|\bcompliance\b|\baudit\b|\bcontent\b|\beditorial\b`,
    area: 'learning, content, community or compliance',
    unlessTechnical: true,
  },
  {
    pattern: String.raw`\bbusiness (?:program|project|programme)s? (?:manager|management|mgr|lead|leader|director)\b|\bevents?\b|\bsupplier\b|\bvendor operations\b|\bsupply (?:chain|planning)\b|\bprocurement\b|\bsourcing\b|\btrust (?:and|&) safety\b|\bescalations?\b|\bpolicy\b|\bfinance\b|\baccounting\b|\blegal\b|\bm&a\b|\bgrants?\b`,
    area: 'business-operations',
    unlessTechnical: true,
  },
  {pattern: String.raw`\bproduct (?:manager|management|owner|lead)\b`, reason: 'Title names a product manager'},
  {
    // "Manager, Software Engineering" manages engineers; "Program Manager, Software Engineering" runs their programs.
    pattern: String.raw`\b(?:engineering|software|development) manager\b|(?<!\b(?:project|program|programme) )\bmanager,? (?:software )?engineering\b|\bhead of engineering\b|\bdirector of engineering\b`,
    reason: 'Title names an engineering manager',
  },
  {
    pattern: String.raw`\bscrum master\b|\bagile coach\b`,
    reason: 'Title names a scrum master or agile coach',
    unlessPmRole: true,
  },
  {pattern: String.raw`\bproject engineer\b`, reason: 'Title names a project engineer', unlessPmRole: true},
  {
    pattern: String.raw`\b(?:software|full[- ]stack|front[- ]end|back[- ]end|web|data|machine learning|ml|devops|qa|test|design|mechanical|electrical|process|quality|cloud|security|site service) (?:engineer|developer)s?\b|\bdeveloper\b|\bprogrammer\b`,
    reason: 'Title names an engineer or developer',
    unlessPmRole: true,
  },
];

/** Title words strong enough to outweigh an industry or back-office word (see unlessTechnical). */
export const STRONG_TECH_TITLE = String.raw`\b(?:software|information|informatics|systems?|technolog(?:y|ies)|data|cloud|infrastructure|digital|applications?|engineering|network\w*|cyber ?security)\b`;

/** Text: sentences that describe running projects/programs (plans, schedules, scope, delivery). */
export const PM_WORK_TEXT = [
  String.raw`\b(?:project|program|programme) (?:plans?|schedules?|scope|management|managers?|lifecycle|life cycle|milestones|deliverables|status|timelines?|budgets?|governance|execution|delivery|portfolio|risks?)\b`,
  String.raw`\b(?:plan|plans|planning|schedul\w+|track|tracks|tracking|coordinat\w+|manag\w+|driv\w+|lead|leads|leading|oversee\w*|deliver\w*|execut\w+)\b[^.;]{0,60}\b(?:projects?|programs?|releases?|milestones|roll-?outs?|implementations?|migrations?|upgrades?|deployments?|launch(?:es)?|initiatives|work ?streams)\b`,
  String.raw`\b(?:milestones|deliverables|dependencies|critical path|gantt|work breakdown|raci|scope creep|change control)\b`,
  String.raw`\b(?:PMP|PMI|PgMP|PRINCE2|CAPM|MS Project|Microsoft Project|Smartsheet|PMO)\b`,
  String.raw`\bon[- ]time\b[^.;]{0,40}\b(?:budget|scope)\b`,
];

/**
 * Text: a technical domain (software, IT, cloud, data, infrastructure, telecom, hardware, systems). A PLC is a
 * controller, not the end of a company's name ("Business Group PLC").
 */
export const TECH_TEXT_STRONG = [
  String.raw`\b(?:software|SDLC|SaaS|PaaS|IaaS|DevOps|CI/CD|cloud|AWS|Azure|GCP|Kubernetes|docker|data ?centers?|servers?|firewalls?|databases?|SQL|APIs?|ERP|SAP|Oracle|Salesforce|ServiceNow|CRM|infrastructure|network (?:architecture|engineering|infrastructure|operations|security|equipment|devices?|services)|(?:computer|data|enterprise|wireless|cellular|LAN|WAN) networks?|telecom\w*|firmware|embedded|ASIC|semiconductors?|chips?|silicon|hardware|cyber ?security|information security|machine learning|artificial intelligence|data (?:platform|engineering|warehouse|migration|conversion|integration|pipelines?)|systems? integrat\w+|system implementations?|systems development|distributed systems|web (?:applications?|technologies|development)|mobile (?:apps?|applications?|devices?|platform)|device management|applications? (?:development|platforms?|suites?)|enterprise (?:applications|systems|platforms?)|coding|(?:source|production|write|writing) code|code (?:reviews?|changes|quality|base)|codebase|programming|(?<!(?:real estate|residential|land|property|commercial|housing|multi-family) )developers?|QA|test automation|releases? (?:management|schedules?|milestones)|sprints?|scrum|agile|jira|disaster recovery|controls? (?:systems?|solutions?|engineering|provider)|SCADA|(?<!\b(?:Group|Holdings?|Bank|Company|Industries|International|Trust|Partners) )PLC|automation|IT)\b`,
  String.raw`\b(?:information technology|information systems|computer science|computer engineering|technolog(?:y|ies)|technical (?:background|skills|expertise|knowledge|requirements|architecture|design|solutions|documentation|feasibility|risks|issues|leadership|environment|topics|concepts|teams?|staff|resources|deliverables|configuration))\b`,
  String.raw`\b(?:applications?|system|systems|platform|tool(?:ing)?|automation|integration|upgrade|implementation|migration|deployment|rollout|roll-out) (?:projects?|programs?|initiatives|releases?|implementations?|upgrades?|integrations?|migrations?)\b`,
  // Hardware and physical technology: devices and the engineering that designs, builds and validates them.
  String.raw`\b(?:consumer electronics|electronics|electrical engineering|mechanical engineering|hardware engineering|PCBA?s?|printed circuit boards?|new product introduction|NPI|EVT|DVT|PVT|prototyp\w+|mass[- ]production|engineering builds?|design for manufactur\w+|DFM|failure analysis|sensors?|optics|optical|wearables?|robotics|RF|antennas?|tooling|molding|contract manufactur\w+|ODMs?|JDM|design cycles?|test fixtures|validation testing|reliability testing|systems engineering|verification (?:and|&) validation|V&V|configuration management|product lifecycle management|PLM|airworthiness|avionics|propulsion|powertrains?)\b`,
  // Health IT: records systems and their standards, software for care ("deep EMR integrations").
  String.raw`\b(?:EMR|EHR|electronic (?:health|medical) records?|HL7|FHIR|(?:health ?care|health|clinical|medical) (?:IT|information technology|technology|informatics|software|systems))\b`,
  // Audio-visual and collaboration technology (integration firms' projects).
  String.raw`\b(?:audio[- ]?visual|A/?V (?:systems?|equipment|integration|design|technicians?|installations?|solutions|projects?)|video ?conferencing|video walls?|digital signage|control systems? programming)\b`,
  String.raw`\btechnical (?:program|project) manag\w+`,
  String.raw`\b(?:engineering|technical|development|technology|IT) (?:teams?|organi[sz]ation|department|staff|resources|leads?|leadership|projects?|programs?)\b`,
];

/**
 * Text: acronyms that the case-insensitive technical patterns would confuse with ordinary words ("make it
 * work"); blanked out before those patterns run unless written in capitals.
 */
export const AMBIGUOUS_ACRONYMS_TEXT = String.raw`\b(?:it|qa|sap|erp|sql|apis?|aws|gcp|saas|crm|plc)\b`;
/** Text: software used as an office tool says nothing about the domain ("project management software"); blanked out. */
export const TOOL_SOFTWARE_TEXT = String.raw`\b(?:project management|scheduling|accounting|office|computer|estimating|construction|design|cad|presentation|spreadsheet|productivity|billing|word processing|standard)\s+(?:software|applications|tools|programs)\b|\bsoftware (?:such as|like|including) (?:ms|microsoft)\b`;

/** Text: words of domains the spec excludes, each with the label shown in reasons. */
/** `acronyms` are matched case-sensitively ("HR", not "hr" as in "$40/hr"). */
export const NON_TECH_TEXT: ReadonlyArray<{domain: string; pattern: string; acronyms?: string}> = [
  {
    domain: 'construction',
    pattern: String.raw`\b(?:construction|subcontractors?|general contractors?|job ?sites?|site (?:visits|safety|work)|civil|OSHA|Procore|Primavera|bids?|bidding|change orders?|RFIs?|submittals|punch ?lists?|concrete|steel|HVAC|MEP|plumbing|architectural|architects?|drawings|permitting|building permits|zoning|land (?:development|planning)|stormwater|grading|building codes?|buildings|facilities management|capital projects?|inspections?|excavation|wastewater|field (?:work|crews?|personnel))\b`,
  },
  {
    domain: 'marketing',
    pattern: String.raw`\b(?:marketing|campaigns?|brand(?:ing)?|creative (?:briefs|output|assets)|advertis\w+|go-to-market|event (?:planning|management|logistics)|collateral|social media|(?:internal|external|executive|employee|corporate|change) communications|communications? (?:plans?|strateg\w+|calendars?)|newsletters?|press releases?|public relations|messaging)\b`,
  },
  {
    domain: 'HR',
    pattern: String.raw`\b(?:human resources|HRIS|payroll|compensation and benefits|employee relations|talent acquisition|interview scheduling|interviewers?|hiring committees?)\b`,
    acronyms: String.raw`\b(?:HR|PHR|SPHR)\b`,
  },
  {
    domain: 'clinical',
    // Not as the field a technology serves ("healthcare technology implementation projects").
    pattern: String.raw`\b(?:clinical|patients?|FDA|IRB|trials?|nursing|medical|healthcare|pharma\w*|laborator(?:y|ies)|scientific|research studies|treatment plans?|therapeutic (?:environment|milieu|services|relationships?)|(?:family|group|individual|substance abuse|addiction|grief) counseling|behavioral health|mental health (?:care|services|treatment|clinicians?|providers?|facilit(?:y|ies)))\b(?! (?:IT|information technology|technology|informatics|software|systems)\b)`,
  },
  {
    domain: 'learning',
    pattern: String.raw`\b(?:curriculum|curricula|instructional design\w*|learners?|e-?learning|training (?:programs?|content|materials|sessions)|learning (?:programs?|experiences?|paths?)|classroom|teachers?|teach(?:es|ing)?|students?|instructors?|courses?|coursework|lessons?|lectures?|enablement|(?:data|digital) literacy|upskill\w*)\b`,
  },
  {
    domain: 'sales',
    pattern: String.raw`\b(?:sales|selling|quotas?|prospects|(?:sales|deal|opportunity) pipelines?|resellers?|distributors?|channel partners?|revenue targets?|account management)\b`,
  },
  {
    domain: 'supply chain',
    pattern: String.raw`\b(?:supply chain|inventory|demand planning|supply planning|logistics|forecasts?|procurement|sourcing|suppliers?)\b`,
  },
  {
    domain: 'finance',
    pattern: String.raw`\b(?:banking|bank|credit card|mortgage|loans?|lending|accounting|mergers|acquisitions|divestitures?|M&A|insurance|underwriting)\b`,
  },
];

/** Text: product-management or engineering-management duties (deciding what to build, managing builders). */
export const OTHER_ROLE_TEXT: ReadonlyArray<{role: string; pattern: string}> = [
  {
    role: 'product management',
    pattern: String.raw`\b(?:product (?:vision|strategy|requirements|specs?|specifications|requirements documents?)|PRDs?|define (?:new )?(?:product )?features|feature (?:definition|specs?)|opportunity (?:analysis|sizing)|product-market fit|market (?:research|analysis|sizing)|pricing strategy|a\/b test\w*|own (?:the )?product roadmap)\b`,
  },
  {
    role: 'engineering management',
    pattern: String.raw`\b(?:hire|hiring|recruit\w*|grow|grows|growing|coach\w*|mentor\w*|retain\w*)\b[^.;]{0,40}\b(?:engineers|engineering teams?|developers)\b|\bpeople manager\b|\bline manager of\b`,
  },
];
