// The popup's salary look-up: type a US place (autocomplete over every place, keyboard friendly), pick an
// occupation, see wage levels I-IV as a bar with the national figure beside, with source and date.
// The dataset is a separate chunk loaded on mount; nothing here needs a network or any setting.
import {useEffect, useMemo, useState} from 'preact/hooks';
import type {SalaryData} from '../core/salary/dataset';
import {loadSalaryData} from '../core/salary/load';
import {lookupSalary, type SalaryLookup as LookupResult} from '../core/salary/lookup';
import {DEFAULT_SOC} from '../core/salary/occupations';
import {suggestPlaces, type Suggestion} from '../core/salary/suggest';
import {usd} from '../core/usd';
import {errorMessage} from '../core/error-message';

const perHour = (value: number) => `$${value.toFixed(2)}/h`;
const LIST_ID = 'salary-place-options';
const LEVEL_NAMES = ['I', 'II', 'III', 'IV'] as const;
const LEVEL_PERCENTILES = ['~17th', '~34th', '~50th', '~67th'] as const;
/** Bar colours: readable on the popup's light and dark backgrounds. */
const LEVEL_RANGE = 'rgba(56, 132, 214, 0.35)';
const LEVEL_TICK = '#2f7fd1';
const NATIONAL_TICK = '#d9473a';

type Load = {state: 'loading'} | {state: 'ready'; data: SalaryData} | {state: 'failed'; message: string};

export interface SalaryLookupProps {
  /** Where to start; defaults to an empty field. */
  initialPlace?: string;
  /** For tests: a loader other than the bundled chunk. */
  load?: () => Promise<SalaryData>;
  /** The occupation to show first: the reader's remembered choice, or the current tab's. */
  initialSoc?: string | undefined;
}

export function SalaryLookup({initialPlace = '', load = loadSalaryData, initialSoc}: SalaryLookupProps = {}) {
  const loaded = useSalaryData(load);
  const [place, setPlace] = useState(initialPlace);
  const [soc, setSoc] = useState(initialSoc ?? DEFAULT_SOC);
  // The remembered choice arrives after the first render (storage is asynchronous).
  useEffect(() => {
    if (initialSoc) setSoc(initialSoc);
  }, [initialSoc]);

  const data = loaded.state === 'ready' ? loaded.data : null;
  const suggestions = useMemo(() => (data ? suggestPlaces(data, place) : []), [data, place]);
  const result = useMemo(() => (data && place.trim() ? lookupSalary(data, place) : null), [data, place]);
  const combobox = usePlaceCombobox(place, setPlace, suggestions);

  return (
    <section aria-label="Salary look-up" class="salary-lookup">
      <label for="salary-place">US city, ZIP or "Remote"</label>
      <div class="salary-combobox">
        <input
          id="salary-place"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={combobox.showList}
          aria-controls={LIST_ID}
          aria-activedescendant={
            combobox.showList && combobox.active >= 0 ? `${LIST_ID}-${combobox.active}` : undefined
          }
          autocomplete="off"
          value={place}
          placeholder="Mountain View, CA"
          onInput={(event) => combobox.type(event.currentTarget.value)}
          onKeyDown={combobox.onKeyDown}
          onBlur={combobox.close}
        />
        {combobox.showList && (
          <PlaceOptions suggestions={suggestions} active={combobox.active} choose={combobox.choose} />
        )}
      </div>
      {data && <OccupationSelect data={data} soc={soc} setSoc={setSoc} />}
      {loaded.state === 'loading' && <p role="status">Loading wage data...</p>}
      {loaded.state === 'failed' && <p role="alert">Wage data could not be loaded: {loaded.message}</p>}
      {data && <LookupAnswer data={data} result={result} soc={soc} choosing={combobox.showList} />}
    </section>
  );
}

/** The wage dataset, loaded once on mount (a separate chunk); a failure is said, never thrown. */
function useSalaryData(load: () => Promise<SalaryData>): Load {
  const [loaded, setLoaded] = useState<Load>({state: 'loading'});
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setLoaded({state: 'ready', data}),
      (error: unknown) => live && setLoaded({state: 'failed', message: errorMessage(error)}),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return loaded;
}

