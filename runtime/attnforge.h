/*
 * attnforge: fused attention kernels for CPUs.
 *
 * One call computes softmax(scale * Q K^T + bias) V without materializing the
 * Sq x Skv score matrix: K and V are streamed once with an online
 * (log-sum-exp) softmax. The full contract is in SPEC.md (shared/SPEC.md in the
 * project tree); the README's API section lists the choices made where it is
 * silent.
 *
 * Usage: fill an attnforge_params with designated initializers (zero means
 * "default" or "off" for every field, see each field) and call
 * attnforge_attention(). The context may be NULL (a process-wide default).
 */
#ifndef ATTNFORGE_H
#define ATTNFORGE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(ATTNFORGE_SHARED)
#  ifdef ATTNFORGE_BUILDING
#    define ATTNFORGE_API __declspec(dllexport)
#  else
#    define ATTNFORGE_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define ATTNFORGE_API __attribute__((visibility("default")))
#else
#  define ATTNFORGE_API
#endif

#define ATTNFORGE_VERSION_MAJOR 0
#define ATTNFORGE_VERSION_MINOR 1
#define ATTNFORGE_VERSION_PATCH 0

/* Largest Dk or Dv accepted (MLA needs 576). */
#define ATTNFORGE_MAX_HEAD_DIM 1024

/* Storage dtype of Q, K, V and O when one names all four (the `dtype` field).
 * All arithmetic is f32. */
typedef enum attnforge_dtype {
    ATTNFORGE_F32 = 0, /* the default */
    ATTNFORGE_F16 = 1, /* IEEE binary16 */
    ATTNFORGE_BF16 = 2 /* bfloat16 */
} attnforge_dtype;

/* Storage format of one tensor (SPEC.md "Storage formats"): the q_format,
 * k_format, v_format, o_format and mask_format fields. DEFAULT (0) means the
 * call's `dtype` (f32 for the mask), so a call that names none of them is the
 * one-dtype call.
 *   Q, O:  F32, F16, BF16.
 *   K, V:  those, or a cache format: Q8_0 / Q4_0 (ggml's block_q8_0 /
 *          block_q4_0, bit-compatible: 32 elements per block, an f16 scale d
 *          then 32 int8 / 16 bytes of nibbles; element = d * q, d * (q - 8)),
 *          FP8_E4M3 / FP8_E5M2 (OCP E4M3FN / E5M2, one byte per element, times
 *          an f32 scale: k_scale / v_scale or k_scales / v_scales per KV head).
 *          Block formats need the head dim and every stride to be multiples of
 *          32; strides stay in elements of the logical tensor.
 *   mask:  F32 or F16. */
typedef enum attnforge_format {
    ATTNFORGE_FORMAT_DEFAULT = 0,
    ATTNFORGE_FORMAT_F32 = 1,
    ATTNFORGE_FORMAT_F16 = 2,
    ATTNFORGE_FORMAT_BF16 = 3,
    ATTNFORGE_FORMAT_Q8_0 = 4,
    ATTNFORGE_FORMAT_Q4_0 = 5,
    ATTNFORGE_FORMAT_FP8_E4M3 = 6,
    ATTNFORGE_FORMAT_FP8_E5M2 = 7
} attnforge_format;

