/*
 * The baseline: attention the way engines computed it before fused kernels.
 * For every (batch b, query head h), with kvh = h / (Hq / Hkv) the KV head it
 * reads (GQA is handled by pointing BLAS at that head's rows, no copies):
 *   S = scale * Q_bh K_bkvh^T          cblas_sgemm  (Sq x n, all in f32)
 *   S = softcap / ALiBi / visibility / sinks, row softmax   (our threads)
 *   O_bh = P V_bkvh                     cblas_sgemm
 * n is the span of keys any row of the head can see (the whole KV for causal
 * prefill, the window for windowed decode, as a rolling KV cache would hold).
 * For Sq == 1 (decode) the two products are matrix-vector products, and by
 * default they go to cblas_sgemv: OpenBLAS 0.3.21 runs an M = 1 sgemm through
 * its packed GEMM path, several times slower than its sgemv.
 * The softmax uses our own AVX2 exp/tanh when the CPU has AVX2+FMA (as
 * framework softmax kernels are vectorized too), else libm.
 */
#define _GNU_SOURCE
#include <cblas.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "afb.h"

#if defined(__x86_64__) || defined(__i386__)
#define AFB_X86 1
#include <immintrin.h>
#else
#define AFB_X86 0
#endif

struct afb_mat {
    afb_pool *pool;
    int threads;
    int use_gemv;
    int simd;
    float *scores;
    size_t cap; /* floats */
    char desc[96];
};

afb_mat *afb_mat_create(int threads, int use_gemv, const afb_cpu *cpu)
{
    afb_mat *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->threads = threads < 1 ? 1 : threads;
    m->use_gemv = use_gemv;
    m->simd = AFB_X86 && cpu->avx2 && cpu->fma;
    m->pool = afb_pool_create(m->threads);
    if (!m->pool) {
        free(m);
        return NULL;
    }
    openblas_set_num_threads(m->threads);
    const char *core = openblas_get_corename();
    snprintf(m->desc, sizeof m->desc, "OpenBLAS %s sgemm%s", core ? core : "?",
             use_gemv ? "/sgemv" : "");
    return m;
}

void afb_mat_destroy(afb_mat *m)
{
    if (!m)
        return;
    afb_pool_destroy(m->pool);
    free(m->scores);
    free(m);
}

const char *afb_mat_describe(const afb_mat *m)
{
    return m->desc;
}

/* ---- visibility ------------------------------------------------------------- */

/* Keys visible to query i: [*lo, *hi), empty when *lo >= *hi. */
static void row_range(const afb_mat_problem *p, int i, int *lo, int *hi)
{
    long pos = (long)(p->Skv - p->Sq) + i;
    long a = 0, b = p->Skv;
    if (p->causal && pos + 1 < b)
        b = pos + 1;
    if (p->win_left >= 0 && pos - p->win_left > a)
        a = pos - p->win_left;
    if (p->win_right >= 0 && pos + p->win_right + 1 < b)
        b = pos + p->win_right + 1;
    if (a > b)
        a = b;
    *lo = (int)a;
    *hi = (int)b;
}

/* ---- one row of softmax ------------------------------------------------------ */

typedef struct row_args {
    float softcap;
    float slope; /* 0 = no ALiBi */
    float pos;   /* absolute position of the query */
    int jbase;   /* absolute key index of s[0] */
    int has_sink;
    float sink;
} row_args;

/* s[lo, hi) holds scale * q.k; turns s[0, n) into the probabilities. */
static void softmax_row_scalar(float *s, int n, int lo, int hi, const row_args *a)
{
    float m = a->has_sink ? a->sink : -INFINITY;
    for (int j = lo; j < hi; j++) {
        float x = s[j];
        if (a->softcap > 0)
            x = a->softcap * tanhf(x / a->softcap);
        if (a->slope != 0)
            x -= a->slope * fabsf(a->pos - (float)(a->jbase + j));
        s[j] = x;
        if (x > m)
            m = x;
    }
    if (lo > 0)
        memset(s, 0, (size_t)lo * sizeof *s);
    if (hi < n)
        memset(s + hi, 0, (size_t)(n - hi) * sizeof *s);
    if (m == -INFINITY) {
        memset(s, 0, (size_t)n * sizeof *s);
        return;
    }
    float l = a->has_sink ? expf(a->sink - m) : 0.0f;
    for (int j = lo; j < hi; j++) {
        float e = expf(s[j] - m);
        s[j] = e;
        l += e;
    }
    float inv = 1.0f / l;
    for (int j = lo; j < hi; j++)
        s[j] *= inv;
}

