// Text every posting of an employer carries whatever the job: equal-opportunity and legal notices,
// benefits lists, "About <company>" blurbs. It names words such as "status", "plan" or "clients"
// without saying anything about the job, so it never serves as checklist evidence.
import {perArray, rememberedBy} from './memo';
import {vocabularies} from './scan';

/** Sentences of legal or equal-opportunity notices. */
const NOTICE =
  /\bprivacy rights\b|\bequal (?:employment )?opportunit|\baffirmative action\b|\bwithout regard to\b|\bregardless of (?:race|age|sex|gender|religion|color|national)|\b(?:marital|veteran|protected|citizenship|disability) status\b|\breasonable accommodations?\b|\be-?verify\b|\bdrug[- ]free\b|\bfair chance\b|\barrest (?:and|or) conviction\b|\bprivacy (?:policy|notice)\b|\bEEO(?:C)?\b|\bdiscriminat\w+ (?:against|on the basis|based on)\b/i;

/**
 * How to apply and how hiring goes, said to the applicant: "include a cover letter that communicates...", "the hiring
 * manager will prioritize...", "a presentation to the leadership team during the interview". Not the job's own
 * interviews of users or stakeholders.
 */
const HIRING_PROCESS =
  /\b(?:cover letters?|your (?:resume|r\u00e9sum\u00e9|cv|application|candidacy)|(?:the|our) (?:interview|hiring|recruiting|recruitment|application|selection) (?:process|panel|loop)|(?:the|a|our) (?:hiring manager|recruiter|recruiting team|talent (?:acquisition )?team) (?:will|may|would|can)|during (?:the|your) interviews?|interview (?:process|loop|stage)s?|applications? (?:received|submitted) (?:by|before|after|prior to|until)|applications? (?:will|are) (?:be )?(?:reviewed|accepted|considered|prioriti[sz]ed)|keep you (?:informed|updated|posted))\b/i;

/** Short heading lines: no final full stop, few words. */
const MAX_HEADING_WORDS = 6;
const BOILERPLATE_HEADING =
  /^(?:about (?:us|the company|[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})|(?:our |the )?(?:benefits|perks)\b.*|what we offer\b.*|why (?:join|work)\b.*|life at\b.*|who we are|our (?:culture|values|mission|story|commitment)|equal (?:employment )?opportunity\b.*|EEO\b.*|(?:compensation|pay|salary) (?:and|&) benefits\b.*|total rewards)\s*:?$/i;
