/* Auto-generated file. Do not edit!
 *   Template:   templates/pair.h.in
 *   ISA module: templates/isa/avx2.lua
 *   Format:     templates/fmt/f32.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=f32 isa=avx2
 */
#ifndef ATTNFORGE_GEN_ISA_AVX2_F32_H
#define ATTNFORGE_GEN_ISA_AVX2_F32_H

#include "avx2.h"

#if defined(__x86_64__) || defined(_M_X64)

/* Constants of one tile row (query head h, query i). */
typedef struct afp_avx2_f32_row {
    int64_t lo, hi;     /* keys visible to the row, clipped to [j0, j1) */
    int64_t pos;        /* absolute query position (ALiBi distance) */
    int64_t qoff;       /* element offset of the row's Q (af_q_offset_elems) */
    float slope;        /* ALiBi slope of head h, 0 = none */
    const void *mask;   /* mask row M[b, h, i, .] (f32 or f16: c->mf) or NULL */
    float mscale;       /* the mask's factor for head h (mask_scales), 1 = none */
    float *m, *l, *acc; /* the row's outputs */
} afp_avx2_f32_row;

/* Row pointers of K (is_v = 0) or V for keys [j, j + n) of (b, kvh): one
 * offset computation per contiguous run (a page when paged), then stride.
 * Offsets are in elements; x converts one to float units. */
static AF_UNUSED AF_TARGET_AVX2 void afp_avx2_f32_gather(const af_call *c, int is_v, int32_t b, int32_t kvh,
                                           int64_t j, int32_t n, const float **out)
{
    const float *base = (const float *)(is_v ? c->v : c->k);
    const int64_t ss = is_v ? c->v_ss : c->k_ss;
    int32_t k = 0;
    while (k < n) {
        const int32_t run = (int32_t)af_kv_run(c, j + k, j + n);
        const float *p = base + af_kv_offset(c, is_v, b, kvh, j + k);
        for (int32_t u = 0; u < run; u++) out[k + u] = p + (int64_t)u * ss;
        k += run;
    }
}

/* The softcap's form for the block softmax: 0 off; 1 s / c computed as the
 * dot product times scale / c, one product (within SPEC's bound, as exact as
 * two roundings); 2 the product by scale, then a division by c, where scale / c
 * would be subnormal (an absurd cap: its factor would lose its digits). */
static inline AF_UNUSED int afp_avx2_f32_softcap_fold(const af_call *c)
{
    if (!(c->softcap > 0.0f)) return 0;
    return c->scale / c->softcap >= 0x1p-126f ? 1 : 2;
}

/* The factor the raw dot products are multiplied by: scale, or scale / c
 * where the softcap folds into it (form 1). */
static inline AF_UNUSED float afp_avx2_f32_score_factor(const af_call *c, int cap)
{
    return cap == 1 ? c->scale / c->softcap : c->scale;
}

/* c * tanh(s / c) of scores x already multiplied by afp_avx2_f32_score_factor: in
 * form 1 x is s / c, in form 2 x is s. */
static inline AF_UNUSED AF_TARGET_AVX2 afv_avx2 afp_avx2_f32_apply_softcap(afv_avx2 x, afv_avx2 vcap, int cap)
{
    return afv_avx2_mul(vcap, afv_avx2_tanh(cap == 1 ? x : afv_avx2_div(x, vcap)));
}

/* The block softmax of one row. s[0, np) holds the raw dot products of the
 * row with keys jb .. jb + np - 1 (n of them real). Applies scale, softcap,
 * ALiBi and mask, and rewrites s as p = exp(score - m_new), with p = -0.0
 * (sign bit set) for every excluded key: invisible, masked by -inf, or with
 * a -inf score. Underflowed weights are +0.0 and still take part, so a NaN in
 * their V reaches O as it does in the reference. Updates the row's m and l;
 * returns the factor exp(m_old - m_new) the row's acc must be scaled by
 * before adding p * V. *partial is set when a key of the block is excluded
 * for this row. A NaN score (or exp(inf - inf)) poisons the row: m = l = NaN,
 * which the merge turns into NaN in all of O and LSE, as in the reference. */
