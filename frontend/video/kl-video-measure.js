// <kl-video-measure side="left|right">: measures the knee angle (FPPA) and pelvic drop of one leg from the person's
// own single-leg squat video, in the browser. The video is opened from the device and read here; it is never
// uploaded. When the person uses the result, the element fires `kl-measured` with the numbers only:
// {fppa, pelvicDrop, fppaTrials, pelvicDropTrials, method}.

import { round1, summarise, describeFppa, describeDrop } from './measure-math.js';
import { el, clock, renderTrials } from './trials-view.js';
import { lowestByModel, lowestByMotion } from './lowest-points.js';
import { MeasureStage, POINTS, anglesOf, defaultPoints } from './measure-stage.js';

const FRAME_SECONDS = 1 / 30;
const TRIALS_WANTED = 3;
const MIN_AUTO_CONFIDENCE = 0.45;
const SLOW_DETECTION_MS = 6000;
const SLOW_FIRST_DETECTION_MS = 30000;
const MODEL_SEARCH_MS = 30000;
const VENDOR = new URL('../vendor/human-3.3.6/', import.meta.url).href;

const STEPS = [
  { id: 'open', title: 'Open your video' },
  { id: 'frame', title: 'Find the lowest point' },
  { id: 'points', title: 'Place the points' },
  { id: 'result', title: 'Check and use' },
];

class KlVideoMeasure extends HTMLElement {
  connectedCallback() {
    if (this._built) {
      return;
    }
    this._built = true;
    this.trials = [];
    this.squats = [];
    this.autoPlaced = false;
    this.classList.add('kl-vm');
    this._build();
    this._show('open');
  }

  disconnectedCallback() {
    if (this.url) {
      URL.revokeObjectURL(this.url);
    }
  }

  get side() {
    return this.getAttribute('side') === 'right' ? 'right' : 'left';
  }

  _build() {
    const leg = `${this.side} leg`;
    this.stepper = el('ol', { class: 'kl-vm-steps', 'aria-label': 'Steps' },
      STEPS.map((s, i) => el('li', { 'data-step': s.id }, `${i + 1}. ${s.title}`)));
    this.message = el('p', { class: 'kl-vm-message', role: 'status', 'aria-live': 'polite' });

    this.file = el('input', { type: 'file', accept: 'video/*', id: `vm-file-${this.side}`, onchange: () => this._open() });
    const openPanel = el('section', { class: 'kl-vm-panel', 'data-panel': 'open' },
      el('p', {}, `Use the video of your single-leg squats on your ${leg}, filmed from the front at knee height.`),
      el('label', { class: 'kl-vm-file', for: this.file.id }, 'Choose or record a video', this.file),
      el('p', { class: 'kl-vm-private' }, 'Your video stays on this device: it is opened here and never uploaded. Only the angles you choose to use are saved.'));

    this.video = el('video', { muted: '', playsinline: '', preload: 'auto', class: 'kl-vm-video' });
    this.video.muted = true;
    this.canvas = el('canvas', { class: 'kl-vm-canvas', tabindex: '0', role: 'img', 'aria-label': 'Video frame' });
    this.stage = new MeasureStage(this.canvas, this.video, (grabbed) => this._changed(grabbed));
    this.video.addEventListener('seeked', () => this._frameShown());
    this.video.addEventListener('loadeddata', () => this.stage.draw());
    this.video.addEventListener('pause', () => this._syncPlay());
    this.video.addEventListener('play', () => this._syncPlay());

    this.time = el('span', { class: 'kl-vm-time', id: `vm-time-${this.side}` }, '0:00.00');
    this.scrub = el('input', { type: 'range', min: '0', max: '1', step: '0.001', value: '0', class: 'kl-vm-scrub',
      'aria-label': 'Position in the video', oninput: () => this._seek(Number(this.scrub.value) * this._duration()) });
    this.playButton = this._button('Play', () => this._togglePlay(), 'vm-play');
    const frameControls = el('div', { class: 'kl-vm-controls' },
      this._button('◀ Frame', () => this._step(-1), 'vm-prev', 'One frame back'),
      this.playButton,
      this._button('Frame ▶', () => this._step(1), 'vm-next', 'One frame forward'),
      this.time);
    this.squatList = el('div', { class: 'kl-vm-squats', role: 'group', 'aria-label': 'Lowest points found' });
    this.filming = el('p', { class: 'kl-vm-filming', id: `vm-filming-${this.side}`, 'aria-live': 'polite' });
    const framePanel = el('section', { class: 'kl-vm-panel', 'data-panel': 'frame' },
      el('p', {}, 'Pause at the lowest point of one squat. Step frame by frame to find it, or let KneeLine suggest the lowest points.'),
      this.filming, this.scrub, frameControls,
      el('div', { class: 'kl-vm-actions' },
        this._button('Suggest the lowest points', () => this._findLowest(), 'vm-lowest'),
        this._button('Place the points on this frame', () => this._toPoints(), 'vm-to-points', null, true)),
      this.squatList);

    this.pointChoice = el('div', { class: 'kl-vm-point-choice', role: 'radiogroup', 'aria-label': 'Point to move with the arrow keys' },
      POINTS.map((p) => el('label', { class: 'kl-vm-point' },
        el('input', { type: 'radio', name: `vm-point-${this.side}`, value: p.id, onchange: () => this._choose(p.id) }),
        el('span', {}, p.label))));
    this.readout = el('div', { class: 'kl-vm-readout', 'aria-live': 'polite', id: `vm-readout-${this.side}` });
    this.coordinates = el('ul', { class: 'kl-vm-coordinates' });
    this.saveTrial = this._button('Save this squat', () => this._saveTrial(), 'vm-save-trial', null, true);
    const pointsPanel = el('section', { class: 'kl-vm-panel', 'data-panel': 'points' },
      el('p', {}, 'Drag each point onto the standing leg (a magnifier shows where it sits), or choose a point and move it with the arrow keys (Shift moves faster).'),
      this.readout,
      el('div', { class: 'kl-vm-actions' },
        this._button('Place the points for me', () => this._autoPlace(), 'vm-auto'),
        this._button('Back to the video', () => this._show('frame'), 'vm-back-video'),
        this.saveTrial),
      this.pointChoice,
      el('details', { class: 'kl-vm-details' }, el('summary', {}, 'Where each point goes, and where it is now'),
        el('ul', {}, POINTS.map((p) => el('li', {}, `${p.label}: ${p.help}.`))), this.coordinates));

    this.trialTable = el('table', { class: 'kl-vm-trials', id: `vm-trials-${this.side}` });
    this.summary = el('div', { class: 'kl-vm-summary', id: `vm-summary-${this.side}`, 'aria-live': 'polite' });
    this.useButton = this._button('Use these results', () => this._use(), 'vm-use', null, true);
    const resultPanel = el('section', { class: 'kl-vm-panel', 'data-panel': 'result' },
      this.summary, this.trialTable,
      el('p', { class: 'kl-vm-note' }, 'The knee angle (FPPA) describes how your knee moves. It is a movement-quality measure, not a score of injury risk.'),
      el('div', { class: 'kl-vm-actions' },
        this._button('Measure another squat', () => this._show('frame'), 'vm-another'),
        this.useButton));

    this.stageBox = el('div', { class: 'kl-vm-stage' }, this.canvas, this.video);
    this.append(this.stepper, this.message, openPanel, this.stageBox, framePanel, pointsPanel, resultPanel);
  }

