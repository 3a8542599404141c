/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/neon.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=bf16 dk=192 dv=128 isa=neon
 *
 * Kernels of the internal ABI (runtime/kernel.h) for bf16 storage, head dims
 * Dk = 192, Dv = 128: attnforge_bf16_dk192_dv128_decode__neon and attnforge_bf16_dk192_dv128_prefill__neon.
 * Tiling: keys in blocks of 20; rows in chunks of 21 (decode) or 48 (prefill).
 * Stack buffers per call: about 100 KiB.
 */
#if defined(__aarch64__)

/* the neon vocabulary and the neon x bf16 helpers */
#include "../isa/neon_bf16.h"

void attnforge_bf16_dk192_dv128_decode__neon(const af_call *c, const af_tile *t);
void attnforge_bf16_dk192_dv128_prefill__neon(const af_call *c, const af_tile *t);
void attnforge_bf16_dk192_dv128_widen__neon(float *dst, const void *src, int is_v, float sc);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_neon z = afv_neon_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        afv_neon_store(acc + 0, z);
        afv_neon_store(acc + 4, z);
        afv_neon_store(acc + 8, z);
        afv_neon_store(acc + 12, z);
        afv_neon_store(acc + 16, z);
        afv_neon_store(acc + 20, z);
        afv_neon_store(acc + 24, z);
        afv_neon_store(acc + 28, z);
        afv_neon_store(acc + 32, z);
        afv_neon_store(acc + 36, z);
        afv_neon_store(acc + 40, z);
        afv_neon_store(acc + 44, z);
        afv_neon_store(acc + 48, z);
        afv_neon_store(acc + 52, z);
        afv_neon_store(acc + 56, z);
        afv_neon_store(acc + 60, z);
        afv_neon_store(acc + 64, z);
        afv_neon_store(acc + 68, z);
        afv_neon_store(acc + 72, z);
        afv_neon_store(acc + 76, z);
        afv_neon_store(acc + 80, z);
        afv_neon_store(acc + 84, z);
        afv_neon_store(acc + 88, z);
        afv_neon_store(acc + 92, z);
        afv_neon_store(acc + 96, z);
        afv_neon_store(acc + 100, z);
        afv_neon_store(acc + 104, z);
        afv_neon_store(acc + 108, z);
        afv_neon_store(acc + 112, z);
        afv_neon_store(acc + 116, z);
        afv_neon_store(acc + 120, z);
        afv_neon_store(acc + 124, z);
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_load_q(const af_call *c, float *dst, int64_t off)
{
    if (c->qf == ATTNFORGE_FORMAT_F32) {
        const float *src = (const float *)c->q + off;
        afv_neon_store(dst + 0, afv_neon_load(src + 0));
        afv_neon_store(dst + 4, afv_neon_load(src + 4));
        afv_neon_store(dst + 8, afv_neon_load(src + 8));
        afv_neon_store(dst + 12, afv_neon_load(src + 12));
        afv_neon_store(dst + 16, afv_neon_load(src + 16));
        afv_neon_store(dst + 20, afv_neon_load(src + 20));
        afv_neon_store(dst + 24, afv_neon_load(src + 24));
        afv_neon_store(dst + 28, afv_neon_load(src + 28));
        afv_neon_store(dst + 32, afv_neon_load(src + 32));
        afv_neon_store(dst + 36, afv_neon_load(src + 36));
        afv_neon_store(dst + 40, afv_neon_load(src + 40));
        afv_neon_store(dst + 44, afv_neon_load(src + 44));
        afv_neon_store(dst + 48, afv_neon_load(src + 48));
        afv_neon_store(dst + 52, afv_neon_load(src + 52));
        afv_neon_store(dst + 56, afv_neon_load(src + 56));
        afv_neon_store(dst + 60, afv_neon_load(src + 60));
        afv_neon_store(dst + 64, afv_neon_load(src + 64));
        afv_neon_store(dst + 68, afv_neon_load(src + 68));
        afv_neon_store(dst + 72, afv_neon_load(src + 72));
        afv_neon_store(dst + 76, afv_neon_load(src + 76));
        afv_neon_store(dst + 80, afv_neon_load(src + 80));
        afv_neon_store(dst + 84, afv_neon_load(src + 84));
        afv_neon_store(dst + 88, afv_neon_load(src + 88));
        afv_neon_store(dst + 92, afv_neon_load(src + 92));
        afv_neon_store(dst + 96, afv_neon_load(src + 96));
        afv_neon_store(dst + 100, afv_neon_load(src + 100));
        afv_neon_store(dst + 104, afv_neon_load(src + 104));
        afv_neon_store(dst + 108, afv_neon_load(src + 108));
        afv_neon_store(dst + 112, afv_neon_load(src + 112));
        afv_neon_store(dst + 116, afv_neon_load(src + 116));
        afv_neon_store(dst + 120, afv_neon_load(src + 120));
        afv_neon_store(dst + 124, afv_neon_load(src + 124));
        afv_neon_store(dst + 128, afv_neon_load(src + 128));
        afv_neon_store(dst + 132, afv_neon_load(src + 132));
        afv_neon_store(dst + 136, afv_neon_load(src + 136));
        afv_neon_store(dst + 140, afv_neon_load(src + 140));
        afv_neon_store(dst + 144, afv_neon_load(src + 144));
        afv_neon_store(dst + 148, afv_neon_load(src + 148));
        afv_neon_store(dst + 152, afv_neon_load(src + 152));
        afv_neon_store(dst + 156, afv_neon_load(src + 156));
        afv_neon_store(dst + 160, afv_neon_load(src + 160));
        afv_neon_store(dst + 164, afv_neon_load(src + 164));
        afv_neon_store(dst + 168, afv_neon_load(src + 168));
        afv_neon_store(dst + 172, afv_neon_load(src + 172));
        afv_neon_store(dst + 176, afv_neon_load(src + 176));
        afv_neon_store(dst + 180, afv_neon_load(src + 180));
        afv_neon_store(dst + 184, afv_neon_load(src + 184));
        afv_neon_store(dst + 188, afv_neon_load(src + 188));
    } else if (c->qf == ATTNFORGE_FORMAT_BF16) {
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_neon_store(dst + 0, afv_neon_load_bf16(src + 0));
        afv_neon_store(dst + 4, afv_neon_load_bf16(src + 4));
        afv_neon_store(dst + 8, afv_neon_load_bf16(src + 8));
        afv_neon_store(dst + 12, afv_neon_load_bf16(src + 12));
        afv_neon_store(dst + 16, afv_neon_load_bf16(src + 16));
        afv_neon_store(dst + 20, afv_neon_load_bf16(src + 20));
        afv_neon_store(dst + 24, afv_neon_load_bf16(src + 24));
        afv_neon_store(dst + 28, afv_neon_load_bf16(src + 28));
        afv_neon_store(dst + 32, afv_neon_load_bf16(src + 32));
        afv_neon_store(dst + 36, afv_neon_load_bf16(src + 36));
        afv_neon_store(dst + 40, afv_neon_load_bf16(src + 40));
        afv_neon_store(dst + 44, afv_neon_load_bf16(src + 44));
        afv_neon_store(dst + 48, afv_neon_load_bf16(src + 48));
        afv_neon_store(dst + 52, afv_neon_load_bf16(src + 52));
        afv_neon_store(dst + 56, afv_neon_load_bf16(src + 56));
        afv_neon_store(dst + 60, afv_neon_load_bf16(src + 60));
        afv_neon_store(dst + 64, afv_neon_load_bf16(src + 64));
        afv_neon_store(dst + 68, afv_neon_load_bf16(src + 68));
        afv_neon_store(dst + 72, afv_neon_load_bf16(src + 72));
        afv_neon_store(dst + 76, afv_neon_load_bf16(src + 76));
        afv_neon_store(dst + 80, afv_neon_load_bf16(src + 80));
        afv_neon_store(dst + 84, afv_neon_load_bf16(src + 84));
        afv_neon_store(dst + 88, afv_neon_load_bf16(src + 88));
        afv_neon_store(dst + 92, afv_neon_load_bf16(src + 92));
        afv_neon_store(dst + 96, afv_neon_load_bf16(src + 96));
        afv_neon_store(dst + 100, afv_neon_load_bf16(src + 100));
        afv_neon_store(dst + 104, afv_neon_load_bf16(src + 104));
        afv_neon_store(dst + 108, afv_neon_load_bf16(src + 108));
        afv_neon_store(dst + 112, afv_neon_load_bf16(src + 112));
        afv_neon_store(dst + 116, afv_neon_load_bf16(src + 116));
        afv_neon_store(dst + 120, afv_neon_load_bf16(src + 120));
        afv_neon_store(dst + 124, afv_neon_load_bf16(src + 124));
        afv_neon_store(dst + 128, afv_neon_load_bf16(src + 128));
        afv_neon_store(dst + 132, afv_neon_load_bf16(src + 132));
        afv_neon_store(dst + 136, afv_neon_load_bf16(src + 136));
        afv_neon_store(dst + 140, afv_neon_load_bf16(src + 140));
        afv_neon_store(dst + 144, afv_neon_load_bf16(src + 144));
        afv_neon_store(dst + 148, afv_neon_load_bf16(src + 148));
        afv_neon_store(dst + 152, afv_neon_load_bf16(src + 152));
        afv_neon_store(dst + 156, afv_neon_load_bf16(src + 156));
        afv_neon_store(dst + 160, afv_neon_load_bf16(src + 160));
        afv_neon_store(dst + 164, afv_neon_load_bf16(src + 164));
        afv_neon_store(dst + 168, afv_neon_load_bf16(src + 168));
        afv_neon_store(dst + 172, afv_neon_load_bf16(src + 172));
        afv_neon_store(dst + 176, afv_neon_load_bf16(src + 176));
        afv_neon_store(dst + 180, afv_neon_load_bf16(src + 180));
        afv_neon_store(dst + 184, afv_neon_load_bf16(src + 184));
        afv_neon_store(dst + 188, afv_neon_load_bf16(src + 188));
    } else if (c->qf == ATTNFORGE_FORMAT_F16) { /* f16's load word is in every ISA's vocabulary */
        const uint16_t *src = (const uint16_t *)c->q + off;
        afv_neon_store(dst + 0, afv_neon_load_f16(src + 0));
        afv_neon_store(dst + 4, afv_neon_load_f16(src + 4));
        afv_neon_store(dst + 8, afv_neon_load_f16(src + 8));
        afv_neon_store(dst + 12, afv_neon_load_f16(src + 12));
        afv_neon_store(dst + 16, afv_neon_load_f16(src + 16));
        afv_neon_store(dst + 20, afv_neon_load_f16(src + 20));
        afv_neon_store(dst + 24, afv_neon_load_f16(src + 24));
        afv_neon_store(dst + 28, afv_neon_load_f16(src + 28));
        afv_neon_store(dst + 32, afv_neon_load_f16(src + 32));
        afv_neon_store(dst + 36, afv_neon_load_f16(src + 36));
        afv_neon_store(dst + 40, afv_neon_load_f16(src + 40));
        afv_neon_store(dst + 44, afv_neon_load_f16(src + 44));
        afv_neon_store(dst + 48, afv_neon_load_f16(src + 48));
        afv_neon_store(dst + 52, afv_neon_load_f16(src + 52));
        afv_neon_store(dst + 56, afv_neon_load_f16(src + 56));
        afv_neon_store(dst + 60, afv_neon_load_f16(src + 60));
        afv_neon_store(dst + 64, afv_neon_load_f16(src + 64));
        afv_neon_store(dst + 68, afv_neon_load_f16(src + 68));
        afv_neon_store(dst + 72, afv_neon_load_f16(src + 72));
        afv_neon_store(dst + 76, afv_neon_load_f16(src + 76));
        afv_neon_store(dst + 80, afv_neon_load_f16(src + 80));
        afv_neon_store(dst + 84, afv_neon_load_f16(src + 84));
        afv_neon_store(dst + 88, afv_neon_load_f16(src + 88));
        afv_neon_store(dst + 92, afv_neon_load_f16(src + 92));
        afv_neon_store(dst + 96, afv_neon_load_f16(src + 96));
        afv_neon_store(dst + 100, afv_neon_load_f16(src + 100));
        afv_neon_store(dst + 104, afv_neon_load_f16(src + 104));
        afv_neon_store(dst + 108, afv_neon_load_f16(src + 108));
        afv_neon_store(dst + 112, afv_neon_load_f16(src + 112));
        afv_neon_store(dst + 116, afv_neon_load_f16(src + 116));
        afv_neon_store(dst + 120, afv_neon_load_f16(src + 120));
        afv_neon_store(dst + 124, afv_neon_load_f16(src + 124));
        afv_neon_store(dst + 128, afv_neon_load_f16(src + 128));
        afv_neon_store(dst + 132, afv_neon_load_f16(src + 132));
        afv_neon_store(dst + 136, afv_neon_load_f16(src + 136));
        afv_neon_store(dst + 140, afv_neon_load_f16(src + 140));
        afv_neon_store(dst + 144, afv_neon_load_f16(src + 144));
        afv_neon_store(dst + 148, afv_neon_load_f16(src + 148));
        afv_neon_store(dst + 152, afv_neon_load_f16(src + 152));
        afv_neon_store(dst + 156, afv_neon_load_f16(src + 156));
        afv_neon_store(dst + 160, afv_neon_load_f16(src + 160));
        afv_neon_store(dst + 164, afv_neon_load_f16(src + 164));
        afv_neon_store(dst + 168, afv_neon_load_f16(src + 168));
        afv_neon_store(dst + 172, afv_neon_load_f16(src + 172));
        afv_neon_store(dst + 176, afv_neon_load_f16(src + 176));
        afv_neon_store(dst + 180, afv_neon_load_f16(src + 180));
        afv_neon_store(dst + 184, afv_neon_load_f16(src + 184));
        afv_neon_store(dst + 188, afv_neon_load_f16(src + 188));
    } else { /* bf16 Q beside another cache format: portable widening (a shift) */
        af_load_row(c->qf, c->q, off, 192, 1.0f, dst);
    }
}