#if AFB_X86
#define AFB_AVX2 __attribute__((target("avx2,fma")))

/* e^x, x <= 0 in practice: x = k ln2 + r, |r| <= ln2/2, e^r by its degree-6
 * Taylor polynomial (about 1 ulp there), 2^k built in the exponent field. */
static inline AFB_AVX2 __m256 v_exp(__m256 x)
{
    x = _mm256_max_ps(x, _mm256_set1_ps(-87.0f));
    x = _mm256_min_ps(x, _mm256_set1_ps(88.0f));
    __m256 k = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504f)),
                               _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(k, _mm256_set1_ps(0.693145751953125f), x);
    r = _mm256_fnmadd_ps(k, _mm256_set1_ps(1.428606820309417e-06f), r);
    __m256 q = _mm256_set1_ps(1.0f / 720.0f);
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(1.0f / 120.0f));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(1.0f / 24.0f));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(1.0f / 6.0f));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(0.5f));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(1.0f));
    q = _mm256_fmadd_ps(q, r, _mm256_set1_ps(1.0f));
    __m256i e = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(k), _mm256_set1_epi32(127)), 23);
    return _mm256_mul_ps(q, _mm256_castsi256_ps(e));
}

/* tanh: odd Taylor series below |y| = 1/4, else 1 - 2 / (e^{2|y|} + 1). */
static inline AFB_AVX2 __m256 v_tanh(__m256 y)
{
    const __m256 sign = _mm256_set1_ps(-0.0f);
    __m256 ay = _mm256_andnot_ps(sign, y);
    __m256 y2 = _mm256_mul_ps(y, y);
    __m256 t = _mm256_set1_ps(62.0f / 2835.0f);
    t = _mm256_fmadd_ps(t, y2, _mm256_set1_ps(-17.0f / 315.0f));
    t = _mm256_fmadd_ps(t, y2, _mm256_set1_ps(2.0f / 15.0f));
    t = _mm256_fmadd_ps(t, y2, _mm256_set1_ps(-1.0f / 3.0f));
    t = _mm256_mul_ps(t, y2);
    __m256 small = _mm256_fmadd_ps(t, y, y);
    __m256 e = v_exp(_mm256_add_ps(ay, ay));
    __m256 big = _mm256_sub_ps(_mm256_set1_ps(1.0f),
                               _mm256_div_ps(_mm256_set1_ps(2.0f), _mm256_add_ps(e, _mm256_set1_ps(1.0f))));
    big = _mm256_or_ps(big, _mm256_and_ps(sign, y));
    __m256 is_small = _mm256_cmp_ps(ay, _mm256_set1_ps(0.25f), _CMP_LT_OQ);
    return _mm256_blendv_ps(big, small, is_small);
}

static inline AFB_AVX2 float hmax256(__m256 v)
{
    __m128 x = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = _mm_max_ps(x, _mm_movehl_ps(x, x));
    x = _mm_max_ss(x, _mm_shuffle_ps(x, x, 1));
    return _mm_cvtss_f32(x);
}

static inline AFB_AVX2 float hsum256(__m256 v)
{
    __m128 x = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = _mm_add_ps(x, _mm_movehl_ps(x, x));
    x = _mm_add_ss(x, _mm_shuffle_ps(x, x, 1));
    return _mm_cvtss_f32(x);
}