typedef enum attnforge_status {
    ATTNFORGE_OK = 0,
    ATTNFORGE_ERR_NULL_POINTER = 1,  /* a required pointer is NULL */
    ATTNFORGE_ERR_BAD_SIZE = 2,      /* a size is non-positive or too large */
    ATTNFORGE_ERR_HEAD_RATIO = 3,    /* heads_q % heads_kv != 0 */
    ATTNFORGE_ERR_DTYPE = 4,         /* unsupported dtype */
    ATTNFORGE_ERR_HEAD_DIM = 5,      /* head dim beyond ATTNFORGE_MAX_HEAD_DIM */
    ATTNFORGE_ERR_KV_LEN = 6,        /* kv_len[b] outside [0, seq_kv] */
    ATTNFORGE_ERR_STRIDE = 7,        /* negative stride or int64 overflow */
    ATTNFORGE_ERR_MASK = 8,          /* mask given without strides */
    ATTNFORGE_ERR_PAGED = 9,         /* bad page size, block table or block id */
    ATTNFORGE_ERR_WINDOW = 10,       /* window bound < -1 */
    ATTNFORGE_ERR_ALIASING = 11,     /* O or LSE overlaps an input */
    ATTNFORGE_ERR_VALUE = 12,        /* scale or softcap is NaN, Inf or negative softcap */
    ATTNFORGE_ERR_OUT_OF_MEMORY = 13,/* workspace allocation failed */
    ATTNFORGE_ERR_WORKSPACE = 14,    /* caller workspace too small */
    ATTNFORGE_ERR_THREADS = 15,      /* thread pool could not be created */
    ATTNFORGE_ERR_ISA = 16,          /* forced ISA unknown or not supported here */
    ATTNFORGE_ERR_FORMAT = 17,       /* unsupported format, combination, block alignment or fp8 scale */
    ATTNFORGE_ERR_VARLEN = 18        /* bad cu_seqlens, or a packed batch with what it cannot take */
} attnforge_status;

/*
 * Strides in elements (of the logical tensor, whatever its format) for the three outer dimensions; the
 * innermost (head dim) is always contiguous. All three zero means the dense
 * default for that tensor (BSHD: [B, S, H, D]). A single zero among nonzero
 * strides broadcasts that dimension. Negative strides are rejected.
 * For a paged K or V the three fields mean (block, position in block, head).
 */
typedef struct attnforge_strides {
    int64_t b, s, h;
} attnforge_strides;

/* Additive mask M[b, h, i, j] (f32, or f16 with mask_format) through four
 * strides in elements (0 = broadcast). A mask with all four strides zero is
 * rejected (ATTNFORGE_ERR_MASK). */
typedef struct attnforge_mask_strides {
    int64_t b, h, i, j;
} attnforge_mask_strides;

