// Public entry points of the salary work. The Node loader lives in ./load-node (it reads files).
export {SalaryData} from './dataset';
export {countySalaryDataset, lookupSalary, nationalFigure, type SalaryLookup} from './lookup';
export {loadSalaryData, loadSalaryDataset} from './load';
export {payRangeLikelyRequired, PAY_TRANSPARENCY_LAWS, type PayRangeRequirement} from './pay-transparency';
export {resolveLocation} from './resolve';
export {suggestPlaces} from './suggest';