/* Rows [r0, r0 + nr) of the tile: constants, Q (into qbuf unless NULL), and the union [*klo, *khi)
 * of their visible keys (each row's end lowered past trailing -inf mask
 * entries: af_mask_trim_hi). Returns 0 when no row sees any key of the tile. */
static AF_TARGET_NEON int afk_bf16_dk192_dv128_neon_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_neon_bf16_row *rw, float *qbuf, int64_t *klo, int64_t *khi)
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
        if (qbuf) afk_bf16_dk192_dv128_neon_load_q(c, qbuf + (int64_t)r * 192, rw[r].qoff);
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
 * the tile. (afk_bf16_dk192_dv128_neon_pack_k is unused in an AMX variant: its prefill reads K
 * rows as tile operands, and no decode packs K for a 16-bit dot product.) */
static inline AF_UNUSED AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pack_k(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_neon_store(dst + 0, afv_neon_load_bf16(src + 0));
    afv_neon_store(dst + 4, afv_neon_load_bf16(src + 4));
    afv_neon_store(dst + 8, afv_neon_load_bf16(src + 8));
    afv_neon_store(dst + 12, afv_neon_load_bf16(src + 12));
    afv_neon_store(dst + 16, afv_neon_load_bf16(src + 16));
    afv_neon_store(dst + 20, afv_neon_load_bf16(src + 20));
    afv_neon_store(dst + 24, afv_neon_load_bf16(src + 24));
    afv_neon_store(dst + 28, afv_neon_load_bf16(src + 28));
    afv_neon_store(dst + 32, afv_neon_load_bf16(src + 32));
    afv_neon_store(dst + 36, afv_neon_load_bf16(src + 36));
    afv_neon_store(dst + 40, afv_neon_load_bf16(src + 40));
    afv_neon_store(dst + 44, afv_neon_load_bf16(src + 44));
    afv_neon_store(dst + 48, afv_neon_load_bf16(src + 48));
    afv_neon_store(dst + 52, afv_neon_load_bf16(src + 52));
    afv_neon_store(dst + 56, afv_neon_load_bf16(src + 56));
    afv_neon_store(dst + 60, afv_neon_load_bf16(src + 60));
    afv_neon_store(dst + 64, afv_neon_load_bf16(src + 64));
    afv_neon_store(dst + 68, afv_neon_load_bf16(src + 68));
    afv_neon_store(dst + 72, afv_neon_load_bf16(src + 72));
    afv_neon_store(dst + 76, afv_neon_load_bf16(src + 76));
    afv_neon_store(dst + 80, afv_neon_load_bf16(src + 80));
    afv_neon_store(dst + 84, afv_neon_load_bf16(src + 84));
    afv_neon_store(dst + 88, afv_neon_load_bf16(src + 88));
    afv_neon_store(dst + 92, afv_neon_load_bf16(src + 92));
    afv_neon_store(dst + 96, afv_neon_load_bf16(src + 96));
    afv_neon_store(dst + 100, afv_neon_load_bf16(src + 100));
    afv_neon_store(dst + 104, afv_neon_load_bf16(src + 104));
    afv_neon_store(dst + 108, afv_neon_load_bf16(src + 108));
    afv_neon_store(dst + 112, afv_neon_load_bf16(src + 112));
    afv_neon_store(dst + 116, afv_neon_load_bf16(src + 116));
    afv_neon_store(dst + 120, afv_neon_load_bf16(src + 120));
    afv_neon_store(dst + 124, afv_neon_load_bf16(src + 124));
    afv_neon_store(dst + 128, afv_neon_load_bf16(src + 128));
    afv_neon_store(dst + 132, afv_neon_load_bf16(src + 132));
    afv_neon_store(dst + 136, afv_neon_load_bf16(src + 136));
    afv_neon_store(dst + 140, afv_neon_load_bf16(src + 140));
    afv_neon_store(dst + 144, afv_neon_load_bf16(src + 144));
    afv_neon_store(dst + 148, afv_neon_load_bf16(src + 148));
    afv_neon_store(dst + 152, afv_neon_load_bf16(src + 152));
    afv_neon_store(dst + 156, afv_neon_load_bf16(src + 156));
    afv_neon_store(dst + 160, afv_neon_load_bf16(src + 160));
    afv_neon_store(dst + 164, afv_neon_load_bf16(src + 164));
    afv_neon_store(dst + 168, afv_neon_load_bf16(src + 168));
    afv_neon_store(dst + 172, afv_neon_load_bf16(src + 172));
    afv_neon_store(dst + 176, afv_neon_load_bf16(src + 176));
    afv_neon_store(dst + 180, afv_neon_load_bf16(src + 180));
    afv_neon_store(dst + 184, afv_neon_load_bf16(src + 184));
    afv_neon_store(dst + 188, afv_neon_load_bf16(src + 188));
}
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pack_v(float *dst, const uint16_t *src, float sc)
{
    (void)sc;
    afv_neon_store(dst + 0, afv_neon_load_bf16(src + 0));
    afv_neon_store(dst + 4, afv_neon_load_bf16(src + 4));
    afv_neon_store(dst + 8, afv_neon_load_bf16(src + 8));
    afv_neon_store(dst + 12, afv_neon_load_bf16(src + 12));
    afv_neon_store(dst + 16, afv_neon_load_bf16(src + 16));
    afv_neon_store(dst + 20, afv_neon_load_bf16(src + 20));
    afv_neon_store(dst + 24, afv_neon_load_bf16(src + 24));
    afv_neon_store(dst + 28, afv_neon_load_bf16(src + 28));
    afv_neon_store(dst + 32, afv_neon_load_bf16(src + 32));
    afv_neon_store(dst + 36, afv_neon_load_bf16(src + 36));
    afv_neon_store(dst + 40, afv_neon_load_bf16(src + 40));
    afv_neon_store(dst + 44, afv_neon_load_bf16(src + 44));
    afv_neon_store(dst + 48, afv_neon_load_bf16(src + 48));
    afv_neon_store(dst + 52, afv_neon_load_bf16(src + 52));
    afv_neon_store(dst + 56, afv_neon_load_bf16(src + 56));
    afv_neon_store(dst + 60, afv_neon_load_bf16(src + 60));
    afv_neon_store(dst + 64, afv_neon_load_bf16(src + 64));
    afv_neon_store(dst + 68, afv_neon_load_bf16(src + 68));
    afv_neon_store(dst + 72, afv_neon_load_bf16(src + 72));
    afv_neon_store(dst + 76, afv_neon_load_bf16(src + 76));
    afv_neon_store(dst + 80, afv_neon_load_bf16(src + 80));
    afv_neon_store(dst + 84, afv_neon_load_bf16(src + 84));
    afv_neon_store(dst + 88, afv_neon_load_bf16(src + 88));
    afv_neon_store(dst + 92, afv_neon_load_bf16(src + 92));
    afv_neon_store(dst + 96, afv_neon_load_bf16(src + 96));
    afv_neon_store(dst + 100, afv_neon_load_bf16(src + 100));
    afv_neon_store(dst + 104, afv_neon_load_bf16(src + 104));
    afv_neon_store(dst + 108, afv_neon_load_bf16(src + 108));
    afv_neon_store(dst + 112, afv_neon_load_bf16(src + 112));
    afv_neon_store(dst + 116, afv_neon_load_bf16(src + 116));
    afv_neon_store(dst + 120, afv_neon_load_bf16(src + 120));
    afv_neon_store(dst + 124, afv_neon_load_bf16(src + 124));
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_NEON int afk_bf16_dk192_dv128_neon_v_finite(const float *const *vp, int32_t n)
{
    const afv_neon z = afv_neon_zero();
    afv_neon c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        c0 = afv_neon_fma(afv_neon_load(v + 0), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 4), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 8), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 12), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 16), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 20), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 24), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 28), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 32), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 36), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 40), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 44), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 48), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 52), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 56), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 60), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 64), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 68), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 72), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 76), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 80), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 84), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 88), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 92), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 96), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 100), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 104), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 108), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 112), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 116), z, c1);
        c0 = afv_neon_fma(afv_neon_load(v + 120), z, c0);
        c1 = afv_neon_fma(afv_neon_load(v + 124), z, c1);
    }
    return afv_neon_hsum(afv_neon_add(c0, c1)) == 0.0f;
}

/* The block's mask for a prefill chunk's transposed score tile (st[k * rs +
 * row], rows in lanes; nr rows, n keys from jb), transposed like st into mt;
 * returns 0 without writing mt when the mask is zero on every row's visible
 * keys (llama.cpp's mask, away from the diagonal) or absent. lo, hi: each
 * row's visible keys relative to jb. */
static AF_TARGET_NEON int afk_bf16_dk192_dv128_neon_pre_mask(const af_call *c, const afp_neon_bf16_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                  int32_t n, float *mt, const float *lo, const float *hi)
{
    const int32_t nv = (nr + 3) / 4;
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
                float row[4];
                for (; k + 4 <= n; k += 4) {
                    afv_neon_store(row, afv_neon_mul(afv_neon_load_f16(mr + k), afv_neon_set1(ms)));
                    for (int32_t x = 0; x < 4; x++) dst[(k + x) * rs] = row[x];
                }
            }
            for (; k < n; k++) dst[k * rs] = ms * af_f16_to_f32(mr[k * c->m_sj]);
        } else {
            const float *mr = (const float *)rw[r].mask + jb * c->m_sj;
            for (int32_t k = 0; k < n; k++) dst[k * rs] = ms * mr[k * c->m_sj];
        }
    }
    for (int32_t k = 0; k < n; k++)
        for (int32_t r = nr; r < nv * 4; r++) mt[k * rs + r] = 0.0f;
    return 1;
}

/* The block softmax of a prefill chunk's transposed score tile: its mask
 * (afk_bf16_dk192_dv128_neon_pre_mask), then afp_neon_bf16_softmax_lanes per vector of 4 rows. Per row
 * (arrays padded to whole vectors): lo, hi = visible keys relative to jb,
 * dist and nsl (ALiBi), ml and ll (running max and sum), alpha (out).
 * Returns 1 when a row excludes a key of the block. */
static AF_TARGET_NEON int afk_bf16_dk192_dv128_neon_pre_softmax(const af_call *c, const afp_neon_bf16_row *rw, int32_t nr, int32_t rs, int64_t jb,
                                     int32_t n, float *st, float *mt, const float *lo, const float *hi,
                                     const float *dist, const float *nsl, float *ml, float *ll, float *alpha)
{
    const int32_t nv = (nr + 3) / 4;
    const int alibi = c->slopes != NULL;
    const int mblk = afk_bf16_dk192_dv128_neon_pre_mask(c, rw, nr, rs, jb, n, mt, lo, hi);
    int partial = 0;
    for (int32_t u = 0; u < nv; u++) {
        const int32_t o = u * 4;
        partial |= afp_neon_bf16_softmax_lanes(c, st + o, rs, mblk ? mt + o : NULL, n, lo + o, hi + o, dist + o, nsl + o,
                                     alibi, ml + o, ll + o, alpha + o, nr - o < 4 ? nr - o : 4);
    }
    return partial;
}

/* One K row (is_v = 0: Dk = 192 elements) or V row (Dv = 128) of
 * bf16 storage widened to f32 by the very code the kernels pack their
 * blocks with (afk_bf16_dk192_dv128_neon_pack_k / afk_bf16_dk192_dv128_neon_pack_v); sc is the KV head's scale of a
 * scaled format (ignored otherwise). runtime/plan.c's per-call packing uses
 * it to give a long prefill f32 rows that the f32 kernels read in place. */
