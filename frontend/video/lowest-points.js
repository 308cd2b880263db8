// "Suggest the lowest points": where in the video each squat is deepest. Two ways, both in the browser: by motion
// (no model, quick) or, once the pose model is in use, by the height of the standing-side hip.

import { peaks } from './measure-math.js';

const MOTION_STEP = 0.1;
const MODEL_STEP = 0.2;
const MIN_SECONDS_BETWEEN_SQUATS = 0.8;

/**
 * The frames furthest from how the person stood at the start, sampled 10 times a second on a 48 px wide copy of
 * each frame. `seek(t)` must resolve once the video shows time t.
 */
export async function lowestByMotion(video, seek, duration) {
  const small = document.createElement('canvas');
  small.width = 48;
  small.height = Math.max(1, Math.round(48 * (video.videoHeight || 9) / (video.videoWidth || 16)));
  const ctx = small.getContext('2d', { willReadFrequently: true });
  const times = [];
  const series = [];
  let first = null;
  for (let t = 0; t < duration; t += MOTION_STEP) {
    await seek(t);
    ctx.drawImage(video, 0, 0, small.width, small.height);
    const px = ctx.getImageData(0, 0, small.width, small.height).data;
    if (!first) {
      first = px.slice();
    }
    let diff = 0;
    for (let i = 0; i < px.length; i += 4) {
      diff += Math.abs(px[i] + px[i + 1] + px[i + 2] - first[i] - first[i + 1] - first[i + 2]);
    }
    times.push(t);
    series.push(diff);
  }
  return peaks(series, Math.round(MIN_SECONDS_BETWEEN_SQUATS / MOTION_STEP)).map((i) => times[i]);
}

/**
 * Where the standing-side hip is lowest, sampled 5 times a second with the pose model. Resolves to null when it
 * would take longer than budgetMs on this device, so the motion method can be used instead.
 */
export async function lowestByModel(video, seek, duration, pose, human, budgetMs) {
  const started = performance.now();
  const frame = document.createElement('canvas');
  frame.width = video.videoWidth;
  frame.height = video.videoHeight;
  const times = [];
  const series = [];
  let standing = null;
  for (let t = 0; t < duration; t += MODEL_STEP) {
    if (performance.now() - started > budgetMs) {
      return null;
    }
    await seek(t);
    frame.getContext('2d').drawImage(video, 0, 0);
    const found = pose.pointsFromPose(await pose.detect(human, frame));
    if (found.points && standing === null) {
      standing = found.points.standingPelvis.y;
    }
    times.push(t);
    series.push(found.points && standing !== null ? Math.max(0, found.points.standingPelvis.y - standing) : 0);
  }
  return peaks(series, Math.round(MIN_SECONDS_BETWEEN_SQUATS / MODEL_STEP)).map((i) => times[i]);
}
