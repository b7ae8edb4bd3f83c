// The content script declared on ZipRecruiter's pages: its adapter and the readers every page gets (boot.ts).
import {ziprecruiter} from '../../sites/ziprecruiter';
import {boot} from '../boot';

boot(ziprecruiter);
