import {h, clear, fill} from '../dom.js';
import {t, formatDate, formatDateTime, language, agreementText} from '../i18n.js';
import {get, postOnce, ApiError} from '../api.js';
import {errorText} from '../forms.js';
import {download} from '../download.js';

/**
 * The plan to hand out, in the gezinsplan's five parts: the whole plan for the family, or the copy
 * for one recipient in which every part the family did not consent to share says so. Printing
 * (or saving as PDF from the print dialog) leaves out everything but the plan.
 */
export async function printPage(main, trajectoryId, recipientId, purposeCode) {
  const plan = await get(`/api/trajectories/${trajectoryId}/plan`);
  // A copy is for one purpose (doelbinding): care coordination unless the coordinator picks another.
  const purpose = purposeCode || 'CARE_COORDINATION';
  // A reader who does not coordinate already has their own copy as the plan; only a coordinator picks recipients.
  const ownCopy = Boolean(plan.copyFor);
  const copy = recipientId && !ownCopy
    ? await get(`/api/trajectories/${trajectoryId}/plan?recipient=${recipientId}&purpose=${purpose}`) : plan;
  const purposes = recipientId && !ownCopy ? await get('/api/purposes') : [];
  const choosePurpose = h('select', {id: 'copy-purpose'}, purposes.filter((p) => p.code !== 'OTHER')
    .map((p) => h('option', {value: p.code, selected: p.code === purpose}, language() === 'en' ? p.labelEn : p.labelNl)));
  choosePurpose.addEventListener('change', () => {
    window.location.hash = `#/families/${trajectoryId}/print/${recipientId}/${choosePurpose.value}`;
  });
  // The recipient: the one chosen by the coordinator, or the reader themselves for their own copy.
  const recipientOf = ownCopy ? plan.copyFor : recipientId;
  const recipient = recipientOf ? plan.involved.find((p) => p.participantId === recipientOf) : null;
  document.title = `${t('print.title', {name: plan.familyName})} — OnePlan`;
  const status = h('div', {role: 'status', class: 'notice', hidden: true});
  const choose = h('select', {id: 'copy-recipient'}, h('option', {value: ''}, t('print.wholePlan')),
    plan.involved.filter((p) => !p.withdrawnOn && p.kind === 'PROFESSIONAL').map((p) => h('option', {
      value: p.participantId, selected: p.participantId === recipientId}, `${p.name} (${p.organisation})`)));
  choose.addEventListener('change', () => {
    window.location.hash = choose.value ? `#/families/${trajectoryId}/print/${choose.value}` : `#/families/${trajectoryId}/print`;
  });
  // One key per copy on this page: clicking twice (or a retry after a lost answer) issues it once.
  const copyKey = crypto.randomUUID();
  const issue = recipient && !ownCopy ? h('button', {type: 'button', class: 'primary', id: 'issue-copy', onclick: async (event) => {
    status.hidden = true;
    // One request at a time: the answer shown is the answer to the click.
    event.currentTarget.disabled = true;
    const button = event.currentTarget;
    try {
      const issued = await postOnce(`/api/trajectories/${trajectoryId}/copies`, {recipientId, purpose: {code: purpose}},
        copyKey);
      status.textContent = t(issued.repeated ? 'print.issuedBefore' : 'print.issued', {name: recipient.name,
        parts: issued.parts ? issued.parts.length : ''});
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status.textContent = errorText('issueCopy', error, plan);
    } finally {
      button.disabled = false;
    }
    status.hidden = false;
  }}, t('print.issue')) : null;

  fill(main, 
    h('div', {class: 'no-print section-actions'},
      ownCopy ? h('a', {href: '#/', class: 'button small'}, t('print.backHome'))
        : h('a', {href: `#/families/${trajectoryId}`, class: 'button small'}, t('print.back')),
      ownCopy ? null : h('label', {for: 'copy-recipient'}, t('print.for')), ownCopy ? null : choose,
      purposes.length ? h('label', {for: 'copy-purpose'}, t('print.purposeOfCopy')) : null,
      purposes.length ? choosePurpose : null,
      h('button', {type: 'button', class: 'button small', onclick: () => window.print()}, t('print.print')),
      h('button', {type: 'button', class: 'button small', id: 'download-pdf', onclick: () => download(
        `/api/trajectories/${trajectoryId}/plan?${recipientId && !ownCopy ? `recipient=${recipientId}&purpose=${purpose}&` : ''}format=pdf`,
        null, 'application/pdf, application/problem+json')},
      t('print.pdf')),
      issue),
    status,
    h('article', {class: 'plan-document'},
      h('h1', {}, t('print.title', {name: plan.familyName})),
      h('p', {class: 'sub'}, recipient ? t('print.copyFor', {name: recipient.name, organisation: recipient.organisation || '',
        date: formatDate(copy.asOf)}) : t('print.whole', {date: formatDate(new Date().toISOString())})),
      part('1', t('family.section.family'), tableOf(copy.family.members, 'members', [
        ['name', (m) => m.name], ['dateOfBirth', (m) => formatDate(m.dateOfBirth)],
        ['role', (m) => t(`enum.MemberRole.${m.role}`)], ['custody', (m) => (m.custody ? t('yes') : t('no'))]]),
      withheldField(copy.family.address) || [copy.family.address, copy.family.placeOfResidence, copy.family.phone,
        copy.family.email].filter(Boolean).join(' · '),
      copy.family.importantInformation && !copy.family.importantInformation.withheld ? h('p', {},
        h('strong', {}, t('field.importantInformation')), ' ', copy.family.importantInformation) : null),
      part('2', t('family.section.involved'), tableOf(copy.involved, 'involved', [
        ['name', (p) => p.name + (p.coordinator ? ` (${t('family.coordinator')})` : '')],
        ['organisation', (p) => p.organisation || p.relation || ''], ['function', (p) => p.function || ''],
        ['reachable', (p) => [p.email, p.phone, (p.reachableDays || []).map(dayName)
          .join(', ')].filter(Boolean).join(' · ')]])),
      part('3', t('family.section.goals'), tableOf(copy.goals, 'goals', [
        ['number', (g) => String(g.number)],
        ['description', (g) => g.description + (g.members?.length ? ` (${g.members.join(', ')})` : '')],
        ['lifeDomain', (g) => t(`enum.LifeDomain.${g.lifeDomain}`)],
        ['period', (g) => `${formatDate(g.startDate)} – ${formatDate(g.plannedEndDate)}`],
        ['state', (g) => (g.achievedOn ? t('family.achievedOn', {date: formatDate(g.achievedOn)}) : '')]])),
      part('4', t('family.section.agreements'), tableOf(copy.agreements, 'agreements', [
        ['number', (a) => String(a.number)], ['goal', (a) => (a.goalNumber ? String(a.goalNumber) : '–')],
        ['who', (a) => a.who.name || (a.who.kind === 'COORDINATOR_WITH_FAMILY' ? t('family.coordinatorWithFamily') : '')],
        ['what', (a) => agreementText(a) + (a.carriedByYou ? ` (${t('print.yours')})` : '')],
        ['period', (a) => [a.startDate ? formatDate(a.startDate) : '', a.plannedEndDate ? formatDate(a.plannedEndDate)
          : ''].filter(Boolean).join(' – ')],
        ['state', (a) => (a.completedOn ? t('family.doneOn', {date: formatDate(a.completedOn)})
          : a.overdue ? t('family.overdue') : '')]])),
      copy.roundTablesInvitedTo ? part('', t('print.invitedTo'), listOf(copy.roundTablesInvitedTo,
        (r) => `${formatDateTime(r.startsAt)}, ${r.place}: ${r.parts.map((p) => p.topic).join(', ')}`)) : null,
      part('5', t('print.evaluation'), copy.finalEvaluation?.withheld ? withheld(copy.finalEvaluation)
        : copy.finalEvaluation ? h('p', {}, t('family.evaluatedOn', {date: formatDate(copy.finalEvaluation.heldOn)}))
          : h('p', {}, t('family.noEvaluation')))));
}

