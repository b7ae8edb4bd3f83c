// Placeholder owned by the salary-data work: a look-up over the article's figures until the county
// dataset lands. Keep the export name and props stable: the popup mounts <SalaryLookup />.
import {useState} from 'preact/hooks';
import {articleDataset} from '../core/benchmarks';

export function SalaryLookup() {
  const [place, setPlace] = useState('');
  const benchmark = articleDataset.benchmarkFor(place);
  const figure = benchmark.figures[0];
  return (
    <section aria-label="Salary look-up">
      <label>
        City <input value={place} onInput={(event) => setPlace(event.currentTarget.value)} placeholder="San Francisco, CA" />
      </label>
      <p data-testid="lookup-result">
        {benchmark.place}
        {benchmark.fallbackReason ? ` (${benchmark.fallbackReason})` : ''}:{' '}
        {figure ? `$${figure.low.toLocaleString('en-US')}${figure.high !== figure.low ? `-$${figure.high.toLocaleString('en-US')}` : ''}` : 'no data'}
        {figure ? ` (${figure.source}, ${figure.date})` : ''}
      </p>
    </section>
  );
}
