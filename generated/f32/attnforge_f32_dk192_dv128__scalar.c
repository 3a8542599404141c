/* Auto-generated file. Do not edit!
 *   Template:   templates/kernel.c.in (+ common, decode, prefill, epilogue .c.in)
 *   ISA module: templates/isa/scalar.lua
 *   Generator:  gen/attnforge-gen.lua
 *   Parameters: dtype=f32 dk=192 dv=128 isa=scalar
 *
 * Kernels of the internal ABI (runtime/kernel.h) for f32 storage, head dims
 * Dk = 192, Dv = 128: attnforge_f32_dk192_dv128_decode__scalar and attnforge_f32_dk192_dv128_prefill__scalar.
 * Tiling: keys in blocks of 20; rows in chunks of 21 (decode) or 24 (prefill).
 * Stack buffers per call: about 68 KiB.
 */
/* the scalar vocabulary and the scalar x f32 helpers */
#include "../isa/scalar_f32.h"

void attnforge_f32_dk192_dv128_decode__scalar(const af_call *c, const af_tile *t);
void attnforge_f32_dk192_dv128_prefill__scalar(const af_call *c, const af_tile *t);

/* ---- helpers of this variant (templates/common.c.in) ---- */

/* Every row starts empty: m = -inf, l = 0, acc = 0. */
static AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_init(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const afv_scalar z = afv_scalar_zero();
    (void)c;
    for (int32_t r = 0; r < nrows; r++) {
        float *acc = t->acc + (int64_t)r * t->acc_stride;
        t->m[r] = -INFINITY;
        t->l[r] = 0.0f;
        afv_scalar_store(acc + 0, z);
        afv_scalar_store(acc + 1, z);
        afv_scalar_store(acc + 2, z);
        afv_scalar_store(acc + 3, z);
        afv_scalar_store(acc + 4, z);
        afv_scalar_store(acc + 5, z);
        afv_scalar_store(acc + 6, z);
        afv_scalar_store(acc + 7, z);
        afv_scalar_store(acc + 8, z);
        afv_scalar_store(acc + 9, z);
        afv_scalar_store(acc + 10, z);
        afv_scalar_store(acc + 11, z);
        afv_scalar_store(acc + 12, z);
        afv_scalar_store(acc + 13, z);
        afv_scalar_store(acc + 14, z);
        afv_scalar_store(acc + 15, z);
        afv_scalar_store(acc + 16, z);
        afv_scalar_store(acc + 17, z);
        afv_scalar_store(acc + 18, z);
        afv_scalar_store(acc + 19, z);
        afv_scalar_store(acc + 20, z);
        afv_scalar_store(acc + 21, z);
        afv_scalar_store(acc + 22, z);
        afv_scalar_store(acc + 23, z);
        afv_scalar_store(acc + 24, z);
        afv_scalar_store(acc + 25, z);
        afv_scalar_store(acc + 26, z);
        afv_scalar_store(acc + 27, z);
        afv_scalar_store(acc + 28, z);
        afv_scalar_store(acc + 29, z);
        afv_scalar_store(acc + 30, z);
        afv_scalar_store(acc + 31, z);
        afv_scalar_store(acc + 32, z);
        afv_scalar_store(acc + 33, z);
        afv_scalar_store(acc + 34, z);
        afv_scalar_store(acc + 35, z);
        afv_scalar_store(acc + 36, z);
        afv_scalar_store(acc + 37, z);
        afv_scalar_store(acc + 38, z);
        afv_scalar_store(acc + 39, z);
        afv_scalar_store(acc + 40, z);
        afv_scalar_store(acc + 41, z);
        afv_scalar_store(acc + 42, z);
        afv_scalar_store(acc + 43, z);
        afv_scalar_store(acc + 44, z);
        afv_scalar_store(acc + 45, z);
        afv_scalar_store(acc + 46, z);
        afv_scalar_store(acc + 47, z);
        afv_scalar_store(acc + 48, z);
        afv_scalar_store(acc + 49, z);
        afv_scalar_store(acc + 50, z);
        afv_scalar_store(acc + 51, z);
        afv_scalar_store(acc + 52, z);
        afv_scalar_store(acc + 53, z);
        afv_scalar_store(acc + 54, z);
        afv_scalar_store(acc + 55, z);
        afv_scalar_store(acc + 56, z);
        afv_scalar_store(acc + 57, z);
        afv_scalar_store(acc + 58, z);
        afv_scalar_store(acc + 59, z);
        afv_scalar_store(acc + 60, z);
        afv_scalar_store(acc + 61, z);
        afv_scalar_store(acc + 62, z);
        afv_scalar_store(acc + 63, z);
        afv_scalar_store(acc + 64, z);
        afv_scalar_store(acc + 65, z);
        afv_scalar_store(acc + 66, z);
        afv_scalar_store(acc + 67, z);
        afv_scalar_store(acc + 68, z);
        afv_scalar_store(acc + 69, z);
        afv_scalar_store(acc + 70, z);
        afv_scalar_store(acc + 71, z);
        afv_scalar_store(acc + 72, z);
        afv_scalar_store(acc + 73, z);
        afv_scalar_store(acc + 74, z);
        afv_scalar_store(acc + 75, z);
        afv_scalar_store(acc + 76, z);
        afv_scalar_store(acc + 77, z);
        afv_scalar_store(acc + 78, z);
        afv_scalar_store(acc + 79, z);
        afv_scalar_store(acc + 80, z);
        afv_scalar_store(acc + 81, z);
        afv_scalar_store(acc + 82, z);
        afv_scalar_store(acc + 83, z);
        afv_scalar_store(acc + 84, z);
        afv_scalar_store(acc + 85, z);
        afv_scalar_store(acc + 86, z);
        afv_scalar_store(acc + 87, z);
        afv_scalar_store(acc + 88, z);
        afv_scalar_store(acc + 89, z);
        afv_scalar_store(acc + 90, z);
        afv_scalar_store(acc + 91, z);
        afv_scalar_store(acc + 92, z);
        afv_scalar_store(acc + 93, z);
        afv_scalar_store(acc + 94, z);
        afv_scalar_store(acc + 95, z);
        afv_scalar_store(acc + 96, z);
        afv_scalar_store(acc + 97, z);
        afv_scalar_store(acc + 98, z);
        afv_scalar_store(acc + 99, z);
        afv_scalar_store(acc + 100, z);
        afv_scalar_store(acc + 101, z);
        afv_scalar_store(acc + 102, z);
        afv_scalar_store(acc + 103, z);
        afv_scalar_store(acc + 104, z);
        afv_scalar_store(acc + 105, z);
        afv_scalar_store(acc + 106, z);
        afv_scalar_store(acc + 107, z);
        afv_scalar_store(acc + 108, z);
        afv_scalar_store(acc + 109, z);
        afv_scalar_store(acc + 110, z);
        afv_scalar_store(acc + 111, z);
        afv_scalar_store(acc + 112, z);
        afv_scalar_store(acc + 113, z);
        afv_scalar_store(acc + 114, z);
        afv_scalar_store(acc + 115, z);
        afv_scalar_store(acc + 116, z);
        afv_scalar_store(acc + 117, z);
        afv_scalar_store(acc + 118, z);
        afv_scalar_store(acc + 119, z);
        afv_scalar_store(acc + 120, z);
        afv_scalar_store(acc + 121, z);
        afv_scalar_store(acc + 122, z);
        afv_scalar_store(acc + 123, z);
        afv_scalar_store(acc + 124, z);
        afv_scalar_store(acc + 125, z);
        afv_scalar_store(acc + 126, z);
        afv_scalar_store(acc + 127, z);
    }
}

/* One query row (element offset off of Q) into the f32 Q buffer, widened from
 * Q's own format (c->qf) once per tile; for a 16-bit dot product the row
 * stays 16-bit (dispatch guarantees Q then has the kernel's format). */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_load_q(const af_call *c, float *dst, int64_t off)
{
    if (c->qf == ATTNFORGE_FORMAT_F32) {
        const float *src = (const float *)c->q + off;
        afv_scalar_store(dst + 0, afv_scalar_load(src + 0));
        afv_scalar_store(dst + 1, afv_scalar_load(src + 1));
        afv_scalar_store(dst + 2, afv_scalar_load(src + 2));
        afv_scalar_store(dst + 3, afv_scalar_load(src + 3));
        afv_scalar_store(dst + 4, afv_scalar_load(src + 4));
        afv_scalar_store(dst + 5, afv_scalar_load(src + 5));
        afv_scalar_store(dst + 6, afv_scalar_load(src + 6));
        afv_scalar_store(dst + 7, afv_scalar_load(src + 7));
        afv_scalar_store(dst + 8, afv_scalar_load(src + 8));
        afv_scalar_store(dst + 9, afv_scalar_load(src + 9));
        afv_scalar_store(dst + 10, afv_scalar_load(src + 10));
        afv_scalar_store(dst + 11, afv_scalar_load(src + 11));
        afv_scalar_store(dst + 12, afv_scalar_load(src + 12));
        afv_scalar_store(dst + 13, afv_scalar_load(src + 13));
        afv_scalar_store(dst + 14, afv_scalar_load(src + 14));
        afv_scalar_store(dst + 15, afv_scalar_load(src + 15));
        afv_scalar_store(dst + 16, afv_scalar_load(src + 16));
        afv_scalar_store(dst + 17, afv_scalar_load(src + 17));
        afv_scalar_store(dst + 18, afv_scalar_load(src + 18));
        afv_scalar_store(dst + 19, afv_scalar_load(src + 19));
        afv_scalar_store(dst + 20, afv_scalar_load(src + 20));
        afv_scalar_store(dst + 21, afv_scalar_load(src + 21));
        afv_scalar_store(dst + 22, afv_scalar_load(src + 22));
        afv_scalar_store(dst + 23, afv_scalar_load(src + 23));
        afv_scalar_store(dst + 24, afv_scalar_load(src + 24));
        afv_scalar_store(dst + 25, afv_scalar_load(src + 25));
        afv_scalar_store(dst + 26, afv_scalar_load(src + 26));
        afv_scalar_store(dst + 27, afv_scalar_load(src + 27));
        afv_scalar_store(dst + 28, afv_scalar_load(src + 28));
        afv_scalar_store(dst + 29, afv_scalar_load(src + 29));
        afv_scalar_store(dst + 30, afv_scalar_load(src + 30));
        afv_scalar_store(dst + 31, afv_scalar_load(src + 31));
        afv_scalar_store(dst + 32, afv_scalar_load(src + 32));
        afv_scalar_store(dst + 33, afv_scalar_load(src + 33));
        afv_scalar_store(dst + 34, afv_scalar_load(src + 34));
        afv_scalar_store(dst + 35, afv_scalar_load(src + 35));
        afv_scalar_store(dst + 36, afv_scalar_load(src + 36));
        afv_scalar_store(dst + 37, afv_scalar_load(src + 37));
        afv_scalar_store(dst + 38, afv_scalar_load(src + 38));
        afv_scalar_store(dst + 39, afv_scalar_load(src + 39));
        afv_scalar_store(dst + 40, afv_scalar_load(src + 40));
        afv_scalar_store(dst + 41, afv_scalar_load(src + 41));
        afv_scalar_store(dst + 42, afv_scalar_load(src + 42));
        afv_scalar_store(dst + 43, afv_scalar_load(src + 43));
        afv_scalar_store(dst + 44, afv_scalar_load(src + 44));
        afv_scalar_store(dst + 45, afv_scalar_load(src + 45));
        afv_scalar_store(dst + 46, afv_scalar_load(src + 46));
        afv_scalar_store(dst + 47, afv_scalar_load(src + 47));
        afv_scalar_store(dst + 48, afv_scalar_load(src + 48));
        afv_scalar_store(dst + 49, afv_scalar_load(src + 49));
        afv_scalar_store(dst + 50, afv_scalar_load(src + 50));
        afv_scalar_store(dst + 51, afv_scalar_load(src + 51));
        afv_scalar_store(dst + 52, afv_scalar_load(src + 52));
        afv_scalar_store(dst + 53, afv_scalar_load(src + 53));
        afv_scalar_store(dst + 54, afv_scalar_load(src + 54));
        afv_scalar_store(dst + 55, afv_scalar_load(src + 55));
        afv_scalar_store(dst + 56, afv_scalar_load(src + 56));
        afv_scalar_store(dst + 57, afv_scalar_load(src + 57));
        afv_scalar_store(dst + 58, afv_scalar_load(src + 58));
        afv_scalar_store(dst + 59, afv_scalar_load(src + 59));
        afv_scalar_store(dst + 60, afv_scalar_load(src + 60));
        afv_scalar_store(dst + 61, afv_scalar_load(src + 61));
        afv_scalar_store(dst + 62, afv_scalar_load(src + 62));
        afv_scalar_store(dst + 63, afv_scalar_load(src + 63));
        afv_scalar_store(dst + 64, afv_scalar_load(src + 64));
        afv_scalar_store(dst + 65, afv_scalar_load(src + 65));
        afv_scalar_store(dst + 66, afv_scalar_load(src + 66));
        afv_scalar_store(dst + 67, afv_scalar_load(src + 67));
        afv_scalar_store(dst + 68, afv_scalar_load(src + 68));
        afv_scalar_store(dst + 69, afv_scalar_load(src + 69));
        afv_scalar_store(dst + 70, afv_scalar_load(src + 70));
        afv_scalar_store(dst + 71, afv_scalar_load(src + 71));
        afv_scalar_store(dst + 72, afv_scalar_load(src + 72));
        afv_scalar_store(dst + 73, afv_scalar_load(src + 73));
        afv_scalar_store(dst + 74, afv_scalar_load(src + 74));
        afv_scalar_store(dst + 75, afv_scalar_load(src + 75));
        afv_scalar_store(dst + 76, afv_scalar_load(src + 76));
        afv_scalar_store(dst + 77, afv_scalar_load(src + 77));
        afv_scalar_store(dst + 78, afv_scalar_load(src + 78));
        afv_scalar_store(dst + 79, afv_scalar_load(src + 79));
        afv_scalar_store(dst + 80, afv_scalar_load(src + 80));
        afv_scalar_store(dst + 81, afv_scalar_load(src + 81));
        afv_scalar_store(dst + 82, afv_scalar_load(src + 82));
        afv_scalar_store(dst + 83, afv_scalar_load(src + 83));
        afv_scalar_store(dst + 84, afv_scalar_load(src + 84));
        afv_scalar_store(dst + 85, afv_scalar_load(src + 85));
        afv_scalar_store(dst + 86, afv_scalar_load(src + 86));
        afv_scalar_store(dst + 87, afv_scalar_load(src + 87));
        afv_scalar_store(dst + 88, afv_scalar_load(src + 88));
        afv_scalar_store(dst + 89, afv_scalar_load(src + 89));
        afv_scalar_store(dst + 90, afv_scalar_load(src + 90));
        afv_scalar_store(dst + 91, afv_scalar_load(src + 91));
        afv_scalar_store(dst + 92, afv_scalar_load(src + 92));
        afv_scalar_store(dst + 93, afv_scalar_load(src + 93));
        afv_scalar_store(dst + 94, afv_scalar_load(src + 94));
        afv_scalar_store(dst + 95, afv_scalar_load(src + 95));
        afv_scalar_store(dst + 96, afv_scalar_load(src + 96));
        afv_scalar_store(dst + 97, afv_scalar_load(src + 97));
        afv_scalar_store(dst + 98, afv_scalar_load(src + 98));
        afv_scalar_store(dst + 99, afv_scalar_load(src + 99));
        afv_scalar_store(dst + 100, afv_scalar_load(src + 100));
        afv_scalar_store(dst + 101, afv_scalar_load(src + 101));
        afv_scalar_store(dst + 102, afv_scalar_load(src + 102));
        afv_scalar_store(dst + 103, afv_scalar_load(src + 103));
        afv_scalar_store(dst + 104, afv_scalar_load(src + 104));
        afv_scalar_store(dst + 105, afv_scalar_load(src + 105));
        afv_scalar_store(dst + 106, afv_scalar_load(src + 106));
        afv_scalar_store(dst + 107, afv_scalar_load(src + 107));
        afv_scalar_store(dst + 108, afv_scalar_load(src + 108));
        afv_scalar_store(dst + 109, afv_scalar_load(src + 109));
        afv_scalar_store(dst + 110, afv_scalar_load(src + 110));
        afv_scalar_store(dst + 111, afv_scalar_load(src + 111));
        afv_scalar_store(dst + 112, afv_scalar_load(src + 112));
        afv_scalar_store(dst + 113, afv_scalar_load(src + 113));
        afv_scalar_store(dst + 114, afv_scalar_load(src + 114));
        afv_scalar_store(dst + 115, afv_scalar_load(src + 115));
        afv_scalar_store(dst + 116, afv_scalar_load(src + 116));
        afv_scalar_store(dst + 117, afv_scalar_load(src + 117));
        afv_scalar_store(dst + 118, afv_scalar_load(src + 118));
        afv_scalar_store(dst + 119, afv_scalar_load(src + 119));
        afv_scalar_store(dst + 120, afv_scalar_load(src + 120));
        afv_scalar_store(dst + 121, afv_scalar_load(src + 121));
        afv_scalar_store(dst + 122, afv_scalar_load(src + 122));
        afv_scalar_store(dst + 123, afv_scalar_load(src + 123));
        afv_scalar_store(dst + 124, afv_scalar_load(src + 124));
        afv_scalar_store(dst + 125, afv_scalar_load(src + 125));
        afv_scalar_store(dst + 126, afv_scalar_load(src + 126));
        afv_scalar_store(dst + 127, afv_scalar_load(src + 127));
        afv_scalar_store(dst + 128, afv_scalar_load(src + 128));
        afv_scalar_store(dst + 129, afv_scalar_load(src + 129));
        afv_scalar_store(dst + 130, afv_scalar_load(src + 130));
        afv_scalar_store(dst + 131, afv_scalar_load(src + 131));
        afv_scalar_store(dst + 132, afv_scalar_load(src + 132));
        afv_scalar_store(dst + 133, afv_scalar_load(src + 133));
        afv_scalar_store(dst + 134, afv_scalar_load(src + 134));
        afv_scalar_store(dst + 135, afv_scalar_load(src + 135));
        afv_scalar_store(dst + 136, afv_scalar_load(src + 136));
        afv_scalar_store(dst + 137, afv_scalar_load(src + 137));
        afv_scalar_store(dst + 138, afv_scalar_load(src + 138));
        afv_scalar_store(dst + 139, afv_scalar_load(src + 139));
        afv_scalar_store(dst + 140, afv_scalar_load(src + 140));
        afv_scalar_store(dst + 141, afv_scalar_load(src + 141));
        afv_scalar_store(dst + 142, afv_scalar_load(src + 142));
        afv_scalar_store(dst + 143, afv_scalar_load(src + 143));
        afv_scalar_store(dst + 144, afv_scalar_load(src + 144));
        afv_scalar_store(dst + 145, afv_scalar_load(src + 145));
        afv_scalar_store(dst + 146, afv_scalar_load(src + 146));
        afv_scalar_store(dst + 147, afv_scalar_load(src + 147));
        afv_scalar_store(dst + 148, afv_scalar_load(src + 148));
        afv_scalar_store(dst + 149, afv_scalar_load(src + 149));
        afv_scalar_store(dst + 150, afv_scalar_load(src + 150));
        afv_scalar_store(dst + 151, afv_scalar_load(src + 151));
        afv_scalar_store(dst + 152, afv_scalar_load(src + 152));
        afv_scalar_store(dst + 153, afv_scalar_load(src + 153));
        afv_scalar_store(dst + 154, afv_scalar_load(src + 154));
        afv_scalar_store(dst + 155, afv_scalar_load(src + 155));
        afv_scalar_store(dst + 156, afv_scalar_load(src + 156));
        afv_scalar_store(dst + 157, afv_scalar_load(src + 157));
        afv_scalar_store(dst + 158, afv_scalar_load(src + 158));
        afv_scalar_store(dst + 159, afv_scalar_load(src + 159));
        afv_scalar_store(dst + 160, afv_scalar_load(src + 160));
        afv_scalar_store(dst + 161, afv_scalar_load(src + 161));
        afv_scalar_store(dst + 162, afv_scalar_load(src + 162));
        afv_scalar_store(dst + 163, afv_scalar_load(src + 163));
        afv_scalar_store(dst + 164, afv_scalar_load(src + 164));
        afv_scalar_store(dst + 165, afv_scalar_load(src + 165));
        afv_scalar_store(dst + 166, afv_scalar_load(src + 166));
        afv_scalar_store(dst + 167, afv_scalar_load(src + 167));
        afv_scalar_store(dst + 168, afv_scalar_load(src + 168));
        afv_scalar_store(dst + 169, afv_scalar_load(src + 169));
        afv_scalar_store(dst + 170, afv_scalar_load(src + 170));
        afv_scalar_store(dst + 171, afv_scalar_load(src + 171));
        afv_scalar_store(dst + 172, afv_scalar_load(src + 172));
        afv_scalar_store(dst + 173, afv_scalar_load(src + 173));
        afv_scalar_store(dst + 174, afv_scalar_load(src + 174));
        afv_scalar_store(dst + 175, afv_scalar_load(src + 175));
        afv_scalar_store(dst + 176, afv_scalar_load(src + 176));
        afv_scalar_store(dst + 177, afv_scalar_load(src + 177));
        afv_scalar_store(dst + 178, afv_scalar_load(src + 178));
        afv_scalar_store(dst + 179, afv_scalar_load(src + 179));
        afv_scalar_store(dst + 180, afv_scalar_load(src + 180));
        afv_scalar_store(dst + 181, afv_scalar_load(src + 181));
        afv_scalar_store(dst + 182, afv_scalar_load(src + 182));
        afv_scalar_store(dst + 183, afv_scalar_load(src + 183));
        afv_scalar_store(dst + 184, afv_scalar_load(src + 184));
        afv_scalar_store(dst + 185, afv_scalar_load(src + 185));
        afv_scalar_store(dst + 186, afv_scalar_load(src + 186));
        afv_scalar_store(dst + 187, afv_scalar_load(src + 187));
        afv_scalar_store(dst + 188, afv_scalar_load(src + 188));
        afv_scalar_store(dst + 189, afv_scalar_load(src + 189));
        afv_scalar_store(dst + 190, afv_scalar_load(src + 190));
        afv_scalar_store(dst + 191, afv_scalar_load(src + 191));
    } else { /* another 16-bit Q format than the cache's: portable widening */
        af_load_row(c->qf, c->q, off, 192, 1.0f, dst);
    }
}

/* Rows [r0, r0 + nr) of the tile: constants, Q, and the union [*klo, *khi)
 * of their visible keys. Returns 0 when no row sees any key of the tile. */
static AF_TARGET_SCALAR int afk_f32_dk192_dv128_scalar_rows(const af_call *c, const af_tile *t, int32_t r0, int32_t nr,
                              afp_scalar_f32_row *rw, float *qbuf, int64_t *klo, int64_t *khi)
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
        afk_f32_dk192_dv128_scalar_load_q(c, qbuf + (int64_t)r * 192, af_q_offset_elems(c, t->b, i, h));
    }
    *klo = ulo;
    *khi = uhi;
    return ulo < uhi;
}

