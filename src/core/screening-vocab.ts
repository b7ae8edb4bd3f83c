// What postings say about the facts a job seeker screens on first, as data: work mode, security
// clearance, citizenship, visa sponsorship, travel, employment type and seniority. Sources are
// regular expressions matched case-insensitively against one normalised sentence (or the title and
// location line); test/unit/core/screening.test.ts validates every source with zod. Windows between words
// are bounded so nothing backtracks badly on long run-on lines.
//
// Written from the language of postings in general (US federal-contractor, ITAR/EAR export-control,
// visa and work-arrangement phrasing, and other countries' clearance names), not from particular rows.
import type {EmploymentTypeKey, SeniorityLevel} from './screening-ids';

/** Up to n intervening words. */
const words = (n: number) => String.raw`(?:[\w/&'().-]+,? ){0,${n}}`;
/** Up to n intervening words, none of them a negation ("this role is not remote"). */
const wordsNotNegated = (n: number) => String.raw`(?:(?!(?:not|never|no|ineligible)\b)[\w/&'().-]+,? ){0,${n}}`;

/** What "hybrid" names when it is no work mode: "hybrid cloud", "hybrid infrastructure", "hybrid agile". */
const NOT_SYSTEMS_AFTER = String.raw`(?![- ](?:cloud|multi-?cloud|infrastructure|it\b|data|saas|networks?|on-?prem|apps?\b|applications?|systems?|architectures?|solutions?|deployments?|integration|mobile|agile|waterfall|methodolog))`;

/** "Hybrid remote" (Indeed's word for a hybrid job) is not remote: before every "remote" that states the mode. */
const NOT_HYBRID = String.raw`(?<!\bhybrid[- ])`;
const ROLE = String.raw`(?:role|position|job|opportunity|posting|team member)`;
const OFFICE = String.raw`(?:office|site|hq|headquarters|campus|workplace|location|hub)`;
const DAYS = String.raw`(?:\d(?:\s*-\s*\d)?|one|two|three|four|five)`;
/** Office days of a hybrid week: up to four, or a range from under five ("3-5 days"). Five is the whole week. */
const PART_WEEK = String.raw`(?:[1-4](?:\s*-\s*[1-5])?|one|two|three|four)`;
const FULL_WEEK = String.raw`(?:5|five)`;
/** A count of office days, captured. */
const DAY_COUNT = String.raw`(\d|one|two|three|four|five)`;
/** Where days after a count are spent at work: "3 days in the office", "2 days onsite", "in person". */
const AT_WORK = String.raw`(?:(?:in|at)\s+(?:the\s+|our\s+)?(?:${words(1)})?${OFFICE}|on[- ]?site|in[- ]office|in[- ]person)\b`;
/**
 * Words that name office days without saying where: "Office attendance: 4 days per week", "RTO 3 days/week",
 * "In-office presence required 3 days per week".
 */
const ATTENDANCE = String.raw`(?:(?:office|in[- ]office|on[- ]?site|in[- ]person)\s+(?:attendance|presence|requirement|expectation)s?|return[- ]to[- ](?:the[- ])?office|rto)(?:\s+(?:polic(?:y|ies)|requirements?|mandates?|expectations?))?\s*(?::|-|is|of|(?:is\s+)?(?:required|expected))?\s*(?:at least\s+|minimum(?: of)?\s+)?`;
/** Not days a month, a quarter or a year ("2 days in person each month" is a meeting, not a week's office days). */
const NOT_MONTHLY = String.raw`(?!\s+(?:each|per|a|every|an?)\s+(?:month|quarter|year)|\s+(?:monthly|quarterly|annually|a year))`;
/** Some days of the week: " on Fridays", " two days a week", " for up to 2 days per week" (working from home then is hybrid). */
const SOME_DAYS = String.raw`,? (?:on (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)|(?:for )?(?:up to )?(?:${PART_WEEK}|once|twice) (?:days? )?(?:a|per|each) week|(?:some|certain|select) days)\b`;
/** The first and last office day of a part week ("Tuesday through Thursday"): not Friday at its end. */
const FROM_DAY = String.raw`(?:mondays?|tuesdays?|wednesdays?|thursdays?|mon|tues?|wed|thu(?:rs?)?)`;
const TO_DAY = String.raw`(?:tuesdays?|wednesdays?|thursdays?|tues?|wed|thu(?:rs?)?)`;
/** Any working day, for a list of office days ("Tuesdays, Wednesdays and Thursdays"): four names at most, a part week. */
const WEEKDAY = String.raw`(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)`;
const WEEKDAY_LIST = String.raw`${WEEKDAY}(?:,\s*${WEEKDAY}){0,2},?\s+(?:and|&)\s+${WEEKDAY}\b`;
/** Where a part week of named days is spent: "in the office", "in-office", "onsite". */
const AT_OFFICE = String.raw`(?:(?:in|at|from)\s+(?:the\s+|our\s+)?(?:${words(1)})?${OFFICE}|in[- ]office|on[- ]?site|in[- ]person)`;

/** Going to the office, then how often: "commute to our office in Austin 3 days a week", "come into the office". */
const TO_OFFICE = String.raw`\b(?:commut\w*|com(?:e|ing)|go(?:ing)?|travel(?:l?ing)?|report(?:ing)?)\s+(?:in)?to\s+(?:the\s+|our\s+|an?\s+)?(?:${words(2)})?${OFFICE}(?:\s+(?:in|at)\s+${words(2)}|\s+)(?:at least\s+|for\s+)?`;

/**
 * A line of three or more parts set apart by dashes, up to its last: "Project Manager - San Jose, CA - " before the
 * mode that ends it. Not a bullet's last words ("Support field teams - remote"). Gaps bounded: a line of many
 * dashes is no title, and unbounded ones would try every pair of them.
 */
const LAST_OF_PARTS = String.raw`^[^.!?]{0,150}\s-\s[^.!?]{0,150}\s-\s`;

