/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/neonbf16.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=bf16 dk=192 dv=128 isa=neonbf16
 *
 * Kernels of the internal ABI (runtime/kernel.h) for bf16 storage, head dims
 * Dk = 192, Dv = 128: attnforge_bf16_dk192_dv128_decode__neonbf16 and attnforge_bf16_dk192_dv128_prefill__neonbf16.
 * Tiling: keys in blocks of 20; rows in chunks of 21 (decode) or 21 (prefill).
 * Stack buffers per call: about 30 KiB.
 */
#if defined(__aarch64__) && !defined(__clang__)

/* the neonbf16 vocabulary and the neonbf16 x bf16 helpers */
#include "../isa/neonbf16_bf16.h"

void attnforge_bf16_dk192_dv128_decode__neonbf16(const af_call *c, const af_tile *t);
void attnforge_bf16_dk192_dv128_prefill__neonbf16(const af_call *c, const af_tile *t);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_neonbf16 z = afv_neonbf16_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        afv_neonbf16_store(acc + 0, z);
        afv_neonbf16_store(acc + 4, z);
        afv_neonbf16_store(acc + 8, z);
        afv_neonbf16_store(acc + 12, z);
        afv_neonbf16_store(acc + 16, z);
        afv_neonbf16_store(acc + 20, z);
        afv_neonbf16_store(acc + 24, z);
        afv_neonbf16_store(acc + 28, z);
        afv_neonbf16_store(acc + 32, z);
        afv_neonbf16_store(acc + 36, z);
        afv_neonbf16_store(acc + 40, z);
        afv_neonbf16_store(acc + 44, z);
        afv_neonbf16_store(acc + 48, z);
        afv_neonbf16_store(acc + 52, z);
        afv_neonbf16_store(acc + 56, z);
        afv_neonbf16_store(acc + 60, z);
        afv_neonbf16_store(acc + 64, z);
        afv_neonbf16_store(acc + 68, z);
        afv_neonbf16_store(acc + 72, z);
        afv_neonbf16_store(acc + 76, z);
        afv_neonbf16_store(acc + 80, z);
        afv_neonbf16_store(acc + 84, z);
        afv_neonbf16_store(acc + 88, z);
        afv_neonbf16_store(acc + 92, z);
        afv_neonbf16_store(acc + 96, z);
        afv_neonbf16_store(acc + 100, z);
        afv_neonbf16_store(acc + 104, z);
        afv_neonbf16_store(acc + 108, z);
        afv_neonbf16_store(acc + 112, z);
        afv_neonbf16_store(acc + 116, z);
        afv_neonbf16_store(acc + 120, z);
        afv_neonbf16_store(acc + 124, z);
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_load_q(const af_call *c, uint16_t *dst, int64_t off)
{
    memcpy(dst, (const uint16_t *)c->q + off, 192 * sizeof(uint16_t));
}

/* Rows [r0, r0 + nr) of the tile: constants, Q (into qbuf unless NULL), and the union [*klo, *khi)
 * of their visible keys (each row's end lowered past trailing -inf mask
 * entries: af_mask_trim_hi). Returns 0 when no row sees any key of the tile. */
static AF_TARGET_NEONBF16 int afk_bf16_dk192_dv128_neonbf16_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_neonbf16_bf16_row *rw, uint16_t *qbuf, int64_t *klo, int64_t *khi)
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
        if (qbuf) afk_bf16_dk192_dv128_neonbf16_load_q(c, qbuf + (int64_t)r * 192, rw[r].qoff);
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
 * the tile. (afk_bf16_dk192_dv128_neonbf16_pack_k is unused in an AMX variant: its prefill reads K
 * rows as tile operands, and no decode packs K for a 16-bit dot product.) */
static inline AF_UNUSED AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_pack_k(uint16_t *dst, const uint16_t *src, float sc)
{
    (void)sc;
    memcpy(dst, src, 192 * sizeof(uint16_t));
}
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_pack_v(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_neonbf16_store(dst + 0, afv_neonbf16_load_bf16(src + 0));
    afv_neonbf16_store(dst + 4, afv_neonbf16_load_bf16(src + 4));
    afv_neonbf16_store(dst + 8, afv_neonbf16_load_bf16(src + 8));
    afv_neonbf16_store(dst + 12, afv_neonbf16_load_bf16(src + 12));
    afv_neonbf16_store(dst + 16, afv_neonbf16_load_bf16(src + 16));
    afv_neonbf16_store(dst + 20, afv_neonbf16_load_bf16(src + 20));
    afv_neonbf16_store(dst + 24, afv_neonbf16_load_bf16(src + 24));
    afv_neonbf16_store(dst + 28, afv_neonbf16_load_bf16(src + 28));
    afv_neonbf16_store(dst + 32, afv_neonbf16_load_bf16(src + 32));
    afv_neonbf16_store(dst + 36, afv_neonbf16_load_bf16(src + 36));
    afv_neonbf16_store(dst + 40, afv_neonbf16_load_bf16(src + 40));
    afv_neonbf16_store(dst + 44, afv_neonbf16_load_bf16(src + 44));
    afv_neonbf16_store(dst + 48, afv_neonbf16_load_bf16(src + 48));
    afv_neonbf16_store(dst + 52, afv_neonbf16_load_bf16(src + 52));
    afv_neonbf16_store(dst + 56, afv_neonbf16_load_bf16(src + 56));
    afv_neonbf16_store(dst + 60, afv_neonbf16_load_bf16(src + 60));
    afv_neonbf16_store(dst + 64, afv_neonbf16_load_bf16(src + 64));
    afv_neonbf16_store(dst + 68, afv_neonbf16_load_bf16(src + 68));
    afv_neonbf16_store(dst + 72, afv_neonbf16_load_bf16(src + 72));
    afv_neonbf16_store(dst + 76, afv_neonbf16_load_bf16(src + 76));
    afv_neonbf16_store(dst + 80, afv_neonbf16_load_bf16(src + 80));
    afv_neonbf16_store(dst + 84, afv_neonbf16_load_bf16(src + 84));
    afv_neonbf16_store(dst + 88, afv_neonbf16_load_bf16(src + 88));
    afv_neonbf16_store(dst + 92, afv_neonbf16_load_bf16(src + 92));
    afv_neonbf16_store(dst + 96, afv_neonbf16_load_bf16(src + 96));
    afv_neonbf16_store(dst + 100, afv_neonbf16_load_bf16(src + 100));
    afv_neonbf16_store(dst + 104, afv_neonbf16_load_bf16(src + 104));
    afv_neonbf16_store(dst + 108, afv_neonbf16_load_bf16(src + 108));
    afv_neonbf16_store(dst + 112, afv_neonbf16_load_bf16(src + 112));
    afv_neonbf16_store(dst + 116, afv_neonbf16_load_bf16(src + 116));
    afv_neonbf16_store(dst + 120, afv_neonbf16_load_bf16(src + 120));
    afv_neonbf16_store(dst + 124, afv_neonbf16_load_bf16(src + 124));
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_NEONBF16 int afk_bf16_dk192_dv128_neonbf16_v_finite(const float *const *vp, int32_t n)
{
    const afv_neonbf16 z = afv_neonbf16_zero();
    afv_neonbf16 c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 0), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 4), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 8), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 12), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 16), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 20), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 24), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 28), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 32), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 36), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 40), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 44), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 48), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 52), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 56), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 60), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 64), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 68), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 72), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 76), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 80), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 84), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 88), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 92), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 96), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 100), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 104), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 108), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 112), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 116), z, c1);
        c0 = afv_neonbf16_fma(afv_neonbf16_load(v + 120), z, c0);
        c1 = afv_neonbf16_fma(afv_neonbf16_load(v + 124), z, c1);
    }
    return afv_neonbf16_hsum(afv_neonbf16_add(c0, c1)) == 0.0f;
}

/* The prefetch cursor of one key block (see decode.c.in): line[cur .. tot)
 * are still to be issued; each issue point owes step / 65536 more lines. */
typedef struct afk_bf16_dk192_dv128_neonbf16_pf {
    const char *line[200];
    int32_t cur, tot;
    uint32_t acc, step;
} afk_bf16_dk192_dv128_neonbf16_pf;

/* P*V row blocks for r rows, in emit_pv_stage's order. */
static inline AF_TARGET_NEONBF16 int32_t afk_bf16_dk192_dv128_neonbf16_pv_blocks(int32_t r)
{
    int32_t b = 0;
    b += r / 2; r %= 2;
    return b + r;
}

/* The rate: the cursor's tot lines over the issue points of a block of n
 * keys (np padded) for nr rows: its packed K and V rows, its QK^T calls
 * (PF_QK each) and one per key of each P*V pass. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_pf_rate(afk_bf16_dk192_dv128_neonbf16_pf *p, int32_t nr, int32_t n, int32_t np)
{
    const int64_t pts = 2 * (int64_t)n + (int64_t)nr * np * 192 / 128 + (int64_t)8 * afk_bf16_dk192_dv128_neonbf16_pv_blocks(nr) * n;
    p->acc = 0;
    p->step = (uint32_t)((((int64_t)p->tot << 16) + pts - 1) / pts);
}

/* Issue what the cursor owes after m more points (nothing past its end). */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_pf_issue(afk_bf16_dk192_dv128_neonbf16_pf *p, int m)
{
    p->acc += (uint32_t)m * p->step;
    int32_t owed = (int32_t)(p->acc >> 16);
    if (owed > p->tot) owed = p->tot;
    while (p->cur < owed) __builtin_prefetch(p->line[p->cur++], 0, 2); /* prefetcht1 */
}

