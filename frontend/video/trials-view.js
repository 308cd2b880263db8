// The squats measured so far, as a table, with their averages, spread and warnings; plus small DOM helpers.

import { round1, summarise, describeFppa, describeDrop } from './measure-math.js';

const TRIALS_WANTED = 3;
const SPREAD_WARNING = 8;

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') {
      node.className = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value);
    }
  }
  children.flat().forEach((c) => node.append(c));
  return node;
}

export function clock(seconds) {
  const s = Math.max(0, seconds || 0);
  return `${Math.floor(s / 60)}:${(s % 60).toFixed(2).padStart(5, '0')}`;
}

/**
 * Fills the table (one row per squat, with a remove button from removeButton(index)) and the summary (averages,
 * spread, warnings). Returns how many squats can be averaged.
 */
export function renderTrials(trials, table, summary, removeButton) {
  const fppa = summarise(trials.map((t) => t.fppa));
  const drop = summarise(trials.map((t) => t.drop));
  const head = el('tr', {}, ['Squat', 'Time', 'Knee angle', 'Pelvic drop', 'Points', ''].map((h) => el('th', { scope: 'col' }, h)));
  const rows = trials.map((t, i) => el('tr', {},
    el('td', {}, String(i + 1)), el('td', {}, clock(t.time)),
    el('td', { class: 'kl-vm-trial-fppa' }, `${t.fppa.toFixed(1)}°`), el('td', {}, `${t.drop.toFixed(1)}°`),
    el('td', {}, t.method === 'automatic' ? 'suggested by KneeLine' : 'placed by you'),
    el('td', {}, removeButton(i))));
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, rows));
  table.hidden = trials.length === 0;
  const lines = [];
  if (fppa.count > 0) {
    lines.push(el('p', { class: 'kl-vm-average' }, el('strong', {}, 'Average knee angle (FPPA): '),
      el('span', { class: 'kl-vm-mean-fppa' }, `${round1(fppa.mean).toFixed(1)}°`),
      ` (${describeFppa(fppa.mean)}), ${fppa.count} squat${fppa.count === 1 ? '' : 's'}, spread ${round1(fppa.spread).toFixed(1)}°`));
    lines.push(el('p', {}, el('strong', {}, 'Average pelvic drop: '),
      el('span', { class: 'kl-vm-mean-drop' }, `${round1(drop.mean).toFixed(1)}°`),
      ` (${describeDrop(drop.mean)}), spread ${round1(drop.spread).toFixed(1)}°`));
    if (fppa.count < TRIALS_WANTED) {
      lines.push(el('p', { class: 'kl-vm-warning' }, `Three squats give a more reliable average; you have ${fppa.count}.`));
    }
    if (fppa.spread > SPREAD_WARNING) {
      lines.push(el('p', { class: 'kl-vm-warning' }, `Your squats differ by more than ${SPREAD_WARNING}°: check the points, or measure another squat.`));
    }
  } else {
    lines.push(el('p', {}, 'No squat measured yet.'));
  }
  summary.replaceChildren(...lines);
  return fppa.count;
}
