// Merges on an event's page: fold another event into this one (its sources join this event's), or split a merge
// again. Both need the operator's key (typed in the review form); each is an audit record, kept across re-ingest.
import { postJson } from './api.js';
import { el } from './dom.js';
import { link } from './filters.js';
import { operatorKey } from './review.js';

/** The merge controls of an event; merged: the ids an analyst merged into it; onDone() reloads the page. */
export function mergeControls(event, merged, onDone) {
  const message = el('p', { class: 'muted', role: 'status', id: 'merge-message' });
  const act = async (path, body) => {
    const key = operatorKey();
    // Kept in this tab only, as the review form keeps it, so the reloaded page still has it.
    sessionStorage.setItem('atalaya-api-key', key);
    try {
      await postJson(path, body, key);
      message.textContent = 'Saved.';
      onDone?.();
    } catch (error) {
      message.textContent = `Not saved: ${error.message}`;
    }
  };
  const form = el('form', { class: 'review-form', id: 'merge-form' },
    el('div', { class: 'field' }, el('label', { for: 'merge-other' }, 'Event id to merge into this one'),
      el('input', { id: 'merge-other', name: 'other', type: 'text', autocomplete: 'off', placeholder: 'V12' })),
    el('div', { class: 'field wide-field' }, el('label', { for: 'merge-note' }, 'Why (note)'), el('input', { id: 'merge-note', name: 'note', type: 'text', autocomplete: 'off' })),
    el('div', { class: 'field buttons' }, el('button', { type: 'submit', id: 'merge-button' }, 'Merge into this event')));
  form.addEventListener('submit', (submitted) => {
    submitted.preventDefault();
    const other = form.elements.other.value.trim();
    if (!other) {
      message.textContent = 'Give the id of the event to merge into this one.';
      return;
    }
    act('/api/events/merge', { events: [event.id, other], note: form.elements.note.value.trim() || null });
  });
  let split = null;
  if (merged?.length) {
    const button = el('button', { type: 'button', id: 'split-button' }, 'Split the last merge');
    button.addEventListener('click', () => act(`/api/events/${encodeURIComponent(event.id)}/split`, {}));
    split = el('div', { id: 'merged-from' },
      el('p', null, el('strong', null, 'Merged from: '), merged.flatMap((id, i) => [i ? ', ' : '', link('/event.html', { id }, id)]),
        el('span', { class: 'muted' }, ' (their sources are listed below).')),
      button);
  }
  return el('div', { id: 'merge' }, el('h3', null, 'Merge or split'), split, form, message);
}
