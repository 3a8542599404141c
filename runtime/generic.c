/*
 * The generic fallback kernel: any Dk and Dv, every storage format (each
 * tensor its own: runtime/formats.c, af_load_row), every SPEC feature.
 * It is the oracle the generated kernels are held against, so it follows
 * SPEC.md literally and favours clarity over speed: one row at a time, one key
 * at a time, with the classic online-softmax update
 *     m' = max(m, s);  l' = l * e^(m - m') + e^(s - m');
 *     acc' = acc * e^(m - m') + e^(s - m') * v.
 * Loops over the head dim are plain C the compiler can vectorize.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void attnforge_generic_kernel(const af_call *c, const af_tile *t)
{
    const int32_t Dk = c->Dk, Dv = c->Dv;
    float q[ATTNFORGE_MAX_HEAD_DIM], k[ATTNFORGE_MAX_HEAD_DIM], v[ATTNFORGE_MAX_HEAD_DIM];

    for (int32_t hh = 0; hh < t->nh; hh++) {
        for (int32_t ii = 0; ii < t->ni; ii++) {
            const int32_t h = t->h0 + hh, i = t->i0 + ii;
            const int64_t r = (int64_t)hh * t->ni + ii;
            float *acc = t->acc + r * t->acc_stride;
            float m = -INFINITY, l = 0.0f;
            for (int32_t d = 0; d < Dv; d++) acc[d] = 0.0f;

            int64_t lo, hi;
            af_row_range(c, t->b, i, &lo, &hi);
            if (lo < t->j0) lo = t->j0;
            if (hi > t->j1) hi = t->j1;

            af_load_row(c->qf, c->q, af_q_offset_elems(c, t->b, i, h), Dk, 1.0f, q);
            const int64_t mrow = c->mask ? af_mask_offset(c, t->b, h, i) : -1;
            const int32_t kvh = h / c->group; /* t->kvh unless the tile spans KV heads */
            const float kscale = af_kv_scale(c, 0, kvh), vscale = af_kv_scale(c, 1, kvh);
            const float slope = c->slopes ? c->slopes[h] : 0.0f;
            const float mscale = c->mscales ? c->mscales[h] : 1.0f;
            const int64_t pos = af_pos(c, t->b, i);

            for (int64_t j = lo; j < hi; j++) {
                af_load_row(c->kf, c->k, af_kv_offset(c, 0, t->b, kvh, j), Dk, kscale, k);
                float dot = 0.0f;
                for (int32_t d = 0; d < Dk; d++) dot += q[d] * k[d];
                float s = c->scale * dot;
                if (c->softcap > 0.0f) s = c->softcap * tanhf(s / c->softcap);
                if (c->slopes) s -= slope * (float)llabs(pos - j);
                if (mrow >= 0) {
                    const float mv = af_mask_at(c, mrow, j);
                    if (mv == -INFINITY) continue; /* -inf in the mask excludes the key */
                    s += mscale * mv; /* 1 * mv is mv exactly */
                }
                if (s == -INFINITY) continue; /* a -inf score excludes it too */

                /* New running max, or a NaN score: rescale what we have. A NaN
                 * score makes f, hence l and acc, NaN for the rest of the row
                 * (and m is never left at -inf), so the merge writes NaN to O
                 * and LSE as the reference does. */
                if (!(s <= m)) {
                    const float f = expf(m - s); /* m = -inf gives 0 */
                    l *= f;
                    for (int32_t d = 0; d < Dv; d++) acc[d] *= f;
                    m = s;
                }
                const float pj = expf(s - m);
                l += pj;
                af_load_row(c->vf, c->v, af_kv_offset(c, 1, t->b, kvh, j), Dv, vscale, v);
                for (int32_t d = 0; d < Dv; d++) acc[d] += pj * v[d];
            }
            t->m[r] = m;
            t->l[r] = l;
        }
    }
}
