// The content script declared on Greenhouse's pages: its adapter and the readers every page gets (boot.ts).
import {greenhouse} from '../../sites/greenhouse';
import {boot} from '../boot';

boot(greenhouse);