/* Copy one K row (Dk) and one V row (Dv), widened or dequantized to f32
 * (f32: templates/fmt/f32.lua), into the block's contiguous L1
 * buffers; sc is the KV head's scale of a scaled (fp8) format. K and V rows
 * of a cache sit a whole Hkv * D row apart (often a multiple of 4 KiB, so all
 * in the same L1 sets); packed, the block's rows stay in L1 for every row of
 * the tile. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_pack_k(float *dst, const float *src, float sc)
{
    (void)sc;
    afv_scalar_store(dst + 0, afv_scalar_load(src + 0));
    afv_scalar_store(dst + 1, afv_scalar_load(src + 1));
    afv_scalar_store(dst + 2, afv_scalar_load(src + 2));
    afv_scalar_store(dst + 3, afv_scalar_load(src + 3));
    afv_scalar_store(dst + 4, afv_scalar_load(src + 4));
    afv_scalar_store(dst + 5, afv_scalar_load(src + 5));
    afv_scalar_store(dst + 6, afv_scalar_load(src + 6));
    afv_scalar_store(dst + 7, afv_scalar_load(src + 7));
    afv_scalar_store(dst + 8, afv_scalar_load(src + 8));
    afv_scalar_store(dst + 9, afv_scalar_load(src + 9));
    afv_scalar_store(dst + 10, afv_scalar_load(src + 10));
    afv_scalar_store(dst + 11, afv_scalar_load(src + 11));
    afv_scalar_store(dst + 12, afv_scalar_load(src + 12));
    afv_scalar_store(dst + 13, afv_scalar_load(src + 13));
    afv_scalar_store(dst + 14, afv_scalar_load(src + 14));
    afv_scalar_store(dst + 15, afv_scalar_load(src + 15));
    afv_scalar_store(dst + 16, afv_scalar_load(src + 16));
    afv_scalar_store(dst + 17, afv_scalar_load(src + 17));
    afv_scalar_store(dst + 18, afv_scalar_load(src + 18));
    afv_scalar_store(dst + 19, afv_scalar_load(src + 19));
    afv_scalar_store(dst + 20, afv_scalar_load(src + 20));
    afv_scalar_store(dst + 21, afv_scalar_load(src + 21));
    afv_scalar_store(dst + 22, afv_scalar_load(src + 22));
    afv_scalar_store(dst + 23, afv_scalar_load(src + 23));
    afv_scalar_store(dst + 24, afv_scalar_load(src + 24));
    afv_scalar_store(dst + 25, afv_scalar_load(src + 25));
    afv_scalar_store(dst + 26, afv_scalar_load(src + 26));
    afv_scalar_store(dst + 27, afv_scalar_load(src + 27));
    afv_scalar_store(dst + 28, afv_scalar_load(src + 28));
    afv_scalar_store(dst + 29, afv_scalar_load(src + 29));
    afv_scalar_store(dst + 30, afv_scalar_load(src + 30));
    afv_scalar_store(dst + 31, afv_scalar_load(src + 31));
    afv_scalar_store(dst + 32, afv_scalar_load(src + 32));
    afv_scalar_store(dst + 33, afv_scalar_load(src + 33));
    afv_scalar_store(dst + 34, afv_scalar_load(src + 34));
    afv_scalar_store(dst + 35, afv_scalar_load(src + 35));
    afv_scalar_store(dst + 36, afv_scalar_load(src + 36));
    afv_scalar_store(dst + 37, afv_scalar_load(src + 37));
    afv_scalar_store(dst + 38, afv_scalar_load(src + 38));
    afv_scalar_store(dst + 39, afv_scalar_load(src + 39));
    afv_scalar_store(dst + 40, afv_scalar_load(src + 40));
    afv_scalar_store(dst + 41, afv_scalar_load(src + 41));
    afv_scalar_store(dst + 42, afv_scalar_load(src + 42));
    afv_scalar_store(dst + 43, afv_scalar_load(src + 43));
    afv_scalar_store(dst + 44, afv_scalar_load(src + 44));
    afv_scalar_store(dst + 45, afv_scalar_load(src + 45));
    afv_scalar_store(dst + 46, afv_scalar_load(src + 46));
    afv_scalar_store(dst + 47, afv_scalar_load(src + 47));
    afv_scalar_store(dst + 48, afv_scalar_load(src + 48));
    afv_scalar_store(dst + 49, afv_scalar_load(src + 49));
    afv_scalar_store(dst + 50, afv_scalar_load(src + 50));
    afv_scalar_store(dst + 51, afv_scalar_load(src + 51));
    afv_scalar_store(dst + 52, afv_scalar_load(src + 52));
    afv_scalar_store(dst + 53, afv_scalar_load(src + 53));
    afv_scalar_store(dst + 54, afv_scalar_load(src + 54));
    afv_scalar_store(dst + 55, afv_scalar_load(src + 55));
    afv_scalar_store(dst + 56, afv_scalar_load(src + 56));
    afv_scalar_store(dst + 57, afv_scalar_load(src + 57));
    afv_scalar_store(dst + 58, afv_scalar_load(src + 58));
    afv_scalar_store(dst + 59, afv_scalar_load(src + 59));
    afv_scalar_store(dst + 60, afv_scalar_load(src + 60));
    afv_scalar_store(dst + 61, afv_scalar_load(src + 61));
    afv_scalar_store(dst + 62, afv_scalar_load(src + 62));
    afv_scalar_store(dst + 63, afv_scalar_load(src + 63));
    afv_scalar_store(dst + 64, afv_scalar_load(src + 64));
    afv_scalar_store(dst + 65, afv_scalar_load(src + 65));
    afv_scalar_store(dst + 66, afv_scalar_load(src + 66));
    afv_scalar_store(dst + 67, afv_scalar_load(src + 67));
    afv_scalar_store(dst + 68, afv_scalar_load(src + 68));
    afv_scalar_store(dst + 69, afv_scalar_load(src + 69));
    afv_scalar_store(dst + 70, afv_scalar_load(src + 70));
    afv_scalar_store(dst + 71, afv_scalar_load(src + 71));
    afv_scalar_store(dst + 72, afv_scalar_load(src + 72));
    afv_scalar_store(dst + 73, afv_scalar_load(src + 73));
    afv_scalar_store(dst + 74, afv_scalar_load(src + 74));
    afv_scalar_store(dst + 75, afv_scalar_load(src + 75));
    afv_scalar_store(dst + 76, afv_scalar_load(src + 76));
    afv_scalar_store(dst + 77, afv_scalar_load(src + 77));
    afv_scalar_store(dst + 78, afv_scalar_load(src + 78));
    afv_scalar_store(dst + 79, afv_scalar_load(src + 79));
    afv_scalar_store(dst + 80, afv_scalar_load(src + 80));
    afv_scalar_store(dst + 81, afv_scalar_load(src + 81));
    afv_scalar_store(dst + 82, afv_scalar_load(src + 82));
    afv_scalar_store(dst + 83, afv_scalar_load(src + 83));
    afv_scalar_store(dst + 84, afv_scalar_load(src + 84));
    afv_scalar_store(dst + 85, afv_scalar_load(src + 85));
    afv_scalar_store(dst + 86, afv_scalar_load(src + 86));
    afv_scalar_store(dst + 87, afv_scalar_load(src + 87));
    afv_scalar_store(dst + 88, afv_scalar_load(src + 88));
    afv_scalar_store(dst + 89, afv_scalar_load(src + 89));
    afv_scalar_store(dst + 90, afv_scalar_load(src + 90));
    afv_scalar_store(dst + 91, afv_scalar_load(src + 91));
    afv_scalar_store(dst + 92, afv_scalar_load(src + 92));
    afv_scalar_store(dst + 93, afv_scalar_load(src + 93));
    afv_scalar_store(dst + 94, afv_scalar_load(src + 94));
    afv_scalar_store(dst + 95, afv_scalar_load(src + 95));
    afv_scalar_store(dst + 96, afv_scalar_load(src + 96));
    afv_scalar_store(dst + 97, afv_scalar_load(src + 97));
    afv_scalar_store(dst + 98, afv_scalar_load(src + 98));
    afv_scalar_store(dst + 99, afv_scalar_load(src + 99));
    afv_scalar_store(dst + 100, afv_scalar_load(src + 100));
    afv_scalar_store(dst + 101, afv_scalar_load(src + 101));
    afv_scalar_store(dst + 102, afv_scalar_load(src + 102));
    afv_scalar_store(dst + 103, afv_scalar_load(src + 103));
    afv_scalar_store(dst + 104, afv_scalar_load(src + 104));
    afv_scalar_store(dst + 105, afv_scalar_load(src + 105));
    afv_scalar_store(dst + 106, afv_scalar_load(src + 106));
    afv_scalar_store(dst + 107, afv_scalar_load(src + 107));
    afv_scalar_store(dst + 108, afv_scalar_load(src + 108));
    afv_scalar_store(dst + 109, afv_scalar_load(src + 109));
    afv_scalar_store(dst + 110, afv_scalar_load(src + 110));
    afv_scalar_store(dst + 111, afv_scalar_load(src + 111));
    afv_scalar_store(dst + 112, afv_scalar_load(src + 112));
    afv_scalar_store(dst + 113, afv_scalar_load(src + 113));
    afv_scalar_store(dst + 114, afv_scalar_load(src + 114));
    afv_scalar_store(dst + 115, afv_scalar_load(src + 115));
    afv_scalar_store(dst + 116, afv_scalar_load(src + 116));
    afv_scalar_store(dst + 117, afv_scalar_load(src + 117));
    afv_scalar_store(dst + 118, afv_scalar_load(src + 118));
    afv_scalar_store(dst + 119, afv_scalar_load(src + 119));
    afv_scalar_store(dst + 120, afv_scalar_load(src + 120));
    afv_scalar_store(dst + 121, afv_scalar_load(src + 121));
    afv_scalar_store(dst + 122, afv_scalar_load(src + 122));
    afv_scalar_store(dst + 123, afv_scalar_load(src + 123));
    afv_scalar_store(dst + 124, afv_scalar_load(src + 124));
    afv_scalar_store(dst + 125, afv_scalar_load(src + 125));
    afv_scalar_store(dst + 126, afv_scalar_load(src + 126));
    afv_scalar_store(dst + 127, afv_scalar_load(src + 127));
    afv_scalar_store(dst + 128, afv_scalar_load(src + 128));
    afv_scalar_store(dst + 129, afv_scalar_load(src + 129));
    afv_scalar_store(dst + 130, afv_scalar_load(src + 130));
    afv_scalar_store(dst + 131, afv_scalar_load(src + 131));
    afv_scalar_store(dst + 132, afv_scalar_load(src + 132));
    afv_scalar_store(dst + 133, afv_scalar_load(src + 133));
    afv_scalar_store(dst + 134, afv_scalar_load(src + 134));
    afv_scalar_store(dst + 135, afv_scalar_load(src + 135));
    afv_scalar_store(dst + 136, afv_scalar_load(src + 136));
    afv_scalar_store(dst + 137, afv_scalar_load(src + 137));
    afv_scalar_store(dst + 138, afv_scalar_load(src + 138));
    afv_scalar_store(dst + 139, afv_scalar_load(src + 139));
    afv_scalar_store(dst + 140, afv_scalar_load(src + 140));
    afv_scalar_store(dst + 141, afv_scalar_load(src + 141));
    afv_scalar_store(dst + 142, afv_scalar_load(src + 142));
    afv_scalar_store(dst + 143, afv_scalar_load(src + 143));
    afv_scalar_store(dst + 144, afv_scalar_load(src + 144));
    afv_scalar_store(dst + 145, afv_scalar_load(src + 145));
    afv_scalar_store(dst + 146, afv_scalar_load(src + 146));
    afv_scalar_store(dst + 147, afv_scalar_load(src + 147));
    afv_scalar_store(dst + 148, afv_scalar_load(src + 148));
    afv_scalar_store(dst + 149, afv_scalar_load(src + 149));
    afv_scalar_store(dst + 150, afv_scalar_load(src + 150));
    afv_scalar_store(dst + 151, afv_scalar_load(src + 151));
    afv_scalar_store(dst + 152, afv_scalar_load(src + 152));
    afv_scalar_store(dst + 153, afv_scalar_load(src + 153));
    afv_scalar_store(dst + 154, afv_scalar_load(src + 154));
    afv_scalar_store(dst + 155, afv_scalar_load(src + 155));
    afv_scalar_store(dst + 156, afv_scalar_load(src + 156));
    afv_scalar_store(dst + 157, afv_scalar_load(src + 157));
    afv_scalar_store(dst + 158, afv_scalar_load(src + 158));
    afv_scalar_store(dst + 159, afv_scalar_load(src + 159));
    afv_scalar_store(dst + 160, afv_scalar_load(src + 160));
    afv_scalar_store(dst + 161, afv_scalar_load(src + 161));
    afv_scalar_store(dst + 162, afv_scalar_load(src + 162));
    afv_scalar_store(dst + 163, afv_scalar_load(src + 163));
    afv_scalar_store(dst + 164, afv_scalar_load(src + 164));
    afv_scalar_store(dst + 165, afv_scalar_load(src + 165));
    afv_scalar_store(dst + 166, afv_scalar_load(src + 166));
    afv_scalar_store(dst + 167, afv_scalar_load(src + 167));
    afv_scalar_store(dst + 168, afv_scalar_load(src + 168));
    afv_scalar_store(dst + 169, afv_scalar_load(src + 169));
    afv_scalar_store(dst + 170, afv_scalar_load(src + 170));
    afv_scalar_store(dst + 171, afv_scalar_load(src + 171));
    afv_scalar_store(dst + 172, afv_scalar_load(src + 172));
    afv_scalar_store(dst + 173, afv_scalar_load(src + 173));
    afv_scalar_store(dst + 174, afv_scalar_load(src + 174));
    afv_scalar_store(dst + 175, afv_scalar_load(src + 175));
    afv_scalar_store(dst + 176, afv_scalar_load(src + 176));
    afv_scalar_store(dst + 177, afv_scalar_load(src + 177));
    afv_scalar_store(dst + 178, afv_scalar_load(src + 178));
    afv_scalar_store(dst + 179, afv_scalar_load(src + 179));
    afv_scalar_store(dst + 180, afv_scalar_load(src + 180));
    afv_scalar_store(dst + 181, afv_scalar_load(src + 181));
    afv_scalar_store(dst + 182, afv_scalar_load(src + 182));
    afv_scalar_store(dst + 183, afv_scalar_load(src + 183));
    afv_scalar_store(dst + 184, afv_scalar_load(src + 184));
    afv_scalar_store(dst + 185, afv_scalar_load(src + 185));
    afv_scalar_store(dst + 186, afv_scalar_load(src + 186));
    afv_scalar_store(dst + 187, afv_scalar_load(src + 187));
    afv_scalar_store(dst + 188, afv_scalar_load(src + 188));
    afv_scalar_store(dst + 189, afv_scalar_load(src + 189));
    afv_scalar_store(dst + 190, afv_scalar_load(src + 190));
    afv_scalar_store(dst + 191, afv_scalar_load(src + 191));
}
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_pack_v(float *dst, const float *src, float sc)
{
    (void)sc;
    afv_scalar_store(dst + 0, afv_scalar_load(src + 0));
    afv_scalar_store(dst + 1, afv_scalar_load(src + 1));
    afv_scalar_store(dst + 2, afv_scalar_load(src + 2));
    afv_scalar_store(dst + 3, afv_scalar_load(src + 3));
    afv_scalar_store(dst + 4, afv_scalar_load(src + 4));
    afv_scalar_store(dst + 5, afv_scalar_load(src + 5));
    afv_scalar_store(dst + 6, afv_scalar_load(src + 6));
    afv_scalar_store(dst + 7, afv_scalar_load(src + 7));
    afv_scalar_store(dst + 8, afv_scalar_load(src + 8));
    afv_scalar_store(dst + 9, afv_scalar_load(src + 9));
    afv_scalar_store(dst + 10, afv_scalar_load(src + 10));
    afv_scalar_store(dst + 11, afv_scalar_load(src + 11));
    afv_scalar_store(dst + 12, afv_scalar_load(src + 12));
    afv_scalar_store(dst + 13, afv_scalar_load(src + 13));
    afv_scalar_store(dst + 14, afv_scalar_load(src + 14));
    afv_scalar_store(dst + 15, afv_scalar_load(src + 15));
    afv_scalar_store(dst + 16, afv_scalar_load(src + 16));
    afv_scalar_store(dst + 17, afv_scalar_load(src + 17));
    afv_scalar_store(dst + 18, afv_scalar_load(src + 18));
    afv_scalar_store(dst + 19, afv_scalar_load(src + 19));
    afv_scalar_store(dst + 20, afv_scalar_load(src + 20));
    afv_scalar_store(dst + 21, afv_scalar_load(src + 21));
    afv_scalar_store(dst + 22, afv_scalar_load(src + 22));
    afv_scalar_store(dst + 23, afv_scalar_load(src + 23));
    afv_scalar_store(dst + 24, afv_scalar_load(src + 24));
    afv_scalar_store(dst + 25, afv_scalar_load(src + 25));
    afv_scalar_store(dst + 26, afv_scalar_load(src + 26));
    afv_scalar_store(dst + 27, afv_scalar_load(src + 27));
    afv_scalar_store(dst + 28, afv_scalar_load(src + 28));
    afv_scalar_store(dst + 29, afv_scalar_load(src + 29));
    afv_scalar_store(dst + 30, afv_scalar_load(src + 30));
    afv_scalar_store(dst + 31, afv_scalar_load(src + 31));
    afv_scalar_store(dst + 32, afv_scalar_load(src + 32));
    afv_scalar_store(dst + 33, afv_scalar_load(src + 33));
    afv_scalar_store(dst + 34, afv_scalar_load(src + 34));
    afv_scalar_store(dst + 35, afv_scalar_load(src + 35));
    afv_scalar_store(dst + 36, afv_scalar_load(src + 36));
    afv_scalar_store(dst + 37, afv_scalar_load(src + 37));
    afv_scalar_store(dst + 38, afv_scalar_load(src + 38));
    afv_scalar_store(dst + 39, afv_scalar_load(src + 39));
    afv_scalar_store(dst + 40, afv_scalar_load(src + 40));
    afv_scalar_store(dst + 41, afv_scalar_load(src + 41));
    afv_scalar_store(dst + 42, afv_scalar_load(src + 42));
    afv_scalar_store(dst + 43, afv_scalar_load(src + 43));
    afv_scalar_store(dst + 44, afv_scalar_load(src + 44));
    afv_scalar_store(dst + 45, afv_scalar_load(src + 45));
    afv_scalar_store(dst + 46, afv_scalar_load(src + 46));
    afv_scalar_store(dst + 47, afv_scalar_load(src + 47));
    afv_scalar_store(dst + 48, afv_scalar_load(src + 48));
    afv_scalar_store(dst + 49, afv_scalar_load(src + 49));
    afv_scalar_store(dst + 50, afv_scalar_load(src + 50));
    afv_scalar_store(dst + 51, afv_scalar_load(src + 51));
    afv_scalar_store(dst + 52, afv_scalar_load(src + 52));
    afv_scalar_store(dst + 53, afv_scalar_load(src + 53));
    afv_scalar_store(dst + 54, afv_scalar_load(src + 54));
    afv_scalar_store(dst + 55, afv_scalar_load(src + 55));
    afv_scalar_store(dst + 56, afv_scalar_load(src + 56));
    afv_scalar_store(dst + 57, afv_scalar_load(src + 57));
    afv_scalar_store(dst + 58, afv_scalar_load(src + 58));
    afv_scalar_store(dst + 59, afv_scalar_load(src + 59));
    afv_scalar_store(dst + 60, afv_scalar_load(src + 60));
    afv_scalar_store(dst + 61, afv_scalar_load(src + 61));
    afv_scalar_store(dst + 62, afv_scalar_load(src + 62));
    afv_scalar_store(dst + 63, afv_scalar_load(src + 63));
    afv_scalar_store(dst + 64, afv_scalar_load(src + 64));
    afv_scalar_store(dst + 65, afv_scalar_load(src + 65));
    afv_scalar_store(dst + 66, afv_scalar_load(src + 66));
    afv_scalar_store(dst + 67, afv_scalar_load(src + 67));
    afv_scalar_store(dst + 68, afv_scalar_load(src + 68));
    afv_scalar_store(dst + 69, afv_scalar_load(src + 69));
    afv_scalar_store(dst + 70, afv_scalar_load(src + 70));
    afv_scalar_store(dst + 71, afv_scalar_load(src + 71));
    afv_scalar_store(dst + 72, afv_scalar_load(src + 72));
    afv_scalar_store(dst + 73, afv_scalar_load(src + 73));
    afv_scalar_store(dst + 74, afv_scalar_load(src + 74));
    afv_scalar_store(dst + 75, afv_scalar_load(src + 75));
    afv_scalar_store(dst + 76, afv_scalar_load(src + 76));
    afv_scalar_store(dst + 77, afv_scalar_load(src + 77));
    afv_scalar_store(dst + 78, afv_scalar_load(src + 78));
    afv_scalar_store(dst + 79, afv_scalar_load(src + 79));
    afv_scalar_store(dst + 80, afv_scalar_load(src + 80));
    afv_scalar_store(dst + 81, afv_scalar_load(src + 81));
    afv_scalar_store(dst + 82, afv_scalar_load(src + 82));
    afv_scalar_store(dst + 83, afv_scalar_load(src + 83));
    afv_scalar_store(dst + 84, afv_scalar_load(src + 84));
    afv_scalar_store(dst + 85, afv_scalar_load(src + 85));
    afv_scalar_store(dst + 86, afv_scalar_load(src + 86));
    afv_scalar_store(dst + 87, afv_scalar_load(src + 87));
    afv_scalar_store(dst + 88, afv_scalar_load(src + 88));
    afv_scalar_store(dst + 89, afv_scalar_load(src + 89));
    afv_scalar_store(dst + 90, afv_scalar_load(src + 90));
    afv_scalar_store(dst + 91, afv_scalar_load(src + 91));
    afv_scalar_store(dst + 92, afv_scalar_load(src + 92));
    afv_scalar_store(dst + 93, afv_scalar_load(src + 93));
    afv_scalar_store(dst + 94, afv_scalar_load(src + 94));
    afv_scalar_store(dst + 95, afv_scalar_load(src + 95));
    afv_scalar_store(dst + 96, afv_scalar_load(src + 96));
    afv_scalar_store(dst + 97, afv_scalar_load(src + 97));
    afv_scalar_store(dst + 98, afv_scalar_load(src + 98));
    afv_scalar_store(dst + 99, afv_scalar_load(src + 99));
    afv_scalar_store(dst + 100, afv_scalar_load(src + 100));
    afv_scalar_store(dst + 101, afv_scalar_load(src + 101));
    afv_scalar_store(dst + 102, afv_scalar_load(src + 102));
    afv_scalar_store(dst + 103, afv_scalar_load(src + 103));
    afv_scalar_store(dst + 104, afv_scalar_load(src + 104));
    afv_scalar_store(dst + 105, afv_scalar_load(src + 105));
    afv_scalar_store(dst + 106, afv_scalar_load(src + 106));
    afv_scalar_store(dst + 107, afv_scalar_load(src + 107));
    afv_scalar_store(dst + 108, afv_scalar_load(src + 108));
    afv_scalar_store(dst + 109, afv_scalar_load(src + 109));
    afv_scalar_store(dst + 110, afv_scalar_load(src + 110));
    afv_scalar_store(dst + 111, afv_scalar_load(src + 111));
    afv_scalar_store(dst + 112, afv_scalar_load(src + 112));
    afv_scalar_store(dst + 113, afv_scalar_load(src + 113));
    afv_scalar_store(dst + 114, afv_scalar_load(src + 114));
    afv_scalar_store(dst + 115, afv_scalar_load(src + 115));
    afv_scalar_store(dst + 116, afv_scalar_load(src + 116));
    afv_scalar_store(dst + 117, afv_scalar_load(src + 117));
    afv_scalar_store(dst + 118, afv_scalar_load(src + 118));
    afv_scalar_store(dst + 119, afv_scalar_load(src + 119));
    afv_scalar_store(dst + 120, afv_scalar_load(src + 120));
    afv_scalar_store(dst + 121, afv_scalar_load(src + 121));
    afv_scalar_store(dst + 122, afv_scalar_load(src + 122));
    afv_scalar_store(dst + 123, afv_scalar_load(src + 123));
    afv_scalar_store(dst + 124, afv_scalar_load(src + 124));
    afv_scalar_store(dst + 125, afv_scalar_load(src + 125));
    afv_scalar_store(dst + 126, afv_scalar_load(src + 126));
    afv_scalar_store(dst + 127, afv_scalar_load(src + 127));
}

/* 1 when every V element of the n rows is finite: 0 * x is NaN exactly when
 * x is Inf or NaN. Only asked for blocks where some row excludes some key,
 * so that an excluded key's V can never reach that row's acc. */
static AF_TARGET_SCALAR int afk_f32_dk192_dv128_scalar_v_finite(const float *const *vp, int32_t n)
{
    const afv_scalar z = afv_scalar_zero();
    afv_scalar c0 = z, c1 = z;
    for (int32_t k = 0; k < n; k++) {
        const float *v = vp[k];
        c0 = afv_scalar_fma(afv_scalar_load(v + 0), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 1), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 2), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 3), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 4), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 5), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 6), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 7), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 8), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 9), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 10), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 11), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 12), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 13), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 14), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 15), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 16), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 17), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 18), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 19), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 20), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 21), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 22), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 23), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 24), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 25), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 26), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 27), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 28), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 29), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 30), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 31), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 32), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 33), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 34), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 35), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 36), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 37), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 38), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 39), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 40), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 41), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 42), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 43), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 44), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 45), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 46), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 47), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 48), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 49), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 50), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 51), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 52), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 53), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 54), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 55), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 56), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 57), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 58), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 59), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 60), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 61), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 62), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 63), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 64), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 65), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 66), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 67), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 68), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 69), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 70), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 71), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 72), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 73), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 74), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 75), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 76), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 77), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 78), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 79), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 80), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 81), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 82), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 83), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 84), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 85), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 86), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 87), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 88), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 89), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 90), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 91), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 92), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 93), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 94), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 95), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 96), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 97), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 98), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 99), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 100), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 101), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 102), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 103), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 104), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 105), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 106), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 107), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 108), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 109), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 110), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 111), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 112), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 113), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 114), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 115), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 116), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 117), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 118), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 119), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 120), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 121), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 122), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 123), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 124), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 125), z, c1);
        c0 = afv_scalar_fma(afv_scalar_load(v + 126), z, c0);
        c1 = afv_scalar_fma(afv_scalar_load(v + 127), z, c1);
    }
    return afv_scalar_hsum(afv_scalar_add(c0, c1)) == 0.0f;
}

