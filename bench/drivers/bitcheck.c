/*
 * Do two builds of the library compute the same bits? For a change meant to
 * leave every result as it was (a reordering of the same operations, a
 * register-blocking change): runs a fixed matrix of seeded decode calls and
 * writes every O and LSE value to stdout, so two builds' outputs can be
 * compared with cmp. CMake does not build it; CI only checks that it
 * compiles.
 *
 * The matrix: K/V f32 and f16 (Q, O and LSE f32); Dk = Dv 64, 128, 256;
 * Hq/Hkv 8/2, 3/1, 5/1, 12/2, 4/4, 24/8 (GQA groups of 1-6); Skv 64, 1000,
 * 4103 (whole and partial key blocks); causal; per shape seven variants:
 * plain, softcap 5, ALiBi, an all-zero f16 mask shared by the heads (as
 * llama.cpp's is), per-head f16 masks with -inf runs, random values and
 * mask scales, Inf in K and NaN in V with sinks, and two queries (Sq 2).
 * 756 calls; outputs hold NaN and Inf where the inputs make them.
 *
 *   cc -O2 -o bitcheck_old bench/drivers/bitcheck.c OLD/build/release/libattnforge.a -lm -lpthread
 *   cc -O2 -o bitcheck_new bench/drivers/bitcheck.c NEW/build/release/libattnforge.a -lm -lpthread
 *   ./bitcheck_old > old.bin && ./bitcheck_new > new.bin && cmp old.bin new.bin
 *
 * and the same with ATTNFORGE_ISA=avx2 (or another ISA) set for both runs.
 * With the argument `prefill` the same matrix runs as causal prefills (Sq =
 * Skv = 300 and 1100; an f16 call's Q rounded to f16, and stored as f16
 * in every other variant), 504 calls.
 * A cmp that passes says nothing unless the changed code ran: perturb it
 * once (say, a weight times 1.001) and see cmp fail.
 * Used in the twenty-sixth session for the decode group softmax
 * (docs/performance-log.md, section 18): 4,849,152 bytes equal under the
 * default ISA, avx2 and avx512; the perturbed build differed in 1,023,051
 * of 1,212,288 values.
 */
#include "../../runtime/attnforge.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 88172645463325252ull;

/* xorshift64, uniform in [-1, 1) */
static float rnd(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (float)((double)(state >> 11) * 0x1p-53) * 2.0f - 1.0f;
}

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n);
    if (!p) {
        fprintf(stderr, "bitcheck: out of memory\n");
        exit(1);
    }
    return p;
}