/** The place field's list: open while typing, arrows move, Enter picks, Escape closes (ARIA combobox). */
function usePlaceCombobox(place: string, setPlace: (place: string) => void, suggestions: readonly Suggestion[]) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const showList = open && suggestions.length > 0 && !(suggestions.length === 1 && suggestions[0]!.label === place);
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (suggestion: Suggestion) => {
    setPlace(suggestion.label);
    close();
  };
  const type = (text: string) => {
    setPlace(text);
    setOpen(true);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && showList && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]!);
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault();
      close();
    }
  };
  return {showList, active, choose, type, onKeyDown, close: () => setOpen(false)};
}

function PlaceOptions({
  suggestions,
  active,
  choose,
}: {
  suggestions: readonly Suggestion[];
  active: number;
  choose: (suggestion: Suggestion) => void;
}) {
  return (
    <ul
      id={LIST_ID}
      role="listbox"
      aria-label="Places"
      style={{
        listStyle: 'none',
        margin: '2px 0',
        padding: 0,
        border: '1px solid var(--line, #ccc)',
        borderRadius: '6px',
      }}
    >
      {suggestions.map((suggestion, index) => (
        <li
          id={`${LIST_ID}-${index}`}
          key={suggestion.label + suggestion.county}
          role="option"
          aria-selected={index === active}
          style={{
            padding: '2px 6px',
            cursor: 'pointer',
            background: index === active ? 'var(--chip, #dde8f3)' : undefined,
            fontWeight: index === active ? 'bold' : undefined,
          }}
          onMouseDown={(event) => {
            // Before the input's blur closes the list.
            event.preventDefault();
            choose(suggestion);
          }}
        >
          {suggestion.label} <small>{suggestion.county}</small>
        </li>
      ))}
    </ul>
  );
}

function OccupationSelect({data, soc, setSoc}: {data: SalaryData; soc: string; setSoc: (soc: string) => void}) {
  return (
    <label>
      Occupation{' '}
      <select value={soc} onChange={(event) => setSoc(event.currentTarget.value)} aria-label="Occupation">
        {data.file.occupations.map((occupation) => (
          <option key={occupation.soc} value={occupation.soc}>
            {occupation.soc === DEFAULT_SOC
              ? `IT project managers / TPM (${occupation.soc})`
              : `${occupation.title} (${occupation.soc})`}
          </option>
        ))}
      </select>
    </label>
  );
}

function LookupAnswer({
  data,
  result,
  soc,
  choosing,
}: {
  data: SalaryData;
  result: LookupResult | null;
  soc: string;
  choosing: boolean;
}) {
  const national = result?.national ?? null;
  if (!result) return <p data-testid="lookup-result">Type a US city, a ZIP code or "Remote".</p>;
  // Half-typed names are not places yet: while the list is open, ask to pick rather than say "unknown".
  if (choosing && result.status === 'no local data')
    return <p data-testid="lookup-result">Pick a place from the list, or keep typing.</p>;
  const occupation = result.occupations.find((entry) => entry.soc === soc) ?? null;
  const heading = result.resolved
    ? `${result.resolved.place}: ${result.resolved.county}, ${result.resolved.state}`
    : result.status === 'remote'
      ? 'Remote: national figures'
      : result.status === 'outside the US'
        ? 'Outside the US: national US figures, for reference only'
        : result.status === 'ambiguous'
          ? 'Which place? National figures until you pick one'
          : 'No local data: national figures';
  return (
    <div data-testid="lookup-result" aria-live="polite">
      <p>
        <strong data-testid="lookup-place">{heading}</strong>
        {result.resolved?.area && <span data-testid="lookup-area"> · wage area {result.resolved.area}</span>}
      </p>
      <p class="note">{result.note}</p>
      {result.candidates.length > 0 && (
        <p data-testid="lookup-candidates">
          {result.resolved ? 'Also: ' : 'Candidates: '}
          {result.candidates.map((candidate) => `${candidate.place} (${candidate.area ?? 'no data'})`).join('; ')}
        </p>
      )}
      {occupation ? (
        <LevelsBar annual={occupation.annual} hourly={occupation.hourly} nationalAverage={national?.average ?? null} />
      ) : (
        <p data-testid="lookup-levels">Wage levels: no data{result.resolved ? ' for this county' : ''}.</p>
      )}
      {occupation && (
        <p class="source">
          {occupation.soc} {occupation.title}
          {occupation.note ? ` (${occupation.note})` : ''}. Levels are roughly the 17th, 34th, 50th and 67th
          percentiles. Source: {data.file.source.name}; wage year {data.file.source.wageYear}.
        </p>
      )}
      {national && (
        <p data-testid="lookup-national">
          National: {usd(national.average)} average, usual range {usd(national.low)}-{usd(national.high)} (
          {national.source}, {national.date}). The federal table has no national row.
        </p>
      )}
      <p class="attribution" style={{fontSize: '11px', opacity: 0.8}}>
        {data.file.attribution.join(' ')}
      </p>
    </div>
  );
}

