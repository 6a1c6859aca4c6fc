/**
 * A shortest edit between two sequences by Myers' O(ND) algorithm, searching from both ends for
 * the middle snake and recursing on each half — the way GNU diff's compareseq (diffseq.h) does,
 * so that among equally short edits it finds the same one. (diff gives up on optimality only
 * after thousands of edit steps, which the texts kubectl compares never reach.)
 */

interface Search {
  xv: string[];
  yv: string[];
  /** Furthest x reached on each diagonal k = x − y, forward and backward, offset by `off`. */
  fd: Int32Array;
  bd: Int32Array;
  off: number;
  deleted: (x: number) => void;
  inserted: (y: number) => void;
}

const FAR = 0x7fffffff;

/** Where the forward and backward searches first overlap: a point of some shortest edit. */
function middle(s: Search, xoff: number, xlim: number, yoff: number, ylim: number): { x: number; y: number } {
  const { xv, yv, fd, bd, off } = s;
  const [dmin, dmax] = [xoff - ylim, xlim - yoff];
  const [fmid, bmid] = [xoff - yoff, xlim - ylim];
  let [fmin, fmax, bmin, bmax] = [fmid, fmid, bmid, bmid];
  const odd = (fmid - bmid) & 1;
  fd[off + fmid] = xoff;
  bd[off + bmid] = xlim;
  for (;;) {
    if (fmin > dmin) fd[off + --fmin - 1] = -1;
    else ++fmin;
    if (fmax < dmax) fd[off + ++fmax + 1] = -1;
    else --fmax;
    for (let d = fmax; d >= fmin; d -= 2) {
      const [lo, hi] = [fd[off + d - 1], fd[off + d + 1]];
      let x = lo >= hi ? lo + 1 : hi;
      let y = x - d;
      while (x < xlim && y < ylim && xv[x] === yv[y]) {
        x++;
        y++;
      }
      fd[off + d] = x;
      if (odd && bmin <= d && d <= bmax && bd[off + d] <= x) return { x, y };
    }
    if (bmin > dmin) bd[off + --bmin - 1] = FAR;
    else ++bmin;
    if (bmax < dmax) bd[off + ++bmax + 1] = FAR;
    else --bmax;
    for (let d = bmax; d >= bmin; d -= 2) {
      const [lo, hi] = [bd[off + d - 1], bd[off + d + 1]];
      let x = lo < hi ? lo : hi - 1;
      let y = x - d;
      while (x > xoff && y > yoff && xv[x - 1] === yv[y - 1]) {
        x--;
        y--;
      }
      bd[off + d] = x;
      if (!odd && fmin <= d && d <= fmax && x <= fd[off + d]) return { x, y };
    }
  }
}

function compareSeq(s: Search, xoff: number, xlim: number, yoff: number, ylim: number): void {
  while (xoff < xlim && yoff < ylim && s.xv[xoff] === s.yv[yoff]) {
    xoff++;
    yoff++;
  }
  while (xlim > xoff && ylim > yoff && s.xv[xlim - 1] === s.yv[ylim - 1]) {
    xlim--;
    ylim--;
  }
  if (xoff === xlim) for (let y = yoff; y < ylim; y++) s.inserted(y);
  else if (yoff === ylim) for (let x = xoff; x < xlim; x++) s.deleted(x);
  else {
    const mid = middle(s, xoff, xlim, yoff, ylim);
    compareSeq(s, xoff, mid.x, yoff, mid.y);
    compareSeq(s, mid.x, xlim, mid.y, ylim);
  }
}

/** Calls `deleted(i)` for each line of `xv` and `inserted(j)` for each of `yv` outside the common subsequence. */
export function shortestEdit(xv: string[], yv: string[], deleted: (x: number) => void, inserted: (y: number) => void): void {
  const size = xv.length + yv.length + 3;
  compareSeq({ xv, yv, fd: new Int32Array(size), bd: new Int32Array(size), off: yv.length + 1, deleted, inserted }, 0, xv.length, 0, yv.length);
}
