// The content script declared on LinkedIn's pages: its adapter and the readers every page gets (boot.ts).
import {linkedin} from '../../sites/linkedin';
import {boot} from '../boot';

boot(linkedin);
