-- exp and tanh, written once against the ISA vocabulary (SLEEF's way: one
-- algorithm, per-ISA helper words). Each ISA module supplies the primitives
-- used below besides the arithmetic words: afm (a lane mask), afv_lt, afv_gt,
-- afv_select(m, if_set, if_clear), afm_all(m) (every lane set), afv_round
-- (nearest integer, as float),
-- afv_fnma(a, b, c) = c - a b, afv_pow2i(t) = 2^t for integral t in
-- [-126, 127], and afv_copysign(y, x) = |y| with the sign of x (y >= 0).
--
-- exp: x = n ln2 + r with n = round(x log2e), |r| <= ln2/2, r found with a
-- two-constant Cody-Waite split of ln2 (the high part has 16 significant
-- bits, so n ln2hi is exact for |n| <= 256); exp(r) by the degree-7 Taylor
-- polynomial in Horner form (truncation <= 7.3e-9 relative at |r| = ln2/2);
-- 2^n applied as two exact power-of-two factors so n = 128 does not overflow
-- the exponent field. Special cases by select on the original x:
-- x < -87.33654 (below FLT_MIN, -inf included) -> +0, x > 88.72284 (+inf
-- included) -> +inf, NaN -> NaN (NaN flows through r, both compares fail).
-- Error budget: truncation 0.06 ulp, the Horner chain ~0.6 ulp, the rounding
-- of r ~0.3 ulp. Measured against libm expf over every 97th f32 bit pattern
-- (tests/test_exp.c): max 1.0 ulp with FMA and without (scalar, where each
-- Horner step rounds twice). Checked bound: exp_max_ulp.
--
-- expn: exp for x <= 0 (or NaN), the softmax's only arguments (a score minus
-- the running max; templates/pair.h.in). The same reduction and polynomial;
-- since t = round(x log2e) is in [-126, 0] wherever the result is not
-- flushed, 2^t is one exact factor (no split, no overflow select): six vector
-- operations fewer than exp. Its result is one rounding of p 2^t, so never
-- less accurate than exp's two factors (which round twice for subnormal
-- results). -inf and every x < -87.33654 give +0, NaN gives NaN; for x > 0
-- the result is unspecified. Checked bound: exp_max_ulp (tests/test_exp.c
-- sweeps it over every non-positive input of its sweep).
--
-- tanh: odd Taylor series to x^13 for |x| < 0.4 (truncation <= 3.9e-9
-- relative); above, (1 - e)/(1 + e) with e = expn(-2|x|) in (0, 0.45]
-- (exp's error amplified at most e/(1 - e) <= 0.82x in the numerator; no
-- overflow: e flushes to 0 and the quotient is 1); the sign of x restored.
-- A vector whose lanes are all below 0.4 (a softcap's usual arguments: Gemma
-- 2's scores under 20 against its cap of 50) takes the series only: exp and
-- the division are skipped, not computed and discarded (Gemma 2, causal
-- 2048, f32: the softcap had cost 10 % of the prefill). Measured vs tanhf
-- (tests/test_exp.c, every 97th f32): max 3.0 ulp, at 0.40013 (the old
-- form, 1 - 2/(exp(2|x|) + 1), measured the same). Checked bound:
-- tanh_max_ulp. NaN -> NaN, +-inf -> +-1.

local M = {}

M.exp_max_ulp = 2
M.tanh_max_ulp = 4

M.source = [[
/* exp's reduction and polynomial: x = t ln2 + r, returns p ~ exp(r), *tp = t */
static inline AF_UNUSED AF_TARGET afv afv_exp_core(afv x, afv *tp)
{
    const afv t = afv_round(afv_mul(x, afv_set1(1.44269504088896341f)));
    afv r = afv_fnma(t, afv_set1(0.693145751953125f), x);     /* x - t ln2hi */
    r = afv_fnma(t, afv_set1(1.42860682030941723e-6f), r);    /* - t ln2lo */
    afv p = afv_set1(1.98412698e-4f);                         /* 1/5040 */
    p = afv_fma(p, r, afv_set1(1.38888889e-3f));              /* 1/720 */
    p = afv_fma(p, r, afv_set1(8.33333333e-3f));              /* 1/120 */
    p = afv_fma(p, r, afv_set1(4.16666667e-2f));              /* 1/24 */
    p = afv_fma(p, r, afv_set1(1.66666667e-1f));              /* 1/6 */
    p = afv_fma(p, r, afv_set1(0.5f));
    p = afv_fma(p, r, afv_set1(1.0f));
    *tp = t;
    return afv_fma(p, r, afv_set1(1.0f));
}

static inline AF_UNUSED AF_TARGET afv afv_exp(afv x)
{
    afv t;
    const afv p = afv_exp_core(x, &t);
    const afv t1 = afv_round(afv_mul(t, afv_set1(0.5f))), t2 = afv_sub(t, t1);
    afv y = afv_mul(afv_mul(p, afv_pow2i(t1)), afv_pow2i(t2));
    y = afv_select(afv_lt(x, afv_set1(-87.3365448f)), afv_zero(), y);
    return afv_select(afv_gt(x, afv_set1(88.7228394f)), afv_set1(INFINITY), y);
}

/* x <= 0 or NaN only: 2^t in one exact factor */
static inline AF_UNUSED AF_TARGET afv afv_expn(afv x)
{
    afv t;
    const afv p = afv_exp_core(x, &t);
    return afv_select(afv_lt(x, afv_set1(-87.3365448f)), afv_zero(), afv_mul(p, afv_pow2i(t)));
}

static inline AF_UNUSED AF_TARGET afv afv_tanh(afv x)
{
    const afv ax = afv_abs(x), x2 = afv_mul(ax, ax);
    afv q = afv_set1(3.59212804e-3f);                         /* 21844/6081075 */
    q = afv_fma(q, x2, afv_set1(-8.86323553e-3f));            /* -1382/155925 */
    q = afv_fma(q, x2, afv_set1(2.18694885e-2f));             /* 62/2835 */
    q = afv_fma(q, x2, afv_set1(-5.39682540e-2f));            /* -17/315 */
    q = afv_fma(q, x2, afv_set1(1.33333333e-1f));             /* 2/15 */
    q = afv_fma(q, x2, afv_set1(-3.33333333e-1f));            /* -1/3 */
    afv y = afv_fma(afv_mul(ax, x2), q, ax);
    const afm small = afv_lt(ax, afv_set1(0.4f)); /* NaN lanes are not small */
    if (!afm_all(small)) {
        const afv one = afv_set1(1.0f), e = afv_expn(afv_mul(ax, afv_set1(-2.0f)));
        y = afv_select(small, y, afv_div(afv_sub(one, e), afv_add(one, e)));
    }
    return afv_copysign(y, x);
}
]]

return M
