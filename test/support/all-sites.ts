// Every test knows every site, as the command line does (a content script knows its own: src/content/boot.ts).
import {SITES} from '../../src/sites/all';
import {useSites} from '../../src/sites/index';

useSites(SITES);