  _button(text, action, id, label, primary) {
    const b = el('vaadin-button', { id: `${id}-${this.side}`, onclick: action }, text);
    if (label) {
      b.setAttribute('aria-label', label);
    }
    if (primary) {
      b.setAttribute('theme', 'primary');
    }
    return b;
  }

  _say(text, kind = 'info') {
    this.message.textContent = text || '';
    this.message.dataset.kind = kind;
  }

  _show(step) {
    this.step = step;
    this.dataset.step = step;
    this.querySelectorAll('[data-panel]').forEach((p) => { p.hidden = p.dataset.panel !== step; });
    this.stageBox.hidden = step === 'open' || (step === 'result');
    this.stepper.querySelectorAll('li').forEach((li) => {
      li.toggleAttribute('aria-current', li.dataset.step === step);
    });
    this.stage.setEditable(step === 'points');
    if (step === 'result') {
      this._renderResult();
    }
    if (step === 'frame') {
      this._renderSquats();
    }
  }

  async _open() {
    const file = this.file.files && this.file.files[0];
    if (!file) {
      return;
    }
    if (this.url) {
      URL.revokeObjectURL(this.url);
    }
    this.url = URL.createObjectURL(file);
    this.squats = [];
    this._say('Opening your video…');
    this.video.src = this.url;
    try {
      await new Promise((resolve, reject) => {
        this.video.onloadeddata = resolve;
        this.video.onerror = () => reject(new Error('unreadable'));
      });
      await this._knowDuration();
    } catch (e) {
      this._say('This file could not be opened as a video here. Try another file, or film again with the phone\'s camera app.', 'error');
      return;
    }
    this._say('');
    this.stage.fit();
    this._show('frame');
    await this._seek(0);
    this._checkFilming();
  }