export const WORK_MODE_VOCAB = {
  /** A remote arrangement or a remote option offered for this job. */
  remote: [
    String.raw`\b(?:fully|100%|completely|entirely|full[- ]time|permanently|primarily)\s+remote(?:ly)?\b|\b(?:full|fully|100%|permanent)\s+wfh\b`,
    // Telecommuting stated whole ("a 100% telecommute position"); the federal "telework eligible" is some days a week.
    String.raw`\b(?:fully|100%|completely|entirely|full[- ]time|permanently)\s+tele(?:commut|work)\w*|\btelecommut(?:e|ing)\s+${ROLE}\b`,
    String.raw`\bremote[- ](?:first|friendly|eligible|based|only|optional)\b(?!\s*[:?]\s*no\b)`,
    String.raw`(?:\b(?:this|the) |^)${ROLE}\s+(?:is|can be|will be|may be|could be)\s+${wordsNotNegated(2)}(?:${NOT_HYBRID}remote(?:ly)?|wfh|performed remotely|done remotely|located anywhere)\b`,
    // The job's own: "remote jobs" names a kind of job ("Notice to applicants for remote jobs associated with NYC").
    String.raw`${NOT_HYBRID}\bremote\s+(?:${ROLE}(?!s\b)|work(?:ing)?\s+(?:option|possibility|arrangement|model|policy|is (?:possible|available|an option))|option|candidates|applicants|(?:in|within|from|across|anywhere)\b)`,
    String.raw`\b(?:open to|welcome|consider(?:ing)?|accept(?:ing)?|hire|hiring)\s+${words(2)}remote(?:ly)?\b`,
    String.raw`\b(?:can|may|able to|option to|choose to|opportunity to)\s+work\s+(?:fully\s+|100%\s+)?(?:remotely|from home|from anywhere)\b(?!${SOME_DAYS})`,
    // Not the flexibility of some days at home: "while still enjoying the flexibility and comfort of working from home".
    // Nor part of the week: "3 days at the office + 2 days work from home".
    String.raw`(?<!occasional |partial |part-time |some |flexible |flexibility to |flexibility of |comfort of |\b(?:[1-4]|one|two|three|four) days? )\bwork(?:ing)? from (?:home|anywhere)\b(?! (?:policy|days?|\d)|${SOME_DAYS})`,
    // A form's field answered yes ("Work remotely: Yes", "Remote: Yes", "Telecommute: Yes"; the federal "Telework
    // eligible: Yes" is some days a week), or working from home offered whole ("WFH available"); not some days of it
    // ("WFH available 2 days a week", "Hybrid - WFH available").
    String.raw`\bwork remotely\s*:\s*yes\b|^(?:remote(?: work)?|wfh|telecommut\w*)\s*[:?]\s*yes\b`,
    String.raw`(?<!\bhybrid\b.{0,60})\bwfh\s+(?:is\s+)?(?:available|possible|allowed|permitted|offered|ok|okay)\b(?!\s+(?:up to\s+)?(?:${PART_WEEK}|once|twice|on|some|certain|select|occasionally|when)\b)`,
    String.raw`${NOT_HYBRID}\bremote\s*(?:\(|-|:|,)\s*(?:us|usa|u\.s\.?|united states|canada|uk|united kingdom|emea|europe|eu|apac|latam|americas|north america|global|worldwide|anywhere|[a-z]+ time ?zones?)\b`,
    String.raw`^(?:location|locations|work location|location type|workplace(?: type)?|work (?:mode|model|arrangement|type|setup|setting)|remote|position|role|(?:job|position) type)\s*:\s*${words(3)}(?:-\s+)?${NOT_HYBRID}(?:remote|virtual|tele(?:commute|work)|anywhere|home[- ]?based)\b`,
    String.raw`\bremote\s+(?:ok|okay|possible|available|(?:(?:is|will be|may be)\s+)?considered)\b`,
    String.raw`^remote[.!]?$|^(?:fully\s+|100%\s+)?remote\s+with\b|^(?:fully\s+|100%\s+)?remote\s*(?:\(|\s-\s)`,
    // The last of a title line's parts (LAST_OF_PARTS), or a place's alternative ("New York, NY, or remote").
    String.raw`${LAST_OF_PARTS}(?:fully\s+|100%\s+|hybrid\s?/\s?)?remote\W*$|^[a-z]+(?:\s[a-z]+)*,\s*[a-z]{2},?\s+or\s+(?:fully\s+)?remote\W*$`,
    // Not a home base: "a temporary reassignment away from your home station".
    String.raw`\bfrom (?:the comfort of )?your (?:own )?home\b(?![- ](?:station|base|unit|country|state|agency|organi[sz]ation|institution|town|city|team|page))`,
    // "Home-based" is the British and the staffing agencies' word for remote; "home office" is not (a perk's
    // "home office stipend", or a company's head office).
    String.raw`\bhome[- ]?based\s+(?:${ROLE}|employee|worker)\b|(?:\b(?:this|the) |^)${ROLE}\s+(?:is|will be)\s+(?:100%\s+|fully\s+|entirely\s+)?home[- ]?based\b`,
    String.raw`\bremote (?:or|/) (?:hybrid|in[- ]office|on-?site|office)\b|\b(?:hybrid|in[- ]office|on-?site|office) (?:or|/) (?:fully )?remote(?:ly)?\b`,
    String.raw`\bwe (?:all )?work (?:fully |100% )?remotely\b(?! with (?:our |the )?(?:\w+ )?(?:colleagues|teams?|clients|partners|customers|offices?)\b)|\bwe(?:'re| are) (?:a )?(?:fully |100% |proudly )?remote\b(?! (?:sens|monitor|control|access))`,
    String.raw`^(?:#+\s*)?remote work(?:ing)?(?: environment| culture| company| setup| set-up)?$|\bremote work environment\b`,
    String.raw`#(?:li|bi)-remote\b`,
  ],
  /** Part of the week in an office, by arrangement. */
  hybrid: [
    String.raw`\bhybrid\s+(?:${ROLE}|work(?:ing)?\b|schedule|model|arrangement|policy|setup|set-up|environment(?! (?:of|with|across|using))|basis|working|position|company|workplace|in\b|at\b|from\b)`,
    String.raw`\bhybrid\s*(?:\(|\)|-\s|:|,\s*(?:${DAYS}|in\b|with\b))`,
    // A line that opens with the word names the mode ("Hybrid - 3 days"), not the systems of a bullet ("Hybrid cloud
    // experience is a plus").
    String.raw`\(hybrid\)|^hybrid\b${NOT_SYSTEMS_AFTER}|\bis hybrid\b|\bhybrid$`,
    // The team's own arrangement: "We work hybrid", "our teams work hybrid"; not the systems worked on ("you will
    // work in a hybrid cloud environment").
    String.raw`\b(?:we|you|teams?)(?:'ll| will)? (?:all )?work (?:in a )?hybrid\b${NOT_SYSTEMS_AFTER}`,
    // Where the days are spent may follow the week: "3 days a week in our office", "4 days per week onsite".
    String.raw`\b${PART_WEEK}\s*(?:\+\s*)?(?:days?|x)\s*(?:a|per|each|every|/)\s*week\s+(?:(?:in|at|from|on)\s+(?:the\s+|our\s+|an?\s+)?(?:${words(1)})?${OFFICE}|on[- ]?site|in[- ]office|in[- ]person)\b`,
    String.raw`\b(?:in|at|from)\s+(?:the\s+|our\s+)?(?:${words(1)})?${OFFICE}\s+(?:at least\s+|for\s+)?${PART_WEEK}\s*(?:\+\s*)?(?:days?|x)\s*(?:a|per|each|every|/)\s*week\b`,
    // The place may stand between: "onsite in Austin 3 days per week".
    String.raw`\b(?:in[- ]office|on[- ]?site|in[- ]person)\s+(?:(?:in|at)\s+${words(3)})?(?:at least\s+|for\s+)?${PART_WEEK}\s*(?:\+\s*)?(?:days?|x)\s*(?:a|per|each|every|/)\s*week\b`,
    String.raw`\b${DAYS}\s*(?:\+\s*)?(?:remote|wfh|work[- ]from[- ]home|home[- ]office)\s+days?\b`,
    // Days in the office without "a week" ("3 days in office, 2 remote", "2 days onsite"), not a month's or a year's.
    String.raw`\b${PART_WEEK}\s*(?:\+\s*)?days?\s+${AT_WORK}${NOT_MONTHLY}`,
    String.raw`\bsplit (?:your time )?between (?:home|remote) and (?:the )?office\b|\bmix of (?:remote|home) and (?:in[- ]office|office|on-?site)\b`,
    String.raw`\b${DAYS}\s+days?\s+(?:of\s+)?(?:remote|home|mobile)[- ](?:work(?:ing)?|office)\s+(?:a|per|each|every)\s+week\b`,
    String.raw`\b(?:remote|home|wfh) (?:and|&|/) (?:in[- ]office|office|on-?site)\s+work\b|\bflexibility to work (?:remotely|from home)\b|\b(?:occasional|partial|part-time) (?:remote work|work from home|working from home)\b`,
    String.raw`#(?:li|bi)-hybrid\b`,
    String.raw`${TO_OFFICE}${PART_WEEK}\s*(?:\+\s*)?(?:days?|x)\s*(?:a|per|each|every|/)\s*week\b`,
    String.raw`\b(?:remote work|working remotely|work from home|wfh|telework)\s+(?:is\s+)?(?:available|possible|allowed|permitted|offered)\s+(?:up to\s+)?${PART_WEEK}\s+days?\s+(?:a|per|each)\s+week\b`,
    // Part of the week by its days ("in the office Tuesday through Thursday", "requires in-office presence Monday
    // through Thursday"); Monday to Friday is the whole week.
    String.raw`\b${AT_OFFICE}\s+(?:on\s+)?${FROM_DAY}\s*(?:through|thru|to|-)\s*${TO_DAY}\b|\b${FROM_DAY}\s*(?:through|thru|to|-)\s*${TO_DAY}\s+${AT_OFFICE}\b`,
    String.raw`\b${ATTENDANCE}(?:on\s+)?${FROM_DAY}\s*(?:through|thru|to|-)\s*${TO_DAY}\b`,
    // Or by a list of them: "in office Tuesdays, Wednesdays and Thursdays", "Office days: Tuesday and Thursday".
    String.raw`\b${AT_OFFICE}\s+(?:on\s+)?${WEEKDAY_LIST}|\b(?:office|in[- ]office|on[- ]?site|in[- ]person) days\s*:\s*${WEEKDAY_LIST}`,
    String.raw`\bhybrid[- ]remote\b`,
    // A share of the working time in the office, under all of it: "spend at least half of their work time in their assigned
    // office", "be in one of our offices at least 25% of the time".
    String.raw`\b(?:half|a third|one third|two thirds|\d{1,2}\s?%|\d{1,2} percent) of (?:their|your|the|our|his or her) (?:work(?:ing)? )?(?:time|week|hours)\s+(?:in|at)\s+(?:the\s+|their\s+|your\s+|our\s+|an?\s+|one of (?:our|the)\s+)?(?:assigned\s+|local\s+|nearest\s+|designated\s+)?${OFFICE}s?\b|\b(?:in|at) (?:the\s+|our\s+|an?\s+|one of (?:our|the)\s+)?(?:assigned\s+|local\s+|designated\s+)?${OFFICE}s?\s+(?:at least\s+|a minimum of\s+)?(?:half|a third|one third|two thirds|\d{1,2}\s?%|\d{1,2} percent) of (?:the|their|your) (?:work(?:ing)? )?(?:time|week)\b`,
    String.raw`\b(?:work(?:ing)? (?:remotely|from home)|wfh)${SOME_DAYS}`,
    String.raw`\b${ATTENDANCE}${PART_WEEK}\s*(?:\+\s*)?(?:days?|x)\s*(?:a|per|each|every|/)\s*week\b`,
  ],
  /** Every day at a workplace, stated as such. */
  onsite: [
    String.raw`\b(?:fully|100%|entirely|full[- ]time|exclusively)\s+(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\b`,
    String.raw`\b(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\s+(?:${ROLE}|only|work(?:ing)? (?:environment|model|arrangement|policy)|(?:${DAYS}|five)\s*days)\b`,
    // The whole week at the office ("5 days a week in the office", "in our office five days per week", "Monday through Friday").
    String.raw`\b${FULL_WEEK}\s*days?\s*(?:a|per|each|every|/)\s*week\s+(?:(?:in|at|from|on)\s+(?:the\s+|our\s+|an?\s+)?(?:${words(1)})?${OFFICE}|on[- ]?site|in[- ]office|in[- ]person)\b`,
    String.raw`\b(?:in|at|from)\s+(?:the\s+|our\s+)?(?:${words(1)})?${OFFICE}\s+(?:at least\s+|for\s+)?(?:${FULL_WEEK}\s*days?\s*(?:a|per|each|every|/)\s*week|(?:on\s+)?mondays?\s+(?:through|thru|to|-)\s+fridays?)\b`,
    // The place may stand between: "onsite in Seattle 5 days a week".
    String.raw`\b(?:in[- ]office|on[- ]?site|in[- ]person)\s+(?:in|at)\s+${words(3)}(?:${FULL_WEEK}\s*days?\s*(?:a|per|each|every|/)\s*week|(?:on\s+)?mondays?\s+(?:through|thru|to|-)\s+fridays?)\b`,
    String.raw`\b(?:this|the) ${ROLE}\s+(?:is|will be|requires (?:you to be|being))\s+(?:${words(1)})?(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based|based (?:in|at) (?:the|our) ${words(2)}office)\b`,
    // "Must be able to work onsite in Austin, TX": the workplace, not a part of the week ("onsite as needed").
    String.raw`\b(?:must|required to|expected to|need to)\s+(?:be (?:able|willing|prepared) to\s+)?(?:work|report|be)\s+(?:on[- ]?site|in[- ]office|in (?:the|our) office|in[- ]person)(?:\s+(?:daily|every day|full[- ]time|${DAYS}\s*days)|\s*(?:[.;]|$)|\s+(?:in|at)\s+(?!least\b|times\b)(?![^.;]{0,40}\b${DAYS}\s*(?:\+\s*)?days?\b))`,
    // Not "remote-first, but not remote-only": some time together is not on-site work.
    String.raw`\b(?:not|no) (?:a )?(?:remote|hybrid|work from home)\b(?![- ]only\b)(?: ${ROLE}| work| option| opportunity|ly)?`,
    String.raw`\bremote (?:work )?(?:is|will) not (?:be )?(?:possible|available|an option|offered|supported|considered)\b`,
    // A form's field answered no: "Remote Work: No", "Remote eligible? No" (as "Work remotely: Yes" is remote).
    String.raw`^(?:remote(?: work| eligible| option| available)?|work remotely|telework(?: eligible)?)\s*[:?]\s*(?:no|not eligible|not available)\b`,
    String.raw`\b(?:not eligible|ineligible) for (?:remote|work from home|telework)`,
    String.raw`^(?:location|work location|location type|workplace(?: type)?|work (?:mode|model|arrangement|type|setup|setting))\s*:\s*${words(3)}(?:-\s+)?(?:on[- ]?site|in[- ]office|in[- ]person)\b`,
    String.raw`^(?:on[- ]?site|in[- ]office)$|\((?:on[- ]?site|in[- ]office)\)|^(?:on[- ]?site|in[- ]office)\s*(?:\(|\s-\s)|${LAST_OF_PARTS}(?:on[- ]?site|in[- ]office)\W*$`,
    String.raw`#(?:li|bi)-on-?site\b`,
    String.raw`${TO_OFFICE}(?:${FULL_WEEK}\s*days?\s*(?:a|per|each|every|/)\s*week|daily|every day|(?:on\s+)?mondays?\s+(?:through|thru|to|-)\s+fridays?)\b`,
    String.raw`\b(?:must|required to|expected to|need to)\s+(?:be (?:able|willing) to\s+)?commute\s+(?:daily\s+)?(?:in)?to\s+(?:the|our)\s+(?:${words(2)})?${OFFICE}\b(?!\s+(?:as|when|if) needed|\s+(?:occasionally|periodically|for (?:meetings|events)))`,
    // The job's workplace, said to the reader: "You will work from our Austin office" (days a week beside it make it hybrid).
    String.raw`\b(?:you(?:'ll| will| would)|this ${ROLE} will)\s+(?:be\s+)?work(?:ing)?\s+(?:from|in|out of|at)\s+(?:our|the)\s+(?:${words(2)})?(?:office|headquarters|hq|campus)\b(?!\s*(?:or|and|/)\s|\s+of\b)`,
    String.raw`\b${ATTENDANCE}(?:${FULL_WEEK}\s*days?\s*(?:a|per|each|every|/)\s*week|(?:on\s+)?(?:mondays?|mon)\s*(?:through|thru|to|-)\s*(?:fridays?|fri))\b`,
    String.raw`\b(?:in[- ]office|on[- ]?site|in[- ]person)\s+(?:on\s+)?(?:mondays?|mon)\s*(?:through|thru|to|-)\s*(?:fridays?|fri)\b|\b(?:mondays?|mon)\s*(?:through|thru|to|-)\s*(?:fridays?|fri)\s+(?:in[- ]office|on[- ]?site|in[- ]person)\b`,
  ],
  /** A perk of working from elsewhere for a while is not how the job is done. */
  perk: [
    // Weeks a year away from the office; not days a week ("work from home up to two days a week" is hybrid).
    String.raw`\bwork from (?:anywhere|home)\s+(?:for|up to)\s+${words(2)}(?:\d+|one|two|three|four|a few)\s+(?:weeks?|days?|months?)\b(?!\s*(?:a|per|each|every|/|in a)\s*week)`,
    String.raw`\b(?:\d+|one|two|three|four)\s+(?:weeks?|days?|months?)\s+(?:of|a year of|per year of)\s+(?:remote work|working remotely|work from anywhere)\b`,
    String.raw`\b(?:stipend|allowance|budget|reimburse\w*)\b`,
    // Meals at the office, to the clause's end: "Lunch in the SF office 5 days a week" is a perk, not the job's week.
    String.raw`\b(?:free |catered |daily |team )?(?:lunch(?:es)?|meals?|breakfasts?|dinners?|snacks)\b[^.;]{0,80}`,
  ],
  /**
   * Living near an office, required: a remote statement beside it ("remote-friendly, but you must live within
   * commuting distance of our NYC office") offers remote days, not a remote job.
   */
  nearOffice: [
    String.raw`\b(?:within|in)\s+(?:a\s+)?(?:reasonable\s+|daily\s+|easy\s+)?commut(?:ing|able)\s+distance\b`,
    String.raw`\bwithin\s+(?:a\s+)?\d+[- ]?(?:miles?|mi|km|kilometers?|kilometres?|minutes?)\s+(?:radius\s+)?(?:of|from)\s+(?:the|our|an?|one of)\b`,
    String.raw`\b(?:live|reside|be located|be based)\s+(?:\w+\s+){0,2}near\s+(?:the|our|an?|one of)\s+(?:\w+\s+){0,2}${OFFICE}s?\b`,
  ],
  /**
   * How many days a hybrid week spends in the office ("3 days a week in the office", "in office 3x per week",
   * "with 2 days in the office"): each pattern captures the count.
   */
  officeDays: [
    String.raw`\b${DAY_COUNT}\s*(?:\+\s*)?days?\s+${AT_WORK}${NOT_MONTHLY}`,
    // "2 days a week in (the office)", "4 days per week onsite", not "1 day a week from home".
    String.raw`\b${DAY_COUNT}\s*(?:-\s*\d\s*)?(?:\+\s*)?(?:days?|x)\s*(?:a|per|each|every|/)\s*week\s+(?:in|at|on|from(?!\s+(?:your\s+|the\s+)?(?:home|anywhere))|on[- ]?site|in[- ]office|in[- ]person)\b`,
    String.raw`\b(?:in|at|from)\s+(?:the\s+|our\s+)?(?:\w+\s+)?${OFFICE}\s+(?:at least\s+|for\s+)?${DAY_COUNT}\s*(?:\+\s*)?(?:days?|x\b)`,
    String.raw`\b(?:in[- ]office|on[- ]?site|in[- ]person)\s+(?:(?:in|at)\s+${words(3)})?(?:at least\s+|for\s+)?${DAY_COUNT}\s*(?:\+\s*)?(?:days?|x)\b`,
    String.raw`\b${ATTENDANCE}${DAY_COUNT}\s*(?:\+\s*)?(?:days?|x)\s*(?:a|per|each|every|/)\s*week\b`,
    String.raw`${TO_OFFICE}${DAY_COUNT}\s*(?:\+\s*)?(?:days?|x\b)`,
    // A location line's "Hybrid 3 days", "Hybrid (2x/week)"; not "Hybrid: 3 days work-from-home, 2 days in-office".
    String.raw`\bhybrid\s*(?:[(:-]\s*)?${DAY_COUNT}\s*(?:\+\s*)?(?:days?|x)\b(?!\s*(?:of\s+)?(?:remote|wfh|work[- ]from[- ]home|(?:from|at) home|home))`,
  ],
  /** Days a hybrid week is worked from home, the rest in the office: "Hybrid (2 days WFH)", "1 day a week from home". */
  remoteDays: [
    String.raw`\b${DAY_COUNT}\s*(?:\+\s*)?days?\s*(?:(?:a|per|each|every|/)\s*week\s+)?(?:of\s+)?(?:remote(?:ly)?|wfh|work(?:ing)?[- ]from[- ]home|from home|at home)\b`,
    String.raw`\b${DAY_COUNT}\s+(?:remote|wfh|work[- ]from[- ]home)\s+days?\b`,
  ],
  /**
   * Office days as a range of weekdays, first and last captured: "onsite Monday through Thursday", "Tue-Thu in the
   * office".
   */
  officeWeekdays: [
    String.raw`\b(?:in[- ]office|on[- ]?site|in[- ]person|in (?:the|our) office|at (?:the|our) office)\b[^.;]{0,40}?\b(mon|tue|wed|thu|fri)[a-z]*\.?\s*(?:-|to|through|thru)\s*(mon|tue|wed|thu|fri)[a-z]*\b`,
    String.raw`\b(mon|tue|wed|thu|fri)[a-z]*\.?\s*(?:-|to|through|thru)\s*(mon|tue|wed|thu|fri)[a-z]*\b[^.;]{0,30}?\b(?:in[- ]office|on[- ]?site|in[- ]person|(?:in|at|from) (?:the|our) (?:\w+ )?office)\b`,
  ],
  /** Words that take a remote statement back. */
  negated: String.raw`\b(?:not|no|non|never|isn't|aren't|cannot|can't|without|ineligible)\s+(?:\w+\s+){0,2}$`,
  /** Words after it that take it back: "remote applicants will not be considered", "remote work is not an option". */
  negatedAfter: String.raw`^[\s-]*(?:[\w-]+\s+){0,2}(?:will not|won't|cannot|can't|are not|is not|isn't|aren't|not)\s+(?:be\s+)?(?:considered|accepted|eligible|available|an option|possible|allowed|permitted|supported|offered)\b`,
} as const;

