// A site's own employment-type field where it is a bare word in a row of them (LinkedIn's top-card pills and
// guest criteria, ZipRecruiter's pane lines beside "Posted 8 days ago"): only a type's exact words are one.

/** The whole text when it is a type's words (first capture group), for FieldSource `match`. The other types
 * the sites offer, Volunteer and Other, are no TPM job's. */
export const TYPE_WORDS = /^((?:Full|Part)-time|Contract|Temporary|Internship)$/;
