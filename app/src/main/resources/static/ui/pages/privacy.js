import {h, clear, fill} from '../dom.js';
import {t, has, formatDate, formatDateTime, language} from '../i18n.js';
import {get} from '../api.js';
import {downloadCsv} from '../download.js';

/** The privacy officer's start: every family, and the ledger across families with filters. */
export async function privacyHome(main) {
  document.title = t('privacy.title') + ' — OnePlan';
  const [families, purposes] = await Promise.all([get('/api/trajectories'), get('/api/purposes')]);
  const organisation = h('input', {id: 'ledger-organisation'});
  const from = h('input', {id: 'ledger-from', type: 'date'});
  const to = h('input', {id: 'ledger-to', type: 'date'});
  const results = h('div', {id: 'ledger-results'});
  const query = () => {
    const params = new URLSearchParams();
    if (organisation.value.trim()) params.set('organisation', organisation.value.trim());
    if (from.value) params.set('from', new Date(`${from.value}T00:00:00`).toISOString());
    if (to.value) params.set('to', new Date(`${to.value}T00:00:00`).toISOString());
    return params;
  };
  const search = async (event) => {
    event?.preventDefault();
    // Across families each line is a trajectory with one ledger entry.
    const lines = await get(`/api/disclosures?${query()}`);
    fill(results, ledgerTable(lines.map((line) => line.entry), new Map(), labelsOf(purposes)));
  };
  fill(main, h('h1', {}, t('privacy.title')),
    h('h2', {}, t('privacy.families')),
    h('ul', {class: 'families'}, families.map((family) => h('li', {}, h('a', {href: `#/privacy/${family.trajectoryId}`},
      family.familyName), ` — ${family.municipality}`))),
    h('h2', {}, t('privacy.ledger')),
    h('form', {class: 'filters', onsubmit: search},
      h('div', {class: 'field'}, h('label', {for: 'ledger-organisation'}, t('privacy.organisation')), organisation),
      h('div', {class: 'field'}, h('label', {for: 'ledger-from'}, t('privacy.from')), from),
      h('div', {class: 'field'}, h('label', {for: 'ledger-to'}, t('privacy.to')), to),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, t('privacy.search')),
        h('button', {type: 'button', class: 'button', onclick: () => downloadCsv(`/api/disclosures?format=csv&${query()}`,
          'verstrekkingen.csv')}, t('privacy.csv')))),
    results);
  await search();
}

/**
 * One family for the privacy officer: the consent in force at any moment (as then known), the
 * ledger of what was shared or refused, the verification of every disclosure, and who read what.
 */
