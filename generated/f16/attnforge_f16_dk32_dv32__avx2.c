/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/avx2.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=f16 dk=32 dv=32 isa=avx2
 *
 * Kernels of the internal ABI (runtime/kernel.h) for f16 storage, head dims
 * Dk = 32, Dv = 32: attnforge_f16_dk32_dv32_decode__avx2 and attnforge_f16_dk32_dv32_prefill__avx2.
 * Tiling: keys in blocks of 64; rows in chunks of 32 (decode) or 32 (prefill).
 * Stack buffers per call: about 33 KiB.
 */
#if defined(__x86_64__) || defined(_M_X64)

/* the avx2 vocabulary and the avx2 x f16 helpers */
#include "../isa/avx2_f16.h"

void attnforge_f16_dk32_dv32_decode__avx2(const af_call *c, const af_tile *t);
void attnforge_f16_dk32_dv32_prefill__avx2(const af_call *c, const af_tile *t);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_avx2 z = afv_avx2_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        afv_avx2_store(acc + 0, z);
        afv_avx2_store(acc + 8, z);
        afv_avx2_store(acc + 16, z);
        afv_avx2_store(acc + 24, z);
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_load_q(const af_call *c, float *dst, int64_t off)
{
    if (c->qf == ATTNFORGE_FORMAT_F32) {
        const float *src = (const float *)c->q + off;
        afv_avx2_store(dst + 0, afv_avx2_load(src + 0));
        afv_avx2_store(dst + 8, afv_avx2_load(src + 8));
        afv_avx2_store(dst + 16, afv_avx2_load(src + 16));
        afv_avx2_store(dst + 24, afv_avx2_load(src + 24));
    } else if (c->qf == ATTNFORGE_FORMAT_F16) {
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_avx2_store(dst + 0, afv_avx2_load_f16(src + 0));
        afv_avx2_store(dst + 8, afv_avx2_load_f16(src + 8));
        afv_avx2_store(dst + 16, afv_avx2_load_f16(src + 16));
        afv_avx2_store(dst + 24, afv_avx2_load_f16(src + 24));
    } else { /* another 16-bit Q format than the cache's: portable widening */
        af_load_row(c->qf, c->q, off, 32, 1.0f, dst);
    }
}

/* Rows [r0, r0 + nr) of the tile: constants, Q, and the union [*klo, *khi)
 * of their visible keys. Returns 0 when no row sees any key of the tile. */
static AF_TARGET_AVX2 int afk_f16_dk32_dv32_avx2_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_avx2_f16_row *rw, float *qbuf, int64_t *klo, int64_t *khi)
{
    int64_t ulo = t->j1, uhi = t->j0;
    for (int32_t r = 0; r < nr; r++) {
        const int32_t rr = r0 + r, h = t->h0 + rr / t->ni, i = t->i0 + rr % t->ni;
        int64_t lo, hi;
        af_row_range(c, t->b, i, &lo, &hi);
        if (lo < t->j0) lo = t->j0;
        if (hi > t->j1) hi = t->j1;
        rw[r].lo = lo;
        rw[r].hi = hi;
        rw[r].pos = af_pos(c, t->b, i);
        rw[r].slope = c->slopes ? c->slopes[h] : 0.0f;
        rw[r].mask = af_mask_row(c, t->b, h, i);
        rw[r].m = t->m + rr;
        rw[r].l = t->l + rr;
        rw[r].acc = t->acc + (int64_t)rr * t->acc_stride;
        if (lo < hi) {
            if (lo < ulo) ulo = lo;
            if (hi > uhi) uhi = hi;
        }
        afk_f16_dk32_dv32_avx2_load_q(c, qbuf + (int64_t)r * 32, af_q_offset_elems(c, t->b, i, h));
    }
    *klo = ulo;
    *khi = uhi;
    return ulo < uhi;
}