/**
 * A labelled clearance field: "Clearance Required:", "Clearance Level:", and the two defense contractors print on
 * every posting, "Clearance Level Must Currently Possess:" and "Clearance Level Must Be Able to Obtain:".
 */
const CLEARANCE_FIELD = String.raw`\bclearance(?:\s+(?:required|requirements?|level|type|needed))?(?:\s+must\s+(?:currently\s+)?(?:possess|hold|have|be able to obtain|obtain))?\s*:\s*`;

/** Clearance levels by name, most specific first within each country. */
export const CLEARANCE_LEVELS: ReadonlyArray<{level: string; rank: number; pattern: string}> = [
  {
    level: 'TS/SCI',
    rank: 6,
    pattern: String.raw`\bts\s*/\s*sci\b|\btop secret\s*/\s*(?:sci|sensitive compartmented)\b|\btop secret\b(?: clearance)? with sci\b`,
  },
  {level: 'Top Secret', rank: 5, pattern: String.raw`\btop[- ]secret\b|\bts clearance\b`},
  {level: 'Q', rank: 5, pattern: String.raw`\b(?:doe )?q[- ](?:clearance|access authori[sz]ation)\b`},
  {level: 'L', rank: 3, pattern: String.raw`\b(?:doe )?l[- ](?:clearance|access authori[sz]ation)\b`},
  {
    level: 'Secret',
    rank: 4,
    pattern: String.raw`\b(?:active|current|interim|dod|u\.?s\.? government|government|federal|final)\s+secret\b|\bsecret\s+(?:level\s+|security\s+)?clearance\b|\bsecret\s*(?:\(|-)\s*(?:level ii|clearance)|${CLEARANCE_FIELD}(?:yes\W+)?(?:active\s+|current\s+|interim\s+)?secret\b|\bclearable\s*(?:\(\s*|to\s+(?:an?\s+)?|at\s+(?:the\s+)?)secret\b|\bsecret[- ]clearable\b`,
  },
  // A federal agency's suitability determination is its Public Trust investigation ("DHS suitability", "CBP BI").
  {
    level: 'Public Trust',
    rank: 2,
    pattern: String.raw`\bpublic trust\b|\b(?:dhs|cbp|ice|tsa|uscis|fema)\s+(?:eod\s+|entry on duty\s+)?(?:suitability|fitness determination)\b|\bcbp\s+(?:background investigation|bi)\b`,
  },
  {level: 'NV2', rank: 5, pattern: String.raw`\bnv\s?2\b|\bnegative vetting (?:level )?2\b`},
  {level: 'NV1', rank: 4, pattern: String.raw`\bnv\s?1\b|\bnegative vetting (?:level )?1\b`},
  {level: 'PV', rank: 6, pattern: String.raw`\bpositive vetting\b|\bpv clearance\b`},
  {level: 'Baseline', rank: 2, pattern: String.raw`\bbaseline (?:security )?clearance\b|\bagsva baseline\b`},
  {level: 'DV', rank: 6, pattern: String.raw`\bdv (?:clearance|cleared)\b|\bdeveloped vetting\b|\benhanced dv\b`},
  {level: 'SC', rank: 4, pattern: String.raw`\bsc (?:clearance|cleared|level)\b|\bsecurity check \(sc\)`},
  {level: 'BPSS', rank: 1, pattern: String.raw`\bbpss\b`},
  {level: 'Enhanced Reliability', rank: 2, pattern: String.raw`\benhanced reliability\b`},
  {level: 'Reliability', rank: 1, pattern: String.raw`\breliability (?:status|clearance|screening)\b`},
];