/* QK^T register block: 1 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_qk(const uint16_t *q0, const uint16_t *const *kp, float *s0)
{
    afv_neonbf16 a0_0 = afv_neonbf16_zero(), a0_1 = afv_neonbf16_zero(), a0_2 = afv_neonbf16_zero(), a0_3 = afv_neonbf16_zero();
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 0, kp[0] + 0);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 0, kp[1] + 0);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 0, kp[2] + 0);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 0, kp[3] + 0);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 8, kp[0] + 8);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 8, kp[1] + 8);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 8, kp[2] + 8);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 8, kp[3] + 8);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 16, kp[0] + 16);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 16, kp[1] + 16);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 16, kp[2] + 16);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 16, kp[3] + 16);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 24, kp[0] + 24);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 24, kp[1] + 24);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 24, kp[2] + 24);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 24, kp[3] + 24);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 32, kp[0] + 32);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 32, kp[1] + 32);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 32, kp[2] + 32);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 32, kp[3] + 32);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 40, kp[0] + 40);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 40, kp[1] + 40);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 40, kp[2] + 40);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 40, kp[3] + 40);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 48, kp[0] + 48);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 48, kp[1] + 48);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 48, kp[2] + 48);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 48, kp[3] + 48);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 56, kp[0] + 56);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 56, kp[1] + 56);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 56, kp[2] + 56);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 56, kp[3] + 56);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 64, kp[0] + 64);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 64, kp[1] + 64);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 64, kp[2] + 64);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 64, kp[3] + 64);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 72, kp[0] + 72);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 72, kp[1] + 72);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 72, kp[2] + 72);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 72, kp[3] + 72);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 80, kp[0] + 80);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 80, kp[1] + 80);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 80, kp[2] + 80);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 80, kp[3] + 80);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 88, kp[0] + 88);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 88, kp[1] + 88);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 88, kp[2] + 88);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 88, kp[3] + 88);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 96, kp[0] + 96);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 96, kp[1] + 96);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 96, kp[2] + 96);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 96, kp[3] + 96);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 104, kp[0] + 104);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 104, kp[1] + 104);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 104, kp[2] + 104);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 104, kp[3] + 104);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 112, kp[0] + 112);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 112, kp[1] + 112);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 112, kp[2] + 112);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 112, kp[3] + 112);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 120, kp[0] + 120);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 120, kp[1] + 120);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 120, kp[2] + 120);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 120, kp[3] + 120);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 128, kp[0] + 128);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 128, kp[1] + 128);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 128, kp[2] + 128);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 128, kp[3] + 128);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 136, kp[0] + 136);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 136, kp[1] + 136);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 136, kp[2] + 136);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 136, kp[3] + 136);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 144, kp[0] + 144);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 144, kp[1] + 144);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 144, kp[2] + 144);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 144, kp[3] + 144);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 152, kp[0] + 152);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 152, kp[1] + 152);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 152, kp[2] + 152);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 152, kp[3] + 152);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 160, kp[0] + 160);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 160, kp[1] + 160);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 160, kp[2] + 160);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 160, kp[3] + 160);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 168, kp[0] + 168);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 168, kp[1] + 168);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 168, kp[2] + 168);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 168, kp[3] + 168);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 176, kp[0] + 176);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 176, kp[1] + 176);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 176, kp[2] + 176);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 176, kp[3] + 176);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 184, kp[0] + 184);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 184, kp[1] + 184);
    a0_2 = afv_neonbf16_dot_bf16(a0_2, q0 + 184, kp[2] + 184);
    a0_3 = afv_neonbf16_dot_bf16(a0_3, q0 + 184, kp[3] + 184);
    const afv_neonbf16 red = afv_neonbf16_reduce4(a0_0, a0_1, a0_2, a0_3);
    afv_neonbf16_store(s0, red);
}

/* QK^T register block: 2 row(s) x 2 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_qk2(const uint16_t *q0, const uint16_t *q1, const uint16_t *const *kp, float *s0, float *s1)
{
    afv_neonbf16 a0_0 = afv_neonbf16_zero(), a0_1 = afv_neonbf16_zero();
    afv_neonbf16 a1_0 = afv_neonbf16_zero(), a1_1 = afv_neonbf16_zero();
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 0, kp[0] + 0); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 0, kp[0] + 0);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 0, kp[1] + 0); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 0, kp[1] + 0);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 8, kp[0] + 8); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 8, kp[0] + 8);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 8, kp[1] + 8); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 8, kp[1] + 8);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 16, kp[0] + 16); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 16, kp[0] + 16);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 16, kp[1] + 16); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 16, kp[1] + 16);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 24, kp[0] + 24); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 24, kp[0] + 24);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 24, kp[1] + 24); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 24, kp[1] + 24);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 32, kp[0] + 32); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 32, kp[0] + 32);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 32, kp[1] + 32); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 32, kp[1] + 32);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 40, kp[0] + 40); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 40, kp[0] + 40);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 40, kp[1] + 40); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 40, kp[1] + 40);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 48, kp[0] + 48); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 48, kp[0] + 48);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 48, kp[1] + 48); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 48, kp[1] + 48);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 56, kp[0] + 56); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 56, kp[0] + 56);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 56, kp[1] + 56); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 56, kp[1] + 56);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 64, kp[0] + 64); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 64, kp[0] + 64);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 64, kp[1] + 64); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 64, kp[1] + 64);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 72, kp[0] + 72); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 72, kp[0] + 72);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 72, kp[1] + 72); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 72, kp[1] + 72);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 80, kp[0] + 80); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 80, kp[0] + 80);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 80, kp[1] + 80); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 80, kp[1] + 80);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 88, kp[0] + 88); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 88, kp[0] + 88);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 88, kp[1] + 88); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 88, kp[1] + 88);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 96, kp[0] + 96); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 96, kp[0] + 96);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 96, kp[1] + 96); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 96, kp[1] + 96);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 104, kp[0] + 104); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 104, kp[0] + 104);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 104, kp[1] + 104); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 104, kp[1] + 104);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 112, kp[0] + 112); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 112, kp[0] + 112);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 112, kp[1] + 112); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 112, kp[1] + 112);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 120, kp[0] + 120); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 120, kp[0] + 120);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 120, kp[1] + 120); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 120, kp[1] + 120);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 128, kp[0] + 128); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 128, kp[0] + 128);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 128, kp[1] + 128); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 128, kp[1] + 128);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 136, kp[0] + 136); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 136, kp[0] + 136);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 136, kp[1] + 136); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 136, kp[1] + 136);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 144, kp[0] + 144); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 144, kp[0] + 144);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 144, kp[1] + 144); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 144, kp[1] + 144);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 152, kp[0] + 152); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 152, kp[0] + 152);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 152, kp[1] + 152); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 152, kp[1] + 152);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 160, kp[0] + 160); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 160, kp[0] + 160);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 160, kp[1] + 160); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 160, kp[1] + 160);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 168, kp[0] + 168); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 168, kp[0] + 168);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 168, kp[1] + 168); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 168, kp[1] + 168);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 176, kp[0] + 176); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 176, kp[0] + 176);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 176, kp[1] + 176); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 176, kp[1] + 176);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 184, kp[0] + 184); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 184, kp[0] + 184);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 184, kp[1] + 184); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 184, kp[1] + 184);
    const afv_neonbf16 red = afv_neonbf16_reduce4(a0_0, a0_1, a1_0, a1_1);
    vst1_f32(s0, vget_low_f32(red));
    vst1_f32(s1, vget_high_f32(red));
}

/* P*V register block: 2 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_pv2(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neonbf16 al0 = afv_neonbf16_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_neonbf16 al1 = afv_neonbf16_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 0), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 4), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 8), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 12), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 0), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 4), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 8), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 12), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 0, c0_0); afv_neonbf16_store(acc0 + 4, c0_1); afv_neonbf16_store(acc0 + 8, c0_2); afv_neonbf16_store(acc0 + 12, c0_3);
        afv_neonbf16_store(acc1 + 0, c1_0); afv_neonbf16_store(acc1 + 4, c1_1); afv_neonbf16_store(acc1 + 8, c1_2); afv_neonbf16_store(acc1 + 12, c1_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 16), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 20), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 24), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 28), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 16), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 20), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 24), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 28), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 16, c0_0); afv_neonbf16_store(acc0 + 20, c0_1); afv_neonbf16_store(acc0 + 24, c0_2); afv_neonbf16_store(acc0 + 28, c0_3);
        afv_neonbf16_store(acc1 + 16, c1_0); afv_neonbf16_store(acc1 + 20, c1_1); afv_neonbf16_store(acc1 + 24, c1_2); afv_neonbf16_store(acc1 + 28, c1_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 32), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 36), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 40), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 44), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 32), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 36), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 40), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 44), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 32, c0_0); afv_neonbf16_store(acc0 + 36, c0_1); afv_neonbf16_store(acc0 + 40, c0_2); afv_neonbf16_store(acc0 + 44, c0_3);
        afv_neonbf16_store(acc1 + 32, c1_0); afv_neonbf16_store(acc1 + 36, c1_1); afv_neonbf16_store(acc1 + 40, c1_2); afv_neonbf16_store(acc1 + 44, c1_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 48), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 52), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 56), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 60), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 48), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 52), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 56), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 60), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 48;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 48, c0_0); afv_neonbf16_store(acc0 + 52, c0_1); afv_neonbf16_store(acc0 + 56, c0_2); afv_neonbf16_store(acc0 + 60, c0_3);
        afv_neonbf16_store(acc1 + 48, c1_0); afv_neonbf16_store(acc1 + 52, c1_1); afv_neonbf16_store(acc1 + 56, c1_2); afv_neonbf16_store(acc1 + 60, c1_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 64), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 68), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 72), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 76), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 64), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 68), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 72), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 76), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 64, c0_0); afv_neonbf16_store(acc0 + 68, c0_1); afv_neonbf16_store(acc0 + 72, c0_2); afv_neonbf16_store(acc0 + 76, c0_3);
        afv_neonbf16_store(acc1 + 64, c1_0); afv_neonbf16_store(acc1 + 68, c1_1); afv_neonbf16_store(acc1 + 72, c1_2); afv_neonbf16_store(acc1 + 76, c1_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 80), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 84), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 88), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 92), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 80), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 84), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 88), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 92), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 80;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 80, c0_0); afv_neonbf16_store(acc0 + 84, c0_1); afv_neonbf16_store(acc0 + 88, c0_2); afv_neonbf16_store(acc0 + 92, c0_3);
        afv_neonbf16_store(acc1 + 80, c1_0); afv_neonbf16_store(acc1 + 84, c1_1); afv_neonbf16_store(acc1 + 88, c1_2); afv_neonbf16_store(acc1 + 92, c1_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 96), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 100), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 104), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 108), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 96), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 100), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 104), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 108), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 96, c0_0); afv_neonbf16_store(acc0 + 100, c0_1); afv_neonbf16_store(acc0 + 104, c0_2); afv_neonbf16_store(acc0 + 108, c0_3);
        afv_neonbf16_store(acc1 + 96, c1_0); afv_neonbf16_store(acc1 + 100, c1_1); afv_neonbf16_store(acc1 + 104, c1_2); afv_neonbf16_store(acc1 + 108, c1_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 112), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 116), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 120), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 124), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 112), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 116), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 120), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 124), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 112;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 112, c0_0); afv_neonbf16_store(acc0 + 116, c0_1); afv_neonbf16_store(acc0 + 120, c0_2); afv_neonbf16_store(acc0 + 124, c0_3);
        afv_neonbf16_store(acc1 + 112, c1_0); afv_neonbf16_store(acc1 + 116, c1_1); afv_neonbf16_store(acc1 + 120, c1_2); afv_neonbf16_store(acc1 + 124, c1_3);
    }
}

/* P*V register block: 2 row(s) x 16 columns of Dv = 128 per pass, one prefetch per key. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_pv2_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_neonbf16_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neonbf16 al0 = afv_neonbf16_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_neonbf16 al1 = afv_neonbf16_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 0), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 4), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 8), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 12), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 0), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 4), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 8), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 12), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 0, c0_0); afv_neonbf16_store(acc0 + 4, c0_1); afv_neonbf16_store(acc0 + 8, c0_2); afv_neonbf16_store(acc0 + 12, c0_3);
        afv_neonbf16_store(acc1 + 0, c1_0); afv_neonbf16_store(acc1 + 4, c1_1); afv_neonbf16_store(acc1 + 8, c1_2); afv_neonbf16_store(acc1 + 12, c1_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 16), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 20), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 24), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 28), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 16), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 20), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 24), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 28), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 16;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 16, c0_0); afv_neonbf16_store(acc0 + 20, c0_1); afv_neonbf16_store(acc0 + 24, c0_2); afv_neonbf16_store(acc0 + 28, c0_3);
        afv_neonbf16_store(acc1 + 16, c1_0); afv_neonbf16_store(acc1 + 20, c1_1); afv_neonbf16_store(acc1 + 24, c1_2); afv_neonbf16_store(acc1 + 28, c1_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 32), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 36), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 40), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 44), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 32), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 36), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 40), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 44), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 32;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 32, c0_0); afv_neonbf16_store(acc0 + 36, c0_1); afv_neonbf16_store(acc0 + 40, c0_2); afv_neonbf16_store(acc0 + 44, c0_3);
        afv_neonbf16_store(acc1 + 32, c1_0); afv_neonbf16_store(acc1 + 36, c1_1); afv_neonbf16_store(acc1 + 40, c1_2); afv_neonbf16_store(acc1 + 44, c1_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 48), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 52), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 56), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 60), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 48), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 52), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 56), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 60), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 48;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 48, c0_0); afv_neonbf16_store(acc0 + 52, c0_1); afv_neonbf16_store(acc0 + 56, c0_2); afv_neonbf16_store(acc0 + 60, c0_3);
        afv_neonbf16_store(acc1 + 48, c1_0); afv_neonbf16_store(acc1 + 52, c1_1); afv_neonbf16_store(acc1 + 56, c1_2); afv_neonbf16_store(acc1 + 60, c1_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 64), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 68), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 72), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 76), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 64), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 68), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 72), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 76), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 64;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 64, c0_0); afv_neonbf16_store(acc0 + 68, c0_1); afv_neonbf16_store(acc0 + 72, c0_2); afv_neonbf16_store(acc0 + 76, c0_3);
        afv_neonbf16_store(acc1 + 64, c1_0); afv_neonbf16_store(acc1 + 68, c1_1); afv_neonbf16_store(acc1 + 72, c1_2); afv_neonbf16_store(acc1 + 76, c1_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 80), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 84), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 88), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 92), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 80), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 84), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 88), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 92), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 80;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 80, c0_0); afv_neonbf16_store(acc0 + 84, c0_1); afv_neonbf16_store(acc0 + 88, c0_2); afv_neonbf16_store(acc0 + 92, c0_3);
        afv_neonbf16_store(acc1 + 80, c1_0); afv_neonbf16_store(acc1 + 84, c1_1); afv_neonbf16_store(acc1 + 88, c1_2); afv_neonbf16_store(acc1 + 92, c1_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 96), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 100), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 104), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 108), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 96), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 100), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 104), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 108), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 96;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 96, c0_0); afv_neonbf16_store(acc0 + 100, c0_1); afv_neonbf16_store(acc0 + 104, c0_2); afv_neonbf16_store(acc0 + 108, c0_3);
        afv_neonbf16_store(acc1 + 96, c1_0); afv_neonbf16_store(acc1 + 100, c1_1); afv_neonbf16_store(acc1 + 104, c1_2); afv_neonbf16_store(acc1 + 108, c1_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 112), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 116), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 120), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 124), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 112), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 116), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 120), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 124), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 112;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
        }
        afv_neonbf16_store(acc0 + 112, c0_0); afv_neonbf16_store(acc0 + 116, c0_1); afv_neonbf16_store(acc0 + 120, c0_2); afv_neonbf16_store(acc0 + 124, c0_3);
        afv_neonbf16_store(acc1 + 112, c1_0); afv_neonbf16_store(acc1 + 116, c1_1); afv_neonbf16_store(acc1 + 120, c1_2); afv_neonbf16_store(acc1 + 124, c1_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neonbf16 al0 = afv_neonbf16_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 0), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 4), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 8), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 0, c0_0); afv_neonbf16_store(acc0 + 4, c0_1); afv_neonbf16_store(acc0 + 8, c0_2); afv_neonbf16_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 16), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 20), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 24), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 16, c0_0); afv_neonbf16_store(acc0 + 20, c0_1); afv_neonbf16_store(acc0 + 24, c0_2); afv_neonbf16_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 32), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 36), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 40), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 32, c0_0); afv_neonbf16_store(acc0 + 36, c0_1); afv_neonbf16_store(acc0 + 40, c0_2); afv_neonbf16_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 48), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 52), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 56), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 48;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 48, c0_0); afv_neonbf16_store(acc0 + 52, c0_1); afv_neonbf16_store(acc0 + 56, c0_2); afv_neonbf16_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 64), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 68), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 72), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 64, c0_0); afv_neonbf16_store(acc0 + 68, c0_1); afv_neonbf16_store(acc0 + 72, c0_2); afv_neonbf16_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 80), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 84), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 88), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 80;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 80, c0_0); afv_neonbf16_store(acc0 + 84, c0_1); afv_neonbf16_store(acc0 + 88, c0_2); afv_neonbf16_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 96), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 100), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 104), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 96, c0_0); afv_neonbf16_store(acc0 + 100, c0_1); afv_neonbf16_store(acc0 + 104, c0_2); afv_neonbf16_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 112), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 116), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 120), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 112;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 112, c0_0); afv_neonbf16_store(acc0 + 116, c0_1); afv_neonbf16_store(acc0 + 120, c0_2); afv_neonbf16_store(acc0 + 124, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neonbf16 al0 = afv_neonbf16_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 0), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 4), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 8), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 0, c0_0); afv_neonbf16_store(acc0 + 4, c0_1); afv_neonbf16_store(acc0 + 8, c0_2); afv_neonbf16_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 16), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 20), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 24), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 16, c0_0); afv_neonbf16_store(acc0 + 20, c0_1); afv_neonbf16_store(acc0 + 24, c0_2); afv_neonbf16_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 32), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 36), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 40), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 32, c0_0); afv_neonbf16_store(acc0 + 36, c0_1); afv_neonbf16_store(acc0 + 40, c0_2); afv_neonbf16_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 48), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 52), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 56), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 48;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 48, c0_0); afv_neonbf16_store(acc0 + 52, c0_1); afv_neonbf16_store(acc0 + 56, c0_2); afv_neonbf16_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 64), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 68), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 72), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 64, c0_0); afv_neonbf16_store(acc0 + 68, c0_1); afv_neonbf16_store(acc0 + 72, c0_2); afv_neonbf16_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 80), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 84), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 88), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 80;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 80, c0_0); afv_neonbf16_store(acc0 + 84, c0_1); afv_neonbf16_store(acc0 + 88, c0_2); afv_neonbf16_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 96), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 100), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 104), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 96, c0_0); afv_neonbf16_store(acc0 + 100, c0_1); afv_neonbf16_store(acc0 + 104, c0_2); afv_neonbf16_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 112), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 116), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 120), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 112;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 112, c0_0); afv_neonbf16_store(acc0 + 116, c0_1); afv_neonbf16_store(acc0 + 120, c0_2); afv_neonbf16_store(acc0 + 124, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 128 per pass, one prefetch per key. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_pv1_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_neonbf16_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neonbf16 al0 = afv_neonbf16_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 0), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 4), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 8), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 0, c0_0); afv_neonbf16_store(acc0 + 4, c0_1); afv_neonbf16_store(acc0 + 8, c0_2); afv_neonbf16_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 16), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 20), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 24), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 16;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 16, c0_0); afv_neonbf16_store(acc0 + 20, c0_1); afv_neonbf16_store(acc0 + 24, c0_2); afv_neonbf16_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 32), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 36), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 40), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 32;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 32, c0_0); afv_neonbf16_store(acc0 + 36, c0_1); afv_neonbf16_store(acc0 + 40, c0_2); afv_neonbf16_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 48), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 52), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 56), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 48;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 48, c0_0); afv_neonbf16_store(acc0 + 52, c0_1); afv_neonbf16_store(acc0 + 56, c0_2); afv_neonbf16_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 64), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 68), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 72), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 64;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 64, c0_0); afv_neonbf16_store(acc0 + 68, c0_1); afv_neonbf16_store(acc0 + 72, c0_2); afv_neonbf16_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 80), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 84), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 88), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 80;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 80, c0_0); afv_neonbf16_store(acc0 + 84, c0_1); afv_neonbf16_store(acc0 + 88, c0_2); afv_neonbf16_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 96), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 100), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 104), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 96;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 96, c0_0); afv_neonbf16_store(acc0 + 100, c0_1); afv_neonbf16_store(acc0 + 104, c0_2); afv_neonbf16_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 112), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 116), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 120), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            const float *v = vp[k] + 112;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 112, c0_0); afv_neonbf16_store(acc0 + 116, c0_1); afv_neonbf16_store(acc0 + 120, c0_2); afv_neonbf16_store(acc0 + 124, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped, one prefetch per key. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_pv1g_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_neonbf16_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neonbf16 al0 = afv_neonbf16_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 0), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 4), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 8), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 0, c0_0); afv_neonbf16_store(acc0 + 4, c0_1); afv_neonbf16_store(acc0 + 8, c0_2); afv_neonbf16_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 16), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 20), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 24), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 16, c0_0); afv_neonbf16_store(acc0 + 20, c0_1); afv_neonbf16_store(acc0 + 24, c0_2); afv_neonbf16_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 32), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 36), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 40), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 32, c0_0); afv_neonbf16_store(acc0 + 36, c0_1); afv_neonbf16_store(acc0 + 40, c0_2); afv_neonbf16_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 48), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 52), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 56), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 48;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 48, c0_0); afv_neonbf16_store(acc0 + 52, c0_1); afv_neonbf16_store(acc0 + 56, c0_2); afv_neonbf16_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 64), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 68), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 72), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 64, c0_0); afv_neonbf16_store(acc0 + 68, c0_1); afv_neonbf16_store(acc0 + 72, c0_2); afv_neonbf16_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 80), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 84), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 88), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 80;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 80, c0_0); afv_neonbf16_store(acc0 + 84, c0_1); afv_neonbf16_store(acc0 + 88, c0_2); afv_neonbf16_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 96), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 100), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 104), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 96, c0_0); afv_neonbf16_store(acc0 + 100, c0_1); afv_neonbf16_store(acc0 + 104, c0_2); afv_neonbf16_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 112), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 116), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 120), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 112;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
        }
        afv_neonbf16_store(acc0 + 112, c0_0); afv_neonbf16_store(acc0 + 116, c0_1); afv_neonbf16_store(acc0 + 120, c0_2); afv_neonbf16_store(acc0 + 124, c0_3);
    }
}

/* Block softmax of 1 row(s) over a full block of 20 keys (see decode.c.in). */
static inline AF_TARGET_NEONBF16 int afk_bf16_dk192_dv128_neonbf16_dec_sm1(afp_neonbf16_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_neonbf16 vscale, afv_neonbf16 vcap, int alibi, int *partial)
{
    const afv_neonbf16 ninf = afv_neonbf16_set1(-INFINITY), zero = afv_neonbf16_zero();
    afv_neonbf16 x0_0, x0_1, x0_2, x0_3, x0_4, mx0 = ninf, ng0 = ninf;
    x0_0 = afv_neonbf16_mul(afv_neonbf16_load(s + 0), vscale);
    if (cap) { x0_0 = afp_neonbf16_bf16_apply_softcap(x0_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 0 - rw[0].pos)), afv_neonbf16_iota())), x0_0);
    }
    mx0 = afv_neonbf16_max(mx0, x0_0); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_0));
    x0_1 = afv_neonbf16_mul(afv_neonbf16_load(s + 4), vscale);
    if (cap) { x0_1 = afp_neonbf16_bf16_apply_softcap(x0_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 4 - rw[0].pos)), afv_neonbf16_iota())), x0_1);
    }
    mx0 = afv_neonbf16_max(mx0, x0_1); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_1));
    x0_2 = afv_neonbf16_mul(afv_neonbf16_load(s + 8), vscale);
    if (cap) { x0_2 = afp_neonbf16_bf16_apply_softcap(x0_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 8 - rw[0].pos)), afv_neonbf16_iota())), x0_2);
    }
    mx0 = afv_neonbf16_max(mx0, x0_2); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_2));
    x0_3 = afv_neonbf16_mul(afv_neonbf16_load(s + 12), vscale);
    if (cap) { x0_3 = afp_neonbf16_bf16_apply_softcap(x0_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 12 - rw[0].pos)), afv_neonbf16_iota())), x0_3);
    }
    mx0 = afv_neonbf16_max(mx0, x0_3); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_3));
    x0_4 = afv_neonbf16_mul(afv_neonbf16_load(s + 16), vscale);
    if (cap) { x0_4 = afp_neonbf16_bf16_apply_softcap(x0_4, vcap, cap); }
    if (alibi) {
        x0_4 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 16 - rw[0].pos)), afv_neonbf16_iota())), x0_4);
    }
    mx0 = afv_neonbf16_max(mx0, x0_4); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_4));
    const float mb0 = afv_neonbf16_hmax(mx0);
    if (mb0 == -INFINITY) return 0;
    if (afv_neonbf16_hmax(ng0) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_neonbf16 vm0 = afv_neonbf16_set1(mn0);
    afv_neonbf16 sum0 = zero;
    alpha[0] = afv_neonbf16_first(afv_neonbf16_exp(afv_neonbf16_set1(mo0 - mn0)));
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_0, vm0)), x0_0); afv_neonbf16_store(s + 0, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_1, vm0)), x0_1); afv_neonbf16_store(s + 4, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_2, vm0)), x0_2); afv_neonbf16_store(s + 8, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_3, vm0)), x0_3); afv_neonbf16_store(s + 12, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_4, vm0)), x0_4); afv_neonbf16_store(s + 16, p); sum0 = afv_neonbf16_add(sum0, p); }
    {
        const float ps = afv_neonbf16_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    return 1;
}

