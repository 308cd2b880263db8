// The picture of "Measure from my video": the current video frame on a canvas with the measuring points on top.
// Points can be dragged with a finger or mouse (a zoom loupe shows what is under them) or moved with the arrow keys.

import { fppa, pelvicDrop, medialDirection } from './measure-math.js';

export const POINTS = [
  { id: 'hip', label: 'Hip', help: 'top of the thigh of the standing leg, in line with the middle of the thigh', leg: true },
  { id: 'knee', label: 'Knee centre', help: 'middle of the kneecap of the standing leg', leg: true },
  { id: 'ankle', label: 'Ankle middle', help: 'halfway between the two ankle bones of the standing leg', leg: true },
  { id: 'standingPelvis', label: 'Pelvis, standing side', help: 'bony point at the front of the hip on the standing side', leg: false },
  { id: 'liftedPelvis', label: 'Pelvis, lifted side', help: 'the same bony point on the side of the lifted leg', leg: false },
];

const LEG_COLOUR = '#e8590c';
const PELVIS_COLOUR = '#1971c2';
const GRAB_RADIUS_CSS = 28;
const LOUPE_ZOOM = 3;

/** Where the points start on a frame nobody has measured yet: a standing leg near the middle of the picture. */
export function defaultPoints(width, height) {
  return {
    hip: { x: width * 0.46, y: height * 0.48 },
    knee: { x: width * 0.46, y: height * 0.66 },
    ankle: { x: width * 0.46, y: height * 0.84 },
    standingPelvis: { x: width * 0.46, y: height * 0.44 },
    liftedPelvis: { x: width * 0.56, y: height * 0.44 },
  };
}

/** The two angles the points give: signed FPPA and pelvic drop, in degrees. */
export function anglesOf(p) {
  return {
    fppa: fppa(p.hip, p.knee, p.ankle, medialDirection(p.standingPelvis, p.liftedPelvis)),
    drop: pelvicDrop(p.standingPelvis, p.liftedPelvis),
  };
}

export class MeasureStage {
  constructor(canvas, video, onChange) {
    this.canvas = canvas;
    this.video = video;
    this.onChange = onChange;
    this.points = null;
    this.active = 'knee';
    this.dragging = null;
    this.editable = false;
    canvas.addEventListener('pointerdown', (e) => this._down(e));
    canvas.addEventListener('pointermove', (e) => this._move(e));
    canvas.addEventListener('pointerup', (e) => this._up(e));
    canvas.addEventListener('pointercancel', (e) => this._up(e));
    canvas.addEventListener('keydown', (e) => this._key(e));
  }

  /** Sizes the canvas to the video's own pixels; CSS scales it to the page. */
  fit() {
    const w = this.video.videoWidth || 640;
    const h = this.video.videoHeight || 360;
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
  }

  setEditable(editable) {
    this.editable = editable;
    this.canvas.classList.toggle('kl-vm-editing', editable);
    this.draw();
  }

  setPoints(points) {
    this.points = points ? JSON.parse(JSON.stringify(points)) : null;
    this.draw();
    this.onChange();
  }

  /** Moves one point to the nearest whole video pixel (kept inside the frame): finer than a pixel means nothing. */
  place(id, x, y) {
    this.points[id] = {
      x: Math.min(this.canvas.width - 1, Math.max(0, Math.round(x))),
      y: Math.min(this.canvas.height - 1, Math.max(0, Math.round(y))),
    };
    this.draw();
    this.onChange();
  }

  setActive(id) {
    this.active = id;
    this.draw();
  }

  draw() {
    const ctx = this.canvas.getContext('2d');
    this.fit();
    if (this.video.readyState >= 2) {
      ctx.drawImage(this.video, 0, 0, this.canvas.width, this.canvas.height);
    } else {
      ctx.fillStyle = '#222';
      ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    }
    if (!this.editable || !this.points) {
      return;
    }
    const p = this.points;
    const unit = Math.max(2, this.canvas.width / 320);
    ctx.lineWidth = unit;
    ctx.setLineDash([]);
    this._line(ctx, [p.hip, p.knee, p.ankle], LEG_COLOUR);
    this._line(ctx, [p.standingPelvis, p.liftedPelvis], PELVIS_COLOUR);
    // The straight hip-ankle line: how far the knee sits off it is what the angle measures.
    ctx.setLineDash([unit * 3, unit * 3]);
    this._line(ctx, [p.hip, p.ankle], 'rgba(255,255,255,0.8)');
    // A level line through the standing side shows the pelvic drop.
    const level = { x: p.liftedPelvis.x, y: p.standingPelvis.y };
    this._line(ctx, [p.standingPelvis, level], 'rgba(255,255,255,0.8)');
    ctx.setLineDash([]);
    for (const def of POINTS) {
      this._dot(ctx, p[def.id], def.leg ? LEG_COLOUR : PELVIS_COLOUR, def.id === this.active, unit);
    }
    if (this.dragging || this.showLoupe) {
      this._loupe(ctx, p[this.dragging || this.active], unit);
    }
  }