static AFB_AVX2 void softmax_row_avx2(float *s, int n, int lo, int hi, const row_args *a)
{
    int j;
    const int vend = lo + ((hi - lo) & ~7);
    float m = a->has_sink ? a->sink : -INFINITY;
    __m256 vm = _mm256_set1_ps(-INFINITY);
    const int cap = a->softcap > 0, alibi = a->slope != 0;
    const __m256 vc = _mm256_set1_ps(a->softcap), vinvc = _mm256_set1_ps(cap ? 1.0f / a->softcap : 0.0f);
    const __m256 vslope = _mm256_set1_ps(a->slope), vpos = _mm256_set1_ps(a->pos);
    const __m256 lane = _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256 absmask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    if (cap || alibi) {
        for (j = lo; j < vend; j += 8) {
            __m256 x = _mm256_loadu_ps(s + j);
            if (cap)
                x = _mm256_mul_ps(vc, v_tanh(_mm256_mul_ps(x, vinvc)));
            if (alibi) {
                __m256 jj = _mm256_add_ps(_mm256_set1_ps((float)(a->jbase + j)), lane);
                __m256 d = _mm256_and_ps(absmask, _mm256_sub_ps(vpos, jj));
                x = _mm256_fnmadd_ps(vslope, d, x);
            }
            _mm256_storeu_ps(s + j, x);
            vm = _mm256_max_ps(vm, x);
        }
    } else {
        for (j = lo; j < vend; j += 8)
            vm = _mm256_max_ps(vm, _mm256_loadu_ps(s + j));
    }
    for (j = vend; j < hi; j++) {
        float x = s[j];
        if (cap)
            x = a->softcap * tanhf(x / a->softcap);
        if (alibi)
            x -= a->slope * fabsf(a->pos - (float)(a->jbase + j));
        s[j] = x;
        if (x > m)
            m = x;
    }
    if (vend > lo) {
        float vmax = hmax256(vm);
        if (vmax > m)
            m = vmax;
    }
    if (lo > 0)
        memset(s, 0, (size_t)lo * sizeof *s);
    if (hi < n)
        memset(s + hi, 0, (size_t)(n - hi) * sizeof *s);
    if (m == -INFINITY) {
        memset(s, 0, (size_t)n * sizeof *s);
        return;
    }
    const __m256 mm = _mm256_set1_ps(m);
    __m256 vl = _mm256_setzero_ps();
    for (j = lo; j < vend; j += 8) {
        __m256 e = v_exp(_mm256_sub_ps(_mm256_loadu_ps(s + j), mm));
        _mm256_storeu_ps(s + j, e);
        vl = _mm256_add_ps(vl, e);
    }
    float l = hsum256(vl) + (a->has_sink ? expf(a->sink - m) : 0.0f);
    for (j = vend; j < hi; j++) {
        float e = expf(s[j] - m);
        s[j] = e;
        l += e;
    }
    const float inv = 1.0f / l;
    const __m256 vinv = _mm256_set1_ps(inv);
    for (j = lo; j < vend; j += 8)
        _mm256_storeu_ps(s + j, _mm256_mul_ps(_mm256_loadu_ps(s + j), vinv));
    for (j = vend; j < hi; j++)
        s[j] *= inv;
}
#endif

/* ---- the rows of one head, split over our threads ------------------------------ */

typedef struct head_job {
    const afb_mat_problem *p;
    float *s;
    int n, jlo, h, simd;
} head_job;

static void softmax_rows(void *arg, int w, int nw)
{
    const head_job *j = arg;
    const afb_mat_problem *p = j->p;
    int per = (p->Sq + nw - 1) / nw;
    int i0 = w * per, i1 = i0 + per < p->Sq ? i0 + per : p->Sq;
    row_args a;
    a.softcap = p->softcap;
    a.slope = p->slopes ? p->slopes[j->h] : 0.0f;
    a.jbase = j->jlo;
    a.has_sink = p->sinks != NULL;
    a.sink = p->sinks ? p->sinks[j->h] : 0.0f;
    for (int i = i0; i < i1; i++) {
        int lo, hi;
        row_range(p, i, &lo, &hi);
        float *row = j->s + (size_t)i * (size_t)j->n;
        lo -= j->jlo;
        hi -= j->jlo;
        if (lo < 0)
            lo = 0;
        if (hi > j->n)
            hi = j->n;
        if (hi <= lo) {
            memset(row, 0, (size_t)j->n * sizeof *row);
            continue;
        }
        a.pos = (float)((p->Skv - p->Sq) + i);
#if AFB_X86
        if (j->simd) {
            softmax_row_avx2(row, j->n, lo, hi, &a);
            continue;
        }
#endif
        softmax_row_scalar(row, j->n, lo, hi, &a);
    }
}