  /**
   * Checks the filming on the first frame (the person standing) with the pose model: whole body in the picture,
   * camera straight on. Advice only: the person can still measure by hand whatever it says.
   */
  async _checkFilming() {
    this.filming.dataset.kind = 'info';
    this.filming.textContent = 'Checking your filming…';
    try {
      await this._loadModel();
      const { filming } = await this._pose.analyseFrame(this._human, this.video);
      this._warmedUp = true;
      this.filming.dataset.kind = filming.length ? 'warning' : 'info';
      this.filming.textContent = filming.length
        ? `For a reliable angle, please film again: ${filming.join(' ')}`
        : 'Filming looks right: your whole body is in the picture, facing the camera. Keep the phone at knee height.';
    } catch (e) {
      this.filming.textContent = 'Your filming could not be checked on this device: make sure your whole body is in the picture, facing the camera at knee height.';
    }
  }

  async _loadModel() {
    this._pose = this._pose || await import('./pose.js');
    this._human = this._human || await this._pose.loadPose(VENDOR);
  }


  /** Videos recorded in a browser may not state their length until the end has been read; find it once. */
  async _knowDuration() {
    if (Number.isFinite(this.video.duration)) {
      return;
    }
    await new Promise((resolve) => {
      const done = () => {
        if (Number.isFinite(this.video.duration)) {
          this.video.removeEventListener('durationchange', done);
          resolve();
        }
      };
      this.video.addEventListener('durationchange', done);
      this.video.currentTime = 1e7;
      setTimeout(resolve, 4000);
    });
  }

  _duration() {
    return Number.isFinite(this.video.duration) ? this.video.duration : 0;
  }

  _seek(t) {
    const target = Math.min(Math.max(0, t), Math.max(0, this._duration() - 0.001));
    return new Promise((resolve) => {
      const done = () => {
        this.video.removeEventListener('seeked', done);
        resolve();
      };
      this.video.addEventListener('seeked', done);
      this.video.currentTime = target;
    });
  }

  _frameShown() {
    this.autoPlaced = false;
    const d = this._duration();
    this.time.textContent = clock(this.video.currentTime);
    this.scrub.value = d > 0 ? String(this.video.currentTime / d) : '0';
    this.stage.draw();
  }

  _step(frames) {
    this.video.pause();
    this._seek(this.video.currentTime + frames * FRAME_SECONDS);
  }

  _togglePlay() {
    if (this.video.paused) {
      this.video.play();
      const tick = () => {
        if (!this.video.paused && !this.video.ended) {
          this._frameShown();
          requestAnimationFrame(tick);
        }
      };
      requestAnimationFrame(tick);
    } else {
      this.video.pause();
    }
  }

  _syncPlay() {
    this.playButton.textContent = this.video.paused ? 'Play' : 'Pause';
    if (this.video.paused) {
      this._frameShown();
    }
  }

  /** Suggests each squat's lowest point, with the pose model when it is in use, else from the motion. */
  async _findLowest() {
    this.video.pause();
    this._say('Looking for the lowest points…');
    const d = this._duration();
    const seek = (t) => this._seek(t);
    let found = null;
    if (this._autoMode && !this._slow) {
      found = await lowestByModel(this.video, seek, d, this._pose, this._human, MODEL_SEARCH_MS);
    }
    await this._showSquats(found || await lowestByMotion(this.video, seek, d));
  }

  async _showSquats(found) {
    this.squats = found;
    if (this.squats.length === 0) {
      this._say('No clear squat was found: step through the video and pause at the lowest point yourself.', 'warning');
      await this._seek(0);
    } else {
      this._say(`Found ${this.squats.length} squat${this.squats.length === 1 ? '' : 's'}. Check each one frame by frame: the suggestion can be a frame or two off.`);
      await this._seek(this.squats[Math.min(this.trials.length, this.squats.length - 1)]);
    }
    this._renderSquats();
  }

  _renderSquats() {
    this.squatList.replaceChildren(...this.squats.map((t, i) => {
      const b = this._button(`Squat ${i + 1} (${clock(t)})`, () => {
        this.video.pause();
        this._seek(t);
      }, `vm-squat-${i + 1}`);
      b.setAttribute('theme', 'small');
      return b;
    }));
  }

  _toPoints() {
    this.video.pause();
    this.stage.fit();
    const last = this.trials.length > 0 ? this.trials[this.trials.length - 1].points : null;
    this.stage.setPoints(this.stage.points || last || defaultPoints(this.canvas.width, this.canvas.height));
    this._choose(this.stage.active);
    this._show('points');
    this.canvas.focus({ preventScroll: true });
    if (this._autoMode && !this._slow) {
      this._autoPlace();
    }
  }

  _choose(id) {
    this.stage.setActive(id);
    this.pointChoice.querySelectorAll('input').forEach((r) => { r.checked = r.value === id; });
  }