export const CLEARANCE_VOCAB = {
  /** A clearance named without its level. */
  generic: String.raw`\b(?:security|government|federal|dod|doe|gov(?:ernment)?-?issued|agsva|nz)\s+clearances?\b|\bclearance (?:level|required|requirements?|eligib\w+|verification|investigation)\b|\b(?:active|current|obtain|maintain|hold|possess)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?clearance\b|\bcleared (?:candidates?|professionals?|personnel)\b|^cleared\b|\bclearance\s*:|\bclearable\b|\bclearance (?:is )?(?:not (?:required|needed|necessary)|preferred|a plus|desired|desirable|nice to have)\b|\beligib\w+ (?:for|to obtain|to hold) (?:an? |the )?clearance\b|\baccess to classified (?:information|material)\b|\b(?:government|federal) security investigation\b`,
  polygraph: String.raw`\bpolygraph\b|\b(?:ci|fs|full[- ]scope|lifestyle)\s*(?:/\s*(?:ci|fs)\s*)?poly\b|\bw/\s*poly\b|\b(?:sci|secret|clearance)\s*(?:[+&/]|\b(?:with|and|w/))\s*(?:an?\s+)?(?:(?:ci|fs|full[- ]scope)\s+)?poly\b`,
  /**
   * Things called clearance that are no security clearance ("license scanning, conformance and clearance"), and a fair-
   * chance statement's "records in accordance with federal, state, and local laws and/or security clearance requirements".
   */
  notClearance: String.raw`\b(?:customs|medical|export|tax|credit|title|police|clearance (?:order|sale|rack|item)|security (?:screening|check) \(cloud\)|height|ground|financial|licen[cs]e|licensing|conformance|compliance|rights|music|copyright|legal|ip|patent|trademark)\s*(?:\w+\s+)?clearance\b|\bclearance (?:order|sale|rack)|\b(?:laws?|regulations?|ordinances?),?\s+(?:and\/or|and|or)\s+security clearance requirements\b`,
  /** The posting only prefers it. */
  preferred: String.raw`\b(?:preferred|preferably|preference|a plus|nice[- ]to[- ]have|desired|desirable|ideal(?:ly)?|bonus|advantage(?:ous)?|beneficial|helpful|highly regarded)\b|\bmay (?:need|be required|have) to\b|\bmay be (?:required|needed)\b`,
  /** The posting says none is needed. */
  negated: String.raw`\b(?:no|not|without)\s+(?:\w+\s+){0,3}(?:clearance|access to classified)\b|\baccess to classified (?:information|material) (?:is |will be )?not (?:required|needed|necessary)\b|\bclearance\s+(?:is\s+)?not\s+(?:required|needed|necessary)\b|${CLEARANCE_FIELD}(?:none|no|n/?a|not required|not applicable)\b`,
} as const;