AF_TARGET_NEON void attnforge_bf16_dk192_dv128_widen__neon(float *dst, const void *src, int is_v, float sc)
{
    if (is_v)
        afk_bf16_dk192_dv128_neon_pack_v(dst, (const uint16_t *)src, sc);
    else
        afk_bf16_dk192_dv128_neon_pack_k(dst, (const uint16_t *)src, sc);
}

/* The prefetch cursor of one key block (see decode.c.in): line[cur .. tot)
 * are still to be issued; each issue point owes step / 65536 more lines. */
typedef struct afk_bf16_dk192_dv128_neon_pf {
    const char *line[200];
    int32_t cur, tot;
    uint32_t acc, step;
} afk_bf16_dk192_dv128_neon_pf;

/* P*V row blocks for r rows, in emit_pv_stage's order. */
static inline AF_TARGET_NEON int32_t afk_bf16_dk192_dv128_neon_pv_blocks(int32_t r)
{
    int32_t b = 0;
    b += r / 2; r %= 2;
    return b + r;
}

/* The rate: the cursor's tot lines over the issue points of a block of n
 * keys (np padded) for nr rows: its packed K and V rows, its QK^T calls
 * (PF_QK each) and one per key of each P*V pass. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pf_rate(afk_bf16_dk192_dv128_neon_pf *p, int32_t nr, int32_t n, int32_t np)
{
    const int64_t pts = 2 * (int64_t)n + (int64_t)nr * np * 192 / 128 + (int64_t)8 * afk_bf16_dk192_dv128_neon_pv_blocks(nr) * n;
    p->acc = 0;
    p->step = (uint32_t)((((int64_t)p->tot << 16) + pts - 1) / pts);
}

/* Issue what the cursor owes after m more points (nothing past its end). */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pf_issue(afk_bf16_dk192_dv128_neon_pf *p, int m)
{
    p->acc += (uint32_t)m * p->step;
    int32_t owed = (int32_t)(p->acc >> 16);
    if (owed > p->tot) owed = p->tot;
    while (p->cur < owed) __builtin_prefetch(p->line[p->cur++], 0, 2); /* prefetcht1 */
}

