// An event's review on its page: its status, note and corrections, and a form that files a review action with the
// operator's key (kept in this tab only: sessionStorage, never in a URL or a cookie).
import { postJson } from './api.js';
import { el, replace } from './dom.js';

const FIELDS = [
  ['type', 'Type', 'text'], ['subtype', 'Sub-type', 'text'], ['date', 'Date (YYYY-MM-DD)', 'text'], ['place', 'Place', 'text'], ['admin1', 'State', 'text'],
  ['fatalities', 'Fatalities', 'number'], ['injured', 'Injured', 'number'], ['arrested', 'Arrested', 'number'], ['kidnapped', 'Kidnapped', 'number'],
  ['actors', 'Actors (actor 1; actor 2; associated …)', 'list'],
];
const KEY_STORE = 'atalaya-api-key';

function summary(review) {
  if (!review) return el('p', { id: 'review-status', 'data-status': 'unreviewed' }, el('span', { class: 'tag' }, 'unreviewed'), ' No analyst has reviewed this event.');
  const set = Object.entries(review.set ?? {}).filter(([, v]) => v !== null && v !== undefined);
  return el('div', null,
    el('p', { id: 'review-status', 'data-status': review.status },
      el('span', { class: ['tag', `review-${review.status}`] }, review.status),
      ` on ${review.at} by ${review.reviewer ? `${review.reviewer} (${review.key} key)` : `the ${review.key} key`}`),
    review.note ? el('p', { id: 'review-note' }, el('strong', null, 'Note: '), review.note) : null,
    set.length ? el('p', { id: 'review-set' }, el('strong', null, 'Corrected: '), set.map(([k, v]) => `${k} = ${Array.isArray(v) ? v.join('; ') : v}`).join(', ')) : null);
}

function input(name, label, type) {
  return el('div', { class: 'field' }, el('label', { for: `review-${name}` }, label),
    el('input', { id: `review-${name}`, name, type: type === 'list' ? 'text' : type, min: type === 'number' ? '0' : null, autocomplete: 'off' }));
}

/** The operator's key as typed in the review form (or kept in this tab). */
export function operatorKey() {
  return document.getElementById('review-key')?.value ?? sessionStorage.getItem(KEY_STORE) ?? '';
}

/** The review panel of an event; onSaved() reloads the page so the corrected event shows; extra: more controls (merges). */
export function reviewPanel(event, review, onSaved, extra = null) {
  const status = el('div', { id: 'review-summary' }, summary(review));
  const message = el('p', { class: 'muted', role: 'status', id: 'review-message' });
  const form = el('form', { class: 'review-form', id: 'review-form' },
    el('div', { class: 'field' }, el('label', { for: 'review-key' }, 'Operator key'),
      el('input', { id: 'review-key', name: 'key', type: 'password', autocomplete: 'off', value: sessionStorage.getItem(KEY_STORE) ?? '' })),
    el('div', { class: 'field' }, el('label', { for: 'review-reviewer' }, 'Your name'), el('input', { id: 'review-reviewer', name: 'reviewer', type: 'text', autocomplete: 'name' })),
    el('div', { class: 'field' }, el('label', { for: 'review-status-choice' }, 'Status'),
      el('select', { id: 'review-status-choice', name: 'status' }, ['', 'verified', 'rejected', 'unreviewed'].map((s) => el('option', { value: s }, s || 'keep as is')))),
    el('div', { class: 'field wide-field' }, el('label', { for: 'review-note-text' }, 'Note'), el('textarea', { id: 'review-note-text', name: 'note', rows: '2' })),
    el('details', null, el('summary', null, 'Correct fields'), el('div', { class: 'review-fields' }, FIELDS.map(([name, label, type]) => input(name, label, type)))),
    el('div', { class: 'field buttons' }, el('button', { type: 'submit' }, 'Save review')));
  form.addEventListener('submit', async (submitted) => {
    submitted.preventDefault();
    const values = form.elements;
    const set = {};
    for (const [name, , type] of FIELDS) {
      const value = values[name].value.trim();
      if (value) set[name] = type === 'number' ? Number(value) : type === 'list' ? value.split(';').map((v) => v.trim()).filter(Boolean) : value;
    }
    const body = { status: values.status.value || null, note: values.note.value.trim() || null, reviewer: values.reviewer.value.trim() || null, set };
    sessionStorage.setItem(KEY_STORE, values.key.value);
    try {
      const saved = await postJson(`/api/events/${encodeURIComponent(event.id)}/review`, body, values.key.value);
      replace(status, summary(saved));
      message.textContent = 'Saved.';
      onSaved?.();
    } catch (error) {
      message.textContent = `Not saved: ${error.message}`;
    }
  });
  return el('section', { class: 'panel', 'aria-labelledby': 'review-title', id: 'review' },
    el('h2', { id: 'review-title' }, 'Review'), status, form, message, extra);
}