typedef struct attnforge_params {
    attnforge_dtype dtype; /* the format of Q, K, V and O unless given per tensor below */

    int32_t batch;      /* B   >= 1 */
    int32_t seq_q;      /* Sq  >= 1 */
    int32_t seq_kv;     /* Skv >= 1 (the logical length; see kv_len) */
    int32_t heads_q;    /* Hq  >= 1 */
    int32_t heads_kv;   /* Hkv >= 1, heads_q % heads_kv == 0; 0 = heads_q */
    int32_t head_dim_k; /* Dk  in [1, ATTNFORGE_MAX_HEAD_DIM] */
    int32_t head_dim_v; /* Dv  in [1, ATTNFORGE_MAX_HEAD_DIM]; 0 = head_dim_k */

    const void *q; attnforge_strides q_stride; /* [B, Sq, Hq, Dk] */
    const void *k; attnforge_strides k_stride; /* [B, Skv, Hkv, Dk] or paged */
    const void *v; attnforge_strides v_stride; /* [B, Skv, Hkv, Dv] or paged */
    void *o;       attnforge_strides o_stride; /* [B, Sq, Hq, Dv], written only */

    /* Optional output: natural-log LSE of each row, dense f32 [B, Hq, Sq]. */
    float *lse;

    float scale;   /* 0 = 1/sqrt(Dk) */
    float softcap; /* 0 = off; c > 0: s = c * tanh(s / c) */

    /* Optional ALiBi: s += -slope[h] * |pos_i - j|, one f32 per query head.
     * See attnforge_alibi_slopes() and attnforge_alibi_slopes_max_bias(). */
    const float *alibi_slopes;

    /* Optional additive mask (f32, or f16 with mask_format), -inf excludes a key. */
    const void *mask;
    attnforge_mask_strides mask_stride;

    int causal; /* nonzero: key j visible to query i only if j <= pos_i */

    /* Sliding window, applied when sliding_window is nonzero:
     * pos_i - window_left <= j <= pos_i + window_right; -1 = unbounded side. */
    int sliding_window;
    int32_t window_left;
    int32_t window_right;

    /* Optional per-batch valid KV length in [0, seq_kv]; NULL = seq_kv. */
    const int32_t *kv_len;
    /* Optional per-batch absolute position of query 0; NULL = kv_len[b] - Sq
     * (the queries are the last Sq tokens: bottom-right alignment). */
    const int32_t *q_offset;

    /* Optional attention sinks: one f32 logit per query head. */
    const float *sinks;

    /* Optional paged KV (vLLM layout). When block_table is non-NULL, position j
     * of sequence b lives in block block_table[b * block_table_stride + j / page_size]
     * at k + block * k_stride.b + (j % page_size) * k_stride.s + kvhead * k_stride.h
     * (the same for V). Default strides: a pool [num_blocks, page_size, Hkv, D]. */
    const int32_t *block_table;
    int32_t block_table_stride; /* 0 = ceil(seq_kv / page_size) */
    int32_t page_size;          /* P >= 1, required when paged */
    int32_t num_blocks;         /* blocks in the pool, >= 1, required when paged */

    /* Optional caller-owned workspace (see attnforge_workspace_size). NULL =
     * the context's own, grown on demand and reused. */
    void *workspace;
    size_t workspace_bytes;

    /* Optional per-tensor storage formats (see attnforge_format); DEFAULT =
     * `dtype` (the mask: f32). */
    attnforge_format q_format, k_format, v_format, o_format, mask_format;
    /* fp8 K / V only: the f32 factor every element is multiplied by, finite
     * and > 0; 0 = 1. k_scales / v_scales, when non-NULL, give one per KV head
     * instead (and k_scale / v_scale must then be 0). */
    float k_scale, v_scale;
    const float *k_scales, *v_scales;

    /* Optional packed variable-length batch (SPEC.md "Packed variable-length
     * batches"; README "Packed variable-length batches"). When cu_seqlens_q is
     * non-NULL (batch + 1 entries, non-decreasing, cu_seqlens_q[batch] <=
     * seq_q), sequence b owns query rows [cu_seqlens_q[b], cu_seqlens_q[b + 1])
     * of Q and O, which are then [seq_q, Hq, D] (q_stride.b and o_stride.b are
     * not used); LSE is [seq_q, Hq]; the mask's query axis is the packed row
     * (row r of sequence b at b * mask_stride.b + r * mask_stride.i); q_offset
     * defaults to kv_len[b] - Sq_b per sequence. Rows outside the sequences
     * are not written.
     * cu_seqlens_k (needs cu_seqlens_q; not with block_table): K and V are
     * packed the same way, [seq_kv, Hkv, D], sequence b's keys start at row
     * cu_seqlens_k[b], and kv_len[b] defaults to (and may not exceed)
     * cu_seqlens_k[b + 1] - cu_seqlens_k[b]. Without it K and V are
     * [batch, seq_kv, Hkv, D] or paged, as in any call.
     * The result is bitwise that of calling each sequence alone. */
    const int32_t *cu_seqlens_q;
    const int32_t *cu_seqlens_k;

    /* Optional per-query-head factor of the mask: s += mask_scales[h] *
     * M[b, h, i, j] (needs mask; each finite and > 0, so -inf stays -inf).
     * ggml's ALiBi (max_bias > 0) is this: its mask holds -|pos_i - pos_j| of
     * the cache cells and the head's slope multiplies it; pass the slopes of
     * attnforge_alibi_slopes_max_bias() here. NULL = factor 1. */
    const float *mask_scales;
} attnforge_params;

/* ---- context: thread pool, workspace, dispatch choice ---------------------- */

