// Plain browser tests of the video tool's maths, run by VideoMeasureInBrowserIT in Chromium. Each case has a known
// point set and the angle it must give; run() returns one {name, ok, detail} per case.
import { fppa, pelvicDrop, medialDirection, summarise, peaks, round1 } from '/web/video/measure-math.js';
import { pointsFromPose, filmingProblems } from '/web/video/pose.js';

const DEG = 180 / Math.PI;
const cases = [];
const test = (name, fn) => cases.push({ name, fn });
const near = (actual, expected, tolerance = 0.05) => {
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`expected ${expected}, got ${actual}`);
  }
};
const equal = (actual, expected) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
};

// Hip above ankle on a vertical line; the knee 20 px off it, 100 px below the hip and 90 px above the ankle.
const hip = { x: 280, y: 250 };
const ankle = { x: 280, y: 440 };
const kneeIn = { x: 300, y: 350 };
const kneeOut = { x: 260, y: 350 };
const expected = 180 - (Math.acos(((-20) * (-20) + (-100) * 90) / (Math.hypot(20, 100) * Math.hypot(20, 90))) * DEG);

test('a straight leg has an FPPA of 0', () => near(fppa(hip, { x: 280, y: 350 }, ankle, 1), 0));
test('a knee medial of the hip-ankle line gives a positive FPPA (Willson & Davis: inward positive)',
  () => near(fppa(hip, kneeIn, ankle, 1), expected));
test('the known knee-inward set is 23.8 degrees', () => near(round1(fppa(hip, kneeIn, ankle, 1)), 23.8, 0.001));
test('a knee lateral of the line gives the same angle, negative', () => near(fppa(hip, kneeOut, ankle, 1), -expected));
test('medial to the left on the image flips the sign', () => near(fppa(hip, kneeOut, ankle, -1), expected));
test('a right angle at the knee is an FPPA of 90', () => near(fppa({ x: 0, y: 0 }, { x: 100, y: 100 }, { x: 0, y: 200 }, 1), 90));
test('a camera tilted by 10 degrees gives the same angle', () => {
  const turn = (p) => ({ x: hip.x + (p.x - hip.x) * Math.cos(10 / DEG) - (p.y - hip.y) * Math.sin(10 / DEG),
    y: hip.y + (p.x - hip.x) * Math.sin(10 / DEG) + (p.y - hip.y) * Math.cos(10 / DEG) });
  near(fppa(turn(hip), turn(kneeIn), turn(ankle), 1), expected, 0.001);
});
test('points on top of each other give no angle', () => equal(Number.isNaN(fppa(hip, hip, ankle, 1)), true));
test('the medial direction points from the standing to the lifted side of the pelvis', () => {
  equal(medialDirection({ x: 280, y: 240 }, { x: 360, y: 248 }), 1);
  equal(medialDirection({ x: 360, y: 240 }, { x: 280, y: 248 }), -1);
});
test('a level pelvis has no drop', () => near(pelvicDrop({ x: 280, y: 240 }, { x: 360, y: 240 }), 0));
test('the lifted side 8 px lower over 80 px is a 5.7 degree drop', () => near(pelvicDrop({ x: 280, y: 240 }, { x: 360, y: 248 }), Math.atan(0.1) * DEG));
test('the lifted side higher is a negative drop', () => near(pelvicDrop({ x: 280, y: 240 }, { x: 360, y: 232 }), -Math.atan(0.1) * DEG));
test('the drop does not depend on which side of the picture the standing leg is',
  () => near(pelvicDrop({ x: 360, y: 240 }, { x: 280, y: 248 }), Math.atan(0.1) * DEG));
test('three trials average to their mean with their spread', () => {
  const s = summarise([23.8, 21.5, 26.2]);
  equal(s.count, 3);
  near(s.mean, 23.833, 0.001);
  near(s.spread, 4.7, 0.0001);
});
test('unusable trials are left out of the average', () => {
  const s = summarise([10, NaN, 14]);
  equal(s.count, 2);
  near(s.mean, 12);
});
test('no trials give no average', () => equal(summarise([]).count, 0));
test('three squats in a motion series give three lowest points', () => {
  const series = [0, 2, 8, 10, 7, 1, 0, 3, 9, 6, 1, 0, 4, 11, 5, 0];
  equal(peaks(series, 3), [3, 8, 13]);
});
test('a flat top (one frame sampled several times) is one lowest point, at its middle', () => {
  equal(peaks([0, 8, 27, 34, 34, 34, 34, 34, 8, 6, 24, 35, 35, 35, 35, 21, 5, 20, 32, 35, 25, 8], 5), [5, 12, 19]);
});
test('small wobbles are not squats', () => equal(peaks([0, 1, 0, 10, 0, 1, 0], 2), [3]));
test('a still video has no lowest point', () => equal(peaks([0, 0, 0], 2), []));

const person = (over = {}) => Object.assign({
  nose: { x: 560, y: 100, score: 0.9 },
  leftShoulder: { x: 690, y: 230, score: 0.9 }, rightShoulder: { x: 510, y: 240, score: 0.9 },
  leftHip: { x: 648, y: 541, score: 0.9 }, rightHip: { x: 541, y: 546, score: 0.8 },
  leftKnee: { x: 658, y: 831, score: 0.9 }, rightKnee: { x: 557, y: 828, score: 0.8 },
  leftAnkle: { x: 666, y: 1082, score: 0.8 }, rightAnkle: { x: 584, y: 960, score: 0.8 },
}, over);
test('the standing leg is the one whose ankle is lower; the other hip is the lifted side', () => {
  const found = pointsFromPose(person());
  equal(found.points.knee, { x: 658, y: 831 });
  equal(found.points.liftedPelvis, { x: 541, y: 546 });
  near(found.confidence, 0.8);
});
test('a knee the model is unsure of places no points and says which', () => {
  const found = pointsFromPose(person({ leftKnee: { x: 658, y: 831, score: 0.1 } }));
  equal(found.points, null);
  equal(found.problem, 'the knee');
});
test('a well-filmed person raises no filming problem', () => equal(filmingProblems(person(), 1200, 1200), []));
test('feet outside the picture ask for the whole body', () => {
  const problems = filmingProblems(person({ leftAnkle: { x: 666, y: 1199, score: 0.9 } }), 1200, 1200);
  equal(problems.length, 1);
  equal(problems[0].startsWith('Your whole body is not in the picture'), true);
});
test('a tilted picture is pointed out', () => {
  const problems = filmingProblems(person({ leftShoulder: { x: 690, y: 300, score: 0.9 } }), 1200, 1200);
  equal(problems.some((p) => p.startsWith('The picture looks tilted')), true);
});
test('a side-on body is pointed out', () => {
  const problems = filmingProblems(person({ leftShoulder: { x: 560, y: 230, score: 0.9 }, rightShoulder: { x: 540, y: 232, score: 0.9 } }), 1200, 1200);
  equal(problems.some((p) => p.startsWith('You seem to be side-on')), true);
});

export function run() {
  return cases.map(({ name, fn }) => {
    try {
      fn();
      return { name, ok: true, detail: '' };
    } catch (e) {
      return { name, ok: false, detail: String(e.message || e) };
    }
  });
}
