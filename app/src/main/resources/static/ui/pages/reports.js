import {h, clear, fill} from '../dom.js';
import {t, has, formatDateTime, monthName} from '../i18n.js';
import {get, post, del, ApiError} from '../api.js';
import {downloadCsv} from '../download.js';
import {ENUMS} from '../forms.js';

export const REPORTS = ['registrations', 'closures', 'information-sharing', 'goals', 'agreements',
  'coordinator-changes', 'escalations', 'escalation-reasons', 'safety-decisions', 'round-tables', 'network',
  'direction-levels', 'caseloads'];

/** Reports for analysts: a table, a bar chart of its first count column, and the CSV. */
export async function reportsPage(main, name = REPORTS[0]) {
  document.title = t('reports.title') + ' — OnePlan';
  const today = new Date();
  const select = h('select', {id: 'report-name'}, REPORTS.map((report) => h('option', {value: report,
    selected: report === name}, t(`report.${report}`))));
  // Whole calendar periods only: two ranges a few days apart would give suppressed counts away.
  const periodType = h('select', {id: 'report-period-type', 'aria-describedby': 'report-period-help',
    onchange: () => showPeriodFields()}, ['MONTH', 'QUARTER', 'YEAR'].map((type) => h('option', {value: type,
    selected: type === 'YEAR'}, t(`reports.periodType.${type}`))));
  const year = h('input', {id: 'report-year', type: 'number', min: '1000', max: '9999', step: '1', required: true,
    inputmode: 'numeric', value: String(today.getFullYear())});
  const month = h('select', {id: 'report-month'}, Array.from({length: 12}, (_, index) => h('option', {
    value: String(index + 1).padStart(2, '0'), selected: index === today.getMonth()}, monthName(index + 1))));
  const quarter = h('select', {id: 'report-quarter'}, [1, 2, 3, 4].map((number) => h('option', {value: String(number),
    selected: number === Math.floor(today.getMonth() / 3) + 1}, t('reports.quarterOption', {quarter: number,
    first: monthName(number * 3 - 2), last: monthName(number * 3)}))));
  const monthField = h('div', {class: 'field'}, h('label', {for: 'report-month'}, t('reports.month')), month);
  const quarterField = h('div', {class: 'field'}, h('label', {for: 'report-quarter'}, t('reports.quarter')), quarter);
  const showPeriodFields = () => {
    monthField.hidden = periodType.value !== 'MONTH';
    quarterField.hidden = periodType.value !== 'QUARTER';
  };
  showPeriodFields();
  const municipality = h('input', {id: 'report-municipality'});
  const organisation = h('input', {id: 'report-organisation'});
  const result = h('div', {id: 'report-result', 'aria-live': 'polite'});
  const period = () => {
    if (periodType.value === 'MONTH') return `${year.value}-${month.value}`;
    if (periodType.value === 'QUARTER') return `${year.value}-Q${quarter.value}`;
    return year.value;
  };
  const params = () => {
    const query = new URLSearchParams({period: period()});
    if (municipality.value.trim()) query.set('municipality', municipality.value.trim());
    if (organisation.value.trim()) query.set('organisation', organisation.value.trim());
    return query;
  };
  const show = async (event) => {
    event?.preventDefault();
    try {
      const report = await get(`/api/reports/${select.value}?${params()}`);
      fill(result, renderReport(report));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      fill(result, h('div', {class: 'form-error', role: 'alert'},
        has(`error.${error.code}`) ? t(`error.${error.code}`) : (error.problem.detail || error.code)));
    }
  };
  fill(main, h('h1', {}, t('reports.title')),
    h('form', {class: 'filters', onsubmit: show},
      h('div', {class: 'field'}, h('label', {for: 'report-name'}, t('reports.report')), select),
      h('div', {class: 'field'}, h('label', {for: 'report-period-type'}, t('reports.periodType')), periodType),
      monthField, quarterField,
      h('div', {class: 'field'}, h('label', {for: 'report-year'}, t('reports.year')), year),
      h('div', {class: 'field'}, h('label', {for: 'report-municipality'}, t('reports.municipality')), municipality),
      h('div', {class: 'field'}, h('label', {for: 'report-organisation'}, t('reports.organisation')), organisation),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, t('reports.show')),
        h('button', {type: 'button', class: 'button', onclick: () => downloadCsv(
          `/api/reports/${select.value}?format=csv&${params()}`, `${select.value}-${period()}.csv`)},
        t('reports.csv')))),
    h('p', {class: 'help', id: 'report-period-help'}, t('reports.periodHelp')),
    result);
  await show();
}

/** The period a report covers, in words: "februari 2026", "1e kwartaal 2026", "2026". */
function periodLabel(report) {
  const [year, part] = report.period.split(/-Q?/);
  if (report.periodType === 'MONTH') return t('reports.period.MONTH', {month: monthName(Number(part)), year});
  if (report.periodType === 'QUARTER') return t('reports.period.QUARTER', {quarter: part, year});
  return t('reports.period.YEAR', {year});
}