static AF_UNUSED AF_TARGET_AVX2 float afp_avx2_f32_softmax_row(const af_call *c, afp_avx2_f32_row *rw, float *s, int64_t jb,
                                                 int32_t n, int32_t np, int *partial)
{
    const int32_t lo = rw->lo > jb ? (int32_t)(rw->lo - jb) : 0;
    const int32_t hi = rw->hi < jb + n ? (int32_t)(rw->hi - jb) : n;
    const afv_avx2 nzero = afv_avx2_set1(-0.0f);
    *partial |= lo > 0 || hi < n || lo >= hi;
    if (lo >= hi) { /* nothing visible: every p excluded, state unchanged */
        for (int32_t k = 0; k < np; k += 8) afv_avx2_store(s + k, nzero);
        return 1.0f;
    }
    float mk[64];
    /* a mask that is zero on the visible keys (llama.cpp's, away from the
     * diagonal) changes nothing: skipped */
    const int masked = rw->mask && !af_mask_zero(c, rw->mask, jb + lo, jb + hi);
    if (masked) {
        const float ms = rw->mscale; /* > 0: -inf stays -inf; 1 leaves the mask exact */
        if (c->mf == ATTNFORGE_FORMAT_F16) { /* llama.cpp's mask: f16, unit key stride */
            const uint16_t *mr = (const uint16_t *)rw->mask;
            int32_t k = 0;
            if (c->m_sj == 1)
                for (; k + 8 <= n; k += 8) afv_avx2_store(mk + k, afv_avx2_mul(afv_avx2_load_f16(mr + jb + k), afv_avx2_set1(ms)));
            for (; k < n; k++) mk[k] = ms * af_f16_to_f32(mr[(jb + k) * c->m_sj]);
        } else {
            const float *mr = (const float *)rw->mask;
            for (int32_t k = 0; k < n; k++) mk[k] = ms * mr[(jb + k) * c->m_sj];
        }
        for (int32_t k = 0; k < n; k++)
            if (mk[k] == -INFINITY) *partial = 1;
        for (int32_t k = n; k < np; k++) mk[k] = 0.0f;
    }
    const int cap = afp_avx2_f32_softcap_fold(c);
    const afv_avx2 vscale = afv_avx2_set1(afp_avx2_f32_score_factor(c, cap)), vcap = afv_avx2_set1(c->softcap);
    const afv_avx2 vslope = afv_avx2_set1(-rw->slope), iota = afv_avx2_iota();
    for (int32_t k = 0; k < np; k += 8) {
        afv_avx2 x = afv_avx2_mul(afv_avx2_load(s + k), vscale);
        if (cap) x = afp_avx2_f32_apply_softcap(x, vcap, cap);
        if (rw->slope != 0.0f)
            x = afv_avx2_fma(vslope, afv_avx2_abs(afv_avx2_add(afv_avx2_set1((float)(jb + k - rw->pos)), iota)), x);
        if (masked) x = afv_avx2_mask_add(x, afv_avx2_load(mk + k));
        afv_avx2_store(s + k, x);
    }
    for (int32_t k = 0; k < lo; k++) s[k] = -INFINITY;
    for (int32_t k = hi; k < np; k++) s[k] = -INFINITY;
    /* max of the scores, and max of their negations (+inf: some key has a
     * -inf score, so the block is partial for this row; padding keys count
     * too, which only costs the last block a V finiteness check) */
    afv_avx2 vmax = afv_avx2_set1(-INFINITY), vneg = vmax;
    for (int32_t k = 0; k < np; k += 8) {
        const afv_avx2 x = afv_avx2_load(s + k);
        vmax = afv_avx2_max(vmax, x);
        vneg = afv_avx2_max(vneg, afv_avx2_sub(afv_avx2_zero(), x));
    }
    if (afv_avx2_hmax(vneg) == INFINITY) *partial = 1;
    const float mb = afv_avx2_hmax(vmax);
    if (mb == -INFINITY) { /* every visible key excluded, or a NaN the max skipped */
        int nan = 0;
        for (int32_t k = lo; k < hi; k++) nan |= s[k] != s[k];
        for (int32_t k = 0; k < np; k += 8) afv_avx2_store(s + k, nzero);
        *partial = 1;
        if (nan) *rw->m = *rw->l = NAN;
        return 1.0f;
    }
    const float m_old = *rw->m;
    const float m_new = mb > m_old ? mb : m_old;
    const float alpha = afv_avx2_first(afv_avx2_exp(afv_avx2_set1(m_old - m_new)));
    const afv_avx2 vm = afv_avx2_set1(m_new);
    afv_avx2 sum = afv_avx2_zero();
    for (int32_t k = 0; k < np; k += 8) {
        const afv_avx2 x = afv_avx2_load(s + k);
        const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x, vm)), x);
        afv_avx2_store(s + k, p);
        sum = afv_avx2_add(sum, p);
    }
    const float ps = afv_avx2_hsum(sum);
    if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
        *rw->m = *rw->l = NAN;
    } else {
        *rw->l = *rw->l * alpha + ps;
        *rw->m = m_new;
    }
    return alpha;
}

