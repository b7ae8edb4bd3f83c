/**
 * The occupations a reader can measure a posting's pay against, in the order the choice lists them: SOC
 * code, the O*NET-SOC occupation read for it, and O*NET's title (O*NET OnLine, US DOL/ETA, CC BY 4.0).
 * On their own, so that the panel's and the popup's choice lists carry these lines alone; occupations.ts
 * builds each occupation's full profile on them.
 */
export const OCCUPATION_TITLES = [
  {soc: '15-1299', onet: '15-1299.09', title: 'Information Technology Project Managers'},
  {soc: '11-3021', onet: '11-3021.00', title: 'Computer and Information Systems Managers'},
  {soc: '13-1082', onet: '13-1082.00', title: 'Project Management Specialists'},
  {soc: '11-9199', onet: '11-9199.00', title: 'Managers, All Other'},
] as const;