function columnLabel(column) {
  return has(`report.column.${column}`) ? t(`report.column.${column}`) : column;
}

/** A row's name in words: an enumeration value's label, or a measure's, else as the report names it. */
function rowLabel(value) {
  for (const type of Object.keys(ENUMS)) {
    if (has(`enum.${type}.${value}`)) return t(`enum.${type}.${value}`);
  }
  return has(`report.measure.${value}`) ? t(`report.measure.${value}`) : value;
}

function cellText(cell) {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'object') return String(cell);
  return cell.display ?? (cell.count === null || cell.count === undefined ? '' : String(cell.count));
}

function renderReport(report) {
  const columns = report.columns;
  const scope = [report.municipality ? t('reports.scope.municipality', {municipality: report.municipality}) : null,
    report.organisation ? t('reports.scope.organisation', {organisation: report.organisation}) : null]
    .filter(Boolean);
  const withheld = report.rows.some((row) => columns.some((column) => row[column]?.display === 'x'));
  return h('div', {},
    h('h2', {id: 'report-heading'}, t('reports.heading', {report: t(`report.${report.name}`),
      period: periodLabel(report)}), scope.length ? `, ${scope.join(', ')}` : null),
    h('p', {class: 'help'}, t('reports.basedOn', {position: report.basedOnPosition,
      time: report.basedOnEventTime ? formatDateTime(report.basedOnEventTime) : '—', version: report.projectionVersion,
      minimum: report.minimumCell})),
    withheld ? h('p', {class: 'help', id: 'report-withheld'}, t('reports.hidden')) : null,
    chart(report),
    h('table', {'data-table': 'report'},
      h('thead', {}, h('tr', {}, columns.map((column) => h('th', {scope: 'col'}, columnLabel(column))))),
      h('tbody', {}, report.rows.map((row) => h('tr', {}, columns.map((column, index) =>
        h(index === 0 ? 'th' : 'td', index === 0 ? {scope: 'row'} : {class: 'number'},
          index === 0 ? rowLabel(cellText(row[column])) : cellText(row[column]))))))));
}

/** A bar per row for the first column with counts; suppressed cells ("<5") get no bar, only their text. */
function chart(report) {
  const numeric = report.columns.slice(1).find((column) => report.rows.some((row) => typeof row[column]?.count === 'number'));
  if (!numeric || report.rows.length === 0) return null;
  const values = report.rows.map((row) => ({label: rowLabel(cellText(row[report.columns[0]])), count: row[numeric]?.count,
    display: cellText(row[numeric])}));
  const max = Math.max(1, ...values.map((v) => v.count || 0));
  const barHeight = 26;
  const width = 640;
  const labelWidth = 220;
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${values.length * barHeight + 10}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('reports.chart', {column: columnLabel(numeric)}));
  svg.classList.add('chart');
  values.forEach((value, index) => {
    const y = index * barHeight + 5;
    const text = document.createElementNS(svgNs, 'text');
    text.setAttribute('x', '0');
    text.setAttribute('y', String(y + 17));
    text.textContent = value.label.length > 28 ? value.label.substring(0, 27) + '…' : value.label;
    svg.append(text);
    const length = value.count ? Math.round((width - labelWidth - 60) * value.count / max) : 0;
    const bar = document.createElementNS(svgNs, 'rect');
    bar.setAttribute('x', String(labelWidth));
    bar.setAttribute('y', String(y + 3));
    bar.setAttribute('width', String(length));
    bar.setAttribute('height', String(barHeight - 8));
    bar.setAttribute('fill', '#1d4f91');
    svg.append(bar);
    const number = document.createElementNS(svgNs, 'text');
    number.setAttribute('x', String(labelWidth + length + 6));
    number.setAttribute('y', String(y + 17));
    number.textContent = value.display;
    svg.append(number);
  });
  return h('figure', {}, svg, h('figcaption', {}, columnLabel(numeric)));
}

/**
 * Families a projection could not project and parked, so the others go on; after a fix an
 * administrator retries one (from the event that failed) or rebuilds the projection.
 */