/* QK^T register block: 1 row(s) x 4 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_dec_qk(const float *q0, const float *const *kp, float *s0)
{
    afv_scalar a0_0 = afv_scalar_zero(), a0_1 = afv_scalar_zero(), a0_2 = afv_scalar_zero(), a0_3 = afv_scalar_zero();
    afv_scalar x0, y;
    x0 = afv_scalar_load(q0 + 0);
    y = afv_scalar_load(kp[0] + 0); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 0); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 0); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 0); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 1);
    y = afv_scalar_load(kp[0] + 1); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 1); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 1); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 1); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 2);
    y = afv_scalar_load(kp[0] + 2); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 2); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 2); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 2); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 3);
    y = afv_scalar_load(kp[0] + 3); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 3); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 3); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 3); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 4);
    y = afv_scalar_load(kp[0] + 4); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 4); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 4); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 4); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 5);
    y = afv_scalar_load(kp[0] + 5); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 5); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 5); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 5); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 6);
    y = afv_scalar_load(kp[0] + 6); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 6); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 6); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 6); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 7);
    y = afv_scalar_load(kp[0] + 7); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 7); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 7); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 7); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 8);
    y = afv_scalar_load(kp[0] + 8); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 8); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 8); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 8); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 9);
    y = afv_scalar_load(kp[0] + 9); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 9); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 9); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 9); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 10);
    y = afv_scalar_load(kp[0] + 10); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 10); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 10); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 10); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 11);
    y = afv_scalar_load(kp[0] + 11); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 11); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 11); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 11); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 12);
    y = afv_scalar_load(kp[0] + 12); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 12); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 12); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 12); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 13);
    y = afv_scalar_load(kp[0] + 13); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 13); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 13); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 13); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 14);
    y = afv_scalar_load(kp[0] + 14); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 14); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 14); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 14); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 15);
    y = afv_scalar_load(kp[0] + 15); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 15); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 15); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 15); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 16);
    y = afv_scalar_load(kp[0] + 16); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 16); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 16); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 16); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 17);
    y = afv_scalar_load(kp[0] + 17); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 17); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 17); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 17); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 18);
    y = afv_scalar_load(kp[0] + 18); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 18); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 18); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 18); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 19);
    y = afv_scalar_load(kp[0] + 19); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 19); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 19); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 19); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 20);
    y = afv_scalar_load(kp[0] + 20); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 20); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 20); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 20); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 21);
    y = afv_scalar_load(kp[0] + 21); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 21); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 21); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 21); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 22);
    y = afv_scalar_load(kp[0] + 22); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 22); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 22); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 22); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 23);
    y = afv_scalar_load(kp[0] + 23); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 23); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 23); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 23); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 24);
    y = afv_scalar_load(kp[0] + 24); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 24); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 24); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 24); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 25);
    y = afv_scalar_load(kp[0] + 25); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 25); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 25); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 25); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 26);
    y = afv_scalar_load(kp[0] + 26); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 26); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 26); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 26); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 27);
    y = afv_scalar_load(kp[0] + 27); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 27); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 27); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 27); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 28);
    y = afv_scalar_load(kp[0] + 28); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 28); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 28); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 28); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 29);
    y = afv_scalar_load(kp[0] + 29); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 29); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 29); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 29); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 30);
    y = afv_scalar_load(kp[0] + 30); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 30); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 30); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 30); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 31);
    y = afv_scalar_load(kp[0] + 31); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 31); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 31); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 31); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 32);
    y = afv_scalar_load(kp[0] + 32); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 32); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 32); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 32); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 33);
    y = afv_scalar_load(kp[0] + 33); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 33); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 33); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 33); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 34);
    y = afv_scalar_load(kp[0] + 34); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 34); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 34); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 34); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 35);
    y = afv_scalar_load(kp[0] + 35); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 35); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 35); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 35); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 36);
    y = afv_scalar_load(kp[0] + 36); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 36); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 36); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 36); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 37);
    y = afv_scalar_load(kp[0] + 37); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 37); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 37); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 37); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 38);
    y = afv_scalar_load(kp[0] + 38); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 38); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 38); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 38); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 39);
    y = afv_scalar_load(kp[0] + 39); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 39); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 39); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 39); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 40);
    y = afv_scalar_load(kp[0] + 40); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 40); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 40); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 40); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 41);
    y = afv_scalar_load(kp[0] + 41); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 41); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 41); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 41); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 42);
    y = afv_scalar_load(kp[0] + 42); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 42); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 42); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 42); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 43);
    y = afv_scalar_load(kp[0] + 43); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 43); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 43); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 43); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 44);
    y = afv_scalar_load(kp[0] + 44); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 44); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 44); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 44); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 45);
    y = afv_scalar_load(kp[0] + 45); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 45); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 45); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 45); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 46);
    y = afv_scalar_load(kp[0] + 46); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 46); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 46); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 46); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 47);
    y = afv_scalar_load(kp[0] + 47); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 47); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 47); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 47); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 48);
    y = afv_scalar_load(kp[0] + 48); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 48); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 48); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 48); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 49);
    y = afv_scalar_load(kp[0] + 49); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 49); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 49); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 49); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 50);
    y = afv_scalar_load(kp[0] + 50); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 50); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 50); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 50); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 51);
    y = afv_scalar_load(kp[0] + 51); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 51); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 51); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 51); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 52);
    y = afv_scalar_load(kp[0] + 52); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 52); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 52); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 52); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 53);
    y = afv_scalar_load(kp[0] + 53); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 53); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 53); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 53); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 54);
    y = afv_scalar_load(kp[0] + 54); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 54); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 54); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 54); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 55);
    y = afv_scalar_load(kp[0] + 55); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 55); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 55); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 55); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 56);
    y = afv_scalar_load(kp[0] + 56); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 56); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 56); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 56); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 57);
    y = afv_scalar_load(kp[0] + 57); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 57); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 57); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 57); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 58);
    y = afv_scalar_load(kp[0] + 58); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 58); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 58); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 58); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 59);
    y = afv_scalar_load(kp[0] + 59); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 59); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 59); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 59); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 60);
    y = afv_scalar_load(kp[0] + 60); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 60); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 60); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 60); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 61);
    y = afv_scalar_load(kp[0] + 61); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 61); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 61); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 61); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 62);
    y = afv_scalar_load(kp[0] + 62); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 62); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 62); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 62); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 63);
    y = afv_scalar_load(kp[0] + 63); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 63); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 63); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 63); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 64);
    y = afv_scalar_load(kp[0] + 64); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 64); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 64); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 64); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 65);
    y = afv_scalar_load(kp[0] + 65); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 65); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 65); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 65); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 66);
    y = afv_scalar_load(kp[0] + 66); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 66); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 66); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 66); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 67);
    y = afv_scalar_load(kp[0] + 67); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 67); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 67); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 67); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 68);
    y = afv_scalar_load(kp[0] + 68); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 68); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 68); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 68); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 69);
    y = afv_scalar_load(kp[0] + 69); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 69); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 69); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 69); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 70);
    y = afv_scalar_load(kp[0] + 70); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 70); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 70); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 70); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 71);
    y = afv_scalar_load(kp[0] + 71); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 71); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 71); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 71); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 72);
    y = afv_scalar_load(kp[0] + 72); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 72); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 72); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 72); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 73);
    y = afv_scalar_load(kp[0] + 73); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 73); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 73); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 73); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 74);
    y = afv_scalar_load(kp[0] + 74); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 74); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 74); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 74); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 75);
    y = afv_scalar_load(kp[0] + 75); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 75); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 75); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 75); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 76);
    y = afv_scalar_load(kp[0] + 76); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 76); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 76); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 76); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 77);
    y = afv_scalar_load(kp[0] + 77); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 77); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 77); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 77); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 78);
    y = afv_scalar_load(kp[0] + 78); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 78); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 78); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 78); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 79);
    y = afv_scalar_load(kp[0] + 79); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 79); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 79); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 79); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 80);
    y = afv_scalar_load(kp[0] + 80); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 80); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 80); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 80); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 81);
    y = afv_scalar_load(kp[0] + 81); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 81); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 81); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 81); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 82);
    y = afv_scalar_load(kp[0] + 82); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 82); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 82); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 82); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 83);
    y = afv_scalar_load(kp[0] + 83); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 83); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 83); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 83); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 84);
    y = afv_scalar_load(kp[0] + 84); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 84); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 84); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 84); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 85);
    y = afv_scalar_load(kp[0] + 85); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 85); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 85); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 85); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 86);
    y = afv_scalar_load(kp[0] + 86); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 86); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 86); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 86); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 87);
    y = afv_scalar_load(kp[0] + 87); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 87); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 87); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 87); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 88);
    y = afv_scalar_load(kp[0] + 88); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 88); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 88); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 88); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 89);
    y = afv_scalar_load(kp[0] + 89); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 89); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 89); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 89); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 90);
    y = afv_scalar_load(kp[0] + 90); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 90); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 90); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 90); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 91);
    y = afv_scalar_load(kp[0] + 91); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 91); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 91); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 91); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 92);
    y = afv_scalar_load(kp[0] + 92); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 92); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 92); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 92); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 93);
    y = afv_scalar_load(kp[0] + 93); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 93); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 93); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 93); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 94);
    y = afv_scalar_load(kp[0] + 94); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 94); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 94); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 94); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 95);
    y = afv_scalar_load(kp[0] + 95); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 95); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 95); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 95); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 96);
    y = afv_scalar_load(kp[0] + 96); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 96); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 96); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 96); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 97);
    y = afv_scalar_load(kp[0] + 97); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 97); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 97); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 97); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 98);
    y = afv_scalar_load(kp[0] + 98); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 98); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 98); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 98); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 99);
    y = afv_scalar_load(kp[0] + 99); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 99); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 99); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 99); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 100);
    y = afv_scalar_load(kp[0] + 100); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 100); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 100); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 100); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 101);
    y = afv_scalar_load(kp[0] + 101); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 101); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 101); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 101); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 102);
    y = afv_scalar_load(kp[0] + 102); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 102); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 102); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 102); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 103);
    y = afv_scalar_load(kp[0] + 103); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 103); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 103); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 103); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 104);
    y = afv_scalar_load(kp[0] + 104); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 104); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 104); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 104); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 105);
    y = afv_scalar_load(kp[0] + 105); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 105); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 105); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 105); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 106);
    y = afv_scalar_load(kp[0] + 106); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 106); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 106); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 106); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 107);
    y = afv_scalar_load(kp[0] + 107); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 107); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 107); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 107); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 108);
    y = afv_scalar_load(kp[0] + 108); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 108); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 108); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 108); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 109);
    y = afv_scalar_load(kp[0] + 109); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 109); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 109); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 109); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 110);
    y = afv_scalar_load(kp[0] + 110); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 110); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 110); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 110); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 111);
    y = afv_scalar_load(kp[0] + 111); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 111); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 111); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 111); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 112);
    y = afv_scalar_load(kp[0] + 112); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 112); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 112); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 112); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 113);
    y = afv_scalar_load(kp[0] + 113); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 113); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 113); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 113); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 114);
    y = afv_scalar_load(kp[0] + 114); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 114); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 114); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 114); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 115);
    y = afv_scalar_load(kp[0] + 115); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 115); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 115); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 115); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 116);
    y = afv_scalar_load(kp[0] + 116); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 116); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 116); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 116); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 117);
    y = afv_scalar_load(kp[0] + 117); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 117); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 117); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 117); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 118);
    y = afv_scalar_load(kp[0] + 118); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 118); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 118); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 118); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 119);
    y = afv_scalar_load(kp[0] + 119); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 119); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 119); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 119); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 120);
    y = afv_scalar_load(kp[0] + 120); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 120); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 120); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 120); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 121);
    y = afv_scalar_load(kp[0] + 121); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 121); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 121); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 121); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 122);
    y = afv_scalar_load(kp[0] + 122); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 122); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 122); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 122); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 123);
    y = afv_scalar_load(kp[0] + 123); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 123); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 123); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 123); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 124);
    y = afv_scalar_load(kp[0] + 124); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 124); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 124); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 124); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 125);
    y = afv_scalar_load(kp[0] + 125); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 125); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 125); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 125); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 126);
    y = afv_scalar_load(kp[0] + 126); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 126); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 126); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 126); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 127);
    y = afv_scalar_load(kp[0] + 127); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 127); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 127); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 127); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 128);
    y = afv_scalar_load(kp[0] + 128); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 128); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 128); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 128); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 129);
    y = afv_scalar_load(kp[0] + 129); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 129); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 129); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 129); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 130);
    y = afv_scalar_load(kp[0] + 130); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 130); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 130); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 130); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 131);
    y = afv_scalar_load(kp[0] + 131); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 131); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 131); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 131); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 132);
    y = afv_scalar_load(kp[0] + 132); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 132); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 132); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 132); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 133);
    y = afv_scalar_load(kp[0] + 133); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 133); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 133); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 133); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 134);
    y = afv_scalar_load(kp[0] + 134); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 134); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 134); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 134); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 135);
    y = afv_scalar_load(kp[0] + 135); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 135); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 135); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 135); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 136);
    y = afv_scalar_load(kp[0] + 136); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 136); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 136); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 136); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 137);
    y = afv_scalar_load(kp[0] + 137); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 137); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 137); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 137); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 138);
    y = afv_scalar_load(kp[0] + 138); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 138); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 138); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 138); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 139);
    y = afv_scalar_load(kp[0] + 139); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 139); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 139); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 139); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 140);
    y = afv_scalar_load(kp[0] + 140); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 140); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 140); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 140); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 141);
    y = afv_scalar_load(kp[0] + 141); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 141); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 141); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 141); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 142);
    y = afv_scalar_load(kp[0] + 142); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 142); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 142); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 142); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 143);
    y = afv_scalar_load(kp[0] + 143); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 143); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 143); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 143); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 144);
    y = afv_scalar_load(kp[0] + 144); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 144); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 144); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 144); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 145);
    y = afv_scalar_load(kp[0] + 145); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 145); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 145); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 145); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 146);
    y = afv_scalar_load(kp[0] + 146); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 146); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 146); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 146); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 147);
    y = afv_scalar_load(kp[0] + 147); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 147); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 147); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 147); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 148);
    y = afv_scalar_load(kp[0] + 148); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 148); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 148); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 148); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 149);
    y = afv_scalar_load(kp[0] + 149); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 149); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 149); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 149); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 150);
    y = afv_scalar_load(kp[0] + 150); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 150); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 150); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 150); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 151);
    y = afv_scalar_load(kp[0] + 151); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 151); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 151); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 151); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 152);
    y = afv_scalar_load(kp[0] + 152); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 152); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 152); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 152); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 153);
    y = afv_scalar_load(kp[0] + 153); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 153); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 153); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 153); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 154);
    y = afv_scalar_load(kp[0] + 154); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 154); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 154); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 154); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 155);
    y = afv_scalar_load(kp[0] + 155); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 155); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 155); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 155); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 156);
    y = afv_scalar_load(kp[0] + 156); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 156); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 156); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 156); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 157);
    y = afv_scalar_load(kp[0] + 157); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 157); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 157); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 157); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 158);
    y = afv_scalar_load(kp[0] + 158); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 158); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 158); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 158); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 159);
    y = afv_scalar_load(kp[0] + 159); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 159); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 159); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 159); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 160);
    y = afv_scalar_load(kp[0] + 160); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 160); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 160); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 160); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 161);
    y = afv_scalar_load(kp[0] + 161); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 161); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 161); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 161); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 162);
    y = afv_scalar_load(kp[0] + 162); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 162); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 162); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 162); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 163);
    y = afv_scalar_load(kp[0] + 163); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 163); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 163); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 163); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 164);
    y = afv_scalar_load(kp[0] + 164); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 164); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 164); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 164); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 165);
    y = afv_scalar_load(kp[0] + 165); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 165); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 165); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 165); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 166);
    y = afv_scalar_load(kp[0] + 166); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 166); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 166); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 166); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 167);
    y = afv_scalar_load(kp[0] + 167); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 167); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 167); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 167); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 168);
    y = afv_scalar_load(kp[0] + 168); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 168); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 168); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 168); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 169);
    y = afv_scalar_load(kp[0] + 169); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 169); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 169); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 169); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 170);
    y = afv_scalar_load(kp[0] + 170); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 170); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 170); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 170); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 171);
    y = afv_scalar_load(kp[0] + 171); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 171); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 171); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 171); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 172);
    y = afv_scalar_load(kp[0] + 172); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 172); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 172); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 172); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 173);
    y = afv_scalar_load(kp[0] + 173); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 173); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 173); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 173); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 174);
    y = afv_scalar_load(kp[0] + 174); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 174); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 174); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 174); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 175);
    y = afv_scalar_load(kp[0] + 175); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 175); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 175); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 175); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 176);
    y = afv_scalar_load(kp[0] + 176); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 176); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 176); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 176); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 177);
    y = afv_scalar_load(kp[0] + 177); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 177); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 177); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 177); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 178);
    y = afv_scalar_load(kp[0] + 178); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 178); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 178); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 178); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 179);
    y = afv_scalar_load(kp[0] + 179); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 179); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 179); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 179); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 180);
    y = afv_scalar_load(kp[0] + 180); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 180); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 180); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 180); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 181);
    y = afv_scalar_load(kp[0] + 181); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 181); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 181); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 181); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 182);
    y = afv_scalar_load(kp[0] + 182); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 182); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 182); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 182); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 183);
    y = afv_scalar_load(kp[0] + 183); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 183); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 183); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 183); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 184);
    y = afv_scalar_load(kp[0] + 184); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 184); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 184); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 184); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 185);
    y = afv_scalar_load(kp[0] + 185); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 185); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 185); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 185); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 186);
    y = afv_scalar_load(kp[0] + 186); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 186); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 186); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 186); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 187);
    y = afv_scalar_load(kp[0] + 187); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 187); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 187); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 187); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 188);
    y = afv_scalar_load(kp[0] + 188); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 188); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 188); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 188); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 189);
    y = afv_scalar_load(kp[0] + 189); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 189); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 189); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 189); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 190);
    y = afv_scalar_load(kp[0] + 190); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 190); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 190); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 190); a0_3 = afv_scalar_fma(x0, y, a0_3);
    x0 = afv_scalar_load(q0 + 191);
    y = afv_scalar_load(kp[0] + 191); a0_0 = afv_scalar_fma(x0, y, a0_0);
    y = afv_scalar_load(kp[1] + 191); a0_1 = afv_scalar_fma(x0, y, a0_1);
    y = afv_scalar_load(kp[2] + 191); a0_2 = afv_scalar_fma(x0, y, a0_2);
    y = afv_scalar_load(kp[3] + 191); a0_3 = afv_scalar_fma(x0, y, a0_3);
    *(s0 + 0) = a0_0;
    *(s0 + 1) = a0_1;
    *(s0 + 2) = a0_2;
    *(s0 + 3) = a0_3;
}

/* QK^T register block: 2 row(s) x 2 keys, s_r[k] = dot(q_r, key k), Dk = 192. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_dec_qkm(const float *q0, const float *q1, const float *const *kp, float *s0, float *s1)
{
    afv_scalar a0_0 = afv_scalar_zero(), a0_1 = afv_scalar_zero();
    afv_scalar a1_0 = afv_scalar_zero(), a1_1 = afv_scalar_zero();
    afv_scalar x0, x1, y;
    x0 = afv_scalar_load(q0 + 0); x1 = afv_scalar_load(q1 + 0);
    y = afv_scalar_load(kp[0] + 0); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 0); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 1); x1 = afv_scalar_load(q1 + 1);
    y = afv_scalar_load(kp[0] + 1); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 1); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 2); x1 = afv_scalar_load(q1 + 2);
    y = afv_scalar_load(kp[0] + 2); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 2); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 3); x1 = afv_scalar_load(q1 + 3);
    y = afv_scalar_load(kp[0] + 3); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 3); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 4); x1 = afv_scalar_load(q1 + 4);
    y = afv_scalar_load(kp[0] + 4); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 4); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 5); x1 = afv_scalar_load(q1 + 5);
    y = afv_scalar_load(kp[0] + 5); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 5); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 6); x1 = afv_scalar_load(q1 + 6);
    y = afv_scalar_load(kp[0] + 6); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 6); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 7); x1 = afv_scalar_load(q1 + 7);
    y = afv_scalar_load(kp[0] + 7); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 7); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 8); x1 = afv_scalar_load(q1 + 8);
    y = afv_scalar_load(kp[0] + 8); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 8); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 9); x1 = afv_scalar_load(q1 + 9);
    y = afv_scalar_load(kp[0] + 9); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 9); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 10); x1 = afv_scalar_load(q1 + 10);
    y = afv_scalar_load(kp[0] + 10); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 10); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 11); x1 = afv_scalar_load(q1 + 11);
    y = afv_scalar_load(kp[0] + 11); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 11); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 12); x1 = afv_scalar_load(q1 + 12);
    y = afv_scalar_load(kp[0] + 12); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 12); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 13); x1 = afv_scalar_load(q1 + 13);
    y = afv_scalar_load(kp[0] + 13); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 13); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 14); x1 = afv_scalar_load(q1 + 14);
    y = afv_scalar_load(kp[0] + 14); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 14); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 15); x1 = afv_scalar_load(q1 + 15);
    y = afv_scalar_load(kp[0] + 15); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 15); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 16); x1 = afv_scalar_load(q1 + 16);
    y = afv_scalar_load(kp[0] + 16); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 16); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 17); x1 = afv_scalar_load(q1 + 17);
    y = afv_scalar_load(kp[0] + 17); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 17); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 18); x1 = afv_scalar_load(q1 + 18);
    y = afv_scalar_load(kp[0] + 18); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 18); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 19); x1 = afv_scalar_load(q1 + 19);
    y = afv_scalar_load(kp[0] + 19); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 19); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 20); x1 = afv_scalar_load(q1 + 20);
    y = afv_scalar_load(kp[0] + 20); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 20); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 21); x1 = afv_scalar_load(q1 + 21);
    y = afv_scalar_load(kp[0] + 21); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 21); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 22); x1 = afv_scalar_load(q1 + 22);
    y = afv_scalar_load(kp[0] + 22); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 22); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 23); x1 = afv_scalar_load(q1 + 23);
    y = afv_scalar_load(kp[0] + 23); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 23); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 24); x1 = afv_scalar_load(q1 + 24);
    y = afv_scalar_load(kp[0] + 24); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 24); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 25); x1 = afv_scalar_load(q1 + 25);
    y = afv_scalar_load(kp[0] + 25); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 25); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 26); x1 = afv_scalar_load(q1 + 26);
    y = afv_scalar_load(kp[0] + 26); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 26); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 27); x1 = afv_scalar_load(q1 + 27);
    y = afv_scalar_load(kp[0] + 27); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 27); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 28); x1 = afv_scalar_load(q1 + 28);
    y = afv_scalar_load(kp[0] + 28); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 28); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 29); x1 = afv_scalar_load(q1 + 29);
    y = afv_scalar_load(kp[0] + 29); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 29); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 30); x1 = afv_scalar_load(q1 + 30);
    y = afv_scalar_load(kp[0] + 30); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 30); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 31); x1 = afv_scalar_load(q1 + 31);
    y = afv_scalar_load(kp[0] + 31); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 31); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 32); x1 = afv_scalar_load(q1 + 32);
    y = afv_scalar_load(kp[0] + 32); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 32); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 33); x1 = afv_scalar_load(q1 + 33);
    y = afv_scalar_load(kp[0] + 33); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 33); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 34); x1 = afv_scalar_load(q1 + 34);
    y = afv_scalar_load(kp[0] + 34); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 34); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 35); x1 = afv_scalar_load(q1 + 35);
    y = afv_scalar_load(kp[0] + 35); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 35); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 36); x1 = afv_scalar_load(q1 + 36);
    y = afv_scalar_load(kp[0] + 36); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 36); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 37); x1 = afv_scalar_load(q1 + 37);
    y = afv_scalar_load(kp[0] + 37); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 37); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 38); x1 = afv_scalar_load(q1 + 38);
    y = afv_scalar_load(kp[0] + 38); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 38); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 39); x1 = afv_scalar_load(q1 + 39);
    y = afv_scalar_load(kp[0] + 39); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 39); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 40); x1 = afv_scalar_load(q1 + 40);
    y = afv_scalar_load(kp[0] + 40); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 40); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 41); x1 = afv_scalar_load(q1 + 41);
    y = afv_scalar_load(kp[0] + 41); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 41); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 42); x1 = afv_scalar_load(q1 + 42);
    y = afv_scalar_load(kp[0] + 42); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 42); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 43); x1 = afv_scalar_load(q1 + 43);
    y = afv_scalar_load(kp[0] + 43); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 43); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 44); x1 = afv_scalar_load(q1 + 44);
    y = afv_scalar_load(kp[0] + 44); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 44); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 45); x1 = afv_scalar_load(q1 + 45);
    y = afv_scalar_load(kp[0] + 45); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 45); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 46); x1 = afv_scalar_load(q1 + 46);
    y = afv_scalar_load(kp[0] + 46); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 46); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 47); x1 = afv_scalar_load(q1 + 47);
    y = afv_scalar_load(kp[0] + 47); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 47); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 48); x1 = afv_scalar_load(q1 + 48);
    y = afv_scalar_load(kp[0] + 48); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 48); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 49); x1 = afv_scalar_load(q1 + 49);
    y = afv_scalar_load(kp[0] + 49); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 49); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 50); x1 = afv_scalar_load(q1 + 50);
    y = afv_scalar_load(kp[0] + 50); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 50); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 51); x1 = afv_scalar_load(q1 + 51);
    y = afv_scalar_load(kp[0] + 51); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 51); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 52); x1 = afv_scalar_load(q1 + 52);
    y = afv_scalar_load(kp[0] + 52); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 52); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 53); x1 = afv_scalar_load(q1 + 53);
    y = afv_scalar_load(kp[0] + 53); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 53); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 54); x1 = afv_scalar_load(q1 + 54);
    y = afv_scalar_load(kp[0] + 54); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 54); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 55); x1 = afv_scalar_load(q1 + 55);
    y = afv_scalar_load(kp[0] + 55); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 55); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 56); x1 = afv_scalar_load(q1 + 56);
    y = afv_scalar_load(kp[0] + 56); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 56); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 57); x1 = afv_scalar_load(q1 + 57);
    y = afv_scalar_load(kp[0] + 57); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 57); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 58); x1 = afv_scalar_load(q1 + 58);
    y = afv_scalar_load(kp[0] + 58); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 58); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 59); x1 = afv_scalar_load(q1 + 59);
    y = afv_scalar_load(kp[0] + 59); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 59); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 60); x1 = afv_scalar_load(q1 + 60);
    y = afv_scalar_load(kp[0] + 60); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 60); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 61); x1 = afv_scalar_load(q1 + 61);
    y = afv_scalar_load(kp[0] + 61); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 61); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 62); x1 = afv_scalar_load(q1 + 62);
    y = afv_scalar_load(kp[0] + 62); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 62); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 63); x1 = afv_scalar_load(q1 + 63);
    y = afv_scalar_load(kp[0] + 63); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 63); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 64); x1 = afv_scalar_load(q1 + 64);
    y = afv_scalar_load(kp[0] + 64); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 64); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 65); x1 = afv_scalar_load(q1 + 65);
    y = afv_scalar_load(kp[0] + 65); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 65); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 66); x1 = afv_scalar_load(q1 + 66);
    y = afv_scalar_load(kp[0] + 66); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 66); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 67); x1 = afv_scalar_load(q1 + 67);
    y = afv_scalar_load(kp[0] + 67); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 67); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 68); x1 = afv_scalar_load(q1 + 68);
    y = afv_scalar_load(kp[0] + 68); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 68); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 69); x1 = afv_scalar_load(q1 + 69);
    y = afv_scalar_load(kp[0] + 69); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 69); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 70); x1 = afv_scalar_load(q1 + 70);
    y = afv_scalar_load(kp[0] + 70); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 70); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 71); x1 = afv_scalar_load(q1 + 71);
    y = afv_scalar_load(kp[0] + 71); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 71); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 72); x1 = afv_scalar_load(q1 + 72);
    y = afv_scalar_load(kp[0] + 72); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 72); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 73); x1 = afv_scalar_load(q1 + 73);
    y = afv_scalar_load(kp[0] + 73); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 73); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 74); x1 = afv_scalar_load(q1 + 74);
    y = afv_scalar_load(kp[0] + 74); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 74); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 75); x1 = afv_scalar_load(q1 + 75);
    y = afv_scalar_load(kp[0] + 75); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 75); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 76); x1 = afv_scalar_load(q1 + 76);
    y = afv_scalar_load(kp[0] + 76); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 76); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 77); x1 = afv_scalar_load(q1 + 77);
    y = afv_scalar_load(kp[0] + 77); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 77); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 78); x1 = afv_scalar_load(q1 + 78);
    y = afv_scalar_load(kp[0] + 78); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 78); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 79); x1 = afv_scalar_load(q1 + 79);
    y = afv_scalar_load(kp[0] + 79); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 79); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 80); x1 = afv_scalar_load(q1 + 80);
    y = afv_scalar_load(kp[0] + 80); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 80); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 81); x1 = afv_scalar_load(q1 + 81);
    y = afv_scalar_load(kp[0] + 81); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 81); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 82); x1 = afv_scalar_load(q1 + 82);
    y = afv_scalar_load(kp[0] + 82); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 82); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 83); x1 = afv_scalar_load(q1 + 83);
    y = afv_scalar_load(kp[0] + 83); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 83); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 84); x1 = afv_scalar_load(q1 + 84);
    y = afv_scalar_load(kp[0] + 84); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 84); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 85); x1 = afv_scalar_load(q1 + 85);
    y = afv_scalar_load(kp[0] + 85); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 85); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 86); x1 = afv_scalar_load(q1 + 86);
    y = afv_scalar_load(kp[0] + 86); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 86); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 87); x1 = afv_scalar_load(q1 + 87);
    y = afv_scalar_load(kp[0] + 87); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 87); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 88); x1 = afv_scalar_load(q1 + 88);
    y = afv_scalar_load(kp[0] + 88); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 88); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 89); x1 = afv_scalar_load(q1 + 89);
    y = afv_scalar_load(kp[0] + 89); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 89); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 90); x1 = afv_scalar_load(q1 + 90);
    y = afv_scalar_load(kp[0] + 90); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 90); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 91); x1 = afv_scalar_load(q1 + 91);
    y = afv_scalar_load(kp[0] + 91); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 91); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 92); x1 = afv_scalar_load(q1 + 92);
    y = afv_scalar_load(kp[0] + 92); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 92); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 93); x1 = afv_scalar_load(q1 + 93);
    y = afv_scalar_load(kp[0] + 93); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 93); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 94); x1 = afv_scalar_load(q1 + 94);
    y = afv_scalar_load(kp[0] + 94); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 94); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 95); x1 = afv_scalar_load(q1 + 95);
    y = afv_scalar_load(kp[0] + 95); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 95); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 96); x1 = afv_scalar_load(q1 + 96);
    y = afv_scalar_load(kp[0] + 96); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 96); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 97); x1 = afv_scalar_load(q1 + 97);
    y = afv_scalar_load(kp[0] + 97); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 97); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 98); x1 = afv_scalar_load(q1 + 98);
    y = afv_scalar_load(kp[0] + 98); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 98); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 99); x1 = afv_scalar_load(q1 + 99);
    y = afv_scalar_load(kp[0] + 99); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 99); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 100); x1 = afv_scalar_load(q1 + 100);
    y = afv_scalar_load(kp[0] + 100); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 100); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 101); x1 = afv_scalar_load(q1 + 101);
    y = afv_scalar_load(kp[0] + 101); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 101); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 102); x1 = afv_scalar_load(q1 + 102);
    y = afv_scalar_load(kp[0] + 102); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 102); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 103); x1 = afv_scalar_load(q1 + 103);
    y = afv_scalar_load(kp[0] + 103); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 103); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 104); x1 = afv_scalar_load(q1 + 104);
    y = afv_scalar_load(kp[0] + 104); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 104); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 105); x1 = afv_scalar_load(q1 + 105);
    y = afv_scalar_load(kp[0] + 105); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 105); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 106); x1 = afv_scalar_load(q1 + 106);
    y = afv_scalar_load(kp[0] + 106); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 106); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 107); x1 = afv_scalar_load(q1 + 107);
    y = afv_scalar_load(kp[0] + 107); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 107); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 108); x1 = afv_scalar_load(q1 + 108);
    y = afv_scalar_load(kp[0] + 108); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 108); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 109); x1 = afv_scalar_load(q1 + 109);
    y = afv_scalar_load(kp[0] + 109); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 109); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 110); x1 = afv_scalar_load(q1 + 110);
    y = afv_scalar_load(kp[0] + 110); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 110); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 111); x1 = afv_scalar_load(q1 + 111);
    y = afv_scalar_load(kp[0] + 111); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 111); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 112); x1 = afv_scalar_load(q1 + 112);
    y = afv_scalar_load(kp[0] + 112); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 112); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 113); x1 = afv_scalar_load(q1 + 113);
    y = afv_scalar_load(kp[0] + 113); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 113); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 114); x1 = afv_scalar_load(q1 + 114);
    y = afv_scalar_load(kp[0] + 114); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 114); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 115); x1 = afv_scalar_load(q1 + 115);
    y = afv_scalar_load(kp[0] + 115); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 115); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 116); x1 = afv_scalar_load(q1 + 116);
    y = afv_scalar_load(kp[0] + 116); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 116); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 117); x1 = afv_scalar_load(q1 + 117);
    y = afv_scalar_load(kp[0] + 117); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 117); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 118); x1 = afv_scalar_load(q1 + 118);
    y = afv_scalar_load(kp[0] + 118); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 118); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 119); x1 = afv_scalar_load(q1 + 119);
    y = afv_scalar_load(kp[0] + 119); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 119); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 120); x1 = afv_scalar_load(q1 + 120);
    y = afv_scalar_load(kp[0] + 120); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 120); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 121); x1 = afv_scalar_load(q1 + 121);
    y = afv_scalar_load(kp[0] + 121); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 121); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 122); x1 = afv_scalar_load(q1 + 122);
    y = afv_scalar_load(kp[0] + 122); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 122); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 123); x1 = afv_scalar_load(q1 + 123);
    y = afv_scalar_load(kp[0] + 123); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 123); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 124); x1 = afv_scalar_load(q1 + 124);
    y = afv_scalar_load(kp[0] + 124); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 124); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 125); x1 = afv_scalar_load(q1 + 125);
    y = afv_scalar_load(kp[0] + 125); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 125); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 126); x1 = afv_scalar_load(q1 + 126);
    y = afv_scalar_load(kp[0] + 126); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 126); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 127); x1 = afv_scalar_load(q1 + 127);
    y = afv_scalar_load(kp[0] + 127); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 127); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 128); x1 = afv_scalar_load(q1 + 128);
    y = afv_scalar_load(kp[0] + 128); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 128); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 129); x1 = afv_scalar_load(q1 + 129);
    y = afv_scalar_load(kp[0] + 129); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 129); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 130); x1 = afv_scalar_load(q1 + 130);
    y = afv_scalar_load(kp[0] + 130); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 130); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 131); x1 = afv_scalar_load(q1 + 131);
    y = afv_scalar_load(kp[0] + 131); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 131); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 132); x1 = afv_scalar_load(q1 + 132);
    y = afv_scalar_load(kp[0] + 132); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 132); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 133); x1 = afv_scalar_load(q1 + 133);
    y = afv_scalar_load(kp[0] + 133); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 133); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 134); x1 = afv_scalar_load(q1 + 134);
    y = afv_scalar_load(kp[0] + 134); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 134); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 135); x1 = afv_scalar_load(q1 + 135);
    y = afv_scalar_load(kp[0] + 135); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 135); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 136); x1 = afv_scalar_load(q1 + 136);
    y = afv_scalar_load(kp[0] + 136); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 136); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 137); x1 = afv_scalar_load(q1 + 137);
    y = afv_scalar_load(kp[0] + 137); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 137); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 138); x1 = afv_scalar_load(q1 + 138);
    y = afv_scalar_load(kp[0] + 138); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 138); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 139); x1 = afv_scalar_load(q1 + 139);
    y = afv_scalar_load(kp[0] + 139); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 139); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 140); x1 = afv_scalar_load(q1 + 140);
    y = afv_scalar_load(kp[0] + 140); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 140); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 141); x1 = afv_scalar_load(q1 + 141);
    y = afv_scalar_load(kp[0] + 141); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 141); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 142); x1 = afv_scalar_load(q1 + 142);
    y = afv_scalar_load(kp[0] + 142); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 142); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 143); x1 = afv_scalar_load(q1 + 143);
    y = afv_scalar_load(kp[0] + 143); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 143); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 144); x1 = afv_scalar_load(q1 + 144);
    y = afv_scalar_load(kp[0] + 144); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 144); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 145); x1 = afv_scalar_load(q1 + 145);
    y = afv_scalar_load(kp[0] + 145); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 145); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 146); x1 = afv_scalar_load(q1 + 146);
    y = afv_scalar_load(kp[0] + 146); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 146); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 147); x1 = afv_scalar_load(q1 + 147);
    y = afv_scalar_load(kp[0] + 147); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 147); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 148); x1 = afv_scalar_load(q1 + 148);
    y = afv_scalar_load(kp[0] + 148); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 148); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 149); x1 = afv_scalar_load(q1 + 149);
    y = afv_scalar_load(kp[0] + 149); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 149); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 150); x1 = afv_scalar_load(q1 + 150);
    y = afv_scalar_load(kp[0] + 150); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 150); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 151); x1 = afv_scalar_load(q1 + 151);
    y = afv_scalar_load(kp[0] + 151); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 151); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 152); x1 = afv_scalar_load(q1 + 152);
    y = afv_scalar_load(kp[0] + 152); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 152); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 153); x1 = afv_scalar_load(q1 + 153);
    y = afv_scalar_load(kp[0] + 153); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 153); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 154); x1 = afv_scalar_load(q1 + 154);
    y = afv_scalar_load(kp[0] + 154); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 154); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 155); x1 = afv_scalar_load(q1 + 155);
    y = afv_scalar_load(kp[0] + 155); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 155); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 156); x1 = afv_scalar_load(q1 + 156);
    y = afv_scalar_load(kp[0] + 156); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 156); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 157); x1 = afv_scalar_load(q1 + 157);
    y = afv_scalar_load(kp[0] + 157); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 157); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 158); x1 = afv_scalar_load(q1 + 158);
    y = afv_scalar_load(kp[0] + 158); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 158); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 159); x1 = afv_scalar_load(q1 + 159);
    y = afv_scalar_load(kp[0] + 159); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 159); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 160); x1 = afv_scalar_load(q1 + 160);
    y = afv_scalar_load(kp[0] + 160); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 160); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 161); x1 = afv_scalar_load(q1 + 161);
    y = afv_scalar_load(kp[0] + 161); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 161); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 162); x1 = afv_scalar_load(q1 + 162);
    y = afv_scalar_load(kp[0] + 162); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 162); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 163); x1 = afv_scalar_load(q1 + 163);
    y = afv_scalar_load(kp[0] + 163); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 163); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 164); x1 = afv_scalar_load(q1 + 164);
    y = afv_scalar_load(kp[0] + 164); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 164); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 165); x1 = afv_scalar_load(q1 + 165);
    y = afv_scalar_load(kp[0] + 165); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 165); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 166); x1 = afv_scalar_load(q1 + 166);
    y = afv_scalar_load(kp[0] + 166); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 166); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 167); x1 = afv_scalar_load(q1 + 167);
    y = afv_scalar_load(kp[0] + 167); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 167); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 168); x1 = afv_scalar_load(q1 + 168);
    y = afv_scalar_load(kp[0] + 168); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 168); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 169); x1 = afv_scalar_load(q1 + 169);
    y = afv_scalar_load(kp[0] + 169); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 169); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 170); x1 = afv_scalar_load(q1 + 170);
    y = afv_scalar_load(kp[0] + 170); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 170); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 171); x1 = afv_scalar_load(q1 + 171);
    y = afv_scalar_load(kp[0] + 171); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 171); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 172); x1 = afv_scalar_load(q1 + 172);
    y = afv_scalar_load(kp[0] + 172); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 172); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 173); x1 = afv_scalar_load(q1 + 173);
    y = afv_scalar_load(kp[0] + 173); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 173); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 174); x1 = afv_scalar_load(q1 + 174);
    y = afv_scalar_load(kp[0] + 174); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 174); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 175); x1 = afv_scalar_load(q1 + 175);
    y = afv_scalar_load(kp[0] + 175); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 175); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 176); x1 = afv_scalar_load(q1 + 176);
    y = afv_scalar_load(kp[0] + 176); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 176); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 177); x1 = afv_scalar_load(q1 + 177);
    y = afv_scalar_load(kp[0] + 177); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 177); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 178); x1 = afv_scalar_load(q1 + 178);
    y = afv_scalar_load(kp[0] + 178); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 178); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 179); x1 = afv_scalar_load(q1 + 179);
    y = afv_scalar_load(kp[0] + 179); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 179); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 180); x1 = afv_scalar_load(q1 + 180);
    y = afv_scalar_load(kp[0] + 180); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 180); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 181); x1 = afv_scalar_load(q1 + 181);
    y = afv_scalar_load(kp[0] + 181); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 181); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 182); x1 = afv_scalar_load(q1 + 182);
    y = afv_scalar_load(kp[0] + 182); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 182); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 183); x1 = afv_scalar_load(q1 + 183);
    y = afv_scalar_load(kp[0] + 183); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 183); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 184); x1 = afv_scalar_load(q1 + 184);
    y = afv_scalar_load(kp[0] + 184); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 184); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 185); x1 = afv_scalar_load(q1 + 185);
    y = afv_scalar_load(kp[0] + 185); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 185); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 186); x1 = afv_scalar_load(q1 + 186);
    y = afv_scalar_load(kp[0] + 186); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 186); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 187); x1 = afv_scalar_load(q1 + 187);
    y = afv_scalar_load(kp[0] + 187); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 187); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 188); x1 = afv_scalar_load(q1 + 188);
    y = afv_scalar_load(kp[0] + 188); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 188); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 189); x1 = afv_scalar_load(q1 + 189);
    y = afv_scalar_load(kp[0] + 189); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 189); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 190); x1 = afv_scalar_load(q1 + 190);
    y = afv_scalar_load(kp[0] + 190); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 190); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    x0 = afv_scalar_load(q0 + 191); x1 = afv_scalar_load(q1 + 191);
    y = afv_scalar_load(kp[0] + 191); a0_0 = afv_scalar_fma(x0, y, a0_0); a1_0 = afv_scalar_fma(x1, y, a1_0);
    y = afv_scalar_load(kp[1] + 191); a0_1 = afv_scalar_fma(x0, y, a0_1); a1_1 = afv_scalar_fma(x1, y, a1_1);
    *(s0 + 0) = a0_0;
    *(s0 + 1) = a0_1;
    *(s1 + 0) = a1_0;
    *(s1 + 1) = a1_1;
}

/* P*V register block: 2 row(s) x 4 columns of Dv = 128 per pass. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_dec_pv(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    float *const acc1 = acc[1];
    const float *const p1 = p[1];
    const afv_scalar al1 = afv_scalar_set1(alpha[1]);
    { /* Dv columns 0 .. 3 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 0), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 3), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 0), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 1), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 2), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 3), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 0, c0_0); afv_scalar_store(acc0 + 1, c0_1); afv_scalar_store(acc0 + 2, c0_2); afv_scalar_store(acc0 + 3, c0_3);
        afv_scalar_store(acc1 + 0, c1_0); afv_scalar_store(acc1 + 1, c1_1); afv_scalar_store(acc1 + 2, c1_2); afv_scalar_store(acc1 + 3, c1_3);
    }
    { /* Dv columns 4 .. 7 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 5), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 6), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 7), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 4), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 5), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 6), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 7), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 4;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 4, c0_0); afv_scalar_store(acc0 + 5, c0_1); afv_scalar_store(acc0 + 6, c0_2); afv_scalar_store(acc0 + 7, c0_3);
        afv_scalar_store(acc1 + 4, c1_0); afv_scalar_store(acc1 + 5, c1_1); afv_scalar_store(acc1 + 6, c1_2); afv_scalar_store(acc1 + 7, c1_3);
    }
    { /* Dv columns 8 .. 11 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 8), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 9), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 10), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 11), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 8), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 9), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 10), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 11), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 8;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 8, c0_0); afv_scalar_store(acc0 + 9, c0_1); afv_scalar_store(acc0 + 10, c0_2); afv_scalar_store(acc0 + 11, c0_3);
        afv_scalar_store(acc1 + 8, c1_0); afv_scalar_store(acc1 + 9, c1_1); afv_scalar_store(acc1 + 10, c1_2); afv_scalar_store(acc1 + 11, c1_3);
    }
    { /* Dv columns 12 .. 15 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 12), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 13), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 14), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 15), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 12), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 13), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 14), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 15), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 12;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 12, c0_0); afv_scalar_store(acc0 + 13, c0_1); afv_scalar_store(acc0 + 14, c0_2); afv_scalar_store(acc0 + 15, c0_3);
        afv_scalar_store(acc1 + 12, c1_0); afv_scalar_store(acc1 + 13, c1_1); afv_scalar_store(acc1 + 14, c1_2); afv_scalar_store(acc1 + 15, c1_3);
    }
    { /* Dv columns 16 .. 19 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 16), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 17), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 18), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 19), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 16), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 17), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 18), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 19), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 16, c0_0); afv_scalar_store(acc0 + 17, c0_1); afv_scalar_store(acc0 + 18, c0_2); afv_scalar_store(acc0 + 19, c0_3);
        afv_scalar_store(acc1 + 16, c1_0); afv_scalar_store(acc1 + 17, c1_1); afv_scalar_store(acc1 + 18, c1_2); afv_scalar_store(acc1 + 19, c1_3);
    }
    { /* Dv columns 20 .. 23 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 20), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 21), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 22), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 23), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 20), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 21), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 22), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 23), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 20;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 20, c0_0); afv_scalar_store(acc0 + 21, c0_1); afv_scalar_store(acc0 + 22, c0_2); afv_scalar_store(acc0 + 23, c0_3);
        afv_scalar_store(acc1 + 20, c1_0); afv_scalar_store(acc1 + 21, c1_1); afv_scalar_store(acc1 + 22, c1_2); afv_scalar_store(acc1 + 23, c1_3);
    }
    { /* Dv columns 24 .. 27 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 24), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 25), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 26), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 27), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 24), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 25), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 26), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 27), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 24;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 24, c0_0); afv_scalar_store(acc0 + 25, c0_1); afv_scalar_store(acc0 + 26, c0_2); afv_scalar_store(acc0 + 27, c0_3);
        afv_scalar_store(acc1 + 24, c1_0); afv_scalar_store(acc1 + 25, c1_1); afv_scalar_store(acc1 + 26, c1_2); afv_scalar_store(acc1 + 27, c1_3);
    }
    { /* Dv columns 28 .. 31 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 28), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 29), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 30), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 31), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 28), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 29), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 30), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 31), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 28;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 28, c0_0); afv_scalar_store(acc0 + 29, c0_1); afv_scalar_store(acc0 + 30, c0_2); afv_scalar_store(acc0 + 31, c0_3);
        afv_scalar_store(acc1 + 28, c1_0); afv_scalar_store(acc1 + 29, c1_1); afv_scalar_store(acc1 + 30, c1_2); afv_scalar_store(acc1 + 31, c1_3);
    }
    { /* Dv columns 32 .. 35 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 32), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 33), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 34), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 35), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 32), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 33), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 34), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 35), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 32, c0_0); afv_scalar_store(acc0 + 33, c0_1); afv_scalar_store(acc0 + 34, c0_2); afv_scalar_store(acc0 + 35, c0_3);
        afv_scalar_store(acc1 + 32, c1_0); afv_scalar_store(acc1 + 33, c1_1); afv_scalar_store(acc1 + 34, c1_2); afv_scalar_store(acc1 + 35, c1_3);
    }
    { /* Dv columns 36 .. 39 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 36), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 37), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 38), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 39), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 36), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 37), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 38), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 39), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 36;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 36, c0_0); afv_scalar_store(acc0 + 37, c0_1); afv_scalar_store(acc0 + 38, c0_2); afv_scalar_store(acc0 + 39, c0_3);
        afv_scalar_store(acc1 + 36, c1_0); afv_scalar_store(acc1 + 37, c1_1); afv_scalar_store(acc1 + 38, c1_2); afv_scalar_store(acc1 + 39, c1_3);
    }
    { /* Dv columns 40 .. 43 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 40), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 41), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 42), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 43), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 40), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 41), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 42), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 43), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 40;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 40, c0_0); afv_scalar_store(acc0 + 41, c0_1); afv_scalar_store(acc0 + 42, c0_2); afv_scalar_store(acc0 + 43, c0_3);
        afv_scalar_store(acc1 + 40, c1_0); afv_scalar_store(acc1 + 41, c1_1); afv_scalar_store(acc1 + 42, c1_2); afv_scalar_store(acc1 + 43, c1_3);
    }
    { /* Dv columns 44 .. 47 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 44), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 45), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 46), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 47), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 44), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 45), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 46), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 47), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 44;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 44, c0_0); afv_scalar_store(acc0 + 45, c0_1); afv_scalar_store(acc0 + 46, c0_2); afv_scalar_store(acc0 + 47, c0_3);
        afv_scalar_store(acc1 + 44, c1_0); afv_scalar_store(acc1 + 45, c1_1); afv_scalar_store(acc1 + 46, c1_2); afv_scalar_store(acc1 + 47, c1_3);
    }
    { /* Dv columns 48 .. 51 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 48), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 49), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 50), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 51), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 48), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 49), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 50), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 51), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 48;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 48, c0_0); afv_scalar_store(acc0 + 49, c0_1); afv_scalar_store(acc0 + 50, c0_2); afv_scalar_store(acc0 + 51, c0_3);
        afv_scalar_store(acc1 + 48, c1_0); afv_scalar_store(acc1 + 49, c1_1); afv_scalar_store(acc1 + 50, c1_2); afv_scalar_store(acc1 + 51, c1_3);
    }
    { /* Dv columns 52 .. 55 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 52), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 53), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 54), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 55), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 52), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 53), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 54), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 55), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 52;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 52, c0_0); afv_scalar_store(acc0 + 53, c0_1); afv_scalar_store(acc0 + 54, c0_2); afv_scalar_store(acc0 + 55, c0_3);
        afv_scalar_store(acc1 + 52, c1_0); afv_scalar_store(acc1 + 53, c1_1); afv_scalar_store(acc1 + 54, c1_2); afv_scalar_store(acc1 + 55, c1_3);
    }
    { /* Dv columns 56 .. 59 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 56), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 57), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 58), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 59), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 56), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 57), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 58), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 59), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 56;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 56, c0_0); afv_scalar_store(acc0 + 57, c0_1); afv_scalar_store(acc0 + 58, c0_2); afv_scalar_store(acc0 + 59, c0_3);
        afv_scalar_store(acc1 + 56, c1_0); afv_scalar_store(acc1 + 57, c1_1); afv_scalar_store(acc1 + 58, c1_2); afv_scalar_store(acc1 + 59, c1_3);
    }
    { /* Dv columns 60 .. 63 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 60), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 61), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 62), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 63), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 60), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 61), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 62), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 63), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 60;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 60, c0_0); afv_scalar_store(acc0 + 61, c0_1); afv_scalar_store(acc0 + 62, c0_2); afv_scalar_store(acc0 + 63, c0_3);
        afv_scalar_store(acc1 + 60, c1_0); afv_scalar_store(acc1 + 61, c1_1); afv_scalar_store(acc1 + 62, c1_2); afv_scalar_store(acc1 + 63, c1_3);
    }
    { /* Dv columns 64 .. 67 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 64), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 65), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 66), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 67), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 64), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 65), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 66), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 67), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 64, c0_0); afv_scalar_store(acc0 + 65, c0_1); afv_scalar_store(acc0 + 66, c0_2); afv_scalar_store(acc0 + 67, c0_3);
        afv_scalar_store(acc1 + 64, c1_0); afv_scalar_store(acc1 + 65, c1_1); afv_scalar_store(acc1 + 66, c1_2); afv_scalar_store(acc1 + 67, c1_3);
    }
    { /* Dv columns 68 .. 71 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 68), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 69), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 70), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 71), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 68), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 69), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 70), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 71), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 68;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 68, c0_0); afv_scalar_store(acc0 + 69, c0_1); afv_scalar_store(acc0 + 70, c0_2); afv_scalar_store(acc0 + 71, c0_3);
        afv_scalar_store(acc1 + 68, c1_0); afv_scalar_store(acc1 + 69, c1_1); afv_scalar_store(acc1 + 70, c1_2); afv_scalar_store(acc1 + 71, c1_3);
    }
    { /* Dv columns 72 .. 75 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 72), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 73), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 74), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 75), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 72), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 73), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 74), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 75), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 72;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 72, c0_0); afv_scalar_store(acc0 + 73, c0_1); afv_scalar_store(acc0 + 74, c0_2); afv_scalar_store(acc0 + 75, c0_3);
        afv_scalar_store(acc1 + 72, c1_0); afv_scalar_store(acc1 + 73, c1_1); afv_scalar_store(acc1 + 74, c1_2); afv_scalar_store(acc1 + 75, c1_3);
    }
    { /* Dv columns 76 .. 79 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 76), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 77), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 78), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 79), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 76), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 77), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 78), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 79), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 76;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 76, c0_0); afv_scalar_store(acc0 + 77, c0_1); afv_scalar_store(acc0 + 78, c0_2); afv_scalar_store(acc0 + 79, c0_3);
        afv_scalar_store(acc1 + 76, c1_0); afv_scalar_store(acc1 + 77, c1_1); afv_scalar_store(acc1 + 78, c1_2); afv_scalar_store(acc1 + 79, c1_3);
    }
    { /* Dv columns 80 .. 83 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 80), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 81), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 82), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 83), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 80), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 81), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 82), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 83), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 80;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 80, c0_0); afv_scalar_store(acc0 + 81, c0_1); afv_scalar_store(acc0 + 82, c0_2); afv_scalar_store(acc0 + 83, c0_3);
        afv_scalar_store(acc1 + 80, c1_0); afv_scalar_store(acc1 + 81, c1_1); afv_scalar_store(acc1 + 82, c1_2); afv_scalar_store(acc1 + 83, c1_3);
    }
    { /* Dv columns 84 .. 87 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 84), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 85), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 86), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 87), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 84), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 85), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 86), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 87), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 84;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 84, c0_0); afv_scalar_store(acc0 + 85, c0_1); afv_scalar_store(acc0 + 86, c0_2); afv_scalar_store(acc0 + 87, c0_3);
        afv_scalar_store(acc1 + 84, c1_0); afv_scalar_store(acc1 + 85, c1_1); afv_scalar_store(acc1 + 86, c1_2); afv_scalar_store(acc1 + 87, c1_3);
    }
    { /* Dv columns 88 .. 91 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 88), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 89), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 90), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 91), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 88), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 89), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 90), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 91), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 88;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 88, c0_0); afv_scalar_store(acc0 + 89, c0_1); afv_scalar_store(acc0 + 90, c0_2); afv_scalar_store(acc0 + 91, c0_3);
        afv_scalar_store(acc1 + 88, c1_0); afv_scalar_store(acc1 + 89, c1_1); afv_scalar_store(acc1 + 90, c1_2); afv_scalar_store(acc1 + 91, c1_3);
    }
    { /* Dv columns 92 .. 95 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 92), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 93), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 94), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 95), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 92), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 93), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 94), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 95), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 92;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 92, c0_0); afv_scalar_store(acc0 + 93, c0_1); afv_scalar_store(acc0 + 94, c0_2); afv_scalar_store(acc0 + 95, c0_3);
        afv_scalar_store(acc1 + 92, c1_0); afv_scalar_store(acc1 + 93, c1_1); afv_scalar_store(acc1 + 94, c1_2); afv_scalar_store(acc1 + 95, c1_3);
    }
    { /* Dv columns 96 .. 99 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 96), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 97), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 98), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 99), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 96), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 97), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 98), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 99), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 96, c0_0); afv_scalar_store(acc0 + 97, c0_1); afv_scalar_store(acc0 + 98, c0_2); afv_scalar_store(acc0 + 99, c0_3);
        afv_scalar_store(acc1 + 96, c1_0); afv_scalar_store(acc1 + 97, c1_1); afv_scalar_store(acc1 + 98, c1_2); afv_scalar_store(acc1 + 99, c1_3);
    }
    { /* Dv columns 100 .. 103 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 100), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 101), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 102), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 103), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 100), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 101), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 102), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 103), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 100;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 100, c0_0); afv_scalar_store(acc0 + 101, c0_1); afv_scalar_store(acc0 + 102, c0_2); afv_scalar_store(acc0 + 103, c0_3);
        afv_scalar_store(acc1 + 100, c1_0); afv_scalar_store(acc1 + 101, c1_1); afv_scalar_store(acc1 + 102, c1_2); afv_scalar_store(acc1 + 103, c1_3);
    }
    { /* Dv columns 104 .. 107 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 104), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 105), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 106), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 107), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 104), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 105), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 106), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 107), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 104;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 104, c0_0); afv_scalar_store(acc0 + 105, c0_1); afv_scalar_store(acc0 + 106, c0_2); afv_scalar_store(acc0 + 107, c0_3);
        afv_scalar_store(acc1 + 104, c1_0); afv_scalar_store(acc1 + 105, c1_1); afv_scalar_store(acc1 + 106, c1_2); afv_scalar_store(acc1 + 107, c1_3);
    }
    { /* Dv columns 108 .. 111 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 108), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 109), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 110), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 111), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 108), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 109), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 110), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 111), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 108;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 108, c0_0); afv_scalar_store(acc0 + 109, c0_1); afv_scalar_store(acc0 + 110, c0_2); afv_scalar_store(acc0 + 111, c0_3);
        afv_scalar_store(acc1 + 108, c1_0); afv_scalar_store(acc1 + 109, c1_1); afv_scalar_store(acc1 + 110, c1_2); afv_scalar_store(acc1 + 111, c1_3);
    }
    { /* Dv columns 112 .. 115 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 112), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 113), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 114), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 115), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 112), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 113), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 114), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 115), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 112;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 112, c0_0); afv_scalar_store(acc0 + 113, c0_1); afv_scalar_store(acc0 + 114, c0_2); afv_scalar_store(acc0 + 115, c0_3);
        afv_scalar_store(acc1 + 112, c1_0); afv_scalar_store(acc1 + 113, c1_1); afv_scalar_store(acc1 + 114, c1_2); afv_scalar_store(acc1 + 115, c1_3);
    }
    { /* Dv columns 116 .. 119 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 116), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 117), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 118), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 119), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 116), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 117), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 118), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 119), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 116;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 116, c0_0); afv_scalar_store(acc0 + 117, c0_1); afv_scalar_store(acc0 + 118, c0_2); afv_scalar_store(acc0 + 119, c0_3);
        afv_scalar_store(acc1 + 116, c1_0); afv_scalar_store(acc1 + 117, c1_1); afv_scalar_store(acc1 + 118, c1_2); afv_scalar_store(acc1 + 119, c1_3);
    }
    { /* Dv columns 120 .. 123 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 120), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 121), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 122), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 123), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 120), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 121), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 122), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 123), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 120;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 120, c0_0); afv_scalar_store(acc0 + 121, c0_1); afv_scalar_store(acc0 + 122, c0_2); afv_scalar_store(acc0 + 123, c0_3);
        afv_scalar_store(acc1 + 120, c1_0); afv_scalar_store(acc1 + 121, c1_1); afv_scalar_store(acc1 + 122, c1_2); afv_scalar_store(acc1 + 123, c1_3);
    }
    { /* Dv columns 124 .. 127 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 124), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 125), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 126), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 127), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 124), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 125), al1), c1_2 = afv_scalar_mul(afv_scalar_load(acc1 + 126), al1), c1_3 = afv_scalar_mul(afv_scalar_load(acc1 + 127), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 124;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
            { const afv_scalar b = afv_scalar_set1(p1[k]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); c1_2 = afv_scalar_fma(b, y2, c1_2); c1_3 = afv_scalar_fma(b, y3, c1_3); }
        }
        afv_scalar_store(acc0 + 124, c0_0); afv_scalar_store(acc0 + 125, c0_1); afv_scalar_store(acc0 + 126, c0_2); afv_scalar_store(acc0 + 127, c0_3);
        afv_scalar_store(acc1 + 124, c1_0); afv_scalar_store(acc1 + 125, c1_1); afv_scalar_store(acc1 + 126, c1_2); afv_scalar_store(acc1 + 127, c1_3);
    }
}

/* P*V register block: 1 row(s) x 4 columns of Dv = 128 per pass. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_dec_pv1(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    { /* Dv columns 0 .. 3 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 0), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 3), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 0;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 0, c0_0); afv_scalar_store(acc0 + 1, c0_1); afv_scalar_store(acc0 + 2, c0_2); afv_scalar_store(acc0 + 3, c0_3);
    }
    { /* Dv columns 4 .. 7 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 5), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 6), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 7), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 4;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 4, c0_0); afv_scalar_store(acc0 + 5, c0_1); afv_scalar_store(acc0 + 6, c0_2); afv_scalar_store(acc0 + 7, c0_3);
    }
    { /* Dv columns 8 .. 11 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 8), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 9), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 10), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 11), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 8;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 8, c0_0); afv_scalar_store(acc0 + 9, c0_1); afv_scalar_store(acc0 + 10, c0_2); afv_scalar_store(acc0 + 11, c0_3);
    }
    { /* Dv columns 12 .. 15 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 12), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 13), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 14), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 15), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 12;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 12, c0_0); afv_scalar_store(acc0 + 13, c0_1); afv_scalar_store(acc0 + 14, c0_2); afv_scalar_store(acc0 + 15, c0_3);
    }
    { /* Dv columns 16 .. 19 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 16), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 17), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 18), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 19), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 16;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 16, c0_0); afv_scalar_store(acc0 + 17, c0_1); afv_scalar_store(acc0 + 18, c0_2); afv_scalar_store(acc0 + 19, c0_3);
    }
    { /* Dv columns 20 .. 23 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 20), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 21), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 22), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 23), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 20;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 20, c0_0); afv_scalar_store(acc0 + 21, c0_1); afv_scalar_store(acc0 + 22, c0_2); afv_scalar_store(acc0 + 23, c0_3);
    }
    { /* Dv columns 24 .. 27 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 24), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 25), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 26), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 27), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 24;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 24, c0_0); afv_scalar_store(acc0 + 25, c0_1); afv_scalar_store(acc0 + 26, c0_2); afv_scalar_store(acc0 + 27, c0_3);
    }
    { /* Dv columns 28 .. 31 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 28), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 29), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 30), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 31), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 28;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 28, c0_0); afv_scalar_store(acc0 + 29, c0_1); afv_scalar_store(acc0 + 30, c0_2); afv_scalar_store(acc0 + 31, c0_3);
    }
    { /* Dv columns 32 .. 35 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 32), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 33), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 34), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 35), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 32;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 32, c0_0); afv_scalar_store(acc0 + 33, c0_1); afv_scalar_store(acc0 + 34, c0_2); afv_scalar_store(acc0 + 35, c0_3);
    }
    { /* Dv columns 36 .. 39 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 36), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 37), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 38), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 39), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 36;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 36, c0_0); afv_scalar_store(acc0 + 37, c0_1); afv_scalar_store(acc0 + 38, c0_2); afv_scalar_store(acc0 + 39, c0_3);
    }
    { /* Dv columns 40 .. 43 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 40), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 41), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 42), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 43), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 40;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 40, c0_0); afv_scalar_store(acc0 + 41, c0_1); afv_scalar_store(acc0 + 42, c0_2); afv_scalar_store(acc0 + 43, c0_3);
    }
    { /* Dv columns 44 .. 47 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 44), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 45), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 46), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 47), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 44;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 44, c0_0); afv_scalar_store(acc0 + 45, c0_1); afv_scalar_store(acc0 + 46, c0_2); afv_scalar_store(acc0 + 47, c0_3);
    }
    { /* Dv columns 48 .. 51 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 48), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 49), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 50), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 51), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 48;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 48, c0_0); afv_scalar_store(acc0 + 49, c0_1); afv_scalar_store(acc0 + 50, c0_2); afv_scalar_store(acc0 + 51, c0_3);
    }
    { /* Dv columns 52 .. 55 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 52), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 53), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 54), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 55), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 52;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 52, c0_0); afv_scalar_store(acc0 + 53, c0_1); afv_scalar_store(acc0 + 54, c0_2); afv_scalar_store(acc0 + 55, c0_3);
    }
    { /* Dv columns 56 .. 59 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 56), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 57), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 58), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 59), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 56;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 56, c0_0); afv_scalar_store(acc0 + 57, c0_1); afv_scalar_store(acc0 + 58, c0_2); afv_scalar_store(acc0 + 59, c0_3);
    }
    { /* Dv columns 60 .. 63 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 60), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 61), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 62), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 63), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 60;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 60, c0_0); afv_scalar_store(acc0 + 61, c0_1); afv_scalar_store(acc0 + 62, c0_2); afv_scalar_store(acc0 + 63, c0_3);
    }
    { /* Dv columns 64 .. 67 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 64), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 65), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 66), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 67), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 64;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 64, c0_0); afv_scalar_store(acc0 + 65, c0_1); afv_scalar_store(acc0 + 66, c0_2); afv_scalar_store(acc0 + 67, c0_3);
    }
    { /* Dv columns 68 .. 71 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 68), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 69), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 70), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 71), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 68;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 68, c0_0); afv_scalar_store(acc0 + 69, c0_1); afv_scalar_store(acc0 + 70, c0_2); afv_scalar_store(acc0 + 71, c0_3);
    }
    { /* Dv columns 72 .. 75 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 72), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 73), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 74), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 75), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 72;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 72, c0_0); afv_scalar_store(acc0 + 73, c0_1); afv_scalar_store(acc0 + 74, c0_2); afv_scalar_store(acc0 + 75, c0_3);
    }
    { /* Dv columns 76 .. 79 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 76), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 77), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 78), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 79), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 76;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 76, c0_0); afv_scalar_store(acc0 + 77, c0_1); afv_scalar_store(acc0 + 78, c0_2); afv_scalar_store(acc0 + 79, c0_3);
    }
    { /* Dv columns 80 .. 83 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 80), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 81), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 82), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 83), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 80;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 80, c0_0); afv_scalar_store(acc0 + 81, c0_1); afv_scalar_store(acc0 + 82, c0_2); afv_scalar_store(acc0 + 83, c0_3);
    }
    { /* Dv columns 84 .. 87 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 84), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 85), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 86), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 87), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 84;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 84, c0_0); afv_scalar_store(acc0 + 85, c0_1); afv_scalar_store(acc0 + 86, c0_2); afv_scalar_store(acc0 + 87, c0_3);
    }
    { /* Dv columns 88 .. 91 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 88), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 89), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 90), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 91), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 88;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 88, c0_0); afv_scalar_store(acc0 + 89, c0_1); afv_scalar_store(acc0 + 90, c0_2); afv_scalar_store(acc0 + 91, c0_3);
    }
    { /* Dv columns 92 .. 95 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 92), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 93), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 94), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 95), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 92;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 92, c0_0); afv_scalar_store(acc0 + 93, c0_1); afv_scalar_store(acc0 + 94, c0_2); afv_scalar_store(acc0 + 95, c0_3);
    }
    { /* Dv columns 96 .. 99 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 96), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 97), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 98), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 99), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 96;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 96, c0_0); afv_scalar_store(acc0 + 97, c0_1); afv_scalar_store(acc0 + 98, c0_2); afv_scalar_store(acc0 + 99, c0_3);
    }
    { /* Dv columns 100 .. 103 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 100), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 101), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 102), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 103), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 100;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 100, c0_0); afv_scalar_store(acc0 + 101, c0_1); afv_scalar_store(acc0 + 102, c0_2); afv_scalar_store(acc0 + 103, c0_3);
    }
    { /* Dv columns 104 .. 107 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 104), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 105), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 106), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 107), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 104;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 104, c0_0); afv_scalar_store(acc0 + 105, c0_1); afv_scalar_store(acc0 + 106, c0_2); afv_scalar_store(acc0 + 107, c0_3);
    }
    { /* Dv columns 108 .. 111 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 108), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 109), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 110), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 111), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 108;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 108, c0_0); afv_scalar_store(acc0 + 109, c0_1); afv_scalar_store(acc0 + 110, c0_2); afv_scalar_store(acc0 + 111, c0_3);
    }
    { /* Dv columns 112 .. 115 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 112), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 113), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 114), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 115), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 112;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 112, c0_0); afv_scalar_store(acc0 + 113, c0_1); afv_scalar_store(acc0 + 114, c0_2); afv_scalar_store(acc0 + 115, c0_3);
    }
    { /* Dv columns 116 .. 119 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 116), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 117), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 118), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 119), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 116;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 116, c0_0); afv_scalar_store(acc0 + 117, c0_1); afv_scalar_store(acc0 + 118, c0_2); afv_scalar_store(acc0 + 119, c0_3);
    }
    { /* Dv columns 120 .. 123 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 120), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 121), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 122), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 123), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 120;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 120, c0_0); afv_scalar_store(acc0 + 121, c0_1); afv_scalar_store(acc0 + 122, c0_2); afv_scalar_store(acc0 + 123, c0_3);
    }
    { /* Dv columns 124 .. 127 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 124), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 125), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 126), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 127), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *v = vp[k] + 124;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 124, c0_0); afv_scalar_store(acc0 + 125, c0_1); afv_scalar_store(acc0 + 126, c0_2); afv_scalar_store(acc0 + 127, c0_3);
    }
}

/* P*V register block: 1 row(s) x 4 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_dec_pv1g(float *const *acc, const float *const *p, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const float *const p0 = p[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    { /* Dv columns 0 .. 3 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 0), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 1), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 2), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 3), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 0, c0_0); afv_scalar_store(acc0 + 1, c0_1); afv_scalar_store(acc0 + 2, c0_2); afv_scalar_store(acc0 + 3, c0_3);
    }
    { /* Dv columns 4 .. 7 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 5), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 6), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 7), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 4;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 4, c0_0); afv_scalar_store(acc0 + 5, c0_1); afv_scalar_store(acc0 + 6, c0_2); afv_scalar_store(acc0 + 7, c0_3);
    }
    { /* Dv columns 8 .. 11 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 8), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 9), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 10), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 11), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 8;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 8, c0_0); afv_scalar_store(acc0 + 9, c0_1); afv_scalar_store(acc0 + 10, c0_2); afv_scalar_store(acc0 + 11, c0_3);
    }
    { /* Dv columns 12 .. 15 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 12), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 13), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 14), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 15), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 12;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 12, c0_0); afv_scalar_store(acc0 + 13, c0_1); afv_scalar_store(acc0 + 14, c0_2); afv_scalar_store(acc0 + 15, c0_3);
    }
    { /* Dv columns 16 .. 19 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 16), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 17), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 18), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 19), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 16, c0_0); afv_scalar_store(acc0 + 17, c0_1); afv_scalar_store(acc0 + 18, c0_2); afv_scalar_store(acc0 + 19, c0_3);
    }
    { /* Dv columns 20 .. 23 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 20), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 21), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 22), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 23), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 20;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 20, c0_0); afv_scalar_store(acc0 + 21, c0_1); afv_scalar_store(acc0 + 22, c0_2); afv_scalar_store(acc0 + 23, c0_3);
    }
    { /* Dv columns 24 .. 27 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 24), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 25), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 26), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 27), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 24;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 24, c0_0); afv_scalar_store(acc0 + 25, c0_1); afv_scalar_store(acc0 + 26, c0_2); afv_scalar_store(acc0 + 27, c0_3);
    }
    { /* Dv columns 28 .. 31 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 28), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 29), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 30), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 31), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 28;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 28, c0_0); afv_scalar_store(acc0 + 29, c0_1); afv_scalar_store(acc0 + 30, c0_2); afv_scalar_store(acc0 + 31, c0_3);
    }
    { /* Dv columns 32 .. 35 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 32), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 33), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 34), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 35), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 32, c0_0); afv_scalar_store(acc0 + 33, c0_1); afv_scalar_store(acc0 + 34, c0_2); afv_scalar_store(acc0 + 35, c0_3);
    }
    { /* Dv columns 36 .. 39 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 36), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 37), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 38), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 39), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 36;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 36, c0_0); afv_scalar_store(acc0 + 37, c0_1); afv_scalar_store(acc0 + 38, c0_2); afv_scalar_store(acc0 + 39, c0_3);
    }
    { /* Dv columns 40 .. 43 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 40), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 41), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 42), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 43), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 40;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 40, c0_0); afv_scalar_store(acc0 + 41, c0_1); afv_scalar_store(acc0 + 42, c0_2); afv_scalar_store(acc0 + 43, c0_3);
    }
    { /* Dv columns 44 .. 47 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 44), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 45), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 46), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 47), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 44;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 44, c0_0); afv_scalar_store(acc0 + 45, c0_1); afv_scalar_store(acc0 + 46, c0_2); afv_scalar_store(acc0 + 47, c0_3);
    }
    { /* Dv columns 48 .. 51 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 48), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 49), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 50), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 51), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 48;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 48, c0_0); afv_scalar_store(acc0 + 49, c0_1); afv_scalar_store(acc0 + 50, c0_2); afv_scalar_store(acc0 + 51, c0_3);
    }
    { /* Dv columns 52 .. 55 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 52), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 53), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 54), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 55), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 52;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 52, c0_0); afv_scalar_store(acc0 + 53, c0_1); afv_scalar_store(acc0 + 54, c0_2); afv_scalar_store(acc0 + 55, c0_3);
    }
    { /* Dv columns 56 .. 59 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 56), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 57), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 58), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 59), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 56;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 56, c0_0); afv_scalar_store(acc0 + 57, c0_1); afv_scalar_store(acc0 + 58, c0_2); afv_scalar_store(acc0 + 59, c0_3);
    }
    { /* Dv columns 60 .. 63 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 60), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 61), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 62), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 63), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 60;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 60, c0_0); afv_scalar_store(acc0 + 61, c0_1); afv_scalar_store(acc0 + 62, c0_2); afv_scalar_store(acc0 + 63, c0_3);
    }
    { /* Dv columns 64 .. 67 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 64), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 65), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 66), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 67), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 64, c0_0); afv_scalar_store(acc0 + 65, c0_1); afv_scalar_store(acc0 + 66, c0_2); afv_scalar_store(acc0 + 67, c0_3);
    }
    { /* Dv columns 68 .. 71 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 68), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 69), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 70), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 71), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 68;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 68, c0_0); afv_scalar_store(acc0 + 69, c0_1); afv_scalar_store(acc0 + 70, c0_2); afv_scalar_store(acc0 + 71, c0_3);
    }
    { /* Dv columns 72 .. 75 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 72), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 73), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 74), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 75), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 72;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 72, c0_0); afv_scalar_store(acc0 + 73, c0_1); afv_scalar_store(acc0 + 74, c0_2); afv_scalar_store(acc0 + 75, c0_3);
    }
    { /* Dv columns 76 .. 79 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 76), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 77), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 78), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 79), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 76;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 76, c0_0); afv_scalar_store(acc0 + 77, c0_1); afv_scalar_store(acc0 + 78, c0_2); afv_scalar_store(acc0 + 79, c0_3);
    }
    { /* Dv columns 80 .. 83 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 80), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 81), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 82), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 83), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 80;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 80, c0_0); afv_scalar_store(acc0 + 81, c0_1); afv_scalar_store(acc0 + 82, c0_2); afv_scalar_store(acc0 + 83, c0_3);
    }
    { /* Dv columns 84 .. 87 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 84), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 85), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 86), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 87), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 84;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 84, c0_0); afv_scalar_store(acc0 + 85, c0_1); afv_scalar_store(acc0 + 86, c0_2); afv_scalar_store(acc0 + 87, c0_3);
    }
    { /* Dv columns 88 .. 91 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 88), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 89), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 90), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 91), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 88;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 88, c0_0); afv_scalar_store(acc0 + 89, c0_1); afv_scalar_store(acc0 + 90, c0_2); afv_scalar_store(acc0 + 91, c0_3);
    }
    { /* Dv columns 92 .. 95 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 92), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 93), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 94), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 95), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 92;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 92, c0_0); afv_scalar_store(acc0 + 93, c0_1); afv_scalar_store(acc0 + 94, c0_2); afv_scalar_store(acc0 + 95, c0_3);
    }
    { /* Dv columns 96 .. 99 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 96), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 97), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 98), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 99), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 96, c0_0); afv_scalar_store(acc0 + 97, c0_1); afv_scalar_store(acc0 + 98, c0_2); afv_scalar_store(acc0 + 99, c0_3);
    }
    { /* Dv columns 100 .. 103 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 100), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 101), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 102), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 103), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 100;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 100, c0_0); afv_scalar_store(acc0 + 101, c0_1); afv_scalar_store(acc0 + 102, c0_2); afv_scalar_store(acc0 + 103, c0_3);
    }
    { /* Dv columns 104 .. 107 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 104), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 105), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 106), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 107), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 104;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 104, c0_0); afv_scalar_store(acc0 + 105, c0_1); afv_scalar_store(acc0 + 106, c0_2); afv_scalar_store(acc0 + 107, c0_3);
    }
    { /* Dv columns 108 .. 111 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 108), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 109), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 110), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 111), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 108;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 108, c0_0); afv_scalar_store(acc0 + 109, c0_1); afv_scalar_store(acc0 + 110, c0_2); afv_scalar_store(acc0 + 111, c0_3);
    }
    { /* Dv columns 112 .. 115 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 112), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 113), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 114), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 115), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 112;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 112, c0_0); afv_scalar_store(acc0 + 113, c0_1); afv_scalar_store(acc0 + 114, c0_2); afv_scalar_store(acc0 + 115, c0_3);
    }
    { /* Dv columns 116 .. 119 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 116), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 117), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 118), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 119), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 116;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 116, c0_0); afv_scalar_store(acc0 + 117, c0_1); afv_scalar_store(acc0 + 118, c0_2); afv_scalar_store(acc0 + 119, c0_3);
    }
    { /* Dv columns 120 .. 123 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 120), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 121), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 122), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 123), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 120;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 120, c0_0); afv_scalar_store(acc0 + 121, c0_1); afv_scalar_store(acc0 + 122, c0_2); afv_scalar_store(acc0 + 123, c0_3);
    }
    { /* Dv columns 124 .. 127 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 124), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 125), al0), c0_2 = afv_scalar_mul(afv_scalar_load(acc0 + 126), al0), c0_3 = afv_scalar_mul(afv_scalar_load(acc0 + 127), al0);
        for (int32_t k = 0; k < n; k++) {
            if (p0[k] == 0.0f && signbit(p0[k])) continue; /* excluded key */
            const float *v = vp[k] + 124;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1), y2 = afv_scalar_load(v + 2), y3 = afv_scalar_load(v + 3);
            { const afv_scalar b = afv_scalar_set1(p0[k]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); c0_2 = afv_scalar_fma(b, y2, c0_2); c0_3 = afv_scalar_fma(b, y3, c0_3); }
        }
        afv_scalar_store(acc0 + 124, c0_0); afv_scalar_store(acc0 + 125, c0_1); afv_scalar_store(acc0 + 126, c0_2); afv_scalar_store(acc0 + 127, c0_3);
    }
}