/** Headings that open a part about the job itself, even when they start "About" ("About the role"). */
const JOB_HEADING =
  /^(?:about (?:the |this )?(?:role|team|job|position|you|opportunity|work)\b|.*\b(?:responsibilities|qualifications|requirements|duties|what you(?:'ll| will)? (?:do|bring|need|get to do)|you will|you'll|your (?:role|impact|day)|the role|who you are|what we(?:'re| are)? looking for|skills|experience|job description|overview|summary|in this role)\b)/i;

function isHeading(sentence: string): boolean {
  if (sentence.length > 60 || /[.!?]$/.test(sentence)) return false;
  let spaces = 0;
  for (let at = sentence.indexOf(' '); at >= 0; at = sentence.indexOf(' ', at + 1))
    if (++spaces >= MAX_HEADING_WORDS) return false;
  return true;
}

/** Who manages a budget or a plan: a perk's words after these are the job's work ("Manage the travel budget"). */
const MANAGED_BEFORE = String.raw`\b(?:manag|own|track|control|forecast|overse|approv|administer|monitor|plan|set)\w{0,6} (?:\w{1,20} ){0,2}`;
/** What a perk's budget is for, before or after it: "learning budget", "a stipend for home office equipment". */
const PERK_PURPOSE = String.raw`(?:learning|development|training|education|wfh|home office|personal|conference|books?|wellness|equipment|travel|phone|internet|commut\w+|meals?|gym|fitness|relocation)`;
const PERK_WORDS = String.raw`${PERK_PURPOSE} (?:and \w+ )?(?:budget|stipend|allowance)s?|(?:budget|stipend|allowance)s? (?:for|towards?) (?:your |a |the )?${PERK_PURPOSE}|prioriti[sz]e (?:your|their) (?:own )?(?:well-?being|health|wellness|mental health|family|self-care)|(?:employee|business) resource groups?|(?:expense|tuition|travel|relocation|commut\w+|mileage|phone|internet|gym|fitness) reimbursements?|relocation (?:assistance|package|support)|stipends?|401\s?\(?k\)?|paid (?:time off|leave|holidays?)|(?:parental|maternity|paternity|sick|annual|holiday) leave|unlimited pto|(?:health|dental|vision|life|medical) (?:\w+ )?(?:insurance|plans?|package)|(?:health|cash|pension|retirement|savings) plans?|stock options|equity (?:grants?|compensation|package)|compensation (?:and|&) benefits`;
/**
 * What the employer gives its staff: budgets, reimbursements, leave, insurance, equity, mentorship on offer;
 * not a budget the job manages ("Manage the travel budget"). Sentences are squashed: one space between words.
 * The words first, then the look behind them: the same matches, but the look-behind runs only where a perk's words
 * stand (a look-behind first ran at every position of every sentence).
 */
const PERK = new RegExp(String.raw`\b(?=(?:${PERK_WORDS})\b)(?<!${MANAGED_BEFORE})(?:${PERK_WORDS})\b`, 'i');
const OFFERED =
  /\bwe (?:will )?(?:provide|offer|give|cover|pay|match)\w* (?:\w+ ){0,3}(?:mentor\w*|coaching|training|learning|budget|stipend|benefits|gear|equipment)/i;
/**
 * The employer speaking of itself ("We are building...", "Our team is...", "At Acme, our research
 * is...", "Join a team that...", "Learn more about our...") or of its market's size ("The worldwide data
 * management software market is massive"), with no word about the person or the role.
 */
const COMPANY_VOICE =
  /^(?:(?:from|since|for|over|today|together|in) [^,]{0,40}, )?(?:we(?:'re| are| have| believe| build| serve| help| pride)?|our|at (?!least\b|times\b|first\b|once\b|present\b)[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)?,? (?:we|our)|backed by|founded (?:in|by)|the (?:[\w-]+ ){0,5}(?:market|industry|sector)s? (?:(?:is|are|has|have)(?: been)? (?:\w+ )?(?:massive|huge|enormous|large|big|growing|booming|expanding|exploding|expected|projected|estimated|worth|valued|grown)|continues? to grow|will (?:reach|grow|be worth))|(?:to )?learn more about (?:us|our)|visit (?:us|our)|join (?:us|our|a|the) (?:\w+ ){0,3}(?:(?:that|who)(?:'s| is| are| values?| cares?| believes?| loves?)|whose))\b/i;
/**
 * The employer described in the third person: "The company enjoys...", "With over 10,000 employees
 * worldwide, InPost Group is one of the largest...", "Medius, a prominent global provider of...",
 * "VND is a software and IT company...". A name, not a job title, then a company noun.
 */
const COMPANY_THIRD_PERSON =
  /^(?:the (?:company|firm|organi[sz]ation|group)\b|with (?:over |more than |nearly |almost )?[\d,.]+\+? ?[kKmM]? (?:employees|people|customers|clients|offices|locations|members|users)\b)/i;
/** The employer's line of business named as the subject: "Risk management consulting is one of our core services". */
const COMPANY_LINE_OF_BUSINESS =
  /\b(?:is|are) (?:one of |among )?our (?:core |key |main |primary |leading )?(?:services|offerings|practices|specialt(?:y|ies)|capabilities|lines of business)\b/i;
/**
 * A capitalised name opening the sentence, or after an opening "With ..." ("With a 30-year pedigree and a client base to
 * be hugely proud of, RLA is a full-service advertising agency"): case-sensitive, so that "Within our organization, the"
 * is no name.
 */
const COMPANY_NAMED =
  /^(?:With [^,]{1,80}, )?[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}(?:,| is| are| was| has| has been) (?:a|an|the|one of)\b/;
/**
 * The employer (or its product) named as the subject of what it does with its own: "MongoDB aligns its practices to
 * multiple compliance frameworks", "NVIDIA uses AI tools in its recruiting processes". Case-sensitive: a name, not a
 * sentence's opening word.
 */
const COMPANY_ITS =
  /^(?!(?:The|This|That|These|Each|Every|Our|Your|A|An|Any|All|Its|Their|In|As|With|For|To|If|When|While|You|We|It)\b)[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2} [a-z]+s (?:[\w-]+ ){0,4}its\b/;
/**
 * COMPANY_ITS cannot match without " its" as written (it is case-sensitive, and a space stands before "its" however
 * the words before it run): a plain search passes over the many sentences without it before the pattern's look-ahead.
 */
const mayNameItsOwn = (sentence: string) => sentence.includes(' its');
const ROLE_NEAR_START =
  /^[^,]{0,60}\b(?:manager|lead|leader|engineer|director|analyst|specialist|coordinator|owner|architect|consultant|officer|head|team|role|position|candidate|TPM|PM|you)\b/i;
const COMPANY_NOUN =
  /\b(?:company|companies|firm|provider|leader|platform|startup|business|organi[sz]ation|group|manufacturer|agency|employer|enterprise|corporation|marketplace|brand)\b/i;
const ABOUT_THE_ROLE =
  /\b(?:you|your|you'll|you're|candidates?|applicants?|looking for|seek\w*|hire|hiring|this (?:role|position|job)|the (?:role|position|successful)|responsib\w+|(?:required|minimum|basic|preferred) qualifications|will (?:be|have|lead|manage|work|own|drive))\b/i;

/** The large patterns above run only where the scan found what they cannot match without. */
const MAY_STATE_NOTICE = vocabularies.gate(NOTICE);
const MAY_NAME_PERK = vocabularies.gate(PERK);
const MAY_STATE_OFFER = vocabularies.gate(OFFERED);
const MAY_NAME_HIRING = vocabularies.gate(HIRING_PROCESS);
/**
 * Every sentence that shows a checklist item is asked about, and few are the employer's: these two pass over the line of
 * business (" is our " or the like with a line's name) and the third person (a company noun) where their words are missing.
 */
const MAY_NAME_LINE_OF_BUSINESS = vocabularies.gate(COMPANY_LINE_OF_BUSINESS);
const MAY_NAME_COMPANY = vocabularies.gate(COMPANY_NOUN);

/**
 * A sentence that is never evidence, wherever it stands: a legal or equal-opportunity notice, a
 * perk on offer, how hiring goes, or the employer describing itself. Decided sentence by sentence, so that adding a
 * line to a text can never take evidence away from another line.
 */
export const isNotice = rememberedBy((sentence: string): boolean => {
  if (
    (MAY_STATE_NOTICE(sentence) && NOTICE.test(sentence)) ||
    (MAY_NAME_PERK(sentence) && PERK.test(sentence)) ||
    (MAY_STATE_OFFER(sentence) && OFFERED.test(sentence)) ||
    (MAY_NAME_HIRING(sentence) && HIRING_PROCESS.test(sentence))
  )
    return true;
  const companyVoice =
    COMPANY_VOICE.test(sentence) ||
    (MAY_NAME_LINE_OF_BUSINESS(sentence) && COMPANY_LINE_OF_BUSINESS.test(sentence)) ||
    (MAY_NAME_COMPANY(sentence) &&
      (COMPANY_THIRD_PERSON.test(sentence) || (COMPANY_NAMED.test(sentence) && !ROLE_NEAR_START.test(sentence))) &&
      COMPANY_NOUN.test(sentence)) ||
    (mayNameItsOwn(sentence) && COMPANY_ITS.test(sentence) && !ROLE_NEAR_START.test(sentence));
  return companyVoice && !ABOUT_THE_ROLE.test(sentence);
});

/**
 * For each sentence, whether it stands under a benefits, "About <company>" or equal-opportunity
 * heading (until a heading about the job). Such sentences are shown as evidence only when nothing
 * else is: a heading can be misplaced, and adding a line must never make an item disappear.
 */
export const inBoilerplateSection = perArray((sentences: readonly string[]): readonly boolean[] => {
  let inSection = false;
  return sentences.map((sentence) => {
    // Only a line that names a part can open or close one; most lines are cheaply passed over.
    if (isHeading(sentence)) {
      // Bullets are short too: only a heading that names a part moves in or out of a section. A heading about the job
      // wins over one that also names boilerplate; each test is asked only where it can move in or out.
      if (inSection) inSection = !JOB_HEADING.test(sentence);
      else inSection = BOILERPLATE_HEADING.test(sentence) && !JOB_HEADING.test(sentence);
    }
    return inSection;
  });
});