typedef struct attnforge_context attnforge_context;

/* One task of a parallel-for: worker is in [0, num_threads). */
typedef void (*attnforge_task_fn)(void *arg, int64_t task, int worker);
/* An engine's own parallel-for: call fn(arg, t, w) exactly once for every t in
 * [0, n_tasks), from at most num_threads threads, w being the calling thread's
 * index in [0, num_threads) (two concurrent calls never share a w), and return
 * when all have finished. */
typedef void (*attnforge_parallel_for_fn)(void *user, attnforge_task_fn fn,
                                          void *arg, int64_t n_tasks);

typedef enum attnforge_isa {
    ATTNFORGE_ISA_AUTO = 0,    /* best the CPU supports (or ATTNFORGE_ISA env) */
    ATTNFORGE_ISA_GENERIC = 1, /* the generic fallback (any head dim) */
    /* ISA values below: written by gen/attnforge-gen.lua from templates/isa/<name>.lua */
    ATTNFORGE_ISA_SCALAR = 2, /* generated, portable C */
    ATTNFORGE_ISA_AVX2 = 3, /* generated, x86-64 AVX2 + FMA + F16C */
    ATTNFORGE_ISA_AVX512 = 4, /* generated, x86-64 AVX-512 F/BW/VL */
    ATTNFORGE_ISA_NEON = 5, /* generated, aarch64 NEON */
    ATTNFORGE_ISA_AVX512BF16 = 6, /* AVX-512 plus AVX512-BF16 dot products */
    ATTNFORGE_ISA_NEONFHM = 7, /* NEON plus FEAT_FHM (FMLAL) for f16 QK^T */
    ATTNFORGE_ISA_NEONBF16 = 8, /* NEON plus FEAT_BF16 (BFDOT) for bf16 QK^T */
    ATTNFORGE_ISA_AVX512AMX = 9 /* AVX-512 and AVX512-BF16 plus AMX-BF16 tiles for the prefill (bf16; f32 and f16 split into bf16 terms) */
    /* end of the generated ISA values */
} attnforge_isa;

typedef struct attnforge_context_options {
    /* Threads of the context's own pool; 0 = ATTNFORGE_NUM_THREADS from the
     * environment, else the CPUs this process may run on. 1 = no pool. */
    int num_threads;
    /* Optional: run on the engine's threads instead of a pool of ours. */
    attnforge_parallel_for_fn parallel_for;
    void *parallel_for_user;
    /* Force a kernel family; AUTO also honours the ATTNFORGE_ISA env var. */
    attnforge_isa isa;
} attnforge_context_options;

/* opts may be NULL for all defaults. */
ATTNFORGE_API attnforge_status attnforge_context_create(
    attnforge_context **out, const attnforge_context_options *opts);
ATTNFORGE_API void attnforge_context_destroy(attnforge_context *ctx);
ATTNFORGE_API int attnforge_context_num_threads(const attnforge_context *ctx);

/* ---- the call -------------------------------------------------------------- */

/* Computes O (and LSE if requested). ctx NULL = the process-wide default
 * context. Every argument is validated before anything is written; on error O
 * and LSE are untouched and attnforge_last_error() describes the problem. */
ATTNFORGE_API attnforge_status attnforge_attention(attnforge_context *ctx,
                                                   const attnforge_params *p);

/* Bytes of workspace a call with these parameters needs (after validation). */
ATTNFORGE_API attnforge_status attnforge_workspace_size(
    attnforge_context *ctx, const attnforge_params *p, size_t *bytes);

/* Static description of a status code, never NULL. */
ATTNFORGE_API const char *attnforge_status_string(attnforge_status s);
/* Detailed message of the last failed call on this thread ("" if none). */
ATTNFORGE_API const char *attnforge_last_error(void);

/* Name of the kernel the last successful call on this thread ran, e.g.
 * "attnforge_f16_d128_avx2" or "generic" (for tests, benchmarks and logs). */