/* Block softmax of 2 row(s) over a full block of 20 keys (see decode.c.in). */
static inline AF_TARGET_NEONBF16 int afk_bf16_dk192_dv128_neonbf16_dec_sm2(afp_neonbf16_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_neonbf16 vscale, afv_neonbf16 vcap, int alibi, int *partial)
{
    const afv_neonbf16 ninf = afv_neonbf16_set1(-INFINITY), zero = afv_neonbf16_zero();
    afv_neonbf16 x0_0, x0_1, x0_2, x0_3, x0_4, mx0 = ninf, ng0 = ninf;
    afv_neonbf16 x1_0, x1_1, x1_2, x1_3, x1_4, mx1 = ninf, ng1 = ninf;
    x0_0 = afv_neonbf16_mul(afv_neonbf16_load(s + 0), vscale); x1_0 = afv_neonbf16_mul(afv_neonbf16_load(s + 20), vscale);
    if (cap) { x0_0 = afp_neonbf16_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_neonbf16_bf16_apply_softcap(x1_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 0 - rw[0].pos)), afv_neonbf16_iota())), x0_0);
        x1_0 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 0 - rw[1].pos)), afv_neonbf16_iota())), x1_0);
    }
    mx0 = afv_neonbf16_max(mx0, x0_0); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_0)); mx1 = afv_neonbf16_max(mx1, x1_0); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_0));
    x0_1 = afv_neonbf16_mul(afv_neonbf16_load(s + 4), vscale); x1_1 = afv_neonbf16_mul(afv_neonbf16_load(s + 24), vscale);
    if (cap) { x0_1 = afp_neonbf16_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_neonbf16_bf16_apply_softcap(x1_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 4 - rw[0].pos)), afv_neonbf16_iota())), x0_1);
        x1_1 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 4 - rw[1].pos)), afv_neonbf16_iota())), x1_1);
    }
    mx0 = afv_neonbf16_max(mx0, x0_1); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_1)); mx1 = afv_neonbf16_max(mx1, x1_1); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_1));
    x0_2 = afv_neonbf16_mul(afv_neonbf16_load(s + 8), vscale); x1_2 = afv_neonbf16_mul(afv_neonbf16_load(s + 28), vscale);
    if (cap) { x0_2 = afp_neonbf16_bf16_apply_softcap(x0_2, vcap, cap); x1_2 = afp_neonbf16_bf16_apply_softcap(x1_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 8 - rw[0].pos)), afv_neonbf16_iota())), x0_2);
        x1_2 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 8 - rw[1].pos)), afv_neonbf16_iota())), x1_2);
    }
    mx0 = afv_neonbf16_max(mx0, x0_2); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_2)); mx1 = afv_neonbf16_max(mx1, x1_2); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_2));
    x0_3 = afv_neonbf16_mul(afv_neonbf16_load(s + 12), vscale); x1_3 = afv_neonbf16_mul(afv_neonbf16_load(s + 32), vscale);
    if (cap) { x0_3 = afp_neonbf16_bf16_apply_softcap(x0_3, vcap, cap); x1_3 = afp_neonbf16_bf16_apply_softcap(x1_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 12 - rw[0].pos)), afv_neonbf16_iota())), x0_3);
        x1_3 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 12 - rw[1].pos)), afv_neonbf16_iota())), x1_3);
    }
    mx0 = afv_neonbf16_max(mx0, x0_3); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_3)); mx1 = afv_neonbf16_max(mx1, x1_3); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_3));
    x0_4 = afv_neonbf16_mul(afv_neonbf16_load(s + 16), vscale); x1_4 = afv_neonbf16_mul(afv_neonbf16_load(s + 36), vscale);
    if (cap) { x0_4 = afp_neonbf16_bf16_apply_softcap(x0_4, vcap, cap); x1_4 = afp_neonbf16_bf16_apply_softcap(x1_4, vcap, cap); }
    if (alibi) {
        x0_4 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 16 - rw[0].pos)), afv_neonbf16_iota())), x0_4);
        x1_4 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 16 - rw[1].pos)), afv_neonbf16_iota())), x1_4);
    }
    mx0 = afv_neonbf16_max(mx0, x0_4); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_4)); mx1 = afv_neonbf16_max(mx1, x1_4); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_4));
    const float mb0 = afv_neonbf16_hmax(mx0); const float mb1 = afv_neonbf16_hmax(mx1);
    if (mb0 == -INFINITY || mb1 == -INFINITY) return 0;
    if (afv_neonbf16_hmax(ng0) == INFINITY || afv_neonbf16_hmax(ng1) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_neonbf16 vm0 = afv_neonbf16_set1(mn0);
    afv_neonbf16 sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_neonbf16 vm1 = afv_neonbf16_set1(mn1);
    afv_neonbf16 sum1 = zero;
    alpha[0] = afv_neonbf16_first(afv_neonbf16_exp(afv_neonbf16_set1(mo0 - mn0))); alpha[1] = afv_neonbf16_first(afv_neonbf16_exp(afv_neonbf16_set1(mo1 - mn1)));
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_0, vm0)), x0_0); afv_neonbf16_store(s + 0, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_0, vm1)), x1_0); afv_neonbf16_store(s + 20, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_1, vm0)), x0_1); afv_neonbf16_store(s + 4, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_1, vm1)), x1_1); afv_neonbf16_store(s + 24, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_2, vm0)), x0_2); afv_neonbf16_store(s + 8, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_2, vm1)), x1_2); afv_neonbf16_store(s + 28, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_3, vm0)), x0_3); afv_neonbf16_store(s + 12, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_3, vm1)), x1_3); afv_neonbf16_store(s + 32, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_4, vm0)), x0_4); afv_neonbf16_store(s + 16, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_4, vm1)), x1_4); afv_neonbf16_store(s + 36, p); sum1 = afv_neonbf16_add(sum1, p); }
    {
        const float ps = afv_neonbf16_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_neonbf16_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    return 1;
}