/* QK^T register block: 1 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_qk(const float *q0, const float *const *kp, float *s0)
{
    afv_neon a0_0 = afv_neon_zero(), a0_1 = afv_neon_zero(), a0_2 = afv_neon_zero(), a0_3 = afv_neon_zero();
    afv_neon x0, y;
    x0 = afv_neon_load(q0 + 0);
    y = afv_neon_load(kp[0] + 0); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 0); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 0); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 0); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 4);
    y = afv_neon_load(kp[0] + 4); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 4); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 4); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 4); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 8);
    y = afv_neon_load(kp[0] + 8); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 8); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 8); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 8); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 12);
    y = afv_neon_load(kp[0] + 12); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 12); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 12); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 12); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 16);
    y = afv_neon_load(kp[0] + 16); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 16); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 16); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 16); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 20);
    y = afv_neon_load(kp[0] + 20); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 20); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 20); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 20); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 24);
    y = afv_neon_load(kp[0] + 24); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 24); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 24); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 24); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 28);
    y = afv_neon_load(kp[0] + 28); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 28); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 28); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 28); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 32);
    y = afv_neon_load(kp[0] + 32); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 32); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 32); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 32); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 36);
    y = afv_neon_load(kp[0] + 36); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 36); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 36); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 36); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 40);
    y = afv_neon_load(kp[0] + 40); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 40); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 40); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 40); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 44);
    y = afv_neon_load(kp[0] + 44); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 44); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 44); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 44); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 48);
    y = afv_neon_load(kp[0] + 48); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 48); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 48); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 48); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 52);
    y = afv_neon_load(kp[0] + 52); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 52); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 52); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 52); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 56);
    y = afv_neon_load(kp[0] + 56); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 56); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 56); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 56); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 60);
    y = afv_neon_load(kp[0] + 60); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 60); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 60); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 60); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 64);
    y = afv_neon_load(kp[0] + 64); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 64); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 64); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 64); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 68);
    y = afv_neon_load(kp[0] + 68); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 68); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 68); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 68); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 72);
    y = afv_neon_load(kp[0] + 72); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 72); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 72); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 72); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 76);
    y = afv_neon_load(kp[0] + 76); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 76); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 76); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 76); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 80);
    y = afv_neon_load(kp[0] + 80); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 80); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 80); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 80); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 84);
    y = afv_neon_load(kp[0] + 84); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 84); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 84); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 84); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 88);
    y = afv_neon_load(kp[0] + 88); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 88); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 88); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 88); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 92);
    y = afv_neon_load(kp[0] + 92); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 92); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 92); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 92); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 96);
    y = afv_neon_load(kp[0] + 96); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 96); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 96); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 96); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 100);
    y = afv_neon_load(kp[0] + 100); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 100); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 100); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 100); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 104);
    y = afv_neon_load(kp[0] + 104); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 104); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 104); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 104); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 108);
    y = afv_neon_load(kp[0] + 108); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 108); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 108); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 108); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 112);
    y = afv_neon_load(kp[0] + 112); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 112); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 112); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 112); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 116);
    y = afv_neon_load(kp[0] + 116); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 116); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 116); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 116); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 120);
    y = afv_neon_load(kp[0] + 120); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 120); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 120); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 120); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 124);
    y = afv_neon_load(kp[0] + 124); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 124); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 124); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 124); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 128);
    y = afv_neon_load(kp[0] + 128); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 128); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 128); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 128); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 132);
    y = afv_neon_load(kp[0] + 132); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 132); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 132); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 132); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 136);
    y = afv_neon_load(kp[0] + 136); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 136); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 136); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 136); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 140);
    y = afv_neon_load(kp[0] + 140); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 140); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 140); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 140); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 144);
    y = afv_neon_load(kp[0] + 144); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 144); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 144); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 144); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 148);
    y = afv_neon_load(kp[0] + 148); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 148); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 148); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 148); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 152);
    y = afv_neon_load(kp[0] + 152); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 152); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 152); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 152); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 156);
    y = afv_neon_load(kp[0] + 156); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 156); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 156); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 156); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 160);
    y = afv_neon_load(kp[0] + 160); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 160); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 160); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 160); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 164);
    y = afv_neon_load(kp[0] + 164); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 164); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 164); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 164); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 168);
    y = afv_neon_load(kp[0] + 168); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 168); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 168); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 168); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 172);
    y = afv_neon_load(kp[0] + 172); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 172); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 172); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 172); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 176);
    y = afv_neon_load(kp[0] + 176); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 176); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 176); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 176); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 180);
    y = afv_neon_load(kp[0] + 180); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 180); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 180); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 180); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 184);
    y = afv_neon_load(kp[0] + 184); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 184); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 184); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 184); a0_3 = afv_neon_fma(x0, y, a0_3);
    x0 = afv_neon_load(q0 + 188);
    y = afv_neon_load(kp[0] + 188); a0_0 = afv_neon_fma(x0, y, a0_0);
    y = afv_neon_load(kp[1] + 188); a0_1 = afv_neon_fma(x0, y, a0_1);
    y = afv_neon_load(kp[2] + 188); a0_2 = afv_neon_fma(x0, y, a0_2);
    y = afv_neon_load(kp[3] + 188); a0_3 = afv_neon_fma(x0, y, a0_3);
    const afv_neon red = afv_neon_reduce4(a0_0, a0_1, a0_2, a0_3);
    afv_neon_store(s0, red);
}

/* QK^T register block: 2 row(s) x 2 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_qk2(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_neon a0_0 = afv_neon_zero(), a0_1 = afv_neon_zero();
    afv_neon a1_0 = afv_neon_zero(), a1_1 = afv_neon_zero();
    afv_neon x0, x1, y;
    x0 = afv_neon_load(q0 + 0); x1 = afv_neon_load(q1 + 0);
    y = afv_neon_load(kp[0] + 0); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 0); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 4); x1 = afv_neon_load(q1 + 4);
    y = afv_neon_load(kp[0] + 4); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 4); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 8); x1 = afv_neon_load(q1 + 8);
    y = afv_neon_load(kp[0] + 8); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 8); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 12); x1 = afv_neon_load(q1 + 12);
    y = afv_neon_load(kp[0] + 12); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 12); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 16); x1 = afv_neon_load(q1 + 16);
    y = afv_neon_load(kp[0] + 16); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 16); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 20); x1 = afv_neon_load(q1 + 20);
    y = afv_neon_load(kp[0] + 20); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 20); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 24); x1 = afv_neon_load(q1 + 24);
    y = afv_neon_load(kp[0] + 24); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 24); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 28); x1 = afv_neon_load(q1 + 28);
    y = afv_neon_load(kp[0] + 28); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 28); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 32); x1 = afv_neon_load(q1 + 32);
    y = afv_neon_load(kp[0] + 32); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 32); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 36); x1 = afv_neon_load(q1 + 36);
    y = afv_neon_load(kp[0] + 36); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 36); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 40); x1 = afv_neon_load(q1 + 40);
    y = afv_neon_load(kp[0] + 40); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 40); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 44); x1 = afv_neon_load(q1 + 44);
    y = afv_neon_load(kp[0] + 44); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 44); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 48); x1 = afv_neon_load(q1 + 48);
    y = afv_neon_load(kp[0] + 48); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 48); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 52); x1 = afv_neon_load(q1 + 52);
    y = afv_neon_load(kp[0] + 52); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 52); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 56); x1 = afv_neon_load(q1 + 56);
    y = afv_neon_load(kp[0] + 56); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 56); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 60); x1 = afv_neon_load(q1 + 60);
    y = afv_neon_load(kp[0] + 60); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 60); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 64); x1 = afv_neon_load(q1 + 64);
    y = afv_neon_load(kp[0] + 64); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 64); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 68); x1 = afv_neon_load(q1 + 68);
    y = afv_neon_load(kp[0] + 68); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 68); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 72); x1 = afv_neon_load(q1 + 72);
    y = afv_neon_load(kp[0] + 72); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 72); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 76); x1 = afv_neon_load(q1 + 76);
    y = afv_neon_load(kp[0] + 76); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 76); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 80); x1 = afv_neon_load(q1 + 80);
    y = afv_neon_load(kp[0] + 80); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 80); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 84); x1 = afv_neon_load(q1 + 84);
    y = afv_neon_load(kp[0] + 84); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 84); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 88); x1 = afv_neon_load(q1 + 88);
    y = afv_neon_load(kp[0] + 88); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 88); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 92); x1 = afv_neon_load(q1 + 92);
    y = afv_neon_load(kp[0] + 92); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 92); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 96); x1 = afv_neon_load(q1 + 96);
    y = afv_neon_load(kp[0] + 96); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 96); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 100); x1 = afv_neon_load(q1 + 100);
    y = afv_neon_load(kp[0] + 100); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 100); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 104); x1 = afv_neon_load(q1 + 104);
    y = afv_neon_load(kp[0] + 104); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 104); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 108); x1 = afv_neon_load(q1 + 108);
    y = afv_neon_load(kp[0] + 108); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 108); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 112); x1 = afv_neon_load(q1 + 112);
    y = afv_neon_load(kp[0] + 112); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 112); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 116); x1 = afv_neon_load(q1 + 116);
    y = afv_neon_load(kp[0] + 116); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 116); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 120); x1 = afv_neon_load(q1 + 120);
    y = afv_neon_load(kp[0] + 120); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 120); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 124); x1 = afv_neon_load(q1 + 124);
    y = afv_neon_load(kp[0] + 124); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 124); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 128); x1 = afv_neon_load(q1 + 128);
    y = afv_neon_load(kp[0] + 128); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 128); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 132); x1 = afv_neon_load(q1 + 132);
    y = afv_neon_load(kp[0] + 132); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 132); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 136); x1 = afv_neon_load(q1 + 136);
    y = afv_neon_load(kp[0] + 136); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 136); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 140); x1 = afv_neon_load(q1 + 140);
    y = afv_neon_load(kp[0] + 140); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 140); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 144); x1 = afv_neon_load(q1 + 144);
    y = afv_neon_load(kp[0] + 144); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 144); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 148); x1 = afv_neon_load(q1 + 148);
    y = afv_neon_load(kp[0] + 148); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 148); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 152); x1 = afv_neon_load(q1 + 152);
    y = afv_neon_load(kp[0] + 152); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 152); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 156); x1 = afv_neon_load(q1 + 156);
    y = afv_neon_load(kp[0] + 156); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 156); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 160); x1 = afv_neon_load(q1 + 160);
    y = afv_neon_load(kp[0] + 160); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 160); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 164); x1 = afv_neon_load(q1 + 164);
    y = afv_neon_load(kp[0] + 164); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 164); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 168); x1 = afv_neon_load(q1 + 168);
    y = afv_neon_load(kp[0] + 168); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 168); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 172); x1 = afv_neon_load(q1 + 172);
    y = afv_neon_load(kp[0] + 172); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 172); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 176); x1 = afv_neon_load(q1 + 176);
    y = afv_neon_load(kp[0] + 176); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 176); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 180); x1 = afv_neon_load(q1 + 180);
    y = afv_neon_load(kp[0] + 180); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 180); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 184); x1 = afv_neon_load(q1 + 184);
    y = afv_neon_load(kp[0] + 184); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 184); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    x0 = afv_neon_load(q0 + 188); x1 = afv_neon_load(q1 + 188);
    y = afv_neon_load(kp[0] + 188); a0_0 = afv_neon_fma(x0, y, a0_0); a1_0 = afv_neon_fma(x1, y, a1_0);
    y = afv_neon_load(kp[1] + 188); a0_1 = afv_neon_fma(x0, y, a0_1); a1_1 = afv_neon_fma(x1, y, a1_1);
    const afv_neon red = afv_neon_reduce4(a0_0, a0_1, a1_0, a1_1);
    vst1_f32(s0, vget_low_f32(red));
    vst1_f32(s1, vget_high_f32(red));
}

/* P*V register block: 2 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_pv2(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_neon al1 = afv_neon_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 0), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 4), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 8), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 12), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
        afv_neon_store(acc1 + 0, c1_0); afv_neon_store(acc1 + 4, c1_1); afv_neon_store(acc1 + 8, c1_2); afv_neon_store(acc1 + 12, c1_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 16), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 20), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 24), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 28), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
        afv_neon_store(acc1 + 16, c1_0); afv_neon_store(acc1 + 20, c1_1); afv_neon_store(acc1 + 24, c1_2); afv_neon_store(acc1 + 28, c1_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 32), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 36), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 40), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 44), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
        afv_neon_store(acc1 + 32, c1_0); afv_neon_store(acc1 + 36, c1_1); afv_neon_store(acc1 + 40, c1_2); afv_neon_store(acc1 + 44, c1_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 48), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 52), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 56), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 60), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
        afv_neon_store(acc1 + 48, c1_0); afv_neon_store(acc1 + 52, c1_1); afv_neon_store(acc1 + 56, c1_2); afv_neon_store(acc1 + 60, c1_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 64), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 68), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 72), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 76), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
        afv_neon_store(acc1 + 64, c1_0); afv_neon_store(acc1 + 68, c1_1); afv_neon_store(acc1 + 72, c1_2); afv_neon_store(acc1 + 76, c1_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 80), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 84), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 88), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 92), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
        afv_neon_store(acc1 + 80, c1_0); afv_neon_store(acc1 + 84, c1_1); afv_neon_store(acc1 + 88, c1_2); afv_neon_store(acc1 + 92, c1_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 96), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 100), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 104), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 108), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
        afv_neon_store(acc1 + 96, c1_0); afv_neon_store(acc1 + 100, c1_1); afv_neon_store(acc1 + 104, c1_2); afv_neon_store(acc1 + 108, c1_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 112), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 116), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 120), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 124), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
        afv_neon_store(acc1 + 112, c1_0); afv_neon_store(acc1 + 116, c1_1); afv_neon_store(acc1 + 120, c1_2); afv_neon_store(acc1 + 124, c1_3);
    }
}

/* P*V register block: 2 row(s) x 16 columns of Dv = 128 per pass, one prefetch per key. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_pv2_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_neon_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_neon al1 = afv_neon_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 0), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 4), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 8), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 12), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
        afv_neon_store(acc1 + 0, c1_0); afv_neon_store(acc1 + 4, c1_1); afv_neon_store(acc1 + 8, c1_2); afv_neon_store(acc1 + 12, c1_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 16), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 20), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 24), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 28), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
        afv_neon_store(acc1 + 16, c1_0); afv_neon_store(acc1 + 20, c1_1); afv_neon_store(acc1 + 24, c1_2); afv_neon_store(acc1 + 28, c1_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 32), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 36), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 40), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 44), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
        afv_neon_store(acc1 + 32, c1_0); afv_neon_store(acc1 + 36, c1_1); afv_neon_store(acc1 + 40, c1_2); afv_neon_store(acc1 + 44, c1_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 48), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 52), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 56), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 60), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
        afv_neon_store(acc1 + 48, c1_0); afv_neon_store(acc1 + 52, c1_1); afv_neon_store(acc1 + 56, c1_2); afv_neon_store(acc1 + 60, c1_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 64), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 68), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 72), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 76), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
        afv_neon_store(acc1 + 64, c1_0); afv_neon_store(acc1 + 68, c1_1); afv_neon_store(acc1 + 72, c1_2); afv_neon_store(acc1 + 76, c1_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 80), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 84), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 88), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 92), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
        afv_neon_store(acc1 + 80, c1_0); afv_neon_store(acc1 + 84, c1_1); afv_neon_store(acc1 + 88, c1_2); afv_neon_store(acc1 + 92, c1_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 96), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 100), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 104), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 108), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
        afv_neon_store(acc1 + 96, c1_0); afv_neon_store(acc1 + 100, c1_1); afv_neon_store(acc1 + 104, c1_2); afv_neon_store(acc1 + 108, c1_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 112), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 116), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 120), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 124), al1);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(p1[k]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
        afv_neon_store(acc1 + 112, c1_0); afv_neon_store(acc1 + 116, c1_1); afv_neon_store(acc1 + 120, c1_2); afv_neon_store(acc1 + 124, c1_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 128 per pass, one prefetch per key. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_pv1_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_neon_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
    }
}

/* P*V register block: 1 row(s) x 16 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped, one prefetch per key. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_pv1g_pf(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n, afk_bf16_dk192_dv128_neon_pf *pf)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            afk_bf16_dk192_dv128_neon_pf_issue(pf, 1);
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(p0[k]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
    }
}

/* Block softmax of 1 row(s) over a full block of 20 keys (see decode.c.in). */
static inline AF_TARGET_NEON int afk_bf16_dk192_dv128_neon_dec_sm1(afp_neon_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_neon vscale, afv_neon vcap, int alibi, int *partial)
{
    const afv_neon ninf = afv_neon_set1(-INFINITY), zero = afv_neon_zero();
    afv_neon x0_0, x0_1, x0_2, x0_3, x0_4, mx0 = ninf, ng0 = ninf;
    x0_0 = afv_neon_mul(afv_neon_load(s + 0), vscale);
    if (cap) { x0_0 = afp_neon_bf16_apply_softcap(x0_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 0 - rw[0].pos)), afv_neon_iota())), x0_0);
    }
    mx0 = afv_neon_max(mx0, x0_0); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_0));
    x0_1 = afv_neon_mul(afv_neon_load(s + 4), vscale);
    if (cap) { x0_1 = afp_neon_bf16_apply_softcap(x0_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 4 - rw[0].pos)), afv_neon_iota())), x0_1);
    }
    mx0 = afv_neon_max(mx0, x0_1); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_1));
    x0_2 = afv_neon_mul(afv_neon_load(s + 8), vscale);
    if (cap) { x0_2 = afp_neon_bf16_apply_softcap(x0_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 8 - rw[0].pos)), afv_neon_iota())), x0_2);
    }
    mx0 = afv_neon_max(mx0, x0_2); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_2));
    x0_3 = afv_neon_mul(afv_neon_load(s + 12), vscale);
    if (cap) { x0_3 = afp_neon_bf16_apply_softcap(x0_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 12 - rw[0].pos)), afv_neon_iota())), x0_3);
    }
    mx0 = afv_neon_max(mx0, x0_3); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_3));
    x0_4 = afv_neon_mul(afv_neon_load(s + 16), vscale);
    if (cap) { x0_4 = afp_neon_bf16_apply_softcap(x0_4, vcap, cap); }
    if (alibi) {
        x0_4 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 16 - rw[0].pos)), afv_neon_iota())), x0_4);
    }
    mx0 = afv_neon_max(mx0, x0_4); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_4));
    const float mb0 = afv_neon_hmax(mx0);
    if (mb0 == -INFINITY) return 0;
    if (afv_neon_hmax(ng0) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_neon vm0 = afv_neon_set1(mn0);
    afv_neon sum0 = zero;
    alpha[0] = afv_neon_first(afv_neon_exp(afv_neon_set1(mo0 - mn0)));
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_0, vm0)), x0_0); afv_neon_store(s + 0, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_1, vm0)), x0_1); afv_neon_store(s + 4, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_2, vm0)), x0_2); afv_neon_store(s + 8, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_3, vm0)), x0_3); afv_neon_store(s + 12, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_4, vm0)), x0_4); afv_neon_store(s + 16, p); sum0 = afv_neon_add(sum0, p); }
    {
        const float ps = afv_neon_hsum(sum0);
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
static inline AF_TARGET_NEON int afk_bf16_dk192_dv128_neon_dec_sm2(afp_neon_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_neon vscale, afv_neon vcap, int alibi, int *partial)
{
    const afv_neon ninf = afv_neon_set1(-INFINITY), zero = afv_neon_zero();
    afv_neon x0_0, x0_1, x0_2, x0_3, x0_4, mx0 = ninf, ng0 = ninf;
    afv_neon x1_0, x1_1, x1_2, x1_3, x1_4, mx1 = ninf, ng1 = ninf;
    x0_0 = afv_neon_mul(afv_neon_load(s + 0), vscale); x1_0 = afv_neon_mul(afv_neon_load(s + 20), vscale);
    if (cap) { x0_0 = afp_neon_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_neon_bf16_apply_softcap(x1_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 0 - rw[0].pos)), afv_neon_iota())), x0_0);
        x1_0 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 0 - rw[1].pos)), afv_neon_iota())), x1_0);
    }
    mx0 = afv_neon_max(mx0, x0_0); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_0)); mx1 = afv_neon_max(mx1, x1_0); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_0));
    x0_1 = afv_neon_mul(afv_neon_load(s + 4), vscale); x1_1 = afv_neon_mul(afv_neon_load(s + 24), vscale);
    if (cap) { x0_1 = afp_neon_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_neon_bf16_apply_softcap(x1_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 4 - rw[0].pos)), afv_neon_iota())), x0_1);
        x1_1 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 4 - rw[1].pos)), afv_neon_iota())), x1_1);
    }
    mx0 = afv_neon_max(mx0, x0_1); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_1)); mx1 = afv_neon_max(mx1, x1_1); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_1));
    x0_2 = afv_neon_mul(afv_neon_load(s + 8), vscale); x1_2 = afv_neon_mul(afv_neon_load(s + 28), vscale);
    if (cap) { x0_2 = afp_neon_bf16_apply_softcap(x0_2, vcap, cap); x1_2 = afp_neon_bf16_apply_softcap(x1_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 8 - rw[0].pos)), afv_neon_iota())), x0_2);
        x1_2 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 8 - rw[1].pos)), afv_neon_iota())), x1_2);
    }
    mx0 = afv_neon_max(mx0, x0_2); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_2)); mx1 = afv_neon_max(mx1, x1_2); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_2));
    x0_3 = afv_neon_mul(afv_neon_load(s + 12), vscale); x1_3 = afv_neon_mul(afv_neon_load(s + 32), vscale);
    if (cap) { x0_3 = afp_neon_bf16_apply_softcap(x0_3, vcap, cap); x1_3 = afp_neon_bf16_apply_softcap(x1_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 12 - rw[0].pos)), afv_neon_iota())), x0_3);
        x1_3 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 12 - rw[1].pos)), afv_neon_iota())), x1_3);
    }
    mx0 = afv_neon_max(mx0, x0_3); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_3)); mx1 = afv_neon_max(mx1, x1_3); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_3));
    x0_4 = afv_neon_mul(afv_neon_load(s + 16), vscale); x1_4 = afv_neon_mul(afv_neon_load(s + 36), vscale);
    if (cap) { x0_4 = afp_neon_bf16_apply_softcap(x0_4, vcap, cap); x1_4 = afp_neon_bf16_apply_softcap(x1_4, vcap, cap); }
    if (alibi) {
        x0_4 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 16 - rw[0].pos)), afv_neon_iota())), x0_4);
        x1_4 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 16 - rw[1].pos)), afv_neon_iota())), x1_4);
    }
    mx0 = afv_neon_max(mx0, x0_4); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_4)); mx1 = afv_neon_max(mx1, x1_4); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_4));
    const float mb0 = afv_neon_hmax(mx0); const float mb1 = afv_neon_hmax(mx1);
    if (mb0 == -INFINITY || mb1 == -INFINITY) return 0;
    if (afv_neon_hmax(ng0) == INFINITY || afv_neon_hmax(ng1) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_neon vm0 = afv_neon_set1(mn0);
    afv_neon sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_neon vm1 = afv_neon_set1(mn1);
    afv_neon sum1 = zero;
    alpha[0] = afv_neon_first(afv_neon_exp(afv_neon_set1(mo0 - mn0))); alpha[1] = afv_neon_first(afv_neon_exp(afv_neon_set1(mo1 - mn1)));
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_0, vm0)), x0_0); afv_neon_store(s + 0, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_0, vm1)), x1_0); afv_neon_store(s + 20, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_1, vm0)), x0_1); afv_neon_store(s + 4, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_1, vm1)), x1_1); afv_neon_store(s + 24, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_2, vm0)), x0_2); afv_neon_store(s + 8, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_2, vm1)), x1_2); afv_neon_store(s + 28, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_3, vm0)), x0_3); afv_neon_store(s + 12, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_3, vm1)), x1_3); afv_neon_store(s + 32, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_4, vm0)), x0_4); afv_neon_store(s + 16, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_4, vm1)), x1_4); afv_neon_store(s + 36, p); sum1 = afv_neon_add(sum1, p); }
    {
        const float ps = afv_neon_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_neon_hsum(sum1);
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
static inline AF_TARGET_NEON int afk_bf16_dk192_dv128_neon_dec_sm3(afp_neon_bf16_row *rw, float *s, float *alpha, int64_t jb,
                                     int cap, afv_neon vscale, afv_neon vcap, int alibi, int *partial)
{
    const afv_neon ninf = afv_neon_set1(-INFINITY), zero = afv_neon_zero();
    afv_neon x0_0, x0_1, x0_2, x0_3, x0_4, mx0 = ninf, ng0 = ninf;
    afv_neon x1_0, x1_1, x1_2, x1_3, x1_4, mx1 = ninf, ng1 = ninf;
    afv_neon x2_0, x2_1, x2_2, x2_3, x2_4, mx2 = ninf, ng2 = ninf;
    x0_0 = afv_neon_mul(afv_neon_load(s + 0), vscale); x1_0 = afv_neon_mul(afv_neon_load(s + 20), vscale); x2_0 = afv_neon_mul(afv_neon_load(s + 40), vscale);
    if (cap) { x0_0 = afp_neon_bf16_apply_softcap(x0_0, vcap, cap); x1_0 = afp_neon_bf16_apply_softcap(x1_0, vcap, cap); x2_0 = afp_neon_bf16_apply_softcap(x2_0, vcap, cap); }
    if (alibi) {
        x0_0 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 0 - rw[0].pos)), afv_neon_iota())), x0_0);
        x1_0 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 0 - rw[1].pos)), afv_neon_iota())), x1_0);
        x2_0 = afv_neon_fma(afv_neon_set1(-rw[2].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 0 - rw[2].pos)), afv_neon_iota())), x2_0);
    }
    mx0 = afv_neon_max(mx0, x0_0); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_0)); mx1 = afv_neon_max(mx1, x1_0); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_0)); mx2 = afv_neon_max(mx2, x2_0); ng2 = afv_neon_max(ng2, afv_neon_sub(zero, x2_0));
    x0_1 = afv_neon_mul(afv_neon_load(s + 4), vscale); x1_1 = afv_neon_mul(afv_neon_load(s + 24), vscale); x2_1 = afv_neon_mul(afv_neon_load(s + 44), vscale);
    if (cap) { x0_1 = afp_neon_bf16_apply_softcap(x0_1, vcap, cap); x1_1 = afp_neon_bf16_apply_softcap(x1_1, vcap, cap); x2_1 = afp_neon_bf16_apply_softcap(x2_1, vcap, cap); }
    if (alibi) {
        x0_1 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 4 - rw[0].pos)), afv_neon_iota())), x0_1);
        x1_1 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 4 - rw[1].pos)), afv_neon_iota())), x1_1);
        x2_1 = afv_neon_fma(afv_neon_set1(-rw[2].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 4 - rw[2].pos)), afv_neon_iota())), x2_1);
    }
    mx0 = afv_neon_max(mx0, x0_1); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_1)); mx1 = afv_neon_max(mx1, x1_1); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_1)); mx2 = afv_neon_max(mx2, x2_1); ng2 = afv_neon_max(ng2, afv_neon_sub(zero, x2_1));
    x0_2 = afv_neon_mul(afv_neon_load(s + 8), vscale); x1_2 = afv_neon_mul(afv_neon_load(s + 28), vscale); x2_2 = afv_neon_mul(afv_neon_load(s + 48), vscale);
    if (cap) { x0_2 = afp_neon_bf16_apply_softcap(x0_2, vcap, cap); x1_2 = afp_neon_bf16_apply_softcap(x1_2, vcap, cap); x2_2 = afp_neon_bf16_apply_softcap(x2_2, vcap, cap); }
    if (alibi) {
        x0_2 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 8 - rw[0].pos)), afv_neon_iota())), x0_2);
        x1_2 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 8 - rw[1].pos)), afv_neon_iota())), x1_2);
        x2_2 = afv_neon_fma(afv_neon_set1(-rw[2].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 8 - rw[2].pos)), afv_neon_iota())), x2_2);
    }
    mx0 = afv_neon_max(mx0, x0_2); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_2)); mx1 = afv_neon_max(mx1, x1_2); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_2)); mx2 = afv_neon_max(mx2, x2_2); ng2 = afv_neon_max(ng2, afv_neon_sub(zero, x2_2));
    x0_3 = afv_neon_mul(afv_neon_load(s + 12), vscale); x1_3 = afv_neon_mul(afv_neon_load(s + 32), vscale); x2_3 = afv_neon_mul(afv_neon_load(s + 52), vscale);
    if (cap) { x0_3 = afp_neon_bf16_apply_softcap(x0_3, vcap, cap); x1_3 = afp_neon_bf16_apply_softcap(x1_3, vcap, cap); x2_3 = afp_neon_bf16_apply_softcap(x2_3, vcap, cap); }
    if (alibi) {
        x0_3 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 12 - rw[0].pos)), afv_neon_iota())), x0_3);
        x1_3 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 12 - rw[1].pos)), afv_neon_iota())), x1_3);
        x2_3 = afv_neon_fma(afv_neon_set1(-rw[2].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 12 - rw[2].pos)), afv_neon_iota())), x2_3);
    }
    mx0 = afv_neon_max(mx0, x0_3); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_3)); mx1 = afv_neon_max(mx1, x1_3); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_3)); mx2 = afv_neon_max(mx2, x2_3); ng2 = afv_neon_max(ng2, afv_neon_sub(zero, x2_3));
    x0_4 = afv_neon_mul(afv_neon_load(s + 16), vscale); x1_4 = afv_neon_mul(afv_neon_load(s + 36), vscale); x2_4 = afv_neon_mul(afv_neon_load(s + 56), vscale);
    if (cap) { x0_4 = afp_neon_bf16_apply_softcap(x0_4, vcap, cap); x1_4 = afp_neon_bf16_apply_softcap(x1_4, vcap, cap); x2_4 = afp_neon_bf16_apply_softcap(x2_4, vcap, cap); }
    if (alibi) {
        x0_4 = afv_neon_fma(afv_neon_set1(-rw[0].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 16 - rw[0].pos)), afv_neon_iota())), x0_4);
        x1_4 = afv_neon_fma(afv_neon_set1(-rw[1].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 16 - rw[1].pos)), afv_neon_iota())), x1_4);
        x2_4 = afv_neon_fma(afv_neon_set1(-rw[2].slope), afv_neon_abs(afv_neon_add(afv_neon_set1((float)(jb + 16 - rw[2].pos)), afv_neon_iota())), x2_4);
    }
    mx0 = afv_neon_max(mx0, x0_4); ng0 = afv_neon_max(ng0, afv_neon_sub(zero, x0_4)); mx1 = afv_neon_max(mx1, x1_4); ng1 = afv_neon_max(ng1, afv_neon_sub(zero, x1_4)); mx2 = afv_neon_max(mx2, x2_4); ng2 = afv_neon_max(ng2, afv_neon_sub(zero, x2_4));
    const float mb0 = afv_neon_hmax(mx0); const float mb1 = afv_neon_hmax(mx1); const float mb2 = afv_neon_hmax(mx2);
    if (mb0 == -INFINITY || mb1 == -INFINITY || mb2 == -INFINITY) return 0;
    if (afv_neon_hmax(ng0) == INFINITY || afv_neon_hmax(ng1) == INFINITY || afv_neon_hmax(ng2) == INFINITY) *partial = 1;
    const float mo0 = *rw[0].m, mn0 = mb0 > mo0 ? mb0 : mo0;
    const afv_neon vm0 = afv_neon_set1(mn0);
    afv_neon sum0 = zero;
    const float mo1 = *rw[1].m, mn1 = mb1 > mo1 ? mb1 : mo1;
    const afv_neon vm1 = afv_neon_set1(mn1);
    afv_neon sum1 = zero;
    const float mo2 = *rw[2].m, mn2 = mb2 > mo2 ? mb2 : mo2;
    const afv_neon vm2 = afv_neon_set1(mn2);
    afv_neon sum2 = zero;
    alpha[0] = afv_neon_first(afv_neon_exp(afv_neon_set1(mo0 - mn0))); alpha[1] = afv_neon_first(afv_neon_exp(afv_neon_set1(mo1 - mn1))); alpha[2] = afv_neon_first(afv_neon_exp(afv_neon_set1(mo2 - mn2)));
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_0, vm0)), x0_0); afv_neon_store(s + 0, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_0, vm1)), x1_0); afv_neon_store(s + 20, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x2_0, vm2)), x2_0); afv_neon_store(s + 40, p); sum2 = afv_neon_add(sum2, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_1, vm0)), x0_1); afv_neon_store(s + 4, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_1, vm1)), x1_1); afv_neon_store(s + 24, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x2_1, vm2)), x2_1); afv_neon_store(s + 44, p); sum2 = afv_neon_add(sum2, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_2, vm0)), x0_2); afv_neon_store(s + 8, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_2, vm1)), x1_2); afv_neon_store(s + 28, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x2_2, vm2)), x2_2); afv_neon_store(s + 48, p); sum2 = afv_neon_add(sum2, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_3, vm0)), x0_3); afv_neon_store(s + 12, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_3, vm1)), x1_3); afv_neon_store(s + 32, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x2_3, vm2)), x2_3); afv_neon_store(s + 52, p); sum2 = afv_neon_add(sum2, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x0_4, vm0)), x0_4); afv_neon_store(s + 16, p); sum0 = afv_neon_add(sum0, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x1_4, vm1)), x1_4); afv_neon_store(s + 36, p); sum1 = afv_neon_add(sum1, p); }
    { const afv_neon p = afv_neon_excl(afv_neon_expn(afv_neon_sub(x2_4, vm2)), x2_4); afv_neon_store(s + 56, p); sum2 = afv_neon_add(sum2, p); }
    {
        const float ps = afv_neon_hsum(sum0);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[0].m = *rw[0].l = NAN;
        } else {
            *rw[0].l = *rw[0].l * alpha[0] + ps;
            *rw[0].m = mn0;
        }
    }
    {
        const float ps = afv_neon_hsum(sum1);
        if (ps != ps) { /* a NaN score, or an inf one: exp(inf - inf) */
            *rw[1].m = *rw[1].l = NAN;
        } else {
            *rw[1].l = *rw[1].l * alpha[1] + ps;
            *rw[1].m = mn1;
        }
    }
    {
        const float ps = afv_neon_hsum(sum2);
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
 * are gathered (contiguous, strided or paged) and packed (widened to f32) into an L1 buffer;
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
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_block(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_neon_bf16_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[20], *vraw[20];
    const float *kp[20];
    const float *vp[20];
    float kbuf[20 * 192], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    afp_neon_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
    const float ksc = af_kv_scale(c, 0, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 20 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 20 + (int64_t)hg * 20 / ng;
    const int64_t pf_ss = c->k_ss, pf_sh = c->k_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_neon_pack_k(kbuf + k * 192, kraw[k], ksc);
        kp[k] = kbuf + k * 192;
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
            afk_bf16_dk192_dv128_neon_dec_qk2(qb + (r + 0) * 192, qb + (r + 1) * 192, kp + k,
                        sb + (r + 0) * 20 + k, sb + (r + 1) * 20 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_bf16_dk192_dv128_neon_dec_qk(qb + r * 192, kp + k, sb + r * 20 + k);
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
            const int cap = afp_neon_bf16_softcap_fold(c);
            const afv_neon vscale = afv_neon_set1(afp_neon_bf16_score_factor(c, cap)), vcap = afv_neon_set1(c->softcap);
            for (; r0 < nr; r0 += 3) {
                int ok;
                switch (nr - r0 < 3 ? nr - r0 : 3) {
                case 3: ok = afk_bf16_dk192_dv128_neon_dec_sm3(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_bf16_dk192_dv128_neon_dec_sm2(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_bf16_dk192_dv128_neon_dec_sm1(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_neon_bf16_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_neon_bf16_softmax_row(c, &rw[r], sb + r * 20, jb, n, np, &partial);
    afp_neon_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
    const float vsc = af_kv_scale(c, 1, kvh);
    {
    int32_t pf_h = (int32_t)((int64_t)hg * 20 % ng); /* the next row to prefetch: key pf_j, head pf_h */
    const int64_t pf_j = jb + 20 + (int64_t)hg * 20 / ng;
    const int64_t pf_ss = c->v_ss, pf_sh = c->v_sh;
    const int64_t pf_step = pf_sh - pf_ss, pf_wrap = pf_ss - (int64_t)ng * pf_sh;
    int64_t pf_off = (pf_j - jb) * pf_ss + (int64_t)(pf_h - hg) * pf_sh; /* from row k = 0 */
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_neon_pack_v(vbuf + k * 128, vraw[k], vsc);
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
    if (partial && !afk_bf16_dk192_dv128_neon_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 20 };
            afk_bf16_dk192_dv128_neon_dec_pv1g(a, pr, alpha + r, vp, n);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 20, sb + (g + 1) * 20 };
            afk_bf16_dk192_dv128_neon_dec_pv2(a, pr, alpha + g, vp, n);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 20 };
            afk_bf16_dk192_dv128_neon_dec_pv1(a, pr, alpha + g, vp, n);
        }
    }
}
/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh, its prefetches spread by the cursor:
 * rw, qb, sb and alpha point at the first of those rows. */
static AF_NOINLINE AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_dec_block_pf(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_neon_bf16_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np, int32_t hg, int32_t ng)
{
    const uint16_t *kraw[20], *vraw[20];
    const float *kp[20];
    const float *vp[20];
    float kbuf[20 * 192], *const vbuf = kbuf; /* K, then V */
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    if (n < 1) return; /* never: n >= 1, said for the compiler, which does not see the caller here */
    afp_neon_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
    afp_neon_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
    afk_bf16_dk192_dv128_neon_pf pfc;
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
    afk_bf16_dk192_dv128_neon_pf_rate(&pfc, nr, n, np);
    const float ksc = af_kv_scale(c, 0, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_neon_pack_k(kbuf + k * 192, kraw[k], ksc);
        kp[k] = kbuf + k * 192;
        afk_bf16_dk192_dv128_neon_pf_issue(&pfc, 1);
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2) {
            afk_bf16_dk192_dv128_neon_pf_issue(&pfc, 6);
            afk_bf16_dk192_dv128_neon_dec_qk2(qb + (r + 0) * 192, qb + (r + 1) * 192, kp + k,
                        sb + (r + 0) * 20 + k, sb + (r + 1) * 20 + k);
        }
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4) {
            afk_bf16_dk192_dv128_neon_pf_issue(&pfc, 6);
            afk_bf16_dk192_dv128_neon_dec_qk(qb + r * 192, kp + k, sb + r * 20 + k);
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
            const int cap = afp_neon_bf16_softcap_fold(c);
            const afv_neon vscale = afv_neon_set1(afp_neon_bf16_score_factor(c, cap)), vcap = afv_neon_set1(c->softcap);
            for (; r0 < nr; r0 += 3) {
                int ok;
                switch (nr - r0 < 3 ? nr - r0 : 3) {
                case 3: ok = afk_bf16_dk192_dv128_neon_dec_sm3(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                case 2: ok = afk_bf16_dk192_dv128_neon_dec_sm2(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                default: ok = afk_bf16_dk192_dv128_neon_dec_sm1(rw + r0, sb + r0 * 20, alpha + r0, jb, cap, vscale, vcap, alibi, &partial); break;
                }
                if (!ok) break; /* a row with no finite score: the rows from r0 on take afp_neon_bf16_softmax_row */
            }
        }
    }
    for (int32_t r = r0; r < nr; r++)
        alpha[r] = afp_neon_bf16_softmax_row(c, &rw[r], sb + r * 20, jb, n, np, &partial);
    const float vsc = af_kv_scale(c, 1, kvh);
    for (int32_t k = 0; k < n; k++) {
        afk_bf16_dk192_dv128_neon_pack_v(vbuf + k * 128, vraw[k], vsc);
        vp[k] = vbuf + k * 128;
        afk_bf16_dk192_dv128_neon_pf_issue(&pfc, 1);
    }
    if (partial && !afk_bf16_dk192_dv128_neon_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 20 };
            afk_bf16_dk192_dv128_neon_dec_pv1g_pf(a, pr, alpha + r, vp, n, &pfc);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 20, sb + (g + 1) * 20 };
            afk_bf16_dk192_dv128_neon_dec_pv2_pf(a, pr, alpha + g, vp, n, &pfc);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 20 };
            afk_bf16_dk192_dv128_neon_dec_pv1_pf(a, pr, alpha + g, vp, n, &pfc);
        }
    }
}

AF_TARGET_NEON void attnforge_bf16_dk192_dv128_decode__neon(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t rpk = t->nkv > 1 ? t->nh / t->nkv * t->ni : nrows; /* rows per KV head */
    /* prefetches spread over the arithmetic: see "The prefetch cursor" above */
    const int spread = !c->kv_hot && rpk > 1 &&
                       (int64_t)c->B * c->Hkv * (c->key_hi - c->key_lo) * 640 >= 8388608;
    afk_bf16_dk192_dv128_neon_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 21) {
        const int32_t nr = nrows - r0 < 21 ? nrows - r0 : 21;
        afp_neon_bf16_row rw[21];
        float qb[21 * 192];
        float sb[21 * 20], alpha[21];
        int64_t klo, khi;
        if (!afk_bf16_dk192_dv128_neon_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        const int32_t g0 = r0 / rpk, ng = (r0 + nr - 1) / rpk - g0 + 1; /* the chunk's KV heads */
        for (int64_t jb = klo; jb < khi; jb += 20) {
            const int32_t n = (int32_t)(khi - jb < 20 ? khi - jb : 20);
            const int32_t np = (n + 3) & ~3;
            for (int32_t ga = 0; ga < nr;) { /* the chunk's rows, one KV head at a time */
                const int32_t g = (r0 + ga) / rpk;
                const int32_t gb = (g + 1) * rpk - r0 < nr ? (g + 1) * rpk - r0 : nr;
                if (spread)
                    afk_bf16_dk192_dv128_neon_dec_block_pf(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 192, sb + (int64_t)ga * 20,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                else
                    afk_bf16_dk192_dv128_neon_dec_block(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 192, sb + (int64_t)ga * 20,
                                  alpha + ga, gb - ga, jb, n, np, g - g0, ng);
                ga = gb;
            }
        }
    }
}

/* QK^T outer-product block: 16 rows x 4 keys over Dk = 192, Q and S transposed. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pre_qkt(const float *qt, const float *const *kp, float *st)
{
    afv_neon a0_0 = afv_neon_zero(), a0_1 = afv_neon_zero(), a0_2 = afv_neon_zero(), a0_3 = afv_neon_zero();
    afv_neon a1_0 = afv_neon_zero(), a1_1 = afv_neon_zero(), a1_2 = afv_neon_zero(), a1_3 = afv_neon_zero();
    afv_neon a2_0 = afv_neon_zero(), a2_1 = afv_neon_zero(), a2_2 = afv_neon_zero(), a2_3 = afv_neon_zero();
    afv_neon a3_0 = afv_neon_zero(), a3_1 = afv_neon_zero(), a3_2 = afv_neon_zero(), a3_3 = afv_neon_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 192; d += 4) {
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 0) * 48 + 0), x1 = afv_neon_load(qt + (d + 0) * 48 + 4), x2 = afv_neon_load(qt + (d + 0) * 48 + 8), x3 = afv_neon_load(qt + (d + 0) * 48 + 12);
            { const afv_neon b = afv_neon_set1(k0[d + 0]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); a0_2 = afv_neon_fma(x2, b, a0_2); a0_3 = afv_neon_fma(x3, b, a0_3); }
            { const afv_neon b = afv_neon_set1(k1[d + 0]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); a1_2 = afv_neon_fma(x2, b, a1_2); a1_3 = afv_neon_fma(x3, b, a1_3); }
            { const afv_neon b = afv_neon_set1(k2[d + 0]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); a2_2 = afv_neon_fma(x2, b, a2_2); a2_3 = afv_neon_fma(x3, b, a2_3); }
            { const afv_neon b = afv_neon_set1(k3[d + 0]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); a3_2 = afv_neon_fma(x2, b, a3_2); a3_3 = afv_neon_fma(x3, b, a3_3); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 1) * 48 + 0), x1 = afv_neon_load(qt + (d + 1) * 48 + 4), x2 = afv_neon_load(qt + (d + 1) * 48 + 8), x3 = afv_neon_load(qt + (d + 1) * 48 + 12);
            { const afv_neon b = afv_neon_set1(k0[d + 1]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); a0_2 = afv_neon_fma(x2, b, a0_2); a0_3 = afv_neon_fma(x3, b, a0_3); }
            { const afv_neon b = afv_neon_set1(k1[d + 1]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); a1_2 = afv_neon_fma(x2, b, a1_2); a1_3 = afv_neon_fma(x3, b, a1_3); }
            { const afv_neon b = afv_neon_set1(k2[d + 1]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); a2_2 = afv_neon_fma(x2, b, a2_2); a2_3 = afv_neon_fma(x3, b, a2_3); }
            { const afv_neon b = afv_neon_set1(k3[d + 1]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); a3_2 = afv_neon_fma(x2, b, a3_2); a3_3 = afv_neon_fma(x3, b, a3_3); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 2) * 48 + 0), x1 = afv_neon_load(qt + (d + 2) * 48 + 4), x2 = afv_neon_load(qt + (d + 2) * 48 + 8), x3 = afv_neon_load(qt + (d + 2) * 48 + 12);
            { const afv_neon b = afv_neon_set1(k0[d + 2]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); a0_2 = afv_neon_fma(x2, b, a0_2); a0_3 = afv_neon_fma(x3, b, a0_3); }
            { const afv_neon b = afv_neon_set1(k1[d + 2]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); a1_2 = afv_neon_fma(x2, b, a1_2); a1_3 = afv_neon_fma(x3, b, a1_3); }
            { const afv_neon b = afv_neon_set1(k2[d + 2]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); a2_2 = afv_neon_fma(x2, b, a2_2); a2_3 = afv_neon_fma(x3, b, a2_3); }
            { const afv_neon b = afv_neon_set1(k3[d + 2]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); a3_2 = afv_neon_fma(x2, b, a3_2); a3_3 = afv_neon_fma(x3, b, a3_3); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 3) * 48 + 0), x1 = afv_neon_load(qt + (d + 3) * 48 + 4), x2 = afv_neon_load(qt + (d + 3) * 48 + 8), x3 = afv_neon_load(qt + (d + 3) * 48 + 12);
            { const afv_neon b = afv_neon_set1(k0[d + 3]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); a0_2 = afv_neon_fma(x2, b, a0_2); a0_3 = afv_neon_fma(x3, b, a0_3); }
            { const afv_neon b = afv_neon_set1(k1[d + 3]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); a1_2 = afv_neon_fma(x2, b, a1_2); a1_3 = afv_neon_fma(x3, b, a1_3); }
            { const afv_neon b = afv_neon_set1(k2[d + 3]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); a2_2 = afv_neon_fma(x2, b, a2_2); a2_3 = afv_neon_fma(x3, b, a2_3); }
            { const afv_neon b = afv_neon_set1(k3[d + 3]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); a3_2 = afv_neon_fma(x2, b, a3_2); a3_3 = afv_neon_fma(x3, b, a3_3); }
        }
    }
    afv_neon_store(st + 0, a0_0); afv_neon_store(st + 4, a0_1); afv_neon_store(st + 8, a0_2); afv_neon_store(st + 12, a0_3);
    afv_neon_store(st + 48, a1_0); afv_neon_store(st + 52, a1_1); afv_neon_store(st + 56, a1_2); afv_neon_store(st + 60, a1_3);
    afv_neon_store(st + 96, a2_0); afv_neon_store(st + 100, a2_1); afv_neon_store(st + 104, a2_2); afv_neon_store(st + 108, a2_3);
    afv_neon_store(st + 144, a3_0); afv_neon_store(st + 148, a3_1); afv_neon_store(st + 152, a3_2); afv_neon_store(st + 156, a3_3);
}

/* QK^T outer-product block: 8 rows x 4 keys over Dk = 192, Q and S transposed. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pre_qkt2(const float *qt, const float *const *kp, float *st)
{
    afv_neon a0_0 = afv_neon_zero(), a0_1 = afv_neon_zero();
    afv_neon a1_0 = afv_neon_zero(), a1_1 = afv_neon_zero();
    afv_neon a2_0 = afv_neon_zero(), a2_1 = afv_neon_zero();
    afv_neon a3_0 = afv_neon_zero(), a3_1 = afv_neon_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 192; d += 4) {
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 0) * 48 + 0), x1 = afv_neon_load(qt + (d + 0) * 48 + 4);
            { const afv_neon b = afv_neon_set1(k0[d + 0]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); }
            { const afv_neon b = afv_neon_set1(k1[d + 0]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); }
            { const afv_neon b = afv_neon_set1(k2[d + 0]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); }
            { const afv_neon b = afv_neon_set1(k3[d + 0]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 1) * 48 + 0), x1 = afv_neon_load(qt + (d + 1) * 48 + 4);
            { const afv_neon b = afv_neon_set1(k0[d + 1]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); }
            { const afv_neon b = afv_neon_set1(k1[d + 1]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); }
            { const afv_neon b = afv_neon_set1(k2[d + 1]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); }
            { const afv_neon b = afv_neon_set1(k3[d + 1]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 2) * 48 + 0), x1 = afv_neon_load(qt + (d + 2) * 48 + 4);
            { const afv_neon b = afv_neon_set1(k0[d + 2]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); }
            { const afv_neon b = afv_neon_set1(k1[d + 2]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); }
            { const afv_neon b = afv_neon_set1(k2[d + 2]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); }
            { const afv_neon b = afv_neon_set1(k3[d + 2]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 3) * 48 + 0), x1 = afv_neon_load(qt + (d + 3) * 48 + 4);
            { const afv_neon b = afv_neon_set1(k0[d + 3]); a0_0 = afv_neon_fma(x0, b, a0_0); a0_1 = afv_neon_fma(x1, b, a0_1); }
            { const afv_neon b = afv_neon_set1(k1[d + 3]); a1_0 = afv_neon_fma(x0, b, a1_0); a1_1 = afv_neon_fma(x1, b, a1_1); }
            { const afv_neon b = afv_neon_set1(k2[d + 3]); a2_0 = afv_neon_fma(x0, b, a2_0); a2_1 = afv_neon_fma(x1, b, a2_1); }
            { const afv_neon b = afv_neon_set1(k3[d + 3]); a3_0 = afv_neon_fma(x0, b, a3_0); a3_1 = afv_neon_fma(x1, b, a3_1); }
        }
    }
    afv_neon_store(st + 0, a0_0); afv_neon_store(st + 4, a0_1);
    afv_neon_store(st + 48, a1_0); afv_neon_store(st + 52, a1_1);
    afv_neon_store(st + 96, a2_0); afv_neon_store(st + 100, a2_1);
    afv_neon_store(st + 144, a3_0); afv_neon_store(st + 148, a3_1);
}

/* QK^T outer-product block: 4 rows x 4 keys over Dk = 192, Q and S transposed. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pre_qkt1(const float *qt, const float *const *kp, float *st)
{
    afv_neon a0_0 = afv_neon_zero();
    afv_neon a1_0 = afv_neon_zero();
    afv_neon a2_0 = afv_neon_zero();
    afv_neon a3_0 = afv_neon_zero();
    const float *k0 = kp[0], *k1 = kp[1], *k2 = kp[2], *k3 = kp[3];
    for (int32_t d = 0; d < 192; d += 4) {
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 0) * 48 + 0);
            { const afv_neon b = afv_neon_set1(k0[d + 0]); a0_0 = afv_neon_fma(x0, b, a0_0); }
            { const afv_neon b = afv_neon_set1(k1[d + 0]); a1_0 = afv_neon_fma(x0, b, a1_0); }
            { const afv_neon b = afv_neon_set1(k2[d + 0]); a2_0 = afv_neon_fma(x0, b, a2_0); }
            { const afv_neon b = afv_neon_set1(k3[d + 0]); a3_0 = afv_neon_fma(x0, b, a3_0); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 1) * 48 + 0);
            { const afv_neon b = afv_neon_set1(k0[d + 1]); a0_0 = afv_neon_fma(x0, b, a0_0); }
            { const afv_neon b = afv_neon_set1(k1[d + 1]); a1_0 = afv_neon_fma(x0, b, a1_0); }
            { const afv_neon b = afv_neon_set1(k2[d + 1]); a2_0 = afv_neon_fma(x0, b, a2_0); }
            { const afv_neon b = afv_neon_set1(k3[d + 1]); a3_0 = afv_neon_fma(x0, b, a3_0); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 2) * 48 + 0);
            { const afv_neon b = afv_neon_set1(k0[d + 2]); a0_0 = afv_neon_fma(x0, b, a0_0); }
            { const afv_neon b = afv_neon_set1(k1[d + 2]); a1_0 = afv_neon_fma(x0, b, a1_0); }
            { const afv_neon b = afv_neon_set1(k2[d + 2]); a2_0 = afv_neon_fma(x0, b, a2_0); }
            { const afv_neon b = afv_neon_set1(k3[d + 2]); a3_0 = afv_neon_fma(x0, b, a3_0); }
        }
        {
            const afv_neon x0 = afv_neon_load(qt + (d + 3) * 48 + 0);
            { const afv_neon b = afv_neon_set1(k0[d + 3]); a0_0 = afv_neon_fma(x0, b, a0_0); }
            { const afv_neon b = afv_neon_set1(k1[d + 3]); a1_0 = afv_neon_fma(x0, b, a1_0); }
            { const afv_neon b = afv_neon_set1(k2[d + 3]); a2_0 = afv_neon_fma(x0, b, a2_0); }
            { const afv_neon b = afv_neon_set1(k3[d + 3]); a3_0 = afv_neon_fma(x0, b, a3_0); }
        }
    }
    afv_neon_store(st + 0, a0_0);
    afv_neon_store(st + 48, a1_0);
    afv_neon_store(st + 96, a2_0);
    afv_neon_store(st + 144, a3_0);
}

/* P*V register block, weights transposed: 4 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pre_pvt(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_neon al1 = afv_neon_set1(alpha[1]);
    float *const acc2 = acc[2];
    const afv_neon al2 = afv_neon_set1(alpha[2]);
    float *const acc3 = acc[3];
    const afv_neon al3 = afv_neon_set1(alpha[3]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 0), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 4), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 8), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 12), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 0), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 4), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 8), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 12), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 0), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 4), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 8), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 12), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
        afv_neon_store(acc1 + 0, c1_0); afv_neon_store(acc1 + 4, c1_1); afv_neon_store(acc1 + 8, c1_2); afv_neon_store(acc1 + 12, c1_3);
        afv_neon_store(acc2 + 0, c2_0); afv_neon_store(acc2 + 4, c2_1); afv_neon_store(acc2 + 8, c2_2); afv_neon_store(acc2 + 12, c2_3);
        afv_neon_store(acc3 + 0, c3_0); afv_neon_store(acc3 + 4, c3_1); afv_neon_store(acc3 + 8, c3_2); afv_neon_store(acc3 + 12, c3_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 16), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 20), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 24), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 28), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 16), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 20), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 24), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 28), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 16), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 20), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 24), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 28), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
        afv_neon_store(acc1 + 16, c1_0); afv_neon_store(acc1 + 20, c1_1); afv_neon_store(acc1 + 24, c1_2); afv_neon_store(acc1 + 28, c1_3);
        afv_neon_store(acc2 + 16, c2_0); afv_neon_store(acc2 + 20, c2_1); afv_neon_store(acc2 + 24, c2_2); afv_neon_store(acc2 + 28, c2_3);
        afv_neon_store(acc3 + 16, c3_0); afv_neon_store(acc3 + 20, c3_1); afv_neon_store(acc3 + 24, c3_2); afv_neon_store(acc3 + 28, c3_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 32), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 36), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 40), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 44), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 32), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 36), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 40), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 44), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 32), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 36), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 40), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 44), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
        afv_neon_store(acc1 + 32, c1_0); afv_neon_store(acc1 + 36, c1_1); afv_neon_store(acc1 + 40, c1_2); afv_neon_store(acc1 + 44, c1_3);
        afv_neon_store(acc2 + 32, c2_0); afv_neon_store(acc2 + 36, c2_1); afv_neon_store(acc2 + 40, c2_2); afv_neon_store(acc2 + 44, c2_3);
        afv_neon_store(acc3 + 32, c3_0); afv_neon_store(acc3 + 36, c3_1); afv_neon_store(acc3 + 40, c3_2); afv_neon_store(acc3 + 44, c3_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 48), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 52), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 56), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 60), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 48), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 52), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 56), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 60), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 48), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 52), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 56), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 60), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
        afv_neon_store(acc1 + 48, c1_0); afv_neon_store(acc1 + 52, c1_1); afv_neon_store(acc1 + 56, c1_2); afv_neon_store(acc1 + 60, c1_3);
        afv_neon_store(acc2 + 48, c2_0); afv_neon_store(acc2 + 52, c2_1); afv_neon_store(acc2 + 56, c2_2); afv_neon_store(acc2 + 60, c2_3);
        afv_neon_store(acc3 + 48, c3_0); afv_neon_store(acc3 + 52, c3_1); afv_neon_store(acc3 + 56, c3_2); afv_neon_store(acc3 + 60, c3_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 64), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 68), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 72), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 76), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 64), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 68), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 72), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 76), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 64), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 68), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 72), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 76), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
        afv_neon_store(acc1 + 64, c1_0); afv_neon_store(acc1 + 68, c1_1); afv_neon_store(acc1 + 72, c1_2); afv_neon_store(acc1 + 76, c1_3);
        afv_neon_store(acc2 + 64, c2_0); afv_neon_store(acc2 + 68, c2_1); afv_neon_store(acc2 + 72, c2_2); afv_neon_store(acc2 + 76, c2_3);
        afv_neon_store(acc3 + 64, c3_0); afv_neon_store(acc3 + 68, c3_1); afv_neon_store(acc3 + 72, c3_2); afv_neon_store(acc3 + 76, c3_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 80), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 84), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 88), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 92), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 80), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 84), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 88), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 92), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 80), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 84), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 88), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 92), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
        afv_neon_store(acc1 + 80, c1_0); afv_neon_store(acc1 + 84, c1_1); afv_neon_store(acc1 + 88, c1_2); afv_neon_store(acc1 + 92, c1_3);
        afv_neon_store(acc2 + 80, c2_0); afv_neon_store(acc2 + 84, c2_1); afv_neon_store(acc2 + 88, c2_2); afv_neon_store(acc2 + 92, c2_3);
        afv_neon_store(acc3 + 80, c3_0); afv_neon_store(acc3 + 84, c3_1); afv_neon_store(acc3 + 88, c3_2); afv_neon_store(acc3 + 92, c3_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 96), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 100), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 104), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 108), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 96), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 100), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 104), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 108), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 96), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 100), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 104), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 108), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
        afv_neon_store(acc1 + 96, c1_0); afv_neon_store(acc1 + 100, c1_1); afv_neon_store(acc1 + 104, c1_2); afv_neon_store(acc1 + 108, c1_3);
        afv_neon_store(acc2 + 96, c2_0); afv_neon_store(acc2 + 100, c2_1); afv_neon_store(acc2 + 104, c2_2); afv_neon_store(acc2 + 108, c2_3);
        afv_neon_store(acc3 + 96, c3_0); afv_neon_store(acc3 + 100, c3_1); afv_neon_store(acc3 + 104, c3_2); afv_neon_store(acc3 + 108, c3_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 112), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 116), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 120), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 124), al1);
        afv_neon c2_0 = afv_neon_mul(afv_neon_load(acc2 + 112), al2), c2_1 = afv_neon_mul(afv_neon_load(acc2 + 116), al2), c2_2 = afv_neon_mul(afv_neon_load(acc2 + 120), al2), c2_3 = afv_neon_mul(afv_neon_load(acc2 + 124), al2);
        afv_neon c3_0 = afv_neon_mul(afv_neon_load(acc3 + 112), al3), c3_1 = afv_neon_mul(afv_neon_load(acc3 + 116), al3), c3_2 = afv_neon_mul(afv_neon_load(acc3 + 120), al3), c3_3 = afv_neon_mul(afv_neon_load(acc3 + 124), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
            { const afv_neon b = afv_neon_set1(pk[2]); c2_0 = afv_neon_fma(b, y0, c2_0); c2_1 = afv_neon_fma(b, y1, c2_1); c2_2 = afv_neon_fma(b, y2, c2_2); c2_3 = afv_neon_fma(b, y3, c2_3); }
            { const afv_neon b = afv_neon_set1(pk[3]); c3_0 = afv_neon_fma(b, y0, c3_0); c3_1 = afv_neon_fma(b, y1, c3_1); c3_2 = afv_neon_fma(b, y2, c3_2); c3_3 = afv_neon_fma(b, y3, c3_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
        afv_neon_store(acc1 + 112, c1_0); afv_neon_store(acc1 + 116, c1_1); afv_neon_store(acc1 + 120, c1_2); afv_neon_store(acc1 + 124, c1_3);
        afv_neon_store(acc2 + 112, c2_0); afv_neon_store(acc2 + 116, c2_1); afv_neon_store(acc2 + 120, c2_2); afv_neon_store(acc2 + 124, c2_3);
        afv_neon_store(acc3 + 112, c3_0); afv_neon_store(acc3 + 116, c3_1); afv_neon_store(acc3 + 120, c3_2); afv_neon_store(acc3 + 124, c3_3);
    }
}

/* P*V register block, weights transposed: 2 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pre_pvt2(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_neon al1 = afv_neon_set1(alpha[1]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 0), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 4), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 8), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 12), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
        afv_neon_store(acc1 + 0, c1_0); afv_neon_store(acc1 + 4, c1_1); afv_neon_store(acc1 + 8, c1_2); afv_neon_store(acc1 + 12, c1_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 16), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 20), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 24), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 28), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
        afv_neon_store(acc1 + 16, c1_0); afv_neon_store(acc1 + 20, c1_1); afv_neon_store(acc1 + 24, c1_2); afv_neon_store(acc1 + 28, c1_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 32), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 36), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 40), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 44), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
        afv_neon_store(acc1 + 32, c1_0); afv_neon_store(acc1 + 36, c1_1); afv_neon_store(acc1 + 40, c1_2); afv_neon_store(acc1 + 44, c1_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 48), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 52), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 56), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 60), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
        afv_neon_store(acc1 + 48, c1_0); afv_neon_store(acc1 + 52, c1_1); afv_neon_store(acc1 + 56, c1_2); afv_neon_store(acc1 + 60, c1_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 64), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 68), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 72), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 76), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
        afv_neon_store(acc1 + 64, c1_0); afv_neon_store(acc1 + 68, c1_1); afv_neon_store(acc1 + 72, c1_2); afv_neon_store(acc1 + 76, c1_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 80), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 84), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 88), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 92), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
        afv_neon_store(acc1 + 80, c1_0); afv_neon_store(acc1 + 84, c1_1); afv_neon_store(acc1 + 88, c1_2); afv_neon_store(acc1 + 92, c1_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 96), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 100), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 104), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 108), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
        afv_neon_store(acc1 + 96, c1_0); afv_neon_store(acc1 + 100, c1_1); afv_neon_store(acc1 + 104, c1_2); afv_neon_store(acc1 + 108, c1_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        afv_neon c1_0 = afv_neon_mul(afv_neon_load(acc1 + 112), al1), c1_1 = afv_neon_mul(afv_neon_load(acc1 + 116), al1), c1_2 = afv_neon_mul(afv_neon_load(acc1 + 120), al1), c1_3 = afv_neon_mul(afv_neon_load(acc1 + 124), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
            { const afv_neon b = afv_neon_set1(pk[1]); c1_0 = afv_neon_fma(b, y0, c1_0); c1_1 = afv_neon_fma(b, y1, c1_1); c1_2 = afv_neon_fma(b, y2, c1_2); c1_3 = afv_neon_fma(b, y3, c1_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
        afv_neon_store(acc1 + 112, c1_0); afv_neon_store(acc1 + 116, c1_1); afv_neon_store(acc1 + 120, c1_2); afv_neon_store(acc1 + 124, c1_3);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 16 columns of Dv = 128 per pass. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pre_pvt1(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 16 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_NEON void afk_bf16_dk192_dv128_neon_pre_pvt1g(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_neon al0 = afv_neon_set1(alpha[0]);
    { /* Dv columns 0 .. 15 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 0), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 4), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 8), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 12), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 0, c0_0); afv_neon_store(acc0 + 4, c0_1); afv_neon_store(acc0 + 8, c0_2); afv_neon_store(acc0 + 12, c0_3);
    }
    { /* Dv columns 16 .. 31 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 16), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 20), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 24), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 28), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 16, c0_0); afv_neon_store(acc0 + 20, c0_1); afv_neon_store(acc0 + 24, c0_2); afv_neon_store(acc0 + 28, c0_3);
    }
    { /* Dv columns 32 .. 47 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 32), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 36), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 40), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 44), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 32, c0_0); afv_neon_store(acc0 + 36, c0_1); afv_neon_store(acc0 + 40, c0_2); afv_neon_store(acc0 + 44, c0_3);
    }
    { /* Dv columns 48 .. 63 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 48), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 52), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 56), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 60), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 48;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 48, c0_0); afv_neon_store(acc0 + 52, c0_1); afv_neon_store(acc0 + 56, c0_2); afv_neon_store(acc0 + 60, c0_3);
    }
    { /* Dv columns 64 .. 79 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 64), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 68), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 72), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 76), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 64, c0_0); afv_neon_store(acc0 + 68, c0_1); afv_neon_store(acc0 + 72, c0_2); afv_neon_store(acc0 + 76, c0_3);
    }
    { /* Dv columns 80 .. 95 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 80), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 84), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 88), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 92), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 80;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 80, c0_0); afv_neon_store(acc0 + 84, c0_1); afv_neon_store(acc0 + 88, c0_2); afv_neon_store(acc0 + 92, c0_3);
    }
    { /* Dv columns 96 .. 111 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 96), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 100), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 104), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 108), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 96, c0_0); afv_neon_store(acc0 + 100, c0_1); afv_neon_store(acc0 + 104, c0_2); afv_neon_store(acc0 + 108, c0_3);
    }
    { /* Dv columns 112 .. 127 */
        afv_neon c0_0 = afv_neon_mul(afv_neon_load(acc0 + 112), al0), c0_1 = afv_neon_mul(afv_neon_load(acc0 + 116), al0), c0_2 = afv_neon_mul(afv_neon_load(acc0 + 120), al0), c0_3 = afv_neon_mul(afv_neon_load(acc0 + 124), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 48;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 112;
            const afv_neon y0 = afv_neon_load(v + 0), y1 = afv_neon_load(v + 4), y2 = afv_neon_load(v + 8), y3 = afv_neon_load(v + 12);
            { const afv_neon b = afv_neon_set1(pk[0]); c0_0 = afv_neon_fma(b, y0, c0_0); c0_1 = afv_neon_fma(b, y1, c0_1); c0_2 = afv_neon_fma(b, y2, c0_2); c0_3 = afv_neon_fma(b, y3, c0_3); }
        }
        afv_neon_store(acc0 + 112, c0_0); afv_neon_store(acc0 + 116, c0_1); afv_neon_store(acc0 + 120, c0_2); afv_neon_store(acc0 + 124, c0_3);
    }
}