/* Copy one K row (Dk) and one V row (Dv), widened or dequantized to f32
 * (f16: templates/fmt/f16.lua), into the block's contiguous L1
 * buffers; sc is the KV head's scale of a scaled (fp8) format. K and V rows
 * of a cache sit a whole Hkv * D row apart (often a multiple of 4 KiB, so all
 * in the same L1 sets); packed, the block's rows stay in L1 for every row of
 * the tile. */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_pack_k(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_avx2_store(dst + 0, afv_avx2_load_f16(src + 0));
    afv_avx2_store(dst + 8, afv_avx2_load_f16(src + 8));
    afv_avx2_store(dst + 16, afv_avx2_load_f16(src + 16));
    afv_avx2_store(dst + 24, afv_avx2_load_f16(src + 24));
}
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_pack_v(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_avx2_store(dst + 0, afv_avx2_load_f16(src + 0));
    afv_avx2_store(dst + 8, afv_avx2_load_f16(src + 8));
    afv_avx2_store(dst + 16, afv_avx2_load_f16(src + 16));
    afv_avx2_store(dst + 24, afv_avx2_load_f16(src + 24));
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_AVX2 int afk_f16_dk32_dv32_avx2_v_finite(const float *const *vp, int32_t n)
{
    const afv_avx2 z = afv_avx2_zero();
    afv_avx2 c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        c0 = afv_avx2_fma(afv_avx2_load(v + 0), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 8), z, c1);
        c0 = afv_avx2_fma(afv_avx2_load(v + 16), z, c0);
        c1 = afv_avx2_fma(afv_avx2_load(v + 24), z, c1);
    }
    return afv_avx2_hsum(afv_avx2_add(c0, c1)) == 0.0f;
}

/* QK^T register block: 1 row(s) x 8 keys, s_r[k] = dot(q_r, key k), Dk = 32. */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_dec_qk(const float *q0, const float *const *kp, float *s0)
{
    afv_avx2 a0_0 = afv_avx2_zero(), a0_1 = afv_avx2_zero(), a0_2 = afv_avx2_zero(), a0_3 = afv_avx2_zero(), a0_4 = afv_avx2_zero(), a0_5 = afv_avx2_zero(), a0_6 = afv_avx2_zero(), a0_7 = afv_avx2_zero();
    afv_avx2 x0, y;
    x0 = afv_avx2_load(q0 + 0);
    y = afv_avx2_load(kp[0] + 0); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 0); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 0); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 0); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 0); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 0); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 0); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 0); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 8);
    y = afv_avx2_load(kp[0] + 8); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 8); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 8); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 8); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 8); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 8); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 8); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 8); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 16);
    y = afv_avx2_load(kp[0] + 16); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 16); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 16); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 16); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 16); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 16); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 16); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 16); a0_7 = afv_avx2_fma(x0, y, a0_7);
    x0 = afv_avx2_load(q0 + 24);
    y = afv_avx2_load(kp[0] + 24); a0_0 = afv_avx2_fma(x0, y, a0_0);
    y = afv_avx2_load(kp[1] + 24); a0_1 = afv_avx2_fma(x0, y, a0_1);
    y = afv_avx2_load(kp[2] + 24); a0_2 = afv_avx2_fma(x0, y, a0_2);
    y = afv_avx2_load(kp[3] + 24); a0_3 = afv_avx2_fma(x0, y, a0_3);
    y = afv_avx2_load(kp[4] + 24); a0_4 = afv_avx2_fma(x0, y, a0_4);
    y = afv_avx2_load(kp[5] + 24); a0_5 = afv_avx2_fma(x0, y, a0_5);
    y = afv_avx2_load(kp[6] + 24); a0_6 = afv_avx2_fma(x0, y, a0_6);
    y = afv_avx2_load(kp[7] + 24); a0_7 = afv_avx2_fma(x0, y, a0_7);
    const afv_avx2 red = afv_avx2_reduce8(a0_0, a0_1, a0_2, a0_3, a0_4, a0_5, a0_6, a0_7);
    afv_avx2_store(s0, red);
}

/* QK^T register block: 2 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 32. */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_dec_qkm(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_avx2 a0_0 = afv_avx2_zero(), a0_1 = afv_avx2_zero(), a0_2 = afv_avx2_zero(), a0_3 = afv_avx2_zero();
    afv_avx2 a1_0 = afv_avx2_zero(), a1_1 = afv_avx2_zero(), a1_2 = afv_avx2_zero(), a1_3 = afv_avx2_zero();
    afv_avx2 x0, x1, y;
    x0 = afv_avx2_load(q0 + 0); x1 = afv_avx2_load(q1 + 0);
    y = afv_avx2_load(kp[0] + 0); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 0); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 0); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 0); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 8); x1 = afv_avx2_load(q1 + 8);
    y = afv_avx2_load(kp[0] + 8); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 8); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 8); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 8); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 16); x1 = afv_avx2_load(q1 + 16);
    y = afv_avx2_load(kp[0] + 16); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 16); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 16); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 16); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 24); x1 = afv_avx2_load(q1 + 24);
    y = afv_avx2_load(kp[0] + 24); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 24); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 24); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 24); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    const afv_avx2 red = afv_avx2_reduce8(a0_0, a0_1, a0_2, a0_3, a1_0, a1_1, a1_2, a1_3);
    _mm_storeu_ps(s0, _mm256_castps256_ps128(red));
    _mm_storeu_ps(s1, _mm256_extractf128_ps(red, 1));
}