/* Block softmax of 3 row(s) over a full block of 20 keys (see decode.c.in). */
static inline AF_TARGET_NEONBF16 int afk_bf16_dk192_dv128_neonbf16_dec_sm3(afp_neonbf16_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_neonbf16 vscale, afv_neonbf16 vcap, int alibi, int *partial)
{
    const afv_neonbf16 ninf = afv_neonbf16_set1(-INFINITY), zero = afv_neonbf16_zero();
    afv_neonbf16 x0_0, x0_1, x0_2, x0_3, x0_4, mx0 = ninf, ng0 = ninf;
    afv_neonbf16 x1_0, x1_1, x1_2, x1_3, x1_4, mx1 = ninf, ng1 = ninf;
    afv_neonbf16 x2_0, x2_1, x2_2, x2_3, x2_4, mx2 = ninf, ng2 = ninf;
    x0_0 = afv_neonbf16_mul(afv_neonbf16_load(s + 0), vscale); x1_0 = afv_neonbf16_mul(afv_neonbf16_load(s + 20), vscale); x2_0 = afv_neonbf16_mul(afv_neonbf16_load(s + 40), vscale);
    if (cap) { x0_0 = afp_neonbf16_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_neonbf16_bf16_apply_softcap(x1_0, vcap, cap); x2_0 = afp_neonbf16_bf16_apply_softcap(x2_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 0 - rw[0].pos)), afv_neonbf16_iota())), x0_0);
        x1_0 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 0 - rw[1].pos)), afv_neonbf16_iota())), x1_0);
        x2_0 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[2].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 0 - rw[2].pos)), afv_neonbf16_iota())), x2_0);
    }
    mx0 = afv_neonbf16_max(mx0, x0_0); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_0)); mx1 = afv_neonbf16_max(mx1, x1_0); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_0)); mx2 = afv_neonbf16_max(mx2, x2_0); ng2 = afv_neonbf16_max(ng2, afv_neonbf16_sub(zero, x2_0));
    x0_1 = afv_neonbf16_mul(afv_neonbf16_load(s + 4), vscale); x1_1 = afv_neonbf16_mul(afv_neonbf16_load(s + 24), vscale); x2_1 = afv_neonbf16_mul(afv_neonbf16_load(s + 44), vscale);
    if (cap) { x0_1 = afp_neonbf16_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_neonbf16_bf16_apply_softcap(x1_1, vcap, cap); x2_1 = afp_neonbf16_bf16_apply_softcap(x2_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 4 - rw[0].pos)), afv_neonbf16_iota())), x0_1);
        x1_1 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 4 - rw[1].pos)), afv_neonbf16_iota())), x1_1);
        x2_1 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[2].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 4 - rw[2].pos)), afv_neonbf16_iota())), x2_1);
    }
    mx0 = afv_neonbf16_max(mx0, x0_1); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_1)); mx1 = afv_neonbf16_max(mx1, x1_1); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_1)); mx2 = afv_neonbf16_max(mx2, x2_1); ng2 = afv_neonbf16_max(ng2, afv_neonbf16_sub(zero, x2_1));
    x0_2 = afv_neonbf16_mul(afv_neonbf16_load(s + 8), vscale); x1_2 = afv_neonbf16_mul(afv_neonbf16_load(s + 28), vscale); x2_2 = afv_neonbf16_mul(afv_neonbf16_load(s + 48), vscale);
    if (cap) { x0_2 = afp_neonbf16_bf16_apply_softcap(x0_2, vcap, cap); x1_2 = afp_neonbf16_bf16_apply_softcap(x1_2, vcap, cap); x2_2 = afp_neonbf16_bf16_apply_softcap(x2_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 8 - rw[0].pos)), afv_neonbf16_iota())), x0_2);
        x1_2 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 8 - rw[1].pos)), afv_neonbf16_iota())), x1_2);
        x2_2 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[2].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 8 - rw[2].pos)), afv_neonbf16_iota())), x2_2);
    }
    mx0 = afv_neonbf16_max(mx0, x0_2); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_2)); mx1 = afv_neonbf16_max(mx1, x1_2); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_2)); mx2 = afv_neonbf16_max(mx2, x2_2); ng2 = afv_neonbf16_max(ng2, afv_neonbf16_sub(zero, x2_2));
    x0_3 = afv_neonbf16_mul(afv_neonbf16_load(s + 12), vscale); x1_3 = afv_neonbf16_mul(afv_neonbf16_load(s + 32), vscale); x2_3 = afv_neonbf16_mul(afv_neonbf16_load(s + 52), vscale);
    if (cap) { x0_3 = afp_neonbf16_bf16_apply_softcap(x0_3, vcap, cap); x1_3 = afp_neonbf16_bf16_apply_softcap(x1_3, vcap, cap); x2_3 = afp_neonbf16_bf16_apply_softcap(x2_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 12 - rw[0].pos)), afv_neonbf16_iota())), x0_3);
        x1_3 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 12 - rw[1].pos)), afv_neonbf16_iota())), x1_3);
        x2_3 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[2].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 12 - rw[2].pos)), afv_neonbf16_iota())), x2_3);
    }
    mx0 = afv_neonbf16_max(mx0, x0_3); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_3)); mx1 = afv_neonbf16_max(mx1, x1_3); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_3)); mx2 = afv_neonbf16_max(mx2, x2_3); ng2 = afv_neonbf16_max(ng2, afv_neonbf16_sub(zero, x2_3));
    x0_4 = afv_neonbf16_mul(afv_neonbf16_load(s + 16), vscale); x1_4 = afv_neonbf16_mul(afv_neonbf16_load(s + 36), vscale); x2_4 = afv_neonbf16_mul(afv_neonbf16_load(s + 56), vscale);
    if (cap) { x0_4 = afp_neonbf16_bf16_apply_softcap(x0_4, vcap, cap); x1_4 = afp_neonbf16_bf16_apply_softcap(x1_4, vcap, cap); x2_4 = afp_neonbf16_bf16_apply_softcap(x2_4, vcap, cap); }
    if (alibi) {
        x0_4 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[0].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 16 - rw[0].pos)), afv_neonbf16_iota())), x0_4);
        x1_4 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[1].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 16 - rw[1].pos)), afv_neonbf16_iota())), x1_4);
        x2_4 = afv_neonbf16_fma(afv_neonbf16_set1(-rw[2].slope), afv_neonbf16_abs(afv_neonbf16_add(afv_neonbf16_set1((float)(jb + 16 - rw[2].pos)), afv_neonbf16_iota())), x2_4);
    }
    mx0 = afv_neonbf16_max(mx0, x0_4); ng0 = afv_neonbf16_max(ng0, afv_neonbf16_sub(zero, x0_4)); mx1 = afv_neonbf16_max(mx1, x1_4); ng1 = afv_neonbf16_max(ng1, afv_neonbf16_sub(zero, x1_4)); mx2 = afv_neonbf16_max(mx2, x2_4); ng2 = afv_neonbf16_max(ng2, afv_neonbf16_sub(zero, x2_4));
    const float mb0 = afv_neonbf16_hmax(mx0); const float mb1 = afv_neonbf16_hmax(mx1); const float mb2 = afv_neonbf16_hmax(mx2);
    if (mb0 == -INFINITY || mb1 == -INFINITY || mb2 == -INFINITY) return 0;
    if (afv_neonbf16_hmax(ng0) == INFINITY || afv_neonbf16_hmax(ng1) == INFINITY || afv_neonbf16_hmax(ng2) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_neonbf16 vm0 = afv_neonbf16_set1(mn0);
    afv_neonbf16 sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_neonbf16 vm1 = afv_neonbf16_set1(mn1);
    afv_neonbf16 sum1 = zero;
    const float mo2 = *rw[2].m, mn2 = mb2 > mo2 ? mb2 : mo2;
    const afv_neonbf16 vm2 = afv_neonbf16_set1(mn2);
    afv_neonbf16 sum2 = zero;
    alpha[0] = afv_neonbf16_first(afv_neonbf16_exp(afv_neonbf16_set1(mo0 - mn0))); alpha[1] = afv_neonbf16_first(afv_neonbf16_exp(afv_neonbf16_set1(mo1 - mn1))); alpha[2] = afv_neonbf16_first(afv_neonbf16_exp(afv_neonbf16_set1(mo2 - mn2)));
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_0, vm0)), x0_0); afv_neonbf16_store(s + 0, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_0, vm1)), x1_0); afv_neonbf16_store(s + 20, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x2_0, vm2)), x2_0); afv_neonbf16_store(s + 40, p); sum2 = afv_neonbf16_add(sum2, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_1, vm0)), x0_1); afv_neonbf16_store(s + 4, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_1, vm1)), x1_1); afv_neonbf16_store(s + 24, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x2_1, vm2)), x2_1); afv_neonbf16_store(s + 44, p); sum2 = afv_neonbf16_add(sum2, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_2, vm0)), x0_2); afv_neonbf16_store(s + 8, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_2, vm1)), x1_2); afv_neonbf16_store(s + 28, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x2_2, vm2)), x2_2); afv_neonbf16_store(s + 48, p); sum2 = afv_neonbf16_add(sum2, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_3, vm0)), x0_3); afv_neonbf16_store(s + 12, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_3, vm1)), x1_3); afv_neonbf16_store(s + 32, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x2_3, vm2)), x2_3); afv_neonbf16_store(s + 52, p); sum2 = afv_neonbf16_add(sum2, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x0_4, vm0)), x0_4); afv_neonbf16_store(s + 16, p); sum0 = afv_neonbf16_add(sum0, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x1_4, vm1)), x1_4); afv_neonbf16_store(s + 36, p); sum1 = afv_neonbf16_add(sum1, p); }
    { const afv_neonbf16 p = afv_neonbf16_excl(afv_neonbf16_expn(afv_neonbf16_sub(x2_4, vm2)), x2_4); afv_neonbf16_store(s + 56, p); sum2 = afv_neonbf16_add(sum2, p); }
    {
        const float ps = afv_neonbf16_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_neonbf16_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    {
        const float ps = afv_neonbf16_hsum(sum2);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[2].m = *rw[2].l = NAN;
        } else {
            *rw[2].l = *rw[2].l * alpha[2] + ps;
            *rw[2].m = mn2;
        }
    }
    return 1;
}

