// The content script declared on SmartRecruiters's pages: its adapter and the readers every page gets (boot.ts).
import {smartrecruiters} from '../../sites/smartrecruiters';
import {boot} from '../boot';

boot(smartrecruiters);
