import type {ComponentChildren} from 'preact';
import {useEffect, useErrorBoundary, useState} from 'preact/hooks';
import {DraftTab, type DraftTabProps} from './DraftTab';
import {ProfileTab, type ProfileStorePort} from './ProfileTab';
import {errorMessage} from '../core/error-message';

type TabId = 'profile' | 'draft';
const TABS: ReadonlyArray<[TabId, string]> = [
  ['profile', 'Your profile'],
  ['draft', 'Listing draft checker'],
];

export interface OptionsAppProps {
  store: ProfileStorePort;
  download: (fileName: string, text: string) => void;
  copyText: DraftTabProps['copyText'];
}

/**
 * A tab that fails shows why and nothing else: no half-drawn form stays on screen whose Save could
 * write empty fields over the stored profile.
 */
function Guarded({children}: {children: ComponentChildren}) {
  const [error] = useErrorBoundary();
  if (error) {
    return (
      <p class="status error" role="alert" data-testid="tab-error">
        This tab failed ({errorMessage(error)}). Nothing was saved; your stored profile is unchanged. Reload the page to
        try again.
      </p>
    );
  }
  return <>{children}</>;
}

/** The tab named in the address (#draft), so the panel and tests can link straight to it. */
const tabFromHash = (): TabId => (location.hash === '#draft' ? 'draft' : 'profile');

export function OptionsApp({store, download, copyText}: OptionsAppProps) {
  const [tab, setTab] = useState<TabId>(tabFromHash);
  useEffect(() => {
    const follow = () => setTab(tabFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const choose = (next: TabId) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };
  return (
    <main class="options">
      <h1>TPM Lens</h1>
      <div role="tablist" aria-label="Settings">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            onClick={() => choose(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Guarded key={tab}>
          {tab === 'profile' ? <ProfileTab store={store} download={download} /> : <DraftTab copyText={copyText} />}
        </Guarded>
      </div>
    </main>
  );
}
