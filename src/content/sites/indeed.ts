// The content script declared on Indeed's pages: its adapter and the readers every page gets (boot.ts).
import {indeed} from '../../sites/indeed';
import {boot} from '../boot';

boot(indeed);