export const CITIZENSHIP_VOCAB = {
  /** US citizenship or US-person status named as a condition. */
  named: String.raw`\bu\.?\s?s\.?\s?(?:a\.?\s?)?citizen(?:s|ship)?\b|\bunited states (?:of america )?citizen(?:s|ship)?\b|\bamerican citizen(?:s|ship)?\b|\bu\.?\s?s\.?\s?persons?\b|\bunited states persons?\b|\bus-persons?\b|\bproof of citizenship\b`,
  /** What makes a named status a requirement. */
  required: String.raw`\b(?:must|required?|requires|requirement|verification|verify|only|proof|condition of|eligib\w+|need to|restricted to|limited to|open to|due to|in order to)\b|\bcitizenship(?:\s+requirements?)?\s*:|\b(?:unable to|cannot|can't|will not|won't|do not|does not) (?:consider|accept|hire)\b`,
  /** EEO lists, invitations and corporate citizenship say nothing. */
  notRequired: String.raw`\b(?:required|only|needed|requirement)\s*[:?]\s*(?:no|none|n/?a|not (?:required|applicable))\b|\bcitizenship status\b|\b(?:regardless of|without regard to|irrespective of)\b|\bencouraged to apply\b|\bcorporate citizenship\b|\bglobal citizens?\b|\bnot required\b|\bdual citizens?(?:hip)?,?\s+(?:are\s+)?(?:welcome|accepted|eligible|encouraged)|\bor\s+(?:\w+\s+){0,3}(?:(?:work\s+)?visas?|work permit|work authori[sz]ation|authori[sz]ed to work)\b`,
} as const;

/**
 * Students' work permission on an F-1 visa, Optional and Curricular Practical Training: a refusal of it
 * turns away those who need a visa to stay, as "No H1B" does. Named only where the words say so ("OPT/CPT",
 * "STEM OPT", "OPT candidates"): "opt out" is a verb, "CPT codes" medical billing.
 */
const STUDENT_PERMIT = String.raw`(?:(?:f-?1|stem)[\s-]+)?(?:opt|cpt)(?:\s*(?:/|,|or|and|&)\s*(?:(?:f-?1|stem)[\s-]+)?(?:opt|cpt|h-?1-?b|c2c|gc|ead)\b)+|\b(?:f-?1|stem)[\s-]+opt\b|\b(?:opt|cpt)(?:[\s-]+ead)?\s+(?:candidates|students|applicants|holders|visas?|status|workers)\b`;

/** An H-1B transfer: a new petition the employer files for a worker already on the visa. */
const H1B_TRANSFER = String.raw`h-?1-?b\s+(?:visa\s+)?transfers?`;

