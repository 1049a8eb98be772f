import {h, clear, fill} from '../dom.js';
import {t, formatDate} from '../i18n.js';
import {get} from '../api.js';

/**
 * The families someone coordinates or is involved in, those that need attention first; of a family
 * they do not coordinate they see only their own agreements. Below them every family they may open.
 */
export async function caseloadPage(main) {
  document.title = t('caseload.title') + ' — OnePlan';
  const [caseload, all] = await Promise.all([get('/api/caseload'), get('/api/trajectories')]);
  const coordinated = new Set(caseload.map((entry) => entry.trajectoryId));
  const others = all.filter((family) => !coordinated.has(family.trajectoryId));
  fill(main, h('h1', {}, t('caseload.title')),
    caseload.length === 0 ? h('p', {}, t('caseload.empty')) : h('table', {class: 'caseload'},
      h('caption', {}, t('caseload.caption')),
      h('thead', {}, h('tr', {}, ['family', 'attention', 'roundTable', 'goals', 'status']
        .map((column) => h('th', {scope: 'col'}, t(`caseload.column.${column}`))))),
      h('tbody', {}, caseload.map((entry) => h('tr', {},
        h('th', {scope: 'row'}, h('a', {href: `#/families/${entry.trajectoryId}`}, entry.familyName),
          h('span', {class: 'sub'}, entry.municipality)),
        h('td', {}, entry.attention.length === 0 ? t('caseload.nothing') : h('ul', {class: 'chips'},
          entry.attention.map((reason) => h('li', {class: `chip ${reason.toLowerCase()}`}, t(`attention.${reason}`))))),
        h('td', {}, entry.roundTableDueOn ? t(entry.roundTableOverdue ? 'caseload.overdueSince' : 'caseload.dueOn',
          {date: formatDate(entry.roundTableDueOn)}) : ''),
        h('td', {}, entry.coordinating ? t('caseload.goals', {open: entry.goalsOpen, achieved: entry.goalsAchieved})
          : t('caseload.involved')),
        h('td', {}, t(`status.${entry.status}`)))))),
    // The DOM's own append would print null and arrays as text: only nodes go in.
    ...(others.length === 0 ? [] : [h('h2', {}, t('caseload.others')), h('ul', {class: 'families'},
      others.map((family) => h('li', {}, h('a', {href: `#/families/${family.trajectoryId}`}, family.familyName),
        ` — ${family.municipality}, ${t(`status.${family.status}`)}`)))]));
}