export async function privacyFamily(main, trajectoryId) {
  const [plan, parties, register, ledger, verification, accessLog, purposes] = await Promise.all([
    get(`/api/trajectories/${trajectoryId}`),
    get(`/api/trajectories/${trajectoryId}/parties`),
    get(`/api/trajectories/${trajectoryId}/consent-register`),
    get(`/api/trajectories/${trajectoryId}/disclosures`),
    get(`/api/trajectories/${trajectoryId}/verification`),
    get(`/api/trajectories/${trajectoryId}/access-log`),
    get('/api/purposes')]);
  const purposeLabels = labelsOf(purposes);
  document.title = `${t('privacy.familyTitle', {name: plan.familyName})} — OnePlan`;
  const names = new Map([...parties.members, ...parties.involved].map((party) => [party.id,
    party.organisation ? `${party.name} (${party.organisation})` : party.name]));
  const asOf = h('input', {id: 'consent-asOf', type: 'datetime-local', step: 1});
  const knownAt = h('input', {id: 'consent-knownAt', type: 'datetime-local', step: 1});
  const state = h('div', {id: 'consent-state', 'aria-live': 'polite'});
  const show = async (event) => {
    event?.preventDefault();
    const params = new URLSearchParams();
    if (asOf.value) params.set('asOf', new Date(asOf.value).toISOString());
    if (knownAt.value) params.set('knownAt', new Date(knownAt.value).toISOString());
    const consent = await get(`/api/trajectories/${trajectoryId}/consents?${params}`);
    fill(state, h('p', {}, t('privacy.stateAt', {asOf: formatDateTime(consent.asOf),
      knownAt: formatDateTime(consent.knownAt)})), consentTable(consent.entries, names));
  };
  fill(main, h('p', {class: 'crumbs'}, h('a', {href: '#/'}, t('privacy.title'))),
    h('h1', {}, t('privacy.familyTitle', {name: plan.familyName})),
    h('section', {id: 'section-consent-register'}, h('h2', {}, t('privacy.register')),
      registerTable(register, purposeLabels), denialsTable(register)),
    h('section', {id: 'section-consent-asof'}, h('h2', {}, t('privacy.consentAsOf')),
      h('form', {class: 'filters', onsubmit: show},
        h('div', {class: 'field'}, h('label', {for: 'consent-asOf'}, t('privacy.asOf')), asOf),
        h('div', {class: 'field'}, h('label', {for: 'consent-knownAt'}, t('privacy.knownAt')), knownAt),
        h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, t('privacy.show')))),
      state),
    h('section', {id: 'section-ledger'}, h('h2', {}, t('privacy.familyLedger')),
      h('button', {type: 'button', class: 'button small', onclick: () => downloadCsv(
        `/api/trajectories/${trajectoryId}/disclosures?format=csv`, 'verstrekkingen.csv')}, t('privacy.csv')),
      ledgerTable(ledger, names, purposeLabels)),
    h('section', {id: 'section-verification'}, h('h2', {}, t('privacy.verification')),
      h('p', {}, t('privacy.verificationSummary', {disclosures: verification.disclosures, covered: verification.covered,
        statutory: verification.statutory, uncovered: verification.uncovered})),
      verification.verifications.length === 0 ? null : h('table', {},
        h('thead', {}, h('tr', {}, ['sharedAt', 'recordedAt', 'recipient', 'verdict'].map((c) => h('th', {scope: 'col'},
          t(`privacy.column.${c}`))))),
        h('tbody', {}, verification.verifications.map((v) => h('tr', {}, h('td', {}, formatDateTime(v.sharedAt)),
          h('td', {}, formatDateTime(v.recordedAt)),
          h('td', {}, recipientText(ledger.find((e) => e.entryId === v.disclosureId)?.recipient, names)),
          h('td', {}, t(`privacy.verdict.${v.verdict}`))))))),
    h('section', {id: 'section-access'}, h('h2', {}, t('privacy.accessLog')),
      h('button', {type: 'button', class: 'button small', onclick: () => downloadCsv(
        `/api/trajectories/${trajectoryId}/access-log?format=csv`, 'inzage.csv')}, t('privacy.csv')),
      accessLog.length === 0 ? h('p', {class: 'empty'}, t('family.none')) : h('table', {},
        h('thead', {}, h('tr', {}, ['readAt', 'who', 'view', 'basis'].map((c) => h('th', {scope: 'col'},
          t(`privacy.column.${c}`))))),
        h('tbody', {}, accessLog.slice(-200).reverse().map((entry) => h('tr', {},
          h('td', {}, formatDateTime(entry.readAt)),
          h('td', {}, `${entry.userName}${entry.userOrganisation ? ' (' + entry.userOrganisation + ')' : ''}`),
          h('td', {}, labelOr(`privacy.view.${entry.view}`, entry.view)),
          h('td', {}, basisText(entry.basis))))))));
  await show();
}

function consentTable(entries, names) {
  if (entries.length === 0) return h('p', {class: 'empty'}, t('privacy.noConsent'));
  return h('table', {'data-table': 'consent-state'},
    h('thead', {}, h('tr', {}, ['member', 'recipient', 'category', 'effect', 'validFrom', 'recordedAt']
      .map((c) => h('th', {scope: 'col'}, t(`privacy.column.${c}`))))),
    h('tbody', {}, entries.map((e) => h('tr', {}, h('td', {}, names.get(e.memberId) || shortId(e.memberId)),
      h('td', {}, recipientText(e.recipient, names)),
      h('td', {}, t(`enum.InformationCategory.${e.category.type}`)
        + (e.category.lifeDomain ? ` (${t(`enum.LifeDomain.${e.category.lifeDomain}`)})` : '')),
      h('td', {class: e.effect === 'PERMIT' ? 'permit' : 'deny'}, t(`privacy.effect.${e.effect}`)),
      h('td', {}, formatDateTime(e.validFrom)), h('td', {}, formatDateTime(e.recordedAt))))));
}

/** What the family consented to: per consent who it is about, who signed, to whom, what, why, when and how. */
function registerTable(register, purposeLabels) {
  if (register.consents.length === 0) return h('p', {class: 'empty'}, t('privacy.noConsents'));
  return h('table', {'data-table': 'consent-register'},
    h('thead', {}, h('tr', {}, ['status', 'member', 'signedBy', 'recipient', 'categories', 'purpose', 'period',
      'form', 'recordedBy'].map((c) => h('th', {scope: 'col'}, t(`privacy.column.${c}`))))),
    h('tbody', {}, register.consents.map((c) => h('tr', {class: c.status === 'ACTIVE' ? 'permit' : null},
      h('td', {}, t(`privacy.status.${c.status}`)),
      h('td', {}, c.about.map((m) => m.name).join(', ')),
      h('td', {}, c.givenBy.map((m) => m.name).join(', ')),
      h('td', {}, partyText(c.recipient)),
      h('td', {}, c.categories.map(categoryText).join(', ')),
      h('td', {}, c.purposes.map((p) => purposeText(p, purposeLabels)).join(', ')),
      h('td', {}, t('privacy.period', {from: formatDateTime(c.validFrom),
        until: c.withdrawnAsOf ? t('privacy.withdrawnAsOf', {date: formatDateTime(c.withdrawnAsOf)})
          : c.validUntil ? formatDateTime(c.validUntil) : t('privacy.untilWithdrawn')})),
      h('td', {}, t(`enum.ConsentForm.${c.form}`) + (c.documentReference ? `, ${c.documentReference}` : '')),
      h('td', {}, `${c.recordedBy || ''}, ${formatDateTime(c.recordedAt)}`)))));
}

