// Automatic landmarks: the MoveNet Lightning pose model from our own copy of @vladmandic/human, loaded with import()
// only when someone asks for it. Nothing is fetched from anywhere but this server; the frames never leave the page.

const KEEP = 0.3; // below this a keypoint's score is too low to place a point with

let loading = null;

/** Loads the library and model once; resolves to a Human instance. `base` is the vendor folder's URL. */
export function loadPose(base) {
  if (!loading) {
    loading = (async () => {
      const { Human } = await import(`${base}dist/human.esm.js`);
      try {
        return await start(Human, base, 'webgl');
      } catch (noWebgl) {
        // Without WebGL the plain JavaScript backend still works, only slower; the WASM backend is not shipped.
        return start(Human, base, 'cpu');
      }
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** One Human instance on one TensorFlow.js backend; fails when that backend cannot start here. */
async function start(Human, base, backend) {
  const human = new Human({
    modelBasePath: `${base}models/`,
    backend,
    warmup: 'none',
    debug: false,
    cacheSensitivity: 0,
    filter: { enabled: false },
    face: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    body: { enabled: true, modelPath: 'movenet-lightning.json', minConfidence: 0.1, maxDetected: 1 },
  });
  await human.load();
  if (human.tf.getBackend() !== backend) {
    throw new Error(`backend ${backend} not available`);
  }
  return human;
}

/** Keypoints of the one person on a frame, as {part: {x, y, score}}; empty when nobody was found. */
export async function detect(human, source) {
  const result = await human.detect(source);
  const body = result.body && result.body[0];
  const points = {};
  if (body) {
    for (const k of body.keypoints) {
      points[k.part] = { x: k.position[0], y: k.position[1], score: k.score };
    }
  }
  return points;
}

function usable(p) {
  return p && p.score >= KEEP;
}

/**
 * The five measuring points from a pose. The standing leg is the one whose ankle is lower on the image (the other
 * foot is lifted), so a mirrored video or a wrong left/right label from the model does not matter.
 * Returns {points, confidence, problem}: problem names what is missing when a point cannot be placed.
 */
export function pointsFromPose(k) {
  const legs = ['left', 'right'].filter((s) => usable(k[`${s}Ankle`]));
  if (legs.length === 0) {
    return { points: null, confidence: 0, problem: 'the feet' };
  }
  const standing = legs.length === 1 ? legs[0]
    : (k.leftAnkle.y >= k.rightAnkle.y ? 'left' : 'right');
  const lifted = standing === 'left' ? 'right' : 'left';
  const needed = { hip: `${standing}Hip`, knee: `${standing}Knee`, ankle: `${standing}Ankle`, liftedPelvis: `${lifted}Hip` };
  for (const [name, part] of Object.entries(needed)) {
    if (!usable(k[part])) {
      return { points: null, confidence: k[part] ? k[part].score : 0, problem: name === 'liftedPelvis' ? 'the hips' : `the ${name}` };
    }
  }
  const at = (part) => ({ x: k[part].x, y: k[part].y });
  return {
    points: {
      hip: at(needed.hip),
      knee: at(needed.knee),
      ankle: at(needed.ankle),
      standingPelvis: at(needed.hip),
      liftedPelvis: at(needed.liftedPelvis),
    },
    confidence: Math.min(...Object.values(needed).map((part) => k[part].score)),
    problem: null,
  };
}

/**
 * Checks the filming on a frame: the whole body in the picture, and the camera straight on (shoulders level and
 * facing the camera). Returns a list of plain-language problems; empty when the filming looks fine.
 */
export function filmingProblems(k, width, height) {
  const problems = [];
  const margin = 0.01;
  const inside = (p) => usable(p) && p.x > width * margin && p.x < width * (1 - margin)
    && p.y > height * margin && p.y < height * (1 - margin);
  if (!['nose', 'leftAnkle', 'rightAnkle', 'leftHip', 'rightHip'].every((part) => inside(k[part]))) {
    problems.push('Your whole body is not in the picture: your head and both feet should be visible.');
  }
  if (usable(k.leftShoulder) && usable(k.rightShoulder)) {
    const dx = Math.abs(k.leftShoulder.x - k.rightShoulder.x);
    const dy = Math.abs(k.leftShoulder.y - k.rightShoulder.y);
    const bodyHeight = usable(k.nose) && (usable(k.leftAnkle) || usable(k.rightAnkle))
      ? Math.max(k.leftAnkle ? k.leftAnkle.y : 0, k.rightAnkle ? k.rightAnkle.y : 0) - k.nose.y : 0;
    if (Math.atan2(dy, dx) * 180 / Math.PI > 12) {
      problems.push('The picture looks tilted: hold the phone upright, or lean it against something level.');
    }
    if (bodyHeight > 0 && dx < bodyHeight * 0.12) {
      problems.push('You seem to be side-on to the camera: face it straight on.');
    }
  }
  return problems;
}

/**
 * Runs the model on the frame the video shows now: its keypoints, the measuring points and filming problems found
 * on it, and how long the detection took in ms.
 */
export async function analyseFrame(human, video) {
  const frame = document.createElement('canvas');
  frame.width = video.videoWidth;
  frame.height = video.videoHeight;
  frame.getContext('2d').drawImage(video, 0, 0);
  const started = performance.now();
  const keypoints = await detect(human, frame);
  return {
    took: performance.now() - started,
    found: pointsFromPose(keypoints),
    filming: filmingProblems(keypoints, frame.width, frame.height),
  };
}