/* P*V register block: 2 row(s) x 32 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_dec_pv(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx2 al1 = afv_avx2_set1(alpha[1]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 0), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 8), al1), c1_2 = afv_avx2_mul(afv_avx2_load(acc1 + 16), al1), c1_3 = afv_avx2_mul(afv_avx2_load(acc1 + 24), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); c1_2 = afv_avx2_fma(b, y2, c1_2); c1_3 = afv_avx2_fma(b, y3, c1_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
        afv_avx2_store(acc1 + 0, c1_0); afv_avx2_store(acc1 + 8, c1_1); afv_avx2_store(acc1 + 16, c1_2); afv_avx2_store(acc1 + 24, c1_3);
    }
}

/* P*V register block: 1 row(s) x 32 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
    }
}

/* P*V register block: 1 row(s) x 32 columns of Dv = 32 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    { /* Dv columns 0 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0), c0_2 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_3 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8), y2 = afv_avx2_load(v + 16), y3 = afv_avx2_load(v + 24);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); c0_2 = afv_avx2_fma(b, y2, c0_2); c0_3 = afv_avx2_fma(b, y3, c0_3); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1); afv_avx2_store(acc0 + 16, c0_2); afv_avx2_store(acc0 + 24, c0_3);
    }
}

/* ---- decode (templates/decode.c.in) ----
 * Rows are taken in chunks of 32 (Q widened to f32 once per tile) and the
 * keys of the tile in blocks of 64. For each block, K rows are gathered
 * (contiguous, strided or paged) and packed (widened to f32) into an L1 buffer;
 * every row of the chunk computes its 8 scores at a time against them
 * (one accumulator per key over the unrolled Dk, one reduction per 8
 * scores), then the block softmax rescales each row once, then P*V runs in
 * 2-row x 32-column register blocks over the same V rows.
 * Online softmax invariant, per row, after the blocks [j0, jb) were processed:
 *   m = max of the visible scores so far (-inf if none),
 *   l = sum of exp(s - m), acc = sum of exp(s - m) * v,
 * so a new block with max mb rescales l and acc by exp(m - max(m, mb)).
 */
