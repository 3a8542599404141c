/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/avx512amx.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=bf16 dk=64 dv=64 isa=avx512amx
 *
 * Kernels of the internal ABI (runtime/kernel.h) for bf16 storage, head dims
 * Dk = 64, Dv = 64: attnforge_bf16_dk64_dv64_decode__avx512amx and attnforge_bf16_dk64_dv64_prefill__avx512amx.
 * Tiling: keys in blocks of 64; rows in chunks of 32 (decode) or 256 (prefill, AMX tiles, keys in blocks of 32).
 * Stack buffers per call: about 53 KiB (and 212992 bytes of the worker's scratch for the prefill's Q and score tiles).
 */
#if defined(__x86_64__) || defined(_M_X64)

/* the avx512amx vocabulary and the avx512amx x bf16 helpers */
#include "../isa/avx512amx_bf16.h"

void attnforge_bf16_dk64_dv64_decode__avx512amx(const af_call *c, const af_tile *t);
void attnforge_bf16_dk64_dv64_prefill__avx512amx(const af_call *c, const af_tile *t);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_avx512amx z = afv_avx512amx_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        afv_avx512amx_store(acc + 0, z);
        afv_avx512amx_store(acc + 16, z);
        afv_avx512amx_store(acc + 32, z);
        afv_avx512amx_store(acc + 48, z);
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_load_q(const af_call *c, float *dst, int64_t off)
{
    if (c->qf == ATTNFORGE_FORMAT_F32) {
        const float *src = (const float *)c->q + off;
        afv_avx512amx_store(dst + 0, afv_avx512amx_load(src + 0));
        afv_avx512amx_store(dst + 16, afv_avx512amx_load(src + 16));
        afv_avx512amx_store(dst + 32, afv_avx512amx_load(src + 32));
        afv_avx512amx_store(dst + 48, afv_avx512amx_load(src + 48));
    } else if (c->qf == ATTNFORGE_FORMAT_BF16) {
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_avx512amx_store(dst + 0, afv_avx512amx_load_bf16(src + 0));
        afv_avx512amx_store(dst + 16, afv_avx512amx_load_bf16(src + 16));
        afv_avx512amx_store(dst + 32, afv_avx512amx_load_bf16(src + 32));
        afv_avx512amx_store(dst + 48, afv_avx512amx_load_bf16(src + 48));
    } else if (c->qf == ATTNFORGE_FORMAT_F16) { /* f16's load word is in every ISA's vocabulary */
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_avx512amx_store(dst + 0, afv_avx512amx_load_f16(src + 0));
        afv_avx512amx_store(dst + 16, afv_avx512amx_load_f16(src + 16));
        afv_avx512amx_store(dst + 32, afv_avx512amx_load_f16(src + 32));
        afv_avx512amx_store(dst + 48, afv_avx512amx_load_f16(src + 48));
    } else { /* bf16 Q beside another cache format: portable widening (a shift) */
        af_load_row(c->qf, c->q, off, 64, 1.0f, dst);
    }
}

/* Rows [r0, r0 + nr) of the tile: constants, Q (into qbuf unless NULL), and the union [*klo, *khi)
 * of their visible keys (each row's end lowered past trailing -inf mask
 * entries: af_mask_trim_hi). Returns 0 when no row sees any key of the tile. */
static AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_avx512amx_bf16_row *rw, float *qbuf, int64_t *klo, int64_t *khi)
{
    int64_t ulo = t->j1, uhi = t->j0;
    for (int32_t r = 0; r < nr; r++) {
        const int32_t rr = r0 + r, h = t->h0 + rr / t->ni, i = t->i0 + rr % t->ni;
        int64_t lo, hi;
        af_row_range(c, t->b, i, &lo, &hi);
        if (lo < t->j0) lo = t->j0;
        if (hi > t->j1) hi = t->j1;
        rw[r].mask = af_mask_row(c, t->b, h, i);
        rw[r].mscale = c->mscales ? c->mscales[h] : 1.0f;
        hi = af_mask_trim_hi(c, rw[r].mask, lo, hi);
        rw[r].lo = lo;
        rw[r].hi = hi;
        rw[r].pos = af_pos(c, t->b, i);
        rw[r].qoff = af_q_offset_elems(c, t->b, i, h);
        rw[r].slope = c->slopes ? c->slopes[h] : 0.0f;
        rw[r].m = t->m + rr;
        rw[r].l = t->l + rr;
        rw[r].acc = t->acc + (int64_t)rr * t->acc_stride;
        if (lo < hi) {
            if (lo < ulo) ulo = lo;
            if (hi > uhi) uhi = hi;
        }
        if (qbuf) afk_bf16_dk64_dv64_avx512amx_load_q(c, qbuf + (int64_t)r * 64, rw[r].qoff);
    }
    *klo = ulo;
    *khi = uhi;
    return ulo < uhi;
}

/* Copy one K row (Dk) and one V row (Dv), widened or dequantized to f32
 * (bf16: templates/fmt/bf16.lua), into the block's contiguous L1
 * buffers; sc is the KV head's scale of a scaled (fp8) format. K and V rows
 * of a cache sit a whole Hkv * D row apart (often a multiple of 4 KiB, so all
 * in the same L1 sets); packed, the block's rows stay in L1 for every row of
 * the tile. (afk_bf16_dk64_dv64_avx512amx_pack_k is unused in an AMX variant: its prefill reads K
 * rows as tile operands, and no decode packs K for a 16-bit dot product.) */
static inline AF_UNUSED AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_pack_k(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_avx512amx_store(dst + 0, afv_avx512amx_load_bf16(src + 0));
    afv_avx512amx_store(dst + 16, afv_avx512amx_load_bf16(src + 16));
    afv_avx512amx_store(dst + 32, afv_avx512amx_load_bf16(src + 32));
    afv_avx512amx_store(dst + 48, afv_avx512amx_load_bf16(src + 48));
}
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_pack_v(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_avx512amx_store(dst + 0, afv_avx512amx_load_bf16(src + 0));
    afv_avx512amx_store(dst + 16, afv_avx512amx_load_bf16(src + 16));
    afv_avx512amx_store(dst + 32, afv_avx512amx_load_bf16(src + 32));
    afv_avx512amx_store(dst + 48, afv_avx512amx_load_bf16(src + 48));
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_v_finite(const float *const *vp, int32_t n)
{
    const afv_avx512amx z = afv_avx512amx_zero();
    afv_avx512amx c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        c0 = afv_avx512amx_fma(afv_avx512amx_load(v + 0), z, c0);
        c1 = afv_avx512amx_fma(afv_avx512amx_load(v + 16), z, c1);
        c0 = afv_avx512amx_fma(afv_avx512amx_load(v + 32), z, c0);
        c1 = afv_avx512amx_fma(afv_avx512amx_load(v + 48), z, c1);
    }
    return afv_avx512amx_hsum(afv_avx512amx_add(c0, c1)) == 0.0f;
}

/* The block's mask for a prefill chunk's transposed score tile (st[k * rs +
 * row], rows in lanes; nr rows, n keys from jb), transposed like st into mt;
 * returns 0 without writing mt when the mask is zero on every row's visible
 * keys (llama.cpp's mask, away from the diagonal) or absent. lo, hi: each
 * row's visible keys relative to jb. */
static AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_pre_mask(const af_call *c, const afp_avx512amx_bf16_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                  int32_t n, float *mt, const float *lo, const float *hi)
{
    const int32_t nv = (nr + 15) / 16;
    int mblk = 0;
    for (int32_t r = 0; c->mask && r < nr && !mblk; r++) {
        const int64_t a = jb + (int64_t)lo[r], b = jb + (int64_t)hi[r];
        mblk = a < b && !af_mask_zero(c, rw[r].mask, a, b);
    }
    if (!mblk) return 0;
    for (int32_t r = 0; r < nr; r++) {
        float *dst = mt + r;
        const float ms = rw[r].mscale; /* > 0: -inf stays -inf */
        if (c->mf == ATTNFORGE_FORMAT_F16) {
            const uint16_t *mr = (const uint16_t *)rw[r].mask + jb * c->m_sj;
            int32_t k = 0;
            if (c->m_sj == 1) {
                float row[16];
                for (; k + 16 <= n; k += 16) {
                    afv_avx512amx_store(row, afv_avx512amx_mul(afv_avx512amx_load_f16(mr + k), afv_avx512amx_set1(ms)));
                    for (int32_t x = 0; x < 16; x++) dst[(k + x) * rs] = row[x];
                }
            }
            for (; k < n; k++) dst[k * rs] = ms * af_f16_to_f32(mr[k * c->m_sj]);
        } else {
            const float *mr = (const float *)rw[r].mask + jb * c->m_sj;
            for (int32_t k = 0; k < n; k++) dst[k * rs] = ms * mr[k * c->m_sj];
        }
    }
    for (int32_t k = 0; k < n; k++)
        for (int32_t r = nr; r < nv * 16; r++) mt[k * rs + r] = 0.0f;
    return 1;
}

/* The prefetch cursor of one key block (see decode.c.in): line[cur .. tot)
 * are still to be issued; each issue point owes step / 65536 more lines. */
typedef struct afk_bf16_dk64_dv64_avx512amx_pf {
    const char *line[256];
    int32_t cur, tot;
    uint32_t acc, step;
} afk_bf16_dk64_dv64_avx512amx_pf;

/* P*V row blocks for r rows, in emit_pv_stage's order. */
static inline AF_TARGET_AVX512AMX int32_t afk_bf16_dk64_dv64_avx512amx_pv_blocks(int32_t r)
{
    int32_t b = 0;
    b += r / 4; r %= 4;
    b += r / 3; r %= 3;
    b += r / 2; r %= 2;
    return b + r;
}

/* The rate: the cursor's tot lines over the issue points of a block of n
 * keys (np padded) for nr rows: its packed K and V rows, its QK^T calls
 * (PF_QK each) and one per key of each P*V pass. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_pf_rate(afk_bf16_dk64_dv64_avx512amx_pf *p, int32_t nr, int32_t n, int32_t np)
{
    const int64_t pts = 2 * (int64_t)n + (int64_t)nr * np * 64 / 128 + (int64_t)1 * afk_bf16_dk64_dv64_avx512amx_pv_blocks(nr) * n;
    p->acc = 0;
    p->step = (uint32_t)((((int64_t)p->tot << 16) + pts - 1) / pts);
}

/* Issue what the cursor owes after m more points (nothing past its end). */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_pf_issue(afk_bf16_dk64_dv64_avx512amx_pf *p, int m)
{
    p->acc += (uint32_t)m * p->step;
    int32_t owed = (int32_t)(p->acc >> 16);
    if (owed > p->tot) owed = p->tot;
    while (p->cur < owed) __builtin_prefetch(p->line[p->cur++], 0, 2); /* prefetcht1 */
}

