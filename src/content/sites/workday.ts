// The content script declared on Workday's pages: its adapter and the readers every page gets (boot.ts).
import {workday} from '../../sites/workday';
import {boot} from '../boot';

boot(workday);
