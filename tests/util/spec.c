/* The tests' tiers, seeds and case specs (see testutil.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* ---- tiers and seeds -------------------------------------------------------- */

int tu_long_tier(void)
{
    const char *t = getenv("ATTNFORGE_TEST_TIER");
    return t && strcmp(t, "long") == 0;
}

int tu_pick(int quick, int long_tier) { return tu_long_tier() ? long_tier : quick; }

uint64_t tu_seed(uint64_t base)
{
    const char *e = getenv("ATTNFORGE_TEST_SEED");
    if (e && *e) base ^= strtoull(e, NULL, 0) * 0x9e3779b97f4a7c15ull;
    return base;
}

/* ---- specs ------------------------------------------------------------------------ */

tu_spec tu_spec_default(attnforge_dtype dt, int32_t Dk, int32_t Dv)
{
    tu_spec s;
    memset(&s, 0, sizeof s);
    s.dtype = dt;
    s.B = s.Sq = s.Skv = s.Hq = 1;
    s.Dk = Dk;
    s.Dv = Dv;
    return s;
}

void tu_spec_random(tu_spec *s, tu_rng *r, attnforge_dtype dt, int32_t Dk,
                    int32_t Dv, int32_t max_seq)
{
    static const int32_t dims[] = {4, 8, 17, 32, 64, 80, 96, 128};
    const int nd = (int)(sizeof dims / sizeof dims[0]);
    if (Dk <= 0) Dk = dims[tu_rng_int(r, 0, nd - 1)];
    if (Dv < 0) Dv = tu_rng_chance(r, 0.5) ? 0 : dims[tu_rng_int(r, 0, nd - 1)];
    *s = tu_spec_default(dt, Dk, Dv);

    s->B = tu_rng_int(r, 1, 3);
    int32_t hkv = tu_rng_int(r, 1, 3);
    static const int32_t groups[] = {1, 2, 4};
    int32_t g = groups[tu_rng_int(r, 0, 2)];
    s->Hq = hkv * g;
    s->Hkv = (g == 1 && tu_rng_chance(r, 0.5)) ? 0 : hkv;
    s->Sq = tu_rng_chance(r, 0.3) ? 1 : tu_rng_int(r, 1, max_seq);
    s->Skv = tu_rng_int(r, 1, max_seq);
    s->layout = (tu_layout)tu_rng_int(r, 0, TU_LAYOUT_COUNT - 1);
    if (tu_rng_chance(r, 0.15)) s->bcast |= TU_BCAST_KV_B;
    if (tu_rng_chance(r, 0.15)) s->bcast |= TU_BCAST_Q_H;
    if (tu_rng_chance(r, 0.3)) s->scale = (float)tu_rng_range(r, 0.05, 0.5);
    if (tu_rng_chance(r, 0.25)) s->softcap = (float)tu_rng_range(r, 2.0, 30.0);
    if (tu_rng_chance(r, 0.25))
        s->alibi = tu_rng_chance(r, 0.5) ? TU_ALIBI_STANDARD : TU_ALIBI_RANDOM;
    if (tu_rng_chance(r, 0.4)) {
        s->mask = (tu_mask_kind)tu_rng_int(r, 1, TU_MASK_COUNT - 1);
        s->mask_ninf = tu_rng_chance(r, 0.5) ? 0.2 : 0.0;
    }
    s->causal = tu_rng_chance(r, 0.4);
    if (tu_rng_chance(r, 0.3)) {
        s->window = 1;
        s->window_left = tu_rng_chance(r, 0.25) ? -1 : tu_rng_int(r, 0, s->Skv);
        s->window_right = tu_rng_chance(r, 0.25) ? -1 : tu_rng_int(r, 0, s->Skv);
    }
    s->kv_len = tu_rng_chance(r, 0.35);
    s->q_offset = tu_rng_chance(r, 0.25);
    s->sinks = tu_rng_chance(r, 0.3);
    s->lse = tu_rng_chance(r, 0.6);
    if (tu_rng_chance(r, 0.3)) {
        static const int32_t pages[] = {1, 2, 3, 4, 8, 16};
        s->page_size = pages[tu_rng_int(r, 0, 5)];
        s->paged_strides = tu_rng_chance(r, 0.5);
    }
    if (s->mask != TU_MASK_NONE && tu_rng_chance(r, 0.3)) s->mask_scales = tu_rng_int(r, 1, 2);
}

void tu_spec_describe(const tu_spec *s, char *buf, size_t n)
{
    snprintf(buf, n,
             "{.dtype=%s, .B=%d, .Sq=%d, .Skv=%d, .Hq=%d, .Hkv=%d, .Dk=%d, .Dv=%d, "
             ".layout=%d, .bcast=%u, .scale=%a, .softcap=%a, .alibi=%d, .mask=%d, "
             ".mask_ninf=%g, .causal=%d, .window=%d, .window_left=%d, "
             ".window_right=%d, .kv_len=%d, .q_offset=%d, .sinks=%d, .lse=%d, "
             ".page_size=%d, .paged_strides=%d, .qk_amp=%g, .v_lo=%g, .v_hi=%g, .mask_scales=%d}",
             tu_dtype_name(s->dtype), s->B, s->Sq, s->Skv, s->Hq, s->Hkv, s->Dk,
             s->Dv, (int)s->layout, s->bcast, (double)s->scale, (double)s->softcap,
             s->alibi, (int)s->mask, s->mask_ninf, s->causal, s->window,
             s->window_left, s->window_right, s->kv_len, s->q_offset, s->sinks,
             s->lse, s->page_size, s->paged_strides, s->qk_amp, s->v_lo, s->v_hi, s->mask_scales);
}