export const SPONSORSHIP_VOCAB = {
  /** The employer will not sponsor. */
  notOffered: [
    String.raw`\b(?:not|unable to|cannot|can't|won't|will not|does not|do not|doesn't|don't|no longer|not able to|not in a position to)\s+${words(3)}(?:sponsor|support|transfer)\w*\s+${words(3)}(?:visa|h-?1-?b?|immigration|work (?:authori[sz]ation|permit|status)|employment|applicants?|candidates?|individuals?|anyone|sponsorship)`,
    String.raw`\b(?:not|unable to|cannot|can't|won't|will not|does not|do not|doesn't|don't|no longer|not able to)\s+${words(3)}(?:provide|offer|consider|pursue|accommodate|support)\s+${words(3)}sponsorships?\b`,
    String.raw`\b(?:not|unable to|cannot|can't|won't|will not|does not|do not|doesn't|don't|not able to)\s+sponsor\b`,
    String.raw`\bno\s+${words(3)}(?:visa\s+)?sponsorships?\b|\bsponsorships?\s*:\s*(?:no|none|not (?:available|offered))\b|\b(?:will|can|do you|does (?:the )?(?:company|employer))\s+sponsor\s*[:?]\s*no\b`,
    String.raw`\bwithout\s+${words(4)}sponsorship\b|\bwithout (?:the )?(?:need|requirement) (?:of|for)\s+${words(4)}(?:visa|sponsor)`,
    String.raw`\b(?:must not|will not|does not|do not|cannot|should not)\s+(?:now\s+or\s+in\s+the\s+future\s+)?(?:require|need)\s+${words(4)}sponsorship\b`,
    String.raw`\b(?:no|not|unable to|cannot|can't|won't|will not|does not|do not|doesn't|don't)\s+${words(3)}(?:visa|immigration) support\b`,
    String.raw`\bsponsorships?\s+(?:is\s+|are\s+|will\s+)?(?:currently\s+|presently\s+)?(?:not\s+|un)(?:available|offered|provided|possible|be provided|be offered|be available|be considered)\b`,
    String.raw`\b(?:not|isn't|is not)\s+(?:open|eligible)\s+(?:for|to)\s+${words(3)}sponsorship\b`,
    // "This position does not qualify for employment sponsorship".
    String.raw`\b(?:does not|doesn't|do not|don't|will not|won't|cannot)\s+qualify\s+for\s+${words(3)}sponsorship\b|\bineligible\s+for\s+${words(3)}sponsorship\b`,
    String.raw`\b(?:requir\w+|need\w*)\s+${words(3)}sponsorship\s+${words(6)}(?:not|won't|will not) be (?:considered|eligible)`,
    // Those who need it named after others: "unable to consider candidates on OPT/CPT or those requiring H-1B sponsorship".
    String.raw`\b(?:not|unable to|cannot|can't|won't|will not|do not|does not|don't|doesn't)\s+(?:accept|consider|hire|employ)\s+(?:candidates|applicants|individuals|anyone)\s+${words(5)}(?:who\s+)?(?:requir\w+|need\w*)\s+${words(3)}(?:sponsorship|${H1B_TRANSFER})\b`,
    // "No C2C, no H1B", "No H-1B candidates": staffing postings' short refusal.
    String.raw`\bno\s+h-?1-?bs?\b(?!\s+transfer)`,
    // Staffing postings' "USC/GC only", "GC/USC/GC-EAD only": citizens and those already allowed to work, no visa.
    String.raw`\b(?:usc|gc)(?:\s*(?:/|,|or|and|&)\s*(?:usc|gc|gc[- ]ead|h-?4[- ]ead|ead)){1,4}(?:\s+(?:holders?|candidates|applicants))?\s+only\b|\bonly\s+(?:usc|gc)(?:\s*(?:/|,|or|and|&)\s*(?:usc|gc|gc[- ]ead|h-?4[- ]ead|ead)){1,4}\b`,
    // Spelt out: "US citizens and green card holders only", "Only citizens or permanent residents", "United States
    // citizens and legal residents only".
    String.raw`\b(?:(?:u\.?s\.?\s+|united states\s+)?citizens?|usc)\s*(?:/|,|or|and|&)\s*(?:green card|gc|(?:permanent|legal|lawful) residen\w+)(?:\s+holders?)?\s+only\b|\b(?:green card|gc|(?:permanent|legal|lawful) residen\w+)(?:\s+holders?)?\s*(?:/|,|or|and|&)\s*(?:u\.?s\.?\s+)?citizens?\s+only\b|\bonly\s+(?:u\.?s\.?\s+)?citizens?\s*(?:/|,|or|and|&)\s*(?:green card|(?:permanent|legal|lawful) residen\w+)`,
    // A labelled field, "Sponsorship available: No", "H1B: No"; "H1B holders not accepted".
    String.raw`\bsponsorships?\s+(?:available|offered|provided|possible)\s*\??\s*:\s*(?:no|none)\b|\bh-?1-?b\s*:\s*(?:no|none|not (?:available|accepted|offered))\b|\bh-?1-?b\s+(?:visa\s+)?(?:holders?|candidates|applicants)\s+(?:are\s+|will\s+)?(?:not|never)\s+(?:be\s+)?(?:accepted|considered|eligible)\b`,
    // Students' work permission refused: "OPT/CPT candidates are not eligible", "No OPT/CPT", "not eligible for STEM OPT".
    String.raw`\b(?:${STUDENT_PERMIT})\s+(?:\w+\s+){0,2}(?:(?:are|is|will)\s+)?(?:not|never)\s+(?:be\s+)?(?:eligible|accepted|considered|allowed|sponsored|supported)\b|\b(?:${STUDENT_PERMIT})\s*(?:(?:are|is)\s+)?(?:ineligible|:\s*(?:no|none|not accepted))\b`,
    String.raw`\bno\s+(?:${STUDENT_PERMIT})|\b(?:not\s+|in)eligible\s+(?:for|to)\s+${words(3)}(?:${STUDENT_PERMIT})|\b(?:not|unable to|cannot|can't|won't|will not|do not|does not|don't|doesn't)\s+(?:accept|consider|hire|employ|sponsor|support|work with)\w*\s+${words(3)}(?:${STUDENT_PERMIT})`,
    // A transfer refused is a petition the employer will not file: "No H1B transfers", "We do not accept H-1B transfers".
    String.raw`\bno\s+h-?1-?b\s+transfers?(?=\s*(?:[.,;:)!]|$|(?:or|and|please|accepted|allowed|considered)\b))|\b(?:not|cannot|can't|won't|will not|does not|do not|doesn't|don't|unable to)\s+(?:accept|consider|take|support|entertain|do)\w*\s+(?:any\s+)?h-?1-?b\s+transfers?\b|\bh-?1-?b\s+transfers?\s+(?:candidates\s+)?(?:are\s+|is\s+)?(?:not\s+(?:eligible|accepted|considered|possible|available)|ineligible)\b`,
  ],
  /** The employer says it sponsors. */
  offered: [
    String.raw`\b(?:visa|h-?1-?b?|immigration|work permit|employment)\s+sponsorship\s+(?:is\s+|may be\s+|will be\s+|can be\s+)?(?:available|offered|provided|possible|supported|considered)\b`,
    String.raw`\b(?:we|company|employer)\s+(?:can|will|do|does|may|are able to|are happy to|are open to|offer|offers|provide|provides)\s+${words(2)}(?:visa\s+|h-?1-?b?\s+)?sponsor(?:ship|ing|s)?\b`,
    String.raw`\bsponsorship\s+(?:is\s+)?(?:available|offered|provided)\b`,
    String.raw`\b(?:open to|happy to|willing to|able to)\s+(?:visa\s+|h-?1-?b\s+)?sponsor(?:ing|ship)?\b`,
    String.raw`\bwe\s+sponsor\s+(?:\w+\s+){0,2}(?:visas?|h-?1-?bs?|work permits?|candidates|employees)\b|\bsponsor(?:s|ing)?\s+(?:\w+\s+){0,2}(?:for\s+)?(?:green cards?|permanent residen\w+)\b`,
    String.raw`\bsponsorships?\s*:\s*(?:yes|available|offered)\b`,
    // The job is eligible, or candidates who need it are welcome: "This role is eligible for visa sponsorship".
    String.raw`\b(?:is|are)\s+eligible\s+for\s+(?:visa\s+|immigration\s+|h-?1-?b\s+)?sponsorship\b`,
    // "Candidates requiring sponsorship will be considered", "We will consider candidates requiring H-1B transfer".
    String.raw`\b(?:candidates|applicants|individuals|those)\s+(?:who\s+)?(?:requir\w+|need\w*)\s+${words(2)}(?:sponsorship|${H1B_TRANSFER})\s+(?:are|is|will be)\s+(?:welcome|encouraged|considered)\b|\b(?:(?:will|can|may|do)\s+consider|open to|welcom\w+)\s+(?:candidates|applicants|individuals)\s+(?:who\s+)?(?:requir\w+|need\w*)\s+${words(2)}(?:sponsorship|${H1B_TRANSFER})\b`,
    // A transfer is a new petition the employer files: "H1B transfers welcome", "open to H-1B transfer candidates".
    String.raw`\bh-?1-?b\s+transfers?\s+${words(2)}(?:welcome|accepted|considered|encouraged|available|(?:are|is) (?:ok|fine|possible))\b|\bh-?1-?b\s+(?:visa\s+)?(?:holders?|candidates|applicants)\s+(?:are\s+)?(?:welcome|encouraged|accepted|considered)\b|\b(?:open to|welcome|accept\w*|consider\w*)\s+h-?1-?b\s+transfers?\b`,
    // Immigration support is the employer's petition: "Relocation and immigration support provided".
    String.raw`\b(?:relocation|relocation support|relocation assistance)\s+(?:and|&)\s+(?:visa|immigration)(?:\s+sponsorship|\s+support)?\b|\b(?:visa|immigration) (?:sponsorship|support)\s+(?:and|&)\s+relocation\b|\b(?:visa|immigration) support\s+(?:is\s+)?(?:available|offered|provided)\b`,
  ],
  /** Sponsorship of something other than a visa: an export licence for controlled technology. */
  notVisa: String.raw`\bsponsorship (?:for|of) (?:an? )?(?:export |deemed export )?licen[cs]es?\b|\b(?:export )?licen[cs]e sponsorship\b`,
  /** A sentence may only count when it speaks of the job's visas, not a project's sponsors. */
  topic: String.raw`\b(?:${STUDENT_PERMIT})|\bvisa|h-?1-?b?\b|\bgreen card|\b(?:permanent|legal|lawful) residen|\b(?:usc|gc)(?:\s*[/,&]\s*|\s+(?:or|and)\s+)(?:usc|gc)\b|\bimmigration|\bsponsorships?\b|\bsponsor(?:s|ing)? (?:(?:the right|qualified|exceptional|international) )?(?:visas?|candidates?|applicants?|individuals?|employment|work)|\bwork (?:authori[sz]ation|permit)|\bauthori[sz]ed to work\b|\bnot able to sponsor|\bunable to sponsor|\bnot sponsor\b|\bsponsor\s*[:?]\s*(?:yes|no)\b`,
} as const;