/* afp_avx2_f32_softmax_lanes (below) in pieces, for kernels that interleave it with
 * other work (the AMX prefills' steps, prefill_amx.c.in): afp_avx2_f32_sm_begin,
 * afp_avx2_f32_sm_scores over the keys in ranges, afp_avx2_f32_sm_max, afp_avx2_f32_sm_weights over
 * the keys in ranges, afp_avx2_f32_sm_end. afp_avx2_f32_sm holds what passes between them: the rows'
 * bounds, distances, slopes and factors in lanes, the block max, the
 * excluded-key marks, the new max, alpha and the weights' sum. */
typedef struct {
    afv_avx2 vlo, vhi, vdist, vnslope, vscale, vcap, vmax, vneg, mnew, va, sum;
    int none, cap, full, alibi;
} afp_avx2_f32_sm;

static inline AF_UNUSED AF_TARGET_AVX2 void afp_avx2_f32_sm_begin(const af_call *c, afp_avx2_f32_sm *sm, int32_t n, const float *lo,
                                                    const float *hi, const float *dist, const float *nslope,
                                                    int alibi)
{
    sm->vlo = afv_avx2_load(lo);
    sm->vhi = afv_avx2_load(hi);
    sm->none = afv_avx2_hmax(afv_avx2_sub(sm->vhi, sm->vlo)) <= 0.0f; /* no lane sees a key: all excluded, state unchanged */
    sm->cap = afp_avx2_f32_softcap_fold(c);
    sm->vscale = afv_avx2_set1(afp_avx2_f32_score_factor(c, sm->cap));
    sm->vcap = afv_avx2_set1(c->softcap);
    sm->vdist = afv_avx2_load(dist);
    sm->vnslope = afv_avx2_load(nslope);
    sm->alibi = alibi;
    /* every lane sees every key of the block (most blocks): no visibility selects */
    sm->full = afv_avx2_hmax(sm->vlo) <= 0.0f && afv_avx2_hmax(afv_avx2_sub(afv_avx2_set1((float)n), sm->vhi)) <= 0.0f;
    sm->vmax = sm->vneg = afv_avx2_set1(-INFINITY);
    sm->mnew = sm->va = sm->sum = afv_avx2_zero(); /* set by afp_avx2_f32_sm_max unless none */
}

/* Keys [k0, k1): the final scores (scale, softcap, ALiBi, mask, visibility) in place */
static inline AF_UNUSED AF_TARGET_AVX2 void afp_avx2_f32_sm_scores(afp_avx2_f32_sm *sm, float *s, int32_t rs, const float *mt, int32_t k0,
                                                     int32_t k1)
{
    const afv_avx2 ninf = afv_avx2_set1(-INFINITY), zero = afv_avx2_zero();
    if (sm->none) {
        for (int32_t k = k0; k < k1; k++) afv_avx2_store(s + k * rs, afv_avx2_set1(-0.0f));
        return;
    }
    for (int32_t k = k0; k < k1; k++) {
        const afv_avx2 kf = afv_avx2_set1((float)k);
        afv_avx2 x = afv_avx2_mul(afv_avx2_load(s + k * rs), sm->vscale);
        if (sm->cap) x = afp_avx2_f32_apply_softcap(x, sm->vcap, sm->cap);
        if (sm->alibi) x = afv_avx2_fma(sm->vnslope, afv_avx2_abs(afv_avx2_add(sm->vdist, kf)), x);
        if (mt) x = afv_avx2_mask_add(x, afv_avx2_load(mt + k * rs));
        if (!sm->full) x = afv_avx2_select(afv_avx2_lt(kf, sm->vlo), ninf, afv_avx2_select(afv_avx2_lt(kf, sm->vhi), x, ninf));
        afv_avx2_store(s + k * rs, x);
        sm->vmax = afv_avx2_max(sm->vmax, x);
        sm->vneg = afv_avx2_max(sm->vneg, afv_avx2_sub(zero, x));
    }
}