/* QK^T register block: 1 row(s) x 16 keys, s_r[k] = dot(q_r, key k), Dk = 64. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_qk(const float *q0, const float *const *kp, float *s0)
{
    afv_avx512amx a0_0 = afv_avx512amx_zero(), a0_1 = afv_avx512amx_zero(), a0_2 = afv_avx512amx_zero(), a0_3 = afv_avx512amx_zero(), a0_4 = afv_avx512amx_zero(), a0_5 = afv_avx512amx_zero(), a0_6 = afv_avx512amx_zero(), a0_7 = afv_avx512amx_zero(), a0_8 = afv_avx512amx_zero(), a0_9 = afv_avx512amx_zero(), a0_10 = afv_avx512amx_zero(), a0_11 = afv_avx512amx_zero(), a0_12 = afv_avx512amx_zero(), a0_13 = afv_avx512amx_zero(), a0_14 = afv_avx512amx_zero(), a0_15 = afv_avx512amx_zero();
    afv_avx512amx x0, y;
    x0 = afv_avx512amx_load(q0 + 0);
    y = afv_avx512amx_load(kp[0] + 0); a0_0 = afv_avx512amx_fma(x0, y, a0_0);
    y = afv_avx512amx_load(kp[1] + 0); a0_1 = afv_avx512amx_fma(x0, y, a0_1);
    y = afv_avx512amx_load(kp[2] + 0); a0_2 = afv_avx512amx_fma(x0, y, a0_2);
    y = afv_avx512amx_load(kp[3] + 0); a0_3 = afv_avx512amx_fma(x0, y, a0_3);
    y = afv_avx512amx_load(kp[4] + 0); a0_4 = afv_avx512amx_fma(x0, y, a0_4);
    y = afv_avx512amx_load(kp[5] + 0); a0_5 = afv_avx512amx_fma(x0, y, a0_5);
    y = afv_avx512amx_load(kp[6] + 0); a0_6 = afv_avx512amx_fma(x0, y, a0_6);
    y = afv_avx512amx_load(kp[7] + 0); a0_7 = afv_avx512amx_fma(x0, y, a0_7);
    y = afv_avx512amx_load(kp[8] + 0); a0_8 = afv_avx512amx_fma(x0, y, a0_8);
    y = afv_avx512amx_load(kp[9] + 0); a0_9 = afv_avx512amx_fma(x0, y, a0_9);
    y = afv_avx512amx_load(kp[10] + 0); a0_10 = afv_avx512amx_fma(x0, y, a0_10);
    y = afv_avx512amx_load(kp[11] + 0); a0_11 = afv_avx512amx_fma(x0, y, a0_11);
    y = afv_avx512amx_load(kp[12] + 0); a0_12 = afv_avx512amx_fma(x0, y, a0_12);
    y = afv_avx512amx_load(kp[13] + 0); a0_13 = afv_avx512amx_fma(x0, y, a0_13);
    y = afv_avx512amx_load(kp[14] + 0); a0_14 = afv_avx512amx_fma(x0, y, a0_14);
    y = afv_avx512amx_load(kp[15] + 0); a0_15 = afv_avx512amx_fma(x0, y, a0_15);
    x0 = afv_avx512amx_load(q0 + 16);
    y = afv_avx512amx_load(kp[0] + 16); a0_0 = afv_avx512amx_fma(x0, y, a0_0);
    y = afv_avx512amx_load(kp[1] + 16); a0_1 = afv_avx512amx_fma(x0, y, a0_1);
    y = afv_avx512amx_load(kp[2] + 16); a0_2 = afv_avx512amx_fma(x0, y, a0_2);
    y = afv_avx512amx_load(kp[3] + 16); a0_3 = afv_avx512amx_fma(x0, y, a0_3);
    y = afv_avx512amx_load(kp[4] + 16); a0_4 = afv_avx512amx_fma(x0, y, a0_4);
    y = afv_avx512amx_load(kp[5] + 16); a0_5 = afv_avx512amx_fma(x0, y, a0_5);
    y = afv_avx512amx_load(kp[6] + 16); a0_6 = afv_avx512amx_fma(x0, y, a0_6);
    y = afv_avx512amx_load(kp[7] + 16); a0_7 = afv_avx512amx_fma(x0, y, a0_7);
    y = afv_avx512amx_load(kp[8] + 16); a0_8 = afv_avx512amx_fma(x0, y, a0_8);
    y = afv_avx512amx_load(kp[9] + 16); a0_9 = afv_avx512amx_fma(x0, y, a0_9);
    y = afv_avx512amx_load(kp[10] + 16); a0_10 = afv_avx512amx_fma(x0, y, a0_10);
    y = afv_avx512amx_load(kp[11] + 16); a0_11 = afv_avx512amx_fma(x0, y, a0_11);
    y = afv_avx512amx_load(kp[12] + 16); a0_12 = afv_avx512amx_fma(x0, y, a0_12);
    y = afv_avx512amx_load(kp[13] + 16); a0_13 = afv_avx512amx_fma(x0, y, a0_13);
    y = afv_avx512amx_load(kp[14] + 16); a0_14 = afv_avx512amx_fma(x0, y, a0_14);
    y = afv_avx512amx_load(kp[15] + 16); a0_15 = afv_avx512amx_fma(x0, y, a0_15);
    x0 = afv_avx512amx_load(q0 + 32);
    y = afv_avx512amx_load(kp[0] + 32); a0_0 = afv_avx512amx_fma(x0, y, a0_0);
    y = afv_avx512amx_load(kp[1] + 32); a0_1 = afv_avx512amx_fma(x0, y, a0_1);
    y = afv_avx512amx_load(kp[2] + 32); a0_2 = afv_avx512amx_fma(x0, y, a0_2);
    y = afv_avx512amx_load(kp[3] + 32); a0_3 = afv_avx512amx_fma(x0, y, a0_3);
    y = afv_avx512amx_load(kp[4] + 32); a0_4 = afv_avx512amx_fma(x0, y, a0_4);
    y = afv_avx512amx_load(kp[5] + 32); a0_5 = afv_avx512amx_fma(x0, y, a0_5);
    y = afv_avx512amx_load(kp[6] + 32); a0_6 = afv_avx512amx_fma(x0, y, a0_6);
    y = afv_avx512amx_load(kp[7] + 32); a0_7 = afv_avx512amx_fma(x0, y, a0_7);
    y = afv_avx512amx_load(kp[8] + 32); a0_8 = afv_avx512amx_fma(x0, y, a0_8);
    y = afv_avx512amx_load(kp[9] + 32); a0_9 = afv_avx512amx_fma(x0, y, a0_9);
    y = afv_avx512amx_load(kp[10] + 32); a0_10 = afv_avx512amx_fma(x0, y, a0_10);
    y = afv_avx512amx_load(kp[11] + 32); a0_11 = afv_avx512amx_fma(x0, y, a0_11);
    y = afv_avx512amx_load(kp[12] + 32); a0_12 = afv_avx512amx_fma(x0, y, a0_12);
    y = afv_avx512amx_load(kp[13] + 32); a0_13 = afv_avx512amx_fma(x0, y, a0_13);
    y = afv_avx512amx_load(kp[14] + 32); a0_14 = afv_avx512amx_fma(x0, y, a0_14);
    y = afv_avx512amx_load(kp[15] + 32); a0_15 = afv_avx512amx_fma(x0, y, a0_15);
    x0 = afv_avx512amx_load(q0 + 48);
    y = afv_avx512amx_load(kp[0] + 48); a0_0 = afv_avx512amx_fma(x0, y, a0_0);
    y = afv_avx512amx_load(kp[1] + 48); a0_1 = afv_avx512amx_fma(x0, y, a0_1);
    y = afv_avx512amx_load(kp[2] + 48); a0_2 = afv_avx512amx_fma(x0, y, a0_2);
    y = afv_avx512amx_load(kp[3] + 48); a0_3 = afv_avx512amx_fma(x0, y, a0_3);
    y = afv_avx512amx_load(kp[4] + 48); a0_4 = afv_avx512amx_fma(x0, y, a0_4);
    y = afv_avx512amx_load(kp[5] + 48); a0_5 = afv_avx512amx_fma(x0, y, a0_5);
    y = afv_avx512amx_load(kp[6] + 48); a0_6 = afv_avx512amx_fma(x0, y, a0_6);
    y = afv_avx512amx_load(kp[7] + 48); a0_7 = afv_avx512amx_fma(x0, y, a0_7);
    y = afv_avx512amx_load(kp[8] + 48); a0_8 = afv_avx512amx_fma(x0, y, a0_8);
    y = afv_avx512amx_load(kp[9] + 48); a0_9 = afv_avx512amx_fma(x0, y, a0_9);
    y = afv_avx512amx_load(kp[10] + 48); a0_10 = afv_avx512amx_fma(x0, y, a0_10);
    y = afv_avx512amx_load(kp[11] + 48); a0_11 = afv_avx512amx_fma(x0, y, a0_11);
    y = afv_avx512amx_load(kp[12] + 48); a0_12 = afv_avx512amx_fma(x0, y, a0_12);
    y = afv_avx512amx_load(kp[13] + 48); a0_13 = afv_avx512amx_fma(x0, y, a0_13);
    y = afv_avx512amx_load(kp[14] + 48); a0_14 = afv_avx512amx_fma(x0, y, a0_14);
    y = afv_avx512amx_load(kp[15] + 48); a0_15 = afv_avx512amx_fma(x0, y, a0_15);
    const afv_avx512amx red = afv_avx512amx_reduce16(a0_0, a0_1, a0_2, a0_3, a0_4, a0_5, a0_6, a0_7, a0_8, a0_9, a0_10, a0_11, a0_12, a0_13, a0_14, a0_15);
    afv_avx512amx_store(s0, red);
}

/* QK^T register block: 4 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 64. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_qk4(const float *q0, const float *q1, const float *q2, const float *q3, const float *const *kp, float *s0, float *s1, float *s2, float *s3)
{
    afv_avx512amx a0_0 = afv_avx512amx_zero(), a0_1 = afv_avx512amx_zero(), a0_2 = afv_avx512amx_zero(), a0_3 = afv_avx512amx_zero();
    afv_avx512amx a1_0 = afv_avx512amx_zero(), a1_1 = afv_avx512amx_zero(), a1_2 = afv_avx512amx_zero(), a1_3 = afv_avx512amx_zero();
    afv_avx512amx a2_0 = afv_avx512amx_zero(), a2_1 = afv_avx512amx_zero(), a2_2 = afv_avx512amx_zero(), a2_3 = afv_avx512amx_zero();
    afv_avx512amx a3_0 = afv_avx512amx_zero(), a3_1 = afv_avx512amx_zero(), a3_2 = afv_avx512amx_zero(), a3_3 = afv_avx512amx_zero();
    afv_avx512amx x0, x1, x2, x3, y;
    x0 = afv_avx512amx_load(q0 + 0); x1 = afv_avx512amx_load(q1 + 0); x2 = afv_avx512amx_load(q2 + 0); x3 = afv_avx512amx_load(q3 + 0);
    y = afv_avx512amx_load(kp[0] + 0); a0_0 = afv_avx512amx_fma(x0, y, a0_0); a1_0 = afv_avx512amx_fma(x1, y, a1_0); a2_0 = afv_avx512amx_fma(x2, y, a2_0); a3_0 = afv_avx512amx_fma(x3, y, a3_0);
    y = afv_avx512amx_load(kp[1] + 0); a0_1 = afv_avx512amx_fma(x0, y, a0_1); a1_1 = afv_avx512amx_fma(x1, y, a1_1); a2_1 = afv_avx512amx_fma(x2, y, a2_1); a3_1 = afv_avx512amx_fma(x3, y, a3_1);
    y = afv_avx512amx_load(kp[2] + 0); a0_2 = afv_avx512amx_fma(x0, y, a0_2); a1_2 = afv_avx512amx_fma(x1, y, a1_2); a2_2 = afv_avx512amx_fma(x2, y, a2_2); a3_2 = afv_avx512amx_fma(x3, y, a3_2);
    y = afv_avx512amx_load(kp[3] + 0); a0_3 = afv_avx512amx_fma(x0, y, a0_3); a1_3 = afv_avx512amx_fma(x1, y, a1_3); a2_3 = afv_avx512amx_fma(x2, y, a2_3); a3_3 = afv_avx512amx_fma(x3, y, a3_3);
    x0 = afv_avx512amx_load(q0 + 16); x1 = afv_avx512amx_load(q1 + 16); x2 = afv_avx512amx_load(q2 + 16); x3 = afv_avx512amx_load(q3 + 16);
    y = afv_avx512amx_load(kp[0] + 16); a0_0 = afv_avx512amx_fma(x0, y, a0_0); a1_0 = afv_avx512amx_fma(x1, y, a1_0); a2_0 = afv_avx512amx_fma(x2, y, a2_0); a3_0 = afv_avx512amx_fma(x3, y, a3_0);
    y = afv_avx512amx_load(kp[1] + 16); a0_1 = afv_avx512amx_fma(x0, y, a0_1); a1_1 = afv_avx512amx_fma(x1, y, a1_1); a2_1 = afv_avx512amx_fma(x2, y, a2_1); a3_1 = afv_avx512amx_fma(x3, y, a3_1);
    y = afv_avx512amx_load(kp[2] + 16); a0_2 = afv_avx512amx_fma(x0, y, a0_2); a1_2 = afv_avx512amx_fma(x1, y, a1_2); a2_2 = afv_avx512amx_fma(x2, y, a2_2); a3_2 = afv_avx512amx_fma(x3, y, a3_2);
    y = afv_avx512amx_load(kp[3] + 16); a0_3 = afv_avx512amx_fma(x0, y, a0_3); a1_3 = afv_avx512amx_fma(x1, y, a1_3); a2_3 = afv_avx512amx_fma(x2, y, a2_3); a3_3 = afv_avx512amx_fma(x3, y, a3_3);
    x0 = afv_avx512amx_load(q0 + 32); x1 = afv_avx512amx_load(q1 + 32); x2 = afv_avx512amx_load(q2 + 32); x3 = afv_avx512amx_load(q3 + 32);
    y = afv_avx512amx_load(kp[0] + 32); a0_0 = afv_avx512amx_fma(x0, y, a0_0); a1_0 = afv_avx512amx_fma(x1, y, a1_0); a2_0 = afv_avx512amx_fma(x2, y, a2_0); a3_0 = afv_avx512amx_fma(x3, y, a3_0);
    y = afv_avx512amx_load(kp[1] + 32); a0_1 = afv_avx512amx_fma(x0, y, a0_1); a1_1 = afv_avx512amx_fma(x1, y, a1_1); a2_1 = afv_avx512amx_fma(x2, y, a2_1); a3_1 = afv_avx512amx_fma(x3, y, a3_1);
    y = afv_avx512amx_load(kp[2] + 32); a0_2 = afv_avx512amx_fma(x0, y, a0_2); a1_2 = afv_avx512amx_fma(x1, y, a1_2); a2_2 = afv_avx512amx_fma(x2, y, a2_2); a3_2 = afv_avx512amx_fma(x3, y, a3_2);
    y = afv_avx512amx_load(kp[3] + 32); a0_3 = afv_avx512amx_fma(x0, y, a0_3); a1_3 = afv_avx512amx_fma(x1, y, a1_3); a2_3 = afv_avx512amx_fma(x2, y, a2_3); a3_3 = afv_avx512amx_fma(x3, y, a3_3);
    x0 = afv_avx512amx_load(q0 + 48); x1 = afv_avx512amx_load(q1 + 48); x2 = afv_avx512amx_load(q2 + 48); x3 = afv_avx512amx_load(q3 + 48);
    y = afv_avx512amx_load(kp[0] + 48); a0_0 = afv_avx512amx_fma(x0, y, a0_0); a1_0 = afv_avx512amx_fma(x1, y, a1_0); a2_0 = afv_avx512amx_fma(x2, y, a2_0); a3_0 = afv_avx512amx_fma(x3, y, a3_0);
    y = afv_avx512amx_load(kp[1] + 48); a0_1 = afv_avx512amx_fma(x0, y, a0_1); a1_1 = afv_avx512amx_fma(x1, y, a1_1); a2_1 = afv_avx512amx_fma(x2, y, a2_1); a3_1 = afv_avx512amx_fma(x3, y, a3_1);
    y = afv_avx512amx_load(kp[2] + 48); a0_2 = afv_avx512amx_fma(x0, y, a0_2); a1_2 = afv_avx512amx_fma(x1, y, a1_2); a2_2 = afv_avx512amx_fma(x2, y, a2_2); a3_2 = afv_avx512amx_fma(x3, y, a3_2);
    y = afv_avx512amx_load(kp[3] + 48); a0_3 = afv_avx512amx_fma(x0, y, a0_3); a1_3 = afv_avx512amx_fma(x1, y, a1_3); a2_3 = afv_avx512amx_fma(x2, y, a2_3); a3_3 = afv_avx512amx_fma(x3, y, a3_3);
    const afv_avx512amx red = afv_avx512amx_reduce16(a0_0, a0_1, a0_2, a0_3, a1_0, a1_1, a1_2, a1_3, a2_0, a2_1, a2_2, a2_3, a3_0, a3_1, a3_2, a3_3);
    _mm_storeu_ps(s0, _mm512_extractf32x4_ps(red, 0));
    _mm_storeu_ps(s1, _mm512_extractf32x4_ps(red, 1));
    _mm_storeu_ps(s2, _mm512_extractf32x4_ps(red, 2));
    _mm_storeu_ps(s3, _mm512_extractf32x4_ps(red, 3));
}

/* QK^T register block: 2 row(s) x 8 keys, s_r[k] = dot(q_r, key k), Dk = 64. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_qk2(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_avx512amx a0_0 = afv_avx512amx_zero(), a0_1 = afv_avx512amx_zero(), a0_2 = afv_avx512amx_zero(), a0_3 = afv_avx512amx_zero(), a0_4 = afv_avx512amx_zero(), a0_5 = afv_avx512amx_zero(), a0_6 = afv_avx512amx_zero(), a0_7 = afv_avx512amx_zero();
    afv_avx512amx a1_0 = afv_avx512amx_zero(), a1_1 = afv_avx512amx_zero(), a1_2 = afv_avx512amx_zero(), a1_3 = afv_avx512amx_zero(), a1_4 = afv_avx512amx_zero(), a1_5 = afv_avx512amx_zero(), a1_6 = afv_avx512amx_zero(), a1_7 = afv_avx512amx_zero();
    afv_avx512amx x0, x1, y;
    x0 = afv_avx512amx_load(q0 + 0); x1 = afv_avx512amx_load(q1 + 0);
    y = afv_avx512amx_load(kp[0] + 0); a0_0 = afv_avx512amx_fma(x0, y, a0_0); a1_0 = afv_avx512amx_fma(x1, y, a1_0);
    y = afv_avx512amx_load(kp[1] + 0); a0_1 = afv_avx512amx_fma(x0, y, a0_1); a1_1 = afv_avx512amx_fma(x1, y, a1_1);
    y = afv_avx512amx_load(kp[2] + 0); a0_2 = afv_avx512amx_fma(x0, y, a0_2); a1_2 = afv_avx512amx_fma(x1, y, a1_2);
    y = afv_avx512amx_load(kp[3] + 0); a0_3 = afv_avx512amx_fma(x0, y, a0_3); a1_3 = afv_avx512amx_fma(x1, y, a1_3);
    y = afv_avx512amx_load(kp[4] + 0); a0_4 = afv_avx512amx_fma(x0, y, a0_4); a1_4 = afv_avx512amx_fma(x1, y, a1_4);
    y = afv_avx512amx_load(kp[5] + 0); a0_5 = afv_avx512amx_fma(x0, y, a0_5); a1_5 = afv_avx512amx_fma(x1, y, a1_5);
    y = afv_avx512amx_load(kp[6] + 0); a0_6 = afv_avx512amx_fma(x0, y, a0_6); a1_6 = afv_avx512amx_fma(x1, y, a1_6);
    y = afv_avx512amx_load(kp[7] + 0); a0_7 = afv_avx512amx_fma(x0, y, a0_7); a1_7 = afv_avx512amx_fma(x1, y, a1_7);
    x0 = afv_avx512amx_load(q0 + 16); x1 = afv_avx512amx_load(q1 + 16);
    y = afv_avx512amx_load(kp[0] + 16); a0_0 = afv_avx512amx_fma(x0, y, a0_0); a1_0 = afv_avx512amx_fma(x1, y, a1_0);
    y = afv_avx512amx_load(kp[1] + 16); a0_1 = afv_avx512amx_fma(x0, y, a0_1); a1_1 = afv_avx512amx_fma(x1, y, a1_1);
    y = afv_avx512amx_load(kp[2] + 16); a0_2 = afv_avx512amx_fma(x0, y, a0_2); a1_2 = afv_avx512amx_fma(x1, y, a1_2);
    y = afv_avx512amx_load(kp[3] + 16); a0_3 = afv_avx512amx_fma(x0, y, a0_3); a1_3 = afv_avx512amx_fma(x1, y, a1_3);
    y = afv_avx512amx_load(kp[4] + 16); a0_4 = afv_avx512amx_fma(x0, y, a0_4); a1_4 = afv_avx512amx_fma(x1, y, a1_4);
    y = afv_avx512amx_load(kp[5] + 16); a0_5 = afv_avx512amx_fma(x0, y, a0_5); a1_5 = afv_avx512amx_fma(x1, y, a1_5);
    y = afv_avx512amx_load(kp[6] + 16); a0_6 = afv_avx512amx_fma(x0, y, a0_6); a1_6 = afv_avx512amx_fma(x1, y, a1_6);
    y = afv_avx512amx_load(kp[7] + 16); a0_7 = afv_avx512amx_fma(x0, y, a0_7); a1_7 = afv_avx512amx_fma(x1, y, a1_7);
    x0 = afv_avx512amx_load(q0 + 32); x1 = afv_avx512amx_load(q1 + 32);
    y = afv_avx512amx_load(kp[0] + 32); a0_0 = afv_avx512amx_fma(x0, y, a0_0); a1_0 = afv_avx512amx_fma(x1, y, a1_0);
    y = afv_avx512amx_load(kp[1] + 32); a0_1 = afv_avx512amx_fma(x0, y, a0_1); a1_1 = afv_avx512amx_fma(x1, y, a1_1);
    y = afv_avx512amx_load(kp[2] + 32); a0_2 = afv_avx512amx_fma(x0, y, a0_2); a1_2 = afv_avx512amx_fma(x1, y, a1_2);
    y = afv_avx512amx_load(kp[3] + 32); a0_3 = afv_avx512amx_fma(x0, y, a0_3); a1_3 = afv_avx512amx_fma(x1, y, a1_3);
    y = afv_avx512amx_load(kp[4] + 32); a0_4 = afv_avx512amx_fma(x0, y, a0_4); a1_4 = afv_avx512amx_fma(x1, y, a1_4);
    y = afv_avx512amx_load(kp[5] + 32); a0_5 = afv_avx512amx_fma(x0, y, a0_5); a1_5 = afv_avx512amx_fma(x1, y, a1_5);
    y = afv_avx512amx_load(kp[6] + 32); a0_6 = afv_avx512amx_fma(x0, y, a0_6); a1_6 = afv_avx512amx_fma(x1, y, a1_6);
    y = afv_avx512amx_load(kp[7] + 32); a0_7 = afv_avx512amx_fma(x0, y, a0_7); a1_7 = afv_avx512amx_fma(x1, y, a1_7);
    x0 = afv_avx512amx_load(q0 + 48); x1 = afv_avx512amx_load(q1 + 48);
    y = afv_avx512amx_load(kp[0] + 48); a0_0 = afv_avx512amx_fma(x0, y, a0_0); a1_0 = afv_avx512amx_fma(x1, y, a1_0);
    y = afv_avx512amx_load(kp[1] + 48); a0_1 = afv_avx512amx_fma(x0, y, a0_1); a1_1 = afv_avx512amx_fma(x1, y, a1_1);
    y = afv_avx512amx_load(kp[2] + 48); a0_2 = afv_avx512amx_fma(x0, y, a0_2); a1_2 = afv_avx512amx_fma(x1, y, a1_2);
    y = afv_avx512amx_load(kp[3] + 48); a0_3 = afv_avx512amx_fma(x0, y, a0_3); a1_3 = afv_avx512amx_fma(x1, y, a1_3);
    y = afv_avx512amx_load(kp[4] + 48); a0_4 = afv_avx512amx_fma(x0, y, a0_4); a1_4 = afv_avx512amx_fma(x1, y, a1_4);
    y = afv_avx512amx_load(kp[5] + 48); a0_5 = afv_avx512amx_fma(x0, y, a0_5); a1_5 = afv_avx512amx_fma(x1, y, a1_5);
    y = afv_avx512amx_load(kp[6] + 48); a0_6 = afv_avx512amx_fma(x0, y, a0_6); a1_6 = afv_avx512amx_fma(x1, y, a1_6);
    y = afv_avx512amx_load(kp[7] + 48); a0_7 = afv_avx512amx_fma(x0, y, a0_7); a1_7 = afv_avx512amx_fma(x1, y, a1_7);
    const afv_avx512amx red = afv_avx512amx_reduce16(a0_0, a0_1, a0_2, a0_3, a0_4, a0_5, a0_6, a0_7, a1_0, a1_1, a1_2, a1_3, a1_4, a1_5, a1_6, a1_7);
    _mm256_storeu_ps(s0, _mm512_castps512_ps256(red));
    _mm256_storeu_ps(s1, _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(red), 1)));
}

/* P*V register block: 4 row(s) x 64 columns of Dv = 64 per pass. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv4(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512amx al1 = afv_avx512amx_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx512amx al2 = afv_avx512amx_set1(alpha[2]);
    float *const acc3 = acc[3];
    const float *const p3 = p[3];
    const afv_avx512amx al3 = afv_avx512amx_set1(alpha[3]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        afv_avx512amx c1_0 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 0), al1), c1_1 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 16), al1), c1_2 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 32), al1), c1_3 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 48), al1);
        afv_avx512amx c2_0 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 0), al2), c2_1 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 16), al2), c2_2 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 32), al2), c2_3 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 48), al2);
        afv_avx512amx c3_0 = afv_avx512amx_mul(afv_avx512amx_load(acc3 + 0), al3), c3_1 = afv_avx512amx_mul(afv_avx512amx_load(acc3 + 16), al3), c3_2 = afv_avx512amx_mul(afv_avx512amx_load(acc3 + 32), al3), c3_3 = afv_avx512amx_mul(afv_avx512amx_load(acc3 + 48), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p1[k]); c1_0 = afv_avx512amx_fma(b, y0, c1_0); c1_1 = afv_avx512amx_fma(b, y1, c1_1); c1_2 = afv_avx512amx_fma(b, y2, c1_2); c1_3 = afv_avx512amx_fma(b, y3, c1_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p2[k]); c2_0 = afv_avx512amx_fma(b, y0, c2_0); c2_1 = afv_avx512amx_fma(b, y1, c2_1); c2_2 = afv_avx512amx_fma(b, y2, c2_2); c2_3 = afv_avx512amx_fma(b, y3, c2_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p3[k]); c3_0 = afv_avx512amx_fma(b, y0, c3_0); c3_1 = afv_avx512amx_fma(b, y1, c3_1); c3_2 = afv_avx512amx_fma(b, y2, c3_2); c3_3 = afv_avx512amx_fma(b, y3, c3_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
        afv_avx512amx_store(acc1 + 0, c1_0); afv_avx512amx_store(acc1 + 16, c1_1); afv_avx512amx_store(acc1 + 32, c1_2); afv_avx512amx_store(acc1 + 48, c1_3);
        afv_avx512amx_store(acc2 + 0, c2_0); afv_avx512amx_store(acc2 + 16, c2_1); afv_avx512amx_store(acc2 + 32, c2_2); afv_avx512amx_store(acc2 + 48, c2_3);
        afv_avx512amx_store(acc3 + 0, c3_0); afv_avx512amx_store(acc3 + 16, c3_1); afv_avx512amx_store(acc3 + 32, c3_2); afv_avx512amx_store(acc3 + 48, c3_3);
    }
}

/* P*V register block: 4 row(s) x 64 columns of Dv = 64 per pass, one prefetch per key. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv4_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk64_dv64_avx512amx_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512amx al1 = afv_avx512amx_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx512amx al2 = afv_avx512amx_set1(alpha[2]);
    float *const acc3 = acc[3];
    const float *const p3 = p[3];
    const afv_avx512amx al3 = afv_avx512amx_set1(alpha[3]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        afv_avx512amx c1_0 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 0), al1), c1_1 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 16), al1), c1_2 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 32), al1), c1_3 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 48), al1);
        afv_avx512amx c2_0 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 0), al2), c2_1 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 16), al2), c2_2 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 32), al2), c2_3 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 48), al2);
        afv_avx512amx c3_0 = afv_avx512amx_mul(afv_avx512amx_load(acc3 + 0), al3), c3_1 = afv_avx512amx_mul(afv_avx512amx_load(acc3 + 16), al3), c3_2 = afv_avx512amx_mul(afv_avx512amx_load(acc3 + 32), al3), c3_3 = afv_avx512amx_mul(afv_avx512amx_load(acc3 + 48), al3);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk64_dv64_avx512amx_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p1[k]); c1_0 = afv_avx512amx_fma(b, y0, c1_0); c1_1 = afv_avx512amx_fma(b, y1, c1_1); c1_2 = afv_avx512amx_fma(b, y2, c1_2); c1_3 = afv_avx512amx_fma(b, y3, c1_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p2[k]); c2_0 = afv_avx512amx_fma(b, y0, c2_0); c2_1 = afv_avx512amx_fma(b, y1, c2_1); c2_2 = afv_avx512amx_fma(b, y2, c2_2); c2_3 = afv_avx512amx_fma(b, y3, c2_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p3[k]); c3_0 = afv_avx512amx_fma(b, y0, c3_0); c3_1 = afv_avx512amx_fma(b, y1, c3_1); c3_2 = afv_avx512amx_fma(b, y2, c3_2); c3_3 = afv_avx512amx_fma(b, y3, c3_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
        afv_avx512amx_store(acc1 + 0, c1_0); afv_avx512amx_store(acc1 + 16, c1_1); afv_avx512amx_store(acc1 + 32, c1_2); afv_avx512amx_store(acc1 + 48, c1_3);
        afv_avx512amx_store(acc2 + 0, c2_0); afv_avx512amx_store(acc2 + 16, c2_1); afv_avx512amx_store(acc2 + 32, c2_2); afv_avx512amx_store(acc2 + 48, c2_3);
        afv_avx512amx_store(acc3 + 0, c3_0); afv_avx512amx_store(acc3 + 16, c3_1); afv_avx512amx_store(acc3 + 32, c3_2); afv_avx512amx_store(acc3 + 48, c3_3);
    }
}

/* P*V register block: 3 row(s) x 64 columns of Dv = 64 per pass. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv3(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512amx al1 = afv_avx512amx_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx512amx al2 = afv_avx512amx_set1(alpha[2]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        afv_avx512amx c1_0 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 0), al1), c1_1 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 16), al1), c1_2 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 32), al1), c1_3 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 48), al1);
        afv_avx512amx c2_0 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 0), al2), c2_1 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 16), al2), c2_2 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 32), al2), c2_3 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 48), al2);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p1[k]); c1_0 = afv_avx512amx_fma(b, y0, c1_0); c1_1 = afv_avx512amx_fma(b, y1, c1_1); c1_2 = afv_avx512amx_fma(b, y2, c1_2); c1_3 = afv_avx512amx_fma(b, y3, c1_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p2[k]); c2_0 = afv_avx512amx_fma(b, y0, c2_0); c2_1 = afv_avx512amx_fma(b, y1, c2_1); c2_2 = afv_avx512amx_fma(b, y2, c2_2); c2_3 = afv_avx512amx_fma(b, y3, c2_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
        afv_avx512amx_store(acc1 + 0, c1_0); afv_avx512amx_store(acc1 + 16, c1_1); afv_avx512amx_store(acc1 + 32, c1_2); afv_avx512amx_store(acc1 + 48, c1_3);
        afv_avx512amx_store(acc2 + 0, c2_0); afv_avx512amx_store(acc2 + 16, c2_1); afv_avx512amx_store(acc2 + 32, c2_2); afv_avx512amx_store(acc2 + 48, c2_3);
    }
}

/* P*V register block: 3 row(s) x 64 columns of Dv = 64 per pass, one prefetch per key. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv3_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk64_dv64_avx512amx_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512amx al1 = afv_avx512amx_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_avx512amx al2 = afv_avx512amx_set1(alpha[2]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        afv_avx512amx c1_0 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 0), al1), c1_1 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 16), al1), c1_2 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 32), al1), c1_3 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 48), al1);
        afv_avx512amx c2_0 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 0), al2), c2_1 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 16), al2), c2_2 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 32), al2), c2_3 = afv_avx512amx_mul(afv_avx512amx_load(acc2 + 48), al2);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk64_dv64_avx512amx_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p1[k]); c1_0 = afv_avx512amx_fma(b, y0, c1_0); c1_1 = afv_avx512amx_fma(b, y1, c1_1); c1_2 = afv_avx512amx_fma(b, y2, c1_2); c1_3 = afv_avx512amx_fma(b, y3, c1_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p2[k]); c2_0 = afv_avx512amx_fma(b, y0, c2_0); c2_1 = afv_avx512amx_fma(b, y1, c2_1); c2_2 = afv_avx512amx_fma(b, y2, c2_2); c2_3 = afv_avx512amx_fma(b, y3, c2_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
        afv_avx512amx_store(acc1 + 0, c1_0); afv_avx512amx_store(acc1 + 16, c1_1); afv_avx512amx_store(acc1 + 32, c1_2); afv_avx512amx_store(acc1 + 48, c1_3);
        afv_avx512amx_store(acc2 + 0, c2_0); afv_avx512amx_store(acc2 + 16, c2_1); afv_avx512amx_store(acc2 + 32, c2_2); afv_avx512amx_store(acc2 + 48, c2_3);
    }
}

/* P*V register block: 2 row(s) x 64 columns of Dv = 64 per pass. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv2(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512amx al1 = afv_avx512amx_set1(alpha[1]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        afv_avx512amx c1_0 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 0), al1), c1_1 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 16), al1), c1_2 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 32), al1), c1_3 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 48), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p1[k]); c1_0 = afv_avx512amx_fma(b, y0, c1_0); c1_1 = afv_avx512amx_fma(b, y1, c1_1); c1_2 = afv_avx512amx_fma(b, y2, c1_2); c1_3 = afv_avx512amx_fma(b, y3, c1_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
        afv_avx512amx_store(acc1 + 0, c1_0); afv_avx512amx_store(acc1 + 16, c1_1); afv_avx512amx_store(acc1 + 32, c1_2); afv_avx512amx_store(acc1 + 48, c1_3);
    }
}

/* P*V register block: 2 row(s) x 64 columns of Dv = 64 per pass, one prefetch per key. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv2_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk64_dv64_avx512amx_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_avx512amx al1 = afv_avx512amx_set1(alpha[1]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        afv_avx512amx c1_0 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 0), al1), c1_1 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 16), al1), c1_2 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 32), al1), c1_3 = afv_avx512amx_mul(afv_avx512amx_load(acc1 + 48), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk64_dv64_avx512amx_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
            { const afv_avx512amx b = afv_avx512amx_set1(p1[k]); c1_0 = afv_avx512amx_fma(b, y0, c1_0); c1_1 = afv_avx512amx_fma(b, y1, c1_1); c1_2 = afv_avx512amx_fma(b, y2, c1_2); c1_3 = afv_avx512amx_fma(b, y3, c1_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
        afv_avx512amx_store(acc1 + 0, c1_0); afv_avx512amx_store(acc1 + 16, c1_1); afv_avx512amx_store(acc1 + 32, c1_2); afv_avx512amx_store(acc1 + 48, c1_3);
    }
}

/* P*V register block: 1 row(s) x 64 columns of Dv = 64 per pass. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
    }
}

/* P*V register block: 1 row(s) x 64 columns of Dv = 64 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
    }
}

/* P*V register block: 1 row(s) x 64 columns of Dv = 64 per pass, one prefetch per key. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv1_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk64_dv64_avx512amx_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk64_dv64_avx512amx_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
    }
}

/* P*V register block: 1 row(s) x 64 columns of Dv = 64 per pass, excluded keys (p = -0.0) skipped, one prefetch per key. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_pv1g_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk64_dv64_avx512amx_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_avx512amx al0 = afv_avx512amx_set1(alpha[0]);
    { /* Dv columns 0 .. 63 */
        afv_avx512amx c0_0 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 0), al0), c0_1 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 16), al0), c0_2 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 32), al0), c0_3 = afv_avx512amx_mul(afv_avx512amx_load(acc0 + 48), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk64_dv64_avx512amx_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_avx512amx y0 = afv_avx512amx_load(v + 0), y1 = afv_avx512amx_load(v + 16), y2 = afv_avx512amx_load(v + 32), y3 = afv_avx512amx_load(v + 48);
            { const afv_avx512amx b = afv_avx512amx_set1(p0[k]); c0_0 = afv_avx512amx_fma(b, y0, c0_0); c0_1 = afv_avx512amx_fma(b, y1, c0_1); c0_2 = afv_avx512amx_fma(b, y2, c0_2); c0_3 = afv_avx512amx_fma(b, y3, c0_3); }
        }
        afv_avx512amx_store(acc0 + 0, c0_0); afv_avx512amx_store(acc0 + 16, c0_1); afv_avx512amx_store(acc0 + 32, c0_2); afv_avx512amx_store(acc0 + 48, c0_3);
    }
}