/** A count of days or weeks away as written, its value and a range's top: "1", "one", "a", "2-3", "one or two". */
const TRAVEL_COUNT = String.raw`((\d{1,2}|one|two|three|four|five|six|an?)(?:\s*(?:-|to|or)\s*(\d{1,2}|two|three|four|five|six))?)`;
/** Per period: " a month", " per quarter", "/week". */
const TRAVEL_PER = String.raw`(?:\s+(?:a|per|each|every|in a)\s+|\s*\/\s*)(week|month|quarter|year)\b`;

const TRAVEL_KIND = 'domestic|international|overseas|overnight|regional|national|global|local|customer|client|business';

export const TRAVEL_VOCAB = {
  /**
   * A percentage tied to travel: "travel up to 25%", "25% travel", "Travel: 10-20%". Each needs the sign or the word
   * "percent": travel.ts tries none of them on a sentence without either.
   */
  percent: [
    String.raw`\btravel\w*\s+${words(6)}?(?:up to|approximately|approx\.?|about|around|roughly|less than|under|no more than|at least|of|to|is|:)?\s*(?:[(~<≤]\s*){0,2}(\d{1,3})\s*(?:%|percent)(?:\s*(?:-|to)\s*(\d{1,3})\s*(?:%|percent))?`,
    String.raw`\btravel\w*\s*:?\s*${words(6)}?(?:(?:up to|approximately|approx\.?|about|around|roughly|between)\s*)?(?:[(~]\s*)?(\d{1,3})\s*(?:-|to|and)\s*(\d{1,3})\s*(?:%|percent)`,
    // A labelled field: "Travel: 50%", "Travel Required: up to 25%", "Travel requirement: 0-25%".
    String.raw`\btravel\w*(?:\s+(?:required|requirements?|percentage))?\s*:\s*(?:yes\W+)?(?:up to|approximately|approx\.?|about|around|less than|under|no more than)?\s*(?:[(~<≤]\s*){0,2}(\d{1,3})\s*(?:%|percent)?\s*(?:(?:-|to)\s*(\d{1,3})\s*)?(?:%|percent)`,
    String.raw`(?:^|[^\d.])(\d{1,3})\s*(?:%|percent)(?:\s*(?:-|to)\s*(\d{1,3})\s*(?:%|percent))?\s+(?:of\s+(?:the\s+)?time\s+)?${words(2)}travel`,
    // A field whose label says it holds a percentage, the figure without a sign: "Travel percentage: 25",
    // "Travel %: 10-20", "% Travel: 40", "Percent of travel required: up to 50". A count of days or trips is not one.
    String.raw`(?:\btravel\w*\s*(?:percentage|percent|\(?%\)?)|%\s*(?:of\s+)?travel\w*|\bpercent(?:age)?\s+of\s+travel\w*)(?:\s+required)?\s*:\s*(?:up to\s+)?(\d{1,3})(?:\s*(?:-|to)\s*(\d{1,3}))?(?![\d.,]|\s*(?:%|percent)?\s*(?:hours?|days?|weeks?|nights?|times?|trips?|miles?|visits?)\b)`,
    // Kinds of travel between the share and the word: "30% domestic and international travel".
    String.raw`(?:^|[^\d.])(\d{1,3})\s*(?:%|percent)\s+(?:${TRAVEL_KIND})(?:(?:,?\s+(?:(?:and|or)\s+)?|\s*[&/]\s*)(?:${TRAVEL_KIND}))*\s+travel`,
  ],
  /**
   * Travel as time away, each capturing the count (and a range's top), the unit and the period: "travel up to 1 week
   * per month", "Travel: 2-3 days a month", "one week per quarter of travel", "2 days of travel per month"; a field's
   * label before the colon ("Travel percentage: 5 days a month") is no word between them. Each counts
   * days or weeks: travel.ts tries none of them on a sentence without either word.
   */
  time: [
    String.raw`\btravel\w*(?:\s+(?:required|requirements?|percentage|percent|%))?[,:]?\s+${words(6)}?(?:up to|approximately|approx\.?|about|around|roughly|less than|under|no more than|at least|of|is)?\s*(?:[(~]\s*)?${TRAVEL_COUNT}\s+(days?|weeks?)${TRAVEL_PER}`,
    String.raw`(?<![\w.])${TRAVEL_COUNT}\s+(days?|weeks?)${TRAVEL_PER}\s+(?:of\s+)?${words(2)}travel`,
    String.raw`(?<![\w.])${TRAVEL_COUNT}\s+(days?|weeks?)\s+of\s+${words(1)}travel\w*${TRAVEL_PER}`,
  ],
  none: String.raw`\bno travel\b|\btravel (?:is )?not required\b|\b(?:does not|doesn't|will not|won't) require (?:any )?travel\b|\btravel(?:\s+required)?\s*:\s*(?:none|no|not required)\b`,
  /**
   * Percent of something else: money, growth, audiences; or what a product is made of or how it runs, in a company's
   * story of the travel it sells ("regional air travel with the Microliner, a 100% electric aircraft").
   */
  notTravel: String.raw`\b(?:(?:discount|budget|cost|expense|saving|increase|revenue|margin|market|share|industry|booking|stipend|allowance|insurance|match|credit|point|mile)s?|reduc\w*|growth|customers|users|reimburse\w*|office|remote|on-?site|in-office|home|wfh|hybrid|electric\w*|renewable|sustainabl\w*|recycl\w*|emission\w*|carbon|organic|(?:employee|founder)-owned)\b`,
} as const;

