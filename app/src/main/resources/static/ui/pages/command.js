import {h, clear, fill} from '../dom.js';
import {t} from '../i18n.js';
import {get} from '../api.js';
import {FORMS, renderForm} from '../forms.js';

export function newFamilyPage(main) {
  document.title = t('form.open.title') + ' — OnePlan';
  renderForm(main, 'open', null, (result) => {
    window.location.hash = `#/families/${result.trajectoryId}`;
  });
}

/** One command on one family, as a page of its own: keyboard and screen reader friendly, and bookmarkable. */
export async function commandPage(main, trajectoryId, key) {
  if (!FORMS[key]) {
    fill(main, h('h1', {}, t('app.notFound')));
    return;
  }
  const plan = await get(`/api/trajectories/${trajectoryId}/plan`);
  if (FORMS[key].load) await FORMS[key].load(plan);
  document.title = `${t(`form.${key}.title`)} — ${plan.familyName} — OnePlan`;
  const container = h('div');
  fill(main, h('p', {class: 'crumbs'}, h('a', {href: `#/families/${trajectoryId}`},
    t('family.title', {name: plan.familyName}))), container);
  renderForm(container, key, plan, () => {
    window.location.hash = `#/families/${trajectoryId}`;
  });
}