/* Block softmax of 1 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_dec_sm1(afp_avx512amx_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx512amx vscale, afv_avx512amx vcap, int alibi, int *partial)
{
    const afv_avx512amx ninf = afv_avx512amx_set1(-INFINITY), zero = afv_avx512amx_zero();
    afv_avx512amx x0_0, x0_1, x0_2, x0_3, mx0 = ninf, ng0 = ninf;
    x0_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 0), vscale);
    if (cap) { x0_0 = afp_avx512amx_bf16_apply_softcap(x0_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[0].pos)), afv_avx512amx_iota())), x0_0);
    }
    mx0 = afv_avx512amx_max(mx0, x0_0); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_0));
    x0_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 16), vscale);
    if (cap) { x0_1 = afp_avx512amx_bf16_apply_softcap(x0_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[0].pos)), afv_avx512amx_iota())), x0_1);
    }
    mx0 = afv_avx512amx_max(mx0, x0_1); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_1));
    x0_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 32), vscale);
    if (cap) { x0_2 = afp_avx512amx_bf16_apply_softcap(x0_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[0].pos)), afv_avx512amx_iota())), x0_2);
    }
    mx0 = afv_avx512amx_max(mx0, x0_2); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_2));
    x0_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 48), vscale);
    if (cap) { x0_3 = afp_avx512amx_bf16_apply_softcap(x0_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[0].pos)), afv_avx512amx_iota())), x0_3);
    }
    mx0 = afv_avx512amx_max(mx0, x0_3); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_3));
    const float mb0 = afv_avx512amx_hmax(mx0);
    if (mb0 == -INFINITY) return 0;
    if (afv_avx512amx_hmax(ng0) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx512amx vm0 = afv_avx512amx_set1(mn0);
    afv_avx512amx sum0 = zero;
    alpha[0] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo0 - mn0)));
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_0, vm0)), x0_0); afv_avx512amx_store(s + 0, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_1, vm0)), x0_1); afv_avx512amx_store(s + 16, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_2, vm0)), x0_2); afv_avx512amx_store(s + 32, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_3, vm0)), x0_3); afv_avx512amx_store(s + 48, p); sum0 = afv_avx512amx_add(sum0, p); }
    {
        const float ps = afv_avx512amx_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    return 1;
}

/* Block softmax of 2 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_dec_sm2(afp_avx512amx_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx512amx vscale, afv_avx512amx vcap, int alibi, int *partial)
{
    const afv_avx512amx ninf = afv_avx512amx_set1(-INFINITY), zero = afv_avx512amx_zero();
    afv_avx512amx x0_0, x0_1, x0_2, x0_3, mx0 = ninf, ng0 = ninf;
    afv_avx512amx x1_0, x1_1, x1_2, x1_3, mx1 = ninf, ng1 = ninf;
    x0_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 0), vscale); x1_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 64), vscale);
    if (cap) { x0_0 = afp_avx512amx_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx512amx_bf16_apply_softcap(x1_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[0].pos)), afv_avx512amx_iota())), x0_0);
        x1_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[1].pos)), afv_avx512amx_iota())), x1_0);
    }
    mx0 = afv_avx512amx_max(mx0, x0_0); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_0)); mx1 = afv_avx512amx_max(mx1, x1_0); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_0));
    x0_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 16), vscale); x1_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 80), vscale);
    if (cap) { x0_1 = afp_avx512amx_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx512amx_bf16_apply_softcap(x1_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[0].pos)), afv_avx512amx_iota())), x0_1);
        x1_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[1].pos)), afv_avx512amx_iota())), x1_1);
    }
    mx0 = afv_avx512amx_max(mx0, x0_1); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_1)); mx1 = afv_avx512amx_max(mx1, x1_1); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_1));
    x0_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 32), vscale); x1_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 96), vscale);
    if (cap) { x0_2 = afp_avx512amx_bf16_apply_softcap(x0_2, vcap, cap); x1_2 = afp_avx512amx_bf16_apply_softcap(x1_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[0].pos)), afv_avx512amx_iota())), x0_2);
        x1_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[1].pos)), afv_avx512amx_iota())), x1_2);
    }
    mx0 = afv_avx512amx_max(mx0, x0_2); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_2)); mx1 = afv_avx512amx_max(mx1, x1_2); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_2));
    x0_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 48), vscale); x1_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 112), vscale);
    if (cap) { x0_3 = afp_avx512amx_bf16_apply_softcap(x0_3, vcap, cap); x1_3 = afp_avx512amx_bf16_apply_softcap(x1_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[0].pos)), afv_avx512amx_iota())), x0_3);
        x1_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[1].pos)), afv_avx512amx_iota())), x1_3);
    }
    mx0 = afv_avx512amx_max(mx0, x0_3); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_3)); mx1 = afv_avx512amx_max(mx1, x1_3); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_3));
    const float mb0 = afv_avx512amx_hmax(mx0); const float mb1 = afv_avx512amx_hmax(mx1);
    if (mb0 == -INFINITY || mb1 == -INFINITY) return 0;
    if (afv_avx512amx_hmax(ng0) == INFINITY || afv_avx512amx_hmax(ng1) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx512amx vm0 = afv_avx512amx_set1(mn0);
    afv_avx512amx sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx512amx vm1 = afv_avx512amx_set1(mn1);
    afv_avx512amx sum1 = zero;
    alpha[0] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo0 - mn0))); alpha[1] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo1 - mn1)));
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_0, vm0)), x0_0); afv_avx512amx_store(s + 0, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_0, vm1)), x1_0); afv_avx512amx_store(s + 64, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_1, vm0)), x0_1); afv_avx512amx_store(s + 16, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_1, vm1)), x1_1); afv_avx512amx_store(s + 80, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_2, vm0)), x0_2); afv_avx512amx_store(s + 32, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_2, vm1)), x1_2); afv_avx512amx_store(s + 96, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_3, vm0)), x0_3); afv_avx512amx_store(s + 48, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_3, vm1)), x1_3); afv_avx512amx_store(s + 112, p); sum1 = afv_avx512amx_add(sum1, p); }
    {
        const float ps = afv_avx512amx_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx512amx_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    return 1;
}

/* Block softmax of 3 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_dec_sm3(afp_avx512amx_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx512amx vscale, afv_avx512amx vcap, int alibi, int *partial)
{
    const afv_avx512amx ninf = afv_avx512amx_set1(-INFINITY), zero = afv_avx512amx_zero();
    afv_avx512amx x0_0, x0_1, x0_2, x0_3, mx0 = ninf, ng0 = ninf;
    afv_avx512amx x1_0, x1_1, x1_2, x1_3, mx1 = ninf, ng1 = ninf;
    afv_avx512amx x2_0, x2_1, x2_2, x2_3, mx2 = ninf, ng2 = ninf;
    x0_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 0), vscale); x1_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 64), vscale); x2_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 128), vscale);
    if (cap) { x0_0 = afp_avx512amx_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx512amx_bf16_apply_softcap(x1_0, vcap, cap); x2_0 = afp_avx512amx_bf16_apply_softcap(x2_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[0].pos)), afv_avx512amx_iota())), x0_0);
        x1_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[1].pos)), afv_avx512amx_iota())), x1_0);
        x2_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[2].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[2].pos)), afv_avx512amx_iota())), x2_0);
    }
    mx0 = afv_avx512amx_max(mx0, x0_0); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_0)); mx1 = afv_avx512amx_max(mx1, x1_0); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_0)); mx2 = afv_avx512amx_max(mx2, x2_0); ng2 = afv_avx512amx_max(ng2, afv_avx512amx_sub(zero, x2_0));
    x0_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 16), vscale); x1_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 80), vscale); x2_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 144), vscale);
    if (cap) { x0_1 = afp_avx512amx_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx512amx_bf16_apply_softcap(x1_1, vcap, cap); x2_1 = afp_avx512amx_bf16_apply_softcap(x2_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[0].pos)), afv_avx512amx_iota())), x0_1);
        x1_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[1].pos)), afv_avx512amx_iota())), x1_1);
        x2_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[2].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[2].pos)), afv_avx512amx_iota())), x2_1);
    }
    mx0 = afv_avx512amx_max(mx0, x0_1); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_1)); mx1 = afv_avx512amx_max(mx1, x1_1); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_1)); mx2 = afv_avx512amx_max(mx2, x2_1); ng2 = afv_avx512amx_max(ng2, afv_avx512amx_sub(zero, x2_1));
    x0_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 32), vscale); x1_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 96), vscale); x2_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 160), vscale);
    if (cap) { x0_2 = afp_avx512amx_bf16_apply_softcap(x0_2, vcap, cap); x1_2 = afp_avx512amx_bf16_apply_softcap(x1_2, vcap, cap); x2_2 = afp_avx512amx_bf16_apply_softcap(x2_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[0].pos)), afv_avx512amx_iota())), x0_2);
        x1_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[1].pos)), afv_avx512amx_iota())), x1_2);
        x2_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[2].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[2].pos)), afv_avx512amx_iota())), x2_2);
    }
    mx0 = afv_avx512amx_max(mx0, x0_2); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_2)); mx1 = afv_avx512amx_max(mx1, x1_2); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_2)); mx2 = afv_avx512amx_max(mx2, x2_2); ng2 = afv_avx512amx_max(ng2, afv_avx512amx_sub(zero, x2_2));
    x0_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 48), vscale); x1_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 112), vscale); x2_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 176), vscale);
    if (cap) { x0_3 = afp_avx512amx_bf16_apply_softcap(x0_3, vcap, cap); x1_3 = afp_avx512amx_bf16_apply_softcap(x1_3, vcap, cap); x2_3 = afp_avx512amx_bf16_apply_softcap(x2_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[0].pos)), afv_avx512amx_iota())), x0_3);
        x1_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[1].pos)), afv_avx512amx_iota())), x1_3);
        x2_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[2].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[2].pos)), afv_avx512amx_iota())), x2_3);
    }
    mx0 = afv_avx512amx_max(mx0, x0_3); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_3)); mx1 = afv_avx512amx_max(mx1, x1_3); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_3)); mx2 = afv_avx512amx_max(mx2, x2_3); ng2 = afv_avx512amx_max(ng2, afv_avx512amx_sub(zero, x2_3));
    const float mb0 = afv_avx512amx_hmax(mx0); const float mb1 = afv_avx512amx_hmax(mx1); const float mb2 = afv_avx512amx_hmax(mx2);
    if (mb0 == -INFINITY || mb1 == -INFINITY || mb2 == -INFINITY) return 0;
    if (afv_avx512amx_hmax(ng0) == INFINITY || afv_avx512amx_hmax(ng1) == INFINITY || afv_avx512amx_hmax(ng2) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx512amx vm0 = afv_avx512amx_set1(mn0);
    afv_avx512amx sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx512amx vm1 = afv_avx512amx_set1(mn1);
    afv_avx512amx sum1 = zero;
    const float mo2 = *rw[2].m, mn2 = mb2 > mo2 ? mb2 : mo2;
    const afv_avx512amx vm2 = afv_avx512amx_set1(mn2);
    afv_avx512amx sum2 = zero;
    alpha[0] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo0 - mn0))); alpha[1] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo1 - mn1))); alpha[2] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo2 - mn2)));
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_0, vm0)), x0_0); afv_avx512amx_store(s + 0, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_0, vm1)), x1_0); afv_avx512amx_store(s + 64, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x2_0, vm2)), x2_0); afv_avx512amx_store(s + 128, p); sum2 = afv_avx512amx_add(sum2, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_1, vm0)), x0_1); afv_avx512amx_store(s + 16, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_1, vm1)), x1_1); afv_avx512amx_store(s + 80, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x2_1, vm2)), x2_1); afv_avx512amx_store(s + 144, p); sum2 = afv_avx512amx_add(sum2, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_2, vm0)), x0_2); afv_avx512amx_store(s + 32, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_2, vm1)), x1_2); afv_avx512amx_store(s + 96, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x2_2, vm2)), x2_2); afv_avx512amx_store(s + 160, p); sum2 = afv_avx512amx_add(sum2, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_3, vm0)), x0_3); afv_avx512amx_store(s + 48, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_3, vm1)), x1_3); afv_avx512amx_store(s + 112, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x2_3, vm2)), x2_3); afv_avx512amx_store(s + 176, p); sum2 = afv_avx512amx_add(sum2, p); }
    {
        const float ps = afv_avx512amx_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx512amx_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    {
        const float ps = afv_avx512amx_hsum(sum2);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[2].m = *rw[2].l = NAN;
        } else {
            *rw[2].l = *rw[2].l * alpha[2] + ps;
            *rw[2].m = mn2;
        }
    }
    return 1;
}

/* Block softmax of 4 row(s) over a full block of 64 keys (see decode.c.in). */
static inline AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_dec_sm4(afp_avx512amx_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_avx512amx vscale, afv_avx512amx vcap, int alibi, int *partial)
{
    const afv_avx512amx ninf = afv_avx512amx_set1(-INFINITY), zero = afv_avx512amx_zero();
    afv_avx512amx x0_0, x0_1, x0_2, x0_3, mx0 = ninf, ng0 = ninf;
    afv_avx512amx x1_0, x1_1, x1_2, x1_3, mx1 = ninf, ng1 = ninf;
    afv_avx512amx x2_0, x2_1, x2_2, x2_3, mx2 = ninf, ng2 = ninf;
    afv_avx512amx x3_0, x3_1, x3_2, x3_3, mx3 = ninf, ng3 = ninf;
    x0_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 0), vscale); x1_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 64), vscale); x2_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 128), vscale); x3_0 = afv_avx512amx_mul(afv_avx512amx_load(s + 192), vscale);
    if (cap) { x0_0 = afp_avx512amx_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_avx512amx_bf16_apply_softcap(x1_0, vcap, cap); x2_0 = afp_avx512amx_bf16_apply_softcap(x2_0, vcap, cap); x3_0 = afp_avx512amx_bf16_apply_softcap(x3_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[0].pos)), afv_avx512amx_iota())), x0_0);
        x1_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[1].pos)), afv_avx512amx_iota())), x1_0);
        x2_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[2].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[2].pos)), afv_avx512amx_iota())), x2_0);
        x3_0 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[3].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 0 - rw[3].pos)), afv_avx512amx_iota())), x3_0);
    }
    mx0 = afv_avx512amx_max(mx0, x0_0); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_0)); mx1 = afv_avx512amx_max(mx1, x1_0); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_0)); mx2 = afv_avx512amx_max(mx2, x2_0); ng2 = afv_avx512amx_max(ng2, afv_avx512amx_sub(zero, x2_0)); mx3 = afv_avx512amx_max(mx3, x3_0); ng3 = afv_avx512amx_max(ng3, afv_avx512amx_sub(zero, x3_0));
    x0_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 16), vscale); x1_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 80), vscale); x2_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 144), vscale); x3_1 = afv_avx512amx_mul(afv_avx512amx_load(s + 208), vscale);
    if (cap) { x0_1 = afp_avx512amx_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_avx512amx_bf16_apply_softcap(x1_1, vcap, cap); x2_1 = afp_avx512amx_bf16_apply_softcap(x2_1, vcap, cap); x3_1 = afp_avx512amx_bf16_apply_softcap(x3_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[0].pos)), afv_avx512amx_iota())), x0_1);
        x1_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[1].pos)), afv_avx512amx_iota())), x1_1);
        x2_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[2].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[2].pos)), afv_avx512amx_iota())), x2_1);
        x3_1 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[3].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 16 - rw[3].pos)), afv_avx512amx_iota())), x3_1);
    }
    mx0 = afv_avx512amx_max(mx0, x0_1); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_1)); mx1 = afv_avx512amx_max(mx1, x1_1); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_1)); mx2 = afv_avx512amx_max(mx2, x2_1); ng2 = afv_avx512amx_max(ng2, afv_avx512amx_sub(zero, x2_1)); mx3 = afv_avx512amx_max(mx3, x3_1); ng3 = afv_avx512amx_max(ng3, afv_avx512amx_sub(zero, x3_1));
    x0_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 32), vscale); x1_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 96), vscale); x2_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 160), vscale); x3_2 = afv_avx512amx_mul(afv_avx512amx_load(s + 224), vscale);
    if (cap) { x0_2 = afp_avx512amx_bf16_apply_softcap(x0_2, vcap, cap); x1_2 = afp_avx512amx_bf16_apply_softcap(x1_2, vcap, cap); x2_2 = afp_avx512amx_bf16_apply_softcap(x2_2, vcap, cap); x3_2 = afp_avx512amx_bf16_apply_softcap(x3_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[0].pos)), afv_avx512amx_iota())), x0_2);
        x1_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[1].pos)), afv_avx512amx_iota())), x1_2);
        x2_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[2].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[2].pos)), afv_avx512amx_iota())), x2_2);
        x3_2 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[3].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 32 - rw[3].pos)), afv_avx512amx_iota())), x3_2);
    }
    mx0 = afv_avx512amx_max(mx0, x0_2); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_2)); mx1 = afv_avx512amx_max(mx1, x1_2); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_2)); mx2 = afv_avx512amx_max(mx2, x2_2); ng2 = afv_avx512amx_max(ng2, afv_avx512amx_sub(zero, x2_2)); mx3 = afv_avx512amx_max(mx3, x3_2); ng3 = afv_avx512amx_max(ng3, afv_avx512amx_sub(zero, x3_2));
    x0_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 48), vscale); x1_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 112), vscale); x2_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 176), vscale); x3_3 = afv_avx512amx_mul(afv_avx512amx_load(s + 240), vscale);
    if (cap) { x0_3 = afp_avx512amx_bf16_apply_softcap(x0_3, vcap, cap); x1_3 = afp_avx512amx_bf16_apply_softcap(x1_3, vcap, cap); x2_3 = afp_avx512amx_bf16_apply_softcap(x2_3, vcap, cap); x3_3 = afp_avx512amx_bf16_apply_softcap(x3_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[0].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[0].pos)), afv_avx512amx_iota())), x0_3);
        x1_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[1].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[1].pos)), afv_avx512amx_iota())), x1_3);
        x2_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[2].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[2].pos)), afv_avx512amx_iota())), x2_3);
        x3_3 = afv_avx512amx_fma(afv_avx512amx_set1(-rw[3].slope), afv_avx512amx_abs(afv_avx512amx_add(afv_avx512amx_set1((float)(jb + 48 - rw[3].pos)), afv_avx512amx_iota())), x3_3);
    }
    mx0 = afv_avx512amx_max(mx0, x0_3); ng0 = afv_avx512amx_max(ng0, afv_avx512amx_sub(zero, x0_3)); mx1 = afv_avx512amx_max(mx1, x1_3); ng1 = afv_avx512amx_max(ng1, afv_avx512amx_sub(zero, x1_3)); mx2 = afv_avx512amx_max(mx2, x2_3); ng2 = afv_avx512amx_max(ng2, afv_avx512amx_sub(zero, x2_3)); mx3 = afv_avx512amx_max(mx3, x3_3); ng3 = afv_avx512amx_max(ng3, afv_avx512amx_sub(zero, x3_3));
    const float mb0 = afv_avx512amx_hmax(mx0); const float mb1 = afv_avx512amx_hmax(mx1); const float mb2 = afv_avx512amx_hmax(mx2); const float mb3 = afv_avx512amx_hmax(mx3);
    if (mb0 == -INFINITY || mb1 == -INFINITY || mb2 == -INFINITY || mb3 == -INFINITY) return 0;
    if (afv_avx512amx_hmax(ng0) == INFINITY || afv_avx512amx_hmax(ng1) == INFINITY || afv_avx512amx_hmax(ng2) == INFINITY || afv_avx512amx_hmax(ng3) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_avx512amx vm0 = afv_avx512amx_set1(mn0);
    afv_avx512amx sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_avx512amx vm1 = afv_avx512amx_set1(mn1);
    afv_avx512amx sum1 = zero;
    const float mo2 = *rw[2].m, mn2 = mb2 > mo2 ? mb2 : mo2;
    const afv_avx512amx vm2 = afv_avx512amx_set1(mn2);
    afv_avx512amx sum2 = zero;
    const float mo3 = *rw[3].m, mn3 = mb3 > mo3 ? mb3 : mo3;
    const afv_avx512amx vm3 = afv_avx512amx_set1(mn3);
    afv_avx512amx sum3 = zero;
    alpha[0] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo0 - mn0))); alpha[1] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo1 - mn1))); alpha[2] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo2 - mn2))); alpha[3] = afv_avx512amx_first(afv_avx512amx_exp(afv_avx512amx_set1(mo3 - mn3)));
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_0, vm0)), x0_0); afv_avx512amx_store(s + 0, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_0, vm1)), x1_0); afv_avx512amx_store(s + 64, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x2_0, vm2)), x2_0); afv_avx512amx_store(s + 128, p); sum2 = afv_avx512amx_add(sum2, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x3_0, vm3)), x3_0); afv_avx512amx_store(s + 192, p); sum3 = afv_avx512amx_add(sum3, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_1, vm0)), x0_1); afv_avx512amx_store(s + 16, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_1, vm1)), x1_1); afv_avx512amx_store(s + 80, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x2_1, vm2)), x2_1); afv_avx512amx_store(s + 144, p); sum2 = afv_avx512amx_add(sum2, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x3_1, vm3)), x3_1); afv_avx512amx_store(s + 208, p); sum3 = afv_avx512amx_add(sum3, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_2, vm0)), x0_2); afv_avx512amx_store(s + 32, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_2, vm1)), x1_2); afv_avx512amx_store(s + 96, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x2_2, vm2)), x2_2); afv_avx512amx_store(s + 160, p); sum2 = afv_avx512amx_add(sum2, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x3_2, vm3)), x3_2); afv_avx512amx_store(s + 224, p); sum3 = afv_avx512amx_add(sum3, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x0_3, vm0)), x0_3); afv_avx512amx_store(s + 48, p); sum0 = afv_avx512amx_add(sum0, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x1_3, vm1)), x1_3); afv_avx512amx_store(s + 112, p); sum1 = afv_avx512amx_add(sum1, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x2_3, vm2)), x2_3); afv_avx512amx_store(s + 176, p); sum2 = afv_avx512amx_add(sum2, p); }
    { const afv_avx512amx p = afv_avx512amx_excl(afv_avx512amx_expn(afv_avx512amx_sub(x3_3, vm3)), x3_3); afv_avx512amx_store(s + 240, p); sum3 = afv_avx512amx_add(sum3, p); }
    {
        const float ps = afv_avx512amx_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_avx512amx_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    {
        const float ps = afv_avx512amx_hsum(sum2);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[2].m = *rw[2].l = NAN;
        } else {
            *rw[2].l = *rw[2].l * alpha[2] + ps;
            *rw[2].m = mn2;
        }
    }
    {
        const float ps = afv_avx512amx_hsum(sum3);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[3].m = *rw[3].l = NAN;
        } else {
            *rw[3].l = *rw[3].l * alpha[3] + ps;
            *rw[3].m = mn3;
        }
    }
    return 1;
}

