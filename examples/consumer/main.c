/*
 * The smallest program using an installed attnforge: one decode-shaped call
 * whose answer is known in closed form. With every key equal, the softmax is
 * uniform and each output row is the mean of the visible value rows.
 *
 * Built by CI through find_package(attnforge) and through pkg-config:
 *   cc main.c $(pkg-config --cflags --libs attnforge)
 */
#include <stdio.h>

#include <attnforge.h>

enum { SKV = 6, HQ = 4, HKV = 2, D = 8 };

int main(void)
{
    float q[HQ * D], k[SKV * HKV * D], v[SKV * HKV * D], o[HQ * D];
    for (int i = 0; i < HQ * D; i++) q[i] = 0.25f * (float)(i % 5);
    for (int i = 0; i < SKV * HKV * D; i++) {
        k[i] = 1.0f;
        v[i] = (float)(i / D); /* row index: v[j, kvh, :] = j * HKV + kvh */
    }

    attnforge_context *ctx = NULL;
    attnforge_status st = attnforge_context_create(&ctx, &(attnforge_context_options){.num_threads = 1});
    if (st != ATTNFORGE_OK) {
        fprintf(stderr, "context: %s\n", attnforge_last_error());
        return 1;
    }
    const int32_t kv_len = 5; /* the last cache row is not valid yet */
    const attnforge_params p = {
        .dtype = ATTNFORGE_F32,
        .batch = 1, .seq_q = 1, .seq_kv = SKV,
        .heads_q = HQ, .heads_kv = HKV, .head_dim_k = D,
        .q = q, .k = k, .v = v, .o = o,
        .kv_len = &kv_len,
    };
    st = attnforge_attention(ctx, &p);
    if (st != ATTNFORGE_OK) {
        fprintf(stderr, "attention: %s\n", attnforge_last_error());
        attnforge_context_destroy(ctx);
        return 1;
    }

    int bad = 0;
    for (int h = 0; h < HQ; h++) {
        const int kvh = h / (HQ / HKV);
        float want = 0.0f; /* mean over j < kv_len of j * HKV + kvh */
        for (int j = 0; j < kv_len; j++) want += (float)(j * HKV + kvh);
        want /= (float)kv_len;
        for (int d = 0; d < D; d++)
            if (o[h * D + d] - want > 1e-5f * want || want - o[h * D + d] > 1e-5f * want) bad++;
    }
    printf("attnforge %d.%d.%d: kernel %s, o[0] = %g, %s\n", ATTNFORGE_VERSION_MAJOR,
           ATTNFORGE_VERSION_MINOR, ATTNFORGE_VERSION_PATCH, attnforge_last_kernel(), (double)o[0],
           bad ? "WRONG" : "ok");
    attnforge_context_destroy(ctx);
    return bad != 0;
}