AF_TARGET_AVX2 void attnforge_f16_dk32_dv32_decode__avx2(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_f16_dk32_dv32_avx2_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 32) {
        const int32_t nr = nrows - r0 < 32 ? nrows - r0 : 32;
        afp_avx2_f16_row rw[32];
        float qb[32 * 32];
        float sb[32 * 64], alpha[32];
        const uint16_t *kraw[64], *vraw[64];
        const float *kp[64];
        const float *vp[64];
        float kbuf[64 * 32];
        float vbuf[64 * 32];
        int64_t klo, khi;
        if (!afk_f16_dk32_dv32_avx2_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int64_t jb = klo; jb < khi; jb += 64) {
            const int32_t n = (int32_t)(khi - jb < 64 ? khi - jb : 64);
            const int32_t np = (n + 7) & ~7;
            int active = 0, partial = 0;
            for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
            if (!active) continue;
            afp_avx2_f16_gather(c, 0, t->b, t->kvh, jb, n, kraw);
            const float ksc = af_kv_scale(c, 0, t->kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk32_dv32_avx2_pack_k(kbuf + k * 32, kraw[k], ksc);
                kp[k] = kbuf + k * 32;
                { /* the row 128 keys ahead (same head; a prefetch never faults, so a
                   * row past the end or across a page of a paged cache costs nothing) */
                    const char *f = (const char *)(kraw[k] + 128 * c->k_ss);
                    __builtin_prefetch(f + 0, 0, 2);
                }
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t r = 0;
            for (; r + 2 <= nr; r += 2) {
                if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
                for (int32_t k = 0; k < np; k += 4)
                    afk_f16_dk32_dv32_avx2_dec_qkm(qb + (r + 0) * 32, qb + (r + 1) * 32, kp + k,
                                sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k);
            }
            for (; r < nr; r++) {
                if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
                for (int32_t k = 0; k < np; k += 8)
                    afk_f16_dk32_dv32_avx2_dec_qk(qb + r * 32, kp + k, sb + r * 64 + k);
            }
            for (int32_t r = 0; r < nr; r++)
                alpha[r] = afp_avx2_f16_softmax_row(c, &rw[r], sb + r * 64, jb, n, np, &partial);
            afp_avx2_f16_gather(c, 1, t->b, t->kvh, jb, n, vraw);
            const float vsc = af_kv_scale(c, 1, t->kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk32_dv32_avx2_pack_v(vbuf + k * 32, vraw[k], vsc);
                vp[k] = vbuf + k * 32;
                { /* the row 128 keys ahead (same head; a prefetch never faults, so a
                   * row past the end or across a page of a paged cache costs nothing) */
                    const char *f = (const char *)(vraw[k] + 128 * c->v_ss);
                    __builtin_prefetch(f + 0, 0, 2);
                }
            }
            if (partial && !afk_f16_dk32_dv32_avx2_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    float *a[1] = { rw[r].acc };
                    const float *pr[1] = { sb + r * 64 };
                    afk_f16_dk32_dv32_avx2_dec_pv1g(a, pr, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 2 <= nr; g += 2) {
                    float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
                    const float *pr[2] = { sb + (g + 0) * 64, sb + (g + 1) * 64 };
                    afk_f16_dk32_dv32_avx2_dec_pv(a, pr, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    float *a[1] = { rw[g].acc };
                    const float *pr[1] = { sb + g * 64 };
                    afk_f16_dk32_dv32_avx2_dec_pv1(a, pr, alpha + g, vp, n);
                }
            }
        }
    }
}

/* QK^T register block: 2 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 32. */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_pre_qk(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_avx2 a0_0 = afv_avx2_zero(), a0_1 = afv_avx2_zero(), a0_2 = afv_avx2_zero(), a0_3 = afv_avx2_zero();
    afv_avx2 a1_0 = afv_avx2_zero(), a1_1 = afv_avx2_zero(), a1_2 = afv_avx2_zero(), a1_3 = afv_avx2_zero();
    afv_avx2 x0, x1, y;
    x0 = afv_avx2_load(q0 + 0); x1 = afv_avx2_load(q1 + 0);
    y = afv_avx2_load(kp[0] + 0); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 0); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 0); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 0); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 8); x1 = afv_avx2_load(q1 + 8);
    y = afv_avx2_load(kp[0] + 8); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 8); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 8); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 8); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 16); x1 = afv_avx2_load(q1 + 16);
    y = afv_avx2_load(kp[0] + 16); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 16); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 16); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 16); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    x0 = afv_avx2_load(q0 + 24); x1 = afv_avx2_load(q1 + 24);
    y = afv_avx2_load(kp[0] + 24); a0_0 = afv_avx2_fma(x0, y, a0_0); a1_0 = afv_avx2_fma(x1, y, a1_0);
    y = afv_avx2_load(kp[1] + 24); a0_1 = afv_avx2_fma(x0, y, a0_1); a1_1 = afv_avx2_fma(x1, y, a1_1);
    y = afv_avx2_load(kp[2] + 24); a0_2 = afv_avx2_fma(x0, y, a0_2); a1_2 = afv_avx2_fma(x1, y, a1_2);
    y = afv_avx2_load(kp[3] + 24); a0_3 = afv_avx2_fma(x0, y, a0_3); a1_3 = afv_avx2_fma(x1, y, a1_3);
    const afv_avx2 red = afv_avx2_reduce8(a0_0, a0_1, a0_2, a0_3, a1_0, a1_1, a1_2, a1_3);
    _mm_storeu_ps(s0, _mm256_castps256_ps128(red));
    _mm_storeu_ps(s1, _mm256_extractf128_ps(red, 1));
}

