import {render} from 'preact';
import browser from 'webextension-polyfill';
import {useEffect, useState} from 'preact/hooks';
import {createOccupationStore} from '../storage/occupation-pref';
import PANEL_CSS from '../panel/panel.css?inline';
import type {AnalysisSummary} from '../messages/summary';
import {analyzeActiveTab} from './analyze-tab';
import {DimToggle} from './DimToggle';
import {SalaryLookup} from './SalaryLookup';
import {activeTabSummary, openOptions, openPostingsPage, showPanelAgain} from './tab-summary';
import {TabSummary} from './TabSummary';
import {errorMessage} from '../core/error-message';

// The popup shares the panel's look; :host rules are inert outside a shadow root.
const POPUP_CSS = `${PANEL_CSS}
body { margin: 0; width: 360px; }
.popup { padding: 10px 12px; background: var(--bg); min-height: 100%; }
section { margin: 6px 0 14px; }
select { max-width: 100%; }
input, select { font: inherit; color: inherit; background: var(--chip); border: 1px solid var(--line); border-radius: 6px; padding: 2px 6px; }
`;

const occupationStore = createOccupationStore(browser.storage.local);

function Popup() {
  const [summary, setSummary] = useState<AnalysisSummary | null | undefined>(undefined);
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [analyzing, setAnalyzing] = useState(false);
  const analyze = () => {
    setAnalyzing(true);
    setNotice(null);
    analyzeActiveTab()
      .then((result) => {
        if (result.kind === 'summary') setSummary(result.summary);
        else setNotice(result.kind === 'no-posting' ? 'No job posting found on this page.' : result.reason);
      })
      .catch((error: unknown) => setNotice(`Could not analyse this page: ${errorMessage(error)}`))
      .finally(() => setAnalyzing(false));
  };
  useEffect(() => {
    activeTabSummary()
      .then(setSummary)
      .catch(() => setSummary(null));
    occupationStore
      .load()
      .then(setChosen)
      .catch(() => setChosen(null));
    // A tab re-analysed meanwhile (a new occupation choice): show its fresh summary.
    const refresh = (_changes: unknown, area: string) => {
      if (area === 'session') void activeTabSummary().then((fresh) => fresh && setSummary(fresh));
    };
    browser.storage.onChanged.addListener(refresh);
    return () => browser.storage.onChanged.removeListener(refresh);
  }, []);
  // The tab's content script re-analyses on the storage change and reports a new summary (read back below).
  const choose = (soc: string | null) => {
    setChosen(soc);
    occupationStore
      .save(soc)
      .catch((error: unknown) => setNotice(`Could not remember the occupation: ${errorMessage(error)}`));
  };
  const setUp = () => void openOptions().then(() => window.close());
  const showPanel = (dismissedKey: string) => {
    showPanelAgain(dismissedKey)
      .then(() => setSummary((current) => (current ? {...current, dismissedKey: undefined} : current)))
      .catch((error: unknown) => setNotice(`Could not bring the panel back: ${errorMessage(error)}`));
  };
  return (
    <main class="tpm popup">
      <p class="brand">TPM Lens</p>
      <TabSummary
        summary={summary}
        onSetUpProfile={setUp}
        onAnalyze={analyze}
        analyzing={analyzing}
        notice={notice}
        onShowPanel={showPanel}
        chosenOccupation={chosen}
        onChooseOccupation={choose}
      />
      <DimToggle />
      <SalaryLookup initialSoc={chosen ?? summary?.occupation?.soc} />
      <p>
        <button
          type="button"
          data-testid="open-postings"
          onClick={() => void openPostingsPage().then(() => window.close())}
        >
          Your postings
        </button>{' '}
        <button type="button" onClick={setUp}>
          Profile and settings
        </button>
      </p>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<Popup />, root);