int main(int argc, char **argv)
{
    /* "prefill": Sq = Skv (300 and 1100: the second packs and widens), and
     * an f16 call's Q rounded to f16 too (its values then have no third
     * bf16 term in the AMX split prefill) */
    const int prefill = argc > 1 && !strcmp(argv[1], "prefill");
    static const int heads[][2] = {{8, 2}, {3, 1}, {5, 1}, {12, 2}, {4, 4}, {24, 8}};
    static const int dims[] = {64, 128, 256};
    static const int lens[] = {1000, 4103, 64}, plens[] = {300, 1100};
    int calls = 0;
    for (int f16 = 0; f16 < 2; f16++)
        for (int hi = 0; hi < 6; hi++)
            for (int di = 0; di < 3; di++)
                for (int li = 0; li < 3; li++)
                    for (int variant = 0; variant < 7; variant++) {
                        if (prefill && li == 2) continue;
                        const int Hq = heads[hi][0], Hkv = heads[hi][1], D = dims[di];
                        const int Skv = prefill ? plens[li] : lens[li];
                        const int Sq = prefill ? Skv : variant == 6 ? 2 : 1;
                        const size_t nq = (size_t)Sq * Hq * D, nkv = (size_t)Skv * Hkv * D;
                        float *q = xmalloc(nq * 4), *o = xmalloc(nq * 4), *lse = xmalloc((size_t)Sq * Hq * 4);
                        float *k = xmalloc(nkv * 4), *v = xmalloc(nkv * 4);
                        uint16_t *kh = xmalloc(nkv * 2), *vh = xmalloc(nkv * 2), *qh = xmalloc(nq * 2);
                        uint16_t *mask = xmalloc((size_t)Hq * Sq * Skv * 2);
                        float slopes[24], sinks[24], mscale[24];
                        for (size_t i = 0; i < nq; i++) {
                            q[i] = rnd() * 3.0f;
                            if (prefill && f16) q[i] = attnforge_f16_to_f32(attnforge_f32_to_f16(q[i]));
                        }
                        for (size_t i = 0; i < nkv; i++) {
                            k[i] = rnd();
                            v[i] = rnd();
                            kh[i] = attnforge_f32_to_f16(k[i]);
                            vh[i] = attnforge_f32_to_f16(v[i]);
                        }
                        for (int h = 0; h < Hq; h++) {
                            slopes[h] = 0.01f * (float)(h + 1);
                            sinks[h] = rnd();
                            mscale[h] = 0.5f + 0.1f * (float)h;
                        }
                        attnforge_params p = {
                            .dtype = ATTNFORGE_F32, .batch = 1, .seq_q = Sq, .seq_kv = Skv,
                            .heads_q = Hq, .heads_kv = Hkv, .head_dim_k = D,
                            .q = q, .k = f16 ? (const void *)kh : k, .v = f16 ? (const void *)vh : v,
                            .o = o, .lse = lse, .causal = 1,
                        };
                        if (f16) p.k_format = p.v_format = ATTNFORGE_FORMAT_F16;
                        if (prefill && f16 && variant % 2 == 0) { /* Q stored as f16 too */
                            for (size_t i = 0; i < nq; i++) qh[i] = attnforge_f32_to_f16(q[i]);
                            p.q = qh;
                            p.q_format = ATTNFORGE_FORMAT_F16;
                        }
                        if (variant == 1) p.softcap = 5.0f;
                        if (variant == 2) p.alibi_slopes = slopes;
                        if (variant == 3 || variant == 4) {
                            p.mask = mask;
                            p.mask_format = ATTNFORGE_FORMAT_F16;
                            p.mask_stride = (attnforge_mask_strides){0, variant == 4 ? (int64_t)Sq * Skv : 0, Skv, 1};
                        }
                        if (variant == 4) {
                            for (int h = 0; h < Hq; h++)
                                for (int j = 0; j < Skv; j++) {
                                    float m = 0.0f;
                                    if (h % 3 == 1 && j < 130) m = -INFINITY;
                                    if (h % 3 == 2 && j % 7 == 0) m = rnd();
                                    mask[(size_t)h * Sq * Skv + j] = attnforge_f32_to_f16(m);
                                }
                            p.mask_scales = mscale;
                        }
                        if (variant == 5) {
                            const size_t kj = (size_t)(Skv / 2) * Hkv * D, vj = (size_t)(Skv / 3) * Hkv * D + 1;
                            p.sinks = sinks;
                            k[kj] = INFINITY;
                            v[vj] = NAN;
                            kh[kj] = 0x7c00; /* +Inf */
                            vh[vj] = 0x7e00; /* NaN */
                        }
                        if (attnforge_attention(NULL, &p) != ATTNFORGE_OK) {
                            fprintf(stderr, "bitcheck: call %d failed: %s\n", calls, attnforge_last_error());
                            return 1;
                        }
                        fwrite(o, 4, nq, stdout);
                        fwrite(lse, 4, (size_t)Sq * Hq, stdout);
                        calls++;
                        free(q), free(o), free(lse), free(k), free(v), free(kh), free(vh), free(qh), free(mask);
                    }
    fprintf(stderr, "bitcheck: %d calls\n", calls);
    return 0;
}
