/*
 * The record's trailing patches: 4 bytes each (target, element index low and
 * high byte, value code) that plant a special value (NaN, +-inf, zeros,
 * denormals, huge numbers) in Q, K, V, the mask, the slopes or the sinks of
 * the decoded call.
 */
#include <math.h>
#include <stdint.h>

#include "convert.h"
#include "fz.h"

/* A special value for a patch of target t (0 Q, 1 K, 2 V, 3 mask, 4 slopes,
 * 5 sinks); in_score: the element also takes part in a score (V read out of
 * Q's block). */
static double special_value(int t, int in_score, unsigned code, attnforge_dtype dt, tu_sm64 *r)
{
    const double big = dt == ATTNFORGE_F16 ? 65504.0 : 1e15;
    double x;
    switch (code % 16) {
    case 0: x = NAN; break;
    case 1: x = INFINITY; break;
    case 2: x = -INFINITY; break;
    case 3: x = 0.0; break;
    case 4: x = -0.0; break;
    case 5: x = dt == ATTNFORGE_F16 ? 5.9604644775390625e-08 : 1.401298464324817e-45; break;
    case 6: x = dt == ATTNFORGE_F16 ? 3e-5 : 1e-40; break;
    case 7: x = big; break;
    case 8: x = -big; break;
    case 9: x = 1.0; break;
    case 10: x = -1.0; break;
    case 11: x = 1e-7; break;
    case 12: x = t == 3 || t == 5 ? 1e30 : big; break;
    case 13: x = t == 3 || t == 5 ? -1e30 : -big; break;
    case 14: x = t == 3 ? -1e10 : 3.0; break;
    default: x = tu_sm64_range(r, -4.0, 4.0); break;
    }
    if (t == 2 && isinf(x)) x = code & 16 ? NAN : big; /* an infinite V is out of scope */
    if (t == 4 && fabs(x) > 1e4 && isfinite(x)) x = x > 0 ? 1e4 : -1e4;
    if (fz_skip_known && (t == 0 || t == 1 || t == 4 || in_score) && !isfinite(x)) x = 1.0;
    if (fz_skip_known && t == 3 && isnan(x)) x = -INFINITY;
    if (fz_skip_known && t == 2 && isnan(x)) x = 1.0; /* NaN V under a zero weight */
    return x;
}

/* Patch of Q, K or V: idx picks an element of the logical view. */
static void patch_qkv(fz_case *c, unsigned t, uint64_t idx, unsigned code, tu_sm64 *r)
{
    tu_tensor *v = t == 0 ? &c->q : t == 1 ? &c->k : &c->v;
    if (v->data == c->q.data) v = &c->q; /* K or V read out of Q's block */
    uint64_t tot = (uint64_t)(v->n[0] * v->n[1] * v->n[2] * v->n[3]);
    uint64_t e = idx % tot;
    int64_t dd = (int64_t)(e % (uint64_t)v->n[3]);
    e /= (uint64_t)v->n[3];
    int64_t hh = (int64_t)(e % (uint64_t)v->n[2]);
    e /= (uint64_t)v->n[2];
    int64_t ss = (int64_t)(e % (uint64_t)v->n[1]);
    int64_t bb = (int64_t)(e / (uint64_t)v->n[1]);
    int vt = v == &c->q ? (c->share_v ? 2 : 0) : (int)t;
    tu_store_f32(v->dtype, v->data, tu_tensor_off(v, bb, ss, hh, dd),
                 (float)special_value(vt, v == &c->q || t != 2, code, v->dtype, r));
}

void fz_apply_patches(fz_case *c, const uint8_t *d, size_t n, tu_sm64 *r)
{
    for (size_t at = F_PATCH; at + 4 <= n; at += 4) {
        const unsigned t = d[at] % 6, code = d[at + 3];
        const uint64_t idx = (uint64_t)d[at + 1] | (uint64_t)d[at + 2] << 8;
        if (t <= 2) {
            patch_qkv(c, t, idx, code, r);
        } else if (t == 3 && c->mask.data) {
            int64_t tot = (int64_t)c->B * c->Hq * c->Sq * c->Skv;
            int64_t e = (int64_t)(idx % (uint64_t)tot);
            int64_t j = e % c->Skv, i = e / c->Skv % c->Sq, h = e / c->Skv / c->Sq % c->Hq,
                    b = e / c->Skv / c->Sq / c->Hq;
            ((float *)c->mask.data)[tu_tensor_off(&c->mask, b, h, i, j)] =
                (float)special_value(3, 1, code, c->dt, r);
        } else if (t == 4 && c->slopes) {
            c->slopes[idx % (uint64_t)c->Hq] = (float)special_value(4, 1, code, c->dt, r);
        } else if (t == 5 && c->sinks) {
            c->sinks[idx % (uint64_t)c->Hq] = (float)special_value(5, 0, code, c->dt, r);
        }
    }
}