/* After every key's score: the new running max (m: the old one) and alpha */
static inline AF_UNUSED AF_TARGET_AVX2 void afp_avx2_f32_sm_max(afp_avx2_f32_sm *sm, const float *m)
{
    if (sm->none) return;
    const afv_avx2 mold = afv_avx2_load(m);
    /* lanes whose every key is excluded (max -inf; a NaN the max skipped is
     * caught by the sum): alpha 1 (not exp(-inf - -inf)), weights -0.0 (afv_avx2_excl
     * marks every -inf score, whatever exp made of it), m and l unchanged */
    const afm_avx2 none = afv_avx2_lt(sm->vmax, afv_avx2_set1(-0x1.fffffep127f));
    sm->mnew = afv_avx2_select(afv_avx2_gt(sm->vmax, mold), sm->vmax, mold);
    sm->va = afv_avx2_select(none, afv_avx2_set1(1.0f), afv_avx2_expn(afv_avx2_sub(mold, sm->mnew)));
    sm->sum = afv_avx2_zero();
}

/* Keys [k0, k1): the weights exp(s - m_new) in place, summed */
static inline AF_UNUSED AF_TARGET_AVX2 void afp_avx2_f32_sm_weights(afp_avx2_f32_sm *sm, float *s, int32_t rs, int32_t k0, int32_t k1)
{
    if (sm->none) return;
    for (int32_t k = k0; k < k1; k++) {
        const afv_avx2 x = afv_avx2_load(s + k * rs);
        const afv_avx2 p = afv_avx2_excl(afv_avx2_expn(afv_avx2_sub(x, sm->mnew)), x);
        afv_avx2_store(s + k * rs, p);
        sm->sum = afv_avx2_add(sm->sum, p);
    }
}

/* The running max and sum updated, alpha out; returns afp_avx2_f32_softmax_lanes' partial flag */
static inline AF_UNUSED AF_TARGET_AVX2 int afp_avx2_f32_sm_end(afp_avx2_f32_sm *sm, int32_t n, float *m, float *l, float *alpha,
                                                 int32_t valid)
{
    if (sm->none) {
        afv_avx2_store(alpha, afv_avx2_set1(1.0f));
        return valid > 0 && n > 0;
    }
    const afv_avx2 zero = afv_avx2_zero();
    /* +inf in a real lane: that row excludes a key of the block */
    const int partial = afv_avx2_hmax(afv_avx2_select(afv_avx2_lt(afv_avx2_iota(), afv_avx2_set1((float)valid)), sm->vneg, zero)) == INFINITY;
    /* the sum of weights in [0, 1] is >= 0 unless a NaN score (or exp(inf -
     * inf)) poisoned it: then m = l = NaN, as afp_avx2_f32_softmax_row does */
    const afm_avx2 ok = afv_avx2_gt(sm->sum, afv_avx2_set1(-1.0f));
    const afv_avx2 vnan = afv_avx2_set1(NAN);
    afv_avx2_store(l, afv_avx2_select(ok, afv_avx2_add(afv_avx2_mul(afv_avx2_load(l), sm->va), sm->sum), vnan));
    afv_avx2_store(m, afv_avx2_select(ok, sm->mnew, vnan));
    afv_avx2_store(alpha, sm->va);
    return partial;
}

/* The block softmax of 8 rows at once, one row per lane: the prefill's
 * transposed score tile, s[k * rs + lane] = raw dot product of the lane's row
 * with key jb + k, k < n. The rules of afp_avx2_f32_softmax_row, lane by lane, with no
 * horizontal operation but the partial test. Per lane (arrays of 8): lo, hi
 * = the visible keys relative to jb, clamped to [0, n]; dist = jb - pos
 * (ALiBi, used when alibi), nslope = -slope; m, l = the running max and sum
 * (updated); alpha = exp(m_old - m_new) (out). mt: the mask block transposed
 * like s, or NULL. Lanes >= valid are padding rows (lo = hi = 0). Returns 1
 * when a real lane excludes a key of [0, n) (invisible, masked by -inf, or a
 * -inf score): the block then needs the V finiteness check before P*V. */
static AF_UNUSED AF_TARGET_AVX2 int afp_avx2_f32_softmax_lanes(const af_call *c, float *s, int32_t rs, const float *mt,
                                                 int32_t n, const float *lo, const float *hi,
                                                 const float *dist, const float *nslope, int alibi,
                                                 float *m, float *l, float *alpha, int32_t valid)
{
    afp_avx2_f32_sm sm;
    afp_avx2_f32_sm_begin(c, &sm, n, lo, hi, dist, nslope, alibi);
    afp_avx2_f32_sm_scores(&sm, s, rs, mt, 0, n);
    afp_avx2_f32_sm_max(&sm, m);
    afp_avx2_f32_sm_weights(&sm, s, rs, 0, n);
    return afp_avx2_f32_sm_end(&sm, n, m, l, alpha, valid);
}
#endif /* defined(__x86_64__) || defined(_M_X64) */
#endif /* ATTNFORGE_GEN_ISA_AVX2_F32_H */
