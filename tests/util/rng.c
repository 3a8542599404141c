/* Seeded random numbers (see rng.h). */
#include "rng.h"

#include <math.h>

uint64_t tu_splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* ---- xoshiro256** ------------------------------------------------------------ */

void tu_rng_seed(tu_rng *r, uint64_t seed)
{
    uint64_t x = seed;
    for (int i = 0; i < 4; i++) r->s[i] = tu_splitmix64(&x);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t tu_rng_u64(tu_rng *r)
{
    uint64_t *s = r->s;
    uint64_t out = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return out;
}

/* The top 53 bits: every double in [0, 1) on a 2^-53 grid, never 1. */
static double unit53(uint64_t u) { return (double)(u >> 11) * 0x1p-53; }

double tu_rng_unit(tu_rng *r) { return unit53(tu_rng_u64(r)); }

double tu_rng_range(tu_rng *r, double lo, double hi)
{
    return lo + (hi - lo) * tu_rng_unit(r);
}

int32_t tu_rng_int(tu_rng *r, int32_t lo, int32_t hi)
{
    if (hi <= lo) return lo;
    uint64_t span = (uint64_t)((int64_t)hi - lo + 1);
    return (int32_t)(lo + (int64_t)(tu_rng_u64(r) % span));
}

int tu_rng_chance(tu_rng *r, double p) { return tu_rng_unit(r) < p; }

double tu_rng_nonzero(tu_rng *r, double lo, double hi)
{
    double gap = (hi - lo) / 128.0;
    for (;;) {
        double x = tu_rng_range(r, lo, hi);
        if (fabs(x) >= gap) return x;
    }
}

/* ---- splitmix64 streams -------------------------------------------------------- */

double tu_sm64_unit(tu_sm64 *r) { return unit53(tu_splitmix64(&r->s)); }

double tu_sm64_range(tu_sm64 *r, double lo, double hi)
{
    return lo + (hi - lo) * tu_sm64_unit(r);
}

int64_t tu_sm64_int(tu_sm64 *r, int64_t lo, int64_t hi)
{
    return hi <= lo ? lo : lo + (int64_t)(tu_splitmix64(&r->s) % (uint64_t)(hi - lo + 1));
}

void tu_fill_f32(float *x, size_t n, uint64_t seed, float lo, float hi)
{
    uint64_t s = seed;
    for (size_t i = 0; i < n; i++) {
        double u = (double)(tu_splitmix64(&s) >> 40) * (1.0 / 16777216.0);
        x[i] = lo + (hi - lo) * (float)u;
    }
}