function denialsTable(register) {
  if (register.denials.length === 0) return null;
  return h('table', {'data-table': 'denials'},
    h('caption', {}, t('privacy.denials')),
    h('thead', {}, h('tr', {}, ['member', 'decidedBy', 'recipient', 'categories', 'validFrom', 'recordedBy']
      .map((c) => h('th', {scope: 'col'}, t(`privacy.column.${c}`))))),
    h('tbody', {}, register.denials.map((d) => h('tr', {class: 'deny'},
      h('td', {}, d.about.map((m) => m.name).join(', ')),
      h('td', {}, d.decidedBy.map((m) => m.name).join(', ')),
      h('td', {}, partyText(d.recipient)),
      h('td', {}, d.categories.map(categoryText).join(', ')),
      h('td', {}, formatDateTime(d.effectiveFrom)),
      h('td', {}, `${d.recordedBy || ''}, ${formatDateTime(d.recordedAt)}`)))));
}

function partyText(party) {
  if (!party.name) return party.organisation ? `${party.organisation} (${t('consent.wholeOrganisation')})` : '';
  return party.organisation ? `${party.name} (${party.organisation})` : party.name;
}

/** A purpose by its label; one recorded before purposes were bound says so, with its old text. */
function purposeText(purpose, purposeLabels) {
  if (!purpose) return '';
  const label = purpose.code === 'UNSPECIFIED' ? t('privacy.purposeUnspecified')
    : purposeLabels.get(purpose.code) || purpose.code;
  return purpose.text ? `${label}: ${purpose.text}` : label;
}

/**
 * The ledger; within one family (names known) it says about whom, across families it cannot say
 * more than an id would, so it leaves that column out.
 */
function ledgerTable(entries, names = new Map(), purposeLabels = new Map()) {
  if (entries.length === 0) return h('p', {class: 'empty'}, t('privacy.noDisclosures'));
  const withSubjects = names.size > 0;
  return h('table', {'data-table': 'ledger'},
    h('thead', {}, h('tr', {}, ['sharedAt', 'outcome', 'by', 'recipient', withSubjects ? 'subjects' : null,
      'categories', 'purpose', 'channel'].filter(Boolean).map((c) => h('th', {scope: 'col'},
      t(`privacy.column.${c}`))))),
    h('tbody', {}, entries.map((e) => h('tr', {class: e.outcome === 'REFUSED' ? 'refused' : null},
      h('td', {}, formatDateTime(e.sharedAt)),
      h('td', {}, t(`privacy.outcome.${e.outcome}`), e.statutoryGround ? ` (${e.statutoryGround.code})` : ''),
      h('td', {}, e.source ? `${e.source.name}${e.source.organisation ? ' (' + e.source.organisation + ')' : ''}` : ''),
      h('td', {}, recipientText(e.recipient, names)),
      withSubjects ? h('td', {}, (e.subjectMemberIds || []).map((id) => names.get(id) || shortId(id)).join(', '))
        : null,
      h('td', {}, distinct((e.outcome === 'REFUSED' ? (e.uncovered || []).map((u) => u.category) : (e.categories || []))
        .map(categoryText)).join(', ')),
      h('td', {}, purposeText(e.purpose, purposeLabels)),
      h('td', {}, e.channel ? t(`enum.DisclosureChannel.${e.channel}`) : '')))));
}

/** Purpose codes to their labels in the language of the page. */
function labelsOf(purposes) {
  return new Map(purposes.map((p) => [p.code, language() === 'en' ? p.labelEn : p.labelNl]));
}

function distinct(texts) {
  return [...new Set(texts)];
}

function labelOr(key, fallback) {
  return has(key) ? t(key) : fallback;
}

/** The ground of a read: the reader's role in the family, and for a copy the consents it rested on. */
function basisText(basis) {
  if (!basis) return '';
  const [ground, ...rest] = basis.split('; ');
  return [labelOr(`privacy.basis.${ground}`, ground), ...rest].join('; ');
}

function categoryText(category) {
  return t(`enum.InformationCategory.${category.type}`)
    + (category.lifeDomain ? ` (${t(`enum.LifeDomain.${category.lifeDomain}`)})` : '');
}

/**
 * A recipient by name within one family; across families the ledger names an organisation, and a
 * person only by a short reference.
 */
function recipientText(recipient, names = new Map()) {
  if (!recipient) return '';
  return recipient.organisation || names.get(recipient.participantId)
    || t('privacy.participant', {id: shortId(recipient.participantId)});
}

function shortId(id) {
  return id ? String(id).substring(0, 8) : '';
}