ATTNFORGE_API const char *attnforge_last_kernel(void);

/* The kernel a call with these parameters would run, as attnforge_last_kernel()
 * would name it after the call, found without running it: *name is set to a
 * string that lives as long as the library. Validates like the call (same
 * statuses and messages) and plans it; of the call's memory it reads only
 * what validation and the plan read (kv_len, q_offset, cu_seqlens, the block
 * table), never Q, K, V, the mask or O, and it writes nothing of the
 * caller's (O and LSE are untouched). The answer depends on the formats, head dims,
 * shapes, kv_len / q_offset / cu_seqlens and the context's CPU features and
 * ATTNFORGE_KV_PACK setting, not on its thread count. For an engine that
 * routes calls which would run the generic kernel elsewhere (the ggml
 * backend in integrations/ggml does). */
ATTNFORGE_API attnforge_status attnforge_kernel_for(attnforge_context *ctx,
                                                    const attnforge_params *p,
                                                    const char **name);

/* ---- helpers --------------------------------------------------------------- */

/* Standard ALiBi slopes (Press et al.) for n_heads, written to slopes[0..n). */
ATTNFORGE_API void attnforge_alibi_slopes(int32_t n_heads, float *slopes);
/* ggml's form: slopes from max_bias (ggml_soft_max_ext); max_bias <= 0 gives 0. */
ATTNFORGE_API void attnforge_alibi_slopes_max_bias(int32_t n_heads,
                                                   float max_bias,
                                                   float *slopes);

/* Bytes that n elements (n a multiple of 32 for Q8_0 / Q4_0) of a format
 * take: 4, 2, 1 per element, 34 / 18 per block of 32. 0 for DEFAULT or an
 * unknown format. */
ATTNFORGE_API size_t attnforge_format_bytes(attnforge_format f, int64_t n);
/* "f32", "f16", "bf16", "q8_0", "q4_0", "fp8_e4m3", "fp8_e5m2" ("?" otherwise). */
ATTNFORGE_API const char *attnforge_format_name(attnforge_format f);

/* Storage conversions (round to nearest even), for callers and tests. */
ATTNFORGE_API uint16_t attnforge_f32_to_f16(float x);
ATTNFORGE_API float attnforge_f16_to_f32(uint16_t h);
ATTNFORGE_API uint16_t attnforge_f32_to_bf16(float x);
ATTNFORGE_API float attnforge_bf16_to_f32(uint16_t h);
/* fp8 codes to f32, exactly (OCP E4M3FN: NaN for S.1111.111; E5M2: IEEE-style
 * infinities and NaNs). */
ATTNFORGE_API float attnforge_fp8_e4m3_to_f32(uint8_t x);
ATTNFORGE_API float attnforge_fp8_e5m2_to_f32(uint8_t x);
/* Dequantize n elements (a multiple of 32) of ggml blocks to f32. */
ATTNFORGE_API void attnforge_dequantize_q8_0(const void *blocks, float *out, int64_t n);
ATTNFORGE_API void attnforge_dequantize_q4_0(const void *blocks, float *out, int64_t n);
/* Quantize n f32 values (a multiple of 32) into ggml blocks, as ggml's
 * reference quantizer does (same bytes). */
ATTNFORGE_API void attnforge_quantize_q8_0(const float *x, void *blocks, int64_t n);
ATTNFORGE_API void attnforge_quantize_q4_0(const float *x, void *blocks, int64_t n);
/* f32 to fp8, round to nearest even; past the largest finite value: NaN for
 * E4M3FN (it has no infinity), Inf for E5M2. */
ATTNFORGE_API uint8_t attnforge_f32_to_fp8_e4m3(float x);
ATTNFORGE_API uint8_t attnforge_f32_to_fp8_e5m2(float x);

#ifdef __cplusplus
}
#endif

#endif /* ATTNFORGE_H */
