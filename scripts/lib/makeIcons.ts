import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodePng, type RgbaImage } from './png.js';

/**
 * Draws the two Teams app icons: a white house with a heart on the accent colour (color.png, 192x192),
 * and the same house as a white outline on transparent (outline.png, 32x32).
 *
 * Re-make the icons after a change here with:
 *   npx tsc -p tsconfig.json && node dist/scripts/lib/makeIcons.js [manifestDir]
 */

/** Background of color.png; manifest.json's accentColor must be the same (a test checks it). */
export const ICON_ACCENT_COLOR = '#0F6E7A';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** Samples per pixel along each axis; 4x4 samples give smooth edges. */
const SUPERSAMPLING = 4;

type Point = readonly [x: number, y: number];
/** Whether a point of the unit square (x right, y down) lies inside a shape. */
type Shape = (x: number, y: number) => boolean;

/** Pentagon house in unit coordinates: roof apex, eaves, floor. */
const HOUSE: readonly Point[] = [
  [0.5, 0.16],
  [0.84, 0.46],
  [0.84, 0.84],
  [0.16, 0.84],
  [0.16, 0.46],
];

function insidePolygon(polygon: readonly Point[]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const [xi, yi] = polygon[i];
      const [xj, yj] = polygon[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function distanceToSegment(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The band of a polygon's inside that lies within `width` of its edges. */
function polygonStroke(polygon: readonly Point[], width: number): Shape {
  const inside = insidePolygon(polygon);
  return (x, y) =>
    inside(x, y) &&
    polygon.some((point, i) => distanceToSegment(x, y, point, polygon[(i + 1) % polygon.length]) <= width);
}

/** The classic implicit heart (x² + y² − 1)³ − x²y³ ≤ 0, centred at (cx, cy) and `scale` units per heart unit. */
function heart(cx: number, cy: number, scale: number): Shape {
  return (x, y) => {
    const hx = (x - cx) / scale;
    const hy = (cy - y) / scale;
    const a = hx * hx + hy * hy - 1;
    return a * a * a - hx * hx * hy * hy * hy <= 0;
  };
}

/** Fraction of a pixel's samples that fall inside the shape. */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLING) / size;
      const y = (py + (sy + 0.5) / SUPERSAMPLING) / size;
      if (shape(x, y)) hits++;
    }
  }
  return hits / (SUPERSAMPLING * SUPERSAMPLING);
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** A white house on the accent colour, with the heart cut out in the accent colour. */
export function drawColorIcon(size = COLOR_ICON_SIZE): RgbaImage {
  const house = insidePolygon(HOUSE);
  const cutOut = heart(0.5, 0.62, 0.12);
  const whiteHouse: Shape = (x, y) => house(x, y) && !cutOut(x, y);
  const [r, g, b] = hexToRgb(ICON_ACCENT_COLOR);
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const white = coverage(whiteHouse, px, py, size);
      const offset = (py * size + px) * 4;
      pixels[offset] = Math.round(r + (255 - r) * white);
      pixels[offset + 1] = Math.round(g + (255 - g) * white);
      pixels[offset + 2] = Math.round(b + (255 - b) * white);
      pixels[offset + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** The house as a white outline with a white heart inside, on transparent: only alpha varies. */
export function drawOutlineIcon(size = OUTLINE_ICON_SIZE): RgbaImage {
  const walls = polygonStroke(HOUSE, 0.07);
  const filledHeart = heart(0.5, 0.6, 0.11);
  const shape: Shape = (x, y) => walls(x, y) || filledHeart(x, y);
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const offset = (py * size + px) * 4;
      pixels.fill(255, offset, offset + 3);
      pixels[offset + 3] = Math.round(255 * coverage(shape, px, py, size));
    }
  }
  return { width: size, height: size, pixels };
}

/** Writes color.png and outline.png into `dir` and returns their paths. */
export async function writeIcons(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: Array<[string, RgbaImage]> = [
    ['color.png', drawColorIcon()],
    ['outline.png', drawOutlineIcon()],
  ];
  return Promise.all(
    files.map(async ([name, image]) => {
      const file = path.join(dir, name);
      await writeFile(file, encodePng(image));
      return file;
    }),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? 'manifest');
  writeIcons(dir).then(
    (files) => console.log(`Wrote ${files.join(', ')}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