/* ---- prefill (templates/prefill.c.in, outer-product form) ----
 * Rows (nh * ni of them, h-major) in chunks of 48: Q widened once and
 * transposed (qt[d * 48 + row]); keys in blocks of 20, each block's K and
 * V rows gathered and widened into L1 buffers once per chunk (cache rows
 * sit a multiple of 4 KiB apart: read in place, a block's rows would share L1 sets).
 * QK^T: 16 rows (4 vector(s), a row per lane) x 4 keys per register
 * block, 16 accumulators, no reduction; scores transposed
 * (st[key * 48 + row]). Block softmax 4 rows per vector
 * (afp_neon_bf16_softmax_lanes: no scalar work per key), then P*V: 4 rows x 16
 * columns of Dv per register block, each weight broadcast from the tile.
 * Online softmax invariant as in the decode kernel: after keys [j0, jb) each
 * row holds m = running max, l = sum exp(s - m), acc = sum exp(s - m) v
 * (m and l kept per chunk in lane order, written back at its end).
 */
AF_TARGET_NEON void attnforge_bf16_dk192_dv128_prefill__neon(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_bf16_dk192_dv128_neon_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 48) {
        const int32_t nr = nrows - r0 < 48 ? nrows - r0 : 48;
        const int32_t nv = (nr + 3) / 4; /* vectors of rows */
        afp_neon_bf16_row rw[48];
        float qb[48 * 192], qt[192 * 48];
        float st[20 * 48], mt[20 * 48];
        float ml[48], ll[48], alpha[48];
        float lo[48], hi[48], dist[48], nsl[48];
        unsigned char act[48];
        const uint16_t *kraw[20], *vraw[20];
        const float *kp[20], *vp[20];
        float kbuf[20 * 192], *const vbuf = kbuf; /* K, then V (emit_buffers' share) */
        int64_t klo, khi;
        if (!afk_bf16_dk192_dv128_neon_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int32_t d = 0; d < 192; d++) {
            for (int32_t r = 0; r < nr; r++) qt[d * 48 + r] = qb[r * 192 + d];
            for (int32_t r = nr; r < nv * 4; r++) qt[d * 48 + r] = 0.0f;
        }
        for (int32_t r = 0; r < nv * 4; r++) {
            ml[r] = r < nr ? *rw[r].m : -INFINITY;
            ll[r] = r < nr ? *rw[r].l : 0.0f;
            nsl[r] = r < nr ? -rw[r].slope : 0.0f;
            lo[r] = hi[r] = dist[r] = 0.0f;
        }
        const int32_t kvh = t->kvh; /* prefill tiles have one KV head */
        for (int64_t jb = klo; jb < khi; jb += 20) {
            const int32_t n = (int32_t)(khi - jb < 20 ? khi - jb : 20);
            const int32_t np = (n + 3) & ~3;
            int active = 0, partial = 0;
            for (int32_t r = 0; r < nr; r++) {
                const int64_t a = rw[r].lo - jb, b = rw[r].hi - jb;
                lo[r] = (float)(a < 0 ? 0 : a > n ? n : a);
                hi[r] = (float)(b < 0 ? 0 : b > n ? n : b);
                dist[r] = (float)(jb - rw[r].pos);
                act[r] = lo[r] < hi[r];
                active |= act[r];
            }
            if (!active) continue;
            afp_neon_bf16_gather(c, 0, t->b, kvh, jb, n, kraw);
            const float ksc = af_kv_scale(c, 0, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_bf16_dk192_dv128_neon_pack_k(kbuf + k * 192, kraw[k], ksc);
                kp[k] = kbuf + k * 192;
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t v = 0; /* QK^T: blocks of 4 row vector(s), then the remainder in smaller ones */
            for (; v + 4 <= nv; v += 4) {
                int any = 0;
                for (int32_t r = v * 4; r < nr && r < (v + 4) * 4; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_bf16_dk192_dv128_neon_pre_qkt(qt + v * 4, kp + k, st + k * 48 + v * 4);
            }
            for (; v + 2 <= nv; v += 2) {
                int any = 0;
                for (int32_t r = v * 4; r < nr && r < (v + 2) * 4; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_bf16_dk192_dv128_neon_pre_qkt2(qt + v * 4, kp + k, st + k * 48 + v * 4);
            }
            for (; v + 1 <= nv; v += 1) {
                int any = 0;
                for (int32_t r = v * 4; r < nr && r < (v + 1) * 4; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 4)
                    afk_bf16_dk192_dv128_neon_pre_qkt1(qt + v * 4, kp + k, st + k * 48 + v * 4);
            }
            partial |= afk_bf16_dk192_dv128_neon_pre_softmax(c, rw, nr, 48, jb, n, st, mt, lo, hi, dist, nsl, ml, ll, alpha);
            afp_neon_bf16_gather(c, 1, t->b, kvh, jb, n, vraw);
            const float vsc = af_kv_scale(c, 1, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_bf16_dk192_dv128_neon_pack_v(vbuf + k * 128, vraw[k], vsc);
                vp[k] = vbuf + k * 128;
            }
            if (partial && !afk_bf16_dk192_dv128_neon_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    if (!act[r]) continue; /* weights all -0.0, alpha 1: nothing to add */
                    float *a[1] = { rw[r].acc };
                    afk_bf16_dk192_dv128_neon_pre_pvt1g(a, st + r, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 4 <= nr; g += 4) {
                    if (!(act[g + 0] | act[g + 1] | act[g + 2] | act[g + 3])) continue;
                    float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
                    afk_bf16_dk192_dv128_neon_pre_pvt(a, st + g, alpha + g, vp, n);
                }
                for (; g + 2 <= nr; g += 2) { /* the remainder in pairs: twice the chains of single rows */
                    if (!(act[g] | act[g + 1])) continue;
                    float *a[2] = { rw[g].acc, rw[g + 1].acc };
                    afk_bf16_dk192_dv128_neon_pre_pvt2(a, st + g, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    if (!act[g]) continue;
                    float *a[1] = { rw[g].acc };
                    afk_bf16_dk192_dv128_neon_pre_pvt1(a, st + g, alpha + g, vp, n);
                }
            }
        }
        for (int32_t r = 0; r < nr; r++) {
            *rw[r].m = ml[r];
            *rw[r].l = ll[r];
        }
    }
}

#else  /* not defined(__aarch64__): this file compiles to nothing */
typedef int afk_bf16_dk192_dv128_neon_empty_translation_unit;
#endif
