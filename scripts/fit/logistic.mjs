// L2-regularised logistic regression by Newton's method on standardised features: deterministic (no
// randomness, fixed iterations), so re-fitting the same data gives the same numbers.

function solve(a, b) {
  // Gaussian elimination with partial pivoting; a is n x n, b is n.
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const d = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / d;
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

/**
 * rows: arrays of numbers; labels: 0/1; weights: per-row weights (optional). Returns { bias, coef }
 * in the original feature units.
 */
export function fitLogistic(rows, labels, { l2 = 1, iterations = 25, weights } = {}) {
  const k = rows[0].length;
  const mean = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
  const sd = Array.from({ length: k }, (_, j) => {
    const v = rows.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / rows.length;
    return Math.sqrt(v) || 1;
  });
  const x = rows.map((r) => [1, ...r.map((v, j) => (v - mean[j]) / sd[j])]);
  let beta = new Array(k + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array(k + 1).fill(0);
    const hess = Array.from({ length: k + 1 }, () => new Array(k + 1).fill(0));
    x.forEach((xi, i) => {
      const w = weights ? weights[i] : 1;
      const z = xi.reduce((s, v, j) => s + v * beta[j], 0);
      const p = 1 / (1 + Math.exp(-z));
      const g = (labels[i] - p) * w;
      const h = p * (1 - p) * w;
      for (let a = 0; a <= k; a++) {
        grad[a] += g * xi[a];
        for (let b = 0; b <= k; b++) hess[a][b] += h * xi[a] * xi[b];
      }
    });
    for (let a = 1; a <= k; a++) {
      grad[a] -= l2 * beta[a];
      hess[a][a] += l2;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b + step[j]);
  }
  const coef = beta.slice(1).map((b, j) => b / sd[j]);
  const bias = beta[0] - coef.reduce((s, c, j) => s + c * mean[j], 0);
  return { bias, coef };
}
