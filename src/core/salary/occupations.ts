// Which occupation stands for a technical project manager. OFLC classifies IT project managers
// (O*NET 15-1299.09 "Information Technology Project Managers") under SOC 15-1299, so that is the default;
// 13-1082 (project management specialists, any field) and 11-3021 (IT managers who lead people) are
// shown beside it because TPM roles sit between them.
export const DEFAULT_SOC = '15-1299';

/** Plain words for each bundled SOC code; the wage table's own title is kept beside it. */
export const OCCUPATION_NOTES: Record<string, string> = {
  '15-1299': 'includes Information Technology Project Managers (O*NET 15-1299.09); the usual class for TPMs',
  '13-1082': 'project managers in any field',
  '11-3021': 'IT managers who lead teams',
  '11-9199': 'managers not classed elsewhere',
  '15-1252': 'comparator: software developers',
  '11-9021': 'comparator: construction project managers',
};
