// The check page's only script. The page works without it (a plain form post); with it, results update as you
// type. The server renders the results (one renderer for both); this module posts the form, swaps the fragment
// in, applies one-click fixes to the draft and copies the safe version or the safe reply. It never builds markup
// from strings. The "Replying to" comment is sent with the draft as context and is never written into the page.

const DEBOUNCE_MS = 350;

const form = document.getElementById('draft-form');
const draft = document.getElementById('text');
const platform = document.getElementById('platform');
const comment = document.getElementById('in-reply-to');
const results = document.getElementById('results');
const status = document.getElementById('status');

let timer = 0;
let inFlight = null;
let sequence = 0;

function announce(message) {
  status.textContent = message;
}

async function check() {
  clearTimeout(timer);
  if (inFlight) inFlight.abort();
  const controller = new AbortController();
  inFlight = controller;
  const mine = ++sequence;
  results.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch('/fragment', {
      method: 'POST',
      body: new URLSearchParams({
        text: draft.value,
        inReplyTo: comment ? comment.value : '',
        platform: platform.value,
      }),
      signal: controller.signal,
    });
    if (mine !== sequence) return;
    if (response.status === 413) {
      showError('The draft is too long to check here. Check a shorter draft.');
      return;
    }
    const html = await response.text();
    if (mine !== sequence) return;
    // DOMParser never runs scripts; the server escapes every piece of text anyway.
    const body = new DOMParser().parseFromString(html, 'text/html').getElementById('results-body');
    if (!body) {
      showError('Could not check the draft. Try again.');
      return;
    }
    results.replaceChildren(document.adoptNode(body));
    enhance();
    announce(body.dataset.summary || '');
  } catch (e) {
    if (e.name !== 'AbortError') showError('Could not reach the checker. Try again.');
  } finally {
    if (mine === sequence) {
      results.removeAttribute('aria-busy');
      inFlight = null;
    }
  }
}

function showError(message) {
  const p = document.createElement('p');
  p.className = 'field-error';
  p.textContent = message;
  results.replaceChildren(p);
  announce(message);
}

function later() {
  clearTimeout(timer);
  timer = setTimeout(check, DEBOUNCE_MS);
}

/** Shows the controls that only work with the script. */
function enhance() {
  for (const b of results.querySelectorAll('[data-copy-safe]')) b.hidden = false;
}

/**
 * Replaces draft[start, end) with the replacement, if the draft still holds the finding's text there (all of it,
 * for a fix that replaces the whole draft).
 */
function applyFix(button) {
  const start = Number(button.dataset.start);
  const end = Number(button.dataset.end);
  const value = draft.value;
  const whole = button.hasAttribute('data-whole');
  if (value.slice(start, end) !== button.dataset.text || (whole && value.length !== end)) {
    announce('The draft has changed since it was checked. Checking again.');
    check();
    return;
  }
  const replacement = button.dataset.replacement;
  draft.value = value.slice(0, start) + replacement + value.slice(end);
  draft.focus();
  draft.setSelectionRange(start, start + replacement.length);
  check().then(() => announce('Applied. ' + status.textContent));
}

/** The read-only text a copy or use button names (the safe version or the safe reply). */
function safeText(button, attribute) {
  return document.getElementById(button.getAttribute(attribute) || 'safe-version');
}

async function copySafe(button) {
  const safe = safeText(button, 'data-copy-safe');
  if (!safe) return;
  const what = safe.dataset.what || 'Safe version';
  try {
    await navigator.clipboard.writeText(safe.value);
    announce(what + ' copied to the clipboard.');
  } catch (e) {
    safe.focus();
    safe.select();
    announce(what + ' selected: press Control+C (or Command+C) to copy it.');
  }
}

function useSafe(button) {
  const safe = safeText(button, 'data-use-safe');
  if (!safe) return;
  const what = (safe.dataset.what || 'Safe version').toLowerCase();
  draft.value = safe.value;
  draft.focus();
  check().then(() => announce('Draft replaced by the ' + what + '. ' + status.textContent));
}

if (form && draft && results && status) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    check();
  });
  draft.addEventListener('input', later);
  if (comment) comment.addEventListener('input', later);
  platform.addEventListener('change', check);
  results.addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button || !results.contains(button)) return;
    if (button.hasAttribute('data-apply')) {
      e.preventDefault();
      applyFix(button);
    } else if (button.hasAttribute('data-copy-safe')) {
      e.preventDefault();
      copySafe(button);
    } else if (button.hasAttribute('data-use-safe')) {
      e.preventDefault();
      useSafe(button);
    }
  });
  enhance();
}