type LevelSet = {level1: number; level2: number; level3: number; level4: number};

function LevelsBar({
  annual,
  hourly,
  nationalAverage,
}: {
  annual: LevelSet;
  hourly: LevelSet;
  nationalAverage: number | null;
}) {
  const values = [annual.level1, annual.level2, annual.level3, annual.level4];
  const hours = [hourly.level1, hourly.level2, hourly.level3, hourly.level4];
  const low = Math.min(values[0]!, nationalAverage ?? Infinity) * 0.9;
  const high = Math.max(values[3]!, nationalAverage ?? 0) * 1.05;
  const at = (value: number) => `${(((value - low) / (high - low)) * 100).toFixed(1)}%`;
  return (
    <div data-testid="lookup-levels">
      <div
        class="levels-bar"
        role="img"
        aria-label={`Wage levels I to IV: ${values.map(usd).join(', ')}${nationalAverage !== null ? `; national average ${usd(nationalAverage)}` : ''}`}
        style={{position: 'relative', height: '14px', background: 'var(--chip, #eee)', borderRadius: '3px'}}
      >
        <div
          style={{
            position: 'absolute',
            left: at(values[0]!),
            width: `calc(${at(values[3]!)} - ${at(values[0]!)})`,
            top: 0,
            bottom: 0,
            background: LEVEL_RANGE,
          }}
        />
        {values.map((value, index) => (
          <div
            key={index}
            title={`Level ${LEVEL_NAMES[index]}: ${usd(value)}`}
            style={{position: 'absolute', left: at(value), top: 0, bottom: 0, width: '2px', background: LEVEL_TICK}}
          />
        ))}
        {nationalAverage !== null && (
          <div
            title={`National average: ${usd(nationalAverage)} (2021)`}
            style={{
              position: 'absolute',
              left: at(nationalAverage),
              top: '-3px',
              bottom: '-3px',
              width: '2px',
              background: NATIONAL_TICK,
            }}
          />
        )}
      </div>
      <TickLabels values={values} nationalAverage={nationalAverage} at={at} />
      <p style={{fontSize: '11px', margin: nationalAverage !== null ? '12px 0 2px' : '2px 0'}}>
        Blue ticks: levels I-IV here
        {nationalAverage !== null ? `; red tick (US): national average ${usd(nationalAverage)} (2021)` : ''}.
      </p>
      <LevelsTable values={values} hours={hours} />
    </div>
  );
}

/** Each tick named under the bar, so the four levels and the national figure read without hovering. */
function TickLabels({
  values,
  nationalAverage,
  at,
}: {
  values: number[];
  nationalAverage: number | null;
  at: (value: number) => string;
}) {
  return (
    <div aria-hidden="true" style={{position: 'relative', height: '14px', fontSize: '10px', lineHeight: '14px'}}>
      {values.map((value, index) => (
        <span
          key={index}
          style={{
            position: 'absolute',
            left: at(value),
            transform: 'translateX(-50%)',
            color: LEVEL_TICK,
            fontWeight: 600,
          }}
        >
          {LEVEL_NAMES[index]}
        </span>
      ))}
      {nationalAverage !== null && (
        <span
          style={{
            position: 'absolute',
            left: at(nationalAverage),
            top: '12px',
            transform: 'translateX(-50%)',
            color: NATIONAL_TICK,
            fontWeight: 600,
            whiteSpace: 'nowrap',
          }}
        >
          US
        </span>
      )}
    </div>
  );
}

/** The four levels' annual and hourly wages and the percentile each stands for. */
function LevelsTable({values, hours}: {values: number[]; hours: number[]}) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">Annual</th>
          <th scope="col">Hourly</th>
          <th scope="col">Percentile</th>
        </tr>
      </thead>
      <tbody>
        {values.map((value, index) => (
          <tr key={index}>
            <th scope="row">{LEVEL_NAMES[index]}</th>
            <td>{usd(value)}</td>
            <td>{perHour(hours[index]!)}</td>
            <td>{LEVEL_PERCENTILES[index]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
