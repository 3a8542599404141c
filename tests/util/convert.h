/*
 * Storage dtypes for test-support code (tests, fuzzer, bench; no Criterion):
 * sizes, names, conversions, element access, and the NaN patterns used to
 * poison outputs and pad inputs.
 *
 * Two ways to round into f16/bf16. tu_store rounds a double with the tests'
 * own search over the bit patterns, so the tests never trust the library's
 * bit tricks to build their own inputs. tu_store_f32 and the array
 * converters round an f32 with the library's converters: fast enough for the
 * bench's hundreds of MB, and what the fuzzer's recorded corpus was made
 * with, so its inputs stay the same bits.
 */
#ifndef AF_TU_CONVERT_H
#define AF_TU_CONVERT_H

#include <stddef.h>
#include <stdint.h>

#include "attnforge.h"

#ifdef __cplusplus
extern "C" {
#endif

size_t tu_dtype_size(attnforge_dtype dt);
const char *tu_dtype_name(attnforge_dtype dt);

/* The tests' own round-to-nearest-even conversions (a plain search over the
 * ordered bit patterns, independent of the library's bit tricks). */
uint16_t tu_f64_to_f16(double x);
uint16_t tu_f64_to_bf16(double x);

/* Element off of an array of dt: x rounded by the tests' own conversions;
 * the exact value as a double; the raw bit pattern. */
void tu_store(attnforge_dtype dt, void *base, int64_t off, double x);
double tu_load(attnforge_dtype dt, const void *base, int64_t off);
uint32_t tu_bits(attnforge_dtype dt, const void *base, int64_t off);
void tu_put_bits(attnforge_dtype dt, void *base, int64_t off, uint32_t bits);

/* x rounded to dt by the library's converters (see the top of this file). */
void tu_store_f32(attnforge_dtype dt, void *base, int64_t off, float x);
/* n values between f32 and dt, through the library's converters (f32 is a
 * copy; widening is exact). */
void tu_f32_to_storage(attnforge_dtype dt, const float *x, size_t n, void *dst);
void tu_storage_to_f32(attnforge_dtype dt, const void *src, size_t n, float *dst);

/* One unit in the last place of |x| in dt (the subnormal step below the
 * smallest normal). */
double tu_ulp(attnforge_dtype dt, double x);
/* The smallest magnitude that rounds to infinity in dt (round to nearest
 * even): the largest finite value plus half its ulp, e.g. 65520 for f16. */
double tu_overflow(attnforge_dtype dt);

/* Cache formats (K and V only): ggml's 32-element blocks (q8_0, q4_0), fp8. */
int tu_format_is_block(attnforge_format f);
int tu_format_is_fp8(attnforge_format f);


/* A signaling NaN no arithmetic produces: written over every output before a
 * call, so "still poison" means "never written". */
uint32_t tu_poison_bits(attnforge_dtype dt);
/* A quiet NaN written into the padding and guards of inputs: a read outside
 * the logical view shows up as NaN in the output. */
uint32_t tu_pad_bits(attnforge_dtype dt);

#ifdef __cplusplus
}
#endif

#endif /* AF_TU_CONVERT_H */