  _changed(grabbed) {
    if (grabbed) {
      this._choose(grabbed);
    }
    if (!this.stage.points) {
      return;
    }
    const a = anglesOf(this.stage.points);
    this.current = a;
    this.readout.replaceChildren(
      el('p', {}, el('strong', {}, 'Knee angle (FPPA): '), el('span', { class: 'kl-vm-fppa' }, describeFppa(a.fppa))),
      el('p', {}, el('strong', {}, 'Pelvic drop: '), el('span', { class: 'kl-vm-drop' }, describeDrop(a.drop))));
    this.readout.dataset.fppa = Number.isFinite(a.fppa) ? round1(a.fppa).toFixed(1) : '';
    this.readout.dataset.drop = Number.isFinite(a.drop) ? round1(a.drop).toFixed(1) : '';
    this.coordinates.replaceChildren(...POINTS.map((p) => el('li', {},
      `${p.label} at x ${Math.round(this.stage.points[p.id].x)}, y ${Math.round(this.stage.points[p.id].y)}`)));
    this.saveTrial.toggleAttribute('disabled', !Number.isFinite(a.fppa) || !Number.isFinite(a.drop));
  }

  _saveTrial() {
    if (!this.current || !Number.isFinite(this.current.fppa)) {
      return;
    }
    this.trials.push({
      time: this.video.currentTime,
      fppa: round1(this.current.fppa),
      drop: round1(this.current.drop),
      method: this.autoPlaced ? 'automatic' : 'manual',
      points: JSON.parse(JSON.stringify(this.stage.points)),
    });
    this.stage.points = null;
    const left = TRIALS_WANTED - this.trials.length;
    if (left > 0) {
      this._say(`Squat ${this.trials.length} saved. Find the lowest point of the next squat (${left} more for a reliable average).`);
      const next = this.squats[this.trials.length];
      this._show('frame');
      if (next !== undefined) {
        this._seek(next);
      }
    } else {
      this._say('');
      this._show('result');
    }
  }

  _renderResult() {
    const count = renderTrials(this.trials, this.trialTable, this.summary, (i) => this._button('Remove', () => {
      this.trials.splice(i, 1);
      this._renderResult();
    }, `vm-remove-${i + 1}`));
    this.useButton.toggleAttribute('disabled', count === 0);
  }

  _use() {
    if (this.trials.length === 0) {
      return;
    }
    const methods = new Set(this.trials.map((t) => t.method));
    const detail = {
      side: this.side,
      fppa: round1(summarise(this.trials.map((t) => t.fppa)).mean),
      pelvicDrop: round1(summarise(this.trials.map((t) => t.drop)).mean),
      fppaTrials: this.trials.map((t) => t.fppa),
      pelvicDropTrials: this.trials.map((t) => t.drop),
      method: methods.size === 1 ? [...methods][0] : 'mixed',
    };
    this.dispatchEvent(new CustomEvent('kl-measured', { detail, bubbles: true }));
  }

  /** Lets the pose model suggest the points on this frame; anything doubtful falls back to placing them by hand. */
  async _autoPlace() {
    this._say('Loading the pose model (about 7 MB, only the first time)…');
    try {
      await this._loadModel();
    } catch (e) {
      this._say('The pose model could not be loaded on this device. Place the points yourself.', 'warning');
      return;
    }
    this._say('Finding your hip, knee and ankle…');
    let result;
    try {
      result = await this._pose.analyseFrame(this._human, this.video);
    } catch (e) {
      this._say('The pose model did not run on this device. Place the points yourself.', 'warning');
      return;
    }
    const { found, filming, took } = result;
    if (!found.points || found.confidence < MIN_AUTO_CONFIDENCE) {
      this._say(`KneeLine is not sure where ${found.problem || 'the points'} are on this frame, so place the points yourself.`
        + (filming.length ? ` ${filming.join(' ')}` : ''), 'warning');
      return;
    }
    this.stage.setPoints(found.points);
    this.autoPlaced = true;
    this._autoMode = true;
    // The first run also prepares the model, so only a later slow run (or a very slow first one) counts.
    this._slow = took > (this._warmedUp ? SLOW_DETECTION_MS : SLOW_FIRST_DETECTION_MS);
    this._warmedUp = true;
    const slow = this._slow ? ' This device is slow for automatic points, so from here on you place them yourself.' : '';
    this.querySelector(`#vm-auto-${this.side}`).hidden = this._slow;
    const advice = filming.length ? ` For a reliable angle, film again: ${filming.join(' ')}` : '';
    this._say(`Points suggested: check each one and drag it if it is not on the right spot.${advice}${slow}`,
      filming.length || this._slow ? 'warning' : 'info');
  }
}

customElements.define('kl-video-measure', KlVideoMeasure);