/* ---- decode (templates/decode.c.in) ----
 * Rows are taken in chunks of 21 (Q widened to f32 once per tile) and the
 * keys of the tile in blocks of 20. A tile may span several KV heads (rows
 * h-major, so each KV head's rows are contiguous): each key block is then
 * processed head by head, so the task reads every head's slice of a key row
 * before moving on (whole BSHD rows in order). For each block and head, K rows
 * are gathered (contiguous, strided or paged) and packed into an L1 buffer;
 * every row of the head computes its 4 scores at a time against them
 * (one accumulator per key over the unrolled Dk, one reduction per 4
 * scores), then the block softmax rescales each row once, then P*V runs in
 * 2-row x 4-column register blocks over the same V rows.
 * Online softmax invariant, per row, after the blocks [j0, jb) were processed:
 *   m = max of the visible scores so far (-inf if none),
 *   l = sum of exp(s - m), acc = sum of exp(s - m) * v,
 * so a new block with max mb rescales l and acc by exp(m - max(m, mb)).
 */

/* Keys [jb, jb + n) (n padded to np) for rows [0, nr) of one KV head kvh:
 * rw, qb, sb and alpha point at the first of those rows. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_dec_block(const af_call *c, const af_tile *t, int32_t kvh,
                                           afp_scalar_f32_row *rw, const float *qb, float *sb, float *alpha,
                                           int32_t nr, int64_t jb, int32_t n, int32_t np)
{
    const float *kraw[20], *vraw[20];
    const float *kp[20];
    const float *vp[20];
    int active = 0, partial = 0;
    for (int32_t r = 0; r < nr; r++) active |= rw[r].lo < jb + n && rw[r].hi > jb;
    if (!active) return;
    afp_scalar_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
    for (int32_t k = 0; k < n; k++) {
        kp[k] = kraw[k];
        { /* the row 40 keys ahead (same head; a prefetch never faults, so a
           * row past the end or across a page of a paged cache costs nothing) */
            const char *f = (const char *)(kraw[k] + 40 * c->k_ss);
            __builtin_prefetch(f + 0, 0, 3);
            __builtin_prefetch(f + 64, 0, 3);
            __builtin_prefetch(f + 128, 0, 3);
            __builtin_prefetch(f + 192, 0, 3);
            __builtin_prefetch(f + 256, 0, 3);
            __builtin_prefetch(f + 320, 0, 3);
            __builtin_prefetch(f + 384, 0, 3);
            __builtin_prefetch(f + 448, 0, 3);
            __builtin_prefetch(f + 512, 0, 3);
            __builtin_prefetch(f + 576, 0, 3);
            __builtin_prefetch(f + 640, 0, 3);
            __builtin_prefetch(f + 704, 0, 3);
        }
    }
    for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
    int32_t r = 0;
    for (; r + 2 <= nr; r += 2) {
        if (!((rw[r + 0].lo < jb + n && rw[r + 0].hi > jb) || (rw[r + 1].lo < jb + n && rw[r + 1].hi > jb))) continue;
        for (int32_t k = 0; k < np; k += 2)
            afk_f32_dk192_dv128_scalar_dec_qkm(qb + (r + 0) * 192, qb + (r + 1) * 192, kp + k,
                        sb + (r + 0) * 20 + k, sb + (r + 1) * 20 + k);
    }
    for (; r < nr; r++) {
        if (rw[r].lo >= jb + n || rw[r].hi <= jb) continue;
        for (int32_t k = 0; k < np; k += 4)
            afk_f32_dk192_dv128_scalar_dec_qk(qb + r * 192, kp + k, sb + r * 20 + k);
    }
    for (int32_t r = 0; r < nr; r++)
        alpha[r] = afp_scalar_f32_softmax_row(c, &rw[r], sb + r * 20, jb, n, np, &partial);
    afp_scalar_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
    for (int32_t k = 0; k < n; k++) {
        vp[k] = vraw[k];
        { /* the row 40 keys ahead (same head; a prefetch never faults, so a
           * row past the end or across a page of a paged cache costs nothing) */
            const char *f = (const char *)(vraw[k] + 40 * c->v_ss);
            __builtin_prefetch(f + 0, 0, 3);
            __builtin_prefetch(f + 64, 0, 3);
            __builtin_prefetch(f + 128, 0, 3);
            __builtin_prefetch(f + 192, 0, 3);
            __builtin_prefetch(f + 256, 0, 3);
            __builtin_prefetch(f + 320, 0, 3);
            __builtin_prefetch(f + 384, 0, 3);
            __builtin_prefetch(f + 448, 0, 3);
        }
    }
    if (partial && !afk_f32_dk192_dv128_scalar_v_finite(vp, n)) {
        for (int32_t r = 0; r < nr; r++) {
            float *a[1] = { rw[r].acc };
            const float *pr[1] = { sb + r * 20 };
            afk_f32_dk192_dv128_scalar_dec_pv1g(a, pr, alpha + r, vp, n);
        }
    } else {
        int32_t g = 0;
        for (; g + 2 <= nr; g += 2) {
            float *a[2] = { rw[g + 0].acc, rw[g + 1].acc };
            const float *pr[2] = { sb + (g + 0) * 20, sb + (g + 1) * 20 };
            afk_f32_dk192_dv128_scalar_dec_pv(a, pr, alpha + g, vp, n);
        }
        for (; g < nr; g++) {
            float *a[1] = { rw[g].acc };
            const float *pr[1] = { sb + g * 20 };
            afk_f32_dk192_dv128_scalar_dec_pv1(a, pr, alpha + g, vp, n);
        }
    }
}

