// The content script declared on Glassdoor's pages: its adapter and the readers every page gets (boot.ts).
import {glassdoor} from '../../sites/glassdoor';
import {boot} from '../boot';

boot(glassdoor);