/** JobPosting employmentType values (schema.org / Google) and how the text names the same types. */
export const EMPLOYMENT_TYPES: ReadonlyArray<{type: EmploymentTypeKey; jsonLd: string[]; pattern: string}> = [
  {
    type: 'internship',
    jsonLd: ['INTERN', 'INTERNSHIP'],
    pattern: String.raw`\b(?:this|the|our|summer|paid|unpaid|\d+[- ]week|\d+[- ]month) internship\b|^intern(?:ship)?\b|\bintern(?:ship)?$|\(intern(?:ship)?\)|,\s*intern(?:ship)?\b|\bco-?op (?:student|position|term)\b`,
  },
  {
    type: 'contract',
    jsonLd: ['CONTRACTOR', 'CONTRACT'],
    // Not a privacy notice's "your application for employment or an independent contractor role", nor the tax forms a
    // payroll job files ("the W2 and W3s"), nor contractors turned away ("No C2C or 1099", "C2C not accepted").
    // That look-behind comes after the word boundary (the same test either way): read back over up to 20
    // characters, it is then tried only where a word starts, and the pattern takes a fifth of the time.
    pattern: String.raw`\bcontract[- ]to[- ](?:hire|perm)\b|\bc2h\b|(?<!\bemployment or (?:an? )?(?:independent )?)\bcontract(?:or)?\s+(?:${ROLE}|basis|assignment|engagement|w2|through)\b|\bw-?2(?!s?\s+(?:and\s+w-?3|forms?\b|filings?\b|reporting\b|processing\b))\b(?: contract)?|\b(?<!\b(?:no|not|non|without)\b[^.;]{0,20})(?:c2c|corp[- ]to[- ]corp|1099)\b(?!\s+(?:(?:candidates|applicants|resources|consultants|vendors)\s+)?(?:(?:are|is|will)\s+)?(?:not|no)\b)(?: contract)?|\bfixed[- ]term\b|\b\d{1,2}[- ]?months?\s+FTC\b|\(FTC\)|\b\d{1,2}\s*\+?\s*(?:-\s*)?months?\s+contract\b|^contract$|\(contract\)|\s[-–|]\s+(?:contract(?:or)?|freelance)$|,\s*contractor$|,\s*contract\)|\bfreelance\s+(?:${ROLE}|basis|contract|engagement)\b|^freelance$|\(freelance\)|\bcontract (?:length|duration)\s*:|^(?:(?:estimated|expected|assignment|contract|project) )?duration\s*:\s*\d{1,2}\+?\s*(?:(?:-|to)\s*\d{1,2}\s*)?months?\b|^length of (?:assignment|contract)\b`,
  },
  {
    type: 'temporary',
    jsonLd: ['TEMPORARY', 'TEMP'],
    pattern: String.raw`\btemporary\s+(?:${ROLE}|assignment|basis)\b|\btemp[- ]to[- ](?:perm|hire)\b|\bseasonal (?:${ROLE})\b|\((?:temp|temporary)\)|(?:,|\s[-–|])\s*temporary$|^temp(?:orary)?$`,
  },
  {
    type: 'part-time',
    jsonLd: ['PART_TIME', 'PARTTIME'],
    pattern: String.raw`\bpart[- ]time\s+(?:${ROLE}|basis|schedule|employment|hours)\b|^part[- ]time$|\(part[- ]time\)|(?:^|\s)[-–|]\s*part[- ]time$|\bpart[- ]time,?\s+\(?\d{1,2}(?:\s*-\s*\d{1,2})?\s*(?:hours|hrs)\b`,
  },
  {
    type: 'full-time',
    jsonLd: ['FULL_TIME', 'FULLTIME'],
    // Not a kind of position or person the benefits are for: "Stated benefits are for full-time regular positions", "We
    // extend equity to every full-time team member".
    pattern: String.raw`(?<!\b(?:every|each|all|our) )\bfull[- ]time,?\s+(?:${ROLE}|basis|employment|permanent|salaried|w2 employee|exempt|regular(?!\s+(?:positions|roles|jobs|employees|staff)\b))\b|\bpermanent,? full[- ]time\b|^full[- ]time$|\(full[- ]time\)|\bfull[- ]time$`,
  },
  {type: 'per diem', jsonLd: ['PER_DIEM'], pattern: String.raw`\bper diem (?:${ROLE}|basis)\b`},
  {type: 'volunteer', jsonLd: ['VOLUNTEER'], pattern: String.raw`\bvolunteer (?:${ROLE})\b`},
];

/**
 * Two types offered for one role: "a full-time or co-op position", "full-time or part-time role" (groups 1 and 2, each
 * named as namedType reads a labelled field's; a co-op is an internship).
 */
const TYPE_WORD = String.raw`(full[- ]time|part[- ]time|contract|temporary|co-?op|intern(?:ship)?)`;
export const TYPES_OFFERED = String.raw`\b${TYPE_WORD}\s*(?:or|\/|and)\s*${TYPE_WORD}\s+${ROLE}s?\b`;

/** Labelled lines that state the employment type: "Job Type: Full-time", "Employment type: Contract". */
export const EMPLOYMENT_LINE = String.raw`\b(?:job|employment|position|work|contract|engagement)\s+types?\s*:\s*([a-z][a-z_ ,/-]{2,40})`;

/** The noun a job title ends in: a level number stands after it ("Program Manager II", "Engineer 3"). */
export const ROLE_WORD = String.raw`\b(?:manager|engineer|analyst|specialist|coordinator|developer|scientist|consultant|architect|administrator|designer|researcher|t?pg?m)`;

/**
 * Title words per level, checked from the top: a "Principal Engineering Manager" manages people, as does a
 * "Group Program Manager" (the lead of a group of program managers).
 */
export const SENIORITY_TITLES: ReadonlyArray<{level: SeniorityLevel; pattern: string}> = [
  {level: 'director', pattern: String.raw`\b(?:director|head of|vp|svp|evp|vice president|chief|cto|cio|cpo)\b`},
  {
    level: 'manager-of-managers',
    pattern: String.raw`^(?:group|senior|sr\.?)\s+manager\s*(?:,|-|of)\s*(?:\w+\s+){0,3}(?:managers|management)\b|\bgroup manager\b|\bmanager of managers\b`,
  },
  {
    level: 'manager',
    pattern: String.raw`^(?:senior\s+|sr\.?\s+|people\s+)?manager\s*[,-]|\b(?:it|engineering|software engineering|firmware engineering|hardware engineering|development|devops|qa|tpm|technical program management|program management|project management|pmo)\s+manager\b|\b(?:team|people)\s+manager\b|\bgroup\s+(?:(?:technical|engineering)\s+)?(?:program|product|project)\s+manager\b|\bgroup\s+t?pg?m\b`,
  },
  {
    level: 'staff-principal',
    // A fellow of a fellowship ("Innovation Fellow", "Research Fellow") is no technical fellow.
    pattern: String.raw`\b(?:staff|principal|distinguished)\b|(?<!\b(?:innovation|design|technology|presidential|policy|research|teaching|graduate|post-?doctoral|summer|civic|data|coding|digital|public interest|legal|clinical|health)\s)\bfellow\b|${ROLE_WORD}\s+(?:iv|v|4|5)\b`,
  },
  {level: 'senior', pattern: String.raw`\b(?:senior|sr\.?|snr|lead|iii)\b|${ROLE_WORD}\s+3\b`},
  {
    level: 'entry',
    pattern: String.raw`\b(?:junior|jr\.?|entry[- ]level|early[- ]career|graduate|new grad|intern|internship|apprentice|trainee|associate(?! (?:director|vice|partner|principal)))\b|${ROLE_WORD}\s+(?:i|1)\b(?!\s*[/&-])`,
  },
  {level: 'mid', pattern: String.raw`${ROLE_WORD}\s+(?:ii|2)\b|\bmid[- ]level\b`},
];

/** Text that says the job manages people, or managers. */
export const SENIORITY_TEXT = {
  managerOfManagers: String.raw`\b(?:manag\w+|lead\w*)\s+(?:a\s+)?(?:team\s+of\s+|org\w*\s+of\s+)?(?:\w+\s+)?(?:managers|leads) (?:and|who|of)\b|\bmanager of managers\b|\bmanag\w+ (?:other )?managers\b`,
  manager: String.raw`\b(?:(?:manage|managing|lead|leading|with)\s+(?:\w+\s+){0,2}direct reports|(?<!their |your |and )people manag(?:er|ement) (?:experience|responsibilit\w+|role)|(?:hire|hiring),? (?:grow|develop|coach|mentor)\w*,? (?:and )?(?:\w+ )?(?:a |the )?team\b|manag\w+ (?:a |the )?team of (?:\d+\s+)?(?:\w+\s+)?(?:tpms|program managers|engineers|project managers)|\b(?:lead|leads|leading|build|builds|building|grow|grows|growing)\s+(?:and\s+\w+\s+)?(?:a |the )?team of (?:\d+\s+)?(?:\w+\s+)?(?:tpms|program managers|project managers))`,
} as const;