AF_TARGET_SCALAR void attnforge_f32_dk192_dv128_decode__scalar(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    const int32_t rpk = t->nkv > 1 ? t->nh / t->nkv * t->ni : nrows; /* rows per KV head */
    afk_f32_dk192_dv128_scalar_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 21) {
        const int32_t nr = nrows - r0 < 21 ? nrows - r0 : 21;
        afp_scalar_f32_row rw[21];
        float qb[21 * 192];
        float sb[21 * 20], alpha[21];
        int64_t klo, khi;
        if (!afk_f32_dk192_dv128_scalar_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int64_t jb = klo; jb < khi; jb += 20) {
            const int32_t n = (int32_t)(khi - jb < 20 ? khi - jb : 20);
            const int32_t np = (n + 3) & ~3;
            for (int32_t ga = 0; ga < nr;) { /* the chunk's rows, one KV head at a time */
                const int32_t g = (r0 + ga) / rpk;
                const int32_t gb = (g + 1) * rpk - r0 < nr ? (g + 1) * rpk - r0 : nr;
                afk_f32_dk192_dv128_scalar_dec_block(c, t, t->kvh + g, rw + ga, qb + (int64_t)ga * 192, sb + (int64_t)ga * 20,
                              alpha + ga, gb - ga, jb, n, np);
                ga = gb;
            }
        }
    }
}

