// The generalized Hilbert ("gilbert") curve over a rows × cols rectangle (spec §3.9): the order
// in which the mosaic lays files out, so neighbouring cells hold neighbouring code. Pure math,
// no I/O. Algorithm after J. Červený's gilbert2d (BSD-2), iterative over an explicit stack so a
// 1024×1024 grid cannot overflow the call stack.
//
// Every step of the returned order is 4-adjacent (|Δr| + |Δc| = 1). The classic gilbert2d needs
// one diagonal step when the major side is odd and the minor side even (a parity obstruction
// for a path ending on the same side it starts); we then run the curve along the other axis,
// whose end-corner parity admits a 4-adjacent path, and fall back to a boustrophedon only if
// that too would need a diagonal (checked, never observed for 1..96 × 1..96).

/** Cell indices `r * cols + c` in curve order; every cell exactly once. */
export function gilbertOrder(rows: number, cols: number): Int32Array {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) throw new RangeError(`gilbert: bad grid ${rows}x${cols}`);
  const major = curve(rows, cols, cols >= rows);
  if (isAdjacentPath(major, cols)) return major;
  const minor = curve(rows, cols, cols < rows);
  if (isAdjacentPath(minor, cols)) return minor;
  return snake(rows, cols);
}

/** True when consecutive cells of `order` share an edge. */
export function isAdjacentPath(order: Int32Array, cols: number): boolean {
  for (let i = 1; i < order.length; i++) {
    const a = order[i - 1];
    const b = order[i];
    const dr = Math.abs(Math.floor(a / cols) - Math.floor(b / cols));
    const dc = Math.abs((a % cols) - (b % cols));
    if (dr + dc !== 1) return false;
  }
  return true;
}

function snake(rows: number, cols: number): Int32Array {
  const out = new Int32Array(rows * cols);
  let k = 0;
  for (let r = 0; r < rows; r++) for (let i = 0; i < cols; i++) out[k++] = r * cols + (r % 2 ? cols - 1 - i : i);
  return out;
}

const sign = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);

/** gilbert2d with x = column, y = row; `alongX` picks the axis the curve runs along first. */
function curve(rows: number, cols: number, alongX: boolean): Int32Array {
  const out = new Int32Array(rows * cols);
  let k = 0;
  // Frames: [x, y, ax, ay, bx, by]
  const stack: number[][] = [alongX ? [0, 0, cols, 0, 0, rows] : [0, 0, 0, rows, cols, 0]];
  while (stack.length) {
    const [x0, y0, ax, ay, bx, by] = stack.pop()!;
    let x = x0;
    let y = y0;
    const w = Math.abs(ax + ay);
    const h = Math.abs(bx + by);
    const dax = sign(ax), day = sign(ay);
    const dbx = sign(bx), dby = sign(by);
    if (h === 1) {
      for (let i = 0; i < w; i++) {
        out[k++] = y * cols + x;
        x += dax;
        y += day;
      }
      continue;
    }
    if (w === 1) {
      for (let i = 0; i < h; i++) {
        out[k++] = y * cols + x;
        x += dbx;
        y += dby;
      }
      continue;
    }
    let ax2 = Math.floor(ax / 2), ay2 = Math.floor(ay / 2);
    let bx2 = Math.floor(bx / 2), by2 = Math.floor(by / 2);
    const w2 = Math.abs(ax2 + ay2);
    const h2 = Math.abs(bx2 + by2);
    if (2 * w > 3 * h) {
      if (w2 % 2 && w > 2) {
        ax2 += dax;
        ay2 += day;
      }
      // Two halves along the long side; pushed in reverse so the first runs first.
      stack.push([x + ax2, y + ay2, ax - ax2, ay - ay2, bx, by]);
      stack.push([x, y, ax2, ay2, bx, by]);
    } else {
      if (h2 % 2 && h > 2) {
        bx2 += dbx;
        by2 += dby;
      }
      stack.push([x + (ax - dax) + (bx2 - dbx), y + (ay - day) + (by2 - dby), -bx2, -by2, -(ax - ax2), -(ay - ay2)]);
      stack.push([x + bx2, y + by2, ax, ay, bx - bx2, by - by2]);
      stack.push([x, y, bx2, by2, ax2, ay2]);
    }
  }
  return out;
}
