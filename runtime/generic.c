/*
 * The generic fallback kernel: any Dk and Dv, every dtype, every SPEC feature.
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

/* Loads n elements of the storage dtype as f32. */
static void load_row(attnforge_dtype dt, const void *base, int64_t off, int32_t n, float *out)
{
    if (dt == ATTNFORGE_F32) {
        memcpy(out, (const float *)base + off, (size_t)n * sizeof(float));
    } else if (dt == ATTNFORGE_F16) {
        const uint16_t *s = (const uint16_t *)base + off;
        for (int32_t d = 0; d < n; d++) out[d] = af_f16_to_f32(s[d]);
    } else {
        const uint16_t *s = (const uint16_t *)base + off;
        for (int32_t d = 0; d < n; d++) out[d] = af_bf16_to_f32(s[d]);
    }
}

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

            load_row(c->dtype, c->q, af_q_offset_elems(c, t->b, i, h), Dk, q);
            const float *mrow = af_mask_row(c, t->b, h, i);
            const float slope = c->slopes ? c->slopes[h] : 0.0f;
            const int64_t pos = af_pos(c, t->b, i);

            for (int64_t j = lo; j < hi; j++) {
                load_row(c->dtype, c->k, af_kv_offset(c, 0, t->b, t->kvh, j), Dk, k);
                float dot = 0.0f;
                for (int32_t d = 0; d < Dk; d++) dot += q[d] * k[d];
                float s = c->scale * dot;
                if (c->softcap > 0.0f) s = c->softcap * tanhf(s / c->softcap);
                if (c->slopes) s -= slope * (float)llabs(pos - j);
                if (mrow) {
                    const float mv = mrow[j * c->m_sj];
                    if (mv == -INFINITY) continue; /* -inf in the mask excludes the key */
                    s += mv;
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
                load_row(c->dtype, c->v, af_kv_offset(c, 1, t->b, t->kvh, j), Dv, v);
                for (int32_t d = 0; d < Dv; d++) acc[d] += pj * v[d];
            }
            t->m[r] = m;
            t->l[r] = l;
        }
    }
}