/* ---- decode (templates/decode.c.in) ----
 * Rows are taken in chunks of 32 (Q widened to f32 once per tile) and the
 * keys of the tile in blocks of 64. A tile may span several KV heads (rows
 * h-major, so each KV head's rows are contiguous): each key block is then
 * processed head by head, so the task reads every head's slice of a key row
 * before moving on (whole BSHD rows in order). For each block and head, K rows
 * are gathered (contiguous, strided or paged) and packed (widened to f32) into an L1 buffer;
 * the head's rows compute their scores against them in register blocks of
 * 4 x 4, 2 x 8, 1 x 16 (rows x keys, largest first; one accumulator per
 * row and key over the unrolled Dk, one reduction per block), then the block
 * softmax rescales each row once, then P*V runs over the same V rows in
 * blocks of 4, 3, 2, 1 rows x 64 columns.
 * Online softmax invariant, per row, after the blocks [j0, jb) were processed:
 *   m = max of the visible scores so far (-inf if none),
 *   l = sum of exp(s - m), acc = sum of exp(s - m) * v,
 * so a new block with max mb rescales l and acc by exp(m - max(m, mb)).
 */

/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh:
 * rw, qb, sb and alpha point at the first of those rows. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_block(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_avx512amx_bf16_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[64], *vraw[64];
    const float *kp[64];
    const float *vp[64];
    float kbuf[64 * 64], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    afp_avx512amx_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
    const float ksc = af_kv_scale(c, 0, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
    const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk64_dv64_avx512amx_pack_k(kbuf + k * 64, kraw[k], ksc);
        kp[k] = kbuf + k * 64;
        { /* a prefetch never faults, so a row past the end or across a page of
           * a paged cache costs nothing */
            const char *f = (const char *)(kraw[k] + pf_off);
            __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 4 <= nr; r += 4) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb) || (rw[r + 2].lo < jb + n && rw[r + 2].hi > jb) || (rw[r + 3].lo < jb + n && rw[r + 3].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_bf16_dk64_dv64_avx512amx_dec_qk4(qb + (r + 0) * 64, qb + (r + 1) * 64, qb + (r + 2) * 64, qb + (r + 3) * 64, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k, sb + (r + 2) * 64 + k, sb + (r + 3) * 64 + k);
        }
    }
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 8) {
            afk_bf16_dk64_dv64_avx512amx_dec_qk2(qb + (r + 0) * 64, qb + (r + 1) * 64, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 16) {
            afk_bf16_dk64_dv64_avx512amx_dec_qk(qb + r * 64, kp + k, sb + r * 64 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 64) { /* a full block: rows that see all of it, without a mask to add, go 4 at a time */
        int full = 1, alibi = 0;
        const void *zm = NULL; /* a mask row found zero on the block (llama.cpp's is shared by the heads) */
        for (int32_t r = 0; r < nr && full; r++) {
            full = rw[r].lo <= jb && rw[r].hi >= jb + n;
            if (full && rw[r].mask && rw[r].mask != zm) {
                full = af_mask_zero(c, rw[r].mask, jb, jb + n);
                zm = rw[r].mask;
            }
            alibi |= rw[r].slope != 0.0f;
        }
        if (full) {
            const int cap = afp_avx512amx_bf16_softcap_fold(c);
            const afv_avx512amx vscale = afv_avx512amx_set1(afp_avx512amx_bf16_score_factor(c, cap)), vcap = afv_avx512amx_set1(c->softcap);
            for (; r0 < nr; r0 += 4) {
                int ok;
                switch (nr - r0 < 4 ? nr - r0 : 4) {
                case 4: ok = afk_bf16_dk64_dv64_avx512amx_dec_sm4(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 3: ok = afk_bf16_dk64_dv64_avx512amx_dec_sm3(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_bf16_dk64_dv64_avx512amx_dec_sm2(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_bf16_dk64_dv64_avx512amx_dec_sm1(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_avx512amx_bf16_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_avx512amx_bf16_softmax_row(c, &rw[r], sb + r * 64, jb, n, np, &partial);
    afp_avx512amx_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
    const float vsc = af_kv_scale(c, 1, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
    const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk64_dv64_avx512amx_pack_v(vbuf + k * 64, vraw[k], vsc);
        vp[k] = vbuf + k * 64;
        { /* a prefetch never faults, so a row past the end or across a page of
           * a paged cache costs nothing */
            const char *f = (const char *)(vraw[k] + pf_off);
            __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    }
    if (partial && !afk_bf16_dk64_dv64_avx512amx_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv1g(a, pr, alpha + r, vp, n);
        }
    } else {
        int32_t g = 0;
        for (; g + 4 <= nr; g += 4) {
            float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
            const float *pr[4] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64, sb + (g + 3) * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv4(a, pr, alpha + g, vp, n);
        }
        for (; g + 3 <= nr; g += 3) {
            float *a[3] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc };
            const float *pr[3] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv3(a, pr, alpha + g, vp, n);
        }
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 64, sb + (g + 1) * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv2(a, pr, alpha + g, vp, n);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv1(a, pr, alpha + g, vp, n);
        }
    }
}
/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh, its prefetches spread by the cursor:
 * rw, qb, sb and alpha point at the first of those rows. */
static AF_NOINLINE AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_dec_block_pf(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_avx512amx_bf16_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[64], *vraw[64];
    const float *kp[64];
    const float *vp[64];
    float kbuf[64 * 64], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    if (n < 1) return; /* never: n >= 1, said for the compiler, which does not see the caller here */
    afp_avx512amx_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
    afp_avx512amx_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
    afk_bf16_dk64_dv64_avx512amx_pf pfc;
    pfc.cur = pfc.tot = 0;
    {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) { /* a prefetch never faults: a row past the end or across a page of a paged cache costs nothing */
            const char *f = (const char *)(kraw[k] + pf_off);
            pfc.line[pfc.tot++] = f + 0;
            pfc.line[pfc.tot++] = f + 64;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    {
        int32_t pf_h = (int32_t)((int64_t)hg * 64 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 64 + (int64_t)hg * 64 / ng;
        const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) { /* a prefetch never faults: a row past the end or across a page of a paged cache costs nothing */
            const char *f = (const char *)(vraw[k] + pf_off);
            pfc.line[pfc.tot++] = f + 0;
            pfc.line[pfc.tot++] = f + 64;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    afk_bf16_dk64_dv64_avx512amx_pf_rate(&pfc, nr, n, np);
    const float ksc = af_kv_scale(c, 0, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk64_dv64_avx512amx_pack_k(kbuf + k * 64, kraw[k], ksc);
        kp[k] = kbuf + k * 64;
        afk_bf16_dk64_dv64_avx512amx_pf_issue(&pfc, 1);
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 4 <= nr; r += 4) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb) || (rw[r + 2].lo < jb + n && rw[r + 2].hi > jb) || (rw[r + 3].lo < jb + n && rw[r + 3].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_bf16_dk64_dv64_avx512amx_pf_issue(&pfc, 8);
            afk_bf16_dk64_dv64_avx512amx_dec_qk4(qb + (r + 0) * 64, qb + (r + 1) * 64, qb + (r + 2) * 64, qb + (r + 3) * 64, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k, sb + (r + 2) * 64 + k, sb + (r + 3) * 64 + k);
        }
    }
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 8) {
            afk_bf16_dk64_dv64_avx512amx_pf_issue(&pfc, 8);
            afk_bf16_dk64_dv64_avx512amx_dec_qk2(qb + (r + 0) * 64, qb + (r + 1) * 64, kp + k,
                        sb + (r + 0) * 64 + k, sb + (r + 1) * 64 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 16) {
            afk_bf16_dk64_dv64_avx512amx_pf_issue(&pfc, 8);
            afk_bf16_dk64_dv64_avx512amx_dec_qk(qb + r * 64, kp + k, sb + r * 64 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 64) { /* a full block: rows that see all of it, without a mask to add, go 4 at a time */
        int full = 1, alibi = 0;
        const void *zm = NULL; /* a mask row found zero on the block (llama.cpp's is shared by the heads) */
        for (int32_t r = 0; r < nr && full; r++) {
            full = rw[r].lo <= jb && rw[r].hi >= jb + n;
            if (full && rw[r].mask && rw[r].mask != zm) {
                full = af_mask_zero(c, rw[r].mask, jb, jb + n);
                zm = rw[r].mask;
            }
            alibi |= rw[r].slope != 0.0f;
        }
        if (full) {
            const int cap = afp_avx512amx_bf16_softcap_fold(c);
            const afv_avx512amx vscale = afv_avx512amx_set1(afp_avx512amx_bf16_score_factor(c, cap)), vcap = afv_avx512amx_set1(c->softcap);
            for (; r0 < nr; r0 += 4) {
                int ok;
                switch (nr - r0 < 4 ? nr - r0 : 4) {
                case 4: ok = afk_bf16_dk64_dv64_avx512amx_dec_sm4(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 3: ok = afk_bf16_dk64_dv64_avx512amx_dec_sm3(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_bf16_dk64_dv64_avx512amx_dec_sm2(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_bf16_dk64_dv64_avx512amx_dec_sm1(rw + r0, sb + r0 * 64, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_avx512amx_bf16_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_avx512amx_bf16_softmax_row(c, &rw[r], sb + r * 64, jb, n, np, &partial);
    const float vsc = af_kv_scale(c, 1, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk64_dv64_avx512amx_pack_v(vbuf + k * 64, vraw[k], vsc);
        vp[k] = vbuf + k * 64;
        afk_bf16_dk64_dv64_avx512amx_pf_issue(&pfc, 1);
    }
    if (partial && !afk_bf16_dk64_dv64_avx512amx_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv1g_pf(a, pr, alpha + r, vp, n, &pfc);
        }
    } else {
        int32_t g = 0;
        for (; g + 4 <= nr; g += 4) {
            float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
            const float *pr[4] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64, sb + (g + 3) * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv4_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g + 3 <= nr; g += 3) {
            float *a[3] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc };
            const float *pr[3] = { sb + (g + 0) * 64, sb + (g + 1) * 64, sb + (g + 2) * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv3_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 64, sb + (g + 1) * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv2_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 64 };
            afk_bf16_dk64_dv64_avx512amx_dec_pv1_pf(a, pr, alpha + g, vp, n, &pfc);
        }
    }
}

AF_TARGET_AVX512AMX void attnforge_bf16_dk64_dv64_decode__avx512amx(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t rpk = t->nkv > 1 ? t->nh / t->nkv * t->ni : nrows; /* rows per KV head */
    /* prefetches spread over the arithmetic: see "The prefetch cursor" above */
    const int spread = !c->kv_hot && rpk > 1 &&
                       (int64_t)c->B * c->Hkv * (c->key_hi - c->key_lo) * 256 >= 8388608;
    afk_bf16_dk64_dv64_avx512amx_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 32) {
        const int32_t nr = nrows - r0 < 32 ? nrows - r0 : 32;
        afp_avx512amx_bf16_row rw[32];
        float qb[32 * 64];
        float sb[32 * 64], alpha[32];
        int64_t klo, khi;
        if (!afk_bf16_dk64_dv64_avx512amx_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        const int32_t g0 = r0 / rpk, ng = (r0 + nr - 1) / rpk - g0 + 1; /* the chunk's KV heads */
        for (int64_t jb = klo; jb < khi; jb += 64) {
            const int32_t n = (int32_t)(khi - jb < 64 ? khi - jb : 64);
            const int32_t np = (n + 15) & ~15;
            for (int32_t ga = 0; ga < nr;) { /* the chunk's rows, one KV head at a time */
                const int32_t g = (r0 + ga) / rpk;
                const int32_t gb = (g + 1) * rpk - r0 < nr ? (g + 1) * rpk - r0 : nr;
                if (spread)
                    afk_bf16_dk64_dv64_avx512amx_dec_block_pf(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 64, sb + (int64_t)ga * 64,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                else
                    afk_bf16_dk64_dv64_avx512amx_dec_block(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 64, sb + (int64_t)ga * 64,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                ga = gb;
            }
        }
    }
}

/* ---- prefill (templates/prefill_amx.c.in) ----
 * Rows (nh * ni of them, h-major) in chunks of 256 (16 groups of 16), Q
 * copied as stored (bf16) and laid out in pairs with rows in lanes
 * (qt[(d / 2) * 512 + 2 * row + d % 2]: the "VNNI" operand of
 * TDPBF16PS) once per chunk; keys in blocks of 32, each block's K rows read
 * in place as a tile operand when its 32 rows sit at one stride (BSHD, BHSD,
 * or within a page), else copied; the next block's V rows prefetched.
 * QK^T: S^T = K Q^T by tile products, per group of 16 rows 2 steps of 32
 * Dk elements into two 16 x 16 f32 tiles (keys 0-15, 16-31), stored
 * key-major (st[key * 256 + row]), the prefill.c.in score tile: its block
 * softmax (afp_avx512amx_bf16_softmax_lanes: scale, softcap, ALiBi, mask, visibility, rows
 * in lanes) runs unchanged, in pieces (afk_bf16_dk64_dv64_avx512amx_amx_step). Products of bf16 are
 * exact in f32, as with vdpbf16ps.
 * Per block, only the groups of 16 rows that see one of its keys (a causal
 * prefill's diagonal blocks skip the groups above it), in a pipeline: the
 * vector work of group g - 1 (softmax, weights, their split, the rescale)
 * runs while the tile unit computes S^T of group g (and, in the bf16
 * kernel, acc += P V of group g - 2), its steps interleaved with their tile
 * products (amx_steps). One long run of tile products would fill the
 * reorder buffer and leave the vector units idle (a test loop: 64 TDPBF16PS
 * then 2048 FMAs take 1.46x the time of the two interleaved). The split kernel
 * keeps P V after the block's S^T: its K and V terms (3 x 32 x (Dk + Dv) x
 * 2 bytes, 48 KiB at D 128) would not share L1 (0.89x at D 128 and 256).
 * P*V: the weights transposed row-major (sb[row * 32 + key]) and split
 * into three bf16 terms, hi = bf16(p), mid = bf16(p - hi), lo = bf16(p - hi -
 * mid) (24 bits of p, f32's precision: SPEC's 1e-5 bound holds; hi alone
 * would err by 2^-9), V in pairs of keys (vv[(key / 2) * 128 + 2 * x +
 * key % 2]), and for each group of 16 rows and 16 columns of Dv: acc tile +=
 * hi V + mid V + lo V, read from and written back to the rows' f32 acc (the
 * tile's acc rows, or a pad for the chunk's last group when it has fewer
 * than 16 rows).
 * TDPBF16PS treats denormal inputs as zero: a block whose V holds a denormal
 * or a non-finite value (0 * inf must be NaN where a weight is an excluded
 * -0.0, inf * 1 must stay inf where hi is exact) takes the exact f32 loop
 * (afk_bf16_dk64_dv64_avx512amx_amx_pv_exact) instead. QK^T flushes denormal K as the avx512bf16
 * kernels' vdpbf16ps does, harmless against the Q this kernel takes: a chunk
 * of Q rows with a denormal, an infinity, NaN or a value of 2^64 or more
 * hands the tile to the call's exact prefill (emit_exact_handoff,
 * kernel.c.in; runtime/dispatch.c, "bf16 Q on a 16-bit dot product"). A
 * weight's mid or lo term below 2^-126 (p < 2^-110) is flushed too (each at
 * most 2^-126 absolute).
 */
typedef struct { uint8_t palette, start_row, reserved[14]; uint16_t colsb[16]; uint8_t rows[16]; } afk_bf16_dk64_dv64_avx512amx_amx_cfg;
/* Tile instructions by inline assembly: GCC's intrinsics give tileloadd no
 * memory operand, so stores of the buffers it reads could be dropped. */
#define AFK_TLOAD(t, p, s) __asm__ volatile("tileloadd (%0,%1,1), %%tmm" #t :: "r"((const void *)(p)), "r"((long)(s)) : "memory")
#define AFK_TSTORE(t, p, s) __asm__ volatile("tilestored %%tmm" #t ", (%0,%1,1)" :: "r"((void *)(p)), "r"((long)(s)) : "memory")
#define AFK_TZERO(t) __asm__ volatile("tilezero %%tmm" #t ::)
#define AFK_TDP(c, a, b) __asm__ volatile("tdpbf16ps %%tmm" #b ", %%tmm" #a ", %%tmm" #c ::)

static const uint16_t afk_bf16_dk64_dv64_avx512amx_amx_zero_row[64];

/* 16 x 16 transpose of 32-bit elements in registers: r[i] lane k becomes
 * r[k] lane i (bf16 pairs or f32). */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_t16(__m512i *r)
{
    __m512i t[16];
    for (int i = 0; i < 16; i += 2) {
        t[i] = _mm512_unpacklo_epi32(r[i], r[i + 1]);
        t[i + 1] = _mm512_unpackhi_epi32(r[i], r[i + 1]);
    }
    /* r[4a + b], 128-bit lane j: rows 4a .. 4a + 3 at column 4j + b */
    for (int a = 0; a < 16; a += 4) {
        r[a] = _mm512_unpacklo_epi64(t[a], t[a + 2]);
        r[a + 1] = _mm512_unpackhi_epi64(t[a], t[a + 2]);
        r[a + 2] = _mm512_unpacklo_epi64(t[a + 1], t[a + 3]);
        r[a + 3] = _mm512_unpackhi_epi64(t[a + 1], t[a + 3]);
    }
    for (int b = 0; b < 4; b++) {
        const __m512i u0 = _mm512_shuffle_i32x4(r[b], r[4 + b], 0x44), u1 = _mm512_shuffle_i32x4(r[b], r[4 + b], 0xee);
        const __m512i u2 = _mm512_shuffle_i32x4(r[8 + b], r[12 + b], 0x44), u3 = _mm512_shuffle_i32x4(r[8 + b], r[12 + b], 0xee);
        t[0 + b] = _mm512_shuffle_i32x4(u0, u2, 0x88);
        t[4 + b] = _mm512_shuffle_i32x4(u0, u2, 0xdd);
        t[8 + b] = _mm512_shuffle_i32x4(u1, u3, 0x88);
        t[12 + b] = _mm512_shuffle_i32x4(u1, u3, 0xdd);
    }
    for (int i = 0; i < 16; i++) r[i] = t[i];
}

/* Q of a chunk in pairs, rows in lanes (qt[(d / 2) * 512 + 2 * row + d % 2]),
 * from its rows (qb, row-major, padded to whole groups of 16) */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_pack_q(uint16_t *qt, const uint16_t *qb, int32_t ng)
{
    for (int32_t g = 0; g < ng; g++) {
        {
            __m512i r[16];
            for (int i = 0; i < 16; i++) r[i] = _mm512_loadu_si512(qb + (16 * g + i) * 64 + 0);
            afk_bf16_dk64_dv64_avx512amx_amx_t16(r);
            for (int i = 0; i < 16; i++) _mm512_storeu_si512(qt + (0 + i) * 512 + 32 * g, r[i]);
        }
        {
            __m512i r[16];
            for (int i = 0; i < 16; i++) r[i] = _mm512_loadu_si512(qb + (16 * g + i) * 64 + 32);
            afk_bf16_dk64_dv64_avx512amx_amx_t16(r);
            for (int i = 0; i < 16; i++) _mm512_storeu_si512(qt + (16 + i) * 512 + 32 * g, r[i]);
        }
    }
}

/* Keys [k0, k0 + 16) of group g's weights row-major (sb[row * 32 + key],
 * keys past n zero) from the key-major tile the softmax left in st */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_unpack_p(float *sb, const float *st, int32_t g, int32_t k0, int32_t n)
{
    __m512i r[16];
    for (int i = 0; i < 16; i++)
        r[i] = k0 + i < n ? _mm512_loadu_si512(st + (k0 + i) * 256 + 16 * g) : _mm512_setzero_si512();
    afk_bf16_dk64_dv64_avx512amx_amx_t16(r);
    for (int i = 0; i < 16; i++) _mm512_storeu_si512(sb + (16 * g + i) * 32 + k0, r[i]);
}

/* V rows of a block in pairs of keys (vv[q * 128 + 2 * x + e] = V[2q + e][x]),
 * rows at or past n zero. Returns 1 when an element is denormal or not finite. */
static inline AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_amx_pack_v(uint16_t *vv, const uint16_t *const *vraw, int32_t n)
{
    const __m512i ilo = _mm512_set_epi16(47, 15, 46, 14, 45, 13, 44, 12, 43, 11, 42, 10, 41, 9, 40, 8,
                                         39, 7, 38, 6, 37, 5, 36, 4, 35, 3, 34, 2, 33, 1, 32, 0);
    const __m512i ihi = _mm512_add_epi16(ilo, _mm512_set1_epi16(16));
    const __m512i ex = _mm512_set1_epi16(0x7f80), mag = _mm512_set1_epi16(0x7fff), z = _mm512_setzero_si512();
    __mmask32 odd = 0;
    for (int32_t q = 0; q < 16; q++) {
        const uint16_t *a = 2 * q < n ? vraw[2 * q] : afk_bf16_dk64_dv64_avx512amx_amx_zero_row;
        const uint16_t *b = 2 * q + 1 < n ? vraw[2 * q + 1] : afk_bf16_dk64_dv64_avx512amx_amx_zero_row;
        uint16_t *dst = vv + q * 128;
        {
            const __m512i la = _mm512_loadu_si512(a + 0), lb = _mm512_loadu_si512(b + 0);
            const __m512i ea = _mm512_and_si512(la, ex), eb = _mm512_and_si512(lb, ex);
            odd |= _mm512_cmpeq_epi16_mask(ea, ex) | _mm512_cmpeq_epi16_mask(eb, ex);
            odd |= _mm512_mask_cmpneq_epi16_mask(_mm512_cmpeq_epi16_mask(ea, z), _mm512_and_si512(la, mag), z);
            odd |= _mm512_mask_cmpneq_epi16_mask(_mm512_cmpeq_epi16_mask(eb, z), _mm512_and_si512(lb, mag), z);
            _mm512_storeu_si512(dst + 0, _mm512_permutex2var_epi16(la, ilo, lb));
            _mm512_storeu_si512(dst + 32, _mm512_permutex2var_epi16(la, ihi, lb));
        }
        {
            const __m512i la = _mm512_loadu_si512(a + 32), lb = _mm512_loadu_si512(b + 32);
            const __m512i ea = _mm512_and_si512(la, ex), eb = _mm512_and_si512(lb, ex);
            odd |= _mm512_cmpeq_epi16_mask(ea, ex) | _mm512_cmpeq_epi16_mask(eb, ex);
            odd |= _mm512_mask_cmpneq_epi16_mask(_mm512_cmpeq_epi16_mask(ea, z), _mm512_and_si512(la, mag), z);
            odd |= _mm512_mask_cmpneq_epi16_mask(_mm512_cmpeq_epi16_mask(eb, z), _mm512_and_si512(lb, mag), z);
            _mm512_storeu_si512(dst + 64, _mm512_permutex2var_epi16(la, ilo, lb));
            _mm512_storeu_si512(dst + 96, _mm512_permutex2var_epi16(la, ihi, lb));
        }
    }
    return odd != 0;
}

/* p (16 lanes) minus its bf16 rounding h (16 bf16 in a 256-bit half) */
static inline AF_TARGET_AVX512AMX __m512 afk_bf16_dk64_dv64_avx512amx_amx_rest(__m512 p, __m256i h)
{
    return _mm512_sub_ps(p, _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16)));
}

/* One row's weights (s[0, 32), zero past the block's keys) as the three bf16 terms, each
 * 32 keys: pa[0], pa[8192], pa[16384]. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_split(uint16_t *pa, const float *s)
{
    __m512 p0 = _mm512_loadu_ps(s), p1 = _mm512_loadu_ps(s + 16);
    for (int u = 0; u < 3; u++) {
        const __m512i h = (__m512i)_mm512_cvtne2ps_pbh(p1, p0); /* keys 0-15 low, 16-31 high */
        _mm512_storeu_si512(pa + u * 8192, h);
        p0 = afk_bf16_dk64_dv64_avx512amx_amx_rest(p0, _mm512_castsi512_si256(h));
        p1 = afk_bf16_dk64_dv64_avx512amx_amx_rest(p1, _mm512_extracti64x4_epi64(h, 1));
    }
}

/* ---- the chunk of rows both AMX kernels walk (the bf16 one below, the split one in prefill_amx_split.c.in) ---- */

/* Every tile 16 rows x 64 bytes, one configuration per call */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_config(void)
{
    afk_bf16_dk64_dv64_avx512amx_amx_cfg cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.palette = 1;
    for (int i = 0; i < 8; i++) {
        cfg.colsb[i] = 64;
        cfg.rows[i] = 16;
    }
    __asm__ volatile("ldtilecfg %0" :: "m"(cfg));
}

/* Up to 256 rows of a tile and their online-softmax state. The chunk's
 * last group of 16 rows, when it has fewer, accumulates in pad (the tile
 * unit reads and writes whole groups); cb[g], cs[g]: group g's first acc row
 * and its stride in bytes, a tile operand. */
typedef struct {
    int32_t nr, ng, full;    /* rows; groups of 16; whole groups */
    int64_t klo, khi;        /* the keys any row sees */
    afp_avx512amx_bf16_row rw[256];
    float ml[256], ll[256], alpha[256], nsl[256];
    float lo[256], hi[256], dist[256]; /* the current block's, per row */
    float *cb[16];
    long cs[16];
    float pad[16 * 64];
} afk_bf16_dk64_dv64_avx512amx_amx_chunk;

/* Rows [r0, r0 + 256) of the tile (fewer at its end), their Q into qf
 * unless NULL, their state from the tile's m, l. Returns 0 when no row sees
 * any key. */
static inline AF_TARGET_AVX512AMX int afk_bf16_dk64_dv64_avx512amx_amx_chunk_begin(const af_call *c, const af_tile *t, int32_t r0, float *qf,
                                                afk_bf16_dk64_dv64_avx512amx_amx_chunk *ch)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t nr = nrows - r0 < 256 ? nrows - r0 : 256;
    ch->nr = nr;
    ch->ng = (nr + 15) / 16;
    ch->full = nr / 16;
    if (!afk_bf16_dk64_dv64_avx512amx_rows(c, t, r0, nr, ch->rw, qf, &ch->klo, &ch->khi)) return 0;
    for (int32_t r = 0; r < ch->ng * 16; r++) {
        ch->ml[r] = r < nr ? *ch->rw[r].m : -INFINITY;
        ch->ll[r] = r < nr ? *ch->rw[r].l : 0.0f;
        ch->nsl[r] = r < nr ? -ch->rw[r].slope : 0.0f;
        ch->lo[r] = ch->hi[r] = ch->dist[r] = 0.0f;
    }
    if (ch->full < ch->ng) {
        memset(ch->pad, 0, sizeof ch->pad);
        for (int32_t r = ch->full * 16; r < nr; r++) ch->rw[r].acc = ch->pad + (r - ch->full * 16) * 64;
    }
    for (int32_t g = 0; g < ch->ng; g++) {
        ch->cb[g] = ch->rw[16 * g].acc;
        ch->cs[g] = g < ch->full ? (long)t->acc_stride * 4 : 256;
    }
    return 1;
}

/* The weights' terms (pa, three planes of 256 rows x 32 keys) of the
 * chunk's pad rows [nr, 16 ng) zeroed: the tile unit reads whole groups of
 * 16 rows, and afk_bf16_dk64_dv64_avx512amx_amx_split writes only the chunk's rows. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_pad_p(uint16_t *pa, int32_t nr, int32_t ng)
{
    for (int u = 0; u < 3; u++)
        memset(pa + u * 8192 + (int64_t)nr * 32, 0, (size_t)(ng * 16 - nr) * 32 * sizeof(uint16_t));
}

/* Each row's visible keys within block [jb, jb + n) and its distance to it;
 * returns the groups of 16 rows that see one (bit g: group g), and when
 * some do, requests the next block's V rows. */
static inline AF_TARGET_AVX512AMX uint32_t afk_bf16_dk64_dv64_avx512amx_amx_block_begin(const af_call *c, const af_tile *t, afk_bf16_dk64_dv64_avx512amx_amx_chunk *ch,
                                                     int64_t jb, int32_t n)
{
    uint32_t active = 0;
    for (int32_t r = 0; r < ch->nr; r++) {
        const int64_t a = ch->rw[r].lo - jb, b = ch->rw[r].hi - jb;
        ch->lo[r] = (float)(a < 0 ? 0 : a > n ? n : a);
        ch->hi[r] = (float)(b < 0 ? 0 : b > n ? n : b);
        ch->dist[r] = (float)(jb - ch->rw[r].pos);
        active |= (uint32_t)(ch->lo[r] < ch->hi[r]) << (r / 16);
    }
    if (!active) return 0;
    if (jb + 32 < ch->khi) {
        const int32_t nn = (int32_t)(ch->khi - jb - 32 < 32 ? ch->khi - jb - 32 : 32);
        const uint16_t *vraw[32];
        afp_avx512amx_bf16_gather(c, 1, t->b, t->kvh, jb + 32, nn, vraw);
        for (int32_t k = 0; k < nn; k++) {
            _mm_prefetch((const char *)vraw[k] + 0, _MM_HINT_T0);
            _mm_prefetch((const char *)vraw[k] + 64, _MM_HINT_T0);
        }
    }
    return active;
}

/* The vector work of a group of 16 rows between its two tile products, in
 * AFK_STEPS steps: its rows' block softmax on the score tile st (key-major;
 * mk: the block's mask tile from afk_bf16_dk64_dv64_avx512amx_pre_mask, or NULL), their weights
 * row-major into sb and split into their three bf16 terms in pa, their acc
 * rescaled (acc *= alpha where a row's max grew). The kernels interleave the
 * steps with the next group's S^T tile products: the tile unit and the
 * vector units then run side by side, where one long run of tile products
 * would fill the reorder buffer and leave the vector units idle. */
#define AFK_STEPS 16
typedef struct {
    const af_call *c;
    afk_bf16_dk64_dv64_avx512amx_amx_chunk *ch;
    float *st, *sb;
    const float *mk;
    uint16_t *pa;
    int32_t g, n, nr;
    afp_avx512amx_bf16_sm sm;
} afk_bf16_dk64_dv64_avx512amx_amx_work;

/* Step 0-1: scores (keys 0-15, 16-31), then the max; 2-5: weights, 8 keys
 * each, then the row state; 6-7: weights row-major (keys 0-15, 16-31);
 * 8-11: their split, 4 rows each; 12-15: the rescale, 4 rows each. */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_step(afk_bf16_dk64_dv64_avx512amx_amx_work *w, int step)
{
    afk_bf16_dk64_dv64_avx512amx_amx_chunk *const ch = w->ch;
    const int32_t o = 16 * w->g;
    float *const s = w->st + o;
    if (step == 0) {
        afp_avx512amx_bf16_sm_begin(w->c, &w->sm, w->n, ch->lo + o, ch->hi + o, ch->dist + o, ch->nsl + o, w->c->slopes != NULL);
        afp_avx512amx_bf16_sm_scores(&w->sm, s, 256, w->mk ? w->mk + o : NULL, 0, w->n < 16 ? w->n : 16);
    } else if (step == 1) {
        afp_avx512amx_bf16_sm_scores(&w->sm, s, 256, w->mk ? w->mk + o : NULL, 16, w->n);
        afp_avx512amx_bf16_sm_max(&w->sm, ch->ml + o);
    } else if (step < 6) { /* weights, 8 keys per step */
        const int32_t k0 = 8 * (step - 2), k1 = k0 + 8 < w->n ? k0 + 8 : w->n;
        afp_avx512amx_bf16_sm_weights(&w->sm, s, 256, k0, k1);
        if (step == 5) (void)afp_avx512amx_bf16_sm_end(&w->sm, w->n, ch->ml + o, ch->ll + o, ch->alpha + o, w->nr);
    } else if (step < 8) {
        afk_bf16_dk64_dv64_avx512amx_amx_unpack_p(w->sb, w->st, w->g, 16 * (step - 6), w->n);
    } else if (step < 12) { /* 4 rows per step */
        for (int32_t r = o + 4 * (step - 8); r < o + 4 * (step - 7) && r < o + w->nr; r++)
            afk_bf16_dk64_dv64_avx512amx_amx_split(w->pa + r * 32, w->sb + r * 32);
    } else {
        for (int32_t r = o + 4 * (step - 12); r < o + 4 * (step - 11) && r < o + w->nr; r++) {
            if (ch->alpha[r] == 1.0f) continue;
            float *acc = ch->rw[r].acc;
            const afv_avx512amx va = afv_avx512amx_set1(ch->alpha[r]);
            afv_avx512amx_store(acc + 0, afv_avx512amx_mul(afv_avx512amx_load(acc + 0), va));
            afv_avx512amx_store(acc + 16, afv_avx512amx_mul(afv_avx512amx_load(acc + 16), va));
            afv_avx512amx_store(acc + 32, afv_avx512amx_mul(afv_avx512amx_load(acc + 32), va));
            afv_avx512amx_store(acc + 48, afv_avx512amx_mul(afv_avx512amx_load(acc + 48), va));
        }
    }
}

static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_work_init(afk_bf16_dk64_dv64_avx512amx_amx_work *w, const af_call *c, afk_bf16_dk64_dv64_avx512amx_amx_chunk *ch, int32_t g,
                                               int32_t n, float *st, const float *mk, float *sb, uint16_t *pa)
{
    w->c = c;
    w->ch = ch;
    w->st = st;
    w->sb = sb;
    w->mk = mk;
    w->pa = pa;
    w->g = g;
    w->n = n;
    w->nr = ch->nr - 16 * g < 16 ? ch->nr - 16 * g : 16;
}

/* The rows' state back to the tile, the pad's rows to their acc */
static inline AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_chunk_end(const af_tile *t, int32_t r0, const afk_bf16_dk64_dv64_avx512amx_amx_chunk *ch)
{
    for (int32_t r = 0; r < ch->nr; r++) {
        *ch->rw[r].m = ch->ml[r];
        *ch->rw[r].l = ch->ll[r];
    }
    for (int32_t r = ch->full * 16; r < ch->nr; r++)
        memcpy(t->acc + (int64_t)(r0 + r) * t->acc_stride, ch->pad + (r - ch->full * 16) * 64,
               64 * sizeof(float));
}

/* P*V of one block in f32, for blocks TDPBF16PS would get wrong (a denormal
 * or non-finite V); excluded keys (p = -0.0) skipped, as afk_bf16_dk64_dv64_avx512amx_pre_pvt1g does. */
static AF_TARGET_AVX512AMX void afk_bf16_dk64_dv64_avx512amx_amx_pv_exact(const afp_avx512amx_bf16_row *rw, int32_t nr, const float *sb,
                                       const uint16_t *const *vraw, int32_t n)
{
    for (int32_t r = 0; r < nr; r++) {
        float *acc = rw[r].acc;
        for (int32_t k = 0; k < n; k++) {
            const float p = sb[r * 32 + k];
            if (p == 0.0f && signbit(p)) continue;
            const uint16_t *v = vraw[k];
            for (int32_t x = 0; x < 64; x++) acc[x] += p * af_bf16_to_f32(v[x]);
        }
    }
}

AF_TARGET_AVX512AMX void attnforge_bf16_dk64_dv64_prefill__avx512amx(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_bf16_dk64_dv64_avx512amx_init(c, t);
    afk_bf16_dk64_dv64_avx512amx_amx_config();
    for (int32_t r0 = 0; r0 < nrows; r0 += 256) {
        afk_bf16_dk64_dv64_avx512amx_amx_chunk ch;
        /* Q (rows, pairs), the weight terms and the score tiles: 212992 bytes of the worker's scratch */
        uint16_t *const qb = (uint16_t *)t->scratch, *const qt = qb + 16384, *const pa = qt + 16384;
        float *const st = (float *)(void *)(pa + 3 * 8192), *const mt = st + 8192, *const sb = mt + 8192;
        uint16_t kb[2048], vv[2048];
        const uint16_t *kraw[32], *vraw[32];
        if (!afk_bf16_dk64_dv64_avx512amx_amx_chunk_begin(c, t, r0, NULL, &ch)) continue;
        const int32_t nr = ch.nr, ng = ch.ng;
        for (int32_t r = 0; r < nr; r++) /* Q rows as stored (bf16: dispatch guarantees it) */
            memcpy(qb + (int64_t)r * 64, (const uint16_t *)c->q + ch.rw[r].qoff, 64 * sizeof(uint16_t));
        if (c->exact_prefill && attnforge_bf16_rows_unsafe(c, qb, (int64_t)nr * 64)) {
            c->exact_prefill(c, t); /* the whole tile: this kernel's dot product would get it wrong */
            return;
        }
        memset(qb + (int64_t)nr * 64, 0, (size_t)(ng * 16 - nr) * 64 * sizeof(uint16_t));
        afk_bf16_dk64_dv64_avx512amx_amx_pack_q(qt, qb, ng);
        afk_bf16_dk64_dv64_avx512amx_amx_pad_p(pa, nr, ng);
        const int32_t kvh = t->kvh; /* prefill tiles have one KV head */
        for (int64_t jb = ch.klo; jb < ch.khi; jb += 32) {
            const int32_t n = (int32_t)(ch.khi - jb < 32 ? ch.khi - jb : 32);
            const uint32_t act = afk_bf16_dk64_dv64_avx512amx_amx_block_begin(c, t, &ch, jb, n);
            if (!act) continue;
            /* the block's K rows: read in place when they are 32 rows at one
             * stride (a tile operand), else copied (rows past n zero) */
            afp_avx512amx_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
            const uint16_t *ka0 = kb, *ka1 = kb + 1024;
            long ks = 128;
            if (n == 32 && af_kv_run(c, jb, jb + n) >= n) {
                ka0 = kraw[0];
                ka1 = kraw[16];
                ks = (long)((const char *)kraw[1] - (const char *)kraw[0]);
            } else {
                for (int32_t k = 0; k < n; k++) memcpy(kb + k * 64, kraw[k], 64 * sizeof(uint16_t));
                if (n < 32) memset(kb + n * 64, 0, (size_t)(32 - n) * 64 * sizeof(uint16_t));
            }
            const float *const mk = afk_bf16_dk64_dv64_avx512amx_pre_mask(c, ch.rw, nr, 256, jb, n, mt, ch.lo, ch.hi) ? mt : NULL;
            afp_avx512amx_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
            /* (whether a row excluded a key does not matter here: a non-finite V
             * always takes the exact loop, and excluded weights, -0.0, are exact
             * zeros against a finite one) */
            const int odd = afk_bf16_dk64_dv64_avx512amx_amx_pack_v(vv, vraw, n);
            /* the groups of 16 rows that see a key, in a pipeline of three
             * stages: round i runs the vector work (softmax, weights) of group
             * gl[i - 1] while the tile unit computes acc += P V of gl[i - 2]
             * and S^T of gl[i], its steps interleaved with their tile products */
            int32_t gl[16], na = 0;
            for (int32_t g = 0; g < ng; g++)
                if (act >> g & 1) gl[na++] = g;
            for (int32_t i = 0; i <= na + 1; i++) {
                if (i >= 2 && i < na && !odd) {
                    const int32_t g = gl[i], gp = gl[i - 2];
                    afk_bf16_dk64_dv64_avx512amx_amx_work w;
                    afk_bf16_dk64_dv64_avx512amx_amx_work_init(&w, c, &ch, gl[i - 1], n, st, mk, sb, pa);
                    AFK_TLOAD(0, pa + gp * 512, 64);
                    AFK_TLOAD(1, pa + 8192 + gp * 512, 64);
                    AFK_TLOAD(2, pa + 16384 + gp * 512, 64);
                    AFK_TLOAD(3, vv + 0, 256);
                    AFK_TLOAD(4, ch.cb[gp] + 0, ch.cs[gp]);
                    AFK_TDP(4, 0, 3);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 0);
                    AFK_TDP(4, 1, 3);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 1);
                    AFK_TDP(4, 2, 3);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 2);
                    AFK_TSTORE(4, ch.cb[gp] + 0, ch.cs[gp]);
                    AFK_TLOAD(5, vv + 32, 256);
                    AFK_TLOAD(6, ch.cb[gp] + 16, ch.cs[gp]);
                    AFK_TDP(6, 0, 5);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 3);
                    AFK_TDP(6, 1, 5);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 4);
                    AFK_TDP(6, 2, 5);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 5);
                    AFK_TSTORE(6, ch.cb[gp] + 16, ch.cs[gp]);
                    AFK_TLOAD(3, vv + 64, 256);
                    AFK_TLOAD(4, ch.cb[gp] + 32, ch.cs[gp]);
                    AFK_TDP(4, 0, 3);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 6);
                    AFK_TDP(4, 1, 3);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 7);
                    AFK_TDP(4, 2, 3);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 8);
                    AFK_TSTORE(4, ch.cb[gp] + 32, ch.cs[gp]);
                    AFK_TLOAD(5, vv + 96, 256);
                    AFK_TLOAD(6, ch.cb[gp] + 48, ch.cs[gp]);
                    AFK_TDP(6, 0, 5);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 9);
                    AFK_TDP(6, 1, 5);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 10);
                    AFK_TDP(6, 2, 5);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 11);
                    AFK_TSTORE(6, ch.cb[gp] + 48, ch.cs[gp]);
                    AFK_TZERO(0);
                    AFK_TZERO(1);
                    AFK_TLOAD(2, ka0 + 0, ks);
                    AFK_TLOAD(3, ka1 + 0, ks);
                    AFK_TLOAD(4, qt + 0 + 32 * g, 1024);
                    AFK_TDP(0, 2, 4);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 12);
                    AFK_TDP(1, 3, 4);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 13);
                    AFK_TLOAD(5, ka0 + 32, ks);
                    AFK_TLOAD(6, ka1 + 32, ks);
                    AFK_TLOAD(7, qt + 8192 + 32 * g, 1024);
                    AFK_TDP(0, 5, 7);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 14);
                    AFK_TDP(1, 6, 7);
                    afk_bf16_dk64_dv64_avx512amx_amx_step(&w, 15);
                    AFK_TSTORE(0, st + 16 * g, 1024);
                    AFK_TSTORE(1, st + 4096 + 16 * g, 1024);
                    continue;
                }
                /* the pipeline's first and last two steps, and every step of a
                 * block whose V takes the exact loop: the stages in turn */
                if (i < na) {
                    const int32_t g = gl[i];
                    AFK_TZERO(0);
                    AFK_TZERO(1);
                    AFK_TLOAD(2, ka0 + 0, ks);
                    AFK_TLOAD(3, ka1 + 0, ks);
                    AFK_TLOAD(4, qt + 0 + 32 * g, 1024);
                    AFK_TDP(0, 2, 4);
                    AFK_TDP(1, 3, 4);
                    AFK_TLOAD(5, ka0 + 32, ks);
                    AFK_TLOAD(6, ka1 + 32, ks);
                    AFK_TLOAD(7, qt + 8192 + 32 * g, 1024);
                    AFK_TDP(0, 5, 7);
                    AFK_TDP(1, 6, 7);
                    AFK_TSTORE(0, st + 16 * g, 1024);
                    AFK_TSTORE(1, st + 4096 + 16 * g, 1024);
                }
                if (i >= 1 && i <= na) {
                    afk_bf16_dk64_dv64_avx512amx_amx_work w;
                    afk_bf16_dk64_dv64_avx512amx_amx_work_init(&w, c, &ch, gl[i - 1], n, st, mk, sb, pa);
                    for (int u = 0; u < AFK_STEPS; u++) afk_bf16_dk64_dv64_avx512amx_amx_step(&w, u);
                }
                if (i >= 2) {
                    const int32_t gp = gl[i - 2];
                    if (odd) {
                        afk_bf16_dk64_dv64_avx512amx_amx_pv_exact(ch.rw + 16 * gp, nr - 16 * gp < 16 ? nr - 16 * gp : 16, sb + 16 * gp * 32, vraw, n);
                        continue;
                    }
                    AFK_TLOAD(0, pa + gp * 512, 64);
                    AFK_TLOAD(1, pa + 8192 + gp * 512, 64);
                    AFK_TLOAD(2, pa + 16384 + gp * 512, 64);
                    AFK_TLOAD(3, vv + 0, 256);
                    AFK_TLOAD(4, ch.cb[gp] + 0, ch.cs[gp]);
                    AFK_TDP(4, 0, 3);
                    AFK_TDP(4, 1, 3);
                    AFK_TDP(4, 2, 3);
                    AFK_TSTORE(4, ch.cb[gp] + 0, ch.cs[gp]);
                    AFK_TLOAD(5, vv + 32, 256);
                    AFK_TLOAD(6, ch.cb[gp] + 16, ch.cs[gp]);
                    AFK_TDP(6, 0, 5);
                    AFK_TDP(6, 1, 5);
                    AFK_TDP(6, 2, 5);
                    AFK_TSTORE(6, ch.cb[gp] + 16, ch.cs[gp]);
                    AFK_TLOAD(3, vv + 64, 256);
                    AFK_TLOAD(4, ch.cb[gp] + 32, ch.cs[gp]);
                    AFK_TDP(4, 0, 3);
                    AFK_TDP(4, 1, 3);
                    AFK_TDP(4, 2, 3);
                    AFK_TSTORE(4, ch.cb[gp] + 32, ch.cs[gp]);
                    AFK_TLOAD(5, vv + 96, 256);
                    AFK_TLOAD(6, ch.cb[gp] + 48, ch.cs[gp]);
                    AFK_TDP(6, 0, 5);
                    AFK_TDP(6, 1, 5);
                    AFK_TDP(6, 2, 5);
                    AFK_TSTORE(6, ch.cb[gp] + 48, ch.cs[gp]);
                }
            }
        }
        afk_bf16_dk64_dv64_avx512amx_amx_chunk_end(t, r0, &ch);
    }
    __asm__ volatile("tilerelease" ::: "memory");
}
#undef AFK_TLOAD
#undef AFK_TSTORE
#undef AFK_TZERO
#undef AFK_TDP

#else  /* not defined(__x86_64__) || defined(_M_X64): this file compiles to nothing */
typedef int afk_bf16_dk64_dv64_avx512amx_empty_translation_unit;
#endif