/* P*V register block: 6 row(s) x 16 columns of Dv = 32 per pass. */
static inline AF_TARGET_AVX2 void afk_f16_dk32_dv32_avx2_pre_pv(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx2 al0 = afv_avx2_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx2 al1 = afv_avx2_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx2 al2 = afv_avx2_set1(alpha[2]);
    float *const acc3 = acc[3];
    const float *const p3 = p[3];
    const afv_avx2 al3 = afv_avx2_set1(alpha[3]);
    float *const acc4 = acc[4];
    const float *const p4 = p[4];
    const afv_avx2 al4 = afv_avx2_set1(alpha[4]);
    float *const acc5 = acc[5];
    const float *const p5 = p[5];
    const afv_avx2 al5 = afv_avx2_set1(alpha[5]);
    { /* Dv columns 0 .. 15 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 0), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 8), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 0), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 8), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 0), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 8), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 0), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 8), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 0), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 8), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 0), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 8), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(p2[k]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(p3[k]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(p4[k]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(p5[k]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 0, c0_0); afv_avx2_store(acc0 + 8, c0_1);
        afv_avx2_store(acc1 + 0, c1_0); afv_avx2_store(acc1 + 8, c1_1);
        afv_avx2_store(acc2 + 0, c2_0); afv_avx2_store(acc2 + 8, c2_1);
        afv_avx2_store(acc3 + 0, c3_0); afv_avx2_store(acc3 + 8, c3_1);
        afv_avx2_store(acc4 + 0, c4_0); afv_avx2_store(acc4 + 8, c4_1);
        afv_avx2_store(acc5 + 0, c5_0); afv_avx2_store(acc5 + 8, c5_1);
    }
    { /* Dv columns 16 .. 31 */
        afv_avx2 c0_0 = afv_avx2_mul(afv_avx2_load(acc0 + 16), al0), c0_1 = afv_avx2_mul(afv_avx2_load(acc0 + 24), al0);
        afv_avx2 c1_0 = afv_avx2_mul(afv_avx2_load(acc1 + 16), al1), c1_1 = afv_avx2_mul(afv_avx2_load(acc1 + 24), al1);
        afv_avx2 c2_0 = afv_avx2_mul(afv_avx2_load(acc2 + 16), al2), c2_1 = afv_avx2_mul(afv_avx2_load(acc2 + 24), al2);
        afv_avx2 c3_0 = afv_avx2_mul(afv_avx2_load(acc3 + 16), al3), c3_1 = afv_avx2_mul(afv_avx2_load(acc3 + 24), al3);
        afv_avx2 c4_0 = afv_avx2_mul(afv_avx2_load(acc4 + 16), al4), c4_1 = afv_avx2_mul(afv_avx2_load(acc4 + 24), al4);
        afv_avx2 c5_0 = afv_avx2_mul(afv_avx2_load(acc5 + 16), al5), c5_1 = afv_avx2_mul(afv_avx2_load(acc5 + 24), al5);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_avx2 y0 = afv_avx2_load(v + 0), y1 = afv_avx2_load(v + 8);
            { const afv_avx2 b = afv_avx2_set1(p0[k]); c0_0 = afv_avx2_fma(b, y0, c0_0); c0_1 = afv_avx2_fma(b, y1, c0_1); }
            { const afv_avx2 b = afv_avx2_set1(p1[k]); c1_0 = afv_avx2_fma(b, y0, c1_0); c1_1 = afv_avx2_fma(b, y1, c1_1); }
            { const afv_avx2 b = afv_avx2_set1(p2[k]); c2_0 = afv_avx2_fma(b, y0, c2_0); c2_1 = afv_avx2_fma(b, y1, c2_1); }
            { const afv_avx2 b = afv_avx2_set1(p3[k]); c3_0 = afv_avx2_fma(b, y0, c3_0); c3_1 = afv_avx2_fma(b, y1, c3_1); }
            { const afv_avx2 b = afv_avx2_set1(p4[k]); c4_0 = afv_avx2_fma(b, y0, c4_0); c4_1 = afv_avx2_fma(b, y1, c4_1); }
            { const afv_avx2 b = afv_avx2_set1(p5[k]); c5_0 = afv_avx2_fma(b, y0, c5_0); c5_1 = afv_avx2_fma(b, y1, c5_1); }
        }
        afv_avx2_store(acc0 + 16, c0_0); afv_avx2_store(acc0 + 24, c0_1);
        afv_avx2_store(acc1 + 16, c1_0); afv_avx2_store(acc1 + 24, c1_1);
        afv_avx2_store(acc2 + 16, c2_0); afv_avx2_store(acc2 + 24, c2_1);
        afv_avx2_store(acc3 + 16, c3_0); afv_avx2_store(acc3 + 24, c3_1);
        afv_avx2_store(acc4 + 16, c4_0); afv_avx2_store(acc4 + 24, c4_1);
        afv_avx2_store(acc5 + 16, c5_0); afv_avx2_store(acc5 + 24, c5_1);
    }
}

