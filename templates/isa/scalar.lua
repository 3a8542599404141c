-- ISA vocabulary: portable C11, one f32 lane ("vector" = float). Compiles on
-- any target; the compiler may auto-vectorize but nothing here depends on it.
--
-- exp (afv_exp): the derivation of avx2.lua in scalar form: n = nearest
-- integer to x log2e (round half away from zero, after the range checks so
-- the float->int conversion is always defined), r = x - n ln2hi - n ln2lo
-- (n ln2hi exact: 8 + 16 significant bits; the subtraction is exact by
-- Sterbenz), degree-7 Taylor in Horner form, 2^n as two exact power-of-two
-- factors. Without FMA each Horner step rounds twice; measured max 1.0 ulp
-- vs libm expf (tests/test_exp.c checks the bound AFV_EXP_MAX_ULP = 2).
-- x < -87.33654 -> +0 (no subnormal results), x > 88.72284 -> +inf, NaN -> NaN.
-- tanh: as avx2.lua; measured max 3.0 ulp vs tanhf, bound 4.

local M = {}

M.name = "scalar"
M.token = "SCALAR"
M.W = 1
M.x86 = false
M.target = nil
M.cpu = {}
M.exp_max_ulp = 2
M.tanh_max_ulp = 4

-- With one lane an accumulator is a score: no reduction, more independent
-- chains instead.
M.qk_decode = { rows = 1, keys = 4 }
M.qk_prefill = { rows = 2, keys = 2 }
M.pv_decode = { rows = 2, vecs = 4 }
M.pv_prefill = { rows = 4, vecs = 2 }

M.reduce_fn = nil

function M.store_part(dst, v, part, nparts)
  assert(nparts == 1)
  return string.format("*(%s) = %s;", dst, v)
end

M.prelude = [[
typedef float afv;
#define AFV_EXP_MAX_ULP 2
#define AFV_TANH_MAX_ULP 4

static inline AF_UNUSED afv afv_zero(void) { return 0.0f; }
static inline AF_UNUSED afv afv_set1(float x) { return x; }
static inline AF_UNUSED afv afv_load(const float *p) { return *p; }
static inline AF_UNUSED void afv_store(float *p, afv v) { *p = v; }
static inline AF_UNUSED afv afv_load_f16(const uint16_t *p) { return af_f16_to_f32(*p); }
static inline AF_UNUSED afv afv_load_bf16(const uint16_t *p) { return af_bf16_to_f32(*p); }
static inline AF_UNUSED afv afv_add(afv a, afv b) { return a + b; }
static inline AF_UNUSED afv afv_sub(afv a, afv b) { return a - b; }
static inline AF_UNUSED afv afv_mul(afv a, afv b) { return a * b; }
static inline AF_UNUSED afv afv_div(afv a, afv b) { return a / b; }
static inline AF_UNUSED afv afv_max(afv a, afv b) { return a > b ? a : b; }
static inline AF_UNUSED afv afv_fma(afv a, afv b, afv c) { return a * b + c; }
static inline AF_UNUSED afv afv_abs(afv a) { return a < 0.0f ? -a : a; }
static inline AF_UNUSED afv afv_iota(void) { return 0.0f; }
static inline AF_UNUSED float afv_first(afv v) { return v; }
static inline AF_UNUSED afv afv_mask_add(afv s, afv m) { return m == -INFINITY ? -INFINITY : s + m; }
static inline AF_UNUSED afv afv_excl(afv p, afv x) { return x == -INFINITY ? -0.0f : p; }
static inline AF_UNUSED float afv_hsum(afv v) { return v; }
static inline AF_UNUSED float afv_hmax(afv v) { return v; }

static inline AF_UNUSED float afv_pow2i(int n) /* 2^n for n in [-126, 127] */
{
    union { uint32_t u; float f; } v = { (uint32_t)(n + 127) << 23 };
    return v.f;
}

static inline AF_UNUSED afv afv_exp(afv x)
{
    if (!(x >= -87.3365448f)) return x != x ? x : 0.0f;
    if (x > 88.7228394f) return INFINITY;
    const float t = x * 1.44269504088896341f;
    const int n = (int)(t + (t >= 0.0f ? 0.5f : -0.5f));
    const float nf = (float)n;
    float r = x - nf * 0.693145751953125f;
    r = r - nf * 1.42860682030941723e-6f;
    float p = 1.98412698e-4f;
    p = p * r + 1.38888889e-3f;
    p = p * r + 8.33333333e-3f;
    p = p * r + 4.16666667e-2f;
    p = p * r + 1.66666667e-1f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    const int n1 = n / 2, n2 = n - n1;
    return p * afv_pow2i(n1) * afv_pow2i(n2);
}

static inline AF_UNUSED afv afv_tanh(afv x)
{
    const float ax = x < 0.0f ? -x : x;
    float y;
    if (ax < 0.4f) {
        const float x2 = ax * ax;
        float q = 3.59212804e-3f;
        q = q * x2 - 8.86323553e-3f;
        q = q * x2 + 2.18694885e-2f;
        q = q * x2 - 5.39682540e-2f;
        q = q * x2 + 1.33333333e-1f;
        q = q * x2 - 3.33333333e-1f;
        y = ax * x2 * q + ax;
    } else {
        y = 1.0f - 2.0f / (afv_exp(ax + ax) + 1.0f);
    }
    return x < 0.0f ? -y : y;
}
]]

return M