/* QK^T outer-product block: 4 rows x 2 keys over Dk = 192, Q and S transposed. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_pre_qkt(const float *qt, const float *const *kp, float *st)
{
    afv_scalar a0_0 = afv_scalar_zero(), a0_1 = afv_scalar_zero(), a0_2 = afv_scalar_zero(), a0_3 = afv_scalar_zero();
    afv_scalar a1_0 = afv_scalar_zero(), a1_1 = afv_scalar_zero(), a1_2 = afv_scalar_zero(), a1_3 = afv_scalar_zero();
    const float *k0 = kp[0], *k1 = kp[1];
    for (int32_t d = 0; d < 192; d += 4) {
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 0) * 24 + 0), x1 = afv_scalar_load(qt + (d + 0) * 24 + 1), x2 = afv_scalar_load(qt + (d + 0) * 24 + 2), x3 = afv_scalar_load(qt + (d + 0) * 24 + 3);
            { const afv_scalar b = afv_scalar_set1(k0[d + 0]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); a0_2 = afv_scalar_fma(x2, b, a0_2); a0_3 = afv_scalar_fma(x3, b, a0_3); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 0]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); a1_2 = afv_scalar_fma(x2, b, a1_2); a1_3 = afv_scalar_fma(x3, b, a1_3); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 1) * 24 + 0), x1 = afv_scalar_load(qt + (d + 1) * 24 + 1), x2 = afv_scalar_load(qt + (d + 1) * 24 + 2), x3 = afv_scalar_load(qt + (d + 1) * 24 + 3);
            { const afv_scalar b = afv_scalar_set1(k0[d + 1]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); a0_2 = afv_scalar_fma(x2, b, a0_2); a0_3 = afv_scalar_fma(x3, b, a0_3); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 1]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); a1_2 = afv_scalar_fma(x2, b, a1_2); a1_3 = afv_scalar_fma(x3, b, a1_3); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 2) * 24 + 0), x1 = afv_scalar_load(qt + (d + 2) * 24 + 1), x2 = afv_scalar_load(qt + (d + 2) * 24 + 2), x3 = afv_scalar_load(qt + (d + 2) * 24 + 3);
            { const afv_scalar b = afv_scalar_set1(k0[d + 2]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); a0_2 = afv_scalar_fma(x2, b, a0_2); a0_3 = afv_scalar_fma(x3, b, a0_3); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 2]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); a1_2 = afv_scalar_fma(x2, b, a1_2); a1_3 = afv_scalar_fma(x3, b, a1_3); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 3) * 24 + 0), x1 = afv_scalar_load(qt + (d + 3) * 24 + 1), x2 = afv_scalar_load(qt + (d + 3) * 24 + 2), x3 = afv_scalar_load(qt + (d + 3) * 24 + 3);
            { const afv_scalar b = afv_scalar_set1(k0[d + 3]); a0_0 = afv_scalar_fma(x0, b, a0_0); a0_1 = afv_scalar_fma(x1, b, a0_1); a0_2 = afv_scalar_fma(x2, b, a0_2); a0_3 = afv_scalar_fma(x3, b, a0_3); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 3]); a1_0 = afv_scalar_fma(x0, b, a1_0); a1_1 = afv_scalar_fma(x1, b, a1_1); a1_2 = afv_scalar_fma(x2, b, a1_2); a1_3 = afv_scalar_fma(x3, b, a1_3); }
        }
    }
    afv_scalar_store(st + 0, a0_0); afv_scalar_store(st + 1, a0_1); afv_scalar_store(st + 2, a0_2); afv_scalar_store(st + 3, a0_3);
    afv_scalar_store(st + 24, a1_0); afv_scalar_store(st + 25, a1_1); afv_scalar_store(st + 26, a1_2); afv_scalar_store(st + 27, a1_3);
}

/* QK^T outer-product block: 1 rows x 2 keys over Dk = 192, Q and S transposed. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_pre_qkt1(const float *qt, const float *const *kp, float *st)
{
    afv_scalar a0_0 = afv_scalar_zero();
    afv_scalar a1_0 = afv_scalar_zero();
    const float *k0 = kp[0], *k1 = kp[1];
    for (int32_t d = 0; d < 192; d += 4) {
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 0) * 24 + 0);
            { const afv_scalar b = afv_scalar_set1(k0[d + 0]); a0_0 = afv_scalar_fma(x0, b, a0_0); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 0]); a1_0 = afv_scalar_fma(x0, b, a1_0); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 1) * 24 + 0);
            { const afv_scalar b = afv_scalar_set1(k0[d + 1]); a0_0 = afv_scalar_fma(x0, b, a0_0); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 1]); a1_0 = afv_scalar_fma(x0, b, a1_0); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 2) * 24 + 0);
            { const afv_scalar b = afv_scalar_set1(k0[d + 2]); a0_0 = afv_scalar_fma(x0, b, a0_0); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 2]); a1_0 = afv_scalar_fma(x0, b, a1_0); }
        }
        {
            const afv_scalar x0 = afv_scalar_load(qt + (d + 3) * 24 + 0);
            { const afv_scalar b = afv_scalar_set1(k0[d + 3]); a0_0 = afv_scalar_fma(x0, b, a0_0); }
            { const afv_scalar b = afv_scalar_set1(k1[d + 3]); a1_0 = afv_scalar_fma(x0, b, a1_0); }
        }
    }
    afv_scalar_store(st + 0, a0_0);
    afv_scalar_store(st + 24, a1_0);
}

/* P*V register block, weights transposed: 4 row(s) x 2 columns of Dv = 128 per pass. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_pre_pvt(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_scalar al1 = afv_scalar_set1(alpha[1]);
    float *const acc2 = acc[2];
    const afv_scalar al2 = afv_scalar_set1(alpha[2]);
    float *const acc3 = acc[3];
    const afv_scalar al3 = afv_scalar_set1(alpha[3]);
    { /* Dv columns 0 .. 1 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 0), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 1), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 0), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 1), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 0), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 1), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 0), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 1), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 0;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 0, c0_0); afv_scalar_store(acc0 + 1, c0_1);
        afv_scalar_store(acc1 + 0, c1_0); afv_scalar_store(acc1 + 1, c1_1);
        afv_scalar_store(acc2 + 0, c2_0); afv_scalar_store(acc2 + 1, c2_1);
        afv_scalar_store(acc3 + 0, c3_0); afv_scalar_store(acc3 + 1, c3_1);
    }
    { /* Dv columns 2 .. 3 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 2), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 3), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 2), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 3), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 2), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 3), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 2), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 3), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 2;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 2, c0_0); afv_scalar_store(acc0 + 3, c0_1);
        afv_scalar_store(acc1 + 2, c1_0); afv_scalar_store(acc1 + 3, c1_1);
        afv_scalar_store(acc2 + 2, c2_0); afv_scalar_store(acc2 + 3, c2_1);
        afv_scalar_store(acc3 + 2, c3_0); afv_scalar_store(acc3 + 3, c3_1);
    }
    { /* Dv columns 4 .. 5 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 5), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 4), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 5), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 4), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 5), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 4), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 5), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 4;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 4, c0_0); afv_scalar_store(acc0 + 5, c0_1);
        afv_scalar_store(acc1 + 4, c1_0); afv_scalar_store(acc1 + 5, c1_1);
        afv_scalar_store(acc2 + 4, c2_0); afv_scalar_store(acc2 + 5, c2_1);
        afv_scalar_store(acc3 + 4, c3_0); afv_scalar_store(acc3 + 5, c3_1);
    }
    { /* Dv columns 6 .. 7 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 6), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 7), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 6), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 7), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 6), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 7), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 6), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 7), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 6;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 6, c0_0); afv_scalar_store(acc0 + 7, c0_1);
        afv_scalar_store(acc1 + 6, c1_0); afv_scalar_store(acc1 + 7, c1_1);
        afv_scalar_store(acc2 + 6, c2_0); afv_scalar_store(acc2 + 7, c2_1);
        afv_scalar_store(acc3 + 6, c3_0); afv_scalar_store(acc3 + 7, c3_1);
    }
    { /* Dv columns 8 .. 9 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 8), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 9), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 8), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 9), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 8), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 9), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 8), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 9), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 8;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 8, c0_0); afv_scalar_store(acc0 + 9, c0_1);
        afv_scalar_store(acc1 + 8, c1_0); afv_scalar_store(acc1 + 9, c1_1);
        afv_scalar_store(acc2 + 8, c2_0); afv_scalar_store(acc2 + 9, c2_1);
        afv_scalar_store(acc3 + 8, c3_0); afv_scalar_store(acc3 + 9, c3_1);
    }
    { /* Dv columns 10 .. 11 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 10), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 11), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 10), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 11), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 10), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 11), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 10), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 11), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 10;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 10, c0_0); afv_scalar_store(acc0 + 11, c0_1);
        afv_scalar_store(acc1 + 10, c1_0); afv_scalar_store(acc1 + 11, c1_1);
        afv_scalar_store(acc2 + 10, c2_0); afv_scalar_store(acc2 + 11, c2_1);
        afv_scalar_store(acc3 + 10, c3_0); afv_scalar_store(acc3 + 11, c3_1);
    }
    { /* Dv columns 12 .. 13 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 12), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 13), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 12), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 13), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 12), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 13), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 12), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 13), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 12;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 12, c0_0); afv_scalar_store(acc0 + 13, c0_1);
        afv_scalar_store(acc1 + 12, c1_0); afv_scalar_store(acc1 + 13, c1_1);
        afv_scalar_store(acc2 + 12, c2_0); afv_scalar_store(acc2 + 13, c2_1);
        afv_scalar_store(acc3 + 12, c3_0); afv_scalar_store(acc3 + 13, c3_1);
    }
    { /* Dv columns 14 .. 15 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 14), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 15), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 14), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 15), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 14), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 15), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 14), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 15), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 14;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 14, c0_0); afv_scalar_store(acc0 + 15, c0_1);
        afv_scalar_store(acc1 + 14, c1_0); afv_scalar_store(acc1 + 15, c1_1);
        afv_scalar_store(acc2 + 14, c2_0); afv_scalar_store(acc2 + 15, c2_1);
        afv_scalar_store(acc3 + 14, c3_0); afv_scalar_store(acc3 + 15, c3_1);
    }
    { /* Dv columns 16 .. 17 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 16), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 17), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 16), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 17), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 16), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 17), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 16), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 17), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 16;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 16, c0_0); afv_scalar_store(acc0 + 17, c0_1);
        afv_scalar_store(acc1 + 16, c1_0); afv_scalar_store(acc1 + 17, c1_1);
        afv_scalar_store(acc2 + 16, c2_0); afv_scalar_store(acc2 + 17, c2_1);
        afv_scalar_store(acc3 + 16, c3_0); afv_scalar_store(acc3 + 17, c3_1);
    }
    { /* Dv columns 18 .. 19 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 18), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 19), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 18), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 19), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 18), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 19), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 18), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 19), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 18;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 18, c0_0); afv_scalar_store(acc0 + 19, c0_1);
        afv_scalar_store(acc1 + 18, c1_0); afv_scalar_store(acc1 + 19, c1_1);
        afv_scalar_store(acc2 + 18, c2_0); afv_scalar_store(acc2 + 19, c2_1);
        afv_scalar_store(acc3 + 18, c3_0); afv_scalar_store(acc3 + 19, c3_1);
    }
    { /* Dv columns 20 .. 21 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 20), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 21), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 20), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 21), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 20), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 21), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 20), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 21), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 20;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 20, c0_0); afv_scalar_store(acc0 + 21, c0_1);
        afv_scalar_store(acc1 + 20, c1_0); afv_scalar_store(acc1 + 21, c1_1);
        afv_scalar_store(acc2 + 20, c2_0); afv_scalar_store(acc2 + 21, c2_1);
        afv_scalar_store(acc3 + 20, c3_0); afv_scalar_store(acc3 + 21, c3_1);
    }
    { /* Dv columns 22 .. 23 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 22), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 23), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 22), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 23), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 22), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 23), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 22), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 23), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 22;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 22, c0_0); afv_scalar_store(acc0 + 23, c0_1);
        afv_scalar_store(acc1 + 22, c1_0); afv_scalar_store(acc1 + 23, c1_1);
        afv_scalar_store(acc2 + 22, c2_0); afv_scalar_store(acc2 + 23, c2_1);
        afv_scalar_store(acc3 + 22, c3_0); afv_scalar_store(acc3 + 23, c3_1);
    }
    { /* Dv columns 24 .. 25 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 24), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 25), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 24), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 25), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 24), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 25), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 24), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 25), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 24;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 24, c0_0); afv_scalar_store(acc0 + 25, c0_1);
        afv_scalar_store(acc1 + 24, c1_0); afv_scalar_store(acc1 + 25, c1_1);
        afv_scalar_store(acc2 + 24, c2_0); afv_scalar_store(acc2 + 25, c2_1);
        afv_scalar_store(acc3 + 24, c3_0); afv_scalar_store(acc3 + 25, c3_1);
    }
    { /* Dv columns 26 .. 27 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 26), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 27), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 26), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 27), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 26), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 27), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 26), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 27), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 26;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 26, c0_0); afv_scalar_store(acc0 + 27, c0_1);
        afv_scalar_store(acc1 + 26, c1_0); afv_scalar_store(acc1 + 27, c1_1);
        afv_scalar_store(acc2 + 26, c2_0); afv_scalar_store(acc2 + 27, c2_1);
        afv_scalar_store(acc3 + 26, c3_0); afv_scalar_store(acc3 + 27, c3_1);
    }
    { /* Dv columns 28 .. 29 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 28), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 29), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 28), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 29), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 28), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 29), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 28), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 29), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 28;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 28, c0_0); afv_scalar_store(acc0 + 29, c0_1);
        afv_scalar_store(acc1 + 28, c1_0); afv_scalar_store(acc1 + 29, c1_1);
        afv_scalar_store(acc2 + 28, c2_0); afv_scalar_store(acc2 + 29, c2_1);
        afv_scalar_store(acc3 + 28, c3_0); afv_scalar_store(acc3 + 29, c3_1);
    }
    { /* Dv columns 30 .. 31 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 30), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 31), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 30), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 31), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 30), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 31), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 30), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 31), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 30;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 30, c0_0); afv_scalar_store(acc0 + 31, c0_1);
        afv_scalar_store(acc1 + 30, c1_0); afv_scalar_store(acc1 + 31, c1_1);
        afv_scalar_store(acc2 + 30, c2_0); afv_scalar_store(acc2 + 31, c2_1);
        afv_scalar_store(acc3 + 30, c3_0); afv_scalar_store(acc3 + 31, c3_1);
    }
    { /* Dv columns 32 .. 33 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 32), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 33), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 32), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 33), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 32), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 33), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 32), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 33), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 32;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 32, c0_0); afv_scalar_store(acc0 + 33, c0_1);
        afv_scalar_store(acc1 + 32, c1_0); afv_scalar_store(acc1 + 33, c1_1);
        afv_scalar_store(acc2 + 32, c2_0); afv_scalar_store(acc2 + 33, c2_1);
        afv_scalar_store(acc3 + 32, c3_0); afv_scalar_store(acc3 + 33, c3_1);
    }
    { /* Dv columns 34 .. 35 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 34), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 35), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 34), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 35), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 34), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 35), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 34), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 35), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 34;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 34, c0_0); afv_scalar_store(acc0 + 35, c0_1);
        afv_scalar_store(acc1 + 34, c1_0); afv_scalar_store(acc1 + 35, c1_1);
        afv_scalar_store(acc2 + 34, c2_0); afv_scalar_store(acc2 + 35, c2_1);
        afv_scalar_store(acc3 + 34, c3_0); afv_scalar_store(acc3 + 35, c3_1);
    }
    { /* Dv columns 36 .. 37 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 36), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 37), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 36), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 37), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 36), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 37), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 36), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 37), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 36;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 36, c0_0); afv_scalar_store(acc0 + 37, c0_1);
        afv_scalar_store(acc1 + 36, c1_0); afv_scalar_store(acc1 + 37, c1_1);
        afv_scalar_store(acc2 + 36, c2_0); afv_scalar_store(acc2 + 37, c2_1);
        afv_scalar_store(acc3 + 36, c3_0); afv_scalar_store(acc3 + 37, c3_1);
    }
    { /* Dv columns 38 .. 39 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 38), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 39), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 38), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 39), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 38), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 39), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 38), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 39), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 38;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 38, c0_0); afv_scalar_store(acc0 + 39, c0_1);
        afv_scalar_store(acc1 + 38, c1_0); afv_scalar_store(acc1 + 39, c1_1);
        afv_scalar_store(acc2 + 38, c2_0); afv_scalar_store(acc2 + 39, c2_1);
        afv_scalar_store(acc3 + 38, c3_0); afv_scalar_store(acc3 + 39, c3_1);
    }
    { /* Dv columns 40 .. 41 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 40), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 41), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 40), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 41), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 40), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 41), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 40), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 41), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 40;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 40, c0_0); afv_scalar_store(acc0 + 41, c0_1);
        afv_scalar_store(acc1 + 40, c1_0); afv_scalar_store(acc1 + 41, c1_1);
        afv_scalar_store(acc2 + 40, c2_0); afv_scalar_store(acc2 + 41, c2_1);
        afv_scalar_store(acc3 + 40, c3_0); afv_scalar_store(acc3 + 41, c3_1);
    }
    { /* Dv columns 42 .. 43 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 42), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 43), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 42), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 43), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 42), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 43), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 42), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 43), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 42;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 42, c0_0); afv_scalar_store(acc0 + 43, c0_1);
        afv_scalar_store(acc1 + 42, c1_0); afv_scalar_store(acc1 + 43, c1_1);
        afv_scalar_store(acc2 + 42, c2_0); afv_scalar_store(acc2 + 43, c2_1);
        afv_scalar_store(acc3 + 42, c3_0); afv_scalar_store(acc3 + 43, c3_1);
    }
    { /* Dv columns 44 .. 45 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 44), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 45), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 44), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 45), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 44), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 45), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 44), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 45), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 44;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 44, c0_0); afv_scalar_store(acc0 + 45, c0_1);
        afv_scalar_store(acc1 + 44, c1_0); afv_scalar_store(acc1 + 45, c1_1);
        afv_scalar_store(acc2 + 44, c2_0); afv_scalar_store(acc2 + 45, c2_1);
        afv_scalar_store(acc3 + 44, c3_0); afv_scalar_store(acc3 + 45, c3_1);
    }
    { /* Dv columns 46 .. 47 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 46), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 47), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 46), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 47), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 46), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 47), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 46), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 47), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 46;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 46, c0_0); afv_scalar_store(acc0 + 47, c0_1);
        afv_scalar_store(acc1 + 46, c1_0); afv_scalar_store(acc1 + 47, c1_1);
        afv_scalar_store(acc2 + 46, c2_0); afv_scalar_store(acc2 + 47, c2_1);
        afv_scalar_store(acc3 + 46, c3_0); afv_scalar_store(acc3 + 47, c3_1);
    }
    { /* Dv columns 48 .. 49 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 48), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 49), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 48), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 49), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 48), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 49), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 48), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 49), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 48;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 48, c0_0); afv_scalar_store(acc0 + 49, c0_1);
        afv_scalar_store(acc1 + 48, c1_0); afv_scalar_store(acc1 + 49, c1_1);
        afv_scalar_store(acc2 + 48, c2_0); afv_scalar_store(acc2 + 49, c2_1);
        afv_scalar_store(acc3 + 48, c3_0); afv_scalar_store(acc3 + 49, c3_1);
    }
    { /* Dv columns 50 .. 51 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 50), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 51), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 50), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 51), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 50), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 51), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 50), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 51), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 50;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 50, c0_0); afv_scalar_store(acc0 + 51, c0_1);
        afv_scalar_store(acc1 + 50, c1_0); afv_scalar_store(acc1 + 51, c1_1);
        afv_scalar_store(acc2 + 50, c2_0); afv_scalar_store(acc2 + 51, c2_1);
        afv_scalar_store(acc3 + 50, c3_0); afv_scalar_store(acc3 + 51, c3_1);
    }
    { /* Dv columns 52 .. 53 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 52), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 53), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 52), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 53), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 52), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 53), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 52), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 53), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 52;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 52, c0_0); afv_scalar_store(acc0 + 53, c0_1);
        afv_scalar_store(acc1 + 52, c1_0); afv_scalar_store(acc1 + 53, c1_1);
        afv_scalar_store(acc2 + 52, c2_0); afv_scalar_store(acc2 + 53, c2_1);
        afv_scalar_store(acc3 + 52, c3_0); afv_scalar_store(acc3 + 53, c3_1);
    }
    { /* Dv columns 54 .. 55 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 54), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 55), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 54), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 55), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 54), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 55), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 54), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 55), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 54;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 54, c0_0); afv_scalar_store(acc0 + 55, c0_1);
        afv_scalar_store(acc1 + 54, c1_0); afv_scalar_store(acc1 + 55, c1_1);
        afv_scalar_store(acc2 + 54, c2_0); afv_scalar_store(acc2 + 55, c2_1);
        afv_scalar_store(acc3 + 54, c3_0); afv_scalar_store(acc3 + 55, c3_1);
    }
    { /* Dv columns 56 .. 57 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 56), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 57), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 56), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 57), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 56), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 57), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 56), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 57), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 56;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 56, c0_0); afv_scalar_store(acc0 + 57, c0_1);
        afv_scalar_store(acc1 + 56, c1_0); afv_scalar_store(acc1 + 57, c1_1);
        afv_scalar_store(acc2 + 56, c2_0); afv_scalar_store(acc2 + 57, c2_1);
        afv_scalar_store(acc3 + 56, c3_0); afv_scalar_store(acc3 + 57, c3_1);
    }
    { /* Dv columns 58 .. 59 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 58), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 59), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 58), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 59), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 58), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 59), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 58), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 59), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 58;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 58, c0_0); afv_scalar_store(acc0 + 59, c0_1);
        afv_scalar_store(acc1 + 58, c1_0); afv_scalar_store(acc1 + 59, c1_1);
        afv_scalar_store(acc2 + 58, c2_0); afv_scalar_store(acc2 + 59, c2_1);
        afv_scalar_store(acc3 + 58, c3_0); afv_scalar_store(acc3 + 59, c3_1);
    }
    { /* Dv columns 60 .. 61 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 60), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 61), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 60), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 61), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 60), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 61), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 60), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 61), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 60;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 60, c0_0); afv_scalar_store(acc0 + 61, c0_1);
        afv_scalar_store(acc1 + 60, c1_0); afv_scalar_store(acc1 + 61, c1_1);
        afv_scalar_store(acc2 + 60, c2_0); afv_scalar_store(acc2 + 61, c2_1);
        afv_scalar_store(acc3 + 60, c3_0); afv_scalar_store(acc3 + 61, c3_1);
    }
    { /* Dv columns 62 .. 63 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 62), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 63), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 62), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 63), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 62), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 63), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 62), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 63), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 62;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 62, c0_0); afv_scalar_store(acc0 + 63, c0_1);
        afv_scalar_store(acc1 + 62, c1_0); afv_scalar_store(acc1 + 63, c1_1);
        afv_scalar_store(acc2 + 62, c2_0); afv_scalar_store(acc2 + 63, c2_1);
        afv_scalar_store(acc3 + 62, c3_0); afv_scalar_store(acc3 + 63, c3_1);
    }
    { /* Dv columns 64 .. 65 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 64), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 65), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 64), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 65), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 64), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 65), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 64), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 65), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 64;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 64, c0_0); afv_scalar_store(acc0 + 65, c0_1);
        afv_scalar_store(acc1 + 64, c1_0); afv_scalar_store(acc1 + 65, c1_1);
        afv_scalar_store(acc2 + 64, c2_0); afv_scalar_store(acc2 + 65, c2_1);
        afv_scalar_store(acc3 + 64, c3_0); afv_scalar_store(acc3 + 65, c3_1);
    }
    { /* Dv columns 66 .. 67 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 66), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 67), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 66), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 67), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 66), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 67), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 66), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 67), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 66;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 66, c0_0); afv_scalar_store(acc0 + 67, c0_1);
        afv_scalar_store(acc1 + 66, c1_0); afv_scalar_store(acc1 + 67, c1_1);
        afv_scalar_store(acc2 + 66, c2_0); afv_scalar_store(acc2 + 67, c2_1);
        afv_scalar_store(acc3 + 66, c3_0); afv_scalar_store(acc3 + 67, c3_1);
    }
    { /* Dv columns 68 .. 69 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 68), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 69), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 68), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 69), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 68), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 69), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 68), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 69), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 68;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 68, c0_0); afv_scalar_store(acc0 + 69, c0_1);
        afv_scalar_store(acc1 + 68, c1_0); afv_scalar_store(acc1 + 69, c1_1);
        afv_scalar_store(acc2 + 68, c2_0); afv_scalar_store(acc2 + 69, c2_1);
        afv_scalar_store(acc3 + 68, c3_0); afv_scalar_store(acc3 + 69, c3_1);
    }
    { /* Dv columns 70 .. 71 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 70), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 71), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 70), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 71), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 70), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 71), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 70), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 71), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 70;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 70, c0_0); afv_scalar_store(acc0 + 71, c0_1);
        afv_scalar_store(acc1 + 70, c1_0); afv_scalar_store(acc1 + 71, c1_1);
        afv_scalar_store(acc2 + 70, c2_0); afv_scalar_store(acc2 + 71, c2_1);
        afv_scalar_store(acc3 + 70, c3_0); afv_scalar_store(acc3 + 71, c3_1);
    }
    { /* Dv columns 72 .. 73 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 72), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 73), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 72), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 73), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 72), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 73), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 72), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 73), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 72;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 72, c0_0); afv_scalar_store(acc0 + 73, c0_1);
        afv_scalar_store(acc1 + 72, c1_0); afv_scalar_store(acc1 + 73, c1_1);
        afv_scalar_store(acc2 + 72, c2_0); afv_scalar_store(acc2 + 73, c2_1);
        afv_scalar_store(acc3 + 72, c3_0); afv_scalar_store(acc3 + 73, c3_1);
    }
    { /* Dv columns 74 .. 75 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 74), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 75), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 74), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 75), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 74), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 75), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 74), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 75), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 74;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 74, c0_0); afv_scalar_store(acc0 + 75, c0_1);
        afv_scalar_store(acc1 + 74, c1_0); afv_scalar_store(acc1 + 75, c1_1);
        afv_scalar_store(acc2 + 74, c2_0); afv_scalar_store(acc2 + 75, c2_1);
        afv_scalar_store(acc3 + 74, c3_0); afv_scalar_store(acc3 + 75, c3_1);
    }
    { /* Dv columns 76 .. 77 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 76), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 77), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 76), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 77), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 76), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 77), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 76), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 77), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 76;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 76, c0_0); afv_scalar_store(acc0 + 77, c0_1);
        afv_scalar_store(acc1 + 76, c1_0); afv_scalar_store(acc1 + 77, c1_1);
        afv_scalar_store(acc2 + 76, c2_0); afv_scalar_store(acc2 + 77, c2_1);
        afv_scalar_store(acc3 + 76, c3_0); afv_scalar_store(acc3 + 77, c3_1);
    }
    { /* Dv columns 78 .. 79 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 78), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 79), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 78), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 79), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 78), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 79), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 78), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 79), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 78;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 78, c0_0); afv_scalar_store(acc0 + 79, c0_1);
        afv_scalar_store(acc1 + 78, c1_0); afv_scalar_store(acc1 + 79, c1_1);
        afv_scalar_store(acc2 + 78, c2_0); afv_scalar_store(acc2 + 79, c2_1);
        afv_scalar_store(acc3 + 78, c3_0); afv_scalar_store(acc3 + 79, c3_1);
    }
    { /* Dv columns 80 .. 81 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 80), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 81), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 80), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 81), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 80), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 81), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 80), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 81), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 80;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 80, c0_0); afv_scalar_store(acc0 + 81, c0_1);
        afv_scalar_store(acc1 + 80, c1_0); afv_scalar_store(acc1 + 81, c1_1);
        afv_scalar_store(acc2 + 80, c2_0); afv_scalar_store(acc2 + 81, c2_1);
        afv_scalar_store(acc3 + 80, c3_0); afv_scalar_store(acc3 + 81, c3_1);
    }
    { /* Dv columns 82 .. 83 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 82), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 83), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 82), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 83), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 82), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 83), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 82), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 83), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 82;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 82, c0_0); afv_scalar_store(acc0 + 83, c0_1);
        afv_scalar_store(acc1 + 82, c1_0); afv_scalar_store(acc1 + 83, c1_1);
        afv_scalar_store(acc2 + 82, c2_0); afv_scalar_store(acc2 + 83, c2_1);
        afv_scalar_store(acc3 + 82, c3_0); afv_scalar_store(acc3 + 83, c3_1);
    }
    { /* Dv columns 84 .. 85 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 84), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 85), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 84), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 85), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 84), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 85), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 84), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 85), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 84;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 84, c0_0); afv_scalar_store(acc0 + 85, c0_1);
        afv_scalar_store(acc1 + 84, c1_0); afv_scalar_store(acc1 + 85, c1_1);
        afv_scalar_store(acc2 + 84, c2_0); afv_scalar_store(acc2 + 85, c2_1);
        afv_scalar_store(acc3 + 84, c3_0); afv_scalar_store(acc3 + 85, c3_1);
    }
    { /* Dv columns 86 .. 87 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 86), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 87), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 86), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 87), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 86), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 87), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 86), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 87), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 86;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 86, c0_0); afv_scalar_store(acc0 + 87, c0_1);
        afv_scalar_store(acc1 + 86, c1_0); afv_scalar_store(acc1 + 87, c1_1);
        afv_scalar_store(acc2 + 86, c2_0); afv_scalar_store(acc2 + 87, c2_1);
        afv_scalar_store(acc3 + 86, c3_0); afv_scalar_store(acc3 + 87, c3_1);
    }
    { /* Dv columns 88 .. 89 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 88), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 89), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 88), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 89), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 88), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 89), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 88), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 89), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 88;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 88, c0_0); afv_scalar_store(acc0 + 89, c0_1);
        afv_scalar_store(acc1 + 88, c1_0); afv_scalar_store(acc1 + 89, c1_1);
        afv_scalar_store(acc2 + 88, c2_0); afv_scalar_store(acc2 + 89, c2_1);
        afv_scalar_store(acc3 + 88, c3_0); afv_scalar_store(acc3 + 89, c3_1);
    }
    { /* Dv columns 90 .. 91 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 90), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 91), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 90), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 91), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 90), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 91), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 90), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 91), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 90;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 90, c0_0); afv_scalar_store(acc0 + 91, c0_1);
        afv_scalar_store(acc1 + 90, c1_0); afv_scalar_store(acc1 + 91, c1_1);
        afv_scalar_store(acc2 + 90, c2_0); afv_scalar_store(acc2 + 91, c2_1);
        afv_scalar_store(acc3 + 90, c3_0); afv_scalar_store(acc3 + 91, c3_1);
    }
    { /* Dv columns 92 .. 93 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 92), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 93), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 92), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 93), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 92), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 93), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 92), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 93), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 92;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 92, c0_0); afv_scalar_store(acc0 + 93, c0_1);
        afv_scalar_store(acc1 + 92, c1_0); afv_scalar_store(acc1 + 93, c1_1);
        afv_scalar_store(acc2 + 92, c2_0); afv_scalar_store(acc2 + 93, c2_1);
        afv_scalar_store(acc3 + 92, c3_0); afv_scalar_store(acc3 + 93, c3_1);
    }
    { /* Dv columns 94 .. 95 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 94), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 95), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 94), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 95), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 94), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 95), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 94), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 95), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 94;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 94, c0_0); afv_scalar_store(acc0 + 95, c0_1);
        afv_scalar_store(acc1 + 94, c1_0); afv_scalar_store(acc1 + 95, c1_1);
        afv_scalar_store(acc2 + 94, c2_0); afv_scalar_store(acc2 + 95, c2_1);
        afv_scalar_store(acc3 + 94, c3_0); afv_scalar_store(acc3 + 95, c3_1);
    }
    { /* Dv columns 96 .. 97 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 96), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 97), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 96), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 97), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 96), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 97), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 96), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 97), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 96;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 96, c0_0); afv_scalar_store(acc0 + 97, c0_1);
        afv_scalar_store(acc1 + 96, c1_0); afv_scalar_store(acc1 + 97, c1_1);
        afv_scalar_store(acc2 + 96, c2_0); afv_scalar_store(acc2 + 97, c2_1);
        afv_scalar_store(acc3 + 96, c3_0); afv_scalar_store(acc3 + 97, c3_1);
    }
    { /* Dv columns 98 .. 99 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 98), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 99), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 98), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 99), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 98), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 99), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 98), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 99), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 98;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 98, c0_0); afv_scalar_store(acc0 + 99, c0_1);
        afv_scalar_store(acc1 + 98, c1_0); afv_scalar_store(acc1 + 99, c1_1);
        afv_scalar_store(acc2 + 98, c2_0); afv_scalar_store(acc2 + 99, c2_1);
        afv_scalar_store(acc3 + 98, c3_0); afv_scalar_store(acc3 + 99, c3_1);
    }
    { /* Dv columns 100 .. 101 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 100), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 101), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 100), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 101), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 100), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 101), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 100), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 101), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 100;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 100, c0_0); afv_scalar_store(acc0 + 101, c0_1);
        afv_scalar_store(acc1 + 100, c1_0); afv_scalar_store(acc1 + 101, c1_1);
        afv_scalar_store(acc2 + 100, c2_0); afv_scalar_store(acc2 + 101, c2_1);
        afv_scalar_store(acc3 + 100, c3_0); afv_scalar_store(acc3 + 101, c3_1);
    }
    { /* Dv columns 102 .. 103 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 102), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 103), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 102), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 103), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 102), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 103), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 102), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 103), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 102;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 102, c0_0); afv_scalar_store(acc0 + 103, c0_1);
        afv_scalar_store(acc1 + 102, c1_0); afv_scalar_store(acc1 + 103, c1_1);
        afv_scalar_store(acc2 + 102, c2_0); afv_scalar_store(acc2 + 103, c2_1);
        afv_scalar_store(acc3 + 102, c3_0); afv_scalar_store(acc3 + 103, c3_1);
    }
    { /* Dv columns 104 .. 105 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 104), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 105), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 104), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 105), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 104), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 105), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 104), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 105), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 104;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 104, c0_0); afv_scalar_store(acc0 + 105, c0_1);
        afv_scalar_store(acc1 + 104, c1_0); afv_scalar_store(acc1 + 105, c1_1);
        afv_scalar_store(acc2 + 104, c2_0); afv_scalar_store(acc2 + 105, c2_1);
        afv_scalar_store(acc3 + 104, c3_0); afv_scalar_store(acc3 + 105, c3_1);
    }
    { /* Dv columns 106 .. 107 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 106), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 107), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 106), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 107), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 106), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 107), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 106), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 107), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 106;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 106, c0_0); afv_scalar_store(acc0 + 107, c0_1);
        afv_scalar_store(acc1 + 106, c1_0); afv_scalar_store(acc1 + 107, c1_1);
        afv_scalar_store(acc2 + 106, c2_0); afv_scalar_store(acc2 + 107, c2_1);
        afv_scalar_store(acc3 + 106, c3_0); afv_scalar_store(acc3 + 107, c3_1);
    }
    { /* Dv columns 108 .. 109 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 108), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 109), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 108), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 109), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 108), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 109), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 108), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 109), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 108;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 108, c0_0); afv_scalar_store(acc0 + 109, c0_1);
        afv_scalar_store(acc1 + 108, c1_0); afv_scalar_store(acc1 + 109, c1_1);
        afv_scalar_store(acc2 + 108, c2_0); afv_scalar_store(acc2 + 109, c2_1);
        afv_scalar_store(acc3 + 108, c3_0); afv_scalar_store(acc3 + 109, c3_1);
    }
    { /* Dv columns 110 .. 111 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 110), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 111), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 110), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 111), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 110), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 111), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 110), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 111), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 110;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 110, c0_0); afv_scalar_store(acc0 + 111, c0_1);
        afv_scalar_store(acc1 + 110, c1_0); afv_scalar_store(acc1 + 111, c1_1);
        afv_scalar_store(acc2 + 110, c2_0); afv_scalar_store(acc2 + 111, c2_1);
        afv_scalar_store(acc3 + 110, c3_0); afv_scalar_store(acc3 + 111, c3_1);
    }
    { /* Dv columns 112 .. 113 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 112), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 113), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 112), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 113), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 112), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 113), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 112), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 113), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 112;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 112, c0_0); afv_scalar_store(acc0 + 113, c0_1);
        afv_scalar_store(acc1 + 112, c1_0); afv_scalar_store(acc1 + 113, c1_1);
        afv_scalar_store(acc2 + 112, c2_0); afv_scalar_store(acc2 + 113, c2_1);
        afv_scalar_store(acc3 + 112, c3_0); afv_scalar_store(acc3 + 113, c3_1);
    }
    { /* Dv columns 114 .. 115 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 114), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 115), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 114), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 115), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 114), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 115), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 114), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 115), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 114;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 114, c0_0); afv_scalar_store(acc0 + 115, c0_1);
        afv_scalar_store(acc1 + 114, c1_0); afv_scalar_store(acc1 + 115, c1_1);
        afv_scalar_store(acc2 + 114, c2_0); afv_scalar_store(acc2 + 115, c2_1);
        afv_scalar_store(acc3 + 114, c3_0); afv_scalar_store(acc3 + 115, c3_1);
    }
    { /* Dv columns 116 .. 117 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 116), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 117), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 116), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 117), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 116), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 117), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 116), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 117), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 116;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 116, c0_0); afv_scalar_store(acc0 + 117, c0_1);
        afv_scalar_store(acc1 + 116, c1_0); afv_scalar_store(acc1 + 117, c1_1);
        afv_scalar_store(acc2 + 116, c2_0); afv_scalar_store(acc2 + 117, c2_1);
        afv_scalar_store(acc3 + 116, c3_0); afv_scalar_store(acc3 + 117, c3_1);
    }
    { /* Dv columns 118 .. 119 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 118), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 119), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 118), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 119), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 118), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 119), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 118), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 119), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 118;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 118, c0_0); afv_scalar_store(acc0 + 119, c0_1);
        afv_scalar_store(acc1 + 118, c1_0); afv_scalar_store(acc1 + 119, c1_1);
        afv_scalar_store(acc2 + 118, c2_0); afv_scalar_store(acc2 + 119, c2_1);
        afv_scalar_store(acc3 + 118, c3_0); afv_scalar_store(acc3 + 119, c3_1);
    }
    { /* Dv columns 120 .. 121 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 120), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 121), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 120), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 121), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 120), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 121), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 120), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 121), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 120;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 120, c0_0); afv_scalar_store(acc0 + 121, c0_1);
        afv_scalar_store(acc1 + 120, c1_0); afv_scalar_store(acc1 + 121, c1_1);
        afv_scalar_store(acc2 + 120, c2_0); afv_scalar_store(acc2 + 121, c2_1);
        afv_scalar_store(acc3 + 120, c3_0); afv_scalar_store(acc3 + 121, c3_1);
    }
    { /* Dv columns 122 .. 123 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 122), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 123), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 122), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 123), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 122), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 123), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 122), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 123), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 122;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 122, c0_0); afv_scalar_store(acc0 + 123, c0_1);
        afv_scalar_store(acc1 + 122, c1_0); afv_scalar_store(acc1 + 123, c1_1);
        afv_scalar_store(acc2 + 122, c2_0); afv_scalar_store(acc2 + 123, c2_1);
        afv_scalar_store(acc3 + 122, c3_0); afv_scalar_store(acc3 + 123, c3_1);
    }
    { /* Dv columns 124 .. 125 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 124), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 125), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 124), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 125), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 124), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 125), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 124), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 125), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 124;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 124, c0_0); afv_scalar_store(acc0 + 125, c0_1);
        afv_scalar_store(acc1 + 124, c1_0); afv_scalar_store(acc1 + 125, c1_1);
        afv_scalar_store(acc2 + 124, c2_0); afv_scalar_store(acc2 + 125, c2_1);
        afv_scalar_store(acc3 + 124, c3_0); afv_scalar_store(acc3 + 125, c3_1);
    }
    { /* Dv columns 126 .. 127 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 126), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 127), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 126), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 127), al1);
        afv_scalar c2_0 = afv_scalar_mul(afv_scalar_load(acc2 + 126), al2), c2_1 = afv_scalar_mul(afv_scalar_load(acc2 + 127), al2);
        afv_scalar c3_0 = afv_scalar_mul(afv_scalar_load(acc3 + 126), al3), c3_1 = afv_scalar_mul(afv_scalar_load(acc3 + 127), al3);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 126;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
            { const afv_scalar b = afv_scalar_set1(pk[2]); c2_0 = afv_scalar_fma(b, y0, c2_0); c2_1 = afv_scalar_fma(b, y1, c2_1); }
            { const afv_scalar b = afv_scalar_set1(pk[3]); c3_0 = afv_scalar_fma(b, y0, c3_0); c3_1 = afv_scalar_fma(b, y1, c3_1); }
        }
        afv_scalar_store(acc0 + 126, c0_0); afv_scalar_store(acc0 + 127, c0_1);
        afv_scalar_store(acc1 + 126, c1_0); afv_scalar_store(acc1 + 127, c1_1);
        afv_scalar_store(acc2 + 126, c2_0); afv_scalar_store(acc2 + 127, c2_1);
        afv_scalar_store(acc3 + 126, c3_0); afv_scalar_store(acc3 + 127, c3_1);
    }
}

/* P*V register block, weights transposed: 2 row(s) x 2 columns of Dv = 128 per pass. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_pre_pvt2(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    float *const acc1 = acc[1];
    const afv_scalar al1 = afv_scalar_set1(alpha[1]);
    { /* Dv columns 0 .. 1 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 0), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 1), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 0), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 1), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 0;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 0, c0_0); afv_scalar_store(acc0 + 1, c0_1);
        afv_scalar_store(acc1 + 0, c1_0); afv_scalar_store(acc1 + 1, c1_1);
    }
    { /* Dv columns 2 .. 3 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 2), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 3), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 2), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 3), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 2;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 2, c0_0); afv_scalar_store(acc0 + 3, c0_1);
        afv_scalar_store(acc1 + 2, c1_0); afv_scalar_store(acc1 + 3, c1_1);
    }
    { /* Dv columns 4 .. 5 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 5), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 4), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 5), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 4;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 4, c0_0); afv_scalar_store(acc0 + 5, c0_1);
        afv_scalar_store(acc1 + 4, c1_0); afv_scalar_store(acc1 + 5, c1_1);
    }
    { /* Dv columns 6 .. 7 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 6), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 7), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 6), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 7), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 6;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 6, c0_0); afv_scalar_store(acc0 + 7, c0_1);
        afv_scalar_store(acc1 + 6, c1_0); afv_scalar_store(acc1 + 7, c1_1);
    }
    { /* Dv columns 8 .. 9 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 8), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 9), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 8), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 9), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 8;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 8, c0_0); afv_scalar_store(acc0 + 9, c0_1);
        afv_scalar_store(acc1 + 8, c1_0); afv_scalar_store(acc1 + 9, c1_1);
    }
    { /* Dv columns 10 .. 11 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 10), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 11), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 10), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 11), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 10;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 10, c0_0); afv_scalar_store(acc0 + 11, c0_1);
        afv_scalar_store(acc1 + 10, c1_0); afv_scalar_store(acc1 + 11, c1_1);
    }
    { /* Dv columns 12 .. 13 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 12), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 13), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 12), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 13), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 12;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 12, c0_0); afv_scalar_store(acc0 + 13, c0_1);
        afv_scalar_store(acc1 + 12, c1_0); afv_scalar_store(acc1 + 13, c1_1);
    }
    { /* Dv columns 14 .. 15 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 14), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 15), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 14), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 15), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 14;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 14, c0_0); afv_scalar_store(acc0 + 15, c0_1);
        afv_scalar_store(acc1 + 14, c1_0); afv_scalar_store(acc1 + 15, c1_1);
    }
    { /* Dv columns 16 .. 17 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 16), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 17), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 16), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 17), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 16;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 16, c0_0); afv_scalar_store(acc0 + 17, c0_1);
        afv_scalar_store(acc1 + 16, c1_0); afv_scalar_store(acc1 + 17, c1_1);
    }
    { /* Dv columns 18 .. 19 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 18), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 19), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 18), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 19), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 18;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 18, c0_0); afv_scalar_store(acc0 + 19, c0_1);
        afv_scalar_store(acc1 + 18, c1_0); afv_scalar_store(acc1 + 19, c1_1);
    }
    { /* Dv columns 20 .. 21 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 20), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 21), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 20), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 21), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 20;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 20, c0_0); afv_scalar_store(acc0 + 21, c0_1);
        afv_scalar_store(acc1 + 20, c1_0); afv_scalar_store(acc1 + 21, c1_1);
    }
    { /* Dv columns 22 .. 23 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 22), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 23), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 22), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 23), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 22;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 22, c0_0); afv_scalar_store(acc0 + 23, c0_1);
        afv_scalar_store(acc1 + 22, c1_0); afv_scalar_store(acc1 + 23, c1_1);
    }
    { /* Dv columns 24 .. 25 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 24), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 25), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 24), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 25), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 24;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 24, c0_0); afv_scalar_store(acc0 + 25, c0_1);
        afv_scalar_store(acc1 + 24, c1_0); afv_scalar_store(acc1 + 25, c1_1);
    }
    { /* Dv columns 26 .. 27 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 26), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 27), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 26), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 27), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 26;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 26, c0_0); afv_scalar_store(acc0 + 27, c0_1);
        afv_scalar_store(acc1 + 26, c1_0); afv_scalar_store(acc1 + 27, c1_1);
    }
    { /* Dv columns 28 .. 29 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 28), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 29), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 28), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 29), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 28;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 28, c0_0); afv_scalar_store(acc0 + 29, c0_1);
        afv_scalar_store(acc1 + 28, c1_0); afv_scalar_store(acc1 + 29, c1_1);
    }
    { /* Dv columns 30 .. 31 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 30), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 31), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 30), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 31), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 30;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 30, c0_0); afv_scalar_store(acc0 + 31, c0_1);
        afv_scalar_store(acc1 + 30, c1_0); afv_scalar_store(acc1 + 31, c1_1);
    }
    { /* Dv columns 32 .. 33 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 32), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 33), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 32), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 33), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 32;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 32, c0_0); afv_scalar_store(acc0 + 33, c0_1);
        afv_scalar_store(acc1 + 32, c1_0); afv_scalar_store(acc1 + 33, c1_1);
    }
    { /* Dv columns 34 .. 35 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 34), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 35), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 34), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 35), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 34;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 34, c0_0); afv_scalar_store(acc0 + 35, c0_1);
        afv_scalar_store(acc1 + 34, c1_0); afv_scalar_store(acc1 + 35, c1_1);
    }
    { /* Dv columns 36 .. 37 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 36), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 37), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 36), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 37), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 36;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 36, c0_0); afv_scalar_store(acc0 + 37, c0_1);
        afv_scalar_store(acc1 + 36, c1_0); afv_scalar_store(acc1 + 37, c1_1);
    }
    { /* Dv columns 38 .. 39 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 38), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 39), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 38), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 39), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 38;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 38, c0_0); afv_scalar_store(acc0 + 39, c0_1);
        afv_scalar_store(acc1 + 38, c1_0); afv_scalar_store(acc1 + 39, c1_1);
    }
    { /* Dv columns 40 .. 41 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 40), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 41), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 40), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 41), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 40;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 40, c0_0); afv_scalar_store(acc0 + 41, c0_1);
        afv_scalar_store(acc1 + 40, c1_0); afv_scalar_store(acc1 + 41, c1_1);
    }
    { /* Dv columns 42 .. 43 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 42), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 43), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 42), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 43), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 42;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 42, c0_0); afv_scalar_store(acc0 + 43, c0_1);
        afv_scalar_store(acc1 + 42, c1_0); afv_scalar_store(acc1 + 43, c1_1);
    }
    { /* Dv columns 44 .. 45 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 44), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 45), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 44), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 45), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 44;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 44, c0_0); afv_scalar_store(acc0 + 45, c0_1);
        afv_scalar_store(acc1 + 44, c1_0); afv_scalar_store(acc1 + 45, c1_1);
    }
    { /* Dv columns 46 .. 47 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 46), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 47), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 46), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 47), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 46;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 46, c0_0); afv_scalar_store(acc0 + 47, c0_1);
        afv_scalar_store(acc1 + 46, c1_0); afv_scalar_store(acc1 + 47, c1_1);
    }
    { /* Dv columns 48 .. 49 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 48), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 49), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 48), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 49), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 48;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 48, c0_0); afv_scalar_store(acc0 + 49, c0_1);
        afv_scalar_store(acc1 + 48, c1_0); afv_scalar_store(acc1 + 49, c1_1);
    }
    { /* Dv columns 50 .. 51 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 50), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 51), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 50), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 51), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 50;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 50, c0_0); afv_scalar_store(acc0 + 51, c0_1);
        afv_scalar_store(acc1 + 50, c1_0); afv_scalar_store(acc1 + 51, c1_1);
    }
    { /* Dv columns 52 .. 53 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 52), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 53), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 52), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 53), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 52;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 52, c0_0); afv_scalar_store(acc0 + 53, c0_1);
        afv_scalar_store(acc1 + 52, c1_0); afv_scalar_store(acc1 + 53, c1_1);
    }
    { /* Dv columns 54 .. 55 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 54), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 55), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 54), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 55), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 54;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 54, c0_0); afv_scalar_store(acc0 + 55, c0_1);
        afv_scalar_store(acc1 + 54, c1_0); afv_scalar_store(acc1 + 55, c1_1);
    }
    { /* Dv columns 56 .. 57 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 56), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 57), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 56), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 57), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 56;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 56, c0_0); afv_scalar_store(acc0 + 57, c0_1);
        afv_scalar_store(acc1 + 56, c1_0); afv_scalar_store(acc1 + 57, c1_1);
    }
    { /* Dv columns 58 .. 59 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 58), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 59), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 58), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 59), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 58;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 58, c0_0); afv_scalar_store(acc0 + 59, c0_1);
        afv_scalar_store(acc1 + 58, c1_0); afv_scalar_store(acc1 + 59, c1_1);
    }
    { /* Dv columns 60 .. 61 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 60), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 61), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 60), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 61), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 60;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 60, c0_0); afv_scalar_store(acc0 + 61, c0_1);
        afv_scalar_store(acc1 + 60, c1_0); afv_scalar_store(acc1 + 61, c1_1);
    }
    { /* Dv columns 62 .. 63 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 62), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 63), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 62), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 63), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 62;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 62, c0_0); afv_scalar_store(acc0 + 63, c0_1);
        afv_scalar_store(acc1 + 62, c1_0); afv_scalar_store(acc1 + 63, c1_1);
    }
    { /* Dv columns 64 .. 65 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 64), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 65), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 64), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 65), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 64;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 64, c0_0); afv_scalar_store(acc0 + 65, c0_1);
        afv_scalar_store(acc1 + 64, c1_0); afv_scalar_store(acc1 + 65, c1_1);
    }
    { /* Dv columns 66 .. 67 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 66), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 67), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 66), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 67), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 66;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 66, c0_0); afv_scalar_store(acc0 + 67, c0_1);
        afv_scalar_store(acc1 + 66, c1_0); afv_scalar_store(acc1 + 67, c1_1);
    }
    { /* Dv columns 68 .. 69 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 68), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 69), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 68), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 69), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 68;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 68, c0_0); afv_scalar_store(acc0 + 69, c0_1);
        afv_scalar_store(acc1 + 68, c1_0); afv_scalar_store(acc1 + 69, c1_1);
    }
    { /* Dv columns 70 .. 71 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 70), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 71), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 70), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 71), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 70;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 70, c0_0); afv_scalar_store(acc0 + 71, c0_1);
        afv_scalar_store(acc1 + 70, c1_0); afv_scalar_store(acc1 + 71, c1_1);
    }
    { /* Dv columns 72 .. 73 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 72), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 73), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 72), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 73), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 72;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 72, c0_0); afv_scalar_store(acc0 + 73, c0_1);
        afv_scalar_store(acc1 + 72, c1_0); afv_scalar_store(acc1 + 73, c1_1);
    }
    { /* Dv columns 74 .. 75 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 74), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 75), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 74), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 75), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 74;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 74, c0_0); afv_scalar_store(acc0 + 75, c0_1);
        afv_scalar_store(acc1 + 74, c1_0); afv_scalar_store(acc1 + 75, c1_1);
    }
    { /* Dv columns 76 .. 77 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 76), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 77), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 76), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 77), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 76;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 76, c0_0); afv_scalar_store(acc0 + 77, c0_1);
        afv_scalar_store(acc1 + 76, c1_0); afv_scalar_store(acc1 + 77, c1_1);
    }
    { /* Dv columns 78 .. 79 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 78), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 79), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 78), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 79), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 78;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 78, c0_0); afv_scalar_store(acc0 + 79, c0_1);
        afv_scalar_store(acc1 + 78, c1_0); afv_scalar_store(acc1 + 79, c1_1);
    }
    { /* Dv columns 80 .. 81 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 80), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 81), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 80), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 81), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 80;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 80, c0_0); afv_scalar_store(acc0 + 81, c0_1);
        afv_scalar_store(acc1 + 80, c1_0); afv_scalar_store(acc1 + 81, c1_1);
    }
    { /* Dv columns 82 .. 83 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 82), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 83), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 82), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 83), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 82;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 82, c0_0); afv_scalar_store(acc0 + 83, c0_1);
        afv_scalar_store(acc1 + 82, c1_0); afv_scalar_store(acc1 + 83, c1_1);
    }
    { /* Dv columns 84 .. 85 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 84), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 85), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 84), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 85), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 84;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 84, c0_0); afv_scalar_store(acc0 + 85, c0_1);
        afv_scalar_store(acc1 + 84, c1_0); afv_scalar_store(acc1 + 85, c1_1);
    }
    { /* Dv columns 86 .. 87 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 86), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 87), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 86), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 87), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 86;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 86, c0_0); afv_scalar_store(acc0 + 87, c0_1);
        afv_scalar_store(acc1 + 86, c1_0); afv_scalar_store(acc1 + 87, c1_1);
    }
    { /* Dv columns 88 .. 89 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 88), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 89), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 88), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 89), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 88;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 88, c0_0); afv_scalar_store(acc0 + 89, c0_1);
        afv_scalar_store(acc1 + 88, c1_0); afv_scalar_store(acc1 + 89, c1_1);
    }
    { /* Dv columns 90 .. 91 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 90), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 91), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 90), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 91), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 90;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 90, c0_0); afv_scalar_store(acc0 + 91, c0_1);
        afv_scalar_store(acc1 + 90, c1_0); afv_scalar_store(acc1 + 91, c1_1);
    }
    { /* Dv columns 92 .. 93 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 92), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 93), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 92), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 93), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 92;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 92, c0_0); afv_scalar_store(acc0 + 93, c0_1);
        afv_scalar_store(acc1 + 92, c1_0); afv_scalar_store(acc1 + 93, c1_1);
    }
    { /* Dv columns 94 .. 95 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 94), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 95), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 94), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 95), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 94;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 94, c0_0); afv_scalar_store(acc0 + 95, c0_1);
        afv_scalar_store(acc1 + 94, c1_0); afv_scalar_store(acc1 + 95, c1_1);
    }
    { /* Dv columns 96 .. 97 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 96), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 97), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 96), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 97), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 96;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 96, c0_0); afv_scalar_store(acc0 + 97, c0_1);
        afv_scalar_store(acc1 + 96, c1_0); afv_scalar_store(acc1 + 97, c1_1);
    }
    { /* Dv columns 98 .. 99 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 98), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 99), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 98), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 99), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 98;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 98, c0_0); afv_scalar_store(acc0 + 99, c0_1);
        afv_scalar_store(acc1 + 98, c1_0); afv_scalar_store(acc1 + 99, c1_1);
    }
    { /* Dv columns 100 .. 101 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 100), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 101), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 100), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 101), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 100;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 100, c0_0); afv_scalar_store(acc0 + 101, c0_1);
        afv_scalar_store(acc1 + 100, c1_0); afv_scalar_store(acc1 + 101, c1_1);
    }
    { /* Dv columns 102 .. 103 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 102), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 103), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 102), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 103), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 102;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 102, c0_0); afv_scalar_store(acc0 + 103, c0_1);
        afv_scalar_store(acc1 + 102, c1_0); afv_scalar_store(acc1 + 103, c1_1);
    }
    { /* Dv columns 104 .. 105 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 104), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 105), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 104), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 105), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 104;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 104, c0_0); afv_scalar_store(acc0 + 105, c0_1);
        afv_scalar_store(acc1 + 104, c1_0); afv_scalar_store(acc1 + 105, c1_1);
    }
    { /* Dv columns 106 .. 107 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 106), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 107), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 106), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 107), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 106;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 106, c0_0); afv_scalar_store(acc0 + 107, c0_1);
        afv_scalar_store(acc1 + 106, c1_0); afv_scalar_store(acc1 + 107, c1_1);
    }
    { /* Dv columns 108 .. 109 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 108), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 109), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 108), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 109), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 108;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 108, c0_0); afv_scalar_store(acc0 + 109, c0_1);
        afv_scalar_store(acc1 + 108, c1_0); afv_scalar_store(acc1 + 109, c1_1);
    }
    { /* Dv columns 110 .. 111 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 110), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 111), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 110), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 111), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 110;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 110, c0_0); afv_scalar_store(acc0 + 111, c0_1);
        afv_scalar_store(acc1 + 110, c1_0); afv_scalar_store(acc1 + 111, c1_1);
    }
    { /* Dv columns 112 .. 113 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 112), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 113), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 112), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 113), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 112;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 112, c0_0); afv_scalar_store(acc0 + 113, c0_1);
        afv_scalar_store(acc1 + 112, c1_0); afv_scalar_store(acc1 + 113, c1_1);
    }
    { /* Dv columns 114 .. 115 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 114), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 115), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 114), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 115), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 114;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 114, c0_0); afv_scalar_store(acc0 + 115, c0_1);
        afv_scalar_store(acc1 + 114, c1_0); afv_scalar_store(acc1 + 115, c1_1);
    }
    { /* Dv columns 116 .. 117 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 116), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 117), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 116), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 117), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 116;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 116, c0_0); afv_scalar_store(acc0 + 117, c0_1);
        afv_scalar_store(acc1 + 116, c1_0); afv_scalar_store(acc1 + 117, c1_1);
    }
    { /* Dv columns 118 .. 119 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 118), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 119), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 118), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 119), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 118;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 118, c0_0); afv_scalar_store(acc0 + 119, c0_1);
        afv_scalar_store(acc1 + 118, c1_0); afv_scalar_store(acc1 + 119, c1_1);
    }
    { /* Dv columns 120 .. 121 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 120), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 121), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 120), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 121), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 120;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 120, c0_0); afv_scalar_store(acc0 + 121, c0_1);
        afv_scalar_store(acc1 + 120, c1_0); afv_scalar_store(acc1 + 121, c1_1);
    }
    { /* Dv columns 122 .. 123 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 122), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 123), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 122), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 123), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 122;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 122, c0_0); afv_scalar_store(acc0 + 123, c0_1);
        afv_scalar_store(acc1 + 122, c1_0); afv_scalar_store(acc1 + 123, c1_1);
    }
    { /* Dv columns 124 .. 125 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 124), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 125), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 124), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 125), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 124;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 124, c0_0); afv_scalar_store(acc0 + 125, c0_1);
        afv_scalar_store(acc1 + 124, c1_0); afv_scalar_store(acc1 + 125, c1_1);
    }
    { /* Dv columns 126 .. 127 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 126), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 127), al0);
        afv_scalar c1_0 = afv_scalar_mul(afv_scalar_load(acc1 + 126), al1), c1_1 = afv_scalar_mul(afv_scalar_load(acc1 + 127), al1);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 126;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
            { const afv_scalar b = afv_scalar_set1(pk[1]); c1_0 = afv_scalar_fma(b, y0, c1_0); c1_1 = afv_scalar_fma(b, y1, c1_1); }
        }
        afv_scalar_store(acc0 + 126, c0_0); afv_scalar_store(acc0 + 127, c0_1);
        afv_scalar_store(acc1 + 126, c1_0); afv_scalar_store(acc1 + 127, c1_1);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 2 columns of Dv = 128 per pass. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_pre_pvt1(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    { /* Dv columns 0 .. 1 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 0), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 1), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 0;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 0, c0_0); afv_scalar_store(acc0 + 1, c0_1);
    }
    { /* Dv columns 2 .. 3 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 2), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 3), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 2;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 2, c0_0); afv_scalar_store(acc0 + 3, c0_1);
    }
    { /* Dv columns 4 .. 5 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 5), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 4;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 4, c0_0); afv_scalar_store(acc0 + 5, c0_1);
    }
    { /* Dv columns 6 .. 7 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 6), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 7), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 6;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 6, c0_0); afv_scalar_store(acc0 + 7, c0_1);
    }
    { /* Dv columns 8 .. 9 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 8), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 9), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 8;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 8, c0_0); afv_scalar_store(acc0 + 9, c0_1);
    }
    { /* Dv columns 10 .. 11 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 10), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 11), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 10;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 10, c0_0); afv_scalar_store(acc0 + 11, c0_1);
    }
    { /* Dv columns 12 .. 13 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 12), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 13), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 12;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 12, c0_0); afv_scalar_store(acc0 + 13, c0_1);
    }
    { /* Dv columns 14 .. 15 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 14), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 15), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 14;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 14, c0_0); afv_scalar_store(acc0 + 15, c0_1);
    }
    { /* Dv columns 16 .. 17 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 16), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 17), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 16;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 16, c0_0); afv_scalar_store(acc0 + 17, c0_1);
    }
    { /* Dv columns 18 .. 19 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 18), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 19), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 18;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 18, c0_0); afv_scalar_store(acc0 + 19, c0_1);
    }
    { /* Dv columns 20 .. 21 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 20), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 21), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 20;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 20, c0_0); afv_scalar_store(acc0 + 21, c0_1);
    }
    { /* Dv columns 22 .. 23 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 22), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 23), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 22;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 22, c0_0); afv_scalar_store(acc0 + 23, c0_1);
    }
    { /* Dv columns 24 .. 25 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 24), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 25), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 24;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 24, c0_0); afv_scalar_store(acc0 + 25, c0_1);
    }
    { /* Dv columns 26 .. 27 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 26), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 27), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 26;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 26, c0_0); afv_scalar_store(acc0 + 27, c0_1);
    }
    { /* Dv columns 28 .. 29 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 28), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 29), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 28;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 28, c0_0); afv_scalar_store(acc0 + 29, c0_1);
    }
    { /* Dv columns 30 .. 31 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 30), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 31), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 30;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 30, c0_0); afv_scalar_store(acc0 + 31, c0_1);
    }
    { /* Dv columns 32 .. 33 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 32), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 33), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 32;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 32, c0_0); afv_scalar_store(acc0 + 33, c0_1);
    }
    { /* Dv columns 34 .. 35 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 34), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 35), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 34;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 34, c0_0); afv_scalar_store(acc0 + 35, c0_1);
    }
    { /* Dv columns 36 .. 37 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 36), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 37), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 36;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 36, c0_0); afv_scalar_store(acc0 + 37, c0_1);
    }
    { /* Dv columns 38 .. 39 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 38), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 39), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 38;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 38, c0_0); afv_scalar_store(acc0 + 39, c0_1);
    }
    { /* Dv columns 40 .. 41 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 40), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 41), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 40;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 40, c0_0); afv_scalar_store(acc0 + 41, c0_1);
    }
    { /* Dv columns 42 .. 43 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 42), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 43), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 42;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 42, c0_0); afv_scalar_store(acc0 + 43, c0_1);
    }
    { /* Dv columns 44 .. 45 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 44), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 45), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 44;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 44, c0_0); afv_scalar_store(acc0 + 45, c0_1);
    }
    { /* Dv columns 46 .. 47 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 46), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 47), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 46;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 46, c0_0); afv_scalar_store(acc0 + 47, c0_1);
    }
    { /* Dv columns 48 .. 49 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 48), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 49), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 48;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 48, c0_0); afv_scalar_store(acc0 + 49, c0_1);
    }
    { /* Dv columns 50 .. 51 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 50), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 51), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 50;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 50, c0_0); afv_scalar_store(acc0 + 51, c0_1);
    }
    { /* Dv columns 52 .. 53 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 52), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 53), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 52;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 52, c0_0); afv_scalar_store(acc0 + 53, c0_1);
    }
    { /* Dv columns 54 .. 55 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 54), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 55), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 54;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 54, c0_0); afv_scalar_store(acc0 + 55, c0_1);
    }
    { /* Dv columns 56 .. 57 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 56), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 57), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 56;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 56, c0_0); afv_scalar_store(acc0 + 57, c0_1);
    }
    { /* Dv columns 58 .. 59 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 58), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 59), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 58;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 58, c0_0); afv_scalar_store(acc0 + 59, c0_1);
    }
    { /* Dv columns 60 .. 61 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 60), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 61), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 60;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 60, c0_0); afv_scalar_store(acc0 + 61, c0_1);
    }
    { /* Dv columns 62 .. 63 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 62), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 63), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 62;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 62, c0_0); afv_scalar_store(acc0 + 63, c0_1);
    }
    { /* Dv columns 64 .. 65 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 64), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 65), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 64;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 64, c0_0); afv_scalar_store(acc0 + 65, c0_1);
    }
    { /* Dv columns 66 .. 67 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 66), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 67), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 66;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 66, c0_0); afv_scalar_store(acc0 + 67, c0_1);
    }
    { /* Dv columns 68 .. 69 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 68), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 69), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 68;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 68, c0_0); afv_scalar_store(acc0 + 69, c0_1);
    }
    { /* Dv columns 70 .. 71 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 70), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 71), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 70;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 70, c0_0); afv_scalar_store(acc0 + 71, c0_1);
    }
    { /* Dv columns 72 .. 73 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 72), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 73), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 72;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 72, c0_0); afv_scalar_store(acc0 + 73, c0_1);
    }
    { /* Dv columns 74 .. 75 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 74), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 75), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 74;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 74, c0_0); afv_scalar_store(acc0 + 75, c0_1);
    }
    { /* Dv columns 76 .. 77 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 76), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 77), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 76;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 76, c0_0); afv_scalar_store(acc0 + 77, c0_1);
    }
    { /* Dv columns 78 .. 79 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 78), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 79), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 78;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 78, c0_0); afv_scalar_store(acc0 + 79, c0_1);
    }
    { /* Dv columns 80 .. 81 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 80), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 81), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 80;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 80, c0_0); afv_scalar_store(acc0 + 81, c0_1);
    }
    { /* Dv columns 82 .. 83 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 82), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 83), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 82;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 82, c0_0); afv_scalar_store(acc0 + 83, c0_1);
    }
    { /* Dv columns 84 .. 85 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 84), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 85), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 84;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 84, c0_0); afv_scalar_store(acc0 + 85, c0_1);
    }
    { /* Dv columns 86 .. 87 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 86), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 87), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 86;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 86, c0_0); afv_scalar_store(acc0 + 87, c0_1);
    }
    { /* Dv columns 88 .. 89 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 88), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 89), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 88;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 88, c0_0); afv_scalar_store(acc0 + 89, c0_1);
    }
    { /* Dv columns 90 .. 91 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 90), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 91), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 90;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 90, c0_0); afv_scalar_store(acc0 + 91, c0_1);
    }
    { /* Dv columns 92 .. 93 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 92), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 93), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 92;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 92, c0_0); afv_scalar_store(acc0 + 93, c0_1);
    }
    { /* Dv columns 94 .. 95 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 94), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 95), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 94;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 94, c0_0); afv_scalar_store(acc0 + 95, c0_1);
    }
    { /* Dv columns 96 .. 97 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 96), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 97), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 96;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 96, c0_0); afv_scalar_store(acc0 + 97, c0_1);
    }
    { /* Dv columns 98 .. 99 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 98), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 99), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 98;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 98, c0_0); afv_scalar_store(acc0 + 99, c0_1);
    }
    { /* Dv columns 100 .. 101 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 100), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 101), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 100;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 100, c0_0); afv_scalar_store(acc0 + 101, c0_1);
    }
    { /* Dv columns 102 .. 103 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 102), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 103), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 102;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 102, c0_0); afv_scalar_store(acc0 + 103, c0_1);
    }
    { /* Dv columns 104 .. 105 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 104), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 105), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 104;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 104, c0_0); afv_scalar_store(acc0 + 105, c0_1);
    }
    { /* Dv columns 106 .. 107 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 106), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 107), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 106;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 106, c0_0); afv_scalar_store(acc0 + 107, c0_1);
    }
    { /* Dv columns 108 .. 109 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 108), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 109), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 108;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 108, c0_0); afv_scalar_store(acc0 + 109, c0_1);
    }
    { /* Dv columns 110 .. 111 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 110), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 111), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 110;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 110, c0_0); afv_scalar_store(acc0 + 111, c0_1);
    }
    { /* Dv columns 112 .. 113 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 112), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 113), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 112;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 112, c0_0); afv_scalar_store(acc0 + 113, c0_1);
    }
    { /* Dv columns 114 .. 115 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 114), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 115), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 114;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 114, c0_0); afv_scalar_store(acc0 + 115, c0_1);
    }
    { /* Dv columns 116 .. 117 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 116), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 117), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 116;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 116, c0_0); afv_scalar_store(acc0 + 117, c0_1);
    }
    { /* Dv columns 118 .. 119 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 118), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 119), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 118;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 118, c0_0); afv_scalar_store(acc0 + 119, c0_1);
    }
    { /* Dv columns 120 .. 121 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 120), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 121), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 120;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 120, c0_0); afv_scalar_store(acc0 + 121, c0_1);
    }
    { /* Dv columns 122 .. 123 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 122), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 123), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 122;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 122, c0_0); afv_scalar_store(acc0 + 123, c0_1);
    }
    { /* Dv columns 124 .. 125 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 124), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 125), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 124;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 124, c0_0); afv_scalar_store(acc0 + 125, c0_1);
    }
    { /* Dv columns 126 .. 127 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 126), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 127), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            const float *v = vp[k] + 126;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 126, c0_0); afv_scalar_store(acc0 + 127, c0_1);
    }
}

/* P*V register block, weights transposed: 1 row(s) x 2 columns of Dv = 128 per pass, excluded keys (p = -0.0) skipped. */
static inline AF_TARGET_SCALAR void afk_f32_dk192_dv128_scalar_pre_pvt1g(float *const *acc, const float *pt, const float *alpha,
        const float *const *vp, int32_t n)
{
    float *const acc0 = acc[0];
    const afv_scalar al0 = afv_scalar_set1(alpha[0]);
    { /* Dv columns 0 .. 1 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 0), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 1), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 0;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 0, c0_0); afv_scalar_store(acc0 + 1, c0_1);
    }
    { /* Dv columns 2 .. 3 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 2), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 3), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 2;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 2, c0_0); afv_scalar_store(acc0 + 3, c0_1);
    }
    { /* Dv columns 4 .. 5 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 4), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 5), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 4;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 4, c0_0); afv_scalar_store(acc0 + 5, c0_1);
    }
    { /* Dv columns 6 .. 7 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 6), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 7), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 6;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 6, c0_0); afv_scalar_store(acc0 + 7, c0_1);
    }
    { /* Dv columns 8 .. 9 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 8), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 9), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 8;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 8, c0_0); afv_scalar_store(acc0 + 9, c0_1);
    }
    { /* Dv columns 10 .. 11 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 10), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 11), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 10;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 10, c0_0); afv_scalar_store(acc0 + 11, c0_1);
    }
    { /* Dv columns 12 .. 13 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 12), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 13), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 12;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 12, c0_0); afv_scalar_store(acc0 + 13, c0_1);
    }
    { /* Dv columns 14 .. 15 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 14), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 15), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 14;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 14, c0_0); afv_scalar_store(acc0 + 15, c0_1);
    }
    { /* Dv columns 16 .. 17 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 16), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 17), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 16;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 16, c0_0); afv_scalar_store(acc0 + 17, c0_1);
    }
    { /* Dv columns 18 .. 19 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 18), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 19), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 18;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 18, c0_0); afv_scalar_store(acc0 + 19, c0_1);
    }
    { /* Dv columns 20 .. 21 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 20), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 21), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 20;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 20, c0_0); afv_scalar_store(acc0 + 21, c0_1);
    }
    { /* Dv columns 22 .. 23 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 22), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 23), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 22;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 22, c0_0); afv_scalar_store(acc0 + 23, c0_1);
    }
    { /* Dv columns 24 .. 25 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 24), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 25), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 24;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 24, c0_0); afv_scalar_store(acc0 + 25, c0_1);
    }
    { /* Dv columns 26 .. 27 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 26), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 27), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 26;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 26, c0_0); afv_scalar_store(acc0 + 27, c0_1);
    }
    { /* Dv columns 28 .. 29 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 28), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 29), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 28;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 28, c0_0); afv_scalar_store(acc0 + 29, c0_1);
    }
    { /* Dv columns 30 .. 31 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 30), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 31), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 30;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 30, c0_0); afv_scalar_store(acc0 + 31, c0_1);
    }
    { /* Dv columns 32 .. 33 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 32), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 33), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 32;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 32, c0_0); afv_scalar_store(acc0 + 33, c0_1);
    }
    { /* Dv columns 34 .. 35 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 34), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 35), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 34;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 34, c0_0); afv_scalar_store(acc0 + 35, c0_1);
    }
    { /* Dv columns 36 .. 37 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 36), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 37), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 36;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 36, c0_0); afv_scalar_store(acc0 + 37, c0_1);
    }
    { /* Dv columns 38 .. 39 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 38), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 39), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 38;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 38, c0_0); afv_scalar_store(acc0 + 39, c0_1);
    }
    { /* Dv columns 40 .. 41 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 40), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 41), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 40;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 40, c0_0); afv_scalar_store(acc0 + 41, c0_1);
    }
    { /* Dv columns 42 .. 43 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 42), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 43), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 42;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 42, c0_0); afv_scalar_store(acc0 + 43, c0_1);
    }
    { /* Dv columns 44 .. 45 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 44), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 45), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 44;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 44, c0_0); afv_scalar_store(acc0 + 45, c0_1);
    }
    { /* Dv columns 46 .. 47 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 46), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 47), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 46;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 46, c0_0); afv_scalar_store(acc0 + 47, c0_1);
    }
    { /* Dv columns 48 .. 49 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 48), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 49), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 48;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 48, c0_0); afv_scalar_store(acc0 + 49, c0_1);
    }
    { /* Dv columns 50 .. 51 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 50), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 51), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 50;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 50, c0_0); afv_scalar_store(acc0 + 51, c0_1);
    }
    { /* Dv columns 52 .. 53 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 52), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 53), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 52;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 52, c0_0); afv_scalar_store(acc0 + 53, c0_1);
    }
    { /* Dv columns 54 .. 55 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 54), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 55), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 54;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 54, c0_0); afv_scalar_store(acc0 + 55, c0_1);
    }
    { /* Dv columns 56 .. 57 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 56), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 57), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 56;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 56, c0_0); afv_scalar_store(acc0 + 57, c0_1);
    }
    { /* Dv columns 58 .. 59 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 58), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 59), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 58;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 58, c0_0); afv_scalar_store(acc0 + 59, c0_1);
    }
    { /* Dv columns 60 .. 61 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 60), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 61), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 60;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 60, c0_0); afv_scalar_store(acc0 + 61, c0_1);
    }
    { /* Dv columns 62 .. 63 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 62), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 63), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 62;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 62, c0_0); afv_scalar_store(acc0 + 63, c0_1);
    }
    { /* Dv columns 64 .. 65 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 64), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 65), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 64;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 64, c0_0); afv_scalar_store(acc0 + 65, c0_1);
    }
    { /* Dv columns 66 .. 67 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 66), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 67), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 66;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 66, c0_0); afv_scalar_store(acc0 + 67, c0_1);
    }
    { /* Dv columns 68 .. 69 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 68), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 69), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 68;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 68, c0_0); afv_scalar_store(acc0 + 69, c0_1);
    }
    { /* Dv columns 70 .. 71 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 70), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 71), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 70;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 70, c0_0); afv_scalar_store(acc0 + 71, c0_1);
    }
    { /* Dv columns 72 .. 73 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 72), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 73), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 72;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 72, c0_0); afv_scalar_store(acc0 + 73, c0_1);
    }
    { /* Dv columns 74 .. 75 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 74), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 75), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 74;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 74, c0_0); afv_scalar_store(acc0 + 75, c0_1);
    }
    { /* Dv columns 76 .. 77 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 76), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 77), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 76;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 76, c0_0); afv_scalar_store(acc0 + 77, c0_1);
    }
    { /* Dv columns 78 .. 79 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 78), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 79), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 78;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 78, c0_0); afv_scalar_store(acc0 + 79, c0_1);
    }
    { /* Dv columns 80 .. 81 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 80), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 81), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 80;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 80, c0_0); afv_scalar_store(acc0 + 81, c0_1);
    }
    { /* Dv columns 82 .. 83 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 82), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 83), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 82;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 82, c0_0); afv_scalar_store(acc0 + 83, c0_1);
    }
    { /* Dv columns 84 .. 85 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 84), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 85), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 84;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 84, c0_0); afv_scalar_store(acc0 + 85, c0_1);
    }
    { /* Dv columns 86 .. 87 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 86), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 87), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 86;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 86, c0_0); afv_scalar_store(acc0 + 87, c0_1);
    }
    { /* Dv columns 88 .. 89 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 88), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 89), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 88;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 88, c0_0); afv_scalar_store(acc0 + 89, c0_1);
    }
    { /* Dv columns 90 .. 91 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 90), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 91), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 90;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 90, c0_0); afv_scalar_store(acc0 + 91, c0_1);
    }
    { /* Dv columns 92 .. 93 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 92), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 93), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 92;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 92, c0_0); afv_scalar_store(acc0 + 93, c0_1);
    }
    { /* Dv columns 94 .. 95 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 94), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 95), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 94;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 94, c0_0); afv_scalar_store(acc0 + 95, c0_1);
    }
    { /* Dv columns 96 .. 97 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 96), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 97), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 96;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 96, c0_0); afv_scalar_store(acc0 + 97, c0_1);
    }
    { /* Dv columns 98 .. 99 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 98), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 99), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 98;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 98, c0_0); afv_scalar_store(acc0 + 99, c0_1);
    }
    { /* Dv columns 100 .. 101 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 100), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 101), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 100;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 100, c0_0); afv_scalar_store(acc0 + 101, c0_1);
    }
    { /* Dv columns 102 .. 103 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 102), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 103), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 102;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 102, c0_0); afv_scalar_store(acc0 + 103, c0_1);
    }
    { /* Dv columns 104 .. 105 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 104), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 105), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 104;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 104, c0_0); afv_scalar_store(acc0 + 105, c0_1);
    }
    { /* Dv columns 106 .. 107 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 106), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 107), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 106;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 106, c0_0); afv_scalar_store(acc0 + 107, c0_1);
    }
    { /* Dv columns 108 .. 109 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 108), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 109), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 108;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 108, c0_0); afv_scalar_store(acc0 + 109, c0_1);
    }
    { /* Dv columns 110 .. 111 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 110), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 111), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 110;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 110, c0_0); afv_scalar_store(acc0 + 111, c0_1);
    }
    { /* Dv columns 112 .. 113 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 112), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 113), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 112;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 112, c0_0); afv_scalar_store(acc0 + 113, c0_1);
    }
    { /* Dv columns 114 .. 115 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 114), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 115), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 114;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 114, c0_0); afv_scalar_store(acc0 + 115, c0_1);
    }
    { /* Dv columns 116 .. 117 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 116), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 117), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 116;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 116, c0_0); afv_scalar_store(acc0 + 117, c0_1);
    }
    { /* Dv columns 118 .. 119 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 118), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 119), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 118;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 118, c0_0); afv_scalar_store(acc0 + 119, c0_1);
    }
    { /* Dv columns 120 .. 121 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 120), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 121), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 120;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 120, c0_0); afv_scalar_store(acc0 + 121, c0_1);
    }
    { /* Dv columns 122 .. 123 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 122), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 123), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 122;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 122, c0_0); afv_scalar_store(acc0 + 123, c0_1);
    }
    { /* Dv columns 124 .. 125 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 124), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 125), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 124;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 124, c0_0); afv_scalar_store(acc0 + 125, c0_1);
    }
    { /* Dv columns 126 .. 127 */
        afv_scalar c0_0 = afv_scalar_mul(afv_scalar_load(acc0 + 126), al0), c0_1 = afv_scalar_mul(afv_scalar_load(acc0 + 127), al0);
        for (int32_t k = 0; k < n; k++) {
            const float *pk = pt + k * 24;
            if (pk[0] == 0.0f && signbit(pk[0])) continue; /* excluded key */
            const float *v = vp[k] + 126;
            const afv_scalar y0 = afv_scalar_load(v + 0), y1 = afv_scalar_load(v + 1);
            { const afv_scalar b = afv_scalar_set1(pk[0]); c0_0 = afv_scalar_fma(b, y0, c0_0); c0_1 = afv_scalar_fma(b, y1, c0_1); }
        }
        afv_scalar_store(acc0 + 126, c0_0); afv_scalar_store(acc0 + 127, c0_1);
    }
}