function part(number, title, ...content) {
  return h('section', {class: 'plan-part'}, h('h2', {}, title), content);
}

const WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** A day of the week in the reader's language (1 January 2024 was a Monday). */
function dayName(day) {
  return new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day))).toLocaleDateString(language(),
    {weekday: 'long', timeZone: 'UTC'});
}

/** A part of the plan as the format's table; a withheld row, or a withheld part, says so across the table. */
function tableOf(items, name, columns) {
  if (items?.withheld) return withheld(items);
  if (!items || items.length === 0) return h('p', {class: 'empty'}, t('family.none'));
  return h('table', {'data-table': name},
    h('thead', {}, h('tr', {}, columns.map(([column]) => h('th', {scope: 'col'}, t(`print.column.${column}`))))),
    h('tbody', {}, items.map((item) => item.withheld
      ? h('tr', {class: 'withheld'}, h('td', {colspan: String(columns.length)}, withheldText(item)))
      : h('tr', {}, columns.map(([, value]) => h('td', {}, value(item)))))));
}

function listOf(items, describe) {
  if (items?.withheld) return withheld(items);
  if (!items || items.length === 0) return h('p', {class: 'empty'}, t('family.none'));
  return h('ul', {}, items.map((item) => h('li', {class: item.withheld ? 'withheld' : null},
    item.withheld ? withheldText(item) : describe(item))));
}

function withheldField(value) {
  return value?.withheld ? withheld(value) : null;
}

function withheld(marker) {
  return h('p', {class: 'withheld'}, withheldText(marker));
}

function withheldText(marker) {
  // A member the copy's parts are about is named; their details stay withheld.
  if (marker.name) return t('print.memberWithheld', {name: marker.name});
  const domain = marker.category.lifeDomain ? ` (${t(`enum.LifeDomain.${marker.category.lifeDomain}`)})` : '';
  return (marker.number ? `${marker.number}. ` : '') + t('print.withheld', {category:
    t(`enum.InformationCategory.${marker.category.type}`) + domain});
}