  _line(ctx, pts, colour) {
    ctx.strokeStyle = colour;
    ctx.beginPath();
    pts.forEach((pt, i) => (i === 0 ? ctx.moveTo(pt.x, pt.y) : ctx.lineTo(pt.x, pt.y)));
    ctx.stroke();
  }

  _dot(ctx, pt, colour, active, unit) {
    ctx.beginPath();
    ctx.arc(pt.x, pt.y, unit * (active ? 6 : 4.5), 0, Math.PI * 2);
    ctx.fillStyle = colour;
    ctx.globalAlpha = 0.35;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = active ? unit * 1.5 : unit;
    ctx.strokeStyle = active ? '#fff' : colour;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(pt.x, pt.y, unit, 0, Math.PI * 2);
    ctx.fillStyle = '#fff';
    ctx.fill();
  }

  /** A zoomed circle of what is under the point, in the corner away from it, with a cross at the exact spot. */
  _loupe(ctx, pt, unit) {
    const r = Math.round(Math.min(this.canvas.width, this.canvas.height) * 0.16);
    const cx = pt.x < this.canvas.width / 2 ? this.canvas.width - r - unit * 4 : r + unit * 4;
    const cy = r + unit * 4;
    const src = r / LOUPE_ZOOM;
    ctx.save();
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.clip();
    if (this.video.readyState >= 2) {
      const sx = this.video.videoWidth / this.canvas.width;
      const sy = this.video.videoHeight / this.canvas.height;
      ctx.drawImage(this.video, (pt.x - src) * sx, (pt.y - src) * sy, src * 2 * sx, src * 2 * sy, cx - r, cy - r, r * 2, r * 2);
    }
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = unit;
    ctx.beginPath();
    ctx.moveTo(cx - r, cy);
    ctx.lineTo(cx + r, cy);
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx, cy + r);
    ctx.stroke();
    ctx.restore();
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.lineWidth = unit * 1.5;
    ctx.strokeStyle = '#111';
    ctx.stroke();
  }

  /** Pointer position in video pixels, and how many video pixels one CSS pixel is. */
  _toVideo(e) {
    const box = this.canvas.getBoundingClientRect();
    const scale = this.canvas.width / box.width;
    return { x: (e.clientX - box.left) * scale, y: (e.clientY - box.top) * scale, scale };
  }

  _down(e) {
    if (!this.editable || !this.points) {
      return;
    }
    const at = this._toVideo(e);
    let best = null;
    let bestDistance = GRAB_RADIUS_CSS * at.scale;
    for (const def of POINTS) {
      const pt = this.points[def.id];
      const d = Math.hypot(pt.x - at.x, pt.y - at.y);
      if (d <= bestDistance) {
        best = def.id;
        bestDistance = d;
      }
    }
    if (!best) {
      return;
    }
    e.preventDefault();
    this.canvas.setPointerCapture(e.pointerId);
    this.dragging = best;
    this.grabOffset = { x: this.points[best].x - at.x, y: this.points[best].y - at.y };
    this.active = best;
    this.onChange(best);
    this.draw();
  }

  _move(e) {
    if (!this.dragging) {
      return;
    }
    e.preventDefault();
    const at = this._toVideo(e);
    this.place(this.dragging, at.x + this.grabOffset.x, at.y + this.grabOffset.y);
  }

  _up(e) {
    if (!this.dragging) {
      return;
    }
    this.dragging = null;
    if (this.canvas.hasPointerCapture(e.pointerId)) {
      this.canvas.releasePointerCapture(e.pointerId);
    }
    this.draw();
  }

  /** Arrow keys move the chosen point by one pixel (ten with Shift); Tab leaves the picture as usual. */
  _key(e) {
    if (!this.editable || !this.points) {
      return;
    }
    const step = e.shiftKey ? 10 : 1;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[e.key];
    if (!move) {
      return;
    }
    e.preventDefault();
    this.showLoupe = true;
    const pt = this.points[this.active];
    this.place(this.active, pt.x + move[0], pt.y + move[1]);
  }
}