/* ---- decode (templates/decode.c.in) ----
 * Rows are taken in chunks of 21 (Q widened to f32 once per tile) and the
 * keys of the tile in blocks of 20. A tile may span several KV heads (rows
 * h-major, so each KV head's rows are contiguous): each key block is then
 * processed head by head, so the task reads every head's slice of a key row
 * before moving on (whole BSHD rows in order). For each block and head, K rows
 * are gathered (contiguous, strided or paged) and packed (K stays bf16: QK^T uses BFDOT) into an L1 buffer;
 * the head's rows compute their scores against them in register blocks of
 * 2 x 2, 1 x 4 (rows x keys, largest first; one accumulator per
 * row and key over the unrolled Dk, one reduction per block), then the block
 * softmax rescales each row once, then P*V runs over the same V rows in
 * blocks of 2, 1 rows x 16 columns.
 * Online softmax invariant, per row, after the blocks [j0, jb) were processed:
 *   m = max of the visible scores so far (-inf if none),
 *   l = sum of exp(s - m), acc = sum of exp(s - m) * v,
 * so a new block with max mb rescales l and acc by exp(m - max(m, mb)).
 */

/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh:
 * rw, qb, sb and alpha point at the first of those rows. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_block(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_neonbf16_bf16_row *rw, const uint16_t *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[20], *vraw[20];
    const uint16_t *kp[20];
    const float *vp[20];
    float vbuf[20 * 128];
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    afp_neonbf16_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 20 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 20 + (int64_t)hg * 20 / ng;
    const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        kp[k] = kraw[k];
        { /* a prefetch never faults, so a row past the end or across a page of
           * a paged cache costs nothing */
            const char *f = (const char *)(kraw[k] + pf_off);
            __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 128, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 192, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 256, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 320, 0, 2); /* prefetcht1 */
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_bf16_dk192_dv128_neonbf16_dec_qk2(qb + (r + 0) * 192, qb + (r + 1) * 192, kp + k,
                        sb + (r + 0) * 20 + k, sb + (r + 1) * 20 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_bf16_dk192_dv128_neonbf16_dec_qk(qb + r * 192, kp + k, sb + r * 20 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 20) { /* a full block: rows that see all of it, without a mask to add, go 3 at a time */
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
            const int cap = afp_neonbf16_bf16_softcap_fold(c);
            const afv_neonbf16 vscale = afv_neonbf16_set1(afp_neonbf16_bf16_score_factor(c, cap)), vcap = afv_neonbf16_set1(c->softcap);
            for (; r0 < nr; r0 += 3) {
                int ok;
                switch (nr - r0 < 3 ? nr - r0 : 3) {
                case 3: ok = afk_bf16_dk192_dv128_neonbf16_dec_sm3(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_bf16_dk192_dv128_neonbf16_dec_sm2(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_bf16_dk192_dv128_neonbf16_dec_sm1(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_neonbf16_bf16_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_neonbf16_bf16_softmax_row(c, &rw[r], sb + r * 20, jb, n, np, &partial);
    afp_neonbf16_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
    const float vsc = af_kv_scale(c, 1, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 20 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 20 + (int64_t)hg * 20 / ng;
    const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_neonbf16_pack_v(vbuf + k * 128, vraw[k], vsc);
        vp[k] = vbuf + k * 128;
        { /* a prefetch never faults, so a row past the end or across a page of
           * a paged cache costs nothing */
            const char *f = (const char *)(vraw[k] + pf_off);
            __builtin_prefetch(f + 0, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 64, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 128, 0, 2); /* prefetcht1 */
            __builtin_prefetch(f + 192, 0, 2); /* prefetcht1 */
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    }
    if (partial && !afk_bf16_dk192_dv128_neonbf16_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 20 };
            afk_bf16_dk192_dv128_neonbf16_dec_pv1g(a, pr, alpha + r, vp, n);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 20, sb + (g + 1) * 20 };
            afk_bf16_dk192_dv128_neonbf16_dec_pv2(a, pr, alpha + g, vp, n);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 20 };
            afk_bf16_dk192_dv128_neonbf16_dec_pv1(a, pr, alpha + g, vp, n);
        }
    }
}
/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh, its prefetches spread by the cursor:
 * rw, qb, sb and alpha point at the first of those rows. */
static AF_NOINLINE AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_dec_block_pf(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_neonbf16_bf16_row *rw, const uint16_t *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[20], *vraw[20];
    const uint16_t *kp[20];
    const float *vp[20];
    float vbuf[20 * 128];
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    if (n < 1) return; /* never: n >= 1, said for the compiler, which does not see the caller here */
    afp_neonbf16_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
    afp_neonbf16_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
    afk_bf16_dk192_dv128_neonbf16_pf pfc;
    pfc.cur = pfc.tot = 0;
    {
        int32_t pf_h = (int32_t)((int64_t)hg * 20 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 20 + (int64_t)hg * 20 / ng;
        const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) { /* a prefetch never faults: a row past the end or across a page of a paged cache costs nothing */
            const char *f = (const char *)(kraw[k] + pf_off);
            pfc.line[pfc.tot++] = f + 0;
            pfc.line[pfc.tot++] = f + 64;
            pfc.line[pfc.tot++] = f + 128;
            pfc.line[pfc.tot++] = f + 192;
            pfc.line[pfc.tot++] = f + 256;
            pfc.line[pfc.tot++] = f + 320;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    {
        int32_t pf_h = (int32_t)((int64_t)hg * 20 % ng); /* the next row to prefetch: key pf_j, head pf_h */
        const int64_t pf_j = jb + 20 + (int64_t)hg * 20 / ng;
        const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
        const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
        int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
        for (int32_t k = 0; k < n; k++) { /* a prefetch never faults: a row past the end or across a page of a paged cache costs nothing */
            const char *f = (const char *)(vraw[k] + pf_off);
            pfc.line[pfc.tot++] = f + 0;
            pfc.line[pfc.tot++] = f + 64;
            pfc.line[pfc.tot++] = f + 128;
            pfc.line[pfc.tot++] = f + 192;
            pf_off += pf_step;
            if (++pf_h == ng) pf_h = 0, pf_off += pf_wrap;
        }
    }
    afk_bf16_dk192_dv128_neonbf16_pf_rate(&pfc, nr, n, np);
    for (int32_t k = 0; k < n; k++) {
        kp[k] = kraw[k];
        afk_bf16_dk192_dv128_neonbf16_pf_issue(&pfc, 1);
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(&pfc, 6);
            afk_bf16_dk192_dv128_neonbf16_dec_qk2(qb + (r + 0) * 192, qb + (r + 1) * 192, kp + k,
                        sb + (r + 0) * 20 + k, sb + (r + 1) * 20 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_bf16_dk192_dv128_neonbf16_pf_issue(&pfc, 6);
            afk_bf16_dk192_dv128_neonbf16_dec_qk(qb + r * 192, kp + k, sb + r * 20 + k);
        }
    }
    int32_t r0 = 0;
    if (n == 20) { /* a full block: rows that see all of it, without a mask to add, go 3 at a time */
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
            const int cap = afp_neonbf16_bf16_softcap_fold(c);
            const afv_neonbf16 vscale = afv_neonbf16_set1(afp_neonbf16_bf16_score_factor(c, cap)), vcap = afv_neonbf16_set1(c->softcap);
            for (; r0 < nr; r0 += 3) {
                int ok;
                switch (nr - r0 < 3 ? nr - r0 : 3) {
                case 3: ok = afk_bf16_dk192_dv128_neonbf16_dec_sm3(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_bf16_dk192_dv128_neonbf16_dec_sm2(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_bf16_dk192_dv128_neonbf16_dec_sm1(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_neonbf16_bf16_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_neonbf16_bf16_softmax_row(c, &rw[r], sb + r * 20, jb, n, np, &partial);
    const float vsc = af_kv_scale(c, 1, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_neonbf16_pack_v(vbuf + k * 128, vraw[k], vsc);
        vp[k] = vbuf + k * 128;
        afk_bf16_dk192_dv128_neonbf16_pf_issue(&pfc, 1);
    }
    if (partial && !afk_bf16_dk192_dv128_neonbf16_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 20 };
            afk_bf16_dk192_dv128_neonbf16_dec_pv1g_pf(a, pr, alpha + r, vp, n, &pfc);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 20, sb + (g + 1) * 20 };
            afk_bf16_dk192_dv128_neonbf16_dec_pv2_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 20 };
            afk_bf16_dk192_dv128_neonbf16_dec_pv1_pf(a, pr, alpha + g, vp, n, &pfc);
        }
    }
}

AF_TARGET_NEONBF16 void attnforge_bf16_dk192_dv128_decode__neonbf16(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t rpk = t->nkv > 1 ? t->nh / t->nkv * t->ni : nrows; /* rows per KV head */
    /* prefetches spread over the arithmetic: see "The prefetch cursor" above */
    const int spread = !c->kv_hot && rpk > 1 &&
                       (int64_t)c->B * c->Hkv * (c->key_hi - c->key_lo) * 640 >= 8388608;
    afk_bf16_dk192_dv128_neonbf16_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 21) {
        const int32_t nr = nrows - r0 < 21 ? nrows - r0 : 21;
        afp_neonbf16_bf16_row rw[21];
        uint16_t qb[21 * 192];
        float sb[21 * 20], alpha[21];
        int64_t klo, khi;
        if (!afk_bf16_dk192_dv128_neonbf16_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        if (c->exact_decode && attnforge_bf16_rows_unsafe(c, qb, (int64_t)nr * 192)) {
            c->exact_decode(c, t); /* the whole tile: this kernel's dot product would get it wrong */
            return;
        }
        const int32_t g0 = r0 / rpk, ng = (r0 + nr - 1) / rpk - g0 + 1; /* the chunk's KV heads */
        for (int64_t jb = klo; jb < khi; jb += 20) {
            const int32_t n = (int32_t)(khi - jb < 20 ? khi - jb : 20);
            const int32_t np = (n + 3) & ~3;
            for (int32_t ga = 0; ga < nr;) { /* the chunk's rows, one KV head at a time */
                const int32_t g = (r0 + ga) / rpk;
                const int32_t gb = (g + 1) * rpk - r0 < nr ? (g + 1) * rpk - r0 : nr;
                if (spread)
                    afk_bf16_dk192_dv128_neonbf16_dec_block_pf(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 192, sb + (int64_t)ga * 20,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                else
                    afk_bf16_dk192_dv128_neonbf16_dec_block(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 192, sb + (int64_t)ga * 20,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                ga = gb;
            }
        }
    }
}

/* QK^T register block: 2 row(s) x 2 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_pre_qk(const uint16_t *q0, const uint16_t *q1, const uint16_t *const *kp, float *s0, float *s1)
{
    afv_neonbf16 a0_0 = afv_neonbf16_zero(), a0_1 = afv_neonbf16_zero();
    afv_neonbf16 a1_0 = afv_neonbf16_zero(), a1_1 = afv_neonbf16_zero();
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 0, kp[0] + 0); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 0, kp[0] + 0);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 0, kp[1] + 0); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 0, kp[1] + 0);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 8, kp[0] + 8); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 8, kp[0] + 8);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 8, kp[1] + 8); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 8, kp[1] + 8);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 16, kp[0] + 16); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 16, kp[0] + 16);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 16, kp[1] + 16); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 16, kp[1] + 16);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 24, kp[0] + 24); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 24, kp[0] + 24);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 24, kp[1] + 24); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 24, kp[1] + 24);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 32, kp[0] + 32); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 32, kp[0] + 32);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 32, kp[1] + 32); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 32, kp[1] + 32);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 40, kp[0] + 40); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 40, kp[0] + 40);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 40, kp[1] + 40); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 40, kp[1] + 40);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 48, kp[0] + 48); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 48, kp[0] + 48);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 48, kp[1] + 48); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 48, kp[1] + 48);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 56, kp[0] + 56); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 56, kp[0] + 56);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 56, kp[1] + 56); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 56, kp[1] + 56);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 64, kp[0] + 64); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 64, kp[0] + 64);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 64, kp[1] + 64); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 64, kp[1] + 64);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 72, kp[0] + 72); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 72, kp[0] + 72);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 72, kp[1] + 72); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 72, kp[1] + 72);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 80, kp[0] + 80); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 80, kp[0] + 80);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 80, kp[1] + 80); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 80, kp[1] + 80);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 88, kp[0] + 88); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 88, kp[0] + 88);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 88, kp[1] + 88); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 88, kp[1] + 88);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 96, kp[0] + 96); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 96, kp[0] + 96);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 96, kp[1] + 96); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 96, kp[1] + 96);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 104, kp[0] + 104); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 104, kp[0] + 104);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 104, kp[1] + 104); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 104, kp[1] + 104);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 112, kp[0] + 112); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 112, kp[0] + 112);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 112, kp[1] + 112); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 112, kp[1] + 112);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 120, kp[0] + 120); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 120, kp[0] + 120);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 120, kp[1] + 120); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 120, kp[1] + 120);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 128, kp[0] + 128); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 128, kp[0] + 128);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 128, kp[1] + 128); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 128, kp[1] + 128);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 136, kp[0] + 136); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 136, kp[0] + 136);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 136, kp[1] + 136); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 136, kp[1] + 136);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 144, kp[0] + 144); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 144, kp[0] + 144);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 144, kp[1] + 144); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 144, kp[1] + 144);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 152, kp[0] + 152); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 152, kp[0] + 152);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 152, kp[1] + 152); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 152, kp[1] + 152);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 160, kp[0] + 160); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 160, kp[0] + 160);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 160, kp[1] + 160); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 160, kp[1] + 160);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 168, kp[0] + 168); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 168, kp[0] + 168);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 168, kp[1] + 168); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 168, kp[1] + 168);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 176, kp[0] + 176); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 176, kp[0] + 176);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 176, kp[1] + 176); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 176, kp[1] + 176);
    a0_0 = afv_neonbf16_dot_bf16(a0_0, q0 + 184, kp[0] + 184); a1_0 = afv_neonbf16_dot_bf16(a1_0, q1 + 184, kp[0] + 184);
    a0_1 = afv_neonbf16_dot_bf16(a0_1, q0 + 184, kp[1] + 184); a1_1 = afv_neonbf16_dot_bf16(a1_1, q1 + 184, kp[1] + 184);
    const afv_neonbf16 red = afv_neonbf16_reduce4(a0_0, a0_1, a1_0, a1_1);
    vst1_f32(s0, vget_low_f32(red));
    vst1_f32(s1, vget_high_f32(red));
}

/* P*V register block: 4 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_NEONBF16 void afk_bf16_dk192_dv128_neonbf16_pre_pv(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neonbf16 al0 = afv_neonbf16_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_neonbf16 al1 = afv_neonbf16_set1(alpha[1]);
    float *const acc2 = acc[2];
    const float *const p2 = p[2];
    const afv_neonbf16 al2 = afv_neonbf16_set1(alpha[2]);
    float *const acc3 = acc[3];
    const float *const p3 = p[3];
    const afv_neonbf16 al3 = afv_neonbf16_set1(alpha[3]);
    { /* Dv columns 0 .. 15 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 0), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 4), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 8), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 12), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 0), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 4), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 8), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 12), al1);
        afv_neonbf16 c2_0 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 0), al2), c2_1 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 4), al2), c2_2 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 8), al2), c2_3 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 12), al2);
        afv_neonbf16 c3_0 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 0), al3), c3_1 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 4), al3), c3_2 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 8), al3), c3_3 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 12), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p2[k]); c2_0 = afv_neonbf16_fma(b, y0, c2_0); c2_1 = afv_neonbf16_fma(b, y1, c2_1); c2_2 = afv_neonbf16_fma(b, y2, c2_2); c2_3 = afv_neonbf16_fma(b, y3, c2_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p3[k]); c3_0 = afv_neonbf16_fma(b, y0, c3_0); c3_1 = afv_neonbf16_fma(b, y1, c3_1); c3_2 = afv_neonbf16_fma(b, y2, c3_2); c3_3 = afv_neonbf16_fma(b, y3, c3_3); }
        }
        afv_neonbf16_store(acc0 + 0, c0_0); afv_neonbf16_store(acc0 + 4, c0_1); afv_neonbf16_store(acc0 + 8, c0_2); afv_neonbf16_store(acc0 + 12, c0_3);
        afv_neonbf16_store(acc1 + 0, c1_0); afv_neonbf16_store(acc1 + 4, c1_1); afv_neonbf16_store(acc1 + 8, c1_2); afv_neonbf16_store(acc1 + 12, c1_3);
        afv_neonbf16_store(acc2 + 0, c2_0); afv_neonbf16_store(acc2 + 4, c2_1); afv_neonbf16_store(acc2 + 8, c2_2); afv_neonbf16_store(acc2 + 12, c2_3);
        afv_neonbf16_store(acc3 + 0, c3_0); afv_neonbf16_store(acc3 + 4, c3_1); afv_neonbf16_store(acc3 + 8, c3_2); afv_neonbf16_store(acc3 + 12, c3_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 16), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 20), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 24), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 28), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 16), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 20), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 24), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 28), al1);
        afv_neonbf16 c2_0 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 16), al2), c2_1 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 20), al2), c2_2 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 24), al2), c2_3 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 28), al2);
        afv_neonbf16 c3_0 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 16), al3), c3_1 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 20), al3), c3_2 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 24), al3), c3_3 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 28), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p2[k]); c2_0 = afv_neonbf16_fma(b, y0, c2_0); c2_1 = afv_neonbf16_fma(b, y1, c2_1); c2_2 = afv_neonbf16_fma(b, y2, c2_2); c2_3 = afv_neonbf16_fma(b, y3, c2_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p3[k]); c3_0 = afv_neonbf16_fma(b, y0, c3_0); c3_1 = afv_neonbf16_fma(b, y1, c3_1); c3_2 = afv_neonbf16_fma(b, y2, c3_2); c3_3 = afv_neonbf16_fma(b, y3, c3_3); }
        }
        afv_neonbf16_store(acc0 + 16, c0_0); afv_neonbf16_store(acc0 + 20, c0_1); afv_neonbf16_store(acc0 + 24, c0_2); afv_neonbf16_store(acc0 + 28, c0_3);
        afv_neonbf16_store(acc1 + 16, c1_0); afv_neonbf16_store(acc1 + 20, c1_1); afv_neonbf16_store(acc1 + 24, c1_2); afv_neonbf16_store(acc1 + 28, c1_3);
        afv_neonbf16_store(acc2 + 16, c2_0); afv_neonbf16_store(acc2 + 20, c2_1); afv_neonbf16_store(acc2 + 24, c2_2); afv_neonbf16_store(acc2 + 28, c2_3);
        afv_neonbf16_store(acc3 + 16, c3_0); afv_neonbf16_store(acc3 + 20, c3_1); afv_neonbf16_store(acc3 + 24, c3_2); afv_neonbf16_store(acc3 + 28, c3_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 32), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 36), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 40), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 44), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 32), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 36), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 40), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 44), al1);
        afv_neonbf16 c2_0 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 32), al2), c2_1 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 36), al2), c2_2 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 40), al2), c2_3 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 44), al2);
        afv_neonbf16 c3_0 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 32), al3), c3_1 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 36), al3), c3_2 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 40), al3), c3_3 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 44), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p2[k]); c2_0 = afv_neonbf16_fma(b, y0, c2_0); c2_1 = afv_neonbf16_fma(b, y1, c2_1); c2_2 = afv_neonbf16_fma(b, y2, c2_2); c2_3 = afv_neonbf16_fma(b, y3, c2_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p3[k]); c3_0 = afv_neonbf16_fma(b, y0, c3_0); c3_1 = afv_neonbf16_fma(b, y1, c3_1); c3_2 = afv_neonbf16_fma(b, y2, c3_2); c3_3 = afv_neonbf16_fma(b, y3, c3_3); }
        }
        afv_neonbf16_store(acc0 + 32, c0_0); afv_neonbf16_store(acc0 + 36, c0_1); afv_neonbf16_store(acc0 + 40, c0_2); afv_neonbf16_store(acc0 + 44, c0_3);
        afv_neonbf16_store(acc1 + 32, c1_0); afv_neonbf16_store(acc1 + 36, c1_1); afv_neonbf16_store(acc1 + 40, c1_2); afv_neonbf16_store(acc1 + 44, c1_3);
        afv_neonbf16_store(acc2 + 32, c2_0); afv_neonbf16_store(acc2 + 36, c2_1); afv_neonbf16_store(acc2 + 40, c2_2); afv_neonbf16_store(acc2 + 44, c2_3);
        afv_neonbf16_store(acc3 + 32, c3_0); afv_neonbf16_store(acc3 + 36, c3_1); afv_neonbf16_store(acc3 + 40, c3_2); afv_neonbf16_store(acc3 + 44, c3_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 48), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 52), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 56), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 60), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 48), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 52), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 56), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 60), al1);
        afv_neonbf16 c2_0 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 48), al2), c2_1 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 52), al2), c2_2 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 56), al2), c2_3 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 60), al2);
        afv_neonbf16 c3_0 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 48), al3), c3_1 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 52), al3), c3_2 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 56), al3), c3_3 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 60), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 48;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p2[k]); c2_0 = afv_neonbf16_fma(b, y0, c2_0); c2_1 = afv_neonbf16_fma(b, y1, c2_1); c2_2 = afv_neonbf16_fma(b, y2, c2_2); c2_3 = afv_neonbf16_fma(b, y3, c2_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p3[k]); c3_0 = afv_neonbf16_fma(b, y0, c3_0); c3_1 = afv_neonbf16_fma(b, y1, c3_1); c3_2 = afv_neonbf16_fma(b, y2, c3_2); c3_3 = afv_neonbf16_fma(b, y3, c3_3); }
        }
        afv_neonbf16_store(acc0 + 48, c0_0); afv_neonbf16_store(acc0 + 52, c0_1); afv_neonbf16_store(acc0 + 56, c0_2); afv_neonbf16_store(acc0 + 60, c0_3);
        afv_neonbf16_store(acc1 + 48, c1_0); afv_neonbf16_store(acc1 + 52, c1_1); afv_neonbf16_store(acc1 + 56, c1_2); afv_neonbf16_store(acc1 + 60, c1_3);
        afv_neonbf16_store(acc2 + 48, c2_0); afv_neonbf16_store(acc2 + 52, c2_1); afv_neonbf16_store(acc2 + 56, c2_2); afv_neonbf16_store(acc2 + 60, c2_3);
        afv_neonbf16_store(acc3 + 48, c3_0); afv_neonbf16_store(acc3 + 52, c3_1); afv_neonbf16_store(acc3 + 56, c3_2); afv_neonbf16_store(acc3 + 60, c3_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 64), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 68), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 72), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 76), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 64), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 68), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 72), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 76), al1);
        afv_neonbf16 c2_0 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 64), al2), c2_1 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 68), al2), c2_2 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 72), al2), c2_3 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 76), al2);
        afv_neonbf16 c3_0 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 64), al3), c3_1 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 68), al3), c3_2 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 72), al3), c3_3 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 76), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p2[k]); c2_0 = afv_neonbf16_fma(b, y0, c2_0); c2_1 = afv_neonbf16_fma(b, y1, c2_1); c2_2 = afv_neonbf16_fma(b, y2, c2_2); c2_3 = afv_neonbf16_fma(b, y3, c2_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p3[k]); c3_0 = afv_neonbf16_fma(b, y0, c3_0); c3_1 = afv_neonbf16_fma(b, y1, c3_1); c3_2 = afv_neonbf16_fma(b, y2, c3_2); c3_3 = afv_neonbf16_fma(b, y3, c3_3); }
        }
        afv_neonbf16_store(acc0 + 64, c0_0); afv_neonbf16_store(acc0 + 68, c0_1); afv_neonbf16_store(acc0 + 72, c0_2); afv_neonbf16_store(acc0 + 76, c0_3);
        afv_neonbf16_store(acc1 + 64, c1_0); afv_neonbf16_store(acc1 + 68, c1_1); afv_neonbf16_store(acc1 + 72, c1_2); afv_neonbf16_store(acc1 + 76, c1_3);
        afv_neonbf16_store(acc2 + 64, c2_0); afv_neonbf16_store(acc2 + 68, c2_1); afv_neonbf16_store(acc2 + 72, c2_2); afv_neonbf16_store(acc2 + 76, c2_3);
        afv_neonbf16_store(acc3 + 64, c3_0); afv_neonbf16_store(acc3 + 68, c3_1); afv_neonbf16_store(acc3 + 72, c3_2); afv_neonbf16_store(acc3 + 76, c3_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 80), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 84), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 88), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 92), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 80), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 84), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 88), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 92), al1);
        afv_neonbf16 c2_0 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 80), al2), c2_1 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 84), al2), c2_2 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 88), al2), c2_3 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 92), al2);
        afv_neonbf16 c3_0 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 80), al3), c3_1 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 84), al3), c3_2 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 88), al3), c3_3 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 92), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 80;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p2[k]); c2_0 = afv_neonbf16_fma(b, y0, c2_0); c2_1 = afv_neonbf16_fma(b, y1, c2_1); c2_2 = afv_neonbf16_fma(b, y2, c2_2); c2_3 = afv_neonbf16_fma(b, y3, c2_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p3[k]); c3_0 = afv_neonbf16_fma(b, y0, c3_0); c3_1 = afv_neonbf16_fma(b, y1, c3_1); c3_2 = afv_neonbf16_fma(b, y2, c3_2); c3_3 = afv_neonbf16_fma(b, y3, c3_3); }
        }
        afv_neonbf16_store(acc0 + 80, c0_0); afv_neonbf16_store(acc0 + 84, c0_1); afv_neonbf16_store(acc0 + 88, c0_2); afv_neonbf16_store(acc0 + 92, c0_3);
        afv_neonbf16_store(acc1 + 80, c1_0); afv_neonbf16_store(acc1 + 84, c1_1); afv_neonbf16_store(acc1 + 88, c1_2); afv_neonbf16_store(acc1 + 92, c1_3);
        afv_neonbf16_store(acc2 + 80, c2_0); afv_neonbf16_store(acc2 + 84, c2_1); afv_neonbf16_store(acc2 + 88, c2_2); afv_neonbf16_store(acc2 + 92, c2_3);
        afv_neonbf16_store(acc3 + 80, c3_0); afv_neonbf16_store(acc3 + 84, c3_1); afv_neonbf16_store(acc3 + 88, c3_2); afv_neonbf16_store(acc3 + 92, c3_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 96), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 100), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 104), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 108), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 96), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 100), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 104), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 108), al1);
        afv_neonbf16 c2_0 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 96), al2), c2_1 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 100), al2), c2_2 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 104), al2), c2_3 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 108), al2);
        afv_neonbf16 c3_0 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 96), al3), c3_1 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 100), al3), c3_2 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 104), al3), c3_3 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 108), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p2[k]); c2_0 = afv_neonbf16_fma(b, y0, c2_0); c2_1 = afv_neonbf16_fma(b, y1, c2_1); c2_2 = afv_neonbf16_fma(b, y2, c2_2); c2_3 = afv_neonbf16_fma(b, y3, c2_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p3[k]); c3_0 = afv_neonbf16_fma(b, y0, c3_0); c3_1 = afv_neonbf16_fma(b, y1, c3_1); c3_2 = afv_neonbf16_fma(b, y2, c3_2); c3_3 = afv_neonbf16_fma(b, y3, c3_3); }
        }
        afv_neonbf16_store(acc0 + 96, c0_0); afv_neonbf16_store(acc0 + 100, c0_1); afv_neonbf16_store(acc0 + 104, c0_2); afv_neonbf16_store(acc0 + 108, c0_3);
        afv_neonbf16_store(acc1 + 96, c1_0); afv_neonbf16_store(acc1 + 100, c1_1); afv_neonbf16_store(acc1 + 104, c1_2); afv_neonbf16_store(acc1 + 108, c1_3);
        afv_neonbf16_store(acc2 + 96, c2_0); afv_neonbf16_store(acc2 + 100, c2_1); afv_neonbf16_store(acc2 + 104, c2_2); afv_neonbf16_store(acc2 + 108, c2_3);
        afv_neonbf16_store(acc3 + 96, c3_0); afv_neonbf16_store(acc3 + 100, c3_1); afv_neonbf16_store(acc3 + 104, c3_2); afv_neonbf16_store(acc3 + 108, c3_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neonbf16 c0_0 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 112), al0), c0_1 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 116), al0), c0_2 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 120), al0), c0_3 = afv_neonbf16_mul(afv_neonbf16_load(acc0 + 124), al0);
        afv_neonbf16 c1_0 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 112), al1), c1_1 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 116), al1), c1_2 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 120), al1), c1_3 = afv_neonbf16_mul(afv_neonbf16_load(acc1 + 124), al1);
        afv_neonbf16 c2_0 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 112), al2), c2_1 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 116), al2), c2_2 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 120), al2), c2_3 = afv_neonbf16_mul(afv_neonbf16_load(acc2 + 124), al2);
        afv_neonbf16 c3_0 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 112), al3), c3_1 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 116), al3), c3_2 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 120), al3), c3_3 = afv_neonbf16_mul(afv_neonbf16_load(acc3 + 124), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 112;
            const afv_neonbf16 y0 = afv_neonbf16_load(v + 0), y1 = afv_neonbf16_load(v + 4), y2 = afv_neonbf16_load(v + 8), y3 = afv_neonbf16_load(v + 12);
            { const afv_neonbf16 b = afv_neonbf16_set1(p0[k]); c0_0 = afv_neonbf16_fma(b, y0, c0_0); c0_1 = afv_neonbf16_fma(b, y1, c0_1); c0_2 = afv_neonbf16_fma(b, y2, c0_2); c0_3 = afv_neonbf16_fma(b, y3, c0_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p1[k]); c1_0 = afv_neonbf16_fma(b, y0, c1_0); c1_1 = afv_neonbf16_fma(b, y1, c1_1); c1_2 = afv_neonbf16_fma(b, y2, c1_2); c1_3 = afv_neonbf16_fma(b, y3, c1_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p2[k]); c2_0 = afv_neonbf16_fma(b, y0, c2_0); c2_1 = afv_neonbf16_fma(b, y1, c2_1); c2_2 = afv_neonbf16_fma(b, y2, c2_2); c2_3 = afv_neonbf16_fma(b, y3, c2_3); }
            { const afv_neonbf16 b = afv_neonbf16_set1(p3[k]); c3_0 = afv_neonbf16_fma(b, y0, c3_0); c3_1 = afv_neonbf16_fma(b, y1, c3_1); c3_2 = afv_neonbf16_fma(b, y2, c3_2); c3_3 = afv_neonbf16_fma(b, y3, c3_3); }
        }
        afv_neonbf16_store(acc0 + 112, c0_0); afv_neonbf16_store(acc0 + 116, c0_1); afv_neonbf16_store(acc0 + 120, c0_2); afv_neonbf16_store(acc0 + 124, c0_3);
        afv_neonbf16_store(acc1 + 112, c1_0); afv_neonbf16_store(acc1 + 116, c1_1); afv_neonbf16_store(acc1 + 120, c1_2); afv_neonbf16_store(acc1 + 124, c1_3);
        afv_neonbf16_store(acc2 + 112, c2_0); afv_neonbf16_store(acc2 + 116, c2_1); afv_neonbf16_store(acc2 + 120, c2_2); afv_neonbf16_store(acc2 + 124, c2_3);
        afv_neonbf16_store(acc3 + 112, c3_0); afv_neonbf16_store(acc3 + 116, c3_1); afv_neonbf16_store(acc3 + 120, c3_2); afv_neonbf16_store(acc3 + 124, c3_3);
    }
}

/* ---- prefill (templates/prefill.c.in) ----
 * Rows (nh * ni of them, h-major) in chunks of 21 with Q widened once;
 * keys in blocks of 20, each block's K and V rows gathered and packed (widened)
 * once per chunk and reused by all its rows from L1.
 * QK^T: 2 rows x 2 keys per register block (4 accumulators over
 * the unrolled Dk, one reduction per block), a leftover row 1 x 4.
 * Block softmax per row (scale, softcap, ALiBi, mask, visibility, one
 * rescale exp per row and block), then P*V: 4 rows x 16 columns of
 * Dv per register block (16 accumulators), P broadcast, V rows loaded once
 * per block and pass, leftover rows one at a time.
 * Online softmax invariant as in the decode kernel: after keys [j0, jb) each
 * row holds m = running max, l = sum exp(s - m), acc = sum exp(s - m) v.
 */
AF_TARGET_NEONBF16 void attnforge_bf16_dk192_dv128_prefill__neonbf16(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_bf16_dk192_dv128_neonbf16_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 21) {
        const int32_t nr = nrows - r0 < 21 ? nrows - r0 : 21;
        afp_neonbf16_bf16_row rw[21];
        uint16_t qb[21 * 192];
        float sb[21 * 20], alpha[21];
        const uint16_t *kraw[20], *vraw[20];
        const uint16_t *kp[20];
        const float *vp[20];
        uint16_t kbuf[20 * 192];
        float vbuf[20 * 128];
        const int32_t kvh = t->kvh; /* prefill tiles have one KV head */
        int64_t klo, khi;
        if (!afk_bf16_dk192_dv128_neonbf16_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        if (c->exact_prefill && attnforge_bf16_rows_unsafe(c, qb, (int64_t)nr * 192)) {
            c->exact_prefill(c, t); /* the whole tile: this kernel's dot product would get it wrong */
            return;
        }
        for (int64_t jb = klo; jb < khi; jb += 20) {
            const int32_t n = (int32_t)(khi - jb < 20 ? khi - jb : 20);
            const int32_t np = (n + 3) & ~3;
            int active = 0, partial = 0;
            for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
            if (!active) continue;
            afp_neonbf16_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
            const float ksc = af_kv_scale(c, 0, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_bf16_dk192_dv128_neonbf16_pack_k(kbuf + k * 192, kraw[k], ksc);
                kp[k] = kbuf + k * 192;
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t r = 0; /* QK^T: 2-row blocks, then single rows */
            for (; r + 2 <= nr; r += 2) {
                if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
                for (int32_t k = 0; k < np; k += 2)
                    afk_bf16_dk192_dv128_neonbf16_pre_qk(qb + (r + 0) * 192, qb + (r + 1) * 192, kp + k,
                               sb + (r + 0) * 20 + k, sb + (r + 1) * 20 + k);
            }
            for (; r < nr; r++) {
                if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
                for (int32_t k = 0; k < np; k += 4)
                    afk_bf16_dk192_dv128_neonbf16_dec_qk(qb + r * 192, kp + k, sb + r * 20 + k);
            }
            for (int32_t i = 0; i < nr; i++)
                alpha[i] = afp_neonbf16_bf16_softmax_row(c, &rw[i], sb + i * 20, jb, n, np, &partial);
            afp_neonbf16_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
            const float vsc = af_kv_scale(c, 1, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_bf16_dk192_dv128_neonbf16_pack_v(vbuf + k * 128, vraw[k], vsc);
                vp[k] = vbuf + k * 128;
            }
            if (partial && !afk_bf16_dk192_dv128_neonbf16_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    float *a[1] = { rw[r].acc };
                    const float *pr[1] = { sb + r * 20 };
                    afk_bf16_dk192_dv128_neonbf16_dec_pv1g(a, pr, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 4 <= nr; g += 4) {
                    float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
                    const float *pr[4] = { sb + (g + 0) * 20, sb + (g + 1) * 20, sb + (g + 2) * 20, sb + (g + 3) * 20 };
                    afk_bf16_dk192_dv128_neonbf16_pre_pv(a, pr, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    float *a[1] = { rw[g].acc };
                    const float *pr[1] = { sb + g * 20 };
                    afk_bf16_dk192_dv128_neonbf16_dec_pv1(a, pr, alpha + g, vp, n);
                }
            }
        }
    }
}

#else  /* not defined(__aarch64__) && !defined(__clang__): this file compiles to nothing */
typedef int afk_bf16_dk192_dv128_neonbf16_empty_translation_unit;
#endif
