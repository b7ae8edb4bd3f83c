// Placeholder owned by the profile work (options page: profile and the recruiter's draft checker).
import {render} from 'preact';

function Options() {
  return <main><h1>TPM Lens</h1><p>Profile settings arrive here.</p></main>;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
