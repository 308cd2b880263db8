// Makes the browser tests' single-leg squat video: a drawn figure squatting three times on one leg, recorded from a
// canvas with MediaRecorder, so the test needs no video file and no network. At the lowest point of each squat the
// measuring points sit exactly where SQUAT_POINTS says (video pixels, 640 x 480).
export const SQUAT_POINTS = {
  hip: { x: 280, y: 250 },
  knee: { x: 300, y: 350 },
  ankle: { x: 280, y: 440 },
  standingPelvis: { x: 280, y: 240 },
  liftedPelvis: { x: 360, y: 248 },
};
const PERIOD = 1.4;
const SQUATS = 3;

function depth(t) {
  return t < PERIOD * SQUATS ? Math.sin(Math.PI * t / PERIOD) ** 2 : 0;
}

function draw(ctx, s) {
  ctx.fillStyle = '#dfe3e8';
  ctx.fillRect(0, 0, 640, 480);
  const hip = { x: 280, y: 210 + 40 * s };
  const knee = { x: 280 + 20 * s, y: 330 + 20 * s };
  const ankle = { x: 280, y: 440 };
  const sp = { x: 280, y: 200 + 40 * s };
  const lp = { x: 360, y: 200 + 48 * s };
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#34495e';
  ctx.lineWidth = 26;
  ctx.beginPath(); ctx.moveTo(hip.x, hip.y); ctx.lineTo(knee.x, knee.y); ctx.lineTo(ankle.x, ankle.y); ctx.stroke();
  ctx.beginPath(); ctx.moveTo(lp.x, lp.y + 10); ctx.lineTo(lp.x + 10, lp.y + 110); ctx.lineTo(lp.x + 5, lp.y + 170); ctx.stroke();
  ctx.fillStyle = '#5d6d7e';
  ctx.fillRect(sp.x - 20, sp.y - 150, lp.x - sp.x + 40, 160);
  ctx.beginPath(); ctx.arc((sp.x + lp.x) / 2, sp.y - 185, 32, 0, Math.PI * 2); ctx.fill();
  ctx.fillStyle = '#c0392b';
  for (const p of [hip, knee, ankle, sp, lp]) {
    ctx.beginPath(); ctx.arc(p.x, p.y, 4, 0, Math.PI * 2); ctx.fill();
  }
}

/**
 * Records the animation frame by frame (30 a second of video, each drawn, then handed to the recorder and held
 * for 1/30 s), so a busy machine gives the same frames, only later. Resolves to the video as base64.
 */
export async function recordSquatVideo() {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const ctx = canvas.getContext('2d');
  draw(ctx, 0);
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0];
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 4_000_000 });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((resolve) => { recorder.onstop = resolve; });
  recorder.start();
  const frames = Math.round((PERIOD * SQUATS + 0.5) * 30);
  for (let n = 0; n <= frames; n++) {
    draw(ctx, depth(n / 30));
    track.requestFrame();
    await new Promise((resolve) => setTimeout(resolve, 1000 / 30));
  }
  recorder.stop();
  await stopped;
  return toBase64(new Blob(chunks, { type: 'video/webm' }));
}

/** Records a still image, drawn size x size, as 45 frames (1.5 s): a "video" of a person standing still. */
export async function recordImageVideo(src, size) {
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0];
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 6_000_000 });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((resolve) => { recorder.onstop = resolve; });
  recorder.start();
  for (let n = 0; n < 45; n++) {
    ctx.drawImage(img, 0, 0, size, size);
    track.requestFrame();
    await new Promise((resolve) => setTimeout(resolve, 1000 / 30));
  }
  recorder.stop();
  await stopped;
  return toBase64(new Blob(chunks, { type: 'video/webm' }));
}

async function toBase64(blob) {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