function deadLettersTable(statuses, refresh, outcome) {
  const letters = statuses.flatMap((status) => (status.deadLetters || []).map((letter) => ({status, letter})));
  if (letters.length === 0) return h('p', {id: 'dead-letters', class: 'empty'}, t('projections.noDeadLetters'));
  const retry = async (letter, button) => {
    button.disabled = true;
    try {
      const retried = await post(`/api/projections/${letter.projection}/dead-letters/${letter.trajectoryId}/retry`);
      const events = retried.reduce((sum, slot) => sum + slot.events, 0);
      fill(outcome, h('p', {class: 'notice', role: 'status'},
        t('projections.retried', {name: letter.projection, trajectory: letter.trajectoryId, events})));
    } catch (error) {
      fill(outcome, h('p', {class: 'form-error', role: 'alert'}, error instanceof ApiError
        && error.code === 'DEAD_LETTER_RETRY_FAILED' ? t('projections.retryFailed', {name: letter.projection,
          error: error.problem.error}) : error.message));
    }
    await refresh();
  };
  return h('div', {id: 'dead-letters', class: 'notice', role: 'alert'}, h('h2', {}, t('projections.deadLetters')),
    h('p', {class: 'help'}, t('projections.deadLettersHelp')),
    h('table', {'data-table': 'dead-letters'},
      h('thead', {}, h('tr', {}, ['name', 'trajectory', 'event', 'error', 'since', 'skipped', 'action'].map((c) =>
        h('th', {scope: 'col'}, t(`projections.column.${c}`))))),
      h('tbody', {}, letters.map(({status, letter}) => h('tr', {}, h('th', {scope: 'row'}, status.name),
        h('td', {}, letter.trajectoryId), h('td', {}, `${letter.eventType.split('.').pop()} #${letter.sequenceNumber}`),
        h('td', {}, letter.error), h('td', {}, formatDateTime(letter.since)),
        h('td', {class: 'number'}, String(letter.skipped)),
        h('td', {}, h('button', {type: 'button', class: 'button small', 'data-retry': letter.trajectoryId,
          onclick: (event) => retry(letter, event.currentTarget)}, t('projections.retry'))))))));
}

/** Every projection's state, and rebuilding one (or all) with a live progress bar. */
export async function projectionsPage(main) {
  document.title = t('projections.title') + ' — OnePlan';
  const list = h('div', {id: 'projection-list'});
  const progress = h('div', {id: 'rebuild-progress', 'aria-live': 'polite'});
  // A parked family is what an administrator must see first.
  const parked = h('div', {id: 'parked'});
  const outcome = h('div', {id: 'retry-outcome'});
  let shownLetters = null;
  let timer = null;
  const refresh = async () => {
    if (!document.body.contains(list)) {
      clearInterval(timer);
      return;
    }
    const [statuses, rebuilds] = await Promise.all([get('/api/projections'), get('/api/projections/rebuild')]);
    fill(list, h('table', {'data-table': 'projections'},
      h('thead', {}, h('tr', {}, ['name', 'state', 'position', 'lag', 'segments'].map((c) =>
        h('th', {scope: 'col'}, t(`projections.column.${c}`))))),
      h('tbody', {}, statuses.map((status) => h('tr', {}, h('th', {scope: 'row'}, status.name),
        h('td', {}, t(`projections.state.${status.state}`)), h('td', {class: 'number'}, String(status.position)),
        h('td', {class: 'number'}, String(status.lag)), h('td', {class: 'number'}, String(status.segments)))))));
    // Drawn again only when it changes, so a retry button is never replaced under the pointer.
    const letters = JSON.stringify(statuses.map((status) => status.deadLetters || []));
    if (letters !== shownLetters) {
      shownLetters = letters;
      fill(parked, deadLettersTable(statuses, refresh, outcome));
    }
    fill(progress, ...rebuilds.map((rebuild) => h('div', {class: 'rebuild', 'data-projection': rebuild.projection},
      h('h3', {}, rebuild.projection, ' — ', t(`rebuild.state.${rebuild.state}`)),
      h('progress', {max: '100', value: String(rebuild.percent ?? 0), 'aria-label': t('rebuild.progress',
        {name: rebuild.projection})}),
      h('p', {}, t('rebuild.figures', {percent: rebuild.percent ?? 0, rate: Math.round(rebuild.eventsPerSecond || 0),
        left: rebuild.secondsLeft ?? '—', version: rebuild.activeVersion})),
      rebuild.error ? h('p', {class: 'form-error'}, rebuild.error) : null,
      h('div', {class: 'section-actions'},
        rebuild.state === 'RUNNING' || rebuild.state === 'ERROR'
          ? h('button', {type: 'button', class: 'button small', onclick: async () => {
            await del(`/api/projections/${rebuild.projection}/rebuild`);
            refresh();
          }}, t('rebuild.cancel'))
          : h('button', {type: 'button', class: 'button small', 'data-rebuild': rebuild.projection, onclick: async () => {
            await post(`/api/projections/${rebuild.projection}/rebuild`);
            refresh();
          }}, t('rebuild.start'))))));
  };
  fill(main, h('h1', {}, t('projections.title')), h('p', {class: 'help'}, t('projections.help')), outcome, parked,
    h('h2', {}, t('projections.rebuilds')), h('button', {type: 'button', class: 'primary', id: 'rebuild-all', onclick: async () => {
      await post('/api/projections/rebuild');
      refresh();
    }}, t('rebuild.all')), progress, h('h2', {}, t('projections.processors')), list);
  await refresh();
  timer = setInterval(() => refresh().catch(() => clearInterval(timer)), 1000);
}