int afb_mat_run(afb_mat *m, const afb_mat_problem *p)
{
    const int group = p->Hq / p->Hkv;
    const size_t q_ss = (size_t)p->Hq * (size_t)p->Dk, k_ss = (size_t)p->Hkv * (size_t)p->Dk;
    const size_t v_ss = (size_t)p->Hkv * (size_t)p->Dv, o_ss = (size_t)p->Hq * (size_t)p->Dv;

    /* the span of keys the head's rows can see (the same for every head) */
    int jlo = p->Skv, jhi = 0;
    for (int i = 0; i < p->Sq; i++) {
        int lo, hi;
        row_range(p, i, &lo, &hi);
        if (lo < hi) {
            if (lo < jlo)
                jlo = lo;
            if (hi > jhi)
                jhi = hi;
        }
    }
    const int n = jhi > jlo ? jhi - jlo : 0;
    size_t need = (size_t)p->Sq * (size_t)(n > 0 ? n : 1);
    if (need > m->cap) {
        free(m->scores);
        m->scores = aligned_alloc(64, (need * sizeof(float) + 63) & ~(size_t)63);
        m->cap = m->scores ? need : 0;
        if (!m->scores)
            return -1;
    }
    float *s = m->scores;
    const int parallel = p->Sq >= 2 * afb_pool_size(m->pool);

    for (int b = 0; b < p->B; b++) {
        const float *qb = p->q + (size_t)b * (size_t)p->Sq * q_ss;
        const float *kb = p->k + (size_t)b * (size_t)p->Skv * k_ss;
        const float *vb = p->v + (size_t)b * (size_t)p->Skv * v_ss;
        float *ob = p->o + (size_t)b * (size_t)p->Sq * o_ss;
        for (int h = 0; h < p->Hq; h++) {
            const int kvh = h / group;
            const float *q = qb + (size_t)h * (size_t)p->Dk;
            const float *k = kb + (size_t)jlo * k_ss + (size_t)kvh * (size_t)p->Dk;
            const float *v = vb + (size_t)jlo * v_ss + (size_t)kvh * (size_t)p->Dv;
            float *o = ob + (size_t)h * (size_t)p->Dv;
            if (n == 0) {
                for (int i = 0; i < p->Sq; i++)
                    memset(o + (size_t)i * o_ss, 0, (size_t)p->Dv * sizeof *o);
                continue;
            }
            if (p->Sq == 1 && m->use_gemv)
                cblas_sgemv(CblasRowMajor, CblasNoTrans, n, p->Dk, p->scale, k, (int)k_ss,
                            q, 1, 0.0f, s, 1);
            else
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, p->Sq, n, p->Dk,
                            p->scale, q, (int)q_ss, k, (int)k_ss, 0.0f, s, n);

            head_job job = {p, s, n, jlo, h, m->simd};
            if (parallel)
                afb_pool_run(m->pool, softmax_rows, &job);
            else
                softmax_rows(&job, 0, 1);

            if (p->Sq == 1 && m->use_gemv)
                cblas_sgemv(CblasRowMajor, CblasTrans, n, p->Dv, 1.0f, v, (int)v_ss, s, 1,
                            0.0f, o, 1);
            else
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, p->Sq, p->Dv, n, 1.0f,
                            s, n, v, (int)v_ss, 0.0f, o, (int)o_ss);
        }
    }
    return 0;
}