/* ---- prefill (templates/prefill.c.in, outer-product form) ----
 * Rows (nh * ni of them, h-major) in chunks of 24: Q widened once and
 * transposed (qt[d * 24 + row]); keys in blocks of 20, each block's K and
 * V rows gathered and copied into L1 buffers once per chunk (cache rows
 * sit a multiple of 4 KiB apart: read in place, a block's rows would share L1 sets).
 * QK^T: 4 rows (4 vector(s), a row per lane) x 2 keys per register
 * block, 8 accumulators, no reduction; scores transposed
 * (st[key * 24 + row]). Block softmax 1 rows per vector
 * (afp_scalar_f32_softmax_lanes: no scalar work per key), then P*V: 4 rows x 2
 * columns of Dv per register block, each weight broadcast from the tile.
 * Online softmax invariant as in the decode kernel: after keys [j0, jb) each
 * row holds m = running max, l = sum exp(s - m), acc = sum exp(s - m) v
 * (m and l kept per chunk in lane order, written back at its end).
 */
AF_TARGET_SCALAR void attnforge_f32_dk192_dv128_prefill__scalar(const af_call *c, const af_tile *t)
{
    const int32_t nrows = t->nh * t->ni;
    afk_f32_dk192_dv128_scalar_init(c, t);
    for (int32_t r0 = 0; r0 < nrows; r0 += 24) {
        const int32_t nr = nrows - r0 < 24 ? nrows - r0 : 24;
        const int32_t nv = (nr + 0) / 1; /* vectors of rows */
        afp_scalar_f32_row rw[24];
        float qb[24 * 192], qt[192 * 24];
        float st[20 * 24], mt[20 * 24];
        float ml[24], ll[24], alpha[24];
        float lo[24], hi[24], dist[24], nsl[24];
        unsigned char act[24];
        const float *kraw[20], *vraw[20];
        const float *kp[20], *vp[20];
        float kbuf[20 * 192], vbuf[20 * 128];
        int64_t klo, khi;
        if (!afk_f32_dk192_dv128_scalar_rows(c, t, r0, nr, rw, qb, &klo, &khi)) continue;
        for (int32_t d = 0; d < 192; d++) {
            for (int32_t r = 0; r < nr; r++) qt[d * 24 + r] = qb[r * 192 + d];
            for (int32_t r = nr; r < nv * 1; r++) qt[d * 24 + r] = 0.0f;
        }
        for (int32_t r = 0; r < nv * 1; r++) {
            ml[r] = r < nr ? *rw[r].m : -INFINITY;
            ll[r] = r < nr ? *rw[r].l : 0.0f;
            nsl[r] = r < nr ? -rw[r].slope : 0.0f;
            lo[r] = hi[r] = dist[r] = 0.0f;
        }
        const int alibi = c->slopes != NULL, masked = c->mask != NULL;
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
            afp_scalar_f32_gather(c, 0, t->b, kvh, jb, n, kraw);
            const float ksc = af_kv_scale(c, 0, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_f32_dk192_dv128_scalar_pack_k(kbuf + k * 192, kraw[k], ksc);
                kp[k] = kbuf + k * 192;
            }
            for (int32_t k = n; k < np; k++) kp[k] = kp[0]; /* padding keys: scores discarded */
            int32_t v = 0; /* QK^T: blocks of 4 row vector(s), then single vectors */
            for (; v + 4 <= nv; v += 4) {
                int any = 0;
                for (int32_t r = v * 1; r < nr && r < (v + 4) * 1; r++) any |= act[r];
                if (!any) continue; /* every lane invisible: the softmax writes -0.0 */
                for (int32_t k = 0; k < n; k += 2)
                    afk_f32_dk192_dv128_scalar_pre_qkt(qt + v * 1, kp + k, st + k * 24 + v * 1);
            }
            for (; v < nv; v++) {
                int any = 0;
                for (int32_t r = v * 1; r < nr && r < (v + 1) * 1; r++) any |= act[r];
                if (!any) continue;
                for (int32_t k = 0; k < n; k += 2)
                    afk_f32_dk192_dv128_scalar_pre_qkt1(qt + v * 1, kp + k, st + k * 24 + v * 1);
            }
            if (masked) { /* the block of every row's mask, transposed like st */
                for (int32_t r = 0; r < nr; r++) {
                    float *dst = mt + r;
                    if (c->mf == ATTNFORGE_FORMAT_F16) {
                        const uint16_t *mr = (const uint16_t *)rw[r].mask + jb * c->m_sj;
                        for (int32_t k = 0; k < n; k++) dst[k * 24] = af_f16_to_f32(mr[k * c->m_sj]);
                    } else {
                        const float *mr = (const float *)rw[r].mask + jb * c->m_sj;
                        for (int32_t k = 0; k < n; k++) dst[k * 24] = mr[k * c->m_sj];
                    }
                }
                for (int32_t k = 0; k < n; k++)
                    for (int32_t r = nr; r < nv * 1; r++) mt[k * 24 + r] = 0.0f;
            }
            for (int32_t u = 0; u < nv; u++) {
                const int32_t o = u * 1;
                partial |= afp_scalar_f32_softmax_lanes(c, st + o, 24, masked ? mt + o : NULL, n, lo + o, hi + o,
                                             dist + o, nsl + o, alibi, ml + o, ll + o, alpha + o,
                                             nr - o < 1 ? nr - o : 1);
            }
            afp_scalar_f32_gather(c, 1, t->b, kvh, jb, n, vraw);
            const float vsc = af_kv_scale(c, 1, kvh);
            for (int32_t k = 0; k < n; k++) {
                afk_f32_dk192_dv128_scalar_pack_v(vbuf + k * 128, vraw[k], vsc);
                vp[k] = vbuf + k * 128;
            }
            if (partial && !afk_f32_dk192_dv128_scalar_v_finite(vp, n)) {
                for (int32_t r = 0; r < nr; r++) {
                    if (!act[r]) continue; /* weights all -0.0, alpha 1: nothing to add */
                    float *a[1] = { rw[r].acc };
                    afk_f32_dk192_dv128_scalar_pre_pvt1g(a, st + r, alpha + r, vp, n);
                }
            } else {
                int32_t g = 0;
                for (; g + 4 <= nr; g += 4) {
                    if (!(act[g + 0] | act[g + 1] | act[g + 2] | act[g + 3])) continue;
                    float *a[4] = { rw[g + 0].acc, rw[g + 1].acc, rw[g + 2].acc, rw[g + 3].acc };
                    afk_f32_dk192_dv128_scalar_pre_pvt(a, st + g, alpha + g, vp, n);
                }
                for (; g + 2 <= nr; g += 2) { /* the remainder in pairs: twice the chains of single rows */
                    if (!(act[g] | act[g + 1])) continue;
                    float *a[2] = { rw[g].acc, rw[g + 1].acc };
                    afk_f32_dk192_dv128_scalar_pre_pvt2(a, st + g, alpha + g, vp, n);
                }
                for (; g < nr; g++) {
                    if (!act[g]) continue;
                    float *a[1] = { rw[g].acc };
                    afk_f32_dk192_dv128_scalar_pre_pvt1(a, st + g, alpha + g, vp, n);
                }
            }
        }
        for (int32_t r = 0; r < nr; r++) {
            *rw[r].m = ml[r];
            *rw[r].l = ll[r];
        }
    }
}
