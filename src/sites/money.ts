// Does a short text state pay? Used to pick the pay pill out of a row of pills (Remote, Full-time, $120K/yr).

const CURRENCY = String.raw`(?:[$€£₹¥]|\b(?:USD|CAD|AUD|EUR|GBP|INR)\b ?)`;

/** A currency sign or code followed by a figure: "$120K/yr", "A$160,000", "USD 90,000". */
export const MONEY = new RegExp(`${CURRENCY}\\s?\\d`);

/** The whole text when it states pay (first capture group), for FieldSource `match`. */
export const WITH_MONEY = new RegExp(`^([\\s\\S]*${CURRENCY}\\s?\\d[\\s\\S]*)$`);
