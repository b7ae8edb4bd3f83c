// The options page: the user's profile and the recruiter's listing draft checker.
import {render} from 'preact';
import {loadProfile, readProfileBackups, saveProfile} from '../storage';
import {OptionsApp} from './OptionsApp';
import '../pages/theme.css';
import './options.css';

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const root = document.getElementById('app');
if (root) {
  render(
    <OptionsApp
      store={{loadProfile, saveProfile, readBackups: readProfileBackups}}
      download={download}
      copyText={(text) => navigator.clipboard.writeText(text)}
    />,
    root,
  );
}