/* ---- prefill (templates/prefill.c.in) ----
 * Rows (nh * ni of them, h-major) in chunks of 32 with Q widened once;
 * keys in blocks of 64, each block's K and V rows gathered and packed (widened)
 * once per chunk and reused by all its rows from L1.
 * QK^T: 2 rows x 4 keys per register block (8 accumulators over
 * the unrolled Dk, one reduction per block), a leftover row 1 x 8.
 * Block softmax per row (scale, softcap, ALiBi, mask, visibility, one
 * rescale exp per row and block), then P*V: 6 rows x 16 columns of
 * Dv per register block (12 accumulators), P broadcast, V rows loaded once
 * per block and pass, leftover rows one at a time.
 * Online softmax invariant as in the decode kernel: after keys [j0, jb) each
 * row holds m = running max, l = sum exp(s - m), acc = sum exp(s - m) v.
 */
AF_TARGET_AVX2 void attnforge_f16_dk32_dv32_prefill__avx2(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_f16_dk32_dv32_avx2_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 32) {
        const int32_t nr = nrows - r0 < 32 ? nrows - r0 : 32;
        afp_avx2_f16_row rw[32];
        float qb[32 * 32];
        float sb[32 * 64], alpha[32];
        const uint16_t *kraw[64], *vraw[64];
        const float *kp[64];
        const float *vp[64];
        float kbuf[64 * 32];
        float vbuf[64 * 32];
        int64_t klo, khi;
        if (!afk_f16_dk32_dv32_avx2_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int64_t jb = klo; jb < khi; jb += 64) {
            const int32_t n = (int32_t)(khi - jb < 64 ? khi - jb : 64);
            const int32_t np = (n + 7) & ~7;
            int active = 0, partial = 0;
            for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
            if (!active) continue;
            afp_avx2_f16_gather(c, 0, t->b, t->kvh, jb, n, kraw);
            const float ksc = af_kv_scale(c, 0, t->kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk32_dv32_avx2_pack_k(kbuf + k * 32, kraw[k], ksc);
                kp[k] = kbuf + k * 32;
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t r = 0; /* QK^T: 2-row blocks, then single rows */
            for (; r + 2 <= nr; r += 2) {
                if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
                for (int32_t k = 0; k < np; k += 4)
                    afk_f16_dk32_dv32_avx2_pre_qk(qb + (r + 0) * 32, qb + (r + 1) * 32, kp + k,
                               sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k);
            }
            for (; r < nr; r++) {
                if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
                for (int32_t k = 0; k < np; k += 8)
                    afk_f16_dk32_dv32_avx2_dec_qk(qb + r * 32, kp + k, sb + r * 64 + k);
            }
            for (int32_t i = 0; i < nr; i++)
                alpha[i] = afp_avx2_f16_softmax_row(c, &rw[i], sb + i * 64, jb, n, np, &partial);
            afp_avx2_f16_gather(c, 1, t->b, t->kvh, jb, n, vraw);
            const float vsc = af_kv_scale(c, 1, t->kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_f16_dk32_dv32_avx2_pack_v(vbuf + k * 32, vraw[k], vsc);
                vp[k] = vbuf + k * 32;
            }
            if (partial && !afk_f16_dk32_dv32_avx2_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    float *a[1] = { rw[r].acc };
                    const float *pr[1] = { sb + r * 64 };
                    afk_f16_dk32_dv32_avx2_dec_pv1g(a, pr, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 6 <= nr; g += 6) {
                    float *a[6] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc, rw[g + 4].acc, rw[g + 5].acc };
                    const float *pr[6] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64, sb + (g + 3) * 64, sb + (g + 4) * 64, sb + (g + 5) * 64 };
                    afk_f16_dk32_dv32_avx2_pre_pv(a, pr, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    float *a[1] = { rw[g].acc };
                    const float *pr[1] = { sb + g * 64 };
                    afk_f16_dk32_dv32_avx2_dec_pv1(a, pr, alpha + g, vp, n);
                }
            }
        }
    }
}

#else  /* not defined(__x86_64__) || defined(_M_X64): this file compiles to nothing */
typedef int afk_f16_dk32_dv32_avx2_empty_translation_unit;
#endif
