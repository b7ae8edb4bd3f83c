// The content script declared on Ashby's pages: its adapter and the readers every page gets (boot.ts).
import {ashby} from '../../sites/ashby';
import {boot} from '../boot';

boot(ashby);
