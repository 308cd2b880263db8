// The geometry behind "Measure from my video". Pure functions, no DOM, so the browser tests can check them with
// known point sets. Points are image pixels: x to the right, y downwards, as on a video frame.

const DEGREES = 180 / Math.PI;

/** Rounds to one decimal, the precision the answers are stored with. */
export function round1(value) {
  return Math.round(value * 10) / 10;
}

/**
 * Which way is "towards the body's midline" on the image for the standing leg: +1 if medial is to the right,
 * -1 if to the left. The lifted leg's side of the pelvis is always the medial direction from the standing side,
 * so this holds for any camera, mirrored selfie videos included.
 */
export function medialDirection(standingPelvis, liftedPelvis) {
  return liftedPelvis.x >= standingPelvis.x ? 1 : -1;
}

/**
 * The frontal plane projection angle (Willson & Davis 2008): 180° minus the angle at the knee between the thigh
 * (hip to knee centre) and the shin (knee centre to ankle middle). Positive when the knee lies medial of the line
 * from hip to ankle (the knee moves inward, valgus), negative when lateral. NaN when the points cannot make an angle.
 */
export function fppa(hip, knee, ankle, medial) {
  const thigh = { x: hip.x - knee.x, y: hip.y - knee.y };
  const shin = { x: ankle.x - knee.x, y: ankle.y - knee.y };
  const lengths = Math.hypot(thigh.x, thigh.y) * Math.hypot(shin.x, shin.y);
  if (lengths === 0 || ankle.y === hip.y) {
    return NaN;
  }
  const cos = Math.min(1, Math.max(-1, (thigh.x * shin.x + thigh.y * shin.y) / lengths));
  const deviation = 180 - Math.acos(cos) * DEGREES;
  // Where the straight hip-ankle line passes at the knee's height; the knee's offset from it gives the sign.
  const lineX = hip.x + (ankle.x - hip.x) * (knee.y - hip.y) / (ankle.y - hip.y);
  const offset = (knee.x - lineX) * medial;
  return offset === 0 ? 0 : Math.sign(offset) * deviation;
}

/**
 * Pelvic drop: the tilt of the line between the two sides of the pelvis against the horizontal. Positive when the
 * lifted-leg side is lower than the standing side (the Trendelenburg pattern), negative when it is higher.
 */
export function pelvicDrop(standingPelvis, liftedPelvis) {
  const across = Math.abs(liftedPelvis.x - standingPelvis.x);
  const down = liftedPelvis.y - standingPelvis.y;
  if (across === 0 && down === 0) {
    return NaN;
  }
  return Math.atan2(down, across) * DEGREES;
}

/**
 * Averages trials (Munro 2012 and Willson & Davis 2008 average three). The spread is the largest minus the
 * smallest, so the person sees how much the trials disagree.
 */
export function summarise(values) {
  const usable = values.filter((v) => Number.isFinite(v));
  if (usable.length === 0) {
    return { count: 0, mean: NaN, min: NaN, max: NaN, spread: NaN };
  }
  const sum = usable.reduce((a, b) => a + b, 0);
  const min = Math.min(...usable);
  const max = Math.max(...usable);
  return { count: usable.length, mean: sum / usable.length, min, max, spread: max - min };
}

/**
 * Indexes of the clear peaks in a series (e.g. how far each sampled frame is from standing tall): local maxima of
 * at least half the highest value, at least minGap samples apart, the higher one winning when two are closer.
 * A flat top (the same frame sampled several times) counts once, at its middle. A squat's lowest point is where the
 * body is furthest from its standing position.
 */
export function peaks(series, minGap) {
  const top = Math.max(...series.filter((v) => Number.isFinite(v)), 0);
  if (top <= 0) {
    return [];
  }
  const candidates = [];
  let i = 0;
  while (i < series.length) {
    let end = i;
    while (end + 1 < series.length && series[end + 1] === series[i]) {
      end++;
    }
    const left = i === 0 ? -Infinity : series[i - 1];
    const right = end === series.length - 1 ? -Infinity : series[end + 1];
    if (series[i] >= top / 2 && series[i] > left && series[i] > right) {
      candidates.push(Math.floor((i + end) / 2));
    }
    i = end + 1;
  }
  candidates.sort((x, y) => series[y] - series[x]);
  const chosen = [];
  for (const c of candidates) {
    if (chosen.every((j) => Math.abs(c - j) >= minGap)) {
      chosen.push(c);
    }
  }
  return chosen.sort((x, y) => x - y);
}

/** "12.3° inward", "4.0° outward" or "0.0° (straight)": the signed FPPA in words. */
export function describeFppa(angle) {
  if (!Number.isFinite(angle)) {
    return 'not measurable: move the points apart';
  }
  const size = Math.abs(round1(angle)).toFixed(1);
  if (round1(angle) === 0) {
    return `${size}° (knee in line)`;
  }
  return angle > 0 ? `${size}° inward` : `${size}° outward`;
}

/** "3.2° lower on the lifted-leg side" and the like: the signed pelvic drop in words. */
export function describeDrop(angle) {
  if (!Number.isFinite(angle)) {
    return 'not measurable: move the pelvis points apart';
  }
  const size = Math.abs(round1(angle)).toFixed(1);
  if (round1(angle) === 0) {
    return `${size}° (level)`;
  }
  return angle > 0 ? `${size}° lower on the lifted-leg side` : `${size}° higher on the lifted-leg side`;
}
