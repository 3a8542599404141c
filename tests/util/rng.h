/*
 * Seeded random numbers for tests, the fuzzer and the bench (test-support
 * code, never part of the library; no Criterion).
 *
 * Two generators, because recorded inputs depend on each stream staying what
 * it is: the tests draw from xoshiro256** (tu_rng); the fuzzer and the bench
 * draw from a bare splitmix64 stream (tu_sm64), which is also what seeds
 * xoshiro. A fuzz corpus or a bench seed replays only while these sequences
 * stay bit for bit the same.
 */
#ifndef AF_TU_RNG_H
#define AF_TU_RNG_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One splitmix64 step: advances *state and returns the mixed value. */
uint64_t tu_splitmix64(uint64_t *state);

/* ---- xoshiro256** (the tests) ------------------------------------------------ */

typedef struct tu_rng {
    uint64_t s[4];
} tu_rng;

void tu_rng_seed(tu_rng *r, uint64_t seed);
uint64_t tu_rng_u64(tu_rng *r);
double tu_rng_unit(tu_rng *r);                         /* [0, 1) */
double tu_rng_range(tu_rng *r, double lo, double hi);  /* [lo, hi) */
int32_t tu_rng_int(tu_rng *r, int32_t lo, int32_t hi); /* [lo, hi], inclusive */
int tu_rng_chance(tu_rng *r, double p);                /* 1 with probability p */
/* Uniform in [lo, hi] but never within (hi - lo) / 128 of zero. */
double tu_rng_nonzero(tu_rng *r, double lo, double hi);

/* ---- splitmix64 streams (the fuzzer, the bench) ------------------------------- */

typedef struct tu_sm64 {
    uint64_t s;
} tu_sm64;

double tu_sm64_unit(tu_sm64 *r);                        /* [0, 1), 53 bits */
double tu_sm64_range(tu_sm64 *r, double lo, double hi); /* [lo, hi) */
/* [lo, hi], inclusive; lo when hi <= lo, without drawing. */
int64_t tu_sm64_int(tu_sm64 *r, int64_t lo, int64_t hi);

/* x[0..n) uniform in [lo, hi) from the splitmix64 stream started at seed, in
 * 24-bit steps (the bench's inputs: fast, and exact in f32). */
void tu_fill_f32(float *x, size_t n, uint64_t seed, float lo, float hi);

#ifdef __cplusplus
}
#endif

#endif /* AF_TU_RNG_H */
