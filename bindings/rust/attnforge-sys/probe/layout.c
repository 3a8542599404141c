/*
 * The C compiler's view of attnforge.h, for tests/layout.rs: the size and
 * alignment of every struct, the offset of every field, the size of the
 * enums and the value of every constant, through attnforge_sys_layout(). Built
 * into its own archive (libattnforge_sys_probe.a), never into the library.
 */
#include <stdalign.h>
#include <stddef.h>

#include "attnforge.h"

typedef struct attnforge_sys_layout_entry {
    const char *name;
    size_t value;
} attnforge_sys_layout_entry;

#define SIZE(T) {"sizeof " #T, sizeof(T)}, {"alignof " #T, alignof(T)}
#define OFF(T, f) {#T "." #f, offsetof(T, f)}
#define VAL(c) {#c, (size_t)(c)}

static const attnforge_sys_layout_entry layout[] = {
    SIZE(attnforge_strides),
    OFF(attnforge_strides, b), OFF(attnforge_strides, s), OFF(attnforge_strides, h),
    SIZE(attnforge_mask_strides),
    OFF(attnforge_mask_strides, b), OFF(attnforge_mask_strides, h),
    OFF(attnforge_mask_strides, i), OFF(attnforge_mask_strides, j),
    SIZE(attnforge_params),
    OFF(attnforge_params, dtype),
    OFF(attnforge_params, batch), OFF(attnforge_params, seq_q), OFF(attnforge_params, seq_kv),
    OFF(attnforge_params, heads_q), OFF(attnforge_params, heads_kv),
    OFF(attnforge_params, head_dim_k), OFF(attnforge_params, head_dim_v),
    OFF(attnforge_params, q), OFF(attnforge_params, q_stride),
    OFF(attnforge_params, k), OFF(attnforge_params, k_stride),
    OFF(attnforge_params, v), OFF(attnforge_params, v_stride),
    OFF(attnforge_params, o), OFF(attnforge_params, o_stride),
    OFF(attnforge_params, lse),
    OFF(attnforge_params, scale), OFF(attnforge_params, softcap),
    OFF(attnforge_params, alibi_slopes),
    OFF(attnforge_params, mask), OFF(attnforge_params, mask_stride),
    OFF(attnforge_params, causal),
    OFF(attnforge_params, sliding_window), OFF(attnforge_params, window_left),
    OFF(attnforge_params, window_right),
    OFF(attnforge_params, kv_len), OFF(attnforge_params, q_offset),
    OFF(attnforge_params, sinks),
    OFF(attnforge_params, block_table), OFF(attnforge_params, block_table_stride),
    OFF(attnforge_params, page_size), OFF(attnforge_params, num_blocks),
    OFF(attnforge_params, workspace), OFF(attnforge_params, workspace_bytes),
    OFF(attnforge_params, q_format), OFF(attnforge_params, k_format),
    OFF(attnforge_params, v_format), OFF(attnforge_params, o_format),
    OFF(attnforge_params, mask_format),
    OFF(attnforge_params, k_scale), OFF(attnforge_params, v_scale),
    OFF(attnforge_params, k_scales), OFF(attnforge_params, v_scales),
    OFF(attnforge_params, cu_seqlens_q), OFF(attnforge_params, cu_seqlens_k),
    OFF(attnforge_params, mask_scales),
    SIZE(attnforge_context_options),
    OFF(attnforge_context_options, num_threads),
    OFF(attnforge_context_options, parallel_for),
    OFF(attnforge_context_options, parallel_for_user),
    OFF(attnforge_context_options, isa),
    SIZE(attnforge_dtype), SIZE(attnforge_format), SIZE(attnforge_status), SIZE(attnforge_isa),
    VAL(ATTNFORGE_VERSION_MAJOR), VAL(ATTNFORGE_VERSION_MINOR), VAL(ATTNFORGE_VERSION_PATCH),
    VAL(ATTNFORGE_MAX_HEAD_DIM),
    VAL(ATTNFORGE_F32), VAL(ATTNFORGE_F16), VAL(ATTNFORGE_BF16),
    VAL(ATTNFORGE_FORMAT_DEFAULT), VAL(ATTNFORGE_FORMAT_F32), VAL(ATTNFORGE_FORMAT_F16),
    VAL(ATTNFORGE_FORMAT_BF16), VAL(ATTNFORGE_FORMAT_Q8_0), VAL(ATTNFORGE_FORMAT_Q4_0),
    VAL(ATTNFORGE_FORMAT_FP8_E4M3), VAL(ATTNFORGE_FORMAT_FP8_E5M2),
    VAL(ATTNFORGE_OK), VAL(ATTNFORGE_ERR_NULL_POINTER), VAL(ATTNFORGE_ERR_BAD_SIZE),
    VAL(ATTNFORGE_ERR_HEAD_RATIO), VAL(ATTNFORGE_ERR_DTYPE), VAL(ATTNFORGE_ERR_HEAD_DIM),
    VAL(ATTNFORGE_ERR_KV_LEN), VAL(ATTNFORGE_ERR_STRIDE), VAL(ATTNFORGE_ERR_MASK),
    VAL(ATTNFORGE_ERR_PAGED), VAL(ATTNFORGE_ERR_WINDOW), VAL(ATTNFORGE_ERR_ALIASING),
    VAL(ATTNFORGE_ERR_VALUE), VAL(ATTNFORGE_ERR_OUT_OF_MEMORY), VAL(ATTNFORGE_ERR_WORKSPACE),
    VAL(ATTNFORGE_ERR_THREADS), VAL(ATTNFORGE_ERR_ISA), VAL(ATTNFORGE_ERR_FORMAT),
    VAL(ATTNFORGE_ERR_VARLEN),
    VAL(ATTNFORGE_ISA_AUTO), VAL(ATTNFORGE_ISA_GENERIC), VAL(ATTNFORGE_ISA_SCALAR),
    VAL(ATTNFORGE_ISA_AVX2), VAL(ATTNFORGE_ISA_AVX512), VAL(ATTNFORGE_ISA_NEON),
    VAL(ATTNFORGE_ISA_AVX512BF16), VAL(ATTNFORGE_ISA_NEONFHM), VAL(ATTNFORGE_ISA_NEONBF16),
    VAL(ATTNFORGE_ISA_AVX512AMX),
    {NULL, 0},
};

/* The table and, in *n, its number of entries. */
const attnforge_sys_layout_entry *attnforge_sys_layout(size_t *n);
const attnforge_sys_layout_entry *attnforge_sys_layout(size_t *n)
{
    *n = sizeof layout / sizeof layout[0] - 1;
    return layout;
}
