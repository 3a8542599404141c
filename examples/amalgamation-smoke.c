/*
 * Smoke test for the amalgamation (dist/attnforge.c): one call shaped like a
 * Llama 3 8B layer continuing a prompt (9 new queries on a 333-token cache,
 * 32 query heads on 8 KV heads, head dim 128, causal), checked against a plain
 * f64 computation of the same thing written out below. Exits 1 on mismatch.
 *
 *   cc -O2 -c attnforge.c && cc -O2 -I. amalgamation-smoke.c attnforge.o -lm -lpthread
 *   ./a.out [f32|f16|bf16]       (default f16)
 *
 * Tolerance (SPEC.md): |O - ref| <= ulp(ref in the storage dtype) + 1e-5 max|ref row|.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attnforge.h"

enum { SQ = 9, SKV = 333, HQ = 32, HKV = 8, D = 128 };

static uint64_t rng_state = 12345;

static float rnd(void) /* uniform in [-1, 1) */
{
    rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
    return (float)(rng_state >> 40) * (2.0f / 16777216.0f) - 1.0f;
}

/* Fills n elements of the dtype with random values; returns them as doubles
 * (exactly what is stored), so the reference sees the rounded inputs. */
static void fill(attnforge_dtype dt, void *dst, double *as_f64, size_t n, float amp)
{
    for (size_t i = 0; i < n; i++) {
        const float x = amp * rnd();
        if (dt == ATTNFORGE_F32) {
            ((float *)dst)[i] = x;
            as_f64[i] = x;
        } else if (dt == ATTNFORGE_F16) {
            ((uint16_t *)dst)[i] = attnforge_f32_to_f16(x);
            as_f64[i] = attnforge_f16_to_f32(((uint16_t *)dst)[i]);
        } else {
            ((uint16_t *)dst)[i] = attnforge_f32_to_bf16(x);
            as_f64[i] = attnforge_bf16_to_f32(((uint16_t *)dst)[i]);
        }
    }
}

static double get(attnforge_dtype dt, const void *src, size_t i)
{
    if (dt == ATTNFORGE_F32) return ((const float *)src)[i];
    if (dt == ATTNFORGE_F16) return attnforge_f16_to_f32(((const uint16_t *)src)[i]);
    return attnforge_bf16_to_f32(((const uint16_t *)src)[i]);
}

/* Spacing of the dtype's values near |x| (one ulp). */
static double ulp(attnforge_dtype dt, double x)
{
    const int mant = dt == ATTNFORGE_F32 ? 23 : dt == ATTNFORGE_F16 ? 10 : 7;
    int e;
    frexp(fabs(x) > 0.0 ? fabs(x) : 1e-30, &e);
    return ldexp(1.0, e - 1 - mant);
}

int main(int argc, char **argv)
{
    attnforge_dtype dt = ATTNFORGE_F16;
    if (argc > 1) {
        if (!strcmp(argv[1], "f32")) dt = ATTNFORGE_F32;
        else if (!strcmp(argv[1], "f16")) dt = ATTNFORGE_F16;
        else if (!strcmp(argv[1], "bf16")) dt = ATTNFORGE_BF16;
        else {
            fprintf(stderr, "usage: %s [f32|f16|bf16]\n", argv[0]);
            return 2;
        }
    }
    const size_t es = dt == ATTNFORGE_F32 ? 4 : 2;
    const size_t nq = (size_t)SQ * HQ * D, nkv = (size_t)SKV * HKV * D;
    void *q = malloc(nq * es), *k = malloc(nkv * es), *v = malloc(nkv * es), *o = malloc(nq * es);
    double *q64 = malloc(nq * sizeof(double)), *k64 = malloc(nkv * sizeof(double));
    double *v64 = malloc(nkv * sizeof(double)), *s = malloc(SKV * sizeof(double));
    if (!q || !k || !v || !o || !q64 || !k64 || !v64 || !s) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    fill(dt, q, q64, nq, 2.0f);
    fill(dt, k, k64, nkv, 2.0f);
    fill(dt, v, v64, nkv, 1.0f);

    const attnforge_params p = {
        .dtype = dt,
        .batch = 1, .seq_q = SQ, .seq_kv = SKV,
        .heads_q = HQ, .heads_kv = HKV, .head_dim_k = D,
        .q = q, .k = k, .v = v, .o = o,
        .causal = 1, /* query i sits at position SKV - SQ + i */
    };
    const attnforge_status st = attnforge_attention(NULL, &p);
    if (st != ATTNFORGE_OK) {
        fprintf(stderr, "attnforge_attention: %s\n", attnforge_last_error());
        return 1;
    }

    /* The reference: scores, softmax and PV in double, one row at a time. */
    double worst = 0.0; /* max over elements of |O - ref| / tolerance */
    const double scale = 1.0 / sqrt((double)D);
    double ref[D];
    for (int h = 0; h < HQ; h++) {
        const int kvh = h / (HQ / HKV);
        for (int i = 0; i < SQ; i++) {
            const int visible = SKV - SQ + i + 1; /* keys 0 .. pos */
            const double *qi = q64 + ((size_t)i * HQ + h) * D;
            double mx = -INFINITY, sum = 0.0;
            for (int j = 0; j < visible; j++) {
                const double *kj = k64 + ((size_t)j * HKV + kvh) * D;
                double dot = 0.0;
                for (int d = 0; d < D; d++) dot += qi[d] * kj[d];
                s[j] = dot * scale;
                if (s[j] > mx) mx = s[j];
            }
            for (int j = 0; j < visible; j++) sum += (s[j] = exp(s[j] - mx));
            double rmax = 0.0;
            for (int d = 0; d < D; d++) {
                double acc = 0.0;
                for (int j = 0; j < visible; j++) acc += s[j] * v64[((size_t)j * HKV + kvh) * D + d];
                ref[d] = acc / sum;
                if (fabs(ref[d]) > rmax) rmax = fabs(ref[d]);
            }
            for (int d = 0; d < D; d++) {
                const double got = get(dt, o, ((size_t)i * HQ + h) * D + d);
                const double tol = (dt == ATTNFORGE_F32 ? 0.0 : ulp(dt, ref[d])) + 1e-5 * rmax;
                const double r = fabs(got - ref[d]) / tol;
                if (!(r <= worst)) worst = r; /* NaN compares false: becomes worst */
                if (isnan(r)) worst = INFINITY;
            }
        }
    }
    const char *name = dt == ATTNFORGE_F32 ? "f32" : dt == ATTNFORGE_F16 ? "f16" : "bf16";
    printf("smoke %s: [1, %d, %d, %d] x [1, %d, %d, %d] causal, kernel %s: worst error %.3f of the "
           "tolerance: %s\n",
           name, SQ, HQ, D, SKV, HKV, D, attnforge_last_kernel(), worst,
           worst <= 1.0 ? "ok" : "MISMATCH");
    free(q), free(k), free(v), free(o), free(q64), free(k64), free(v64), free(s);
    return worst <= 1.0 ? 0 : 1;
}
