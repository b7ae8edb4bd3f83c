// The content script declared on Lever's pages: its adapter and the readers every page gets (boot.ts).
import {lever} from '../../sites/lever';
import {boot} from '../boot';

boot(lever);
